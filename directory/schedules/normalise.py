"""Normalisation: an NFKC working copy of the text with an offset map back into the original.

Every pattern runs on the working copy (full-width digits, colons and brackets
become ASCII; kanji numerals where a number is expected and 令和 years become
digits), while every note and unparsed fragment is cut from the *original*
through the offset map, so organisers see their own characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from directory.schedules.patterns import CLOSED_LABEL_RE

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


# ①〜⑳ and ⑴〜⒇ number the sessions or items of a list; NFKC would glue ① to the time after it
_NUMBERED_MARK_MIN: Final = 0x2460
_NUMBERED_MARK_MAX: Final = 0x2487
# 「(1)10:00～11:00 (2)13:00～」「1部 10:00～」「第2部13:30～」: a session's number before its
# time (「（1）」 is not 第1)
_SESSION_NUMBER_RE: Final = re.compile(
    r"(?:\(\s*[1-9]\s*\)|(?<![0-9])第?[1-9]\s*部(?:目)?\s*:?)(?=\s*(?:[0-9]{1,2}\s*[:時]|午前|午後))"
)


def _blank(_match: re.Match[str]) -> str:
    return " "


@dataclass(frozen=True)
class Normalised:
    """NFKC text plus, for every index (and one past the end), the original index."""

    text: str
    origin: tuple[int, ...]


def normalise(original: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    index = 0
    while index < len(original):
        end = index + 1
        while end < len(original) and (
            unicodedata.combining(original[end]) or original[end] in _HALFWIDTH_VOICING
        ):
            end += 1
        piece = (
            " "  # 「①10:00～ ②13:00～」: a session's number, not a digit of its time
            if _NUMBERED_MARK_MIN <= ord(original[index]) <= _NUMBERED_MARK_MAX
            else unicodedata.normalize("NFKC", original[index:end])
        )
        chars.append(piece)
        origin.extend([index] * len(piece))
        index = end
    origin.append(len(original))
    norm = Normalised("".join(chars), tuple(origin))
    # a cell written in Japanese keeps its English as a remark beside its own days
    foreign = () if JAPANESE_RE.search(norm.text) else _FOREIGN_REWRITES
    for pattern, replacement in (*foreign, *_REWRITES):
        norm = _rewrite(norm, pattern, replacement)
    return _closed_after_label(norm)


def _kanji_value(numeral: str) -> int:
    if "十" not in numeral:
        return _KANJI_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def _kanji_number(match: re.Match[str]) -> str:
    return str(_kanji_value(match.group("a") or match.group("b")))


def _weekday_typo(match: re.Match[str]) -> str:
    """水よう, 水ようび, 水曜曰: the 曜日 a hurried hand or an IME wrote."""
    return "曜日" if match.group("day") or match.group("typo") else "曜"


def _dotted_time_range(match: re.Match[str]) -> str:
    """10.00〜12.00 → 10:00〜12:00, only when both ends are clock times in order."""
    start = (int(match.group("h1")), int(match.group("m1")))
    end = (int(match.group("h2")), int(match.group("m2")))
    if not start < end < (24, 0):
        return match.group(0)
    return f"{start[0]}:{match.group('m1')}{match.group('dash')}{end[0]}:{match.group('m2')}"


def _year_end_between(match: re.Match[str]) -> str:
    """年末は12月26日まで、年始は1月9日から → 12月27日~1月8日は休み (unchanged when not a span
    over the year end)."""
    try:
        last = date(2001, int(match["m1"]), int(match["d1"])) + timedelta(days=1)
        first = date(2002, int(match["m2"]), int(match["d2"])) - timedelta(days=1)
    except ValueError:
        return match.group(0)
    if not (last.month == 12 or last.year == 2002) or first.year != 2002 or first < last:
        return match.group(0)
    return f"{last.month}月{last.day}日~{first.month}月{first.day}日は休み"


def _reiwa_year(match: re.Match[str]) -> str:
    year = match.group("year")
    return f"{2018 + (1 if year == '元' else int(year))}年"


def _era_short_date(match: re.Match[str]) -> str:
    """R8.12.12 → 2026/12/12 (H31.4.1 → 2019/4/1, 「R.8.2.14」「令和8.2.14」 too): the short
    form of office documents."""
    base = 2018 if match.group("era") in ("R", "r", "令和") else 1988
    return f"{base + int(match.group('y'))}/{match.group('m')}/{match.group('d')}"


# English and Vietnamese as 日本語教室 and international associations write their own cells
# ("Every Saturday 10am-12pm", "2nd and 4th Sunday", "Thứ Bảy hàng tuần"): the days and times
# are rewritten into the working copy as the Japanese the parser reads; notes keep the original
# words. Only days, weeks and clock times are read: other words stay unparsed (flagged).
_EN_WEEKDAYS: Final = {
    "mon": "月",
    "tue": "火",
    "wed": "水",
    "thu": "木",
    "fri": "金",
    "sat": "土",
    "sun": "日",
}
_EN_DAY: Final = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)s?\.?"
)
_EN_AND: Final = r"\s*(?:,|&|/|\band\b)\s*"
_EN_ORDINALS: Final = {
    "1st": "1",
    "first": "1",
    "2nd": "2",
    "second": "2",
    "3rd": "3",
    "third": "3",
    "4th": "4",
    "fourth": "4",
    "5th": "5",
    "fifth": "5",
    "last": "最終",
}
_EN_ORDINAL: Final = r"(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|last)"
_VI_WEEKDAYS: Final = {"hai": "月", "ba": "火", "tư": "水", "năm": "木", "sáu": "金", "bảy": "土"}
_VI_DAY: Final = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"


def _en_days(said: str) -> str:
    found = re.findall(_EN_DAY, said, re.IGNORECASE)
    return "・".join(f"{_EN_WEEKDAYS[day[:3].lower()]}曜日" for day in found)


def _vi_days(said: str) -> str:
    found = re.findall(_VI_DAY, said, re.IGNORECASE)
    return "・".join(
        "日曜日"
        if day.lower().startswith("chủ")
        else f"{_VI_WEEKDAYS[day.split()[-1].lower()]}曜日"
        for day in found
    )


def _en_nth(match: re.Match[str]) -> str:
    ordinals = re.findall(_EN_ORDINAL, match.group("ns"), re.IGNORECASE)
    weeks = "・".join(
        "最終" if _EN_ORDINALS[o.lower()] == "最終" else f"第{_EN_ORDINALS[o.lower()]}"
        for o in ordinals
    )
    return f"毎月{weeks}{_en_days(match.group('day'))}"


def _en_clock(match: re.Match[str]) -> str:
    hour = int(match.group("h")) % 12 + (12 if match.group("ap").lower() == "p" else 0)
    return f"{hour}:{match.group('m') or '00'}"


_FOREIGN_REWRITES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    # "2nd and 4th Sunday (of the month)", "the last Friday of every month"
    (
        re.compile(
            rf"(?<![A-Za-z])(?:every\s+|the\s+)?(?P<ns>{_EN_ORDINAL}(?:{_EN_AND}{_EN_ORDINAL})*)"
            rf"\s+(?P<day>{_EN_DAY})(?:\s+of\s+(?:each|every|the)\s+month)?(?![A-Za-z])",
            re.IGNORECASE,
        ),
        _en_nth,
    ),
    # "Every Tuesday and Friday", "every Sat"
    (
        re.compile(
            rf"(?<![A-Za-z])every\s+(?P<days>{_EN_DAY}(?:{_EN_AND}{_EN_DAY})*)(?![A-Za-z])",
            re.IGNORECASE,
        ),
        lambda m: f"毎週{_en_days(m.group('days'))}",
    ),
    # "10am-12pm", "1:30 p.m.": the clock
    (
        re.compile(
            r"(?<![0-9A-Za-z:])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5][0-9]))?\s*(?P<ap>[ap])\.?m\.?"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        ),
        _en_clock,
    ),
    (re.compile(r"(?<=[0-9])\s+to\s+(?=[0-9])", re.IGNORECASE), lambda _m: "~"),
    # "closed on national holidays", "except holidays"
    (
        re.compile(
            r"(?:closed|no\s+class(?:es)?)\s+on\s+(?:national\s+|public\s+)?holidays"
            r"|except\s+(?:on\s+)?(?:national\s+|public\s+)?holidays",
            re.IGNORECASE,
        ),
        lambda _m: "祝日休み",
    ),
    # "Thứ Bảy hàng tuần", "hàng tuần vào Thứ Ba và Thứ Sáu": every week
    (
        re.compile(
            rf"(?P<days>{_VI_DAY}(?:\s*(?:,|và)\s*{_VI_DAY})*)\s+hàng\s+tuần"
            rf"|hàng\s+tuần\s+(?:vào\s+)?(?P<days2>{_VI_DAY}(?:\s*(?:,|và)\s*{_VI_DAY})*)",
            re.IGNORECASE,
        ),
        lambda m: f"毎週{_vi_days(m.group('days') or m.group('days2'))}",
    ),
)

# A cell with any kana or kanji is written in Japanese
JAPANESE_RE: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A cell in English or Vietnamese: its words left over (not days, weeks or times) may say when
# it is closed, so they are not remarks (the parser flags them)
FOREIGN_WORDS_RE: Final = re.compile(r"[A-Za-z\u00c0-\u1ef9]{2,}")

# Rewrites of the working copy, in order (令和八年 → 令和8年 → 2026年).
_SEASONS: Final = "年末年始|お盆|GW|ゴールデンウ[ィイ]ーク"
_REWRITES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (_KANJI_NUMBER_RE, _kanji_number),
    (
        re.compile(
            r"(?<=[月火水木金土日])(?:(?:よう|ヨウ)(?:(?P<day>び|ビ|日)|(?![\u3041-\u3096]))"
            r"|曜(?P<typo>曰))"
        ),
        _weekday_typo,
    ),
    (re.compile(r"令和\s*(?P<year>元|[0-9]{1,2})\s*年"), _reiwa_year),
    (_SESSION_NUMBER_RE, _blank),
    # 「火曜日（隔週）」: 隔週火曜日
    (
        re.compile(r"(?:毎週\s*)?(?P<wd>[月火水木金土日]曜日?)\s*\(\s*隔週\s*\)"),
        lambda m: "隔週" + m.group("wd"),
    ),
    # 「不定期（月1回程度・主に日曜日）」: the likely day of an irregular meeting
    (re.compile(r"(?<=程度)(?P<sep>\s*[・、(]\s*)主に\s*"), lambda m: m.group("sep")),
    (
        re.compile(
            r"(?<![A-Za-z0-9])(?P<era>[RrHh]|令和|平成)\.?\s*(?P<y>[0-9]{1,2})[./](?P<m>[0-9]{1,2})"
            r"[./](?P<d>[0-9]{1,2})(?![0-9])"
        ),
        _era_short_date,
    ),
    # 「R8年度」: the fiscal year of 令和8年, as office documents shorten it
    (
        re.compile(r"(?<![A-Za-z0-9])[Rr]\s*(?P<y>[0-9]{1,2})\s*(?=年度)"),
        lambda m: f"{2018 + int(m.group('y'))}",
    ),
    # 「【令和7年度】第3水曜日」: a fiscal year in a heading's brackets is the heading, not a remark
    (
        re.compile(r"【\s*(?P<fy>[0-9]{4}\s*年度)\s*】"),
        lambda m: f"{m.group('fy')} ",
    ),
    # 「Ｒ８年１２月１９日（土）」: a 令和 year shortened with its 年 (not 年度, read above)
    (
        re.compile(r"(?<![A-Za-z0-9])[Rr]\s*(?P<y>[0-9]{1,2})\s*年(?!度)"),
        lambda m: f"{2018 + int(m.group('y'))}年",
    ),
    # 「R8.4～」「R8.10～R9.3」: a month of a 令和 year, as office documents shorten it
    (
        re.compile(
            r"(?<![A-Za-z0-9])(?P<era>[Rr])\s*(?P<y>[0-9]{1,2})[./](?P<m>1[0-2]|0?[1-9])(?![0-9./])"
        ),
        lambda m: f"{2018 + int(m.group('y'))}年{int(m.group('m'))}月",
    ),
    # 「8.12.19（土）」: a 令和 date without its R, known by the weekday written after it
    (
        re.compile(
            r"(?<![A-Za-z0-9./])(?P<y>1?[0-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>[0-3]?[0-9])"
            r"(?![0-9.])(?=\s*\(\s*[月火水木金土日])"
        ),
        lambda m: f"{2018 + int(m.group('y'))}年{int(m.group('m'))}月{int(m.group('d'))}日",
    ),
    # 「（祝日の場合は休み、年末年始も同様）」: the season closes as the clause before does
    (
        re.compile(
            r"(?<=休み|休館|休業|休止|休講|中止|除く)(?P<sep>\s*[、,]\s*)"
            rf"(?P<what>(?:{_SEASONS})(?:\s*[・、]\s*(?:{_SEASONS}))*)"
            r"\s*も\s*(?:同様|同じ)(?:に\s*(?:お?休み|休館|休業|休止))?"
        ),
        lambda m: f"{m.group('sep')}{m.group('what')}も休み",
    ),
    # 「（12月29日（火）～1月5日（火）は休み）」: a closed span whose ends say their weekdays (the
    # weekday read as a closed day closed every Tuesday)
    (
        re.compile(
            r"(?P<a>(?<![0-9])[0-9]{1,2}月\s*[0-9]{1,2}日)\s*\([月火水木金土日]\)\s*(?P<dash>[~\-])\s*"
            r"(?P<b>[0-9]{1,2}月\s*[0-9]{1,2}日)\s*\([月火水木金土日]\)(?=\s*(?:は|まで|を|の間)?\s*"
            r"(?:お?休み|休館|休業|休会|除く))"
        ),
        lambda m: f"{m.group('a')}{m.group('dash')}{m.group('b')}",
    ),
    # 「※年末年始休み（12月29日～1月3日）」「（年末年始 12/29～1/3 はお休み）」: the season's own
    # dates said after its closure word or with no bracket, as 「年末年始（12/29～1/3）は休み」
    (
        re.compile(
            rf"(?P<season>{_SEASONS})\s*(?:(?P<word>お?休み|休館|休業|休会)\s*"
            r"(?P<bracket>\((?:[0-9月日/\s~\-]|から)+\))"
            r"|\s(?P<span>[0-9]{1,2}(?:月\s*[0-9]{1,2}日|/[0-9]{1,2})\s*~\s*"
            r"[0-9]{1,2}(?:月\s*[0-9]{1,2}日|/[0-9]{1,2}))\s*(?=は|を|まで))"
        ),
        lambda m: (
            f"{m['season']}{m['bracket']}{m['word']}"
            if m["word"]
            else f"{m['season']}({m['span']})"
        ),
    ),
    # 「（年末は12月26日まで、年始は1月9日から）」: the days between are closed, as
    # 「12月27日～1月8日は休み」 says
    (
        re.compile(
            r"年末\s*は\s*(?P<m1>1[0-2]|0?[1-9])\s*月\s*(?P<d1>[0-9]{1,2})\s*日\s*(?:\([月火水木金土日]\))?"
            r"\s*まで\s*[、,]\s*(?:年始|新年|年明け)\s*は\s*(?P<m2>1[0-2]|0?[1-9])\s*月\s*"
            r"(?P<d2>[0-9]{1,2})\s*日\s*(?:\([月火水木金土日]\))?\s*から(?:\s*(?:開催|再開))?"
        ),
        _year_end_between,
    ),
    # 「R8.12.5 / R8.12.19」: dates of one list, not two lines
    (re.compile(r"(?<=[0-9])\s+/\s+(?=[0-9]{4}/[0-9])"), lambda _m: "、"),
    (
        re.compile(
            r"(?<![0-9.])(?P<h1>[0-9]{1,2})\.(?P<m1>[0-5][0-9])(?P<dash>\s*[〜~\-−ー]\s*)"
            r"(?P<h2>[0-9]{1,2})\.(?P<m2>[0-5][0-9])(?![0-9.])"
        ),
        _dotted_time_range,
    ),
)


def _rewrite(
    norm: Normalised, pattern: re.Pattern[str], replacement: Callable[[re.Match[str]], str]
) -> Normalised:
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
    return Normalised("".join(pieces), tuple(origin))


# A weekday among closed days (「12月28日」's 月 and 日, 「祝日」's 日 are none)
_WEEKDAY_ITEM_RE: Final = re.compile(
    r"(?<![0-9祝休\s])\s*[月火水木金土日](?![0-9])|^[月火水木金土日]"
)
_SLASH_SPAN_RE: Final = re.compile(
    r"(?<![0-9/])(?P<m1>[0-9]{1,2})/(?P<d1>[0-9]{1,2})(?P<dash>\s*[〜~\-−ー]\s*)"
    r"(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})(?![0-9/])"
)
_ALSO_SUBSTITUTE_RE: Final = re.compile(r"\s*\(\s*振替休日を?含む\s*\)")
# The label opens a bracket or a ※ remark: what it says is about the rules beside it
_ANNOTATING_RE: Final = re.compile(r"[(※]\s*\Z")


def _copy_spans_as_dates(
    norm: Normalised, begin: int, search_from: int, upto: int, pieces: list[str], origin: list[int]
) -> int:
    """Copy ``norm.text`` from ``begin`` into ``pieces`` (its offsets into ``origin``) up to the
    last slash span 「12/29～1/3」 between ``search_from`` and ``upto``, each such span written
    「12月29日～1月3日」 (not one just inside a bracket, 「年末年始（12/29～1/3）」: the season's own
    dates, read with it). Returns where the copy stopped."""
    for span in _SLASH_SPAN_RE.finditer(norm.text, search_from, upto):
        if norm.text[: span.start()].rstrip().endswith("("):
            continue
        pieces.append(norm.text[begin : span.start()])
        origin.extend(norm.origin[begin : span.start()])
        written = f"{span['m1']}月{span['d1']}日{span['dash']}{span['m2']}月{span['d2']}日"
        pieces.append(written)
        origin.extend([norm.origin[span.start()]] * len(written))
        begin = span.end()
    return begin


def _closed_after_label(norm: Normalised) -> Normalised:
    """「休館日：12/29～1/3」 → 「12/29～1/3は休み」, 「（休み：8月）」 → 「（8月は休み）」: closed days
    after a label read as the closure they are. The days keep their own offsets (a note cut from
    them is the organiser's text); the label is dropped and 「は休み」 stands where they end.

    Weekdays after a label stay with the label unless it is a bracket's or a ※ remark's: a
    facility's 「休館日 月曜日・第3木曜日」 are its closed days whether or not a meeting falls on
    them, while 「（休み：第5金曜日・祝日）」 closes some of the meetings beside it."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in CLOSED_LABEL_RE.finditer(norm.text):
        start, end = match.start("items"), match.end("items")
        if _WEEKDAY_ITEM_RE.search(match["items"]) and not _ANNOTATING_RE.search(
            norm.text, 0, match.start()
        ):
            # the label reads them, and a span of dates among them as 「12月29日～1月3日」
            last = _copy_spans_as_dates(norm, last, start, end, pieces, origin)
            continue
        pieces.append(norm.text[last : match.start()])
        origin.extend(norm.origin[last : match.start()])
        kept = [(start, end)]
        if said := _ALSO_SUBSTITUTE_RE.search(norm.text, start, end):
            # 「祝日（振替休日を含む）」: a 振替休日 is a holiday already
            kept = [(start, said.start()), (said.end(), end)]
        for first, upto in kept:
            # 「休館日：12/29～1/3、1/10」: the span read as 「12月29日～1月3日」, so that the day
            # after it is not taken for one more date of a list
            first = _copy_spans_as_dates(norm, first, first, upto, pieces, origin)
            pieces.append(norm.text[first:upto])
            origin.extend(norm.origin[first:upto])
        pieces.append("は休み")
        origin.extend([norm.origin[end]] * 3)
        last = end
    if last == 0:
        return norm
    pieces.append(norm.text[last:])
    origin.extend(norm.origin[last:])
    return Normalised("".join(pieces), tuple(origin))
