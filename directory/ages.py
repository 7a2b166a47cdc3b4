"""対象年齢: a listing's age range, read from how organizers write it, and written back.

Organizers write ages as school stages (小学生, 中高生), ranges (15〜39歳, 10代・20代) or one
open end (65歳以上, 18歳まで). ``parse_age_range`` turns such text into whole years
``(minimum, maximum)``, either end open (None), or returns None when it does not understand
the text (the form then asks again; nothing is guessed). Several phrases joined by ・、と or
から are one range covering them all: 「小学5年生から中学生」 is 10〜15歳.

School stages use the ages pupils have during the school year (小学生 6〜12, 中学生 12〜15,
高校生 15〜18), so a range is generous at its ends rather than strict.

A resident searching writes someone's age (3歳, 2歳児, 70代, 80代以上, 小1, 中学生):
``parse_person_age`` reads it — 「3歳」 is a person of three, where an organizer's 「3歳」 was
the upper end. Whether a listing is for that person is ``age_fit``: its stated range must
include the age, and its 対象 must not all be groups of other ages (``TARGET_AGES``: 高齢者 are
65 and over; 子ども 0〜18; 若者 15〜39; a 子育て世帯 brings a child under school age, and is open
to its parent); a 対象 that says nothing of age (どなたでも, 障害のある方) is for every age. The
search ranks by it and filters on it; matching checks the same stated range (``overlaps``).

Many organizations leave 対象年齢 empty and say the ages in the description instead
(「小学生〜中学生が対象です」「65歳以上の方」「未就学児と保護者」「18歳〜39歳の若者」).
``ages_in_text`` reads such a statement when it limits who may come — an age phrase bound to
対象・向け・のため・限定, or a bounded phrase naming the people (「65歳以上の方」) — and leaves
what only describes who comes (「参加者は70代から90代まで」「80歳の方も元気に参加」「60代から
80代の会員が」): those are no limit. A phrase about the child of a family (「未就学児と
保護者」「0〜3歳のお子さんと保護者の方」「18歳以下の子どもがいる家庭」) limits the child, and
the adults who bring one may come (``TextAges.with_adults``).

``read_age_range`` reads what an organization writes in the form's 対象年齢, and what a list's
対象年齢・対象 column says (``directory.interop.ages``): one reader, so both record the same words
as the same ages. 「3歳児」 is a child of three (a 3歳児クラス), where a bare 「3歳」 stays the
upper end. 「妊婦さん」 alone is no age limit, said in a note: an expectant parent is of no age
the model holds (not 18 and over: a pregnant 16-year-old is for such a place too), and whom the
place is for is its 対象 and description.

Listings saved before the 付き添いの保護者 flag (migration 0018) keep the child's ages alone until
edited or imported again: no data migration sets it. The words the form read are not stored
(only the range is), and a listing imported before then has no ages at all, so a migration
could only guess from a description's free text, changing published content outside its
approved revisions. An organization's next edit, or the list imported again as an update (an
approved revision), sets it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from directory.labels import (
    AGE_NOTE_ADULTS,
    AGE_NOTE_EXPECTING,
    AGE_NOTE_OTHER,
    AGE_NOTE_VAGUE,
    AGE_NOTE_WORD,
)

AgeRange = tuple[int | None, int | None]
MAX_AGE = 120
ADULT_AGE = 18  # who may bring a child to a place for children and their 保護者

NO_LIMIT = ("どなたでも", "年齢不問", "年齢制限なし", "制限なし", "どの年代でも")

# School stages and life stages → (youngest, oldest) age in years.
STAGES: dict[str, AgeRange] = {
    "乳幼児": (0, 6),
    "未就学児": (0, 6),
    "幼児": (1, 6),
    "小中高生": (6, 18),
    "小中学生": (6, 15),
    "中高生": (12, 18),
    "小学生": (6, 12),
    "中学生": (12, 15),
    "高校生": (15, 18),
    "大学生": (18, 22),
    "低学年": (6, 9),
    "高学年": (9, 12),
}
_GRADE = re.compile(r"^(小学|中学|高校)?(\d)年生?$")
_GRADE_START = {"小学": 5, "中学": 11, "高校": 14}  # age at the start of 1年生, minus one
_RANGE = re.compile(
    r"^(\d{1,3})歳?(?:[〜~\-ー－]|から)(\d{1,3})歳(?:くらい|ぐらい|程度)?(?:まで)?$"
)
_OPEN_MIN = re.compile(r"^(\d{1,3})歳(?:以上|から|〜|~)$")
_OPEN_MAX = re.compile(r"^(?:[〜~])?(\d{1,3})歳(以下|まで|未満)?$")
_DECADE = re.compile(r"^(\d{1,2})0代$")
_SPLIT = re.compile(r"[・、,，/／〜~]+|および|から|と")


def _phrase(text: str) -> AgeRange | None:
    """One phrase (no joining words) as a range, or None."""
    if text in STAGES:
        return STAGES[text]
    if match := _GRADE.match(text):
        school, grade = match[1] or "小学", int(match[2])
        age = _GRADE_START[school] + grade
        return (age, age + 1)
    if match := _RANGE.match(text):
        return (int(match[1]), int(match[2]))
    if match := _OPEN_MIN.match(text):
        return (int(match[1]), None)
    if match := _OPEN_MAX.match(text):
        top = int(match[1])
        return (None, top - 1 if match[2] == "未満" else top)
    if match := _DECADE.match(text):
        decade = int(match[1]) * 10
        return (decade, decade + 9)
    return None


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)  # remarks in brackets
    return text.replace("才", "歳").replace("～", "〜").replace("の方", "").replace("の人", "")


def parse_age_range(text: str) -> AgeRange | None:
    """「15〜39歳」→ (15, 39); 「65歳以上」→ (65, None); 「小学生」→ (6, 12); 「」→ (None, None).

    None when the text is not understood.
    """
    text = _normalise(text)
    if not text or text in NO_LIMIT:
        return (None, None)
    whole = _phrase(text)
    if whole is not None:
        return _checked(whole)
    parts = [p for p in _SPLIT.split(text) if p]
    ranges = []
    school = ""
    for i, part in enumerate(parts):
        if grade := _GRADE.match(part):
            # 「中学1年〜3年」: the second grade is the first's school's (not 小学3年)
            school = grade[1] or school
            part = f"{school}{part}" if not grade[1] else part
        elif part.isdigit() and part.endswith("0") and i + 1 < len(parts):
            if _DECADE.match(parts[i + 1]):
                part = f"{part}代"  # 「20〜30代」: the 20代 to the 30代 (not up to 20歳)
        found = _phrase(part) or _phrase(part + "歳")
        if found is None:
            return None
        ranges.append(found)
    if not ranges:
        return None
    lows = [lo for lo, _ in ranges]
    highs = [hi for _, hi in ranges]
    low = None if any(lo is None for lo in lows) else min(lo for lo in lows if lo is not None)
    high = None if any(hi is None for hi in highs) else max(hi for hi in highs if hi is not None)
    return _checked((low, high))


def _checked(age_range: AgeRange) -> AgeRange | None:
    low, high = age_range
    if low is not None and not 0 <= low <= MAX_AGE:
        return None
    if high is not None and not 0 <= high <= MAX_AGE:
        return None
    if low is not None and high is not None and low > high:
        return None
    return age_range


# 対象 (target codes) meant for people of some ages: the ages each is for, either end open.
# A code not listed (どなたでも, 障害のある方, an admin's own) says nothing about age.
TARGET_AGES: dict[str, tuple[AgeRange, ...]] = {
    "seniors": ((65, None),),
    "children": ((0, 18),),
    "youth": ((15, 39),),
    "parents": ((0, 6),),  # 子育て世帯: the child who comes along
}
# Ages a listed 対象 is also open to without being meant for them: a 子育て世帯's parent.
TARGET_ALSO_OPEN: dict[str, tuple[AgeRange, ...]] = {"parents": ((18, 59),)}
_PERSON_AGE = re.compile(r"^(\d{1,3})歳児?$")  # 3歳, 2歳児: one age, not an upper end
_SHORT_GRADE = re.compile(r"^([小中高])(\d)$")  # 小1, 中2
_DECADES_ON = re.compile(r"^(\d{1,2})0代(?:以上|以降|から)$")  # 80代以上
_AGE_MARKER = re.compile(r"歳|代|年|生$|児$")
_SCHOOLS = {"小": "小学", "中": "中学", "高": "高校"}


def parse_person_age(text: str) -> AgeRange | None:
    """How old the person searched for is: 「3歳」→ (3, 3); 「70代」→ (70, 79); 「80代以上」→
    (80, None); 「小1」→ (6, 7); 「中学生」→ (12, 15). None for anything else (「3」, 「百歳体操」)."""
    text = _normalise(text)
    if match := _PERSON_AGE.match(text):
        age = int(match[1])
        return (age, age) if age <= MAX_AGE else None
    if match := _SHORT_GRADE.match(text):
        text = f"{_SCHOOLS[match[1]]}{match[2]}年生"
    if match := _DECADES_ON.match(text):
        return (int(match[1]) * 10, None)
    if text not in STAGES and not _AGE_MARKER.search(text):
        return None
    found = parse_age_range(text)
    return None if found is None or found == (None, None) else found


def age_key(age_range: AgeRange) -> str:
    """An age range as one value of a search condition: (3, 3) → 「3-3」, (65, None) → 「65-」."""
    low, high = age_range
    return f"{'' if low is None else low}-{'' if high is None else high}"


def age_of_key(key: str) -> AgeRange | None:
    """「3-3」 → (3, 3), 「65-」 → (65, None); None for a value that is no age range."""
    low, sep, high = key.partition("-")
    if not sep or not (low or high) or not (low.isdigit() or not low):
        return None
    if high and not high.isdigit():
        return None
    return _checked((int(low) if low else None, int(high) if high else None))


def range_fit(asked: AgeRange, other: AgeRange) -> float:
    """How closely ``other`` covers the ages asked: the years both hold over the years either
    holds (1 when they are the same, 0 when they do not meet)."""
    low, high = asked[0] or 0, MAX_AGE if asked[1] is None else asked[1]
    lo, hi = other[0] or 0, MAX_AGE if other[1] is None else other[1]
    common = min(high, hi) - max(low, lo) + 1
    return common / (max(high, hi) - min(low, lo) + 1) if common > 0 else 0.0


def target_fit(code: str, asked: AgeRange) -> float | None:
    """How closely the 対象 ``code`` is meant for people of the ages asked: above 0 when it
    is, 0 when it is merely open to them (it says nothing of age, or 子育て世帯 for a parent),
    None when it is for other ages."""
    ranges = TARGET_AGES.get(code)
    if ranges is None:
        return 0.0
    best = max(range_fit(asked, r) for r in ranges)
    if best > 0:
        return best
    if any(range_fit(asked, r) > 0 for r in TARGET_ALSO_OPEN.get(code, ())):
        return 0.0
    return None


def age_fit(
    asked: AgeRange, stated: AgeRange, targets: Sequence[str], *, with_adults: bool = False
) -> float | None:
    """Whether a listing with the age range ``stated`` (what its organization wrote) and these
    targets is for someone of the ages asked: None when it is not, else how closely — its own
    range's ``range_fit``, or its targets' (added up, and shared with its other targets:
    子ども・子育て世帯 is more for a child of three than 子育て世帯 alone, and that more than
    子育て世帯・外国にルーツのある方), whichever is closer; 0 when it is merely open to them
    (どなたでも). ``with_adults``: the stated range is a child's, and the adults who bring
    one may come (「未就学児とその保護者」「0〜3歳の親子」): open to an adult (0)."""
    low, high = asked
    if not overlaps(stated, low or 0, MAX_AGE if high is None else high):
        if with_adults and (low or 0) >= ADULT_AGE and stated != (None, None):
            return 0.0  # the parent of a child of those ages
        return None
    fits = [target_fit(code, asked) for code in targets]
    if fits and all(f is None for f in fits):
        return None  # only groups of other ages (高齢者 for a child)
    others = sum(1 for f in fits if not f)
    by_targets = sum(f or 0.0 for f in fits) / (1 + others)
    by_range = range_fit(asked, stated) if stated != (None, None) else 0.0
    return max(by_targets, by_range)


def age_wording(low: int | None, high: int | None) -> tuple[str, dict[str, int]] | None:
    """How a range is said, and its numbers: ("from", {"n": 65}) 65歳以上, ("upto", {"n": 18})
    18歳以下, ("class", {"n": 3}) 3歳児, ("range", {"low": 0, "high": 3}) 0〜3歳; None for no
    limit. One rule for the form's Japanese (``describe_age_range``) and the pages' wording in
    each reader's language (the listing page, the search cards and the map's list share one
    macro, ``ages_worded`` of webapp/templates/_macros.html).

    Said as the organization wrote it, and so that ``read_age_range`` reads it back to the
    same range (the form shows it back; an export writes it): (0, 3) is 「0〜3歳」, as a
    子育てひろば writes 「0〜3歳とその保護者」 (「3歳以下」 is (None, 3), what 「3歳以下」 was
    written as); one age is a child's class, 「3歳児」 (a child's bare 「3歳」 reads as the upper
    end), or for an adult ("one", {"n": 20}) that age, 「20歳」 (二十歳のつどい; 「88歳の方」 of a
    米寿のお祝い), which the reader reads as that age (not 「20〜20歳」, as it was said).
    No one is younger than 0: (None, 0) is the 0歳児 (0, 0) is, and is said so on the pages
    (「0歳以下」 read oddly); the form alone keeps 「0歳以下」 (``describe_age_range``), the words
    that save back (None, 0). A (None, 20) an older reader made of a bare 「20歳」 is said as
    stored, 「20歳以下」 (its list imported again as an update sets (20, 20))."""
    if low is None and high is None:
        return None
    if high is None:
        return "from", {"n": low or 0}
    if low is None and high == 0:
        return "class", {"n": 0}
    if low is None:
        return "upto", {"n": high}
    if low == high:
        return ("class" if low < ADULT_AGE else "one"), {"n": low}
    return "range", {"low": low, "high": high}


_WORDED = {
    "from": "{n}歳以上",
    "upto": "{n}歳以下",
    "class": "{n}歳児",
    "one": "{n}歳",
    "range": "{low}〜{high}歳",
}


def describe_age_range(low: int | None, high: int | None) -> str:
    """(15, 39) → 「15〜39歳」, (65, None) → 「65歳以上」, (None, 18) → 「18歳以下」; no limit → 「」
    (``age_wording``). (None, 0) is 「0歳以下」 here, as written: the form shows words that
    save the same ends back (「0歳児」 would save (0, 0))."""
    if low is None and high == 0:
        return _WORDED["upto"].format(n=0)
    worded = age_wording(low, high)
    if worded is None:
        return ""
    kind, numbers = worded
    return _WORDED[kind].format(**numbers)


def describe_ages(low: int | None, high: int | None, *, with_adults: bool = False) -> str:
    """What the listing form shows back: 「0〜6歳」, and 「0〜6歳とその保護者」 when the adults
    who bring a child of those ages may come (read back the same by ``read_age_range``)."""
    ages = describe_age_range(low, high)
    return f"{ages}{ADULTS_TOO}" if ages and with_adults else ages


ADULTS_TOO = "とその保護者"


def overlaps(age_range: AgeRange, low: int, high: int) -> bool:
    """Whether someone aged between ``low`` and ``high`` may fall in the range."""
    min_age, max_age = age_range
    return (min_age is None or high >= min_age) and (max_age is None or low <= max_age)


# ── Ages stated in a listing's description ──────────────────────────────────────────────
_STAGE_WORDS = "|".join(sorted(STAGES, key=len, reverse=True))
_TOKEN = (
    r"(?:\d{1,3}(?=[〜~\-]\d{1,3}[歳才])"  # 18〜39歳: the first number of a range
    r"|\d{1,3}[歳才](?:以上|以下|未満)?"
    r"|\d{1,2}0代"
    r"|(?:小学|中学|高校)\d年生?"
    rf"|{_STAGE_WORDS})"
)
_TEXT_PHRASE = re.compile(
    rf"{_TOKEN}(?:(?:[〜~\-・、]|から|と|および){_TOKEN})*"
    r"(?:くらい|ぐらい|程度)?(?:以上|以下|未満|まで)?"
)
# Words that make a phrase a condition of taking part.
_LIMIT = re.compile(
    r"^(?:くらい|ぐらい|程度)?(?:まで)?(?:の(?:方々?|人|子ども|子供|こども|子|お子さん|お子様|児童|生徒|学生|"
    r"若者|若い方|高齢者|男性|女性|皆さん|みなさん)(?:たち)?)?(?:が|を|に|で)?"
    r"(?:対象|向け|のため|限定|に限り|に限ります|限り)"
)
_PEOPLE = re.compile(
    r"^の(?:方々?|人|子ども|子供|こども|子|お子さん|お子様|児童|生徒|学生|若者|若い方|高齢者|男性|女性)"
)
_FAMILY = re.compile(
    r"^(?:くらい|ぐらい|程度|ごろ)?(?:の(?:お子さん|お子様|子ども|子供|こども|子|赤ちゃん|児童)(?:たち)?)?"
    r"(?:(?:と|とその|および|や|連れの|連れた)(?:保護者|親|ご家族|家族|お母さん|お父さん|ママ|パパ)"
    r"|(?:が|を|の)?(?:いる|いらっしゃる|持つ|育てて|育てる|子育て中|連れ|連れた|と一緒|保護者|親子))"
)
_LEAD = re.compile(r"(?:対象(?:者|年齢)?|参加資格|ご利用)(?:は|:|:)?$")
_DESCRIBED_BEFORE = re.compile(
    r"(?:参加者|会員|メンバー|利用者|受講者|年齢層|来ている人)(?:は|の|も)?$"
)
_DESCRIBING = re.compile(
    r"^[^。！!?？]*?(?:ている|ています|ていて|でいます|が多|も多|中心|もいます|も元気)"
)
_BOUND = re.compile(r"以上|以下|未満|まで|[〜~\-]|から|" + _STAGE_WORDS + r"|年生")


@dataclass(frozen=True)
class TextAges:
    """Ages a description sets as a condition: the range, the words as written (for the
    coordinator to read), and whether adults bringing a child of those ages may come."""

    range: AgeRange
    phrase: str
    with_adults: bool = False


def _bounded_range(phrase: str) -> AgeRange | None:
    """A phrase of the description as a range: 「小学生以上」 is (6, None)."""
    core = phrase
    for word in ("くらい", "ぐらい", "程度"):
        core = core.replace(word, "")
    found = parse_age_range(core)
    if found is not None:
        return found
    for ending, keep_low in (("以上", True), ("以下", False), ("まで", False), ("未満", False)):
        if core.endswith(ending):
            inner = parse_age_range(core[: -len(ending)])
            if inner is None:
                return None
            return (inner[0], None) if keep_low else (None, inner[1])
    return None


def ages_in_text(text: str) -> TextAges | None:
    """The ages a description sets as a condition, or None when it sets none.

    「小学生〜中学生が対象です」→ (6, 15); 「65歳以上の方ならどなたでも」→ (65, None);
    「未就学児と保護者のひろば」→ (0, 6) with adults; 「参加者は70代から90代まで」→ None.
    Several statements are one range covering them all."""
    text = unicodedata.normalize("NFKC", text).replace("～", "〜").replace("才", "歳")
    found: list[tuple[AgeRange, str, bool]] = []
    for match in _TEXT_PHRASE.finditer(text):
        phrase, after = match[0], text[match.end() : match.end() + 40]
        before = text[max(0, match.start() - 8) : match.start()]
        if _DESCRIBED_BEFORE.search(before):
            continue
        age_range = _bounded_range(phrase)
        if age_range is None or age_range == (None, None):
            continue
        if family := _FAMILY.match(after):
            found.append((age_range, phrase + family[0], True))
            continue
        if limit := _LIMIT.match(after):
            found.append((age_range, phrase + limit[0], False))
            continue
        if _LEAD.search(before.rstrip("、 ")):
            found.append((age_range, phrase, False))
            continue
        people = _PEOPLE.match(after)
        if (
            people
            and _BOUND.search(phrase)
            and not after[people.end() :].startswith(("も", "たちも"))
            and not _DESCRIBING.match(after)
        ):
            found.append((age_range, phrase + people[0], False))
    if not found:
        return None
    lows = [r[0] for r, _, _ in found]
    highs = [r[1] for r, _, _ in found]
    low = None if None in lows else min(lo for lo in lows if lo is not None)
    high = None if None in highs else max(hi for hi in highs if hi is not None)
    return TextAges((low, high), found[0][1], any(adults for _, _, adults in found))


# ── 対象年齢 as organizations write it in the listing form ────────────────────────────────
# 「0さい〜3さい」「小学1〜3年生」「おおむね65歳以上」「未就学児とその保護者」: read into the
# structured range wherever the text says one. Vague words (おおむね, くらい, 1歳半) and what is
# no age (市内在住, 保護者) are set aside with a note saying how the range was recorded, so the
# organization can put the nuance in the description. Only text that holds no age is refused.
# A child's ages as 社協 lists say them (「未就学のお子さんと保護者」「乳児とママ」「妊婦さん・0歳児と
# 保護者」) are the child's, with the adults (and the expecting parents) who come along.

_VAGUE_BEFORE = re.compile(r"^(おおむね|概ね|おおよそ|およそ|だいたい|大体|約)")
_VAGUE_AFTER = re.compile(r"(くらい|ぐらい|位|程度|前後|ごろ|頃)(まで)?$")
_HALF = re.compile(r"(\d{1,3})歳(?:半|\d{1,2}(?:か|ヶ|ケ|カ|ヵ|箇)?月)")  # 1歳半, 1歳6か月
_ADULTS = re.compile(
    r"(?:と|とその|および|及び|や)?(?:子育て中の)?(?:保護者|親|ご家族|家族|お母さん|お父さん|ママ|パパ)"
    r"(?:の方|同伴)?$|^親子(?:で)?|の?親子(?:向け)?$"
    # 「未就学のお子さんがいるご家庭」: the family that brings the child
    r"|(?:が|の)(?:いる|いらっしゃる)(?:ご家庭|家庭|ご家族|家族|世帯|方|保護者)$"
    # 「乳幼児をお持ちの保護者」「未就学児を育てている方」
    r"|を(?:お持ちの|持つ|育てている|育てる)(?:ご家庭|家庭|ご家族|家族|世帯|方|保護者|親)$"
)
# Adults who come before a child is born (「妊婦さん・0歳児と保護者」「プレママ・乳児とママ」):
# they come as the parents do, and their age is not limited either.
_EXPECTING = re.compile(
    r"(?:^|(?<=[・、,/]))(?:妊婦|妊産婦|プレママ|プレパパ|妊娠中)(?:の方)?(?:[・、,/]|と(?!その)|$)"
)
_ONE_ADULT_AGE = re.compile(r"(\d{1,3})歳(?:の方々?|の人)?")
_RESIDENCE = re.compile(r"^((?:市|区|町|村|県|都|府|道)内(?:在住|在勤|在学)[^の]*)の")
_AUDIENCE = re.compile(
    r"(?:の(?:方々?|かた|人|皆さん|みなさん|お子さん|お子様|お子さま|お子|子ども|子供|こども|子|児童|生徒|"
    r"高齢者|市民|区民|町民|村民|若者|学生)(?:たち)?)$"
)
_ANYONE = re.compile(
    r"^(?:どなたでも|誰でも|だれでも|年齢不問|年齢制限なし|制限なし|不問|なし|特になし|子どもから大人まで|"
    r"子供から大人まで|こどもから大人まで|どの年代でも|全年齢|年齢問わず|"
    r"(?:子ども|子供|こども|赤ちゃん|乳幼児|大人|おとな)から(?:大人|おとな|子ども|子供|こども|"
    r"高齢者|お年寄り|シニア)まで|"
    # 「地域の方どなたでも」「市民の方ならどなたでも」: the people of a place, of any age
    r"(?:地域|市内|町内|区内|地区|近隣|近所)?の?(?:方|人|住民|皆さん|みなさん|皆様)(?:なら|は)?どなたでも)"
)
# Words a listing form takes that are not school or life stages of STAGES (so a resident
# searching for 「高齢者」 is not read as an age): their ranges, and whether to say how read.
_LISTING_WORDS: dict[str, tuple[AgeRange, bool]] = {
    "就学前": ((0, 6), False),
    "未就学": ((0, 6), False),  # 「未就学のお子さん」: the 未就学児 as 社協 lists say it
    "乳児": ((0, 1), False),  # under one, generous at its end as school stages are
    "年少": ((3, 4), False),
    "年中": ((4, 5), False),
    "年長": ((5, 6), False),
    "高齢者": ((65, None), True),
    "若者": ((15, 39), True),
    "子ども": ((0, 18), True),
    "子供": ((0, 18), True),
    "こども": ((0, 18), True),
    "児童": ((6, 12), True),
    "専門学生": ((18, 22), False),
    "短大生": ((18, 20), False),
    "大人": ((18, None), True),
    "成人": ((18, None), True),
    "一般成人": ((18, None), True),
    "成人男女": ((18, None), True),
    # 「一般」「一般の方」: the public, as a 公民館's list says it (no age limit, said so)
    "一般": ((None, None), True),
}
_SCHOOL_OF = re.compile(r"^(小学|中学|高校)")
_BARE_GRADE = re.compile(r"^(\d)年生?$")


@dataclass(frozen=True)
class AgeReading:
    """How the listing form read a 対象年齢: the range, and a note when it set words aside."""

    range: AgeRange
    note: str = ""
    # The range is a child's, and the adults bringing one come too (「未就学児とその保護者」
    # 「0〜3歳の親子」): a parent searching or matched by age is not shut out.
    with_adults: bool = False


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = text.replace("才", "歳").replace("さい", "歳").replace("～", "〜").replace("~", "〜")
    text = text.replace("小学校", "小学").replace("中学校", "中学").replace("高等学校", "高校")
    text = text.replace("小・中", "小中").replace("中・高", "中高").replace("小・中・高", "小中高")
    text = re.sub(r"([小中高])(\d)(?!\d|年|歳)", lambda m: f"{_SCHOOLS[m[1]]}{m[2]}年生", text)
    text = re.sub(r"(\d)年(?!生)", r"\1年生", text)
    # 「3歳児」 is a child of three (a 3歳児クラス), not 「up to 3」 as a bare 「3歳」 is;
    # 「4・5歳児」 are the 4歳児 and the 5歳児. The end of a span (「2〜3歳児」) or an open end
    # (「3歳児以下」) reads as the 「歳」 it is.
    text = re.sub(r"(\d{1,2})[・、](\d{1,2})歳児", r"\1歳児・\2歳児", text)
    text = re.sub(
        r"(?<![〜\d])(?<!から)(\d{1,3})歳児(?!以上|以下|まで|未満|〜|から)", r"\1〜\1歳", text
    )
    text = re.sub(r"歳児", "歳", text)
    text = re.sub(r"小学(?=[低高]学年)", "", text)
    text = re.sub(r"(?<!お母)(?<!お父)さん(?=$|〜|・|、|と)", "", text)
    text = text.replace("おとな", "大人")  # its と is no joining word
    return text.removeprefix("満")


def _end(text: str, unit: str = "", school: str = "") -> AgeRange | None:
    """One end of 「X〜Y」 (or a whole phrase): a bare 「3歳」 is the age three here."""
    if _BARE_GRADE.match(text) and school:
        text = school + text
    if re.fullmatch(r"\d{1,3}", text) and unit:
        text += unit
    if match := re.fullmatch(r"(\d{1,3})歳", text):
        return (int(match[1]), int(match[1]))
    return _word(text)


def _word(text: str) -> AgeRange | None:
    if text in _LISTING_WORDS:
        return _LISTING_WORDS[text][0]
    if (one := _ONE_ADULT_AGE.fullmatch(text)) and int(one[1]) >= ADULT_AGE:
        return (int(one[1]), int(one[1]))  # 「20歳」: that age (``read_age_range``)
    for ending, keep_low in (("以上", True), ("以下", False), ("まで", False)):
        if text.endswith(ending) and len(text) > len(ending):
            inner = _end(text[: -len(ending)])
            if inner is None:
                break
            return (inner[0], None) if keep_low else (None, inner[1])
    text = text.removesuffix("世代")
    return _phrase(text) if text else None


def _span(text: str) -> AgeRange | None:
    """「小学1〜3年生」「中学生〜18歳」「20〜30代」: from one end's youngest to the other's oldest."""
    parts = re.split(r"〜|から", text, maxsplit=1)
    if len(parts) != 2 or not parts[0]:
        return _word(text)
    left, right = parts[0], parts[1].removesuffix("まで")
    if not right:
        return _word(left + "以上") if not left.endswith("以上") else _word(left)
    unit = next((u for u in ("年生", "歳", "代") if right.endswith(u)), "")
    school = _SCHOOL_OF.match(left)
    if unit == "年生" and re.fullmatch(r"(小学|中学|高校)?\d", left):
        left += "年生"
    low_end = _end(left, unit)
    high_end = _end(right, school=school[1] if school else "")
    if low_end is None or high_end is None:
        return None
    return (low_end[0], high_end[1])


def _union(ranges: list[AgeRange]) -> AgeRange:
    lows = [lo for lo, _ in ranges]
    highs = [hi for _, hi in ranges]
    low = None if None in lows else min(lo for lo in lows if lo is not None)
    high = None if None in highs else max(hi for hi in highs if hi is not None)
    return (low, high)


def _listed(text: str) -> AgeRange | None:
    ranges = []
    for part in re.split(r"[・、,/]|および|及び|と(?!その)", text):
        if not part:
            continue
        found = _span(part)
        if found is None:
            return None
        ranges.append(found)
    return _union(ranges) if ranges else None


# Words of a condition beside an age that are no age themselves (「男性」「一人暮らし」): they
# hold no digit and no word of an age, so a misread age (「39〜15歳」) is never one.
_AGE_WORDS = re.compile(
    r"\d|歳|才|代|" + "|".join(sorted({*STAGES, *_LISTING_WORDS}, key=len, reverse=True))
)
# The words of a condition before an age, joined to it without の (「要介護認定を受けていない」).
_CLAUSE_BEFORE = re.compile(r"^(\D*?(?:ない|いる|した|する|ある))(?=\d)")


def _condition_pieces(text: str) -> tuple[list[AgeRange], list[str]] | None:
    """「60歳以上の男性」→ ([(60, None)], ["男性"]); 「0〜3歳の乳幼児」→ ([(0, 3), (0, 6)], []);
    None unless one piece is an age and every other is an age or words of no age."""
    pieces = text.split("の")
    if match := _CLAUSE_BEFORE.match(pieces[0]):
        pieces[:1] = [match[1], pieces[0][match.end() :]]
    ages: list[AgeRange] = []
    conditions: list[str] = []
    for piece in filter(None, pieces):
        if (found := _listed(piece)) is not None:
            ages.append(found)
        elif _AGE_WORDS.search(piece):
            return None
        else:
            conditions.append(piece)
    return (ages, conditions) if ages else None


def read_age_range(text: str) -> AgeReading | None:
    """The 対象年齢 an organization wrote, as a range and a note on how it was read; None when
    the text holds no age range (「毎週火曜日」「500円」) or an impossible one (「39〜15歳」).

    「おおむね65歳以上」→ (65, None) with a note; 「小学1〜3年生」→ (6, 9);
    「未就学児とその保護者」→ (0, 6) with a note that the adults' age is not limited.
    """
    text = _tidy(text)
    if not text or _ANYONE.match(text):
        return AgeReading((None, None))
    # (a remark of no age beside it, 「20歳の方（今年度）」, says nothing of the age)
    remarks = re.findall(r"[（(]([^）)]*)[）)]", text)
    bare = (
        re.sub(r"[（(][^）)]*[）)]", "", text) if not _AGE_WORDS.search("".join(remarks)) else text
    )
    if (one := _ONE_ADULT_AGE.fullmatch(bare)) and int(one[1]) >= ADULT_AGE:
        # 「20歳の方」 (二十歳のつどい), 「88歳の方」 (米寿のお祝い): that age. A child's bare
        # 「3歳」 stays the top of a ひろば's ages; no adult's 「up to 20」 is said so.
        checked = _checked((int(one[1]), int(one[1])))
        return AgeReading(checked) if checked is not None else None
    found = parse_age_range(text)
    if (
        found is not None
        and not re.search(r"[（(]", text)
        and not re.search(r"\d年生?〜|〜\d|\d0〜|〜.*?(中学|高校|小学)", text)
    ):
        return AgeReading(found)
    notes: list[str] = []
    words_noted: list[str] = []
    vague = [m[0] for m in (_VAGUE_BEFORE.search(text), _VAGUE_AFTER.search(text)) if m]
    text = _VAGUE_BEFORE.sub("", text)
    text = _VAGUE_AFTER.sub(lambda m: m[2] or "", text)
    if _HALF.search(text):
        vague.append(_HALF.search(text)[0])  # type: ignore[index]
        text = _HALF.sub(r"\1歳", text)
    other = ""
    if match := _RESIDENCE.match(text):
        other, text = match[1], text[match.end() :]
    text = re.sub(r"ならどなたでも.*$", "", text)
    # A ※ remark (「未就学のお子さんと保護者※兄弟姉妹の同伴可」): a condition, not the ages.
    aside = ""
    if (match := re.search(r"[※*]+(.*)$", text)) and match.start() > 0:
        aside, text = match[1], text[: match.start()]
    # Remarks in brackets: an age range there narrows the words before it (小学生（低学年）).
    inner: list[AgeRange] = []
    for remark in re.findall(r"[（(]([^）)]*)[）)]", text):
        if (r := _listed(_tidy(remark))) is not None:
            inner.append(r)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    adults = False
    if expecting := _EXPECTING.search(text):
        adults, text = True, _EXPECTING.sub("", text)
        if not text and not inner:  # 「妊婦さん」「プレママ・プレパパ」 alone
            word = expecting[0].strip("・、,/と")
            return AgeReading((None, None), AGE_NOTE_EXPECTING.format(word=word))
    while match := _ADULTS.search(text):
        adults, text = True, text[: match.start()] + text[match.end() :]
    text = re.sub(r"(?:の方)?(?:向け|向き)$", "", text)  # 「おとな向け」「大人の方向け」
    text = _AUDIENCE.sub("", text)
    outer = _listed(text) if text else None
    if outer is None and text:
        # 「60歳以上の男性」「65歳以上の一人暮らし」「0〜3歳の乳幼児」「要介護認定を受けて
        # いない65歳以上」: an age beside words of another condition (set aside with a note)
        # or of a stage it narrows.
        pieces = _condition_pieces(text)
        # (「高齢者の家族」: whose family, of what age, is not a child's with its parent)
        if pieces is not None and not (adults and (pieces[0][0][0] or 0) >= ADULT_AGE):
            stated, conditions = pieces
            outer, inner = stated[0], [*inner, *stated[1:]]
            other = "、".join(w for w in (other, *conditions) if w)
    if outer is None and not inner:
        return None
    age_range = outer or (None, None)
    for low, high in inner:
        lows = [v for v in (age_range[0], low) if v is not None]
        highs = [v for v in (age_range[1], high) if v is not None]
        age_range = (max(lows) if lows else None, min(highs) if highs else None)
    if age_range == (0, None):
        age_range = (None, None)
    checked = _checked(age_range)
    if checked is None:
        return None
    ages = describe_age_range(*checked) or "年齢の決まりなし"
    for word in vague:
        notes.append(AGE_NOTE_VAGUE.format(word=word, ages=ages))
    if text in _LISTING_WORDS and _LISTING_WORDS[text][1] and not inner:
        words_noted.append(AGE_NOTE_WORD.format(word=text, ages=ages))
    if adults:
        notes.append(AGE_NOTE_ADULTS.format(ages=ages))
    for word in (other, aside):
        if word:
            notes.append(AGE_NOTE_OTHER.format(word=word, ages=ages))
    return AgeReading(checked, "".join(notes + words_noted), with_adults=adults)
