"""対象年齢: a listing's age range, read from how organizers write it, and written back.

Organizers write ages as school stages (小学生, 中高生), ranges (15〜39歳, 10代・20代) or one
open end (65歳以上, 18歳まで). ``parse_age_range`` turns such text into whole years
``(minimum, maximum)``, either end open (None), or returns None when it does not understand
the text (the form then asks again; nothing is guessed). Several phrases joined by ・、と or
から are one range covering them all: 「小学5年生から中学生」 is 10〜15歳.

School stages use the ages pupils have during the school year (小学生 6〜12, 中学生 12〜15,
高校生 15〜18), so a range is generous at its ends rather than strict.
"""

from __future__ import annotations

import re
import unicodedata

AgeRange = tuple[int | None, int | None]
MAX_AGE = 120

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
    for part in parts:
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


def describe_age_range(low: int | None, high: int | None) -> str:
    """(15, 39) → 「15〜39歳」, (65, None) → 「65歳以上」; no limit → 「」."""
    if low is None and high is None:
        return ""
    if high is None:
        return f"{low}歳以上"
    if low is None or low == 0:
        return f"{high}歳以下"
    if low == high:
        return f"{low}歳"
    return f"{low}〜{high}歳"


def overlaps(age_range: AgeRange, low: int, high: int) -> bool:
    """Whether someone aged between ``low`` and ``high`` may fall in the range."""
    min_age, max_age = age_range
    return (min_age is None or high >= min_age) and (max_age is None or low <= max_age)
