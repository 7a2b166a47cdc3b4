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

from datetime import date
from typing import Final

from directory.schedules.dates import resolve_yearless, safe_date
from directory.schedules.model import ClosedPeriod, Rule, RuleKind, ScheduleSpec, TimeRange
from directory.schedules.normalise import normalise
from directory.schedules.tokenizer import Tokenizer
from directory.schedules.tokens import (
    Anchor,
    Closure,
    Draft,
    Freq,
    HardSep,
    IrregularMark,
    Months,
    Note,
    Selector,
    Times,
    Token,
    Unparsed,
    WeekFreq,
)

_ALL_MONTHS: Final = 12  # all twelve restrict nothing: stored as ()

# Tokens that may stand between a rule and the "（5月・10月）" that restricts it.
_KEEPS_RECENT: Final = (Selector, Times, Freq, IrregularMark, Note)


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
        self._pending_anchors: list[Anchor] = []
        self._pending_months: Months | None = None
        self._group_months: list[tuple[Draft, Months]] = []  # "奇数月の" → its rule
        self._recent: list[Draft] = []  # the group just added to, or just given a time
        self._previous: Token | None = None
        self._closed_on_holidays = False
        self._periods: list[ClosedPeriod] = []
        self._notes: list[str] = []
        self._unparsed: list[str] = []

    def feed(self, token: Token) -> None:
        match token:
            case Selector():
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
            case Note(text=text):
                self._notes.append(text)
            case Unparsed(text=text):
                self._unparsed.append(text)
            case HardSep():
                self._flush(None)
        if self._pending_months is not None and token is not self._pending_months:
            self._not_understood(self._pending_months)  # "奇数月の" not followed by its rule
            self._pending_months = None
        if not isinstance(token, _KEEPS_RECENT):
            self._recent = []
        self._previous = token

    def finish(self, original: str) -> ScheduleSpec:
        self._flush(None)
        for leftover in [self._pending_time, self._pending_months, *self._pending_anchors]:
            if leftover is not None:
                self._not_understood(leftover)
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

    def _selector(self, token: Selector) -> None:
        if token.from_paren and isinstance(self._previous, Selector):
            return  # "平日（月〜金）": the bracket only annotates the selector before it
        draft = token.draft
        if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and self._pending_anchors:
            draft.anchor = self._pending_anchors.pop(0).ref
        self._closed_on_holidays |= token.closes_holidays
        self._add(draft)

    def _frequency(self, token: Freq) -> None:
        draft = Draft(RuleKind.IRREGULAR, token.start, token.end)
        draft.per_month, draft.per_year = token.per_month, token.per_year
        self._add(draft)

    def _times(self, token: Times) -> None:
        if self._group:
            self._flush(token.times)
        elif self._last_timed and not token.in_brackets:
            repeated = [draft.copy() for draft in self._last_timed]
            for draft in repeated:
                draft.times = token.times
            self._rules.extend(repeated)
            self._recent = repeated
        elif self._pending_time is None:
            self._pending_time = token
            self._recent = []
        else:
            self._not_understood(token)
            self._recent = []

    def _irregular_mark(self, token: IrregularMark) -> None:
        if any(draft.kind is RuleKind.IRREGULAR for draft in self._group):
            return
        follows_irregular = bool(self._rules) and self._rules[-1].kind is RuleKind.IRREGULAR
        if token.in_brackets and follows_irregular and not isinstance(self._previous, HardSep):
            return  # "月1回 10:00〜（不定期）" still describes the same rule
        self._add(Draft(RuleKind.IRREGULAR, token.start, token.end))

    def _months(self, token: Months) -> None:
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
            self._not_understood(token)
        for draft in targets:  # "毎日（水曜日を除く）"
            draft.weekdays -= token.weekdays

    def _anchor(self, token: Anchor) -> None:
        for draft in reversed([*self._rules, *self._group]):
            if draft.kind is RuleKind.WEEKLY and draft.interval > 1 and draft.anchor is None:
                draft.anchor = token.ref
                return
        self._pending_anchors.append(token)

    # -- groups ------------------------------------------------------------

    def _add(self, draft: Draft) -> None:
        """A new rule joins the group, with the month restriction written just before it."""
        if self._pending_months is not None and _takes_months(draft):
            draft.months = set(self._pending_months.months)
            self._group_months.append((draft, self._pending_months))
            self._pending_months = None
        self._group.append(draft)
        self._recent = self._group

    def _flush(self, times: TimeRange | None) -> None:
        if not self._group:
            return
        if times is None and self._pending_time is not None:
            times, self._pending_time = self._pending_time.times, None
        drafts = _merge_dates(_fold_into_irregular(_drop_redundant_frequency(self._group)))
        for restricted, months in self._group_months:
            # "奇数月の第2水曜日と第4土曜日": do the months restrict the 第4土曜日 too?
            if any(draft is restricted for draft in drafts[:-1]):
                self._not_understood(months)
        if self._group_week_freq and not any(d.kind is RuleKind.WEEKLY for d in drafts):
            for week_freq in self._group_week_freq:  # "週1回" with no weekday says nothing usable
                self._not_understood(week_freq)
        for draft in drafts:
            draft.times = times
        self._rules.extend(drafts)
        self._last_flushed = drafts
        self._last_timed = drafts if times is not None else []
        self._recent = drafts
        self._group = []
        self._group_months = []
        self._group_week_freq = []

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


def _drop_redundant_frequency(group: list[Draft]) -> list[Draft]:
    """Drop "月1回" before "第3土曜日": the monthly rule already says how often."""
    monthly = (RuleKind.MONTHLY_NTH, RuleKind.MONTHLY_DAY, RuleKind.DATES)
    if not any(draft.kind in monthly for draft in group):
        return group
    return [d for d in group if d.kind is not RuleKind.IRREGULAR or d.per_month is None]


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
    return result


def _takes_months(draft: Draft) -> bool:
    """Specific dates carry their own months; a rule takes one month restriction."""
    return draft.kind is not RuleKind.DATES and not draft.months


def _merge_dates(group: list[Draft]) -> list[Draft]:
    """Merge the dates of one group: "12月20日、1月17日 10:00〜" is one DATES rule."""
    result: list[Draft] = []
    first_dates: Draft | None = None
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
    norm = normalise(text)
    tokenizer = Tokenizer(text, norm, reference)
    assembler = _Assembler(tokenizer, reference)
    for token in tokenizer.tokenize(0, len(norm.text)):
        assembler.feed(token)
    return assembler.finish(text)
