"""Meeting schedules: free Japanese text ⇄ structured recurrence ⇄ next dates.

Organisers describe when their activity meets in free Japanese
("毎週水曜日 14:00〜16:00（祝日は休み）").  This module turns that text into a
:class:`ScheduleSpec`, renders a spec back as canonical Japanese, and computes
the next dates the activity meets.  It is pure: no Flask, no database, only the
standard library and ``holidays`` (for Japanese national holidays).

Main design decision — a tokenizer, not a grammar.  The text is NFKC-normalised
(full-width digits, colons and brackets become ASCII) into a working copy that
keeps an offset map back into the original, so every note and every fragment we
fail to understand is stored *verbatim* as the organiser typed it.  One master
regex, built from a table of token patterns, finds schedule tokens anywhere in
the text (weekday lists, "第N" rules, dates, times, closures, remarks…); the
text between tokens is either filler (に, は, 開催 …) or is kept in
``unparsed``, which flags the spec for review.  Lists are matched by the token
patterns themselves, which is why "・" and "、" inside "月・木" or "第1、第3水曜日"
mean "and" while the same characters between two clauses merely separate them.

Tokens are assembled by a small state machine around *groups*: consecutive day
selectors (each becomes one :class:`Rule`) collect until a time range closes
them, and that time applies to the whole group ("毎週月曜、第3土曜 10:00〜12:00"
gives both rules the time).  A second time right after a closed group repeats
the group ("毎週水曜日 10:00〜12:00、13:00〜15:00" → two rules).  ``/`` ``;`` ``。``
and newlines end a group without a time.

The canonical output of :func:`format_schedule` is written in exactly the
language the parser reads, so ``parse_schedule(format_schedule(spec))``
reproduces every structured spec; a rule without times is followed by "／"
rather than "、" so that a later time cannot be attached to it.

Interpretation choices (each one a deliberate, documented decision):

* "平日" means Monday to Friday *excluding national holidays*, as it does in
  Japanese administrative usage, so it also sets ``closed_on_holidays``.
  "月〜金" is taken literally (national holidays are not skipped).
* Vague periods (午前中, 午後, 夕方, 終日 …) are kept as notes, not invented
  TimeRanges: "午後" does not tell us when the activity starts.
* Remarks: a ``（…）`` group, ``【…】`` group or clause that contains a known
  remark keyword (雨天, 要予約, 先着, 夏休み, 詳細, 問い合わせ, 受付, 参加費 …), and
  everything after "※" up to the end of the line, are notes.  A bare remark runs
  from its keyword to the next separator or space; unknown words directly next
  to it (no separator between) are absorbed into it.  Schedule tokens are never
  absorbed.  Anything else we do not understand goes to ``unparsed``.
* Dates written without a year ("12月20日（日）") are resolved against a
  reference day (``today``, default :meth:`date.today`): the weekday written
  next to the date picks the year when given, otherwise the next such date on
  or after ``today``.  :func:`format_schedule` omits the year exactly when that
  resolution gives the same date back.
* An end time earlier than the start is read as afternoon when that makes a
  sensible range ("12時〜1時" → 12:00〜13:00); "午後" before the start also
  applies to the end unless the end has its own 午前/午後.
* A frequency next to a bare weekday names the day ("月2回（水曜日）" is one
  IRREGULAR rule on Wednesdays); next to a monthly rule it is redundant and
  dropped ("月1回 第3土曜日" is just the 第3土曜日 rule).
* Kanji numerals where a number is expected (第二, 三回, 十時) and 令和 years
  are read as numbers; the notes still show them as written.
* A spec that needs review computes no dates (``has_dates`` is False): the part
  we did not understand ("奇数月の", "学校のある日") may restrict them, and a
  wrong "次回" date on a public listing is worse than none.  For the same
  reason :func:`format_schedule` shows such a spec as the organiser wrote it.
* ``weekday_mask`` bit 7 (holidays) is set only for rules that explicitly meet
  on holidays ("土日祝"), and never when the spec is closed on holidays.
  A day-of-month rule can fall on any weekday, so it sets all seven bits.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, Final

import holidays as holidays_lib

__all__ = [
    "WEEKDAY_LABELS",
    "ClosedPeriod",
    "Occurrence",
    "Rule",
    "RuleKind",
    "ScheduleSpec",
    "TimeRange",
    "format_occurrence",
    "format_schedule",
    "is_holiday",
    "next_occurrences",
    "parse_schedule",
    "spec_from_dict",
    "spec_to_dict",
    "weekday_mask",
]

WEEKDAY_LABELS: tuple[str, ...] = ("月", "火", "水", "木", "金", "土", "日")  # 0 = Monday

HOLIDAY_BIT: Final = 1 << 7
SPEC_VERSION: Final = 1
_VALID_NTH: Final = frozenset({1, 2, 3, 4, 5, -1})


# ---------------------------------------------------------------------------
# Public value types
# ---------------------------------------------------------------------------


class RuleKind(StrEnum):
    WEEKLY = "weekly"  # 毎週水曜 / 隔週金曜 (interval_weeks=2) / 平日 / 土日祝
    MONTHLY_NTH = "monthly_nth"  # 第2・第4土曜 / 毎月第3日曜 / 最終金曜 (nth=-1)
    MONTHLY_DAY = "monthly_day"  # 毎月15日 / 毎月10日・25日
    DATES = "dates"  # 12月20日（日） / 2026年12月5日 — specific dates
    IRREGULAR = "irregular"  # 月1回（不定期） / 月2回 / 年4回 — no computable dates


@dataclass(frozen=True)
class TimeRange:
    start: time | None = None
    end: time | None = None


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    weekdays: tuple[int, ...] = ()  # sorted unique, 0=Mon..6=Sun (WEEKLY, MONTHLY_NTH)
    holidays: bool = False  # also meets on national holidays (土日祝)
    interval_weeks: int = 1  # 2 = 隔週
    anchor: date | None = None  # one date a 隔週 rule meets, when the text says
    nth: tuple[int, ...] = ()  # sorted; 1..5, -1 = 最終 (MONTHLY_NTH)
    days: tuple[int, ...] = ()  # days of month (MONTHLY_DAY)
    dates: tuple[date, ...] = ()  # DATES
    per_month: int | None = None  # IRREGULAR: 月1回 → 1
    per_year: int | None = None  # IRREGULAR: 年4回 → 4
    times: TimeRange | None = None


@dataclass(frozen=True)
class ClosedPeriod:
    """A yearly closure, e.g. 12月29日～1月3日 (may wrap the year end).

    A whole month is a closure too: 8月は休み → (8,1)-(8,31).
    """

    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]


@dataclass(frozen=True)
class ScheduleSpec:
    rules: tuple[Rule, ...] = ()
    closed_on_holidays: bool = False
    closed_periods: tuple[ClosedPeriod, ...] = ()
    notes: tuple[str, ...] = ()  # recognised remarks kept verbatim
    unparsed: tuple[str, ...] = ()  # fragments not understood, verbatim
    original: str = ""

    @property
    def needs_review(self) -> bool:
        """True when something was not understood, or text was given but no rule found."""
        return bool(self.unparsed) or (bool(self.original.strip()) and not self.rules)

    @property
    def has_dates(self) -> bool:
        """True when :func:`next_occurrences` can compute dates.

        Never while a fragment is unparsed: "奇数月の" or "学校のある日" may
        restrict the dates, and a wrong "次回" date is worse than none.
        """
        return not self.unparsed and any(_rule_has_dates(rule) for rule in self.rules)


@dataclass(frozen=True)
class Occurrence:
    day: date
    start: time | None
    end: time | None


# ---------------------------------------------------------------------------
# Normalisation: NFKC working copy with an offset map back into the original
# ---------------------------------------------------------------------------

# Characters NFKC composes with the preceding character (combining marks and the
# half-width voiced sound marks), so a cluster is normalised as a unit.
_HALFWIDTH_VOICING: Final = frozenset("\uff9e\uff9f")

_KANJI_DIGITS: Final = {
    "〇": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Kanji numerals are rewritten only where a number is expected (第二, 三回,
# 十時, 月一回 …): converting them everywhere would turn 一時休止 into "1時".
_KANJI_NUMBER_RE: Final = re.compile(
    r"(?:(?<=[第・、と])|(?<=[月年]に)|(?<=[月年]))"
    r"(?P<a>[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"|(?P<b>[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"(?=[回度年月日週分]|時(?![間休的期]))"
)


@dataclass(frozen=True)
class _Normalised:
    """NFKC text plus, for every index (and one past the end), the original index."""

    text: str
    origin: tuple[int, ...]


def _normalise(original: str) -> _Normalised:
    chars: list[str] = []
    origin: list[int] = []
    index = 0
    while index < len(original):
        end = index + 1
        while end < len(original) and (
            unicodedata.combining(original[end]) or original[end] in _HALFWIDTH_VOICING
        ):
            end += 1
        piece = unicodedata.normalize("NFKC", original[index:end])
        chars.append(piece)
        origin.extend([index] * len(piece))
        index = end
    origin.append(len(original))
    norm = _Normalised("".join(chars), tuple(origin))
    for pattern, replacement in _REWRITES:
        norm = _rewrite(norm, pattern, replacement)
    return norm


def _kanji_value(numeral: str) -> int:
    if "十" not in numeral:
        return _KANJI_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def _kanji_number(match: re.Match[str]) -> str:
    return str(_kanji_value(match.group("a") or match.group("b")))


def _reiwa_year(match: re.Match[str]) -> str:
    year = match.group("year")
    return f"{2018 + (1 if year == '元' else int(year))}年"


# Rewrites of the working copy, in order (令和八年 → 令和8年 → 2026年).
_REWRITES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (_KANJI_NUMBER_RE, _kanji_number),
    (re.compile(r"令和\s*(?P<year>元|[0-9]{1,2})\s*年"), _reiwa_year),
)


def _rewrite(
    norm: _Normalised, pattern: re.Pattern[str], replacement: Callable[[re.Match[str]], str]
) -> _Normalised:
    """Replace matches in the working copy, keeping the offset map consistent."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in pattern.finditer(norm.text):
        pieces.append(norm.text[last : match.start()])
        origin.extend(norm.origin[last : match.start()])
        new = replacement(match)
        pieces.append(new)
        origin.extend([norm.origin[match.start()]] * len(new))
        last = match.end()
    if last == 0:
        return norm
    pieces.append(norm.text[last:])
    origin.extend(norm.origin[last:])
    return _Normalised("".join(pieces), tuple(origin))


# ---------------------------------------------------------------------------
# Regex building blocks (all patterns run on the NFKC text)
# ---------------------------------------------------------------------------

_DASHES: Final = "〜~\\-−‐ー―–—"
_RANGE: Final = rf"\s*(?:[{_DASHES}]|から)\s*"
_LIST_SEP: Final = r"\s*(?:[・、,]|と|および|及び)\s*"
_WD: Final = "[月火水木金土日]"
_WD_SINGLE: Final = rf"{_WD}(?:曜日?)?"
_WD_SPAN: Final = rf"{_WD_SINGLE}(?:\s*[{_DASHES}]\s*{_WD_SINGLE})?"
_SET_WORD: Final = "毎週末|週末|平日|毎日|土日"
_CLOSE_VERB: Final = (
    r"\s*(?:まで)?\s*(?:は|を|も)?\s*"
    r"(?:お休み|休み|休館|休会|休業|休止|休講|閉館|除く|除き|除いて|のぞく|なし|中止|休)"
)
# 祝日 is a list item ("土日祝") unless it is what the activity closes on.
_HOLIDAY_WORD: Final = "(?:国民の)?祝(?:祭)?日?"
_HOLIDAY_ITEM: Final = rf"{_HOLIDAY_WORD}(?!{_CLOSE_VERB})"
_WD_ITEM: Final = rf"(?:{_SET_WORD}|{_WD_SPAN}|{_HOLIDAY_ITEM})"
_WD_MORE: Final = rf"(?:(?:{_LIST_SEP}|(?=祝)){_WD_ITEM})*"
_WD_LIST: Final = rf"(?:{_SET_WORD}|{_WD_SPAN}){_WD_MORE}"
_MER: Final = r"(?:午前|午後|[AaPp]\.?[Mm]\.?|朝|夕方|夜)"
_TIME_AHEAD: Final = rf"\s*(?:[0-9]{{1,2}}(?::|時(?!間))|{_MER}\s*[0-9]|正午)"
_ANNOTATION: Final = rf"\s*\(\s*(?P<ann>{_WD})(?:曜日?)?(?:\s*[・,、]?\s*祝日?)?\s*\)"
_MD: Final = r"(?:[0-9]{1,2}月\s*[0-9]{1,2}日|(?<![0-9:/])[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))"
_NOTE_KEYWORDS: Final = (
    "雨天|荒天|悪天候|天候|雨の日|雨の場合|要予約|予約|要申込|申込|申し込み|先着|定員|"
    "問い合わせ|問合せ|問合わせ|詳細|詳しく|夏休み|冬休み|春休み|長期休暇|時間変更|変更|"
    "場合|受付|参加費|会費|無料|有料|材料費|持ち物|持参|途中参加|出入り自由|出入自由|"
    "見学|随時|初回|初めて|都合により|状況により|感染|当面|休止中|年度|相談|集合|予定|"
    # durations ("うち2時間ほど") and seasonal variations ("7・8月は8時から") are remarks
    r"[0-9]{1,2}時間|[0-9]{1,2}(?:[・、][0-9]{1,2})*月は(?!\s*(?:お?休|除|のぞ|なし|中止|閉館))"
)
_NOTE_KEYWORD_RE: Final = re.compile(_NOTE_KEYWORDS)
_NESTED_PAREN: Final = r"\((?:[^()]|\([^()]*\))*\)"


def _uncaptured(pattern: str) -> str:
    """The same pattern without named groups, for embedding in the master regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _clock(tag: str) -> str:
    """One clock time ("14:00", "10時半", "午後1時", "正午"), groups prefixed by tag."""
    return (
        rf"(?:(?P<{tag}mer>{_MER})\s*)?"
        rf"(?:(?P<{tag}noon>正午)"
        rf"|(?P<{tag}h>[0-9]{{1,2}}):(?P<{tag}m>[0-9]{{2}})"
        rf"|(?P<{tag}hh>[0-9]{{1,2}})時(?!間)(?:(?P<{tag}mm>[0-9]{{1,2}})分|(?P<{tag}half>半))?)"
        r"(?:頃|ごろ)?"
    )


# "10〜12時": a bare start hour is a time only when the end says 時.
_BARE_START: Final = (
    rf"(?:(?P<bmer>{_MER})\s*)?(?P<bh>[0-9]{{1,2}})"
    rf"(?={_RANGE}(?:{_MER}\s*)?[0-9]{{1,2}}時)"
)
_TIME_PATTERN: Final = (
    rf"(?:{_clock('s')}|{_BARE_START})(?P<rng>{_RANGE}(?:{_clock('e')})?)?(?P<until>\s*まで)?"
    rf"|[{_DASHES}]\s*{_clock('t')}(?:\s*まで)?"
)
_DATE_ITEM: Final = (
    rf"(?:(?:[0-9]{{4}}年\s*)?[0-9]{{1,2}}月\s*[0-9]{{1,2}}日"
    rf"|(?<![0-9:/])(?:[0-9]{{4}}/)?[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9/]))"
    rf"(?:{_uncaptured(_ANNOTATION)})?"
)
_CLOSE_ITEM: Final = (
    rf"(?:{_HOLIDAY_WORD}|年末年始|お盆|{_MD}(?:{_RANGE}(?:{_MD}|[0-9]{{1,2}}日))?"
    rf"|[0-9]{{1,2}}月(?![0-9])(?:{_RANGE}[0-9]{{1,2}}月(?![0-9]))?"
    rf"|[0-9]{{1,2}}(?:{_RANGE}|{_LIST_SEP})[0-9]{{1,2}}月(?![0-9])"
    rf"|{_SET_WORD}|{_WD}曜日?)"
)
_NTH_LIST: Final = rf"(?:第[0-9]|最終|最後)(?:{_LIST_SEP}(?:第?[0-9]|最終|最後))*"
_NTH_WEEKDAYS: Final = rf"(?:土日|{_WD_SPAN})(?:{_LIST_SEP}(?:土日|{_WD_SPAN}))*"

# The token table: order matters where two patterns can start at the same place
# (a closure "土日祝は休み" must win over the weekday list "土日祝").
_TOKEN_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("remark", r"※[^\n]*"),
    ("paren", rf"{_NESTED_PAREN}|【[^【】]*】"),
    ("closure", rf"{_CLOSE_ITEM}(?:(?:{_LIST_SEP}|(?=祝)){_CLOSE_ITEM})*{_CLOSE_VERB}"),
    ("anchor", rf"{_DATE_ITEM}\s*(?:から|より|開始|スタート|[〜~](?!\s*[0-9]))"),
    (
        "nth",
        rf"(?:毎月\s*)?(?P<nth>{_NTH_LIST})\s*(?:週目?\s*の?\s*)?"
        rf"(?:\((?P<pwd>{_NTH_WEEKDAYS})\)|(?P<wd>{_NTH_WEEKDAYS}))",
    ),
    ("monthday", rf"毎月\s*(?:[0-9]{{1,2}}日?{_LIST_SEP})*[0-9]{{1,2}}日(?!曜)"),
    (
        "dates",
        rf"{_DATE_ITEM}(?:{_LIST_SEP}(?:{_DATE_ITEM}|[0-9]{{1,2}}日(?:{_uncaptured(_ANNOTATION)})?))*",
    ),
    (
        "freq",
        r"(?:(?<![0-9])(?:毎月|月に?)|(?:毎年|年に?))\s*[0-9]{1,3}\s*(?:回|度)(?:程度|くらい|ぐらい|ほど)?",
    ),
    ("weekfreq", r"(?:毎週|週に?)\s*[0-9]\s*(?:回|度)(?:程度)?"),
    ("irregular", r"不定期(?:開催|で開催|に開催)?"),
    ("time", _TIME_PATTERN),
    (
        "weekly",
        rf"(?P<prefix>毎週|隔週|[0-9]週(?:間)?(?:ごと|毎)(?:に|の)?)\s*"
        rf"(?:\((?P<plist>{_WD_LIST})\)|(?P<list>{_WD_LIST}))"
        rf"|(?P<setlist>(?:{_SET_WORD}){_WD_MORE})"
        rf"|(?<![0-9毎隔第今来先前翌同])(?P<bare>{_WD}曜日?(?:\s*[{_DASHES}]\s*{_WD_SINGLE})?{_WD_MORE}"
        rf"|{_WD}(?:\s*[{_DASHES}]\s*{_WD_SINGLE}|{_LIST_SEP}{_WD_ITEM}){_WD_MORE}"
        rf"|{_WD}(?={_TIME_AHEAD}))",
    ),
    (
        "vague",
        r"(?:午前中|午前|午後|夕方|夜間|日中|終日|昼間)"
        rf"(?=$|[\s、,;/。()・{_DASHES}]|から|まで|の部|のみ|に|は|で)",
    ),
    ("hardsep", r"[;/。\n\r]"),
    (
        "note",
        rf"(?:{_NOTE_KEYWORDS})(?:[^\s、。,;/\n()]|(?<=[0-9])/(?=[0-9])|{_NESTED_PAREN})*",
    ),
)

_MASTER_RE: Final = re.compile(
    "|".join(f"(?P<{name}>{_uncaptured(pattern)})" for name, pattern in _TOKEN_PATTERNS)
)
_DETAIL_RE: Final = {name: re.compile(pattern) for name, pattern in _TOKEN_PATTERNS}

_WD_ITEM_RE: Final = re.compile(
    rf"(?P<set>{_SET_WORD})|(?P<hol>{_HOLIDAY_WORD})"
    rf"|(?P<a>{_WD})(?:曜日?)?(?:\s*[{_DASHES}]\s*(?P<b>{_WD})(?:曜日?)?)?"
)
_WD_ONLY_RE: Final = re.compile(rf"\s*{_WD_ITEM}{_WD_MORE}\s*")
_NTH_ITEM_RE: Final = re.compile(r"(?P<n>[0-9])|最終|最後")
_NUMBER_RE: Final = re.compile(r"[0-9]+")
_DATE_DETAIL_RE: Final = re.compile(
    r"(?:(?P<y>[0-9]{4})年\s*)?(?:(?P<m>[0-9]{1,2})月\s*)?(?P<d>[0-9]{1,2})日"
    r"|(?:(?P<y2>[0-9]{4})/)?(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})"
)
_ANNOTATION_RE: Final = re.compile(_ANNOTATION)
_CLOSE_ITEM_RE: Final = re.compile(
    rf"(?P<hol>{_HOLIDAY_WORD})|(?P<yearend>年末年始)|(?P<obon>お盆)"
    rf"|(?P<md1>{_MD})(?:{_RANGE}(?:(?P<md2>{_MD})|(?P<d2>[0-9]{{1,2}})日))?"
    rf"|(?P<mo1>[0-9]{{1,2}})月(?![0-9])(?:{_RANGE}(?P<mo2>[0-9]{{1,2}})月(?![0-9]))?"
    rf"|(?P<mo3>[0-9]{{1,2}})(?:(?P<mrange>{_RANGE})|{_LIST_SEP})(?P<mo4>[0-9]{{1,2}})月(?![0-9])"
    rf"|(?P<wd>{_SET_WORD}|{_WD}曜日?)"
)
_MONTH_DAY_RE: Final = re.compile(r"(?P<m>[0-9]{1,2})(?:月\s*|/)(?P<d>[0-9]{1,2})")
_TOP_LEVEL_SPLIT: Final = frozenset("、,;")
_GAP_SPLIT_RE: Final = re.compile(r"[、,;/。\n\r・]+")
_FILLER_RE: Final = re.compile(
    r"(?:\s|[:・]|日時|日程|開催日時|開催日|活動日時|活動日|開催時間|活動時間|時間|曜日|"
    r"に|は|の|で|と|を|も|が|から|まで|より|開催|実施|活動|しています|しております|"
    r"します|行います|です|ます|頃|ごろ|前後|程度|など)+"
)


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------


@dataclass
class _Draft:
    """A rule under construction; mutable until the assembler freezes it."""

    kind: RuleKind
    start: int  # offsets in the normalised text, for error reporting
    end: int
    weekdays: set[int] = field(default_factory=set)
    holidays: bool = False
    interval: int = 1
    anchor: _DateRef | None = None
    nth: set[int] = field(default_factory=set)
    days: set[int] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)
    per_month: int | None = None
    per_year: int | None = None
    times: TimeRange | None = None
    bare: bool = False  # a weekday list without 毎週/隔週: next to "月1回" it only names the day

    def copy(self) -> _Draft:
        return dataclasses.replace(
            self,
            weekdays=set(self.weekdays),
            nth=set(self.nth),
            days=set(self.days),
            dates=set(self.dates),
        )


@dataclass(frozen=True)
class _DateRef:
    year: int | None
    month: int
    day: int


@dataclass(frozen=True)
class _Selector:
    start: int
    end: int
    draft: _Draft
    from_paren: bool = False
    closes_holidays: bool = False  # 平日


@dataclass(frozen=True)
class _Times:
    start: int
    end: int
    times: TimeRange
    in_brackets: bool = False  # "（15:30集合）" adds no session of its own


@dataclass(frozen=True)
class _Freq:
    start: int
    end: int
    per_month: int | None
    per_year: int | None


@dataclass(frozen=True)
class _WeekFreq:
    start: int
    end: int


@dataclass(frozen=True)
class _IrregularMark:
    start: int
    end: int
    in_brackets: bool = False


@dataclass(frozen=True)
class _Closure:
    start: int
    end: int
    holidays: bool
    periods: tuple[ClosedPeriod, ...]
    weekdays: frozenset[int]


@dataclass(frozen=True)
class _Anchor:
    start: int
    end: int
    ref: _DateRef


@dataclass(frozen=True)
class _Note:
    start: int
    end: int
    text: str
    absorbent: bool = False  # a bare remark that swallows adjacent unknown words


@dataclass(frozen=True)
class _Unparsed:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _HardSep:
    start: int
    end: int


_Token = (
    _Selector
    | _Times
    | _Freq
    | _WeekFreq
    | _IrregularMark
    | _Closure
    | _Anchor
    | _Note
    | _Unparsed
    | _HardSep
)


# ---------------------------------------------------------------------------
# Small value helpers
# ---------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_length(month: int) -> int:
    """Longest length of the month in any year (29 for February, so leap days count)."""
    return 29 if month == 2 else (date(2001, month % 12 + 1, 1) - timedelta(days=1)).day


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _month_length(month)


def _resolve_yearless(
    month: int, day: int, today: date, weekdays: Collection[int] | None
) -> date | None:
    """The date a yearless "M月D日" means, seen from today.

    With weekdays (the weekday written next to the date, or the weekdays of the
    隔週 rule an anchor belongs to) the year where the date falls on one of them
    wins, the first such on/after today, else the latest before it.  Without,
    the next such date on/after today.  Shared by parsing and formatting so
    that formatting can drop the year exactly when parsing will restore it.
    """
    if not weekdays:
        for year in range(today.year, min(today.year + 9, date.max.year + 1)):
            found = _safe_date(year, month, day)
            if found is not None and found >= today:
                return found
        return None
    years = range(max(today.year - 1, date.min.year), min(today.year + 2, date.max.year + 1))
    candidates = [
        found
        for year in years
        if (found := _safe_date(year, month, day)) is not None and found.weekday() in weekdays
    ]
    upcoming = [found for found in candidates if found >= today]
    if upcoming:
        return min(upcoming)
    return max(candidates) if candidates else None


def _weekday_items(text: str) -> tuple[set[int], bool]:
    """The weekdays of a matched weekday list, and whether it includes 祝日."""
    weekdays: set[int] = set()
    holidays = False
    for item in _WD_ITEM_RE.finditer(text):
        if item.group("set"):
            weekdays |= _SET_WORD_DAYS[item.group("set")]
        elif item.group("hol"):
            holidays = True
        else:
            weekdays |= _weekday_span(item.group("a"), item.group("b"))
    return weekdays, holidays


_SET_WORD_DAYS: Final = {
    "平日": frozenset(range(5)),
    "毎日": frozenset(range(7)),
    "土日": frozenset({5, 6}),
    "週末": frozenset({5, 6}),
    "毎週末": frozenset({5, 6}),
}


def _weekday_span(first: str, last: str | None) -> set[int]:
    start = WEEKDAY_LABELS.index(first)
    if last is None:
        return {start}
    stop = WEEKDAY_LABELS.index(last)
    return {(start + offset) % 7 for offset in range((stop - start) % 7 + 1)}


# ---------------------------------------------------------------------------
# Token detail parsers: matched token text → token (None when values are invalid)
# ---------------------------------------------------------------------------


def _clock_value(match: re.Match[str], tag: str) -> tuple[time, bool] | None:
    """(time, has its own meridiem) for the clock with this tag, None if invalid."""
    meridiem = match.group(f"{tag}mer")
    if match.group(f"{tag}noon"):
        return time(12, 0), True
    if match.group(f"{tag}h") is not None:
        hour, minute = int(match.group(f"{tag}h")), int(match.group(f"{tag}m"))
    else:
        hour = int(match.group(f"{tag}hh"))
        minute = 30 if match.group(f"{tag}half") else int(match.group(f"{tag}mm") or 0)
    hour = _apply_meridiem(hour, meridiem)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute), meridiem is not None


def _is_pm(meridiem: str | None) -> bool:
    return meridiem is not None and meridiem.lower().startswith(("午後", "p", "夕", "夜"))


def _apply_meridiem(hour: int, meridiem: str | None) -> int:
    if _is_pm(meridiem) and hour < 12:
        return hour + 12
    return hour


def _parse_time(match: re.Match[str]) -> TimeRange | None:
    if match.group("tmer") or match.group("tnoon") or match.group("th") or match.group("thh"):
        end = _clock_value(match, "t")  # "〜15:00": end only
        return None if end is None else TimeRange(None, end[0])
    meridiem = match.group("bmer") or match.group("smer")
    first = _start_clock(match)
    if first is None:
        return None
    has_end = bool(match.group("enoon") or match.group("eh") or match.group("ehh"))
    if not has_end:
        if match.group("until") and not match.group("rng"):
            return TimeRange(None, first[0])  # "12時まで"
        return TimeRange(first[0], None)
    second = _clock_value(match, "e")
    if second is None:
        return None
    return TimeRange(first[0], _adjust_end(first[0], second[0], second[1], meridiem))


def _start_clock(match: re.Match[str]) -> tuple[time, bool] | None:
    if match.group("bh") is None:
        return _clock_value(match, "s")
    meridiem = match.group("bmer")  # "10〜12時": an hour without 時
    hour = _apply_meridiem(int(match.group("bh")), meridiem)
    return (time(hour, 0), meridiem is not None) if hour <= 23 else None


def _adjust_end(start: time, end: time, end_has_meridiem: bool, start_meridiem: str | None) -> time:
    """午後 before the start carries over to the end; "12時〜1時" ends at 13:00."""
    if end_has_meridiem or end.hour >= 12:
        return end
    if _is_pm(start_meridiem) or (end < start and time(end.hour + 12, end.minute) > start):
        return time(end.hour + 12, end.minute)
    return end


def _parse_date_items(text: str, today: date) -> tuple[set[date], bool] | None:
    """Dates in a DATES token, and whether a written weekday contradicted one."""
    found: set[date] = set()
    mismatch = False
    year: int | None = None
    month: int | None = None
    for item in _DATE_DETAIL_RE.finditer(text):
        year_text = item.group("y") or item.group("y2")
        month_text = item.group("m") or item.group("m2")
        year = int(year_text) if year_text else (year if month_text is None else None)
        month = int(month_text) if month_text else month
        if month is None:
            return None
        day = int(item.group("d") or item.group("d2"))
        annotation = _ANNOTATION_RE.match(text, item.end())
        weekday = WEEKDAY_LABELS.index(annotation.group("ann")) if annotation else None
        resolved = _resolve_date(year, month, day, weekday, today)
        if resolved is None:
            return None
        found.add(resolved[0])
        mismatch = mismatch or resolved[1]
    return found, mismatch


def _resolve_date(
    year: int | None, month: int, day: int, weekday: int | None, today: date
) -> tuple[date, bool] | None:
    """(date, written weekday contradicts it)."""
    if year is not None:
        exact = _safe_date(year, month, day) if year >= 1 else None
        return (
            None if exact is None else (exact, weekday is not None and exact.weekday() != weekday)
        )
    if weekday is not None:
        annotated = _resolve_yearless(month, day, today, (weekday,))
        if annotated is not None:
            return annotated, False
    plain = _resolve_yearless(month, day, today, None)
    return None if plain is None else (plain, weekday is not None)


def _date_ref(text: str) -> _DateRef | None:
    """The first "[YYYY年]M月D日" or "[YYYY/]M/D" in text, if it is a real date."""
    item = _DATE_DETAIL_RE.search(text)
    month_text = item and (item.group("m") or item.group("m2"))
    if item is None or not month_text:
        return None
    year_text = item.group("y") or item.group("y2")
    ref = _DateRef(
        int(year_text) if year_text else None,
        int(month_text),
        int(item.group("d") or item.group("d2")),
    )
    if not _valid_month_day(ref.month, ref.day):
        return None
    if ref.year is not None and _safe_date(ref.year, ref.month, ref.day) is None:
        return None
    return ref


def _parse_closure_items(text: str) -> _Closure | None:
    holidays = False
    periods: list[ClosedPeriod] = []
    weekdays: set[int] = set()
    for item in _CLOSE_ITEM_RE.finditer(text):
        if item.group("hol"):
            holidays = True
        elif item.group("yearend"):
            periods.append(ClosedPeriod((12, 29), (1, 3)))
        elif item.group("obon"):
            periods.append(ClosedPeriod((8, 13), (8, 16)))
        elif item.group("wd"):
            weekdays |= _weekday_items(item.group("wd"))[0]
        else:
            new = _closure_period(item)
            if new is None:
                return None
            periods.extend(new)
    return _Closure(0, 0, holidays, tuple(periods), frozenset(weekdays))


def _closure_period(item: re.Match[str]) -> list[ClosedPeriod] | None:
    if item.group("md1"):
        first = _month_day(item.group("md1"))
        if item.group("md2"):
            last = _month_day(item.group("md2"))
        elif item.group("d2") and first is not None:
            last = (first[0], int(item.group("d2")))
        else:
            last = first
        if first is None or last is None or not _valid_month_day(*last):
            return None
        return [ClosedPeriod(first, last)]
    if item.group("mo3"):
        first_month, last_month = int(item.group("mo3")), int(item.group("mo4"))
        if item.group("mrange") is None:  # "1・2月": two separate months
            return _whole_months([(first_month, first_month), (last_month, last_month)])
        return _whole_months([(first_month, last_month)])
    first_month = int(item.group("mo1"))
    last_month = int(item.group("mo2") or first_month)
    return _whole_months([(first_month, last_month)])


def _whole_months(spans: list[tuple[int, int]]) -> list[ClosedPeriod] | None:
    if not all(1 <= month <= 12 for span in spans for month in span):
        return None
    return [ClosedPeriod((first, 1), (last, _month_length(last))) for first, last in spans]


def _month_day(text: str) -> tuple[int, int] | None:
    match = _MONTH_DAY_RE.search(text)
    if match is None:
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    return (month, day) if _valid_month_day(month, day) else None


# ---------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------


# A token handler gets the detail match and the token's span; None means the
# values are invalid (31月, 第7), so the token text is kept as unparsed.
_Handler = Callable[[re.Match[str], int, int], list[_Token] | None]


class _Tokenizer:
    """Turns the normalised text into tokens; text between tokens is filler or unparsed."""

    def __init__(self, original: str, norm: _Normalised, today: date) -> None:
        self._original = original
        self._text = norm.text
        self._origin = norm.origin
        self._today = today
        self._bracket_depth = 0
        self._handlers: dict[str, _Handler] = {
            "remark": self._remark,
            "paren": self._paren,
            "closure": self._closure,
            "anchor": self._anchor,
            "nth": self._nth,
            "monthday": self._monthday,
            "dates": self._dates,
            "freq": self._freq,
            "weekfreq": lambda _m, s, e: [_WeekFreq(s, e)],
            "irregular": lambda _m, s, e: [_IrregularMark(s, e, self._bracket_depth > 0)],
            "time": self._time,
            "weekly": self._weekly,
            "vague": lambda _m, s, e: [_Note(s, e, self.verbatim(s, e))],
            "hardsep": lambda _m, s, e: [_HardSep(s, e)],
            "note": lambda _m, s, e: [_Note(s, e, self.verbatim(s, e), absorbent=True)],
        }

    def verbatim(self, start: int, end: int) -> str:
        """The original text behind normalised [start, end), trimmed."""
        return self._original[self._origin[start] : self._origin[end]].strip()

    def tokenize(self, start: int, end: int) -> list[_Token]:
        tokens: list[_Token] = []
        pos = start
        while pos < end:
            match = _MASTER_RE.search(self._text, pos, end)
            if match is None or match.end() == match.start():
                break
            tokens.extend(self._gap(pos, match.start()))
            tokens.extend(self._token(match))
            pos = match.end()
        tokens.extend(self._gap(pos, end))
        return self._absorb_into_notes(tokens)

    def _token(self, match: re.Match[str]) -> list[_Token]:
        kind = match.lastgroup or ""
        start, end = match.start(), match.end()
        detail = _DETAIL_RE[kind].fullmatch(self._text, start, end)
        tokens = self._handlers[kind](detail, start, end) if detail is not None else None
        return [_Unparsed(start, end, self.verbatim(start, end))] if tokens is None else tokens

    def _gap(self, start: int, end: int) -> list[_Token]:
        """Unknown text between tokens: separators and filler vanish, the rest is kept."""
        tokens: list[_Token] = []
        pos = start
        for separator in [*_GAP_SPLIT_RE.finditer(self._text, start, end), None]:
            piece_end = separator.start() if separator else end
            piece = self._text[pos:piece_end]
            if piece.strip() and not _FILLER_RE.fullmatch(piece):
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                tokens.append(_Unparsed(pos + lead, pos + trail, self.verbatim(pos, piece_end)))
            if separator:
                pos = separator.end()
        return tokens

    def _absorb_into_notes(self, tokens: list[_Token]) -> list[_Token]:
        """Unknown words touching a bare remark (only spaces between) belong to it."""
        result: list[_Token] = []
        for token in tokens:
            previous = result[-1] if result else None
            touching = previous is not None and not self._text[previous.end : token.start].strip()
            if previous is not None and touching and _absorbs(previous, token):
                start = previous.start
                result[-1] = _Note(start, token.end, self.verbatim(start, token.end), True)
            else:
                result.append(token)
        return result

    # -- handlers ----------------------------------------------------------

    def _remark(self, _match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        text = self.verbatim(start + 1, end)
        return [_Note(start, end, text)] if text else [_HardSep(start, end)]

    def _paren(self, _match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        inner_start, inner_end = start + 1, end - 1
        content = self._text[inner_start:inner_end]
        if not content.strip():
            return [_HardSep(start, end)]
        if _WD_ONLY_RE.fullmatch(content):
            weekdays, holidays = _weekday_items(content)
            draft = _Draft(RuleKind.WEEKLY, start, end, weekdays, holidays, bare=True)
            return [
                _Selector(start, end, draft, from_paren=True, closes_holidays="平日" in content)
            ]
        self._bracket_depth += 1
        try:
            return self._bracket_content(inner_start, inner_end)
        finally:
            self._bracket_depth -= 1

    def _bracket_content(self, start: int, end: int) -> list[_Token]:
        """A bracket with a remark keyword in a part makes that part a note, verbatim."""
        parts = _split_top_level(self._text[start:end], start)
        if not any(_NOTE_KEYWORD_RE.search(self._text, s, e) for s, e in parts):
            return self.tokenize(start, end)
        tokens: list[_Token] = []
        for part_start, part_end in parts:
            if _NOTE_KEYWORD_RE.search(self._text, part_start, part_end):
                tokens.append(_Note(part_start, part_end, self.verbatim(part_start, part_end)))
            else:
                tokens.extend(self.tokenize(part_start, part_end))
        return tokens

    def _closure(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        closure = _parse_closure_items(match.group(0))
        if closure is None:
            return None
        return [dataclasses.replace(closure, start=start, end=end)]

    def _anchor(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        ref = _date_ref(match.group(0))
        return None if ref is None else [_Anchor(start, end, ref)]

    def _nth(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        nth = {
            int(item.group("n")) if item.group("n") else -1
            for item in _NTH_ITEM_RE.finditer(match.group("nth"))
        }
        if not nth <= _VALID_NTH:
            return None
        weekdays = _weekday_items(match.group("wd") or match.group("pwd"))[0]
        draft = _Draft(RuleKind.MONTHLY_NTH, start, end, weekdays, nth=nth)
        return [_Selector(start, end, draft)]

    def _monthday(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        days = {int(number) for number in _NUMBER_RE.findall(match.group(0))}
        if not all(1 <= day <= 31 for day in days):
            return None
        return [_Selector(start, end, _Draft(RuleKind.MONTHLY_DAY, start, end, days=days))]

    def _dates(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        parsed = _parse_date_items(match.group(0), self._today)
        if parsed is None:
            return None
        dates, mismatch = parsed
        tokens: list[_Token] = [
            _Selector(start, end, _Draft(RuleKind.DATES, start, end, dates=dates))
        ]
        if mismatch:  # a written weekday that contradicts its date needs a human
            tokens.append(_Unparsed(start, end, self.verbatim(start, end)))
        return tokens

    def _freq(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        count = int(_NUMBER_RE.findall(match.group(0))[0])
        yearly = "年" in match.group(0)
        if count < 1 or count > (365 if yearly else 31):
            return None
        return [_Freq(start, end, None if yearly else count, count if yearly else None)]

    def _time(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        times = _parse_time(match)
        return None if times is None else [_Times(start, end, times, self._bracket_depth > 0)]

    def _weekly(self, match: re.Match[str], start: int, end: int) -> list[_Token] | None:
        prefix = match.group("prefix")
        listed = (
            match.group("list")
            or match.group("plist")
            or match.group("setlist")
            or match.group("bare")
        )
        weekdays, holidays = _weekday_items(listed)
        interval = _interval(prefix)
        if interval is None:
            return None
        draft = _Draft(
            RuleKind.WEEKLY,
            start,
            end,
            weekdays,
            holidays,
            interval=interval,
            bare=prefix is None,
        )
        return [_Selector(start, end, draft, closes_holidays="平日" in listed)]


def _interval(prefix: str | None) -> int | None:
    if prefix is None or prefix == "毎週":
        return 1
    if prefix == "隔週":
        return 2
    weeks = int(_NUMBER_RE.findall(prefix)[0])
    return weeks if weeks >= 1 else None


def _split_top_level(content: str, offset: int) -> list[tuple[int, int]]:
    """Split (…) content at 、 , ; outside nested brackets, as absolute spans."""
    parts: list[tuple[int, int]] = []
    depth = 0
    part_start = 0
    for index, char in enumerate(content):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in _TOP_LEVEL_SPLIT:
            parts.append((offset + part_start, offset + index))
            part_start = index + 1
    parts.append((offset + part_start, offset + len(content)))
    return [(s, e) for s, e in parts if e > s]


def _absorbs(previous: _Token, token: _Token) -> bool:
    """Whether two neighbouring tokens are a bare remark and an unknown word."""
    return (isinstance(previous, _Unparsed) and isinstance(token, _Note) and token.absorbent) or (
        isinstance(previous, _Note) and previous.absorbent and isinstance(token, _Unparsed)
    )


# ---------------------------------------------------------------------------
# Assembler: tokens → spec
# ---------------------------------------------------------------------------


class _Assembler:
    """Groups selectors until a time closes them; applies closures, anchors, notes."""

    def __init__(self, tokenizer: _Tokenizer, today: date) -> None:
        self._tokenizer = tokenizer
        self._today = today
        self._rules: list[_Draft] = []
        self._group: list[_Draft] = []
        self._group_week_freq: list[_WeekFreq] = []
        self._last_timed: list[_Draft] = []
        self._last_flushed: list[_Draft] = []
        self._pending_time: _Times | None = None
        self._pending_anchors: list[_Anchor] = []
        self._previous: _Token | None = None
        self._closed_on_holidays = False
        self._periods: list[ClosedPeriod] = []
        self._notes: list[str] = []
        self._unparsed: list[str] = []

    def feed(self, token: _Token) -> None:
        match token:
            case _Selector():
                self._selector(token)
            case _Times():
                self._times(token)
            case _Freq():
                self._frequency(token)
            case _WeekFreq():
                self._group_week_freq.append(token)
            case _IrregularMark():
                self._irregular_mark(token)
            case _Closure():
                self._closure(token)
            case _Anchor():
                self._anchor(token)
            case _Note(text=text):
                self._notes.append(text)
            case _Unparsed(text=text):
                self._unparsed.append(text)
            case _HardSep():
                self._flush(None)
        self._previous = token

    def finish(self, original: str) -> ScheduleSpec:
        self._flush(None)
        for leftover in [self._pending_time, *self._pending_anchors]:
            if leftover is not None:
                self._unparsed.append(self._tokenizer.verbatim(leftover.start, leftover.end))
        rules = [rule for draft in self._rules if (rule := self._freeze(draft)) is not None]
        return ScheduleSpec(
            rules=tuple(rules),
            closed_on_holidays=self._closed_on_holidays,
            closed_periods=tuple(self._periods),
            notes=tuple(note for note in self._notes if note),
            unparsed=tuple(text for text in self._unparsed if text),
            original=original,
        )

    # -- token handlers ----------------------------------------------------

    def _selector(self, token: _Selector) -> None:
        if token.from_paren and isinstance(self._previous, _Selector):
            return  # "平日（月〜金）": the bracket only annotates the selector before it
        draft = token.draft
        if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and self._pending_anchors:
            draft.anchor = self._pending_anchors.pop(0).ref
        self._closed_on_holidays |= token.closes_holidays
        self._group.append(draft)

    def _frequency(self, token: _Freq) -> None:
        draft = _Draft(RuleKind.IRREGULAR, token.start, token.end)
        draft.per_month, draft.per_year = token.per_month, token.per_year
        self._group.append(draft)

    def _times(self, token: _Times) -> None:
        if self._group:
            self._flush(token.times)
        elif self._last_timed and not token.in_brackets:
            repeated = [draft.copy() for draft in self._last_timed]
            for draft in repeated:
                draft.times = token.times
            self._rules.extend(repeated)
        elif self._pending_time is None:
            self._pending_time = token
        else:
            self._unparsed.append(self._tokenizer.verbatim(token.start, token.end))

    def _irregular_mark(self, token: _IrregularMark) -> None:
        if any(draft.kind is RuleKind.IRREGULAR for draft in self._group):
            return
        follows_irregular = bool(self._rules) and self._rules[-1].kind is RuleKind.IRREGULAR
        if token.in_brackets and follows_irregular and not isinstance(self._previous, _HardSep):
            return  # "月1回 10:00〜（不定期）" still describes the same rule
        self._group.append(_Draft(RuleKind.IRREGULAR, token.start, token.end))

    def _closure(self, token: _Closure) -> None:
        self._closed_on_holidays |= token.holidays
        self._periods.extend(token.periods)
        if not token.weekdays:
            return
        targets = [
            draft
            for draft in (self._group or self._last_flushed)
            if draft.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
        ]
        if not targets:
            self._unparsed.append(self._tokenizer.verbatim(token.start, token.end))
        for draft in targets:  # "毎日（水曜日を除く）"
            draft.weekdays -= token.weekdays

    def _anchor(self, token: _Anchor) -> None:
        for draft in reversed([*self._rules, *self._group]):
            if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and draft.anchor is None:
                draft.anchor = token.ref
                return
        self._pending_anchors.append(token)

    # -- groups ------------------------------------------------------------

    def _flush(self, times: TimeRange | None) -> None:
        if not self._group:
            return
        if times is None and self._pending_time is not None:
            times, self._pending_time = self._pending_time.times, None
        drafts = _merge_dates(_fold_into_irregular(_drop_redundant_frequency(self._group)))
        if self._group_week_freq and not any(d.kind is RuleKind.WEEKLY for d in drafts):
            for week_freq in self._group_week_freq:  # "週1回" with no weekday says nothing usable
                self._unparsed.append(self._tokenizer.verbatim(week_freq.start, week_freq.end))
        for draft in drafts:
            draft.times = times
        self._rules.extend(drafts)
        self._last_flushed = drafts
        self._last_timed = drafts if times is not None else []
        self._group = []
        self._group_week_freq = []

    def _freeze(self, draft: _Draft) -> Rule | None:
        if draft.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and not (
            draft.weekdays or draft.holidays
        ):
            self._unparsed.append(self._tokenizer.verbatim(draft.start, draft.end))
            return None
        return Rule(
            kind=draft.kind,
            weekdays=tuple(sorted(draft.weekdays)),
            holidays=draft.holidays,
            interval_weeks=draft.interval,
            anchor=self._resolve_anchor(draft),
            nth=tuple(sorted(draft.nth)),
            days=tuple(sorted(draft.days)),
            dates=tuple(sorted(draft.dates)),
            per_month=draft.per_month,
            per_year=draft.per_year,
            times=draft.times,
        )

    def _resolve_anchor(self, draft: _Draft) -> date | None:
        ref = draft.anchor
        if ref is None:
            return None
        if ref.year is not None:
            return _safe_date(ref.year, ref.month, ref.day)
        return _resolve_yearless(
            ref.month, ref.day, self._today, draft.weekdays
        ) or _resolve_yearless(ref.month, ref.day, self._today, None)


def _drop_redundant_frequency(group: list[_Draft]) -> list[_Draft]:
    """Drop "月1回" before "第3土曜日": the monthly rule already says how often."""
    monthly = (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY, RuleKind.DATES)
    if not any(draft.kind in monthly for draft in group):
        return group
    return [d for d in group if d.kind is not RuleKind.IRREGULAR or d.per_month is None]


def _fold_into_irregular(group: list[_Draft]) -> list[_Draft]:
    """Fold bare weekdays into a frequency: "月1回 土曜日" names the day, not "every week"."""
    irregular = [draft for draft in group if draft.kind is RuleKind.IRREGULAR]
    if not irregular:
        return group
    result: list[_Draft] = []
    for index, draft in enumerate(group):
        if draft.kind is RuleKind.WEEKLY and draft.bare and draft.interval == 1:
            before = [d for d in group[:index] if d.kind is RuleKind.IRREGULAR]
            target = before[-1] if before else irregular[0]
            target.weekdays |= draft.weekdays
            target.holidays |= draft.holidays
        else:
            result.append(draft)
    return result


def _merge_dates(group: list[_Draft]) -> list[_Draft]:
    """Merge the dates of one group: "12月20日、1月17日 10:00〜" is one DATES rule."""
    result: list[_Draft] = []
    first_dates: _Draft | None = None
    for draft in group:
        if draft.kind is RuleKind.DATES and first_dates is not None:
            first_dates.dates |= draft.dates
            continue
        if draft.kind is RuleKind.DATES:
            first_dates = draft
        result.append(draft)
    return result


def parse_schedule(text: str, *, today: date | None = None) -> ScheduleSpec:
    """Parse free Japanese schedule text; never raises.

    ``today`` resolves dates written without a year (default: :meth:`date.today`).
    """
    if not text.strip():
        return ScheduleSpec(original=text)
    reference = today or date.today()
    norm = _normalise(text)
    tokenizer = _Tokenizer(text, norm, reference)
    assembler = _Assembler(tokenizer, reference)
    for token in tokenizer.tokenize(0, len(norm.text)):
        assembler.feed(token)
    return assembler.finish(text)


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


def _format_time(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def _format_time_range(times: TimeRange) -> str:
    start = "" if times.start is None else _format_time(times.start)
    end = "" if times.end is None else _format_time(times.end)
    return f"{start}〜{end}" if (start or end) else ""


def _format_weekday_list(weekdays: Collection[int]) -> str:
    """(0, 1, 2, 4) → "月〜水・金": runs of three or more become ranges."""
    runs: list[list[int]] = []
    for day in sorted(weekdays):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAY_LABELS[run[0]]}〜{WEEKDAY_LABELS[run[-1]]}")
        else:
            parts.extend(WEEKDAY_LABELS[day] for day in run)
    return "・".join(parts)


def _format_weekdays(weekdays: Collection[int], holidays: bool) -> str:
    text = f"{_format_weekday_list(weekdays)}曜日" if weekdays else ""
    if holidays:
        text = f"{text}・祝日" if text else "祝日"
    return text


def _format_weekly(rule: Rule, closed_on_holidays: bool, today: date) -> str:
    weekdays = set(rule.weekdays)
    every_week = rule.interval_weeks == 1
    holidays = "・祝日" if rule.holidays else ""
    if every_week and weekdays == set(range(5)) and closed_on_holidays and not rule.holidays:
        return "平日"  # reads back as Monday–Friday closed on holidays
    if every_week and weekdays == set(range(7)):
        return f"毎日{holidays}"
    if weekdays == {5, 6}:
        days = f"土日{holidays}"
        prefix = "" if every_week else _interval_prefix(rule.interval_weeks)
    else:
        days = _format_weekdays(weekdays, rule.holidays)
        prefix = _interval_prefix(rule.interval_weeks)
    return f"{prefix}{days}{_format_anchor(rule, today)}"


def _interval_prefix(weeks: int) -> str:
    return {1: "毎週", 2: "隔週"}.get(weeks, f"{weeks}週ごとの")


def _format_anchor(rule: Rule, today: date) -> str:
    if rule.anchor is None:
        return ""
    anchor = rule.anchor
    yearless = _resolve_yearless(
        anchor.month, anchor.day, today, rule.weekdays
    ) or _resolve_yearless(anchor.month, anchor.day, today, None)
    year = "" if yearless == anchor else f"{anchor.year}年"
    return f"（{year}{anchor.month}月{anchor.day}日から）"


def _format_nth(rule: Rule) -> str:
    ordinals = [f"第{n}" for n in rule.nth if n > 0] + ["最終" for n in rule.nth if n == -1]
    return f"{'・'.join(ordinals)}{_format_weekdays(rule.weekdays, False)}"


def _format_date(day: date, today: date) -> str:
    yearless = _resolve_yearless(day.month, day.day, today, (day.weekday(),))
    year = "" if yearless == day else f"{day.year}年"
    return f"{year}{day.month}月{day.day}日({WEEKDAY_LABELS[day.weekday()]})"


def _format_irregular(rule: Rule) -> str:
    if rule.per_month is not None:
        text = f"月{rule.per_month}回（不定期）"
    elif rule.per_year is not None:
        text = f"年{rule.per_year}回（不定期）"
    else:
        text = "不定期"
    days = _format_weekdays(rule.weekdays, rule.holidays) if rule.weekdays else ""
    return f"{text} {days}" if days else text


def _format_rule(rule: Rule, closed_on_holidays: bool, today: date) -> str:
    match rule.kind:
        case RuleKind.WEEKLY:
            text = _format_weekly(rule, closed_on_holidays, today)
        case RuleKind.MONTHLY_NTH:
            text = _format_nth(rule)
        case RuleKind.MONTHLY_DAY:
            text = "毎月" + "・".join(f"{day}日" for day in rule.days)
        case RuleKind.DATES:
            text = "、".join(_format_date(day, today) for day in rule.dates)
        case RuleKind.IRREGULAR:
            text = _format_irregular(rule)
    times = _format_time_range(rule.times) if rule.times else ""
    return f"{text} {times}" if times else text


def _format_period(period: ClosedPeriod) -> str:
    (first_month, first_day), (last_month, last_day) = period.start, period.end
    if first_day == 1 and last_day == _month_length(last_month):
        if first_month == last_month:
            return f"{first_month}月"
        return f"{first_month}月〜{last_month}月"
    first = f"{first_month}月{first_day}日"
    return first if period.start == period.end else f"{first}〜{last_month}月{last_day}日"


def format_schedule(spec: ScheduleSpec, *, today: date | None = None) -> str:
    """Canonical natural Japanese for a spec.

    A spec that needs review is shown as its original text (we never present a
    guess as canonical).  ``today`` decides whether a date needs its year (the
    same reference :func:`parse_schedule` uses; default :meth:`date.today`).
    """
    if spec.needs_review and spec.original.strip():
        return spec.original.strip()
    reference = today or date.today()
    text = ""
    for index, rule in enumerate(spec.rules):
        if index:
            # After a rule without times, "、" would let the next rule's time attach to it.
            text += "／" if spec.rules[index - 1].times is None else "、"
        text += _format_rule(rule, spec.closed_on_holidays, reference)
    if spec.closed_on_holidays:
        text += "（祝日は休み）"
    text += "".join(f"（{_format_period(period)}は休み）" for period in spec.closed_periods)
    text += "".join(f"（{note}）" for note in spec.notes)
    if spec.unparsed:
        text = " ".join([text, *spec.unparsed]).strip()
    return text


def format_occurrence(occ: Occurrence) -> str:
    """An occurrence as shown on a listing: "11月25日(水) 14:00〜16:00"."""
    day = f"{occ.day.month}月{occ.day.day}日({WEEKDAY_LABELS[occ.day.weekday()]})"
    times = _format_time_range(TimeRange(occ.start, occ.end))
    return f"{day} {times}" if times else day


# ---------------------------------------------------------------------------
# Holidays and next dates
# ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _holiday_dates(year: int) -> frozenset[date]:
    # Building the holidays object is the expensive part; one set per year is cached.
    return frozenset(holidays_lib.country_holidays("JP", years=year).keys())


def is_holiday(day: date) -> bool:
    """True on a Japanese national holiday (including substitute holidays)."""
    return day in _holiday_dates(day.year)


def _rule_has_dates(rule: Rule) -> bool:
    match rule.kind:
        case RuleKind.WEEKLY:
            has_days = bool(rule.weekdays) or rule.holidays
            phase_known = rule.interval_weeks == 1 or (
                rule.interval_weeks > 1 and rule.anchor is not None
            )
            return has_days and phase_known
        case RuleKind.MONTHLY_NTH:
            return bool(rule.weekdays and rule.nth)
        case RuleKind.MONTHLY_DAY:
            return bool(rule.days)
        case RuleKind.DATES:
            return bool(rule.dates)
        case RuleKind.IRREGULAR:
            return False


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _meets(rule: Rule, day: date) -> bool:
    match rule.kind:
        case RuleKind.WEEKLY:
            return _meets_weekly(rule, day)
        case RuleKind.MONTHLY_NTH:
            return day.weekday() in rule.weekdays and _nth_matches(rule.nth, day)
        case RuleKind.MONTHLY_DAY:
            return day.day in rule.days
        case RuleKind.DATES:
            return day in rule.dates
        case RuleKind.IRREGULAR:
            return False


def _meets_weekly(rule: Rule, day: date) -> bool:
    if day.weekday() not in rule.weekdays and not (rule.holidays and is_holiday(day)):
        return False
    if rule.interval_weeks == 1:
        return True
    if rule.anchor is None:
        return False  # 隔週 without a known date: the phase is unknowable
    weeks = (_monday(day) - _monday(rule.anchor)).days // 7
    return weeks % rule.interval_weeks == 0


def _nth_matches(nth: Collection[int], day: date) -> bool:
    if (day.day - 1) // 7 + 1 in nth:
        return True
    return -1 in nth and day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def _in_period(day: date, period: ClosedPeriod) -> bool:
    key = (day.month, day.day)
    if period.start <= period.end:
        return period.start <= key <= period.end
    return key >= period.start or key <= period.end  # wraps the year end


def _is_closed(spec: ScheduleSpec, day: date) -> bool:
    if spec.closed_on_holidays and is_holiday(day):
        return True
    return any(_in_period(day, period) for period in spec.closed_periods)


def _days(start: date, horizon_days: int) -> Iterator[date]:
    for offset in range(horizon_days):
        try:
            yield start + timedelta(days=offset)
        except OverflowError:
            return


def next_occurrences(
    spec: ScheduleSpec, start: date, count: int = 3, *, horizon_days: int = 400
) -> list[Occurrence]:
    """The next ``count`` meetings on/after ``start``, sorted, within ``horizon_days``."""
    found: list[Occurrence] = []
    if not spec.has_dates or count <= 0:
        return found
    rules = [rule for rule in spec.rules if _rule_has_dates(rule)]
    for day in _days(start, horizon_days):
        if _is_closed(spec, day):
            continue
        meetings = {_occurrence(rule, day) for rule in rules if _meets(rule, day)}
        found.extend(sorted(meetings, key=_occurrence_key))  # a set: two rules, one meeting
        if len(found) >= count:
            break
    return found[:count]


def _occurrence(rule: Rule, day: date) -> Occurrence:
    times = rule.times or TimeRange()
    return Occurrence(day, times.start, times.end)


def _occurrence_key(occ: Occurrence) -> tuple[date, time, time]:
    # Meetings without a start time sort first on their day.
    return occ.day, occ.start or time.min, occ.end or time.min


def weekday_mask(spec: ScheduleSpec) -> int:
    """Bit i for each weekday i the activity can meet on; bit 7 when it meets on holidays."""
    mask = 0
    for rule in spec.rules:
        match rule.kind:
            case RuleKind.MONTHLY_DAY:
                days: Collection[int] = range(7) if rule.days else ()
            case RuleKind.DATES:
                days = {day.weekday() for day in rule.dates}
            case _:
                days = rule.weekdays
        for day in days:
            mask |= 1 << day
        if rule.holidays and not spec.closed_on_holidays:
            mask |= HOLIDAY_BIT
    return mask


# ---------------------------------------------------------------------------
# JSON-safe serialisation
# ---------------------------------------------------------------------------


def _time_to_str(value: time | None) -> str | None:
    if value is None:
        return None
    return (
        value.isoformat()
        if value.second or value.microsecond
        else f"{value.hour:02d}:{value.minute:02d}"
    )


def _rule_to_dict(rule: Rule) -> dict[str, Any]:
    # Defaults are left out so stored JSON stays small and readable.
    data: dict[str, Any] = {"kind": rule.kind.value}
    if rule.weekdays:
        data["weekdays"] = list(rule.weekdays)
    if rule.holidays:
        data["holidays"] = True
    if rule.interval_weeks != 1:
        data["interval_weeks"] = rule.interval_weeks
    if rule.anchor is not None:
        data["anchor"] = rule.anchor.isoformat()
    if rule.nth:
        data["nth"] = list(rule.nth)
    if rule.days:
        data["days"] = list(rule.days)
    if rule.dates:
        data["dates"] = [day.isoformat() for day in rule.dates]
    if rule.per_month is not None:
        data["per_month"] = rule.per_month
    if rule.per_year is not None:
        data["per_year"] = rule.per_year
    if rule.times is not None:
        data["times"] = {
            "start": _time_to_str(rule.times.start),
            "end": _time_to_str(rule.times.end),
        }
    return data


def spec_to_dict(spec: ScheduleSpec) -> dict[str, Any]:
    """JSON-safe form (str/int/bool/None/list/dict only), versioned with ``"v"``."""
    return {
        "v": SPEC_VERSION,
        "rules": [_rule_to_dict(rule) for rule in spec.rules],
        "closed_on_holidays": spec.closed_on_holidays,
        "closed_periods": [[*period.start, *period.end] for period in spec.closed_periods],
        "notes": list(spec.notes),
        "unparsed": list(spec.unparsed),
        "original": spec.original,
    }


def _int(value: Any, name: str, allowed: Collection[int] | None = None) -> int:
    # Stored data indexes WEEKDAY_LABELS and divides by interval_weeks: check it.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, not {value!r}")
    if allowed is not None and value not in allowed:
        raise ValueError(f"{name} out of range: {value!r}")
    return value


def _ints(value: Any, name: str, allowed: Collection[int] | None = None) -> tuple[int, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{name} must be a list, not {value!r}")
    return tuple(_int(item, name, allowed) for item in value)


def _strs(value: Any, name: str) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of strings, not {value!r}")
    return tuple(value)


def _optional_time(value: Any) -> time | None:
    return None if value is None else time.fromisoformat(str(value))


def _optional_int(value: Any, name: str) -> int | None:
    return None if value is None else _int(value, name)


def _rule_from_dict(data: Mapping[str, Any]) -> Rule:
    times = data.get("times")
    return Rule(
        kind=RuleKind(data["kind"]),
        weekdays=_ints(data.get("weekdays", []), "weekdays", range(7)),
        holidays=bool(data.get("holidays", False)),
        interval_weeks=_int(data.get("interval_weeks", 1), "interval_weeks", range(1, 54)),
        anchor=date.fromisoformat(data["anchor"]) if data.get("anchor") else None,
        nth=_ints(data.get("nth", []), "nth", _VALID_NTH),
        days=_ints(data.get("days", []), "days", range(1, 32)),
        dates=tuple(date.fromisoformat(day) for day in _strs(data.get("dates", []), "dates")),
        per_month=_optional_int(data.get("per_month"), "per_month"),
        per_year=_optional_int(data.get("per_year"), "per_year"),
        times=None
        if times is None
        else TimeRange(_optional_time(times.get("start")), _optional_time(times.get("end"))),
    )


def _period_from_list(value: Any) -> ClosedPeriod:
    numbers = _ints(value, "closed_periods")
    if len(numbers) != 4 or not (
        _valid_month_day(numbers[0], numbers[1]) and _valid_month_day(numbers[2], numbers[3])
    ):
        raise ValueError(f"a closed period is [month, day, month, day], not {value!r}")
    return ClosedPeriod((numbers[0], numbers[1]), (numbers[2], numbers[3]))


def spec_from_dict(data: Mapping[str, Any]) -> ScheduleSpec:
    """Inverse of :func:`spec_to_dict`; raises ValueError on malformed data."""
    if data.get("v") != SPEC_VERSION:
        raise ValueError(f"unsupported schedule version {data.get('v')!r}")
    try:
        return ScheduleSpec(
            rules=tuple(_rule_from_dict(rule) for rule in data.get("rules", [])),
            closed_on_holidays=bool(data.get("closed_on_holidays", False)),
            closed_periods=tuple(
                _period_from_list(item) for item in data.get("closed_periods", [])
            ),
            notes=_strs(data.get("notes", []), "notes"),
            unparsed=_strs(data.get("unparsed", []), "unparsed"),
            original=str(data.get("original", "")),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"malformed schedule data: {error}") from error
