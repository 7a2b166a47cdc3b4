"""The tokenizer: normalised text → tokens; text between tokens is filler or unparsed.

One master regex finds the next token anywhere in the text; brackets are
tokenized recursively, and a bracket part with a remark keyword becomes a note.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Final

from directory.schedules.dates import month_length, month_span, valid_month_day
from directory.schedules.model import VALID_NTH, WEEKDAY_LABELS, ClosedPeriod, RuleKind
from directory.schedules.normalise import Normalised
from directory.schedules.patterns import (
    BARE_WEEKDAY_RE,
    CLOSURE_RE,
    DATE_DETAIL_RE,
    DETAIL_RE,
    FIFTH_WEEK_MONTHS,
    FILLER_RE,
    GAP_SPLIT_RE,
    LABEL_MODES,
    MASTER_RE,
    MONTHS_AS_DATES_RE,
    MONTHS_ONLY_RE,
    MOVE_DAYS_RE,
    MOVE_NTH_RE,
    MOVE_WEEKDAY_RE,
    MOVE_WORKDAY_RE,
    NOTE_KEYWORD_RE,
    NTH_ITEM_RE,
    NUMBER_RE,
    PERIOD_TIME_RE,
    SCHEDULE_CHANGE_RE,
    SCHOOL_OWN_RE,
    SHIFT_RE,
    TOP_LEVEL_SPLIT,
    UNREAD_MOVE_RE,
    VENUE_AFTER_RE,
    WD_ONLY_RE,
    WEATHER_RE,
    WEEKS_ONLY_RE,
    YEAR_MONTH_CLOSED_RE,
)
from directory.schedules.readers import (
    date_ref,
    months_in,
    parse_closure_items,
    parse_date_items,
    parse_time,
    weekday_items,
)
from directory.schedules.tokens import (
    HOURS,
    MEETING,
    Anchor,
    CloseVerb,
    Closure,
    DateRange,
    DateRef,
    Draft,
    Freq,
    HardSep,
    IrregularMark,
    Label,
    Months,
    Note,
    Selector,
    Times,
    Token,
    Unparsed,
    Until,
    WeekFreq,
)

# Characters that say something about when: a bracket holding one is not a mere remark
# (「（隔月）」 changes the dates; 「（こども食堂）」 does not).
_WHEN_HINT = re.compile(
    r"[0-9一二三四五六七八九十]|曜|週|毎|隔|回|休|除|旬|祝|季|時|期間|年|頃|おき|ごと"
    # 「（学期中のみ）」「（授業日のみ）」: only in the school's terms, which no date names
    r"|学期|授業日|授業期間|開校日|登校日"
    # 「（学校のある日）」「（児童館開館日に限る）」: only on days another place decides
    r"|ある日|ない日|(?:開館|開所|開室|営業)日|日\s*(?:に限る|に限ります|のみ|だけ)"
)

# 「冬場は」「夏季は」「4月〜は」「4月以降は」「最終週は」: a topic that is a time of year or
# some of the weeks, not a part of the meeting (「食事は」「受付は」)
_PERIOD_TOPIC = re.compile(r"[夏冬春秋季期月週]|以降|以後|から|より|休み|期間|[0-9]\s*[/日]")

# 「年度末の」「農繁期の」: a few words saying why, before the months a closure names
_REASON_RE = re.compile(r"\s*[\u3040-\u30ff\u4e00-\u9fff]{1,6}の(?=\s*[0-9])")

# 「第3水曜日は」: what follows is said of those days only.
_LABELS = "".join(WEEKDAY_LABELS)
# The last day of each month as a list writes it (2月: 28 or 29)
_LAST_DAYS = {
    month: {month_length(month), 28} if month == 2 else {month_length(month)}
    for month in range(1, 13)
}

_TOPIC_RE = re.compile(r"\s*は\s*")
_BUT_RE = re.compile(r"\s*(?:ただし|但し)\s*[、,]?\s*")
_LIST_GAP_RE = re.compile(r"\s*[・、,と]\s*")
# 「農繁期の」「積雪期の」 right before the months they are
_SEASON_OF_MONTHS_RE = re.compile(r"\s*(?:積雪|降雪|農繁|農閑)期(?:間)?\s*の\s*")
_DIGIT_RE = re.compile(r"[0-9]")
# 「（5週目がある月は第5土曜日も）」「（第5水曜日も開催）」: more weeks of the rule before
_ALSO_WEEKS_RE = re.compile(
    rf"\s*(?:{FIFTH_WEEK_MONTHS}\s*)?第\s*(?P<n>[1-5](?:\s*[・、]\s*第?\s*[1-5])*)\s*"
    r"(?P<wd>[月火水木金土日])曜日?\s*も\s*(?:開催|実施|活動|あり)?\s*(?:します|しています)?\s*"
)
# 「（毎週木曜日、年末年始を除く）」: the days it meets on, then what is closed
_EVERY_WEEK_THEN_RE = re.compile(r"\s*毎週\s*(?P<days>[^、,()]+?)\s*[、,]\s*")
# 「（毎週月曜日、年末年始は休館）」: a place's closed days, not a meeting's
_FACILITY_CLOSED_RE = re.compile(r"休館|休業|閉館|定休|休所|休園")
_SAID_OF_ALL_RE = re.compile(r"\s*(?:いずれも|どちらも|すべて|全て|共に|ともに)\s*")
# 「（第2土曜日は14:00～16:00も開催）」: those days have one more session, at that time
_ALSO_SESSION_RE = re.compile(
    r"\s*も\s*(?:開催|実施|活動|あり|行います|行っています)?\s*(?:します|しています)?\s*"
)

# A token handler gets the detail match and the token's span; None means the
# values are invalid (31月, 第7), so the token text is kept as unparsed.
_Handler = Callable[[re.Match[str], int, int], list[Token] | None]


class Tokenizer:
    """Turns the normalised text into tokens; text between tokens is filler or unparsed."""

    def __init__(self, original: str, norm: Normalised, today: date) -> None:
        self._original = original
        self._text = norm.text
        self._origin = norm.origin
        self._today = today
        self._bracket_depth = 0
        self._label_mode = MEETING  # the last label's: 「開館時間」's brackets are about hours
        self._handlers: dict[str, _Handler] = {
            "label": self._label,
            "season": self._season,
            "holidayclosed": lambda _m, s, e: [Closure(s, e, True, (), frozenset())],
            "daterange": self._daterange,
            "nameddays": self._nameddays,
            "closeverb": lambda _m, s, e: [CloseVerb(s, e)],
            "remark": self._remark,
            "info": lambda _m, s, e: [Note(s, e, self.verbatim(s, e))],
            "paren": self._paren,
            "fifthmonths": lambda _m, s, e: [Note(s, e, self.verbatim(s, e))],
            "yearclosed": self._yearclosed,
            "closure": self._closure,
            "anchor": self._anchor,
            "until": self._until,
            "monthstart": self._month_start,
            "nth": self._nth,
            "nthweek": self._nth_week,
            "months": self._months,
            "seasontime": self._season_time,
            "otherseason": lambda _m, s, e: [Months(s, e, frozenset(), season=True)],
            "othermonths": lambda _m, s, e: [Months(s, e, frozenset(), topic=True)],
            "monthsonly": self._months_only,
            "monthday": self._monthday,
            "dates": self._dates,
            "freq": self._freq,
            "weekfreq": lambda m, s, e: [WeekFreq(s, e, int(m["wcount"]))],
            "irregular": lambda _m, s, e: [IrregularMark(s, e, self._bracket_depth > 0)],
            "time": self._time,
            "weekly": self._weekly,
            "vague": lambda _m, s, e: [Note(s, e, self.verbatim(s, e))],
            "hardsep": lambda _m, s, e: [HardSep(s, e)],
            "note": lambda _m, s, e: [Note(s, e, self.verbatim(s, e), absorbent=True)],
            "hedge": lambda _m, s, e: [Note(s, e, self.verbatim(s, e))],
            "yearmonths": self._year_months,
            "fiscalyear": self._fiscal_year,
        }

    def verbatim(self, start: int, end: int) -> str:
        """The original text behind normalised [start, end), trimmed."""
        return self._original[self._origin[start] : self._origin[end]].strip()

    def between(self, start: int, end: int) -> str:
        """The normalised text between two tokens."""
        return self._text[start:end]

    def tokenize(self, start: int, end: int) -> list[Token]:
        tokens: list[Token] = []
        pos = start
        while pos < end:
            match = MASTER_RE.search(self._text, pos, end)
            if match is None or match.end() == match.start():
                break
            tokens.extend(self._gap(pos, match.start()))
            tokens.extend(self._token(match, end))
            pos = match.end()
        tokens.extend(self._gap(pos, end))
        return self._absorb_into_notes(tokens)

    def _token(self, match: re.Match[str], scope_end: int) -> list[Token]:
        kind = match.lastgroup or ""
        start, end = match.start(), match.end()
        # Re-match with the master's view of the text: a lookahead ("奇数月の" before
        # a rule) must see what follows the token.
        detail = DETAIL_RE[kind].match(self._text, start, scope_end)
        if detail is not None and detail.end() != end:
            detail = None
        tokens = self._handlers[kind](detail, start, end) if detail is not None else None
        return [Unparsed(start, end, self.verbatim(start, end))] if tokens is None else tokens

    def _gap(self, start: int, end: int) -> list[Token]:
        """Unknown text between tokens: separators and filler vanish, the rest is kept."""
        tokens: list[Token] = []
        pos = start
        for separator in [*GAP_SPLIT_RE.finditer(self._text, start, end), None]:
            piece_end = separator.start() if separator else end
            piece = self._text[pos:piece_end]
            if _SEASON_OF_MONTHS_RE.fullmatch(piece) and _DIGIT_RE.match(self._text, piece_end):
                pass  # 「農繁期の5・6月、9・10月は休み」: the months say it all
            elif piece.strip() and not FILLER_RE.fullmatch(piece):
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                text = self.verbatim(pos, piece_end)
                if piece.rstrip().endswith(":") and not _WHEN_HINT.search(piece):
                    # 「子ども食堂：毎月第1土曜日」: the name of what the schedule is of
                    tokens.append(Note(pos + lead, pos + trail, text.rstrip(":：").strip()))
                elif (
                    _PLACE_OR_ACTIVITY_RE.fullmatch(piece)
                    and not _WHEN_HINT.search(piece)
                    and not self._bracket_depth  # 「（ラジオ体操、7月20日～は毎日）」: said of days
                ):
                    # 「児童館」「つどいの広場「にこにこ」」「はおはなし会」: what or where, not when
                    tokens.append(Note(pos + lead, pos + trail, text.strip()))
                else:
                    tokens.append(Unparsed(pos + lead, pos + trail, text))
            if separator:
                pos = separator.end()
        return tokens

    def _absorb_into_notes(self, tokens: list[Token]) -> list[Token]:
        """Unknown words touching a bare remark (only spaces between) belong to it."""
        result: list[Token] = []
        for token in tokens:
            previous = result[-1] if result else None
            touching = previous is not None and not self._text[previous.end : token.start].strip()
            if previous is not None and touching and _absorbs(previous, token):
                start = previous.start
                result[-1] = Note(start, token.end, self.verbatim(start, token.end), True)
            else:
                result.append(token)
        return [*self._bare_moves(result)]

    def _bare_moves(self, tokens: list[Token]) -> Iterator[Token]:
        """「第1・第3火曜日 10:00～11:30 祝日の場合は翌週」: a move with no ※ or bracket is the
        move 「※祝日の場合は翌週」 is (it was a remark, and the holiday's date was listed)."""
        for token in tokens:
            if (
                isinstance(token, Note)
                and token.absorbent
                and (shift := SHIFT_RE.fullmatch(self._text, token.start, token.end))
            ):
                yield from self._shift(shift, token.start, token.end)
            yield token

    # -- handlers ----------------------------------------------------------

    def _label(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        word = match.group("lab") or match.group("lab2") or match.group("lab3")
        if LABEL_MODES[word] == MEETING and word.endswith("時間"):
            return []  # 「開設日：月・水・金 時間：10:00〜15:00」: the time of the days before it
        self._label_mode = LABEL_MODES[word]
        return [Label(start, end, LABEL_MODES[word])]

    def _season(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        closure = parse_closure_items(match.group(0))
        return (
            None
            if closure is None
            else [dataclasses.replace(closure, start=start, end=end, bare=True)]
        )

    def _daterange(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        first, last = date_ref(match.group("first")), date_ref(match.group("last"))
        if first is None or last is None:
            return None
        return [DateRange(start, end, first, last)]

    def _nameddays(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        days = {int(number) for number in NUMBER_RE.findall(match.group("ndays"))}
        if not all(1 <= day <= 31 for day in days):
            return None
        names_end = match.end("names")
        draft = Draft(RuleKind.MONTHLY_DAY, start, end, days=days)
        return [
            Note(start, names_end, self.verbatim(start, names_end)),
            Selector(start, end, draft),
        ]

    def _remark(self, _match: re.Match[str], start: int, end: int) -> list[Token] | None:
        text = self.verbatim(start + 1, end)
        if not text:
            return [HardSep(start, end)]
        body = start + 1
        if (but := _BUT_RE.match(self._text, body, end)) and but.end() < end:
            body = but.end()  # 「※ただし祝日の場合は翌日」: read as what follows 「ただし」
            text = self.verbatim(body, end)
        if CLOSURE_RE.fullmatch(self._text, body, end):  # ※年末年始を除く: a closure
            return self.tokenize(body, end)
        if shift := SHIFT_RE.fullmatch(self._text, body, end):  # ※祝日の場合は翌週
            return [*self._shift(shift, body, end), Note(start, end, text)]
        closed = self.tokenize(body, end)
        if self._varies(closed, end):  # ※水曜日は12時まで: those days differ
            return [Unparsed(start, end, self.verbatim(start, end))]
        bounds = [token for token in closed if isinstance(token, (Until, Anchor))]
        if len(bounds) == 1 and all(isinstance(t, (Until, Anchor, Note)) for t in closed):
            # ※3月まで・※令和9年1月14日から・※3月31日まで（4月以降は未定）: when the rules end or
            # begin, and what more is said of it
            return closed
        if items := self._remarks_and_closures(body, end):
            return items  # 「※祝日・テスト期間はお休み」: the closure is not lost in the remark
        if _season_times(closed):
            return closed  # ※4月〜9月は10:00〜12:00、10月〜3月は13:00〜15:00
        head = closed
        while head and isinstance(head[-1], Times):
            head = head[:-1]
        if head and all(isinstance(t, Closure) and not t.bare for t in head):
            # 「木曜日※祝日休み 10:00～12:00」: the line's time after the closure;
            # 「※12月23日は休み、12月30日は休み」: closures one after another
            return closed
        if _closes_days(closed):  # ※第5水曜日はお休み
            for token in closed:
                if isinstance(token, Selector):
                    token.draft.in_brackets = True  # an annotation, as a bracket is
            return closed
        if _an_event(closed):
            # 「※毎週水曜日 10:30～ 親子体操」「※育児相談は毎月第3水曜日 10時～」: an activity
            # of the place, its days and time, after its 開館時間・休館日: a meeting
            return [Label(start, start, MEETING), *closed]
        return [self._remark_or_move(start, end, text)]

    def _remark_or_move(self, start: int, end: int, text: str) -> Note | Unparsed:
        """A remark, unless it moves meetings off days we cannot name (「休日の場合は翌日」)
        or changes the days or times (「4月から木曜日に変更」)."""
        said = self._text[start:end]
        moves = UNREAD_MOVE_RE.search(said) and not WEATHER_RE.search(said)
        changes = SCHEDULE_CHANGE_RE.search(said) or PERIOD_TIME_RE.search(said)
        if moves or changes or YEAR_MONTH_CLOSED_RE.search(said):
            return Unparsed(start, end, self.verbatim(start, end))
        if (
            _DAYS_WORD_RE.search(said)
            and DETAIL_RE["time"].search(said)
            and not WEATHER_RE.search(said)
        ):
            # 「※育児相談は毎月第3水曜日 10時～」: days and a time we could not read apart
            return Unparsed(start, end, self.verbatim(start, end))
        if not WEATHER_RE.search(said) and (
            _DAY_MOVE_RE.search(said)
            or (_DAYS_WORD_RE.search(said) and _MONTH_OR_DATE_RE.search(said))
        ):
            # 「（10日が土曜日の場合は9日、…）」「※7月20日～8月20日は毎日」: other days for some
            # dates, not read: as a remark the dates listed would be wrong
            return Unparsed(start, end, self.verbatim(start, end))
        if _UNREAD_CLOSURE_RE.search(said) and not (
            _DAY_WEATHER_RE.search(said) or SCHOOL_OWN_RE.search(said)
        ):
            # 「※積雪期は休み」「※12月中旬～2月末は休み」: days off we cannot name; as a remark
            # the dates would include them
            return Unparsed(start, end, self.verbatim(start, end))
        return Note(start, end, text)

    def _shift(self, shift: re.Match[str], start: int, end: int) -> list[Token]:
        """「祝日の場合は翌日」: the days it moves off closed (for a meeting), where it goes."""
        closure = parse_closure_items((shift["items"] or shift["hitems"]) + "休み")
        if closure is None:
            return []
        to, after = shift["to"], self._after_move(shift)
        if after is not None:
            to = self._text[shift.start("to") : after.start()]
        bare = BARE_WEEKDAY_RE.fullmatch(to.strip())
        if bare and shift["on"] and _LABELS.index(bare["wd"]) > _LABELS.index(shift["on"]):
            # 「月曜日が祝日の場合は火曜日」: the Tuesday after (水曜日 → 火曜日: before)
            to = "翌" + to
        moved = dataclasses.replace(closure, start=start, end=end, shift=True, to=to)
        if after is None:
            return [moved]
        if same := _SEASONS_SAME_RE.fullmatch(self._text, after.end(), end):
            # 「（祝日の場合は翌日、年末年始も同様）」: the season's meetings go the same way; it
            # is closed, and the assembler flags it where a rule meets in it (moved where?)
            seasons = parse_closure_items(same["what"] + "休み")
            if seasons is None:
                return [moved, Unparsed(after.end(), end, self.verbatim(after.end(), end))]
            season = dataclasses.replace(seasons, start=after.end(), end=end, shift=True, to=to)
            return [moved, season]
        # 「（祝日の場合は翌日に振替、年末年始はお休み）」: a clause of its own after the move
        return [moved, *self._bracket_content(after.end(), end)]

    def _after_move(self, shift: re.Match[str]) -> re.Match[str] | None:
        """The 、 or 。 ending a move's destination when another clause follows it
        (「翌日、年末年始も同様」), or None when the destination is all there is."""
        to = shift["to"].strip()
        if not to or _whole_move(to):
            return None
        after = _CLAUSE_SEP_RE.search(self._text, shift.start("to"), shift.end("to"))
        if after is None or not self._text[after.end() : shift.end("to")].strip():
            return None
        head = self._text[shift.start("to") : after.start()].strip()
        return after if _whole_move(head) or _NO_MOVE_RE.fullmatch(head) else None

    def _paren(self, _match: re.Match[str], start: int, end: int) -> list[Token] | None:
        inner_start, inner_end = start + 1, end - 1
        content = self._text[inner_start:inner_end]
        if not content.strip():
            return [HardSep(start, end)]
        if content.strip() in ("毎週", "毎週開催"):
            return [Note(start, end, self.verbatim(inner_start, inner_end))]  # 「火曜日（毎週）」
        if (every := _SAID_OF_ALL_RE.match(content)) and WD_ONLY_RE.fullmatch(content, every.end()):
            # 「1月9日、2月13日（いずれも土曜日）」: the weekday of the dates before, no rule
            return [Note(start, end, self.verbatim(inner_start, inner_end))]
        if WD_ONLY_RE.fullmatch(content):
            weekdays, holidays = weekday_items(content)
            draft = Draft(RuleKind.WEEKLY, start, end, weekdays, holidays, bare=True)
            return [Selector(start, end, draft, from_paren=True, closes_holidays="平日" in content)]
        if WEEKS_ONLY_RE.fullmatch(content):  # 「毎週金曜日（第1・第3）」
            nth = {int(n) for n in NUMBER_RE.findall(content)}
            draft = Draft(RuleKind.MONTHLY_NTH, start, end, nth=nth, of_the_rules=True)
            return [Selector(start, end, draft, from_paren=True)]
        if (also := _ALSO_WEEKS_RE.fullmatch(content)) is not None:
            # 「（5週目のある月は第5水曜日も開催）」: one more week of the rule before, at its time
            nth = {int(n) for n in NUMBER_RE.findall(also["n"])}
            weekdays = {WEEKDAY_LABELS.index(also["wd"])}
            draft = Draft(RuleKind.MONTHLY_NTH, start, end, weekdays, nth=nth)
            return [Selector(start, end, draft, from_paren=True, adds_weeks=True)]
        if MONTHS_ONLY_RE.fullmatch(content):  # "第4日曜日（5月・10月）"
            months = months_in(content)
            return None if months is None else [Months(start, end, months, trailing=True)]
        self._bracket_depth += 1
        try:
            every = _EVERY_WEEK_THEN_RE.match(content)
            if (
                every is not None
                and WD_ONLY_RE.fullmatch(every["days"])
                and CLOSURE_RE.fullmatch(content, every.end())
                and not _FACILITY_CLOSED_RE.search(content)
                and self._label_mode != HOURS
            ):
                # 「13時～16時（毎週木曜日、年末年始を除く）」: 毎週 names the day it meets; the
                # verb closes what the 、 leads to (it read as closing Thursdays: no meeting left)
                tokens = self._bracket_content(inner_start, inner_start + every.end("days"))
                tokens += self._bracket_content(inner_start + every.end(), inner_end)
            else:
                tokens = self._bracket_content(inner_start, inner_end)
        finally:
            self._bracket_depth -= 1
        for token in tokens:
            if isinstance(token, Selector):
                token.draft.in_brackets = True
        if (
            len(tokens) == 1
            and isinstance(tokens[0], Selector)
            and tokens[0].draft.kind is RuleKind.MONTHLY_NTH
        ):  # 「（第1・第3水曜日）」 alone: names the weeks of the rule before it
            return [dataclasses.replace(tokens[0], from_paren=True)]
        if (
            len(tokens) == 2
            and isinstance(tokens[0], Selector)
            and tokens[0].draft.kind is RuleKind.MONTHLY_NTH
            and isinstance(tokens[1], Closure)
            and not tokens[1].bare
            and not tokens[1].shift
            and _LIST_GAP_RE.fullmatch(self._text, tokens[0].end, tokens[1].start)
        ):
            # 「（第5木曜日・祝日を除く）」: the verb closes the weeks too (「祝日・第5…」 reads so)
            verb = CloseVerb(tokens[0].end, tokens[0].end)
            return [tokens[0], verb, tokens[1]]
        if (session := self._one_more_session(tokens, inner_end)) is not None:
            return session
        if self._varies(tokens, inner_end):
            if self._label_mode == HOURS:
                # 「開館時間 9時～21時（日曜・祝日は17時まで）」: a place's hours, never meetings
                return [Note(start, end, self.verbatim(inner_start, inner_end))]
            # 「（第3水曜日は午後 13:00～15:00）」: on some of the days the rule outside says,
            # the time or day differs. Listing both sessions would be wrong: a human decides.
            return [Unparsed(start, end, self.verbatim(start, end))]
        if _about_something_else(tokens):
            topic = tokens[0]
            if isinstance(topic, Unparsed) and _PERIOD_TOPIC.search(topic.text):
                # 「（冬場は7時～）」「（4月〜は13:00〜）」: the time in a period no month names, or
                # from a month on: not the time shown, and not a season we can date
                return [Unparsed(start, end, self.verbatim(start, end))]
            # 「（食事は18時）」「（最終入室は14時半）」: when a part of the meeting happens
            return [Note(start, end, self.verbatim(inner_start, inner_end))]
        if self._said_of_those_days(tokens, inner_end):
            # 「（第2火曜日は体操教室と合同）」: something about those days, not when
            return [Note(start, end, self.verbatim(inner_start, inner_end))]
        if all(isinstance(token, Unparsed) for token in tokens) and not _WHEN_HINT.search(content):
            # 「（こども食堂）」「（ラジオ体操）」「（なくなり次第終了）」: a bracket saying
            # nothing about when is a remark beside the schedule, kept verbatim.
            return [Note(start, end, self.verbatim(inner_start, inner_end))]
        return tokens

    def _one_more_session(self, tokens: list[Token], end: int) -> list[Token] | None:
        """「（第2土曜日は14:00～16:00も開催）」: one more session on those days, at a time of
        its own; the rule outside keeps its own. Its own group, so no time is shared."""
        if len(tokens) != 2 or not isinstance(tokens[0], Selector):
            return None
        selector, times = tokens[0], tokens[1]
        if (
            not isinstance(times, Times)
            or times.times.start is None
            or selector.draft.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
            or not _TOPIC_RE.fullmatch(self._text, selector.end, times.start)
            or not _ALSO_SESSION_RE.fullmatch(self._text, times.end, end)
        ):
            return None
        draft = dataclasses.replace(selector.draft, in_brackets=False)
        return [
            HardSep(selector.start, selector.start),
            dataclasses.replace(selector, draft=draft),
            dataclasses.replace(times, in_brackets=False),
            HardSep(times.end, times.end),
        ]

    def _varies(self, tokens: list[Token], end: int) -> bool:
        """A bracket that gives some days their own time or day: 「第3水曜日は13時から」."""
        for index, token in enumerate(tokens):
            if not isinstance(token, Selector):
                continue
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            stop = after.start if after is not None else end
            if _TOPIC_RE.fullmatch(self._text, token.end, stop) and isinstance(
                after, (Selector, Times, Note, Freq, WeekFreq, IrregularMark)
            ):  # 「土曜は月2回」: how often those days meet differs too
                # 「※土曜日は雨天中止」: the weather may cancel those days; when they meet holds
                return not (isinstance(after, Note) and WEATHER_RE.search(after.text))
        return False

    def _said_of_those_days(self, tokens: list[Token], end: int) -> bool:
        """「第2火曜日は体操教室と合同」: days, は, then words that say nothing about when."""
        if len(tokens) < 2 or not isinstance(tokens[0], Selector):
            return False
        rest = tokens[1:]
        said = self._text[tokens[0].end : end].lstrip()
        return (
            said.startswith("は")
            and all(isinstance(token, Unparsed) for token in rest)
            and not _WHEN_HINT.search(said)
        )

    def _bracket_content(self, start: int, end: int) -> list[Token]:
        """A bracket with a remark keyword in a part makes that part a note, verbatim."""
        if but := _BUT_RE.match(self._text, start, end):
            start = but.end()  # 「（ただし祝日の場合は休み）」: what follows is what it says
        parts = _split_top_level(self._text[start:end], start)
        if SHIFT_RE.fullmatch(self._text, start, end):
            parts = [(start, end)]  # 「土・日曜日、祝日の場合は前日」: one list of days, one move
        if not any(
            NOTE_KEYWORD_RE.search(self._text, s, e)
            or SHIFT_RE.fullmatch(self._text, s, e)
            or self._reason_then_closure(s, e)
            for s, e in parts
        ):
            return self.tokenize(start, end)
        tokens: list[Token] = []
        shared = _CLOSE_TAIL_RE.search(self._text, parts[-1][0], end) is not None
        for part_start, part_end in parts:
            if shared and _BARE_SEASON_RE.fullmatch(self._text, part_start, part_end):
                # 「（年末年始、臨時休業あり）」: the closure word at the end is the season's too
                tokens.extend(self._closed_item(part_start, part_end))
            elif shift := SHIFT_RE.fullmatch(self._text, part_start, part_end):
                tokens.extend(self._shift(shift, part_start, part_end))
                tokens.append(Note(part_start, part_end, self.verbatim(part_start, part_end)))
            elif CLOSURE_RE.fullmatch(self._text, part_start, part_end):
                tokens.extend(self.tokenize(part_start, part_end))  # 祝日の場合は休み
            elif (reason := _REASON_RE.match(self._text, part_start, part_end)) and (
                CLOSURE_RE.fullmatch(self._text, reason.end(), part_end)
            ):
                # 「年度末の3月は休み」: why, then the closure
                tokens.append(
                    Note(part_start, reason.end(), self.verbatim(part_start, reason.end()))
                )
                tokens.extend(self.tokenize(reason.end(), part_end))
            elif items := self._remarks_and_closures(part_start, part_end):
                tokens.extend(items)  # 「（雨天中止・年末年始休み）」
            elif NOTE_KEYWORD_RE.search(self._text, part_start, part_end):
                text = self.verbatim(part_start, part_end)
                tokens.append(self._remark_or_move(part_start, part_end, text))
            else:
                tokens.extend(self.tokenize(part_start, part_end))
        return tokens

    def _reason_then_closure(self, start: int, end: int) -> bool:
        """「農繁期の6月は休み」「年度末の3月は休み」: why, then the closure."""
        reason = _REASON_RE.match(self._text, start, end)
        return (
            reason is not None and CLOSURE_RE.fullmatch(self._text, reason.end(), end) is not None
        )

    def _remarks_and_closures(self, start: int, end: int) -> list[Token]:
        """「雨天中止・年末年始休み」: a remark and a closure listed with 「・」; the remark must
        not swallow the closure. Only when each item is one or the other."""
        items: list[tuple[int, int]] = []
        first = start
        for match in re.finditer("・|及び|および|並びに", self._text[start:end]):
            items.append((first, start + match.start()))
            first = start + match.end()
        items.append((first, end))
        if len(items) < 2:
            return []
        shared = _CLOSE_TAIL_RE.search(self._text, items[-1][0], end) is not None
        closures = [
            CLOSURE_RE.fullmatch(self._text, s, e) is not None
            or (shared and _BARE_CLOSE_ITEM_RE.fullmatch(self._text, s, e) is not None)
            for s, e in items
        ]
        remarks = [
            not closed and NOTE_KEYWORD_RE.search(self._text, s, e) is not None
            for (s, e), closed in zip(items, closures, strict=True)
        ]
        if not any(closures) or not all(c or r for c, r in zip(closures, remarks, strict=True)):
            return []
        tokens: list[Token] = []
        for (item_start, item_end), closed in zip(items, closures, strict=True):
            if closed:
                tokens.extend(self._closed_item(item_start, item_end))
            else:
                text = self.verbatim(item_start, item_end)
                tokens.append(self._remark_or_move(item_start, item_end, text))
        return tokens

    def _closed_item(self, start: int, end: int) -> list[Token]:
        """An item of a closure list: 「年末年始」 before 「・臨時休業あり」 takes its 休業."""
        if not _BARE_CLOSE_ITEM_RE.fullmatch(self._text, start, end):
            return self.tokenize(start, end)
        closure = parse_closure_items(self._text[start:end] + "休み")
        if closure is None:
            return [Unparsed(start, end, self.verbatim(start, end))]
        return [dataclasses.replace(closure, start=start, end=end)]

    def _closure(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        closure = parse_closure_items(match.group(0))
        if closure is None:
            return None
        if "まで" in match.group(0) and closure.periods and all(map(_one, closure.periods)):
            # 「3月まで休み」: from now until the end of March, not every March
            return None
        return [dataclasses.replace(closure, start=start, end=end)]

    def _yearclosed(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        year = int(match.group("ycy"))
        months = [int(month) for month in NUMBER_RE.findall(match.group("ycm"))]
        if not all(1 <= month <= 12 for month in months):
            return None
        year_months = tuple((year, month) for month in months)
        return [Closure(start, end, False, (), frozenset(), year_months=year_months)]

    def _month_start(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        year, month = int(match.group("y")), int(match.group("m"))
        if not 1 <= month <= 12:
            return None
        return [Anchor(start, end, DateRef(year, month, 1), month_only=True)]

    def _anchor(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        if VENUE_AFTER_RE.match(self._text, end):
            return None  # 「12/13より会場変更」: where the meetings are from then, a remark
        ref = date_ref(match.group(0))
        return None if ref is None else [Anchor(start, end, ref)]

    def _until(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        month = int(match.group("um"))
        day = int(match.group("ud")) if match.group("ud") else None
        if not (valid_month_day(month, day) if day is not None else 1 <= month <= 12):
            return None
        year = int(match.group("uy")) if match.group("uy") else None
        return [Until(start, end, year, month, day)]

    def _year_months(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        """「令和9年1月～3月」: from the first of one month to the last of the other."""
        year, first, last = int(match["ymy"]), int(match["ym1"]), int(match["ym2"])
        last_year = int(match["ymy2"]) if match["ymy2"] else year + (last < first)
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return None
        end_day = calendar.monthrange(last_year, last)[1]
        return [DateRange(start, end, DateRef(year, first, 1), DateRef(last_year, last, end_day))]

    def _fiscal_year(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        """「令和8年度」: 2026年4月1日 to 2027年3月31日; 「令和8年度末まで」 ends on the last.

        The period keeps the heading as written: once the year is over (「令和7年度 毎週水曜日」
        read in 令和8年度) the list is last year's, not an end, and ``as_of`` flags it on the day
        it is read (an end said outright, 「令和7年度末まで」, has simply ended)."""
        year = int(match["fy"])
        if match["fyend"]:
            return [Until(start, end, year + 1, 3, 31)]
        said = self.verbatim(start, end) or f"{year}年度"  # 【令和7年度】: rewritten away
        return [DateRange(start, end, DateRef(year, 4, 1), DateRef(year + 1, 3, 31), said)]

    def _nth_week(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        """「5週目」「第5週」 before a closing verb: the weeks; the days are the rules' own."""
        nth = {int(n) for n in NUMBER_RE.findall(match["wn"] or match["wn2"])}
        draft = Draft(RuleKind.MONTHLY_NTH, start, end, nth=nth, of_the_rules=True)
        return [Selector(start, end, draft)]

    def _nth(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        nth: set[int] = set()
        if match.group("parity"):
            nth = {1, 3, 5} if match.group("parity") == "奇数" else {2, 4}
        for item in NTH_ITEM_RE.finditer(match.group("nth") or match.group("weeks") or ""):
            if item.group("span"):  # 第1〜3
                first, last = int(item.group("n")), int(item.group("last"))
                if first > last:
                    return None
                nth |= set(range(first, last + 1))
            else:
                nth.add(int(item.group("n")) if item.group("n") else 1 if item["first"] else -1)
        if not nth <= VALID_NTH:
            return None
        weekdays = weekday_items(match.group("wd") or match.group("pwd"))[0]
        draft = Draft(RuleKind.MONTHLY_NTH, start, end, weekdays, nth=nth)
        return [Selector(start, end, draft)]

    def _months(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        months = months_in(match.group(0))
        topic = match.group("topic") is not None
        return None if months is None else [Months(start, end, months, topic=topic)]

    def _months_only(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        months = months_in(match.group(0))
        return None if months is None else [Months(start, end, months, trailing=True)]

    def _season_time(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        if dates := MONTHS_AS_DATES_RE.search(match.group(0)):
            # 「4/1～9/30は」: whole months, or not a season
            first, last, day = int(dates["sfm"]), int(dates["slm"]), int(dates["sld"])
            if not (1 <= first <= 12 and 1 <= last <= 12) or day not in _LAST_DAYS[last]:
                return None
            return [Months(start, end, month_span(first, last), season=True)]
        months = months_in(match.group(0))
        return None if months is None else [Months(start, end, months, season=True)]

    def _monthday(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        days = {int(number) for number in NUMBER_RE.findall(match.group("days"))}
        if not all(1 <= day <= 31 for day in days):
            return None
        tokens: list[Token] = []
        if match.group("mprefix"):  # "奇数月の15日": a month restriction, then the rule
            months = months_in(match.group("mprefix"))
            if months is None:
                return None
            tokens.append(Months(start, match.end("mprefix"), months))
        draft = Draft(RuleKind.MONTHLY_DAY, start, end, days=days)
        return [*tokens, Selector(match.start("days"), end, draft)]

    def _dates(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        parsed = parse_date_items(match.group(0), self._today)
        if parsed is None:
            return None
        dates, mismatch = parsed
        yearless = not any(
            item.group("y") or item.group("y2") for item in DATE_DETAIL_RE.finditer(match.group(0))
        )
        draft = Draft(RuleKind.DATES, start, end, dates=dates, yearless=yearless)
        tokens: list[Token] = [Selector(start, end, draft)]
        if mismatch:  # a written weekday that contradicts its date needs a human
            tokens.append(Unparsed(start, end, self.verbatim(start, end)))
        return tokens

    def _freq(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        if match.group("bimonthly"):
            return [Freq(start, end, None, 6)]
        count = int(match.group("count"))
        most = int(match.group("max")) if match.group("max") else None
        if match.group("every"):  # 2ヶ月に1回 = 年6回
            months = int(match.group("every"))
            if months < 1 or (12 * count) % months or most is not None:
                return None
            return [Freq(start, end, None, 12 * count // months)]
        yearly = "年" in match.group(0)
        limit = 365 if yearly else 31
        if count < 1 or count > limit or (most is not None and not count < most <= limit):
            return None
        if yearly:
            return None if most is not None else [Freq(start, end, None, count)]
        return [Freq(start, end, count, None, most)]

    def _time(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        times = parse_time(match)
        return None if times is None else [Times(start, end, times, self._bracket_depth > 0)]

    def _weekly(self, match: re.Match[str], start: int, end: int) -> list[Token] | None:
        prefix = match.group("prefix")
        listed = (
            match.group("list")
            or match.group("plist")
            or match.group("setlist")
            or match.group("bare")
        )
        weekdays, holidays = weekday_items(listed)
        interval = _interval(prefix)
        if interval is None:
            return None
        draft = Draft(
            RuleKind.WEEKLY,
            start,
            end,
            weekdays,
            holidays,
            interval=interval,
            bare=prefix is None,
        )
        return [Selector(start, end, draft, closes_holidays="平日" in listed)]


# The name of a place or an activity written beside the days in a list's cell
_PLACE_OR_ACTIVITY_RE: Final = re.compile(
    r"\s*[*＊]?\s*(?:は\s*)?[\u3040-\u30ff\u4e00-\u9fffー]{0,16}"
    r"(?:児童館|児童センター|公民館|図書館|集会所|集会場|自治会館|会館|公会堂|センター|ひろば|広場|"
    r"サロン|カフェ|教室|体操|食堂|拠点|プレイルーム|会|支援|講座)"
    r"(?:「[^」]{1,16}」)?(?:開放)?\s*"
)
# Weather that calls off one day (「雪の日は休み」), not a season of it (「積雪期は休み」)
_DAY_WEATHER_RE: Final = re.compile(
    r"雨|天候|荒天|悪天|台風|警報|大雪|雪の日|積雪時|積雪の(?:場合|日|とき)"
)
_DAYS_WORD_RE: Final = re.compile(r"曜|毎週|毎月|隔週|毎日")
_MONTH_OR_DATE_RE: Final = re.compile(r"(?<![第0-9])[0-9]{1,2}\s*(?:月(?!\s*曜)|/)")
# A move's destination read whole (readers.read_move), or one that names no day (前日, 振替日は別途)
_WHOLE_MOVES: Final = (MOVE_DAYS_RE, MOVE_WEEKDAY_RE, MOVE_WORKDAY_RE, MOVE_NTH_RE, BARE_WEEKDAY_RE)


def _whole_move(to: str) -> bool:
    return any(pattern.fullmatch(to) for pattern in _WHOLE_MOVES)


_NO_MOVE_RE: Final = re.compile(
    r"(?:前日|前の日|前週)\s*(?:に|へ)?\s*(?:振替|変更)?\s*(?:開催|実施)?"
)
_CLAUSE_SEP_RE: Final = re.compile(r"\s*[、,。]\s*")
# 「年末年始も同様」「お盆・年末年始も同様です」 after a move: those seasons too
_SEASONS_SAME_RE: Final = re.compile(
    r"\s*(?P<what>(?:年末年始|お盆|GW|ゴールデンウ[ィイ]ーク)(?:\s*[・、]\s*(?:年末年始|お盆|GW|ゴールデンウ[ィイ]ーク))*)"
    r"\s*(?:の場合)?\s*も\s*(?:同様|同じ|同じく)\s*(?:です|とします)?\s*。?\s*"
)
_DAY_MOVE_RE: Final = re.compile(r"[0-9]{1,2}\s*日\s*が|(?:場合|とき)\s*は\s*[0-9]{1,2}\s*日")
# A closure said outright (「…は休み」「…休止」), not a maybe (「休むことあり」「臨時休業あり」)
_UNREAD_CLOSURE_RE: Final = re.compile(
    r"(?<!臨時)(?<!昼)(?:お?休み|休館|休業|中止|休止|休会|休講)\s*(?:します|となります|です)?\s*。?\s*$"
)
# 「年末年始・臨時休業あり」「年末年始・雨天中止」: a season named bare in a list whose last item
# closes (臨時休業・雨天中止 are remarks: when is not said; the season's dates are known)
# (its own dates in brackets with it: 「年末年始（12/29～1/3）・臨時休館日を除く」)
_SEASON_DATES: Final = r"(?:\s*\((?:[0-9月日/\s~\-]|から)+\))?"
_BARE_SEASON_RE: Final = re.compile(
    rf"\s*(?:年末年始|お盆|GW|ゴールデンウ[ィイ]ーク)(?:期間)?{_SEASON_DATES}\s*"
)
# 「（祝日・テスト期間はお休み）」: holidays too, in a 「・」 list whose last item is a remark
_BARE_CLOSE_ITEM_RE: Final = re.compile(
    r"\s*(?:(?:年末年始|お盆|GW|ゴールデンウ[ィイ]ーク)(?:期間)?"
    rf"{_SEASON_DATES}|(?:国民の)?祝(?:祭)?日|振替休日"
    # 「12/29～1/3・臨時休館日を除く」: a span of days
    r"|[0-9]{1,2}(?:月\s*[0-9]{1,2}日|/[0-9]{1,2})\s*~\s*[0-9]{1,2}(?:月\s*[0-9]{1,2}日|/[0-9]{1,2}))\s*"
)
_CLOSE_TAIL_RE: Final = re.compile(
    r"(?:休業|休館|お?休み|休業日|休館日|中止)\s*"
    r"(?:あり|があります|あります|します|となります|(?:を|は)?\s*除く)?\s*。?\s*$"
)


def _an_event(tokens: list[Token]) -> bool:
    """Days then a time, with only names or remarks beside them."""
    kinds = [type(token) for token in tokens if not isinstance(token, Note)]
    return kinds == [Selector, Times]


def _interval(prefix: str | None) -> int | None:
    if prefix is None or prefix == "毎週":
        return 1
    if prefix == "隔週":
        return 2
    weeks = int(NUMBER_RE.findall(prefix)[0])
    return weeks if weeks >= 1 else None


def _split_top_level(content: str, offset: int) -> list[tuple[int, int]]:
    """Split (…) content at 、 , ; outside nested brackets, as absolute spans."""
    parts: list[tuple[int, int]] = []
    depth = 0
    part_start = 0
    for index, char in enumerate(content):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in TOP_LEVEL_SPLIT:
            parts.append((offset + part_start, offset + index))
            part_start = index + 1
    parts.append((offset + part_start, offset + len(content)))
    return [(s, e) for s, e in parts if e > s]


def _one(period: ClosedPeriod) -> bool:
    """One day or one whole month: 「1月4日」「3月」, not 「12月〜2月」."""
    (first_month, first_day), (last_month, last_day) = period.start, period.end
    whole_month = first_day == 1 and last_day == month_length(last_month)
    return period.start == period.end or (first_month == last_month and whole_month)


def _season_times(tokens: list[Token]) -> bool:
    """「4月〜9月は10:00〜12:00、10月〜3月は13:00〜15:00」: each season, then its time."""
    pairs = list(zip(tokens[::2], tokens[1::2], strict=False))
    return (
        bool(tokens)
        and len(tokens) % 2 == 0
        and all(
            isinstance(season, Months) and season.season and isinstance(times, Times)
            for season, times in pairs
        )
    )


def _closes_days(tokens: list[Token]) -> bool:
    """「第5水曜日はお休み」「第5土曜日・祝日・年末年始はお休み」: days, then that they are closed
    (alone or with more that is), and nothing else."""
    last = tokens[-1] if tokens else None
    return (
        len(tokens) >= 2
        and all(isinstance(token, Selector) for token in tokens[:-1])
        and (isinstance(last, CloseVerb) or (isinstance(last, Closure) and not last.bare))
    )


def _about_something_else(tokens: list[Token]) -> bool:
    """「食事は18時」: a word that is the topic (ends in は), then only a time."""
    return (
        len(tokens) == 2
        and isinstance(tokens[0], Unparsed)
        and tokens[0].text.endswith("は")
        and isinstance(tokens[1], Times)
    )


def _absorbs(previous: Token, token: Token) -> bool:
    """Whether two neighbouring tokens are a bare remark and an unknown word."""
    return (isinstance(previous, Unparsed) and isinstance(token, Note) and token.absorbent) or (
        isinstance(previous, Note) and previous.absorbent and isinstance(token, Unparsed)
    )
