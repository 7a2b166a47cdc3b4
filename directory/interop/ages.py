"""対象年齢 of an imported row: who the listing is for, read from how a list says it.

A 通いの場一覧 says 「おおむね65歳以上」, a 子育てひろば一覧 「0～3歳の乳幼児と保護者」, a こども食堂
一覧 「小学生」, in a column named 対象年齢・年齢 (``ImportField.AGES``), or in its 対象者・参加条件
(``CONDITIONS``) or 対象 (``TARGETS``) column when it has no column of ages. The cell is read
with the listing form's own reader (``directory.ages.read_age_range``), so an import and the
form record the same words as the same ages; the words themselves stay in the description
(「対象年齢: おおむね65歳以上」, 「参加条件: …」, 「対象: …」), so nothing the list says is lost —
but for the つながりマップ簡易形式's 対象年齢, the listing form's own field: in the words the form
shows the ages back (「0〜3歳とその保護者」, as that export writes them) the ages say it all, and
the 紹介文 gets no line of them, as the form writes none (``planning``).

Main decision: a cell the reader cannot read is a thing to check (「確認が必要」) when it is a
column of ages, or when it names an age (「小学生・障害のある方」); a 対象 cell of no age at all
(「障害のある方」「ひとり親家庭」) is no age to read, and is not flagged; nor is one that names
a group and no age (「高齢者」「子ども」「若者」): that is its 対象, and as ages it would make a
loose word a hard limit (a 高齢者 サロン closed to a person of 63). A column of ages is read as
the form reads it. From a 対象 or 参加条件
cell, 「どなたでも」 sets no ages: only a column of ages says the listing has no age limit (an
update then clears the ages it had).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from directory.ages import STAGES, AgeReading, describe_ages, read_age_range

# Words that name an age as lists write them, for a cell the reader could not read: a number
# of years (「3歳」「60代」「1歳6か月」), a grade (「小3」「3年生」), a stage (「小学生」「未就学」).
_NAMES_AN_AGE = re.compile(
    r"\d{1,3}\s*(?:歳|才|さい|代|か月|ヶ月|ケ月|カ月|年生)|[小中高]\d|年少|年中|年長|就学前|未就学|乳児|"
    + "|".join(sorted(STAGES, key=len, reverse=True))
)


@dataclass(frozen=True)
class CellAges:
    """What a row's cell says of ages: the words, how they were read, and whether a person
    must check them (read as no ages)."""

    said: str = ""
    reading: AgeReading | None = None
    check: bool = False

    @property
    def stated(self) -> bool:
        """Whether the cell sets the listing's ages (「どなたでも」 in a column of ages too)."""
        return self.reading is not None

    @property
    def range(self) -> tuple[int | None, int | None]:
        return self.reading.range if self.reading is not None else (None, None)

    @property
    def with_adults(self) -> bool:
        return self.reading is not None and self.reading.with_adults

    @property
    def described(self) -> str:
        """The ages as the listing form shows them back (「0〜3歳とその保護者」), "" for none."""
        low, high = self.range
        return describe_ages(low, high, with_adults=self.with_adults)


def names_an_age(text: str) -> bool:
    """Whether words hold an age (「小学生・障害のある方」 does, 「障害のある方」 does not)."""
    return bool(_NAMES_AN_AGE.search(unicodedata.normalize("NFKC", text)))


def read_cell(text: str, *, column_of_ages: bool) -> CellAges:
    """The ages of a 対象年齢 cell (``column_of_ages``), or of a 対象・参加条件 cell."""
    said = " ".join(text.split())
    if not said:
        return CellAges()
    if not column_of_ages and not names_an_age(said):
        # 「高齢者」「子ども」「シニア」 of a 対象 column say who the place is for, not an age
        # limit: read as 65歳以上, a 通いの場 for 高齢者 would never be suggested to a retired
        # man of 63 (its 対象 is kept as the listing's targets).
        return CellAges()
    reading = read_age_range(said)
    if reading is None:
        return CellAges(said, None, check=column_of_ages or names_an_age(said))
    if reading.range == (None, None) and not column_of_ages:
        return CellAges()  # 「どなたでも」「子ども・高齢者」 of a 対象 column: no limit to set
    return CellAges(said, reading)
