"""A judged set of 対象年齢・対象 cells as municipal lists write them (公共施設一覧, 通いの場一覧,
こども食堂一覧, 子育てひろば一覧, サロン・教室の一覧), with the reading a careful coordinator would
give each one, written before the import read any age.

Each case is (text, expected). ``expected`` is ``(youngest, oldest, with_adults)`` (either end
None: open), ``CHECK`` (a human must decide: no confident reading is right) or ``NO_AGE`` (the
cell says who it is for without any age: nothing to read, nothing to check).

Scoring (``judge``): *exact* when the reading is the expected one; *flagged* when an age was
expected and the cell was set aside for checking (safe: the text is kept, a person decides);
*wrong* otherwise (a different range, or an age lost without a word). A cell is read as a
対象年齢 cell, except that one naming no age (``NO_AGE``) is what a 対象者 cell would make of it.

``HELD_OUT`` was written with the rest, before any fix, and not run while fixing.
"""

from __future__ import annotations

from collections import Counter

CHECK = "CHECK"
NO_AGE = "NO_AGE"

Expected = tuple[int | None, int | None, bool] | str

JUDGED: tuple[tuple[str, Expected], ...] = (
    ("65歳以上", (65, None, False)),
    ("おおむね65歳以上", (65, None, False)),
    ("0～3歳の乳幼児と保護者", (0, 3, True)),
    ("未就学児とその保護者", (0, 6, True)),
    ("小学生", (6, 12, False)),
    ("小中学生", (6, 15, False)),
    ("中学生・高校生", (12, 18, False)),
    ("18歳以上", (18, None, False)),
    ("どなたでも", (None, None, False)),
    ("高齢者", (65, None, False)),
    ("妊婦さん・乳幼児親子", (0, 6, True)),
    ("3歳児", (3, 3, False)),  # a 3歳児クラス: children aged three
    ("年長～小3", (5, 9, False)),
    ("60歳以上の男性", (60, None, False)),  # the 男性 is no age: kept in the text
    ("妊婦さん", (None, None, False)),  # the expectant parent: of any age
    ("3歳児以下", (None, 3, False)),
    ("4・5歳児", (4, 5, False)),
    ("0歳児", (0, 0, False)),
    ("1歳児と保護者", (1, 1, True)),
    ("2歳～3歳児", (2, 3, False)),
    ("市内在住の65歳以上の方", (65, None, False)),
    ("概ね60歳以上の方", (60, None, False)),
    ("小学1年生～6年生", (6, 12, False)),
    ("中学生", (12, 15, False)),
    ("高校生世代", (15, 18, False)),
    ("乳幼児とその保護者", (0, 6, True)),
    ("就学前のお子さんと保護者", (0, 6, True)),
    ("子育て中の親子", CHECK),  # which child? a ひろば's is small, a 食堂's any age
    ("40歳以上", (40, None, False)),
    ("18歳～39歳の若者", (18, 39, False)),
    ("15歳～39歳", (15, 39, False)),
    ("小学生以上", (6, None, False)),
    ("中学生以下", (None, 15, False)),
    ("小学生とその保護者", (6, 12, True)),
    ("認知症の方とその家族", NO_AGE),
    ("障害のある方", NO_AGE),
    ("ひとり親家庭", NO_AGE),
    ("65歳以上の一人暮らしの方", (65, None, False)),
    ("要介護認定を受けていない65歳以上の方", (65, None, False)),
    ("0～6歳", (0, 6, False)),
    ("2歳以上の未就学児", (2, 6, False)),
    ("小学3年生～中学3年生", (8, 15, False)),
    ("小・中学生", (6, 15, False)),
    ("年中・年長", (4, 6, False)),
    ("60代以上", (60, None, False)),
    ("高校生～39歳まで", (15, 39, False)),
    ("子ども（18歳未満）", (0, 17, False)),
    ("中高生", (12, 18, False)),
    ("未就学児", (0, 6, False)),
    ("どなたでも（子ども連れ歓迎）", (None, None, False)),
    ("小学生～高校生（要申込）", (6, 18, False)),
    ("市内在住・在勤の方", NO_AGE),
)

HELD_OUT: tuple[tuple[str, Expected], ...] = (
    ("概ね65歳以上", (65, None, False)),
    ("65才以上の方", (65, None, False)),
    ("０歳～３歳のお子さんと保護者", (0, 3, True)),
    ("1歳6か月～3歳の親子", (1, 3, True)),
    ("5歳児", (5, 5, False)),
    ("3歳児とその保護者", (3, 3, True)),
    ("妊娠中の方", (None, None, False)),
    ("プレママ・プレパパ", (None, None, False)),
    ("妊婦さんと乳児親子", (0, 1, True)),
    ("小学4～6年生", (9, 12, False)),
    ("小学生・中学生", (6, 15, False)),
    ("中学生～高校生", (12, 18, False)),
    ("高校生以上", (15, None, False)),
    ("18歳～64歳", (18, 64, False)),
    ("60歳以上の女性", (60, None, False)),
    ("70歳以上", (70, None, False)),
    ("誰でも", (None, None, False)),
    ("幼児（3～5歳）", (3, 5, False)),
    ("乳幼児親子", (0, 6, True)),
    ("年少～年長", (3, 6, False)),
    ("小1～小3", (6, 9, False)),
    ("小学生（低学年）", (6, 9, False)),
    ("中学生以上", (12, None, False)),
    ("障がいのある方とその家族", NO_AGE),
    ("子育て世帯", NO_AGE),
    ("高齢者（おおむね65歳以上）", (65, None, False)),
    ("2歳児以下", (None, 2, False)),
    ("4歳児・5歳児とその保護者", (4, 5, True)),
)


def judge(reading: Expected, expected: Expected) -> str:
    """exact, flagged or wrong (see the module docstring)."""
    if reading == expected:
        return "exact"
    if reading == CHECK and expected != NO_AGE:
        return "flagged"
    return "wrong"


def _reader_outcome(text: str) -> Expected:
    """What the import makes of a cell: its ages, CHECK or NO_AGE."""
    from directory.interop.ages import read_cell  # noqa: PLC0415 (the import's own reading)

    cell = read_cell(text, column_of_ages=True)  # as a 対象年齢 cell…
    if cell.check and not read_cell(text, column_of_ages=False).check:
        return NO_AGE  # …unless it names no age, as a 対象者 cell is read
    if cell.check:
        return CHECK
    return (*cell.range, cell.with_adults)


def score(cases: tuple[tuple[str, Expected], ...]) -> Counter[str]:
    return Counter(judge(_reader_outcome(text), expected) for text, expected in cases)


if __name__ == "__main__":
    for name, cases in (("judged", JUDGED), ("held-out", HELD_OUT)):
        counts = score(cases)
        print(name, len(cases), dict(counts))
        for text, expected in cases:
            got = _reader_outcome(text)
            if judge(got, expected) != "exact":
                print("   ", text, "→", got, "expected", expected)
