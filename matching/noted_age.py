"""How old a coordinator's note says the person is: 「中3」「高2」「小6」「16歳」「高校生」.

The case records an age band (15〜19歳), and a listing's 対象年齢 is checked against the band's
years (``matching.conditions``): a 中学生's study room holds one year of 15〜19 only, so it is
no place for someone of that band. But a note often says more than the band: 「中3、LD。高校受験」
is a 15-year-old still in 中学, for whom a 中学生's study room is just right, and nothing fitted
him. ``age_noted`` reads the person's school year or age from the note
(``directory.ages.parse_person_age``); the engine checks 対象年齢 against the years the note and
the band share — or the note's alone when the band is unknown. A note about someone else
(「孫（4歳）」「中学生の娘」) is not the person's age, and a note the band contradicts is left out.
"""

from __future__ import annotations

import re
import unicodedata

from directory.ages import MAX_AGE, parse_person_age
from matching.noted_family import FAMILY_WORDS, family_spans, is_family

AGE_TOKEN = re.compile(
    r"(?<![\d])(?:[小中高]\d(?!\d)|(?:小学|中学|高校)\d年生?|\d{1,2}歳|小学生|中学生|高校生|大学生)"
)
# の + a family word just after the token (「中学生の娘」): the age is theirs, not the person's.
_THEIRS_AFTER = re.compile(rf"^(?:年生)?の(?:{FAMILY_WORDS})")
# A school year the person was in when something happened (「高校1年で中退」「中2から不登校」
# 「小5の時にいじめ」「高1の6月に退学」): their past, not how old they are now. Read as now,
# 「高校1年で中退」 made a 16-year-old a 高1 (15〜16), and a 中学3年生's 受験サポート教室
# held half of those years.
_PAST_AFTER = re.compile(
    r"^(?:年生?)?(?:で|の(?:時|とき|頃|ころ|途中|\d{1,2}月|[春夏秋冬]|[1-3]学期)|から|以降|まで|以来|当時)"
)


# 「大学1年」「専門学校2年」「短大1年」: a student after school, 18 or 19 in the first year (read as
# the band's 15〜19 alone, a student of 19 was offered 子ども食堂 as if he might be 15).
_COLLEGE_YEAR = re.compile(r"(?:大学|短大|専門学校|専門)(?P<year>[1-4])年生?")


def age_noted(note: str) -> tuple[int, int] | None:
    """The person's age as the note says it: 「中3」→ (14, 15), 「16歳」→ (16, 16), 「高校生」→
    (15, 18); None when the note states none, or only someone else's (「孫（4歳）」)."""
    text = unicodedata.normalize("NFKC", note)
    spans = family_spans(text)  # 「孫（4歳）」「子（ASD・小2）」: ``matching.noted_family``
    for match in AGE_TOKEN.finditer(text):
        if is_family(spans, match.start()):
            continue
        if _THEIRS_AFTER.match(text[match.end() :]) or _PAST_AFTER.match(text[match.end() :]):
            continue
        found = parse_person_age(match[0])
        if found is not None and found[0] is not None:
            return (found[0], MAX_AGE if found[1] is None else found[1])
    for college in _COLLEGE_YEAR.finditer(text):
        if not is_family(spans, college.start()):
            first = 17 + int(college["year"])  # 大学1年: 18 or 19
            return (first, MAX_AGE)  # (a 社会人学生 may be older)
    return None


def years_within(
    band: tuple[int, int] | None, noted: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The years both say (the note's alone with no band); the band's when they disagree."""
    if noted is None:
        return band
    if band is None:
        return noted
    low, high = max(band[0], noted[0]), min(band[1], noted[1])
    return (low, high) if low <= high else band
