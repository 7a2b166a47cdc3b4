"""Parsing: tokens → :class:`~.model.ScheduleSpec`, and :func:`parse_schedule`.

The assembler is a small state machine around *groups*: consecutive selectors
collect until a time range closes them, and that time applies to the whole
group; closures, anchors and remarks apply to the spec or to the rules they
follow.  A month restriction binds to the one rule right after it
("奇数月の第2水曜日"), or in brackets to the group right before it, as a time
does ("第2水曜日と第4土曜日（奇数月）").  Whatever the assembler cannot place
is kept verbatim in ``unparsed``.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import unicodedata
from datetime import date, timedelta
from typing import Final

from directory.schedules.changes import OBON_MONTH_RE, apply_changes, cut, find_changes
from directory.schedules.dates import month_length, resolve_yearless, safe_date
from directory.schedules.model import (
    WEEKDAY_LABELS,
    ClosedPeriod,
    FiscalYear,
    Move,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    as_of,
    rule_has_dates,
)
from directory.schedules.normalise import (
    FOREIGN_WORDS_RE,
    JAPANESE_RE,
    Normalised,
    normalise,
)
from directory.schedules.occurrences import meets, next_occurrences
from directory.schedules.patterns import (
    BARE_WEEKDAY_RE,
    EVERY_YEAR_DAYS_RE,
    FIFTH_WEEK_MONTHS_RE,
    MONDAY_HOLIDAY_RE,
    MONTH_DAY_RE,
    PART_OF_DAY_RE,
    SAME_FOR_HOLIDAYS,
    VENUE_CHANGE_RE,
)
from directory.schedules.pauses import one_off_spans, pauses_to_come
from directory.schedules.readers import read_move
from directory.schedules.tokenizer import Tokenizer
from directory.schedules.tokens import (
    CLOSED,
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

_LIMITING_PERIOD: Final = "期間中"
# 「（夏休み期間中は水曜日も開催）」: more meetings in the period, the listed ones still hold
# (「夏休み期間中は毎日」: every day holds the rule's days too)
_ALSO_HELD: Final = re.compile(r"も(?:開催|実施|活動|開所|開館|オープン)|は\s*毎日(?:開催|実施)?$")
# 「（現在休止中）」「当面の間お休み」「当面の間、休止」「4月から再開予定」: no meeting now, and no date says until
# when. A remark beside dates would list meetings that do not happen.
_PAUSED: Final = re.compile(
    r"休止中|活動停止|再開|(?:当面|現在|しばらく)(?:の間)?\s*[、,，]?\s*(?:は)?\s*[、,，]?\s*"
    r"(?:休止|中止|お?休み|休会|休講)"
)
_CLOSING: Final = re.compile(r"休|除|中止|なし")
# What sets a date apart from the rule said before it: a list item or sentence of its own (a line
# of its own does not: 「毎週土曜日⏎12月20日」 is the date beside the rule, as 「毎週土曜日 12月20日」)
_APART: Final = re.compile(r"[、,;/。]")
# 「平日」「毎日」 said alone: a bracket listing fewer days names the days (「平日（月・火・木・金）」)
_SET_WORD_ONLY: Final = re.compile(r"(?:毎週\s*)?(?:平日|毎日|全日)")
# 「日曜・祝日を除く毎日」: closed days said before the days they are taken from
_EXCEPT: Final = re.compile(r"(?:除く|除き|除いて|のぞく)\s*$")
_UNDECIDED: Final = re.compile(r"(?:以降|以後|から)\s*(?:は)?\s*未定")
_MEAL: Final = re.compile(r"昼食|夕食|朝食|ランチ|ディナー|夕ごはん|昼ごはん|朝ごはん")
# 「9:00～15:00の間で応相談」「日時は要相談」: when it is held is agreed with each person; the
# days and times written are a frame, not meetings (「（時間は要相談）」 beside a day leaves the
# day: it is a remark)
_ARRANGED: Final = re.compile(
    r"(?:の間|以内|の範囲|日時|曜日|日程|日にち|回数)\s*(?:で|は|も|内で)?\s*(?:応|要)?相談"
)
# A date a remark the changes could not read moves a meeting to or from (「※12.13に変更」)
# (「12月は13日に変更」 said with no ※; 「12月13日に変更」: 「変更」 alone after the date)
_DATE_MOVED: Final = re.compile(
    r"(?<![0-9.:])[0-9]{1,2}\s*(?:[./]|月\s*(?:は|の)?)\s*[0-9]{1,2}(?![0-9:]).*?"
    r"(?:変更|振替|振り替え|延期|移動)"
    r"|^\s*(?:に|へ)?\s*(?:変更|振替|振り替え|延期|移動)\s*(?:します|となります|になります|です)?\s*。?\s*$"
)
# 「（夏休み期間中は休み）」「（春休み・冬休みは休み）」: closed for weeks no date names (which
# weeks are the school's 夏休み differs by town and year); the listed dates would include them.
_SCHOOL_BREAK: Final = re.compile(r"(?:夏|冬|春)休み|長期休(?:暇|業|み)|学校休業日?|学休")
# 「（夏休みは火曜日のみ）」: the other days are closed then, as 「休み」 says
_ONLY: Final = re.compile(r"のみ|だけ|限り")
_ALL_MONTHS: Final = 12  # all twelve restrict nothing: stored as ()
# A yearless end (「3月まで」) further ahead than this ended a few months ago, or is next
# year's: which one, the text does not say.
_END_AHEAD_AT_MOST: Final = timedelta(days=275)
_EVERY_DAY_UP_TO: Final = 31  # 5月3日〜5月5日 10:00〜 meets each day; a longer period is 不定期

# Tokens that may stand between a rule and the "（5月・10月）" that restricts it.
_KEEPS_RECENT: Final = (Selector, Times, Freq, IrregularMark, Note)
# 「（年末年始は休み、祝日も同様）」「祝日は休み。振替休日も同じ」: as the clause before
_SAME_FOR_HOLIDAYS: Final = re.compile(
    rf"\s*(?:ただし|但し)?\s*{SAME_FOR_HOLIDAYS}\s*(?:に|く)?\s*(?:です|とします|となります)?\s*。?\s*"
)


@dataclasses.dataclass
class _Seasons:
    """One set of days with a time for each season: 「4月〜9月は9:30〜、10月〜3月は10:00〜」."""

    template: list[Draft]  # the days, before any season's months
    seasons: list[tuple[Months, list[Draft]]]  # each season and the rules it made
    plain: list[Draft]  # the rules of a time said for no months, if any

    @property
    def members(self) -> list[Draft]:
        return [*self.plain, *(draft for _season, drafts in self.seasons for draft in drafts)]


class _Assembler:
    """Groups selectors until a time closes them; applies closures, anchors, notes."""

    def __init__(self, tokenizer: Tokenizer, today: date) -> None:
        self._tokenizer = tokenizer
        self._today = today
        self._rules: list[Draft] = []
        self._group: list[Draft] = []
        self._group_week_freq: list[WeekFreq] = []
        self._last_timed: list[Draft] = []
        self._last_flushed: list[Draft] = []
        self._pending_time: Times | None = None
        self._times_first = False  # each time is written before the days it is of
        self._more_times: list[Times] = []  # 「毎週水曜日⏎午前の部 10:00〜⏎午後の部 13:30〜」
        self._pending_anchors: list[Anchor] = []
        self._pending_until: list[Until] = []
        self._pending_months: Months | None = None
        self._season: Months | None = None  # 「4月〜9月は」: for the time right after it
        self._families: list[_Seasons] = []
        self._repeats: list[Draft] = []  # the copies a second time made of the days before it
        # 「毎週火・木⏎9:00～12:00（7～8月は8:00～11:00）」: seasons of a time written last
        self._late_seasons: list[tuple[Months, Times]] = []
        self._group_months: list[tuple[Draft, Months]] = []  # "奇数月の" → its rule
        # 「1月～3月は第2月曜日、4月～12月は第2・第4月曜日」: rules of their months
        self._topic_months: list[tuple[Draft, Months]] = []
        self._recent: list[Draft] = []  # the group just added to, or just given a time
        self._previous: Token | None = None
        self._before: Token | None = None  # the token before, past 「。」 and line ends
        self._closed_on_holidays = False
        # 平日 leaves out holidays; said beside a rule that names 祝日 (「平日 9時～、土日祝 10時～」)
        # it closes none: that rule is the holidays' (``next_occurrences``).
        self._weekdays_said = False
        self._periods: list[ClosedPeriod] = []
        self._year_months_closed: list[Closure] = []  # 「令和8年12月は休み」
        self._except: Draft | None = None  # 「日曜・祝日を除く」 right before 「毎日」
        self._moves: list[Move] = []
        self._monday_holidays: list[Closure] = []  # 「ハッピーマンデーは休み」: said of Mondays
        self._notes: list[str] = []
        self._unparsed: list[str] = []
        # What the rules being read are: meetings (default), opening hours, or closed days.
        self._mode = MEETING
        self._hours: list[Draft] = []
        self._closed: list[Draft] = []
        self._period: DateRange | None = None
        self._fiscal: FiscalYear | None = None
        self._moved_seasons: list[Closure] = []
        # 「毎週土曜日 9:00～（7月20日～8月31日は毎日）」: a period after the rules, then days of
        # its own: those dates have other days, not the rules before a period
        self._period_after_rules = False

    def feed(self, token: Token) -> None:
        match token:
            case Selector():
                if self._group and self._after_part_of_day():
                    # 「第1日曜 午前、第3日曜 10時～12時」: the 1st Sunday's morning is no 10時～12時
                    self._flush(None)
                self._selector(token)
            case Times():
                self._times(token)
            case Freq():
                self._frequency(token)
            case WeekFreq():
                self._group_week_freq.append(token)
            case IrregularMark():
                self._irregular_mark(token)
            case Months():
                self._months(token)
            case Closure():
                self._closure(token)
            case Anchor():
                self._anchor(token)
            case Until():
                self._pending_until.append(token)
            case Note(text=text) if _SAME_FOR_HOLIDAYS.fullmatch(
                unicodedata.normalize("NFKC", text)
            ):
                self._notes.append(text)
                if isinstance(self._before, CloseVerb) or (
                    isinstance(self._before, Closure) and not self._before.shift
                ):
                    self._closed_on_holidays = True  # closed, as the days before
                # else: held on holidays too, as the days before (a shift moves them already)
            case Note(text=text) if _ARRANGED.search(text):
                self._unparsed.append(text)  # 「9:00～15:00の間で応相談」: arranged, not held
            case Note(text=text) if _DATE_MOVED.search(
                unicodedata.normalize("NFKC", text)
            ) and not VENUE_CHANGE_RE.search(unicodedata.normalize("NFKC", text)):
                self._unparsed.append(text)  # 「※12.13に変更」: a meeting moved, not a remark
            case Note(text=text):
                self._notes.append(text)
                _, period, after = text.partition(_LIMITING_PERIOD)
                if period and not _CLOSING.search(after) and not _ALSO_HELD.search(after):
                    # 「夏休み期間中（7月下旬〜8月）」 limits the rules to a period it does not date
                    self._unparsed.append(text)
                elif (
                    (school := _SCHOOL_BREAK.search(text))
                    and (_CLOSING.search(text, school.end()) or _ONLY.search(text, school.end()))
                    and not _ALSO_HELD.search(text)
                ):
                    self._unparsed.append(text)
                elif _PAUSED.search(text):
                    self._unparsed.append(text)
            case Unparsed(text=text):
                self._unparsed.append(text)
            case HardSep():
                self._flush(None)
            case Label():
                self._label(token)
            case CloseVerb():
                self._close_verb(token)
            case DateRange():
                self._date_range(token)
        if self._pending_months is not None and token is not self._pending_months:
            self._not_understood(self._pending_months)  # "奇数月の" not followed by its rule
            self._pending_months = None
        if self._season is not None and token is not self._season:
            self._not_understood(self._season)  # 「4月〜9月は」 not followed by a time
            self._season = None
        if not isinstance(token, _KEEPS_RECENT):
            self._recent = []
        self._previous = token
        if not isinstance(token, HardSep):
            self._before = token

    def _after_part_of_day(self) -> bool:
        """Whether the token before is a part of the day said alone (「午前」「PM」): it is the
        days' before it, as a time would be, and closes them."""
        previous = self._previous
        return isinstance(previous, Note) and bool(
            PART_OF_DAY_RE.fullmatch(unicodedata.normalize("NFKC", previous.text).strip())
        )

    def finish(self, original: str) -> ScheduleSpec:
        self._end_section()
        self._time_after_slash()
        if self._closed or self._periods or self._closed_on_holidays or self._weekdays_said:
            self._time_alone_is_hours()  # 「9時〜17時 土日祝休み」
        period_rule = self._period_rule()
        for late_season, late_time in self._late_seasons:
            self._not_understood(late_season)
            self._not_understood(late_time)
        for leftover in [self._pending_time, self._pending_months, *self._more_times]:
            if leftover is not None:
                self._not_understood(leftover)
        for family in self._families:
            self._share_the_year(family)
        self._months_share_the_year()
        self._dates_of_the_period()
        frozen = [(draft, self._freeze(draft)) for draft in self._rules]
        rules = [rule for _draft, rule in frozen if rule is not None]
        listed = {id(rule): draft for draft, rule in frozen if rule is not None}
        rules = self._starting(rules)
        if rules and not all(_on_mondays_only(rule) for rule in rules):
            for token in self._monday_holidays:
                # 「毎週月・木曜日（祝日の月曜日は休み）」: and a holiday Thursday? Closing every
                # holiday would hide a meeting the text keeps
                self._not_understood(token)
        for note in self._notes:
            if _UNDECIDED.search(note) and not any(rule.valid_until for rule in rules):
                # 「（令和9年4月以降は未定）」: the dates after it may not happen; with 「3月31日まで」
                # beside it, the end says so already
                self._unparsed.append(note)
        for season in self._moved_seasons:
            if any(
                _meets_in(rule, period, self._today) for rule in rules for period in season.periods
            ):
                # 「毎週水曜日（祝日の場合は翌日、年末年始も同様）」: the 30th moves to the 31st,
                # closed too? A human says where the season's meetings go; a rule that never
                # meets in it (第2日曜日) reads as written
                self._not_understood(season)
        listed_closed: list[Rule] = []
        if period_rule is not None:
            rules.append(period_rule)
        elif self._period is not None and rules:
            rules = [self._within_period(rule, self._period) for rule in rules]
            rules, listed_closed = self._dates_beside_rules(
                rules, self._period_dates(self._period), listed
            )
        elif self._period is None and rules:
            rules, listed_closed = self._dates_beside_rules(rules, None, listed)
        elif self._period is not None:
            self._not_understood(self._period)  # 「12月29日〜1月3日」 alone: meetings or closure?
        every_week = {
            day
            for draft in self._rules
            if draft.kind is RuleKind.WEEKLY and draft.interval == 1
            for day in draft.weekdays
        }
        for draft in self._closed:
            if draft.of_the_rules:  # 「（5週目はお休み）」: of the days meeting every week
                draft.weekdays = set(every_week)
        closed = []
        for draft in self._closed:
            self._closed_on_holidays |= draft.holidays  # 休館日: 月曜日・祝日
            draft.holidays = False
            if draft.weekdays or draft.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH):
                if (rule := self._freeze(draft)) is not None:
                    closed.append(rule)
        if not self._hours:
            closed = [rule for rule in closed if not _closes_no_meeting(rule, rules)]
        closed.extend(self._dates_closed(rules))
        closed.extend(listed_closed)
        if self._weekdays_said and not any(rule.holidays for rule in rules):
            self._closed_on_holidays = True
        return self._course_counted(
            ScheduleSpec(
                rules=tuple(rules),
                closed_on_holidays=self._closed_on_holidays,
                closed_periods=tuple(self._periods),
                moves=tuple(dict.fromkeys(self._moves)),
                notes=tuple(note for note in self._notes if note),
                unparsed=tuple(text for text in self._unparsed if text),
                original=original,
                hours=tuple(r for draft in self._hours if (r := self._freeze(draft)) is not None),
                closed_rules=tuple(closed),
                fiscal_year=self._fiscal,
            )
        )

    def _course_counted(self, spec: ScheduleSpec) -> ScheduleSpec:
        """「2027年2月2日～3月16日 毎週火曜日（全7回）」: a count of a course's sessions that
        agrees with the meetings of its period is a remark; one that does not (a week off?),
        or one with no dated period, stays unparsed."""
        span = self._period_dates(self._period) if self._period is not None else None
        if span is None or not spec.rules:
            return spec
        for text in spec.unparsed:
            said = _COURSE_COUNT.fullmatch(unicodedata.normalize("NFKC", text).strip())
            if said is None:
                continue
            rest = tuple(t for t in spec.unparsed if t != text)
            counted = dataclasses.replace(spec, unparsed=rest, notes=(*spec.notes, text))
            days = (span[1] - span[0]).days + 1
            found = next_occurrences(counted, span[0], int(said[1]) + 1, horizon_days=days)
            if len(found) == int(said[1]):
                return counted
        return spec

    # -- labels: meetings, opening hours, closed days ----------------------

    def _label(self, token: Label) -> None:
        self._end_section()
        if token.mode == CLOSED:
            self._time_alone_is_hours()  # 「9:00〜17:00（定休日：水曜日）」
        self._mode = token.mode

    def _time_after_slash(self) -> None:
        """「毎週水曜日／10時〜12時」: a time written last, after rules none of which has one,
        is the time of them all (a cell's lines: 「毎週月曜日⏎木曜日⏎10:00〜12:00」).

        Only at the end, and only when no rule has a time of its own: 「毎週月曜日／第3土曜日
        10:00〜」 gives the time to 第3土曜日, and the canonical text never writes a lone time
        after 「／」."""
        if (
            self._mode == MEETING
            and self._pending_time is not None
            and not self._pending_time.in_brackets
            and self._rules
            and all(draft.times is None for draft in self._rules)
        ):
            untimed = list(self._rules)
            for draft in untimed:
                draft.times = self._pending_time.times
            if self._late_seasons:
                family = _Seasons([draft.copy() for draft in untimed], [], untimed)
                self._families.append(family)
                for season, times in self._late_seasons:
                    if any(not _takes_months(draft) for draft in untimed):
                        self._not_understood(season)
                        continue
                    drafts = [draft.copy() for draft in family.template]
                    for draft in drafts:
                        draft.months, draft.times = set(season.months), times.times
                    self._rules.extend(drafts)
                    family.seasons.append((season, drafts))
                self._late_seasons = []
            for more in self._more_times:  # each later time is a session of the same days
                for draft in untimed:
                    session = draft.copy()
                    session.times = more.times
                    self._rules.append(session)
            self._pending_time, self._more_times = None, []

    def _time_alone_is_hours(self) -> None:
        """A time with no day before closed days is every day's opening hours."""
        if self._mode == MEETING and self._pending_time is not None and not self._rules:
            self._mode = HOURS
            self._end_section()
            self._mode = MEETING

    def _end_section(self) -> None:
        """Close the rules of the current label; a lone time after 開館時間 is every day's."""
        self._flush(None)
        if self._mode == HOURS and self._pending_time is not None:
            every_day = Draft(RuleKind.WEEKLY, self._pending_time.start, self._pending_time.end)
            every_day.weekdays = set(range(7))
            every_day.times = self._pending_time.times
            self._hours.append(every_day)
            self._pending_time = None

    def _close_verb(self, token: CloseVerb) -> None:
        """「第3月曜日は休館」: the rules just read (without a time) are closed days.

        After a bracket (「毎週日曜日（第1日曜日を除く）」) only the bracket's rules are; after
        words not understood (「毎週木曜日（第5週を除く）」) nothing is."""
        if isinstance(self._previous, Unparsed):
            self._not_understood(token)
            return
        # 「毎週水曜日⏎9時～11時⏎※第5水曜日は休み」: the time on its line is of the rules before
        # it (none has one); the days just read are the closed ones, not those rules
        time_of_the_rules_before = (
            self._pending_time is not None
            and not self._pending_time.in_brackets
            and bool(self._rules)
            and all(draft.times is None for draft in self._rules)
        )
        if self._group and (self._pending_time is None or time_of_the_rules_before):
            split = len(self._group)
            while split > 0 and self._group[split - 1].in_brackets:
                split -= 1
            if 0 < split < len(self._group):
                self._closed.extend(self._group[split:])
                del self._group[split:]
                self._recent = self._group
                return
            self._closed.extend(self._group)
            self._group, self._group_months, self._group_week_freq = [], [], []
            self._recent = []
            return
        flushed = [d for d in self._last_flushed if d.times is None]
        if flushed and flushed == self._last_flushed and self._rules[-len(flushed) :] == flushed:
            del self._rules[-len(flushed) :]
            self._closed.extend(flushed)
            self._last_flushed = []
            return
        self._not_understood(token)

    def _date_range(self, token: DateRange) -> None:
        if self._mode == CLOSED:  # 休館日: 12月29日〜1月3日
            period = ClosedPeriod(
                (token.first.month, token.first.day), (token.last.month, token.last.day)
            )
            if period not in self._periods:  # 年末年始（12月29日〜1月3日）: said twice
                self._periods.append(period)
        elif self._period is None:
            self._period = token
            self._period_after_rules = bool(self._rules or self._group)
        else:
            self._not_understood(token)

    def _starting(self, rules: list[Rule]) -> list[Rule]:
        """「12月1日から毎週火曜日」「令和9年4月より」: the one start date the rules have;
        「令和9年3月まで」: the one last day."""
        return self._ending(self._beginning(rules))

    def _beginning(self, rules: list[Rule]) -> list[Rule]:
        anchors = self._pending_anchors
        starts = [r for r in rules if r.kind is not RuleKind.DATES and r.valid_from is None]
        begins = _start_date(anchors[0].ref, self._today) if len(anchors) == 1 else None
        if begins is None or not starts or len(starts) != len(rules) or self._period is not None:
            for anchor in anchors:
                self._not_understood(anchor)
            return rules
        return [dataclasses.replace(rule, valid_from=begins) for rule in rules]

    def _ending(self, rules: list[Rule]) -> list[Rule]:
        untils = self._pending_until
        ends = [r for r in rules if r.kind is not RuleKind.DATES and r.valid_until is None]
        last = _end_date(untils[0], self._today) if len(untils) == 1 else None
        if (
            last is None
            or not ends
            or len(ends) != len(rules)
            or any(rule.valid_from is not None and rule.valid_from > last for rule in rules)
        ):
            for until in untils:
                self._not_understood(until)
            return rules
        return [dataclasses.replace(rule, valid_until=last) for rule in rules]

    def _period_dates(self, token: DateRange) -> tuple[date, date] | None:
        first, last = token.first, token.last
        start = (
            safe_date(first.year, first.month, first.day)
            if first.year is not None
            else resolve_yearless(first.month, first.day, self._today, None)
        )
        if start is None:
            return None
        year = last.year if last.year is not None else start.year
        end = safe_date(year, last.month, last.day)
        if end is not None and end < start and last.year is None:
            end = safe_date(year + 1, last.month, last.day)
        return None if end is None or end < start else (start, end)

    def _dates_of_the_period(self) -> None:
        """「2027年1月12日〜2027年1月26日 毎週火曜（1月12日・19日・26日）」: dates written with no
        year beside a period are the period's, whatever the day it is read on (read in February
        2027, not January 2028's)."""
        if self._period is None or not self._rules:
            return
        span = self._period_dates(self._period)
        if span is None:
            return
        for draft in self._rules:
            if draft.kind is RuleKind.DATES and draft.yearless:
                draft.dates = {
                    resolve_yearless(day.month, day.day, span[0], None) or day
                    for day in draft.dates
                }

    def _said_beside(self, dates: Draft, rules: list[Rule], drafts: dict[int, Draft]) -> bool:
        """Dates with no bracket said right after a rule of days, its time between at most
        (「毎週土曜日 12月19日」「毎月第3日曜日 10時～ 12/13」, or on the next line), not a list
        item of their own after 「、」「／」."""
        return any(
            rule.kind is not RuleKind.DATES
            and (draft := drafts.get(id(rule))) is not None
            and draft.end <= dates.start
            and not _APART.search(self._tokenizer.between(draft.end, dates.start))
            for rule in rules
        )

    def _dates_beside_rules(
        self, rules: list[Rule], span: tuple[date, date] | None, drafts: dict[int, Draft]
    ) -> tuple[list[Rule], list[Rule]]:
        """Dates listed beside the rules whose meetings they are (「毎週火曜日（1/12・19・26）」,
        or with no bracket, 「毎週土曜日 12月19日」): (the rules, the meetings the list leaves out,
        closed).

        A listed date a rule meets on, at its time, is that meeting, listed once. A period's list
        is its meetings: the dates, no others (「1月12日〜2月23日 毎週火曜日（1/12・1/26・2/9・
        2/23）」 is every other week). Without a period the rule goes on after the list, and a
        meeting between its first and last date that it leaves out is closed (「毎週水曜日（12/2・
        9・16・1/6）」: not the 23rd nor the 30th); one left out every other time (隔週?) is for a
        human. A listed date on another day among the rule's own (a 振替 on Wednesday) is a
        meeting of its own; dates none of which the rule meets on (「毎月第3日曜日（12月13日）」,
        「毎月第3日曜日 12/13」: moved from the 20th, the week miscounted, or one more?) are for a
        human, bracketed or not."""
        closed: list[Rule] = []
        result = list(rules)
        for listed in [
            rule
            for rule in rules
            if rule.kind is RuleKind.DATES
            and rule.dates
            and (draft := drafts.get(id(rule))) is not None
            and (draft.in_brackets or self._said_beside(draft, rules, drafts))
        ]:
            owners = [
                other
                for other in rules
                if other.kind is not RuleKind.DATES
                and rule_has_dates(other)
                and listed.times in (None, other.times)
                and any(meets(other, day) for day in listed.dates)
            ]
            own = {day for day in listed.dates if any(meets(o, day) for o in owners)}
            if not own:
                if span is None and any(
                    other.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
                    and rule_has_dates(other)
                    and listed.times in (None, other.times)
                    for other in rules
                ):
                    # 「毎月第3日曜日（12月13日）」: moved there, the 3rd Sunday miscounted, or one
                    # more meeting? no date of the rule's beside it says which
                    self._not_understood(drafts[id(listed)])
                continue
            times = {owner.times for owner in owners}
            if listed.times is None and len(times) != 1:
                continue  # 「10時〜、14時〜（…）」: which session the dates are, a human says
            time_of = listed.times or next(iter(times))
            first, last = span or (min(own), max(own))
            meetings = {
                found.day
                for found in next_occurrences(
                    ScheduleSpec(
                        rules=tuple(owners),
                        closed_on_holidays=self._closed_on_holidays,
                        closed_periods=tuple(self._periods),
                        original="-",
                    ),
                    first,
                    count=400,
                    horizon_days=(last - first).days + 1,
                )
            }
            skipped = sorted(meetings - set(listed.dates))
            index = result.index(listed)
            if span is not None and skipped:  # a period's list: only those dates
                result[index] = dataclasses.replace(listed, times=time_of)
                result = [rule for rule in result if rule not in owners]
                continue
            if skipped and len(skipped) >= len(own) - 1:
                self._not_understood(drafts[id(listed)])  # every other week, and after it?
                continue
            extra = tuple(sorted(day for day in listed.dates if day not in own))
            if extra and _unsaid_in_month(owners, extra, listed.dates, skipped):
                # 「第1・第3水曜日（12/2・12/9）」: the 9th in place of the 16th, or besides?
                self._not_understood(drafts[id(listed)])
                continue
            if extra:
                result[index] = dataclasses.replace(listed, dates=extra, times=time_of)
                skipped += _moved_in_month(owners, extra, listed.dates)
            else:
                del result[index]
            if skipped:
                closed.append(Rule(RuleKind.DATES, dates=tuple(skipped)))
        return result, closed

    def _period_rule(self) -> Rule | None:
        """A period with only a time: each of its days, or 不定期 within a long one."""
        if self._period is None or self._rules or self._pending_time is None:
            return None
        dates = self._period_dates(self._period)
        if dates is None:
            return None
        start, end = dates
        times, self._pending_time = self._pending_time.times, None
        days = (end - start).days + 1
        if days <= _EVERY_DAY_UP_TO:
            every = tuple(start + timedelta(days=n) for n in range(days))
            self._period = None
            return Rule(RuleKind.DATES, dates=every, times=times)
        return Rule(RuleKind.IRREGULAR, times=times, valid_from=start, valid_until=end)

    def _within_period(self, rule: Rule, token: DateRange) -> Rule:
        dates = self._period_dates(token)
        if dates is None:
            self._not_understood(token)
            return rule
        if rule.kind is RuleKind.DATES or rule.valid_from is not None:
            return rule
        if token.fiscal:  # 「令和8年度 毎週水曜日」: that year's list
            self._fiscal = FiscalYear(dates[0].year, token.fiscal)
        return dataclasses.replace(rule, valid_from=dates[0], valid_until=dates[1])

    # -- token handlers ----------------------------------------------------

    def _selector(self, token: Selector) -> None:
        draft = token.draft
        if token.adds_weeks:
            # 「第1・第3水曜日 10:00～11:30（5週目のある月は第5水曜日も開催）」: the weeks join
            # the one rule of that weekday just read, and its time; else a human decides
            just_read = self._last_timed if isinstance(self._previous, Times) else self._group
            same = [
                d
                for d in just_read
                if d.kind is RuleKind.MONTHLY_NTH and d.weekdays == draft.weekdays
            ]
            if len(same) == 1 and not same[0].months:
                same[0].nth |= draft.nth
            else:
                self._not_understood(draft)
            return
        if self._period is not None and self._period_after_rules:
            self._not_understood(self._period)
            self._not_understood(draft)
            self._period = None
            return
        if token.from_paren and draft.of_the_rules:
            # 「毎週金曜日（第1・第3）」「水曜日（第1・第3）」: those weeks of the days before it
            before = self._previous.draft if isinstance(self._previous, Selector) else None
            in_group = before is not None and any(d is before for d in self._group)
            if (
                before is None
                and isinstance(self._previous, Times)
                and len(self._last_timed) == 1
                and not self._repeats
            ):
                # 「土曜日 10:00～12:00（第1・第3）」: the weeks of the one rule the time closed
                before, in_group = self._last_timed[0], True
            if (
                before is not None
                and before.kind is RuleKind.WEEKLY
                and before.weekdays
                and not before.holidays
                and in_group
            ):
                before.kind, before.nth, before.interval = RuleKind.MONTHLY_NTH, set(draft.nth), 1
            else:
                self._not_understood(draft)
            return
        if token.from_paren and self._annotates_alternate_weeks(draft):
            self._group.pop()  # 「隔週水曜日（第1・第3水曜日）」: the weeks are the ones named
        elif token.from_paren and isinstance(self._previous, Selector):
            before = self._previous.draft
            said = self._tokenizer.between(before.start, before.end)
            if (
                draft.kind is RuleKind.WEEKLY
                and draft.weekdays < before.weekdays
                and not draft.holidays
                and before.kind is RuleKind.WEEKLY
                and _SET_WORD_ONLY.fullmatch(said.strip())
                and any(d is before for d in self._group)
            ):
                before.weekdays = set(draft.weekdays)  # 「平日（月・火・木・金）」: those days
                return
            if draft.weekdays <= before.weekdays or draft.kind is not RuleKind.WEEKLY:
                return  # "平日（月〜金）": the bracket only annotates the selector before it
            listed = self._tokenizer.between(before.start, before.end).rstrip().endswith(")")
            if listed and before.kind is RuleKind.WEEKLY and any(d is before for d in self._group):
                before.weekdays |= draft.weekdays  # 「毎週（月）（木）」: the list goes on
                before.holidays |= draft.holidays
            else:
                self._not_understood(draft)  # 「毎週水曜日（木）」: which is it?
            return
        phase = [anchor for anchor in self._pending_anchors if not anchor.month_only]
        if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and phase:
            self._pending_anchors.remove(phase[0])
            draft.anchor = phase[0].ref
        if (
            not self._group
            and len(self._last_flushed) == 1
            and self._recent == self._last_flushed
            and _name_the_weeks(self._last_flushed[0], draft)
        ):
            return  # 「隔週水曜日 18:30〜20:30（次回12月9日）」
        self._weekdays_said |= token.closes_holidays
        annotates_time = (
            (token.from_paren or draft.in_brackets)
            and not self._group
            and self._pending_time is not None
            and self._previous is self._pending_time
        )
        self._add(draft)
        if annotates_time:
            # 「10時～12時（毎週月曜日）、14時～16時（毎週木曜日）」: the days of the time before
            # them; the next time waits for its own days
            self._flush(None)
            self._times_first = True

    def _annotates_alternate_weeks(self, draft: Draft) -> bool:
        last = self._group[-1] if self._group else None
        return (
            isinstance(self._previous, Selector)
            and last is not None
            and last.kind is RuleKind.WEEKLY
            and last.interval == 2
            and last.anchor is None
            and draft.kind is RuleKind.MONTHLY_NTH
            and draft.weekdays == last.weekdays
        )

    def _frequency(self, token: Freq) -> None:
        previous = self._previous
        gap = None  # the text between the time just read and this count
        if not self._group and isinstance(previous, Times):
            gap = self._tokenizer.between(previous.end, token.start)
        if gap is not None and not gap.strip(" (") and any(map(_every_week, self._last_flushed)):
            self._not_understood(token)  # 「毎週土曜日 10:00〜（月2回程度）」: which Saturdays?
            return
        if token.per_year is not None and isinstance(previous, Closure) and not self._group:
            # 「第3土曜日 10:00～（4月・8月・12月を除く年9回）」: the count of the months left
            monthly = [
                draft
                for draft in self._last_flushed
                if draft.kind in (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY) and not draft.months
            ]
            if monthly and len(monthly) == len(self._last_flushed):
                open_months = _ALL_MONTHS - sum(_whole_month(period) for period in self._periods)
                per_month = sum(_meetings_a_year(draft) for draft in monthly) // _ALL_MONTHS
                if per_month * open_months != token.per_year:
                    self._not_understood(token)
                return
        if token.per_year is not None and gap is not None and not gap.strip(" ("):
            # 「第3土曜日 10:00〜 年3回程度」「第2土曜日 10:00〜（隔月）」: the count of the rules
            # just given their time, which must agree with them (with
            # 「、」 between, as the canonical text writes it, it is a rule of its own)
            monthly = [
                draft
                for draft in self._last_flushed
                if draft.kind in (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY)
            ]
            if monthly:
                if sum(_meetings_a_year(draft) for draft in monthly) != token.per_year:
                    self._not_understood(token)
                return
        if token.per_month is not None and gap is not None and not gap.strip(" ("):
            # 「第1・第3土曜日 10:00〜（月2回）」: the same count again; （月1回） contradicts
            monthly = [
                draft
                for draft in self._last_flushed
                if draft.kind in (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY) and not draft.months
            ]
            if monthly and len(monthly) == len(self._last_flushed):
                meetings = sum(_meetings_a_year(draft) for draft in monthly) // _ALL_MONTHS
                if not token.per_month <= meetings <= (token.per_month_max or token.per_month):
                    self._not_understood(token)
                return
        draft = Draft(RuleKind.IRREGULAR, token.start, token.end)
        draft.per_month, draft.per_year = token.per_month, token.per_year
        draft.per_month_max = token.per_month_max
        self._add(draft)

    def _times(self, token: Times) -> None:
        self._repeats = []
        previous = self._previous
        if (
            isinstance(previous, Note)
            and _MEAL.fullmatch(previous.text)
            and not self._group
            and any(_within(token.times, draft.times) for draft in self._last_timed)
        ):
            # 「10:00～14:00 昼食12:00～」: when a part of the meeting happens, as 「（食事は18時）」
            # (「ランチ11:30～、ディナー17:00～」 are two sessions)
            self._notes[-1] = self._tokenizer.verbatim(previous.start, token.end)
            return
        if self._season is not None:
            season, self._season = self._season, None
            self._seasonal_time(token, season)
        elif self._group:
            self._flush(token.times)
        elif self._last_timed and not token.in_brackets and not self._times_first:
            repeated = [draft.copy() for draft in self._last_timed]
            for draft in repeated:
                draft.times = token.times
            self._rules.extend(repeated)
            self._recent = self._repeats = repeated
        elif self._pending_time is None:
            self._pending_time = token
            self._recent = []
        elif not token.in_brackets and not self._pending_time.in_brackets:
            self._more_times.append(token)  # a session of its own, if the days come first
            self._recent = []
        else:
            self._not_understood(token)
            self._recent = []

    def _seasonal_time(self, token: Times, season: Months) -> None:
        """「毎週火曜日 4月〜9月は9:30〜11:30、10月〜3月は10:00〜12:00」: the days' time in
        those months. A time said before for no months (「9時半〜 夏期（7月〜8月）は9時〜」)
        is the time of the other months (see :meth:`_share_the_year`)."""
        if self._group:
            self._flush(token.times)
            drafts = self._last_flushed
            if self._mode != MEETING or any(not _takes_months(draft) for draft in drafts):
                self._not_understood(season)  # 「奇数月の第2水曜日 4月〜9月は10時〜」
                return
            template = [draft.copy() for draft in drafts]
            for draft in drafts:
                draft.months = set(season.months)
            self._families.append(_Seasons(template, [(season, drafts)], []))
            return
        family = next(
            (f for f in self._families if any(d is t for d in f.members for t in self._last_timed)),
            None,
        )
        if family is None and self._last_timed and self._mode == MEETING:
            if any(not _takes_months(draft) for draft in self._last_timed):
                self._not_understood(season)
                return
            family = _Seasons([draft.copy() for draft in self._last_timed], [], self._last_timed)
            self._families.append(family)
        if family is None and self._pending_time is not None and self._rules and not self._group:
            self._late_seasons.append((season, token))  # the days' time is given at the end
            return
        if family is None:
            self._not_understood(season)  # 「4月〜9月は10時〜」 with no days before it
            self._not_understood(token)
            return
        drafts = [draft.copy() for draft in family.template]
        for draft in drafts:
            draft.months, draft.times = set(season.months), _same_start(token.times, draft.times)
        self._rules.extend(drafts)
        if not season.months and (family.plain or not family.seasons):
            self._not_understood(season)  # 「その他は」 twice, or with no season before it
        if season.months:
            family.seasons.append((season, drafts))
        else:
            family.plain.extend(drafts)  # 「その他は10時〜」: the months no season names
        self._last_flushed = self._last_timed = self._recent = drafts

    def _share_the_year(self, family: _Seasons) -> None:
        """The seasons of one set of days do not overlap; a time said for no months is the
        time of the months no season names."""
        named: set[int] = set()
        for season, _drafts in family.seasons:
            if named & season.months:
                self._not_understood(season)  # 「4月〜9月は…、9月〜3月は…」: which in September?
            named |= season.months
        if not family.plain:
            return
        rest = set(range(1, _ALL_MONTHS + 1)) - named
        season_times = {draft.times for _season, drafts in family.seasons for draft in drafts}
        if not rest and all(draft.times in season_times for draft in family.plain):
            # 「17時〜19時（11月〜2月は16時〜18時、3月〜10月は17時〜19時）」: said again by season
            self._rules = [d for d in self._rules if not any(d is p for p in family.plain)]
            return
        if not rest:
            for season, _drafts in family.seasons:
                self._not_understood(season)  # every month named: when is the first time?
            return
        for draft in family.plain:
            draft.months = set(rest)

    def _later_weekday(self, token: Closure) -> Closure:
        """「毎週月曜日（祝日の場合は火曜日）」: the Tuesday after the holiday Monday, when every
        day the rules before meet on comes before the day named (「毎週木曜日（祝日の場合は
        火曜日）」: that week's, or the next? no move is read)."""
        bare = BARE_WEEKDAY_RE.fullmatch(token.to.strip())
        rules = self._group or self._last_flushed
        if bare is None or not rules:
            return token
        to = WEEKDAY_LABELS.index(bare["wd"])
        days = {day for draft in rules for day in draft.weekdays} | set(token.weekdays)
        weekly = all(
            draft.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and not draft.holidays
            for draft in rules
        )
        if weekly and days and max(days) < to:
            return dataclasses.replace(token, to="翌" + token.to.strip())
        return token

    def _dates_closed(self, rules: list[Rule]) -> list[Rule]:
        """「令和8年12月は休み」: the meetings of that month that year, closed once (a yearly
        「12月は休み」 would close every December). Rules with no dates to close (月1回程度,
        隔週 with no start) leave it to a human."""
        closed: list[Rule] = []
        for token in self._year_months_closed:
            dated = self._mode == MEETING and all(rule_has_dates(rule) for rule in rules)
            if not rules or not dated:
                self._not_understood(token)
                continue
            days: set[date] = set()
            for year, month in token.year_months:
                first = date(year, month, 1)
                length = calendar.monthrange(year, month)[1]
                if first + timedelta(days=length) <= self._today:
                    continue  # a month gone by closes no meeting still to come
                spec = ScheduleSpec(rules=tuple(rules), original="-")
                found = next_occurrences(spec, first, count=40, horizon_days=length)
                days |= {occurrence.day for occurrence in found if occurrence.day.month == month}
            if days:
                closed.append(Rule(kind=RuleKind.DATES, dates=tuple(sorted(days))))
        return closed

    def _months_share_the_year(self) -> None:
        """「1月～3月は第2月曜日、4月～12月は第2・第4月曜日」 reads when every meeting rule
        says its months and no month has two: 「第1土曜日、8月は第3土曜日」 (both in August, or
        only the 第3?) and 「4～9月は…、9～3月は…」 are for a human."""
        # 「（8月は第4水曜日休み）」: the months of a closed day say when it is closed, not when
        # a rule meets
        topics = [(d, m) for d, m in self._topic_months if any(d is r for r in self._rules)]
        if not topics:
            return
        said = {month for _draft, months in topics for month in months.months}
        rest = set(range(1, _ALL_MONTHS + 1)) - said
        for draft, months in topics:
            if not months.months:  # 「その他は第2土曜日」: the months no topic names
                if not rest or not said or sum(not m.months for _d, m in topics) > 1:
                    self._not_understood(months)
                draft.months = set(rest)
        named: set[int] = set()
        overlap = False
        for draft, _months in topics:
            overlap |= bool(named & draft.months)
            named |= draft.months
        if overlap or any(not draft.months for draft in self._rules):
            for _draft, months in topics:
                self._not_understood(months)

    def _irregular_mark(self, token: IrregularMark) -> None:
        if any(draft.kind is RuleKind.IRREGULAR for draft in self._group):
            return
        follows_irregular = bool(self._rules) and self._rules[-1].kind is RuleKind.IRREGULAR
        if token.in_brackets and follows_irregular and not isinstance(self._previous, HardSep):
            return  # "月1回 10:00〜（不定期）" still describes the same rule
        self._add(Draft(RuleKind.IRREGULAR, token.start, token.end))

    def _months(self, token: Months) -> None:
        if token.season:
            self._season = token
            return
        if token.trailing and self._repeats and self._recent is self._repeats:
            # 「18:00〜20:00（5月〜10月）、19:00〜21:00（11月〜4月）」: the second time's months,
            # not the first's again
            for draft in self._repeats:
                draft.months = set(token.months)
            self._repeats = []
            return
        if not token.trailing:
            if self._pending_months is not None:
                self._not_understood(self._pending_months)
            self._pending_months = token  # "奇数月の": for the rule that follows
            return
        # "第4日曜日（5月・10月）": like a time, it applies to the whole group before it
        if self._recent and all(_takes_months(draft) for draft in self._recent):
            for draft in self._recent:
                draft.months = set(token.months)
        else:
            self._not_understood(token)

    def _closure(self, token: Closure) -> None:
        if token.year_months:
            self._year_months_closed.append(token)  # dated once the rules are known
            return
        self._skipped_weeks_listed(token)
        if token.holidays and MONDAY_HOLIDAY_RE.search(
            self._tokenizer.between(token.start, token.end)
        ):
            self._monday_holidays.append(token)
        if token.shift and (self._mode == CLOSED or not (self._group or self._last_flushed)):
            return  # 休館日：月曜日（祝日の場合は翌日）: the note says it, nothing more is closed
        if token.shift:
            token = self._later_weekday(token)
        if token.shift and (move := read_move(token)) is not None:
            self._moves.append(move)  # 「（祝日の場合は翌日）」: held the next day instead
        if token.shift and token.periods:
            self._moved_seasons.append(token)  # 「年末年始も同様」: closed; moved where?
        if token.bare and self._mode != CLOSED:
            self._not_understood(token)  # 「年末年始」 alone: open or closed?
            return
        self._closed_on_holidays |= token.holidays
        self._periods.extend(token.periods)
        if not token.weekdays:
            return
        targets = [
            draft
            for draft in (self._group or self._last_flushed)
            if draft.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
        ]
        if not targets:  # 「月曜休館」 with nothing to subtract from: a closed day of its own
            closed = Draft(RuleKind.WEEKLY, token.start, token.end)
            closed.weekdays = set(token.weekdays)
            self._closed.append(closed)
            said = self._tokenizer.between(token.start, token.end)
            if self._mode == MEETING and _EXCEPT.search(said):
                self._except = closed  # 「日曜・祝日を除く毎日」: taken from the days after it
        for draft in targets:  # "毎日（水曜日を除く）"
            draft.weekdays -= token.weekdays

    def _skipped_weeks_listed(self, token: Closure) -> None:
        """「毎週土曜日 9:00〜 ※第5土曜日・祝日・年末年始はお休み」: the weeks listed before the
        closure are closed too, when they are weeks of the meeting just read."""
        meeting_days = {
            day
            for draft in self._last_flushed
            if draft.kind is RuleKind.WEEKLY and draft.times is not None
            for day in draft.weekdays
        }
        previous = self._previous
        if (
            token.shift
            or token.bare
            or not self._group
            or self._pending_time is not None
            or not isinstance(previous, Selector)
            or not all(
                draft.kind is RuleKind.MONTHLY_NTH and draft.weekdays <= meeting_days
                for draft in self._group
            )
            or self._tokenizer.between(previous.end, token.start).strip(" ・、,と")
        ):
            return
        self._closed.extend(self._group)
        self._group, self._group_months, self._group_week_freq = [], [], []
        self._recent = []

    def _anchor(self, token: Anchor) -> None:
        if token.month_only:
            self._pending_anchors.append(token)  # 「2027年4月から」: when the rules start
            return
        for draft in reversed([*self._rules, *self._group]):
            if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and draft.anchor is None:
                draft.anchor = token.ref
                return
        self._pending_anchors.append(token)

    # -- groups ------------------------------------------------------------

    def _add(self, draft: Draft) -> None:
        """A new rule joins the group, with the month restriction written just before it."""
        if self._except is not None and draft.kind is RuleKind.WEEKLY and draft.interval == 1:
            if draft.weekdays > self._except.weekdays:
                draft.weekdays -= self._except.weekdays
                self._closed = [d for d in self._closed if d is not self._except]
            self._except = None
        if self._pending_months is not None and _takes_months(draft):
            # (「その他は」: every month until the others are known, see _months_share_the_year)
            draft.months = set(self._pending_months.months or range(1, _ALL_MONTHS + 1))
            self._group_months.append((draft, self._pending_months))
            if self._pending_months.topic:
                self._topic_months.append((draft, self._pending_months))
            self._pending_months = None
        self._group.append(draft)
        self._recent = self._group

    def _flush(self, times: TimeRange | None) -> None:
        if not self._group:
            return
        if times is None and self._pending_time is not None:
            times, self._pending_time = self._pending_time.times, None
            for more in self._more_times:  # 「10:00〜 13:00〜 毎週水曜日」: which goes where?
                self._not_understood(more)
            self._more_times = []
        group = self._drop_yearly_frequency(self._contradicted_frequency(self._group))
        group = _dates_name_the_weeks(group)
        drafts = _merge_nth(_merge_dates(_fold_into_irregular(_drop_redundant_frequency(group))))
        for restricted, months in self._group_months:
            # "奇数月の第2水曜日と第4土曜日": do the months restrict the 第4土曜日 too?
            # (「偶数月の第3土曜日と奇数月の第1日曜日」: each rule after it names its own months)
            later = drafts[next((i for i, d in enumerate(drafts) if d is restricted), 0) + 1 :]
            if any(draft is restricted for draft in drafts[:-1]) and not all(
                draft.months for draft in later
            ):
                self._not_understood(months)
        if self._group_week_freq and not any(d.kind is RuleKind.WEEKLY for d in drafts):
            for week_freq in self._group_week_freq:  # "週1回" with no weekday says nothing usable
                self._not_understood(week_freq)
        every_week_days = {
            day
            for draft in drafts
            if draft.kind is RuleKind.WEEKLY and draft.interval == 1
            for day in draft.weekdays
        }
        for week_freq in self._group_week_freq:
            if 0 < week_freq.count < len(every_week_days):
                # 「週1回（火・金）」: once a week, on Tuesday or on Friday? (both would be twice)
                self._not_understood(week_freq)
        if times is None and (fortnight := self._fortnight_of(drafts)) is not None:
            times = fortnight.times  # 「隔週水曜日 19時～21時（12/2、12/16、1/13…）」: its dates
        for draft in drafts:
            draft.times = times
        if self._mode == CLOSED and times is not None:
            # 「休館日：日・祝日 ぴよぴよ広場 毎週火曜日10:30～11:30」: a closed day has no time; a
            # meeting after the 休館日 with no label of its own (which one is it?)
            for draft in drafts:
                self._not_understood(draft)
            drafts = []
        {MEETING: self._rules, HOURS: self._hours, CLOSED: self._closed}[self._mode].extend(drafts)
        self._last_flushed = drafts
        self._last_timed = drafts if times is not None else []
        self._recent = drafts
        self._group = []
        self._group_months = []
        self._group_week_freq = []

    def _fortnight_of(self, drafts: list[Draft]) -> Draft | None:
        """The timed 隔週 rule right before, whose dates a bracket lists."""
        if len(self._last_timed) != 1 or not drafts:
            return None
        rule = self._last_timed[0]
        if rule.kind is not RuleKind.WEEKLY or rule.interval == 1 or rule.anchor is not None:
            return None
        if all(
            draft.kind is RuleKind.DATES
            and draft.in_brackets
            and all(day.weekday() in rule.weekdays for day in draft.dates)
            for draft in drafts
        ):
            return rule
        return None

    def _contradicted_frequency(self, group: list[Draft]) -> list[Draft]:
        """「毎週土曜日（月2回程度）」: every week, or twice a month? Not understood."""
        if not any(_every_week(draft) for draft in group):
            return group
        counts = [
            draft
            for draft in group
            if draft.kind is RuleKind.IRREGULAR
            and (draft.per_month is not None or draft.per_year is not None)
        ]
        for count in counts:
            self._not_understood(count)
        return [draft for draft in group if not any(draft is count for count in counts)]

    def _drop_yearly_frequency(self, group: list[Draft]) -> list[Draft]:
        """A yearly count beside monthly rules: "年2回（6月と11月の第2日曜日）" is redundant.

        "2か月に1回 第3土曜日" or "年4回 第2日曜日" without months: which months? A monthly
        rule alone would list a date every month, so the frequency is not understood."""
        monthly = [d for d in group if d.kind in (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY)]
        yearly = [d for d in group if d.kind is RuleKind.IRREGULAR and d.per_year is not None]
        if not (monthly and yearly):
            return group
        months = {month for frequency in yearly for month in frequency.months}
        if months and not any(draft.months for draft in monthly):
            for draft in monthly:  # 「2か月に1回（偶数月）第4日曜日」: the count's months
                draft.months = set(months)
        meetings = sum(_meetings_a_year(draft) for draft in monthly)
        for frequency in yearly:
            if frequency.per_year != meetings:
                self._not_understood(frequency)
        return [draft for draft in group if not any(draft is f for f in yearly)]

    def _freeze(self, draft: Draft) -> Rule | None:
        if draft.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) and not (
            draft.weekdays or draft.holidays
        ):
            self._not_understood(draft)
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
            per_month_max=draft.per_month_max,
            per_year=draft.per_year,
            times=draft.times,
            months=() if len(draft.months) == _ALL_MONTHS else tuple(sorted(draft.months)),
        )

    def _not_understood(self, token: Token | Draft) -> None:
        self._unparsed.append(self._tokenizer.verbatim(token.start, token.end))

    def _resolve_anchor(self, draft: Draft) -> date | None:
        ref = draft.anchor
        if ref is None:
            return None
        if ref.year is not None:
            return safe_date(ref.year, ref.month, ref.day)
        return resolve_yearless(
            ref.month, ref.day, self._today, draft.weekdays
        ) or resolve_yearless(ref.month, ref.day, self._today, None)


# 「（全7回）」「全7回」: how many sessions a course of a period has.
_COURSE_COUNT = re.compile(r"[(]?\s*全\s*([0-9]+)\s*回\s*[)]?")


def _on_mondays_only(rule: Rule) -> bool:
    """Whether a holiday the rule meets on is always a Monday (「毎週月曜日」「第2月曜日」)."""
    return (
        rule.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
        and rule.weekdays == (0,)
        and not rule.holidays
    )


def _whole_month(period: ClosedPeriod) -> bool:
    """「8月は休み」: one whole month closed (01/01-01/31, 02/01-02/29)."""
    (first_month, first_day), (last_month, last_day) = period.start, period.end
    return first_month == last_month and first_day == 1 and last_day == month_length(last_month)


def _same_start(season: TimeRange, usual: TimeRange | None) -> TimeRange:
    """「9:00～17:00（11月～3月は16:00まで）」: a season that says only its end starts as usual."""
    if season.start is None and season.end is not None and usual is not None:
        return TimeRange(usual.start, season.end)
    return season


def _within(part: TimeRange, whole: TimeRange | None) -> bool:
    """Whether a time starts inside a meeting's time (12:00 in 10:00〜14:00)."""
    return (
        whole is not None
        and part.start is not None
        and whole.start is not None
        and whole.end is not None
        and whole.start < part.start < whole.end
    )


def _drop_redundant_frequency(group: list[Draft]) -> list[Draft]:
    """Drop "月1回" before "第3土曜日": the monthly rule already says how often."""
    monthly = (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY, RuleKind.DATES)
    if not any(draft.kind in monthly for draft in group):
        return group
    return [d for d in group if d.kind is not RuleKind.IRREGULAR or d.per_month is None]


def _dates_name_the_weeks(group: list[Draft]) -> list[Draft]:
    """「隔週月曜日（12月7日、21日）」: dates in brackets after a 隔週 rule say its weeks, when
    all of them fall on its days and weeks; the first is where it is listed from."""
    result: list[Draft] = []
    for draft in group:
        if result and _name_the_weeks(result[-1], draft):
            continue
        result.append(draft)
    return result


def _name_the_weeks(rule: Draft, dates: Draft) -> bool:
    """Whether the bracketed dates fall on the 隔週 rule's days every other week; if so, the
    first is now its date."""
    if not (
        dates.kind is RuleKind.DATES
        and dates.in_brackets
        and dates.dates
        and rule.kind is RuleKind.WEEKLY
        and rule.interval > 1
        and rule.anchor is None
        and all(day.weekday() in rule.weekdays for day in dates.dates)
    ):
        return False
    first = min(dates.dates)
    weeks = [(_monday(day) - _monday(first)).days // 7 for day in sorted(dates.dates)]
    if any(week % rule.interval for week in weeks):
        return False
    if any(later - week != rule.interval for week, later in zip(weeks, weeks[1:], strict=False)):
        # 「（12/2、12/16、1/13…）」: 12/30 is left out (the year end?); the dates, no others
        return False
    rule.anchor = DateRef(first.year, first.month, first.day)
    return True


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _closes_no_meeting(closed: Rule, rules: list[Rule]) -> bool:
    """「月〜土曜日（日・祝・第3土曜日休み）」: Sunday is no meeting day, closing it says nothing.

    Only beside rules on weekdays: 「毎月20日（土日は休み）」 does close days it would list."""
    weekday_rules = (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH)
    return (
        closed == Rule(RuleKind.WEEKLY, weekdays=closed.weekdays)
        and bool(rules)
        and all(rule.kind in weekday_rules and not rule.holidays for rule in rules)
        and not any(set(closed.weekdays) & set(rule.weekdays) for rule in rules)
    )


def _every_week(draft: Draft) -> bool:
    """「毎週土曜日」: written as every week (a bare 土曜日 next to 月2回 only names the day)."""
    return draft.kind is RuleKind.WEEKLY and draft.interval == 1 and not draft.bare


_HALF_A_YEAR: Final = timedelta(days=183)


def _start_date(ref: DateRef, today: date) -> date | None:
    """A start date; without a year, the one nearest today (「4月1日から」 read in March or May)."""
    if ref.year is not None:
        return safe_date(ref.year, ref.month, ref.day)
    for year in (today.year, today.year + 1, today.year - 1):
        found = safe_date(year, ref.month, ref.day)
        if found is not None and abs(found - today) <= _HALF_A_YEAR:
            return found
    return None


def _end_date(until: Until, today: date) -> date | None:
    """The last day of 「3月まで」 (the month's end) or 「3月31日まで」; without a year, the
    coming one: a list says until when it still runs.

    Not when that day just passed: 「3月まで」 read in April is a list written before it
    (the activity has ended) as often as 「until next March」; None leaves it to a human."""
    years = [until.year] if until.year is not None else [today.year, today.year + 1]
    for year in years:
        day = until.day or calendar.monthrange(year, until.month)[1]
        found = safe_date(year, until.month, day)
        if found is not None and (until.year is not None or found >= today):
            if until.year is None and found - today > _END_AHEAD_AT_MOST:
                return None
            return found
    return None


def _meetings_a_year(draft: Draft) -> int:
    """How many meetings a monthly rule gives a year (第1・第3土曜日: 24, 奇数月の15日: 6)."""
    months = len(draft.months) or _ALL_MONTHS
    if draft.kind is RuleKind.MONTHLY_DAY:
        return months * len(draft.days)
    return months * len(draft.nth) * len(draft.weekdays)


def _fold_into_irregular(group: list[Draft]) -> list[Draft]:
    """Fold bare weekdays into a frequency: "月1回 土曜日" names the day, not "every week"."""
    irregular = [draft for draft in group if draft.kind is RuleKind.IRREGULAR]
    if not irregular:
        return group
    result: list[Draft] = []
    for index, draft in enumerate(group):
        if draft.kind is RuleKind.WEEKLY and draft.bare and draft.interval == 1:
            before = [d for d in group[:index] if d.kind is RuleKind.IRREGULAR]
            target = before[-1] if before else irregular[0]
            target.weekdays |= draft.weekdays
            target.holidays |= draft.holidays
            target.months |= draft.months  # "年2回（6月と11月の日曜日）"
        else:
            result.append(draft)
    return _one_irregular(result)


def _one_irregular(group: list[Draft]) -> list[Draft]:
    """「不定期（月1回程度）」: the count says how often the 不定期 meets; one rule, not two."""
    counted = [
        draft
        for draft in group
        if draft.kind is RuleKind.IRREGULAR
        and (draft.per_month is not None or draft.per_year is not None)
    ]
    if not counted:
        return group
    result: list[Draft] = []
    for draft in group:
        if draft.kind is RuleKind.IRREGULAR and draft.per_month is None and draft.per_year is None:
            counted[0].weekdays |= draft.weekdays
            counted[0].holidays |= draft.holidays
            counted[0].months |= draft.months
        else:
            result.append(draft)
    return result


def _takes_months(draft: Draft) -> bool:
    """Specific dates carry their own months; a rule takes one month restriction."""
    return draft.kind is not RuleKind.DATES and not draft.months


def _merge_nth(group: list[Draft]) -> list[Draft]:
    """One rule for one weekday: "第2火曜日・第4火曜日 10:00〜" is 第2・第4火曜日."""
    result: list[Draft] = []
    for draft in group:
        same = next(
            (
                kept
                for kept in result
                if draft.kind is kept.kind is RuleKind.MONTHLY_NTH
                and draft.weekdays == kept.weekdays
                and draft.months == kept.months
            ),
            None,
        )
        if same is None:
            result.append(draft)
        else:
            same.nth |= draft.nth
    return result


def _merge_dates(group: list[Draft]) -> list[Draft]:
    """Merge the dates of one group: "12月20日、1月17日 10:00〜" is one DATES rule."""
    result: list[Draft] = []
    first_dates: Draft | None = None
    for draft in group:
        if draft.kind is RuleKind.DATES and first_dates is not None:
            first_dates.dates |= draft.dates
            first_dates.yearless &= draft.yearless
            continue
        if draft.kind is RuleKind.DATES:
            first_dates = draft
        result.append(draft)
    return result


def _moved_in_month(
    owners: list[Rule], extra: tuple[date, ...], listed: tuple[date, ...]
) -> list[date]:
    """A list of a once-a-month rule's meetings (「毎月第3日曜日（12月13日・1月17日）」) names one
    date a month: a date on another day is that month's meeting, moved (the 20th is off), when
    the rule's own date of that month is not in the list too."""
    if len(owners) != 1 or not _once_a_month(owners[0]):
        return []
    moved = []
    for day in extra:
        first = day.replace(day=1)
        length = calendar.monthrange(day.year, day.month)[1]
        month = [first + timedelta(days=n) for n in range(length)]
        own = [other for other in month if meets(owners[0], other)]
        if own and not any(other in listed for other in own):
            moved.extend(own)
    return sorted(set(moved))


def _unsaid_in_month(
    owners: list[Rule], extra: tuple[date, ...], listed: tuple[date, ...], skipped: list[date]
) -> bool:
    """Whether a month with a date on another day has meetings (from the list's first date on)
    of a rule meeting more than once a month that the list neither names nor closes: the date
    may stand for one of them."""
    if len(owners) == 1 and _once_a_month(owners[0]):
        return False  # (that month's one meeting is moved: :func:`_moved_in_month`)
    for day in extra:
        first = day.replace(day=1)
        length = calendar.monthrange(day.year, day.month)[1]
        for other in (first + timedelta(days=n) for n in range(length)):
            if other < min(listed) or other in listed or other in skipped:
                continue  # (the meetings before the list are not what it is about)
            if any(meets(o, other) for o in owners):
                return True
    return False


def _once_a_month(rule: Rule) -> bool:
    if rule.kind is RuleKind.MONTHLY_NTH:
        return len(rule.nth) * len(rule.weekdays) == 1
    return rule.kind is RuleKind.MONTHLY_DAY and len(rule.days) == 1


# Weekdays and leap years line up again after 28 years: a rule that meets in a closed season
# does so within them.
_CALENDAR_CYCLE_YEARS = 28


def _meets_in(rule: Rule, period: ClosedPeriod, today: date) -> bool:
    """Whether ``rule`` meets on a day of ``period`` (a yearly season) in the years ahead."""
    for year in range(today.year, today.year + _CALENDAR_CYCLE_YEARS):
        first = safe_date(year, *period.start)
        last = safe_date(year + (period.end < period.start), *period.end)
        if first is None or last is None:
            continue
        day = first
        while day <= last:
            if meets(rule, day):
                return True
            day += timedelta(days=1)
    return False


def parse_schedule(text: str, *, today: date | None = None) -> ScheduleSpec:
    """Parse free Japanese schedule text; never raises.

    ``today`` resolves dates written without a year (default: :meth:`date.today`).
    """
    if not text.strip():
        return ScheduleSpec(original=text)
    reference = today or date.today()
    norm = normalise(text)
    if spans := one_off_spans(norm.text, reference):
        return _closed_once(text, norm, spans, reference)
    said, begun = pauses_to_come(norm.text, reference)
    if said != norm.text:
        # 「※令和9年4月から休止予定」: said as the end it is (「2027年3月31日まで」), and read so
        spec = parse_schedule(said, today=reference)
        unparsed = tuple(text if fragment == said else fragment for fragment in spec.unparsed)
        spec = dataclasses.replace(spec, original=text, unparsed=unparsed)
        if any(normalise(note).text not in norm.text for note in spec.notes):
            # the end said was kept as a remark, not read: in the cell's own words, flagged
            spec = _parse_schedule(text, norm, reference)
            begun = True
    else:
        spec = _parse_schedule(text, norm, reference)
    if begun:  # 「※令和8年4月から休止予定」: stopped since, or a stale note? A human says
        spec = dataclasses.replace(spec, unparsed=(*spec.unparsed, text))
    return spec


def _closed_once(
    text: str, norm: Normalised, spans: list[tuple[int, int, date, date]], reference: date
) -> ScheduleSpec:
    """The rules read without the spans closed once (「（2月2日～2月16日は会場改修工事のため
    お休みします）」), their meetings in those days closed (休DT), the clauses kept as remarks."""
    pieces, clauses, last = [], [], 0
    for start, end, _first, _last in spans:
        begin, stop = norm.origin[start], norm.origin[end]
        pieces += [text[last:begin], " "]
        clauses.append(text[begin:stop].strip(" （）()※。"))
        last = stop
    rest = "".join([*pieces, text[last:]])
    spec = parse_schedule(rest, today=reference)
    closed = {
        found.day
        for _start, _end, first, final in spans
        for found in next_occurrences(spec, first, 31, horizon_days=(final - first).days + 1)
    }
    if not closed:
        # no meeting falls in it: a stale or mistyped note? A human says
        return dataclasses.replace(spec, original=text, unparsed=(*spec.unparsed, text))
    dated = [r for r in spec.closed_rules if r.kind is RuleKind.DATES and r.times is None]
    others = [r for r in spec.closed_rules if r not in dated]
    closed.update(day for rule in dated for day in rule.dates)
    return dataclasses.replace(
        spec,
        original=text,
        notes=(*spec.notes, *clauses),
        closed_rules=(*others, Rule(RuleKind.DATES, dates=tuple(sorted(closed)))),
    )


def _parse_schedule(text: str, norm: Normalised, reference: date) -> ScheduleSpec:
    changes = find_changes(norm.text)
    if not changes:
        spec = _parse(text, norm, reference)
        if OBON_MONTH_RE.search(norm.text):  # 「8月はお盆休み」 not read: some days, or the month?
            spec = dataclasses.replace(spec, unparsed=(*spec.unparsed, text))
        spec = _stray_closures(spec, norm.text, reference)
        return as_of(_one_day_closures(spec, norm.text, reference), reference)
    # 「※1月は第3土曜日に変更」: the rules are read without the changes, then changed
    rest = cut(text, norm.origin, changes)
    spec = dataclasses.replace(_parse(rest, normalise(rest), reference), original=text)
    said = [
        (
            change,
            norm.text[change.said[0] : change.said[1]],
            text[norm.origin[change.said[0]] : norm.origin[change.said[1]]].strip(),
        )
        for change in changes
    ]
    spec = _stray_closures(apply_changes(spec, said, reference), norm.text, reference)
    return as_of(_one_day_closures(spec, norm.text, reference), reference)


def _stray_closures(spec: ScheduleSpec, text: str, today: date) -> ScheduleSpec:
    """A day closed that the rules never meet on (「毎月第2土曜日（ただし12月19日は休み）」: the
    second Saturday is the 12th) is a stale or mistyped note: which day is off, the 12th or none?
    A human says. A day with no year is the next such day (the year where it falls on the rule's
    weekday may be gone by: 「毎週土曜日（12月20日は休み）」 is no Saturday this year). Days closed
    together, one of them a meeting, are a season's (年始 1月2日・3日) and stay read."""
    if not spec.rules or spec.needs_review or spec.hours:
        return spec  # (flagged already, or the days a facility is closed on)
    if not all(rule_has_dates(rule) for rule in spec.rules):
        return spec
    if any(rule.kind is RuleKind.IRREGULAR for rule in spec.rules):
        return spec
    days = [
        day
        for rule in spec.closed_rules
        if rule.kind is RuleKind.DATES and rule.times is None
        for day in rule.dates
        if day >= today
    ]
    yearly = {  # 「（毎年1月2日は休み）」: every year's, some year's meeting maybe
        (int(day["m"]), int(day["d"]))
        for said in EVERY_YEAR_DAYS_RE.finditer(text)
        for day in MONTH_DAY_RE.finditer(said["days"])
    }
    for period in spec.closed_periods:
        if period.start == period.end and period.start not in yearly:
            found = resolve_yearless(*period.start, today, None)
            if found is not None:
                days.append(found)
    if not days:
        return spec
    open_spec = dataclasses.replace(
        spec, closed_rules=(), closed_periods=(), closed_on_holidays=False
    )
    # 「毎週月曜日（祝日の場合は翌日）（1月12日は休み）」: the Tuesday 成人の日's meeting moves to
    moved = dataclasses.replace(spec, closed_rules=(), closed_periods=())
    if any(
        next_occurrences(open_spec, day, 1, horizon_days=1)
        or (spec.moves and next_occurrences(moved, day, 1, horizon_days=1))
        for day in days
    ):
        return spec  # 「毎週土曜日（1月2日・3日は休み）」: the 正月 days, one of them a meeting
    return dataclasses.replace(spec, unparsed=(*spec.unparsed, spec.original))


def _one_day_closures(spec: ScheduleSpec, text: str, today: date) -> ScheduleSpec:
    """A closure of one day with no year written (「（12月30日は休み）」「※12/26・1/2はお休み」
    「休館日：12/29～1/3、1/10」's 1/10) is that day once: the next such day the schedule meets on
    (:func:`resolve_yearless` with the rules' weekdays, as a 隔週 anchor is read), else the next
    such day, as 「（休み：12月23日）」 and 「12月23日・30日は休み」 already were. A resident reads
    「12月30日は休み」 on this year's list as this December 30th, not every year's; 「毎年12月31日は
    休み」 says every year's, and stays so."""
    yearly = {
        (int(day["m"]), int(day["d"]))
        for said in EVERY_YEAR_DAYS_RE.finditer(text)
        for day in MONTH_DAY_RE.finditer(said["days"])
    }
    single = [p for p in spec.closed_periods if p.start == p.end and p.start not in yearly]
    merged = [r for r in spec.closed_rules if r.kind is RuleKind.DATES and r.times is None]
    if not single and len(merged) < 2:
        return spec
    weekdays = (
        None
        if any(r.kind not in (RuleKind.WEEKLY, RuleKind.MONTHLY_NTH) for r in spec.rules)
        else {day for rule in spec.rules for day in rule.weekdays}
    )
    days = set()
    for period in single:
        # the coming one: a year gone by where the day fell on the rules' weekday is no closure
        # to come (「毎週月曜日（祝日の場合は翌日）（1月12日は休み）」 is 2027's Tuesday, the holiday
        # Monday's meeting moved there, not 2026-01-12)
        found = resolve_yearless(*period.start, today, weekdays)
        if found is None or found < today:
            found = resolve_yearless(*period.start, today, None)
        if found is None:
            return spec
        days.add(found)
    others = [r for r in spec.closed_rules if r not in merged]
    for rule in merged:
        days.update(rule.dates)
    return dataclasses.replace(
        spec,
        closed_periods=tuple(p for p in spec.closed_periods if p not in single),
        closed_rules=(*others, Rule(RuleKind.DATES, dates=tuple(sorted(days)))),
    )


def _parse(text: str, norm: Normalised, reference: date) -> ScheduleSpec:
    tokenizer = Tokenizer(text, norm, reference)
    assembler = _Assembler(tokenizer, reference)
    for token in tokenizer.tokenize(0, len(norm.text)):
        assembler.feed(token)
    spec = assembler.finish(text)
    if FIFTH_WEEK_MONTHS_RE.search(norm.text) and not any(
        5 in rule.nth for rule in (*spec.rules, *spec.closed_rules)
    ):
        # 「毎週土曜日（第5週がある月のみ）」: said of no fifth week, which months does it mean?
        spec = dataclasses.replace(spec, unparsed=(*spec.unparsed, text))
    if not JAPANESE_RE.search(unicodedata.normalize("NFKC", text)):
        # "Every Monday (no class during school holidays)": in a cell in English or Vietnamese,
        # the words left over may say when it does not meet; a human reads them
        foreign = tuple(note for note in spec.notes if FOREIGN_WORDS_RE.search(note))
        if foreign:
            spec = dataclasses.replace(spec, unparsed=(*spec.unparsed, *foreign))
    return spec
