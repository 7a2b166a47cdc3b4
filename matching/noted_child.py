"""A need a parent writes for their child: 「中1の娘の勉強を見てもらえる所」「子（中1）は宿題もしない」.

A coordinator meeting a father writes what his child needs in the father's case — and the
places for it (a 中学生's study room, a 宿題カフェ) are for the child: their 対象 is 子ども and
their 対象年齢 the child's school years. Read as the father's, none was open to him (a man of
44 is no 子ども, and 中学生 holds none of his years), and a father asking for his 中1's study
room was offered 子ども食堂 only. ``child_need_noted`` reads such a need (a child's study,
``matching.interests.CHILD_STUDY``) and the child's age when the note states it (「中1の娘」
「子（中1）」); the engine then checks 対象 and 対象年齢 for the child as well as the parent.

A place open only through the child must be one the child can go to: it meets after school
or at the weekend (a 学びの部屋 held 平日 10:00〜15:00 is for children who do not go to school,
unless the note says the child does not: 「不登校」), and, when the note says the child's school
year, its ages hold that year (a 小学生's café shares 12 with a 中1 and is still not for them;
one that states no ages is a near miss — a mother asking for her 小3's homework was offered
every study room in reach, for 中学生 too). With 子ども ticked, the coordinator has said so
already: none of this applies.

Not when the person is the one who would teach (「子どもに勉強を教えたい」: a helper, whom
``matching.conditions.helper_places`` serves), nor when the person is a child themselves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from directory.ages import MAX_AGE, parse_person_age
from matching.interests import CHILD_STUDY, CHILD_WORDS, TEACHING
from matching.noted_age import AGE_TOKEN

_NOT_AT_SCHOOL = re.compile(r"不登校|登校しぶり|行き渋り|学校に行けて?いない|休学")
SCHOOL_YEARS = (6, 15)  # a child whose age the note does not state: 宿題 is a school child's
_AGE = AGE_TOKEN.pattern
# whose study it is, just before the words: 「中1の娘の勉強」「子（小3）の宿題」「中1の宿題」
_BEFORE = re.compile(rf"(?:(?:{_AGE})の)?(?:{CHILD_WORDS})(?:[(（][^)）]*[)）])?の$|(?:{_AGE})の$")
# the child's age said elsewhere in the note: 「息子（小3）」「中1の娘」
_CHILD_AGE = re.compile(rf"(?:{CHILD_WORDS})[(（][^)）]*?({_AGE})|({_AGE})の(?:{CHILD_WORDS})")


@dataclass(frozen=True)
class ChildNeed:
    """What the note asks for a child, and the child's age as far as it says."""

    words: str  # 「中1の娘の勉強」
    years: tuple[int, int]
    at_home: bool = False  # 「不登校」: the child is free in school hours too
    age_said: bool = False  # the note says the child's school year or age


def child_need_noted(note: str) -> ChildNeed | None:
    """「中1の娘の勉強を見てもらえる所」→ ChildNeed("中1の娘の勉強", (12, 13)); 「子の宿題を見て
    くれる所」→ a school child's years; None for 「子どもに勉強を教えたい」 or no child's need."""
    text = unicodedata.normalize("NFKC", note)
    for match in CHILD_STUDY.finditer(text):
        if TEACHING.search(match["tail"]):
            continue
        start, end = match.start(), match.start("tail")
        before = _BEFORE.search(text[max(0, start - 8) : start])
        if before:
            start -= len(before[0])
        words = text[start:end]
        years = SCHOOL_YEARS
        token = AGE_TOKEN.search(words)
        said = token[0] if token else next((m[1] or m[2] for m in _CHILD_AGE.finditer(text)), "")
        found = parse_person_age(said) if said else None
        if found is not None and found[0] is not None:
            years = (found[0], MAX_AGE if found[1] is None else found[1])
        at_home = bool(_NOT_AT_SCHOOL.search(text))
        return ChildNeed(words, years, at_home, years != SCHOOL_YEARS)
    return None
