"""Changes said beside a rule: one month's meeting moved, the next date, a session more.

Lists write a rule and then what differs from it, in a bracket or after ※:
「※12月は第2土曜日（12月12日）ではなく12月19日に変更」 (one meeting moves: that date is
closed, the new one listed), 「※1月は第3土曜日に変更」 (that month keeps its own week),
「※次回は12月1日」 (the date a 隔週 rule counts its fortnights from, or a check of the rule),
「（第2水曜日は午後も開催）」 (one more session on those days), 「8月はお盆休み」, 「（12月は13日）」
(the coming December's meeting, beside a weekday rule).

:func:`find_changes` picks such clauses out of the normalised text before the tokenizer sees
them; :func:`apply_changes` applies each to the rules read from the rest.  A clause that cannot
be applied with certainty (two rules, a date that is not the rule's, a weekly rule told only
the month) is kept verbatim as unparsed: the spec is flagged and no date is listed wrongly.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from directory.schedules.dates import month_length, month_span, safe_date
from directory.schedules.model import (
    WEEKDAY_LABELS,
    ClosedPeriod,
    Move,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    rule_has_dates,
)
from directory.schedules.occurrences import meets, next_occurrences
from directory.schedules.patterns import DETAIL_RE, VENUE_CHANGE_RE
from directory.schedules.readers import parse_time

_WD: Final = "[月火水木金土日]"
# 「※1月は第3土曜日に変更」 is a notice: about the next months. Said of a month further ahead, it
# may be last year's notice of a month gone by, so it is not read.
_NOTICE_AHEAD_MONTHS: Final = 3
_NOTICE_RE: Final = re.compile(r"変更|振替|振り替え|移動")
_NTH: Final = r"第\s*(?P<n>[1-5](?:\s*[・、]\s*第?\s*[1-5])*)\s*(?P<wd>[月火水木金土日])曜日?"
_MONTHS: Final = r"(?P<ms>[0-9]{1,2}(?:\s*[・、]\s*[0-9]{1,2})*)\s*月"
_CHANGE_VERB: Final = (
    r"(?:に|へ)?\s*(?:変更|振替|振り替え|移動)?\s*(?:します|となります|になります|です)?"
)
# 「成人の日の関係で」「成人式と重なるため」: a reason said before the change, not read
_REASON: Final = r"(?:[^()0-9第、。]{1,12}(?:ため|により|の関係で|の都合で)\s*(?:、\s*)?)?"
# The same reason in a bracket after the change: 「※1月は第3月曜日に変更（成人の日のため）」
_REASON_AFTER: Final = r"(?:\(\s*[^()0-9第、。]{1,12}(?:のため|により|の都合)\s*\))?"

# Where a clause may stand: a bracket, or after ※ up to the end of the line.
_BRACKET_RE: Final = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_REMARK_RE: Final = re.compile(r"※\s*([^※\n]*)")
# 「次回12月15日」「8月はお盆休み」 said without ※ or brackets
_BARE_RE: Final = re.compile(
    r"(?<![※(])((?:次回|年内最終|(?:ただし|但し)\s*[、,]?\s*[0-9]{1,2}\s*月[^※\n()]*(?:のみ|だけ)|[78]\s*月\s*は\s*お盆|第\s*[1-5]\s*[月火水木金土日]曜日?\s*は\s*(?:午後|午前|夜|夕方|夜間)"
    r"(?=[^※\n()]*も))[^※\n()]*(?:\([^()]*\)[^※\n()]*)*)"
)

# (「8月はお盆休みです」「…となります」「…になります。」: the same, said as a sentence)
_OBON_RE: Final = re.compile(
    r"\s*(?P<m>[78])\s*月\s*は\s*お盆\s*(?:休み|の?ため\s*お?休み|は?\s*お休み|期間は?\s*お?休み)\s*"
    r"(?:ます|です|となります|になります|とします|します|をいただきます|とさせていただきます)?\s*"
)
_TIME_TEXT: Final = r"[0-9午前後時分半正:~〜\-\s]+?"
_ALSO_RE: Final = re.compile(
    rf"\s*{_NTH}\s*は\s*(?P<part>午後|午前|夜|夕方|夜間)\s*(?:の部)?\s*(?P<time>{_TIME_TEXT})?\s*も\s*"
    r"(?:開催|実施|活動|あり|行います)?\s*(?:します|しています)?\s*"
)
_UNDECIDED_RE: Final = re.compile(
    r"\s*(?:次回\s*(?:は|の日程は|の開催は)?\s*(?:未定|調整中)"
    # 「（振替休日は休み）」 alone: and the other holidays?
    r"|振替休日\s*(?:のみ)?\s*は\s*お?休み"
    # 「※年内は12月16日まで」: when it starts again, not said
    r"|年内\s*(?:は|の開催は)?\s*(?:最終\s*(?:は|:)?)?\s*[0-9/月日\s()月火水木金土]+(?:まで|で終了)?)\s*"
)
_DAY: Final = r"(?:[0-9]{1,2}\s*月\s*)?[0-9]{1,2}\s*日|[0-9]{1,2}/[0-9]{1,2}"
_WD_NOTE: Final = r"(?:\s*\([月火水木金土日]\))?"
# 「（年内は12月22日まで、新年は1月12日から）」「※12/26（土）は年内最終、年明けは1/9（土）から」
_YEAR_END_RE: Final = re.compile(
    rf"\s*(?:年内\s*(?:は|の開催は)?\s*(?:最終\s*(?:は|:)?)?\s*(?P<a>{_DAY}){_WD_NOTE}\s*(?:まで|で終了)?"
    rf"|(?P<a2>{_DAY}){_WD_NOTE}\s*(?:は|が)\s*年内最終(?:日)?"
    # 「※12/23で年内終了、1/13から再開」: the restart says it is the new year's
    rf"|(?P<a3>{_DAY}){_WD_NOTE}\s*で\s*年内(?:は)?\s*(?:終了|最終|最後)(?=\s*[、,]\s*[0-9]))\s*[、,]?\s*"
    rf"(?:(?:年明け|新年|年始|来年)\s*(?:は)?\s*)?(?P<b>{_DAY}){_WD_NOTE}\s*(?:から|より)\s*(?:再開|開始|スタート)?\s*"
)
# 「※年内最終は12月26日」「年内最終12月27日」: the year's last meeting, a check of the rule
_YEAR_LAST_RE: Final = re.compile(
    rf"\s*年内\s*(?:の)?\s*最終\s*(?:日|回)?\s*(?:は|:)?\s*(?P<a>{_DAY}){_WD_NOTE}\s*(?:です)?\s*"
)
# 「※初回は12月2日」「※初回は12月6日（日）、以降毎週」: the first meeting
_FIRST_RE: Final = re.compile(
    rf"\s*初回\s*(?:は|:)?\s*(?P<a>{_DAY}){_WD_NOTE}\s*(?:です)?\s*(?:[、,]\s*以降\s*(?:毎週|隔週|毎月)?)?\s*"
)
# 「※祝日振替なし」 alone: the holiday's meeting is not moved, but is it held?
_NO_MOVE_RE: Final = re.compile(
    r"\s*(?:祝(?:祭)?日?|ハッピーマンデー)\s*(?:の)?\s*振替\s*(?:なし|はありません|は行いません|しません)\s*"
)
# 「※12月は行事のため中止」「（3月は年度末のため休み）」「※1月は休み、2月から通常どおり」
_MONTH_CLOSED_RE: Final = re.compile(
    # 「（7月～8月は休み、9月から再開）」: a span of months too
    r"\s*(?:(?P<r1>[0-9]{1,2})\s*月?\s*[~〜～\-]\s*(?P<r2>[0-9]{1,2})\s*月|"
    rf"{_MONTHS})\s*は?\s*{_REASON}(?:お?休み|中止|休会|休止|休講)\s*(?:します|となります|です)?"
    r"(?:\s*[、,]\s*(?P<back>[0-9]{1,2})\s*月\s*(?:から|より)\s*(?:は\s*)?"
    r"(?:通常どおり|通常通り|再開))?\s*"
)
# 「8月・12月は」「1月と8月は」: months a clause is about (each may repeat 月)
_MONTH_LIST: Final = r"(?P<ms>[0-9]{1,2}(?:\s*月?\s*[・、と]\s*[0-9]{1,2})*)\s*月"
# 「第3土曜日」, or after のみ 「第3」 alone: the week of the rule's one weekday
_NTH_ONLY: Final = (
    r"第\s*(?P<n>[1-5](?:\s*[・、]\s*第?\s*[1-5])*)\s*(?:(?P<wd>[月火水木金土日])曜日?)?"
)
# 「（1月は第3土曜日のみ）」「ただし8月は第2日曜日のみ」「※3月は第2金曜日のみ開催」: in those
# months only the weeks named meet
# 「（ただし8月は第2日曜日のみ 10時～）」: the month's own time, said after its week (only a
# start is said: it is the start, the end is not guessed)
# (「（ただし8月は第2日曜日のみ、10時～）」: a 、 before it)
_OWN_TIME: Final = (
    r"(?:\s*(?P<sep>[、,])?\s*(?P<time>[0-9午正](?:[0-9午前後時分半正:~〜\-\s]|から|まで)*?))?"
)
_MONTH_ONLY_RE: Final = re.compile(
    rf"\s*(?:ただし|但し)?\s*[、,]?\s*{_MONTH_LIST}\s*は\s*{_REASON}{_NTH_ONLY}\s*(?:のみ|だけ)"
    rf"\s*(?:の?開催|実施)?{_OWN_TIME}\s*(?:します|となります|になります|です)?\s*"
)
_MONTH_NTH_RE: Final = re.compile(
    rf"\s*(?:ただし|但し)?\s*[、,]?\s*(?:(?P<y>[0-9]{{4}})年\s*)?{_MONTHS}\s*(?:のみ|だけ)?\s*(?:は|のみ)?\s*{_REASON}"
    rf"{_NTH}{_OWN_TIME}\s*{_CHANGE_VERB}\s*{_REASON_AFTER}\s*"
)
# 「（7月・8月は毎日）」「※8月は毎週月・水・金」「（12月～2月は土曜日）」: those months meet on
# other weekdays, at the rule's time (「…も開催」 adds days: a remark, not this)
_MONTH_WEEKLY_RE: Final = re.compile(
    r"\s*(?:(?P<ms>[0-9]{1,2}(?:\s*月?\s*[・、と]\s*[0-9]{1,2})*)|(?P<m1>[0-9]{1,2})\s*月?\s*"
    r"[~〜\-]\s*(?P<m2>[0-9]{1,2}))\s*月\s*(?:のみ|だけ)?\s*(?:は|のみ)\s*"
    rf"(?P<days>毎日|(?:毎週\s*)?{_WD}(?:曜日?)?(?:\s*[・、]\s*{_WD}(?:曜日?)?)*)\s*"
    r"(?:のみ|だけ)?\s*(?:に|へ)?\s*(?:変更|振替)?\s*(?:の?開催|実施)?\s*(?:します|となります|になります|です)?\s*"
)
# 「（土曜日は第5週休み）」 beside 毎週水曜日 and 毎週土曜日: those weeks of that weekday are off
_WEEKDAY_WEEKS_CLOSED_RE: Final = re.compile(
    r"\s*(?P<wd>[月火水木金土日])曜日?\s*(?:は|の)\s*第\s*(?P<n>[1-5](?:\s*[・、]\s*第?\s*[1-5])*)"
    r"\s*週目?\s*(?:は|も)?\s*(?:お休み|休み|休会|休講)\s*(?:です|となります|します)?\s*"
)
# 「（20日が日曜日の場合は21日）」: a day of the month on those weekdays is held a few days later
_DAY_SHIFT_RE: Final = re.compile(
    # (「毎月15日（日曜日の場合は16日）」: the rule's one day, not said again)
    r"\s*(?:(?P<d>[0-9]{1,2})\s*日\s*が\s*)?(?P<wds>(?:[月火水木金土日]\s*(?:曜日?)?\s*[・、]?\s*)+?)"
    r"(?P<hol>\s*[・、]?\s*祝(?:祭)?日)?\s*(?:の場合|のとき|の時|に当たる場合|にあたる場合|と重なる場合)\s*は\s*"
    r"(?P<to>[0-9]{1,2})\s*日\s*(?:\([月火水木金土日]\))?\s*(?:に変更|に振替|に開催|開催)?"
    r"\s*(?:します|となります|です)?\s*"
)
# 「※1月6日（水）は新年会のため11:30～14:00」: that one meeting at another time
_DAY_TIME_RE: Final = re.compile(
    r"\s*(?P<day>(?:[0-9]{4}年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{1,2}/[0-9]{1,2})"
    rf"(?:\s*\([月火水木金土日]\))?\s*(?:のみ|だけ)?\s*は\s*{_REASON}"
    rf"(?P<time>(?:{_TIME_TEXT}))\s*(?:から|より)?\s*(?:の開催|開催|に変更|へ変更|に時間変更)?"
    r"\s*(?:します|となります|になります|です)?\s*"
)
_MONTH_DAY_RE: Final = re.compile(
    rf"\s*(?:(?:ただし|但し)\s*[、,]?\s*)?{_MONTHS}\s*(?:のみ|だけ)?\s*は?\s*{_REASON}(?P<d>[0-9]{{1,2}})日\s*(?:に|へ)\s*"
    r"(?:変更|振替|振り替え)\s*(?:します|となります|になります)?\s*"
)
# 「（12月は5日・12日・19日）」 beside a weekly rule: that month's meetings are those days only;
# 「（12月は9日のみ）」 beside 第2・第4水曜日 too; 「（1月は13日から）」: from that day on in that month
_MONTH_DATES_RE: Final = re.compile(
    r"\s*(?P<m>[0-9]{1,2})\s*月\s*は\s*(?P<days>[0-9]{1,2}\s*日"
    r"(?:(?:\s*[・、,]\s*[0-9]{1,2}\s*日)+|(?=\s*(?:のみ|だけ))))"  # one day: 「12月は9日のみ」
    r"\s*(?:のみ|だけ)?\s*(?:の?開催|実施)?\s*(?:します|です)?\s*"
)
_MONTH_FROM_RE: Final = re.compile(
    r"\s*(?P<m>[0-9]{1,2})\s*月\s*は\s*(?P<d>[0-9]{1,2})\s*日\s*(?:\([月火水木金土日]\))?"
    r"\s*(?:から|より)\s*(?:の?開催|再開|開始|スタート)?\s*(?:します|です)?\s*"
)
# A date as a change writes it: 12月19日, 12/19, or 19日 after the month (「12月は19日」)
_MENTION_RE: Final = re.compile(
    r"(?:(?P<y>[0-9]{4})年\s*)?(?:(?P<m>[0-9]{1,2})\s*月\s*)?(?P<d>[0-9]{1,2})\s*日(?!\s*曜)"
    r"|(?<![0-9])(?:(?P<y2>[0-9]{4})/)?(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})(?![0-9/])"
    r"|(?P<nthw>第\s*[1-5]\s*[月火水木金土日]曜日?)"
)
_ANNOTATION_RE: Final = re.compile(r"\s*\(\s*(?P<wd>[月火水木金土日])\s*(?:・\s*祝)?\s*\)")
# 「1/4・1/12(火)・1/18」「12月3日(木)、17日(木)」: only a list of dates (two or more)
_DATE_ITEM: Final = (
    r"(?:(?:[0-9]{4}年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}\s*日?)"
    r"(?:\s*\(\s*[月火水木金土日]\s*(?:・\s*祝)?\s*\))?"
)
_DATE_LIST_RE: Final = re.compile(rf"\s*{_DATE_ITEM}(?:\s*[・、,]\s*{_DATE_ITEM})+\s*")
# What a dated clause may start with: the month or a date it is about, or 次回
_DATED_START_RE: Final = re.compile(
    r"\s*(?:(?:ただし|但し)\s*[、,]?\s*)?(?:(?P<next>次回)\s*(?:は|:)?|(?:[0-9]{4}年\s*)?[0-9]{1,2}\s*月|(?:[0-9]{4}/)?[0-9]{1,2}/[0-9]{1,2})"
)
# 「1月は9日」: the month the bare days after it are of
_TOPIC_RE: Final = re.compile(
    r"(?:(?P<y>[0-9]{4})年\s*)?(?P<m>[0-9]{1,2})\s*月(?!\s*[0-9]{1,2}\s*日)"
)
_CLOSE_WORD_RE: Final = re.compile(r"休業|休館|お?休み|中止")
_MOVE_WORD_RE: Final = re.compile(r"変更|振替|振り替え|ではなく|移動|延期")
# 「1月18日から再開」: a date meetings resume on, not closed
_RESUME_RE: Final = re.compile(r"\s*(?:\([^()]*\))?\s*(?:から|より)")
_REASON_WORD_RE: Final = re.compile(r"のため|により")
# Words a dated clause may hold besides dates and the verbs: anything else is not read here
_LEFT_OVER_RE: Final = re.compile(
    r"[\s、,・:]|\(\s*\)|ただし|但し|から再開|より再開|から|(?:[0-9]{4}年\s*)?[0-9]{1,2}\s*月|は|の|に|を|が|で|へ|のみ|だけ|ではなく|変更|振替|振り替え|移動|開催|実施|します|"
    r"となります|になります|です|予定|第\s*[1-5]\s*[月火水木金土日]曜日?|[月火水木金土日]曜日?|"
    r"臨時|休業|休館|お?休み|中止|次回|[^()0-9第、。]{1,12}(?:のため|により)"
)


@dataclass(frozen=True)
class Change:
    """A clause read out of the text: its span in the normalised text and what it says."""

    start: int
    end: int
    kind: str  # obon, also, undecided, month_nth, month_day, dated
    match: re.Match[str]
    said: tuple[int, int]  # the clause without its bracket or ※


# 「（雨天中止・8月はお盆休み）」: お盆 said of a month, inside a longer remark
OBON_MONTH_RE: Final = re.compile(r"[78]\s*月\s*は\s*お盆")


def find_changes(text: str) -> list[Change]:
    """The change clauses of a normalised schedule text, in order, not overlapping."""
    found: list[Change] = []
    spans: list[tuple[int, int, int, int]] = []  # clause span, content span
    for match in _BRACKET_RE.finditer(text):
        spans.append((match.start(), match.end(), match.start(1), match.end(1)))
    for pattern in (_REMARK_RE, _BARE_RE):
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e, _cs, _ce in spans):
                spans.append((match.start(), match.end(), match.start(1), match.end(1)))
    for start, end, content_start, content_end in sorted(spans):
        change = _classify(text, start, end, content_start, content_end)
        if change is not None:
            found.append(change)
        else:
            found.extend(_clauses(text, content_start, content_end))
    return found


# Kinds a clause keeps when it is one of several in a bracket: 「（3月は年度末のため休み、4月は総会）」
# (「（1月は第2水曜日、8月は休み）」「（12月は第2日曜日のみ、8月はお盆休み）」: a month's own
# weeks beside a closure, each unambiguous alone)
_CLAUSE_KINDS: Final = frozenset(
    {"obon", "month_closed", "month_nth", "month_only", "month_dates", "month_from"}
)


def _clauses(text: str, start: int, end: int) -> list[Change]:
    """The change clauses among the 、-separated clauses of a bracket; the rest stays for the
    tokenizer."""
    content = text[start:end]
    if "(" in content:
        return []
    if "、" not in content:
        pieces = content.split("・")
        # 「（12月は13日・1月は10日）」: each month with its day, as 「、」 separates them
        if len(pieces) < 2 or not all(_only_dates(piece) for piece in pieces):
            return []
        return _split_clauses(text, start, pieces, "・")
    if not all("は" in piece or _MONTH_CLOSED_RE.fullmatch(piece) for piece in content.split("、")):
        return []  # 「（1月、5月は休み）」: one clause of two months
    return _split_clauses(text, start, content.split("、"), "、")


def _split_clauses(text: str, start: int, pieces: list[str], separator: str) -> list[Change]:
    found = []
    pos = start
    for piece in pieces:
        change = _classify(text, pos, pos + len(piece), pos, pos + len(piece))
        if change is not None and (
            change.kind in _CLAUSE_KINDS or (change.kind == "dated" and _only_dates(piece))
        ):
            found.append(change)  # 「（8月は休み、1月は20日）」: a month's own day is one too
        pos += len(piece) + len(separator)
    return found


def _classify(text: str, start: int, end: int, cstart: int, cend: int) -> Change | None:
    content = text[cstart:cend].rstrip("。 ")
    stop = cstart + len(content)
    for kind, pattern in (
        ("obon", _OBON_RE),
        ("also", _ALSO_RE),
        ("yearend", _YEAR_END_RE),
        ("first", _FIRST_RE),
        ("nomove", _NO_MOVE_RE),
        ("month_closed", _MONTH_CLOSED_RE),
        ("year_last", _YEAR_LAST_RE),
        ("undecided", _UNDECIDED_RE),
        ("month_only", _MONTH_ONLY_RE),
        ("month_nth", _MONTH_NTH_RE),
        ("month_day", _MONTH_DAY_RE),
        ("month_weekly", _MONTH_WEEKLY_RE),
        ("month_dates", _MONTH_DATES_RE),
        ("month_from", _MONTH_FROM_RE),
        ("day_shift", _DAY_SHIFT_RE),
        ("weekday_weeks_closed", _WEEKDAY_WEEKS_CLOSED_RE),
        ("day_time", _DAY_TIME_RE),
    ):
        if (match := pattern.fullmatch(text, cstart, stop)) is not None:
            return Change(start, end, kind, match, (cstart, stop))
    if (match := _DATED_START_RE.match(text, cstart, stop)) is None:
        return None
    if _DATE_LIST_RE.fullmatch(content):
        return (
            None  # 「（1/4・1/12(火)・1/18）」: the rule's dates, a 振替 among them; read as dates
        )
    if not re.search(r"[0-9]{1,2}\s*日(?!\s*曜)|[0-9]/[0-9]", content):
        return None
    if VENUE_CHANGE_RE.search(content):
        return None  # 「（12月1日より会場を中央公民館に変更）」: where, not when: a remark
    moves = _MOVE_WORD_RE.search(content) or re.search(r"第\s*[1-5]", content)
    if (
        _CLOSE_WORD_RE.search(content)
        and not moves
        and not _REASON_WORD_RE.search(content)
        and "臨時" not in content
    ):
        return None  # 「（12月24日・31日は休み）」: a closure, read by the tokenizer
    if not (
        match["next"]
        or moves
        or _ANNOTATION_RE.search(content)
        or _REASON_WORD_RE.search(content)
        or _only_dates(content)
    ):
        return None
    return Change(start, end, "dated", match, (cstart, stop))


def _only_dates(content: str) -> bool:
    """「（12月は20日）」「（12月のみ13日）」「（ただし12月は13日に開催）」: a month and its date,
    nothing else said."""
    return bool(_ONLY_DATES_RE.fullmatch(content))


_ONLY_DATES_RE: Final = re.compile(
    r"\s*(?:(?:ただし|但し)\s*[、,]?\s*)?[0-9]{1,2}\s*月\s*(?:は|のみ|だけ)\s*[0-9]{1,2}\s*日"
    r"\s*(?:に|へ)?\s*(?:の?開催|実施)?\s*(?:します|です|となります|になります)?\s*"
)


def cut(original: str, origin: tuple[int, ...], changes: list[Change]) -> str:
    """The original text without the clauses (each cut where it stands in the original)."""
    pieces = []
    last = 0
    for change in changes:
        start, end = origin[change.start], origin[change.end]
        pieces.append(original[last:start])
        pieces.append(" ")
        last = end
    pieces.append(original[last:])
    # 「（1月は第2水曜日、8月は休み）」 with both clauses cut leaves 「（ 、 ）」: not a remark
    return _EMPTY_BRACKET_RE.sub(" ", "".join(pieces))


_EMPTY_BRACKET_RE: Final = re.compile(r"[（(][\s、,・。]*[）)]")


def apply_changes(
    spec: ScheduleSpec, changes: list[tuple[Change, str, str]], today: date
) -> ScheduleSpec:
    """Apply each (change, its normalised text, its original text) to the spec; what cannot
    be applied with certainty is kept as unparsed."""
    for change, said, verbatim in changes:
        applied = _apply(spec, change, said, today)
        if applied is None:
            spec = dataclasses.replace(spec, unparsed=(*spec.unparsed, verbatim))
        else:
            spec = applied
            if (
                change.kind
                in (
                    "also",
                    "dated",
                    "day_shift",
                    "day_time",
                    "obon",
                    "yearend",
                    "first",
                    "nomove",
                    "year_last",
                )
                and verbatim
            ):
                spec = dataclasses.replace(spec, notes=(*spec.notes, verbatim))
    # 「（8月は休み）（8月はお盆休み）」, as the canonical text writes a change it read: one closure
    return dataclasses.replace(
        spec,
        closed_periods=tuple(dict.fromkeys(spec.closed_periods)),
        closed_rules=tuple(dict.fromkeys(spec.closed_rules)),
    )


def _one_rule(spec: ScheduleSpec) -> Rule | None:
    dated = [rule for rule in spec.rules if rule.kind is not RuleKind.IRREGULAR]
    return dated[0] if len(spec.rules) == 1 and len(dated) == 1 else None


def _apply(spec: ScheduleSpec, change: Change, said: str, today: date) -> ScheduleSpec | None:
    match change.kind:
        case "obon":
            return _obon(spec, int(change.match["m"]))
        case "also":
            return _also(spec, change.match)
        case "month_nth":
            return _month_nth(spec, change.match, today)
        case "month_only":
            return _month_only(spec, change.match)
        case "month_day":
            return _month_day(spec, change.match, today)
        case "month_weekly":
            return _month_weekly(spec, change.match, today)
        case "dated":
            return _dated(spec, said, today)
        case "yearend":
            return _year_end(spec, change.match, today)
        case "first":
            return _first(spec, change.match, today)
        case "nomove":
            return spec if spec.closed_on_holidays or spec.moves else None
        case "month_closed":
            return _month_closed(spec, change.match)
        case "month_dates" | "month_from":
            return _month_dates(spec, change.match, today)
        case "year_last":
            return _year_last(spec, said, today)
        case "day_shift":
            return _day_shift(spec, change.match)
        case "weekday_weeks_closed":
            return _weekday_weeks_closed(spec, change.match)
        case "day_time":
            return _day_time(spec, change.match, today)
    return None  # undecided


def _months(match: re.Match[str]) -> set[int] | None:
    months = {int(m) for m in re.findall(r"[0-9]+", match["ms"])}
    return months if all(1 <= m <= 12 for m in months) else None


def _nth_weekday(match: re.Match[str]) -> tuple[tuple[int, ...], int]:
    return (
        tuple(sorted({int(n) for n in re.findall(r"[1-5]", match["n"])})),
        WEEKDAY_LABELS.index(match["wd"]),
    )


def _at_most_once_a_month(rule: Rule) -> bool:
    return (
        rule.kind is RuleKind.MONTHLY_NTH and len(rule.nth) == 1 and len(rule.weekdays) == 1
    ) or (rule.kind is RuleKind.MONTHLY_DAY and len(rule.days) == 1)


# 「第2・第4木曜日（8月はお盆休み）」: a rule meeting this often in a month names its break by
# the month; the お盆 days alone would close no meeting most years
_OBON_MONTH_AT_MOST: Final = 2


def _meetings_a_month(rule: Rule) -> int:
    """At most how many times a rule meets in a month (第2・第4木曜日: 2); weekly ones: many;
    dates (a meeting moved, 「（12月は19日）」): none of their own."""
    match rule.kind:
        case RuleKind.DATES:
            return 0
        case RuleKind.MONTHLY_NTH:
            return len(rule.nth) * len(rule.weekdays)
        case RuleKind.MONTHLY_DAY:
            return len(rule.days)
        case _:
            return _OBON_MONTH_AT_MOST + 1


def _obon(spec: ScheduleSpec, month: int) -> ScheduleSpec | None:
    """「8月はお盆休み」: a rule meeting once or twice a month skips that month's meetings. A
    weekly rule may skip the お盆 days only or the whole month: a human decides."""
    if not spec.rules or sum(map(_meetings_a_month, spec.rules)) > _OBON_MONTH_AT_MOST:
        return None
    if all(rule.kind is RuleKind.DATES for rule in spec.rules):
        return None  # 「12月19日（8月はお盆休み）」: dates alone have no August of their own
    period = ClosedPeriod((month, 1), (month, month_length(month)))
    return dataclasses.replace(spec, closed_periods=(*spec.closed_periods, period))


def _also(spec: ScheduleSpec, match: re.Match[str]) -> ScheduleSpec | None:
    """「（第2水曜日は午後も開催）」: one more session on those days, its time not said."""
    nth, weekday = _nth_weekday(match)
    if not any(meets_weekday(rule, weekday) for rule in spec.rules):
        return None
    times = None
    if match["time"] and match["time"].strip():
        times = _time_range(match["time"])
        if times is None or times.start is None:
            return None
        if (match["part"] in ("夜", "夜間", "夕方", "午後")) != (times.start.hour >= 12):
            return None  # 「夜の部 9:00～」: which is it?
    extra = Rule(RuleKind.MONTHLY_NTH, weekdays=(weekday,), nth=nth, times=times)
    return dataclasses.replace(spec, rules=(*spec.rules, extra))


def _time_range(text: str) -> TimeRange | None:
    found = DETAIL_RE["time"].fullmatch(text.strip())
    return None if found is None else parse_time(found)


def _day_time(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「※1月6日は11:30～14:00」: the rule's meeting that day is at that time instead."""
    rule = _one_rule(spec)
    mentions = _mentions(match.group(0), today)
    times = _time_range(match["time"])
    if rule is None or not mentions or len(mentions) != 1 or times is None:
        return None
    if times.start is None or times == rule.times or not meets(rule, mentions[0]):
        return None
    day = mentions[0]
    new_rule = Rule(RuleKind.DATES, dates=(day,), times=times)
    closed_rule = Rule(RuleKind.DATES, dates=(day,))
    return dataclasses.replace(
        spec, rules=(*spec.rules, new_rule), closed_rules=(*spec.closed_rules, closed_rule)
    )


def meets_weekday(rule: Rule, weekday: int) -> bool:
    return rule.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and weekday in rule.weekdays


def _split_months(
    spec: ScheduleSpec, rule: Rule, months: set[int], moved: Rule
) -> ScheduleSpec | None:
    kept_months = set(rule.months or range(1, 13))
    if not months <= kept_months:
        return None
    kept = dataclasses.replace(rule, months=tuple(sorted(kept_months - months)))
    return dataclasses.replace(spec, rules=(kept, moved))


def _month_nth(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「※1月は第3土曜日に変更」「（12月は第3金曜日）」: those months meet in another week."""
    rule = _one_rule(spec)
    months = _months(match)
    if rule is None or months is None or rule.kind is not RuleKind.MONTHLY_NTH:
        return None
    nth, weekday = _nth_weekday(match)
    if rule.weekdays != (weekday,) or (len(rule.nth) > 1 and len(nth) != len(rule.nth)):
        return None
    read, times = _own_time(match, rule)
    if not read:
        return None
    if match["y"]:  # 「2027年1月は第3水曜日に変更」: that month once
        if len(months) != 1 or times != rule.times:
            return None
        year, month = int(match["y"]), next(iter(months))
        moved = Rule(RuleKind.MONTHLY_NTH, weekdays=(weekday,), nth=nth, months=(month,))
        new = [day for day in _month_days(year, month) if meets(moved, day)]
        return _move(spec, rule, _occurrences_in(rule, year, month), new)
    if _NOTICE_RE.search(match.group(0)) and not all(_soon(month, today) for month in months):
        return None  # 「（7月は第3水曜日に変更）」 read in November: maybe last July's notice
    moved = dataclasses.replace(rule, nth=nth, months=tuple(sorted(months)), times=times)
    return _split_months(spec, rule, months, moved)


def _own_time(match: re.Match[str], rule: Rule) -> tuple[bool, TimeRange | None]:
    """(read, the time): the time a month's own week is said with (「8月は第2日曜日のみ
    10時～」), else the rule's; not read when it is written but cannot be read."""
    if not (match["time"] or "").strip():
        return True, rule.times
    times = _time_range(match["time"])
    return (False, None) if times is None or times.start is None else (True, times)


def _month_only(spec: ScheduleSpec, match: re.Match[str]) -> ScheduleSpec | None:
    """「（1月は第3土曜日のみ）」: in those months only the weeks named meet. Weeks the rules
    meet on are closed in those months (休N1:土[1]); weeks they do not meet on are the month's
    own (「第1・第3水曜日（1月は第2水曜日のみ）」, as 「1月は第2水曜日」 is read)."""
    months = _months(match)
    nth = tuple(sorted({int(n) for n in re.findall(r"[1-5]", match["n"])}))
    if months is None or not spec.rules:
        return None
    if any(rule.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) for rule in spec.rules):
        return None
    in_months = [rule for rule in spec.rules if months & set(rule.months or range(1, 13))]
    if match["wd"]:
        weekday = WEEKDAY_LABELS.index(match["wd"])
    else:  # 「（8月は第3のみ）」: the week of the one weekday the rules meet on
        weekdays = {day for rule in in_months for day in rule.weekdays}
        if len(weekdays) != 1:
            return None
        weekday = next(iter(weekdays))
    named = [rule for rule in in_months if weekday in rule.weekdays]
    if not named or any(len(rule.weekdays) != 1 for rule in named):
        return None  # 「第1・第3火・金曜日」: which weekday's weeks? a human decides
    covered = {n for rule in named for n in (rule.nth or range(1, 6))}
    if not set(nth) <= covered:
        rule = _one_rule(spec)
        if rule is None or rule.kind is not RuleKind.MONTHLY_NTH or rule.weekdays != (weekday,):
            return None
        read, times = _own_time(match, rule)
        if not read:
            return None
        moved = dataclasses.replace(rule, nth=nth, months=tuple(sorted(months)), times=times)
        return _split_months(spec, rule, months, moved)
    if (match["time"] or "").strip() and any(
        _own_time(match, rule) != (True, rule.times) for rule in named
    ):
        # 「（8月は第1のみ 13時～）」: only the 1st meets, or only the 1st moves to 13時? A 、
        # (「第1のみ、13時～」) or the rule's own start says the weeks are what is only
        return _only_weeks_at_own_time(spec, weekday, nth, months, match)
    closed: list[Rule] = []
    for rule in in_months:
        within = tuple(sorted(months & set(rule.months or range(1, 13))))
        if weekday not in rule.weekdays:  # 「第1水曜日と第3金曜日（8月は第3金曜日のみ）」
            closed.append(dataclasses.replace(rule, months=within, times=None))
            continue
        rest = tuple(sorted(set(rule.nth or range(1, 6)) - set(nth)))
        if rest:
            closed.append(Rule(RuleKind.MONTHLY_NTH, weekdays=(weekday,), nth=rest, months=within))
    if not closed:
        return None  # 「第2水曜日（8月は第2水曜日のみ）」: then what differs?
    return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, *closed))


def _only_weeks_at_own_time(
    spec: ScheduleSpec, weekday: int, nth: tuple[int, ...], months: set[int], match: re.Match[str]
) -> ScheduleSpec | None:
    """「毎週木曜日 10時～12時（8月は第1木曜日のみ 10時～）」「（ただし8月は第2日曜日のみ、10時～）」:
    one rule of that one weekday; in those months only the weeks named meet, at the time said
    (a start alone is the start, the end is not guessed). Beside several rules, every other
    week, or another start with no 、 before it, a human decides."""
    rule = _one_rule(spec)
    if (
        rule is None
        or rule.weekdays != (weekday,)
        or rule.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
        or (rule.kind is RuleKind.WEEKLY and (rule.interval_weeks != 1 or rule.anchor))
    ):
        return None
    read, times = _own_time(match, rule)
    if not read or times is None:
        return None
    if not match["sep"] and (rule.times is None or times.start != rule.times.start):
        return None  # 「（8月は第1のみ 13時～）」: a human decides
    moved = dataclasses.replace(
        rule,
        kind=RuleKind.MONTHLY_NTH,
        nth=nth,
        interval_weeks=1,
        anchor=None,
        months=tuple(sorted(months)),
        times=times,
    )
    return _split_months(spec, rule, months, moved)


def _soon(month: int, today: date) -> bool:
    return (month - today.month) % 12 <= _NOTICE_AHEAD_MONTHS


def _month_day(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「※1月のみ22日に変更」 beside 「毎月15日」: that month meets on another day; beside a
    weekday rule (「※12月は13日に変更」) the coming month's meeting is that day, as 「（12月は
    13日）」 is read."""
    rule = _one_rule(spec)
    months = _months(match)
    day = int(match["d"])
    if rule is not None and months is not None and len(months) == 1:
        month = next(iter(months))
        when = safe_date(_year_of(month, today), month, day)
        if rule.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and when is not None:
            return _month_day_said(spec, rule, month, when, today)
    if rule is None or months is None or rule.kind is not RuleKind.MONTHLY_DAY:
        return None
    if len(rule.days) != 1 or not 1 <= day <= 31:
        return None
    moved = dataclasses.replace(rule, days=(day,), months=tuple(sorted(months)))
    return _split_months(spec, rule, months, moved)


def _month_weekly(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「毎週日曜日 6:30～（7月・8月は毎日）」: in those months the rule meets on those weekdays
    instead, at its time (a rule of those months, as 「1月～3月は第2月曜日、…」 makes)."""
    rule = _one_rule(spec)
    if match["ms"]:
        months = _months(match)
    else:
        first, last = int(match["m1"]), int(match["m2"])
        valid = 1 <= first <= 12 and 1 <= last <= 12
        months = set(month_span(first, last)) if valid else None
    if rule is None or not months or rule.kind is RuleKind.DATES or rule.valid_from:
        return None
    if _NOTICE_RE.search(match.group(0)) and not all(_soon(month, today) for month in months):
        return None  # 「（7月は土曜日に変更）」 read in November: maybe last July's notice
    said = match["days"]
    if rule.kind is not RuleKind.WEEKLY and not said.startswith("毎"):
        return None  # 「第2水曜日（12月は土曜日）」: which Saturday?
    weekdays = (
        tuple(range(7))
        if said == "毎日"
        else tuple(
            sorted(
                {WEEKDAY_LABELS.index(wd) for wd in re.findall(_WD, re.sub("毎週|曜日?", "", said))}
            )
        )
    )
    moved = Rule(RuleKind.WEEKLY, weekdays=weekdays, times=rule.times, months=tuple(sorted(months)))
    return _split_months(spec, rule, set(months), moved)


def _month_days(year: int, month: int) -> list[date]:
    return [d for day in range(1, 32) if (d := safe_date(year, month, day)) is not None]


def _occurrences_in(rule: Rule, year: int, month: int) -> list[date]:
    return [day for day in _month_days(year, month) if meets(rule, day)]


def _year_of(month: int, today: date) -> int:
    return today.year if month >= today.month else today.year + 1


def _mentions(said: str, today: date) -> list[date] | None:
    """The dates a clause names, in order; None when one is impossible or its written weekday
    is not the date's. 「第3土曜日」 after a month is that month's third Saturday."""
    dates: list[date] = []
    month: int | None = None
    year: int | None = None
    last_end = 0
    topics = list(_TOPIC_RE.finditer(said))
    for found in _MENTION_RE.finditer(said):
        for topic in topics:
            if topic.start() < found.start() and (month is None or topic.start() >= last_end):
                month = int(topic["m"])
                year = int(topic["y"]) if topic["y"] else None
        last_end = found.end()
        if found["nthw"]:
            continue
        m = found["m"] or found["m2"]
        if m is not None:
            month = int(m)
            # 「R8.12.13」 is 2026/12/13 once normalised
            year = int(y) if (y := found["y"] or found["y2"]) else None
        if month is None:
            return None
        day = safe_date(year or _year_of(month, today), month, int(found["d"] or found["d2"]))
        if day is None:
            return None
        if (note := _ANNOTATION_RE.match(said, found.end())) is not None:
            if day.weekday() != WEEKDAY_LABELS.index(note["wd"]):
                return None
        dates.append(day)
    return dates


def _dated(spec: ScheduleSpec, said: str, today: date) -> ScheduleSpec | None:
    """A change naming dates: the last date named is where the meeting is; the dates before it
    (or, named by month only, that month's one meeting) are closed."""
    rule = _one_rule(spec)
    if rule is None and _only_dates(said):
        rule = _rule_beside_moves(spec)
    mentions = _mentions(said, today)
    if (
        rule is None
        and len(spec.rules) == 1
        and spec.rules[0].kind is RuleKind.IRREGULAR
        and said.lstrip().startswith("次回")
        and mentions
        and len(mentions) == 1
        and mentions[0].weekday() in spec.rules[0].weekdays
    ):
        return spec  # 「毎月1回 土曜日 ※次回は12月12日」: a Saturday, as said
    if rule is None or mentions is None or not mentions:
        return None
    words = _MENTION_RE.sub(" ", said)
    words = _ANNOTATION_RE.sub(" ", words)
    if not re.fullmatch(f"(?:{_LEFT_OVER_RE.pattern})*", words):
        return None  # something more is said: not read here
    if said.lstrip().startswith("次回"):
        return _next_date(spec, rule, mentions)
    resume = [day for day, end in _mention_ends(said, mentions) if _RESUME_RE.match(said, end)]
    mentions = [day for day in mentions if day not in resume]
    if not mentions or not all(meets(rule, day) for day in resume):
        return None
    closes = bool(_CLOSE_WORD_RE.search(said))
    moves = bool(_MOVE_WORD_RE.search(said))
    target = mentions[-1]
    tail = said[said.rfind(target_text := _last_mention_text(said)) + len(target_text) :]
    nth = re.search(rf"第\s*([1-5])\s*({_WD})曜", tail)
    if nth and moves:
        # 「令和9年2月13日は第3土曜日に変更」: the new date by its week
        probe = Rule(
            RuleKind.MONTHLY_NTH,
            weekdays=(WEEKDAY_LABELS.index(nth[2]),),
            nth=(int(nth[1]),),
        )
        found = _occurrences_in(probe, target.year, target.month)
        return _move(spec, rule, mentions, found) if found else None
    if _only_dates(said) and (topic := _TOPIC_RE.search(said)) is not None:
        return _month_day_said(spec, rule, int(topic["m"]), mentions[0], today)
    if all(meets(rule, day) for day in mentions):
        if moves:
            return None  # moved onto a day the rule meets already: not certain what is meant
        if not closes:
            return spec  # 「（12月は20日）」: the rule's own date, said again
        if (named := _named_weeks(said)) is not None:
            # 「（1月の第1火曜日（1月5日）は休み）」: the date names that year's day, once
            if len(named) != len(mentions) or not all(
                meets(week, day) for week, day in zip(named, mentions, strict=True)
            ):
                return None
            closed_rule = Rule(RuleKind.DATES, dates=tuple(sorted(set(mentions))))
            return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed_rule))
        return _close(spec, said, mentions)
    if closes and not moves and len(mentions) == 1:
        return None  # 「12月19日は休み」 of a day the rule does not meet
    before = mentions[:-1]
    if not before:
        if not moves and not _REASON_WORD_RE.search(said) and not _TOPIC_RE.search(said):
            return None  # 「（12月13日（日））」 alone: moved there, or one more meeting?
        before = _occurrences_in(rule, target.year, target.month)
        if len(before) != 1 or not _at_most_once_a_month(rule):
            return None
    return _move(spec, rule, before, [target])


def _rule_beside_moves(spec: ScheduleSpec) -> Rule | None:
    """「（12月は13日、1月は17日）」: the one weekly or n-th weekday rule a clause before this one
    moved a meeting of (the others are its moved dates)."""
    kept = [rule for rule in spec.rules if rule.kind is not RuleKind.DATES]
    if len(kept) != 1 or kept[0].kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH):
        return None
    return kept[0]


def _month_day_said(
    spec: ScheduleSpec, rule: Rule, month: int, day: date, today: date
) -> ScheduleSpec | None:
    """「（12月は20日）」 beside one rule: a month and a day, no more.

    Beside 「毎月25日」 it is a standing exception (that month meets on the 20th every year, as
    「（12月は第3金曜日）」 is). Beside a weekday rule a day of the month is not a weekday every
    year: it is the coming month's meeting. Beside 「毎月第3日曜日」 that month's one meeting moves
    to the day, which must be a Sunday then (「（12月は13日）」, read in November 2026: the 13th,
    not the 20th); beside 「毎週土曜日」 or 「第2・第4水曜日」 that month meets on that day only
    (「（12月は19日）」: the 5th, 12th and 26th are off), as 「（12月は5日・12日・19日）」 is. A day of
    another weekday, or a month more than three months ahead (maybe last year's note), is for a
    human; the rule's own date said again changes nothing."""
    if rule.kind is RuleKind.MONTHLY_DAY:
        if meets(rule, day):
            return spec
        if not _at_most_once_a_month(rule):
            return None
        moved = Rule(RuleKind.MONTHLY_DAY, days=(day.day,), times=rule.times, months=(month,))
        return _split_months(spec, rule, {month}, moved)
    if rule.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) or not rule_has_dates(rule):
        return None
    if day.weekday() not in rule.weekdays or not _soon(month, today):
        return None
    if not _at_most_once_a_month(rule):
        # (the coming month's day: 「毎週土曜日（12月は20日）」, last December's Saturday, is not)
        return _only_days_in(spec, month, [day.day], today) if meets(rule, day) else None
    if meets(rule, day):
        return spec
    return _move(spec, rule, _occurrences_in(rule, day.year, day.month), [day])


def _named_weeks(said: str) -> list[Rule] | None:
    """The weeks a clause names beside its dates (「第1火曜日（1月5日）」), as rules; None if none."""
    weeks = [m["nthw"] for m in _MENTION_RE.finditer(said) if m["nthw"]]
    if not weeks:
        return None
    rules = []
    for week in weeks:
        found = re.fullmatch(rf"第\s*([1-5])\s*({_WD})曜日?", week)
        if found is None:
            return None
        rules.append(
            Rule(
                RuleKind.MONTHLY_NTH,
                weekdays=(WEEKDAY_LABELS.index(found[2]),),
                nth=(int(found[1]),),
            )
        )
    return rules


def _mention_ends(said: str, mentions: list[date]) -> list[tuple[date, int]]:
    ends = [m.end() for m in _MENTION_RE.finditer(said) if not m["nthw"]]
    return list(zip(mentions, ends, strict=False))


def _close(spec: ScheduleSpec, said: str, days: list[date]) -> ScheduleSpec:
    """「※12月26日（土）は臨時休業」: closed once (a weekday or year written fixes the year);
    「※12月23日は行事のため中止」: a date without either, as the set reads a closure, yearly."""
    if _ANNOTATION_RE.search(said) or re.search(r"[0-9]{4}(?:年|/)", said):
        closed_rule = Rule(RuleKind.DATES, dates=tuple(sorted(set(days))))
        return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed_rule))
    periods = [ClosedPeriod((d.month, d.day), (d.month, d.day)) for d in sorted(set(days))]
    return dataclasses.replace(spec, closed_periods=(*spec.closed_periods, *periods))


def _last_mention_text(said: str) -> str:
    last = [m for m in _MENTION_RE.finditer(said) if not m["nthw"]][-1]
    return last.group(0)


def _move(
    spec: ScheduleSpec, rule: Rule, closed: list[date], new: list[date]
) -> ScheduleSpec | None:
    if not closed or not new or not all(meets(rule, day) for day in closed):
        return None
    closed_rule = Rule(RuleKind.DATES, dates=tuple(sorted(set(closed))))
    new_rule = Rule(RuleKind.DATES, dates=tuple(sorted(set(new))), times=rule.times)
    return dataclasses.replace(
        spec,
        rules=(*spec.rules, new_rule),
        closed_rules=(*spec.closed_rules, closed_rule),
    )


def _next_date(spec: ScheduleSpec, rule: Rule, mentions: list[date]) -> ScheduleSpec | None:
    """「※次回は12月1日」: a 隔週 rule meets from then on; any other rule must meet then."""
    if len(mentions) != 1:
        return None
    day = mentions[0]
    if rule.kind is RuleKind.WEEKLY and rule.interval_weeks == 2 and rule.anchor is None:
        if day.weekday() not in rule.weekdays:
            return None
        anchored = dataclasses.replace(rule, anchor=day)
        return dataclasses.replace(spec, rules=(anchored,))
    return spec if meets(rule, day) else None


def _day(text: str, today: date, year_end: bool) -> date | None:
    """「12月22日」「23日」「1/9」 of a 年内/年明け clause: December this year, January next."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", text)]
    month, day = (
        (numbers[0], numbers[1]) if len(numbers) == 2 else (12 if year_end else 1, numbers[0])
    )
    if month != (12 if year_end else 1):
        return None
    year = _year_of(12, today) if year_end else _year_of(12, today) + 1
    return safe_date(year, month, day)


def _year_end(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """The last meeting of the year and the first of the next: the meetings between are off."""
    last = _day(match["a"] or match["a2"] or match["a3"], today, year_end=True)
    first = _day(match["b"], today, year_end=False)
    rules = [rule for rule in spec.rules if rule.kind is not RuleKind.IRREGULAR]
    if last is None or first is None or not rules or len(rules) != len(spec.rules):
        return None
    if not any(meets(rule, first) for rule in rules):
        return None
    between = [
        d
        for offset in range(1, (first - last).days)
        if any(meets(rule, d := date.fromordinal(last.toordinal() + offset)) for rule in rules)
    ]
    if not between:
        return spec
    closed_rule = Rule(RuleKind.DATES, dates=tuple(between))
    return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed_rule))


def _first(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「※初回は12月2日」: the rules meet from that date on."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", match["a"])]
    if len(numbers) != 2:
        return None
    first = safe_date(_year_of(numbers[0], today), numbers[0], numbers[1])
    rules = spec.rules
    if first is None or len(rules) != 1 or not meets(rules[0], first):
        return None
    if rules[0].valid_from is not None:
        return None
    return dataclasses.replace(spec, rules=(dataclasses.replace(rules[0], valid_from=first),))


def _month_dates(spec: ScheduleSpec, match: re.Match[str], today: date) -> ScheduleSpec | None:
    """「（12月は5日・12日・19日）」 beside 「毎週土曜日」: that December's meetings are those days,
    the 26th is off; 「（1月は13日から）」: January's before the 13th are off. The year is the one
    whose days the rules meet on, the coming month's first (read in November 2026: December
    2026); a day the rules do not meet on (「12月は5日・12日・20日」, the 20th a Sunday) leaves it
    to a human. The days before 「1月は13日から」 are off every year, as a month's closure is."""
    month = int(match["m"])
    only = "days" in match.re.groupindex  # 「5日・12日・19日」 only, or from 「13日」 on
    days = [int(d) for d in re.findall(r"[0-9]+", match["days"] if only else match["d"])]
    rules = list(spec.rules)
    if only and rules and all(rule.kind is RuleKind.MONTHLY_DAY for rule in rules):
        return _month_days_only(spec, month, days)
    if (
        not 1 <= month <= 12
        or not rules
        or not all(
            rule.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and rule_has_dates(rule)
            for rule in rules
        )
    ):
        return None
    if not only:
        if not 1 < days[0] <= month_length(month):
            return None if days[0] != 1 else spec
        # the days before it, every year's, as 「1月は休み」 is (what is off is not a weekday)
        period = ClosedPeriod((month, 1), (month, days[0] - 1))
        return dataclasses.replace(spec, closed_periods=(*spec.closed_periods, period))
    if len(days) == 1 and (rule := _one_rule(spec)) is not None:
        # 「（12月は13日のみ）」: that month on that day, as 「（12月は13日）」 says it
        when = safe_date(_year_of(month, today), month, days[0])
        return None if when is None else _month_day_said(spec, rule, month, when, today)
    return _only_days_in(spec, month, days, today)


def _only_days_in(
    spec: ScheduleSpec, month: int, days: list[int], today: date
) -> ScheduleSpec | None:
    """In the coming month whose days the rules meet on, the rules meet on those days only."""
    rules = list(spec.rules)
    years = []
    for year in range(today.year - 1, today.year + 2):
        listed = [safe_date(year, month, day) for day in days]
        if all(d is not None and any(meets(rule, d) for rule in rules) for d in listed):
            years.append(year)
    if not years:
        return None
    upcoming = [y for y in years if _month_days(y, month)[-1] >= today]
    year = min(upcoming) if upcoming else max(years)
    meetings = sorted({d for rule in rules for d in _occurrences_in(rule, year, month)})
    off = [d for d in meetings if d.day not in days]
    if not off:
        return spec
    closed_rule = Rule(RuleKind.DATES, dates=tuple(off))
    return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed_rule))


def _month_days_only(spec: ScheduleSpec, month: int, days: list[int]) -> ScheduleSpec | None:
    """「毎月5日・20日（12月は5日のみ）」: in that month, every year, the rule's other days are off
    (as 「1月は第3土曜日のみ」 closes the first); 「毎月20日（12月は20日のみ）」 and 「毎月10日、20日、
    30日（2月は10日・20日のみ）」 close nothing (February has no 30th). A day the rules do not meet
    on (「（12月は18日のみ）」 beside 毎月20日) leaves it to a human."""
    if not 1 <= month <= 12:
        return None
    said = {day for rule in spec.rules for day in rule.days}
    if not set(days) <= said:
        return None
    off = tuple(sorted(day for day in said - set(days) if day <= month_length(month)))
    if not off:
        return spec
    closed = Rule(RuleKind.MONTHLY_DAY, days=off, months=(month,))
    return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed))


def _year_last(spec: ScheduleSpec, said: str, today: date) -> ScheduleSpec | None:
    """「毎月第4土曜日 ※年内最終は12月26日」: the rules' last meeting of the year, said as a
    check; it changes nothing. A date the rules meet on again before the year ends (「毎週水曜日
    ※年内最終は12月16日」: when do they start again?) or do not meet on is left to a human."""
    mentions = _mentions(said, today)
    if not spec.rules or not mentions or len(mentions) != 1:
        return None
    last = mentions[0]
    if not any(meets(rule, last) for rule in spec.rules):
        return None
    after = next_occurrences(spec, start=last + timedelta(days=1), count=1)
    return spec if not after or after[0].day.year > last.year else None


def _weekday_weeks_closed(spec: ScheduleSpec, match: re.Match[str]) -> ScheduleSpec | None:
    """「毎週水曜日 15時～17時、毎週土曜日 10時～12時（土曜日は第5週休み）」: the fifth Saturday
    is off, the Wednesdays meet; said of a weekday no weekly rule meets on, a human decides."""
    weekday = WEEKDAY_LABELS.index(match["wd"])
    if not any(
        rule.kind is RuleKind.WEEKLY and rule.interval_weeks == 1 and weekday in rule.weekdays
        for rule in spec.rules
    ):
        return None
    nth = tuple(sorted({int(n) for n in re.findall(r"[1-5]", match["n"])}))
    closed = Rule(RuleKind.MONTHLY_NTH, weekdays=(weekday,), nth=nth)
    return dataclasses.replace(spec, closed_rules=(*spec.closed_rules, closed))


def _month_closed(spec: ScheduleSpec, match: re.Match[str]) -> ScheduleSpec | None:
    """「※12月は行事のため中止」: that month's meetings are off (a closure is yearly). A restart
    said after it is the month right after (「7月～8月は休み、9月から再開」); another month
    (「8月は休み、10月から再開」: and September?) is for a human."""
    if match["r1"]:
        first, last = int(match["r1"]), int(match["r2"])
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return None
        months: set[int] | None = {(first - 1 + i) % 12 + 1 for i in range((last - first) % 12 + 1)}
    else:
        months = _months(match)
    if months is None:  # with no rule yet it is still a closure (the canonical text writes one)
        return None
    if match["back"] and int(match["back"]) not in {m % 12 + 1 for m in months} - months:
        return None
    periods = [ClosedPeriod((m, 1), (m, month_length(m))) for m in sorted(months)]
    if match["r1"]:  # one span, as the tokenizer reads 「7月～8月は休み」
        periods = [ClosedPeriod((first, 1), (last, month_length(last)))]
    return dataclasses.replace(spec, closed_periods=(*spec.closed_periods, *periods))


# A day of the month moved further than this is not a shift off a weekend: not read
_MAX_SHIFT_DAYS: Final = 3


def _day_shift(spec: ScheduleSpec, match: re.Match[str]) -> ScheduleSpec | None:
    """「毎月20日（20日が日曜日の場合は21日）」: on those weekdays the meeting is that many days
    later (a day before is not listed); the weekdays themselves are closed (of the one day-of-month rule they are said of)."""
    rule = _one_rule(spec)
    if rule is None or rule.kind is not RuleKind.MONTHLY_DAY or len(rule.days) != 1:
        return None
    day, to = int(match["d"] or rule.days[0]), int(match["to"])
    if rule.days != (day,):
        return None
    if not 1 <= abs(to - day) <= _MAX_SHIFT_DAYS:
        return None
    # 「土曜日」 names Saturday alone: the 日 of 曜日 is no Sunday
    said = re.sub(r"曜日?", "", match["wds"])
    weekdays = tuple(sorted({WEEKDAY_LABELS.index(wd) for wd in re.findall(_WD, said)}))
    if not weekdays:
        return None
    holidays = bool(match["hol"])
    # 「（28日が日曜日の場合は27日）」: a day before only closes the day, as 「前日」 does (a
    # Move goes later only)
    moves = (Move(holidays=holidays, weekdays=weekdays, days=to - day),) if to > day else ()
    closed = Rule(RuleKind.WEEKLY, weekdays=weekdays)
    return dataclasses.replace(
        spec,
        closed_rules=(*spec.closed_rules, closed),
        closed_on_holidays=spec.closed_on_holidays or holidays,
        moves=(*spec.moves, *moves),
    )
