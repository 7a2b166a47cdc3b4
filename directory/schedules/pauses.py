"""A pause or a restart to come, written beside the rules (「毎週月曜日 ※令和9年4月から休止予定」).

The date before 「から」 there is when the meetings stop, not when they start: the rules hold
until the day before (an end the parser reads, 「2027年3月31日まで」). A restart to come
(「（令和9年1月12日から再開予定）」「※現在休止中、令和9年4月から再開予定」) is when they start, once
its year is written (「（4月から再開予定）」 stays a pause, flagged: paused now, until which April?).
Both are said to the parser in the words it reads already; what it cannot say with certainty is
left as written (flagged as a pause, 「4月から当面休止」: which April?), and a pause planned for a
day gone by (「※令和8年4月から休止予定」: stopped since, or a stale note?) is for a human.
A reason said with the pause, before it or in brackets after it (「改修工事に伴い、」「（公民館改修
のため）」), is kept as a remark of its own and does not stop the reading; 「3月末で活動終了予定」
ends the rules as 「廃止予定」 does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from directory.schedules.dates import resolve_yearless, safe_date

# the date a pause or restart is said from: with its year (令和 is 西暦 once normalised), 来年, or
# none; a day, the month's end, or the month alone
_DATE: Final = (
    r"(?:(?:(?P<y>[0-9]{4})\s*年\s*|(?P<next>来年)\s*(?:の\s*)?)?(?P<m>[0-9]{1,2})\s*月"
    r"\s*(?:(?P<d>[0-9]{1,2})\s*日|(?P<end>末日?))?"
    r"|(?P<sy>[0-9]{4})/(?P<sm>[0-9]{1,2})/(?P<sd>[0-9]{1,2})"
    r"|(?P<tm>[0-9]{1,2})/(?P<td>[0-9]{1,2}))"
    r"(?:\s*\([月火水木金土日](?:・祝)?\))?"
)
# said at the start of a remark or bracket (or after one, 「（公民館改修のため）令和9年4月から休止」),
# not a clause after a closure (「7月～8月は休み、9月から再開」「12/23で年内終了、1/13から再開」
# are read as the break they end)
_AT_START: Final = r"(?<![^\s※()。:])"
# the reason a pause is said with, before it (「※改修工事に伴い、令和9年1月から休会予定」) or in
# brackets after it (「※令和9年4月から休止予定（公民館改修のため）」): a remark of its own
_BECAUSE: Final = r"(?:のため|に伴い|に伴って|に伴う|により|によって|につき|の影響で|の関係で)"
_WHY_BEFORE: Final = rf"(?P<before>[^\s()※。、,:]{{1,30}}?{_BECAUSE})\s*[、,]?\s*"
_WHY_AFTER: Final = (
    rf"(?:\s*\((?P<after>[^()※。]{{1,30}}?(?:{_BECAUSE}|ため|伴う|による)"
    r"(?:です|となります)?)\))"
)
# said as to come: 予定, します… (「4月から休止」 alone may be last April's, in progress)
_TO_COME: Final = (
    r"(?P<tense>(?:と\s*なる|に\s*なる|する|し)?\s*予定(?:です|となっています|しています)?"
    r"|します|いたします|させていただきます|となります|になります)"
)
_PAUSE_FROM: Final = re.compile(
    rf"{_AT_START}(?:{_WHY_BEFORE})?{_DATE}\s*(?:から|より|~|以降)\s*(?:は\s*)?"
    r"(?:当面\s*(?:の間)?\s*[、,]?\s*)?(?:活動\s*(?:を|は)?\s*)?"
    rf"(?:休止|休会|お?休み|廃止|終了)\s*{_TO_COME}?{_WHY_AFTER}?"
)
# a pause to come left as written (「※11月から休止予定」 read in November, 「来月から」): begun, or
# when? Its days are not listed as if it were a remark
_PAUSE_LEFT: Final = re.compile(
    r"(?:から|より|~|以降)\s*(?:は\s*)?(?:当面\s*(?:の間)?\s*[、,]?\s*)?(?:活動\s*(?:を|は)?\s*)?"
    rf"(?:休止|休会|お?休み|廃止)\s*{_TO_COME}"
)
# a date something starts from said after the pause: its end, in other words
_FROM_AFTER: Final = re.compile(rf"{_AT_START.replace('(。', '(。、,')}{_DATE}\s*(?:から|より|~)")
_PAUSE_AFTER: Final = re.compile(
    rf"{_AT_START}(?:{_WHY_BEFORE})?{_DATE}\s*(?:で|をもって|にて|限りで|いっぱいで)\s*"
    rf"(?:活動\s*(?:を|は)?\s*)?(?:休止|休会|お?休み|廃止|終了)\s*{_TO_COME}?{_WHY_AFTER}?"
)
_RESTART: Final = re.compile(
    rf"{_AT_START}(?:(?:現在|ただいま|只今)\s*(?:は\s*)?(?:活動\s*)?"
    r"(?:休止中|休会中|お休み中|お休みしています|休止しています)\s*(?:です)?\s*[、,。]?\s*)?"
    rf"{_DATE}\s*(?:から|より|~|以降)\s*(?:は\s*)?(?:活動\s*(?:を|は)?\s*)?再開\s*{_TO_COME}?"
)


def _day(match: re.Match[str], today: date) -> tuple[date, bool] | None:
    """(the first day said, whether a day of the month was said), the year read as the next
    such day when none is written (a month: its coming first; this month is either)."""
    if match["sm"]:
        found = safe_date(int(match["sy"]), int(match["sm"]), int(match["sd"]))
        return None if found is None else (found, True)
    if match["tm"]:
        found = resolve_yearless(int(match["tm"]), int(match["td"]), today, None)
        return None if found is None else (found, True)
    month = int(match["m"])
    if not 1 <= month <= 12:
        return None
    year = int(match["y"]) if match["y"] else today.year + 1 if match["next"] else None
    if match["d"]:
        day = int(match["d"])
        if year is None:
            found = resolve_yearless(month, day, today, None)
        else:
            found = safe_date(year, month, day)
        return None if found is None else (found, True)
    if year is None:
        if month == today.month:
            return None  # 「11月から休止予定」 read in November: begun, or next year's?
        year = today.year + (month < today.month)
    if match["end"]:
        following = date(year + (month == 12), month % 12 + 1, 1)
        return following - timedelta(days=1), True
    return date(year, month, 1), False


def _said_end(last: date, match: re.Match[str], text: str) -> str:
    """The end said (「2027年3月31日まで」), with the reason given as a remark of its own: in
    brackets of its own when the pause was in brackets (「（…のため1月8日から休止します）」)."""
    said = f"{last.year}年{last.month}月{last.day}日まで"
    why = match["before"] or match["after"]
    if not why:
        return said
    if match["before"] and text[match.start() - 1 : match.start()] == "(":
        return f"{said})({why}"
    return f"{said} ※{why}"


def pauses_to_come(text: str, today: date) -> tuple[str, bool]:
    """(the normalised text with each pause or restart to come said as the end or start it is,
    whether a pause said there has begun already, or is said in words not read here, and needs a
    human)."""
    begun = False

    def pause_from(match: re.Match[str]) -> str:
        nonlocal begun
        found = _day(match, today)
        written_year = bool(match["y"] or match["sy"])
        if found is None or not (written_year or match["tense"]):
            return match.group(0)  # 「4月から当面休止」: which April? as before
        if "再開" in text[match.end() :] or _FROM_AFTER.search(text, match.end()):
            # 「12月29日～お休みします、1月5日から再開」「（1月9日から）」: a break, and then?
            return match.group(0)
        # 「3月末から休止」: from April
        first = found[0] + timedelta(days=1) if match["end"] else found[0]
        if first <= today:
            begun = True
            return match.group(0)
        return _said_end(first - timedelta(days=1), match, text)

    def pause_after(match: re.Match[str]) -> str:
        nonlocal begun
        found = _day(match, today)
        written_year = bool(match["y"] or match["sy"])
        if found is None or not (written_year or match["tense"]):
            return match.group(0)
        if "再開" in text[match.end() :] or _FROM_AFTER.search(text, match.end()):
            return match.group(0)  # 「12月23日で終了、1月13日から再開」: a break, and then?
        last = found[0]
        if not found[1]:  # 「令和9年2月で休止」: the month's last day
            last = date(last.year + (last.month == 12), last.month % 12 + 1, 1) - timedelta(days=1)
        if last < today:
            begun = True
            return match.group(0)
        return _said_end(last, match, text)

    def restart(match: re.Match[str]) -> str:
        if not (match["y"] or match["sy"]):
            # 「（4月から再開予定）」: paused now, until which April? as before
            return match.group(0)
        found = _day(match, today)
        if found is None or found[0] <= today:
            return match.group(0)  # resumed already: as before
        first, with_day = found
        if match["end"]:
            return match.group(0)
        return (
            f"{first.year}年{first.month}月{first.day}日から"
            if with_day
            else f"{first.year}年{first.month}月から"
        )

    said = _PAUSE_FROM.sub(pause_from, text)
    said = _PAUSE_AFTER.sub(pause_after, said)
    said = _RESTART.sub(restart, said)
    if _PAUSE_LEFT.search(said):
        begun = True
    return said, begun


# a span of days closed for works or an event of its own, said in the same clause
# (「（2月2日～2月16日は会場改修工事のためお休みします）」「※2/2～2/16は改修工事のため休み」): this
# winter's, not every year's as a 年末年始 or 夏休み span is
_DAY: Final = (
    r"(?:(?P<{0}m>[0-9]{{1,2}})\s*月\s*)?(?P<{0}d>[0-9]{{1,2}})\s*日"
    r"|(?P<{0}sm>[0-9]{{1,2}})/(?P<{0}sd>[0-9]{{1,2}})"
)
_SPAN: Final = re.compile(
    rf"(?:{_DAY.format('a')})(?:\s*\([月火水木金土日]\))?\s*(?:~|から)\s*"
    rf"(?:{_DAY.format('b')})(?:\s*\([月火水木金土日]\))?\s*(?:まで)?"
)
_ONE_OFF: Final = re.compile(r"工事|改修|修繕|改築|建て?替え?|耐震|点検|選挙|臨時")
_CLOSED: Final = re.compile(r"休止|休会|休館|休業|お?休み|中止")
# the clause the span is said in: a list item of its own (「12/29～1/3を除く、臨時休館日あり」 is
# the season's, 臨時 another item's)
_CLAUSE_START: Final = re.compile(r"[(※。\n、,・]|及び|および|並びに")
_CLAUSE_END: Final = re.compile(r"[)※。\n、,・]|及び|および|並びに")


def one_off_spans(text: str, today: date) -> list[tuple[int, int, date, date]]:
    """The spans of days closed once (for works, 臨時) in a normalised text: (the clause's start
    and end, bracket included when the clause is all of one, the first and last day closed, the
    coming such span)."""
    found = []
    for match in _SPAN.finditer(text):
        if match["am"] is None and match["asm"] is None:
            continue  # 「12日～16日」: of which month?
        start = max(
            (m.end() - 1 for m in _CLAUSE_START.finditer(text, 0, match.start())), default=-1
        )
        end_match = _CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        clause = text[start + 1 : end]
        if not (_ONE_OFF.search(clause) and _CLOSED.search(clause)):
            continue
        if start >= 0 and text[start] == "(" and end < len(text) and text[end] == ")":
            start, end = start - 1, end + 1  # the bracket with it
        first_month = int(match["am"] or match["asm"])
        first_day = int(match["ad"] or match["asd"])
        last_month = int(match["bm"] or match["bsm"] or first_month)
        last_day = int(match["bd"] or match["bsd"])
        first = resolve_yearless(first_month, first_day, today, None)
        if first is None:
            continue
        last = safe_date(
            first.year + ((last_month, last_day) < (first_month, first_day)), last_month, last_day
        )
        if last is None or last < first:
            continue
        found.append((start + 1, end, first, last))
    return found
