"""事業の実績: the yearly (or any period's) figures of 参加支援 and 地域づくり, as plain tables.

``annual_report`` is a pure function of the database and a period: it returns ``Table`` rows
that the page, the CSV/XLSX/JSON exports and ``flask report`` all render, so the figures are
the same everywhere. Nothing in a report identifies a person: every figure is a count or a
rate over cases, referrals, follow-ups, unmet needs and listings (no name, no case code, no
free text). Exports mask small counts (``matching.report_export``); the page, for the staff
who keep the records, shows them as they are.

How each figure is counted (the README repeats this for the people who read the report):

- a case is opened on its 受付日 (``opened_on``) and closed on the day of each closing
  (``CaseClosing``); a closing reopened after the period's end (or ``today``) still counts,
  and the case was not 支援中 then; one reopened by then does not. The meeting, 事業/任意,
  年代 and 地区 are the case's as they stood at the period's end (``matching.case_history``;
  changes made before those were kept count as they stand now); the 対象 (本人の状況) are those
  its needs name now, written before or after the period's end;
- a referral is counted at each stage it reached in the period (the date of that step);
  organizations' answers by the day they answered; 中断 by the day of 中断;
- continuation: referrals whose 3-month point after participation started (the first 見学・体験
  or 参加中) fell in the period and is not after ``today``; a referral continues unless it was
  interrupted or ended before that point, or its last follow-up before it said 通っていない;
- follow-ups due in the period (and not after ``today``): done by the due date, done later,
  not done (overdue), or cancelled — only when cancelled by its due date: one whose day had
  passed undone stays overdue when a later 中断, お断り, 終了 or 終結 cancels it;
- unmet needs recorded in the period, by area × category (a need with two categories counts in
  both); resolutions by the day resolved;
- listings first published in the period, changed by an approved revision in it, confirmed
  (情報確認日) in it; and of the listings published at the end of the period (or ``today``),
  the share confirmed within ``freshness_days`` of that day. A listing archived since (its
  終了 approved later) counts as it stood then; only the latest 情報確認日 is kept, so a
  listing confirmed again after the period is not counted as confirmed in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session, selectinload

from directory.errors import InvalidData
from directory.models import (
    Area,
    Category,
    Listing,
    ListingRevision,
    ListingStatus,
    RevisionAction,
    RevisionStatus,
    Target,
)
from matching import case_history, labels, outcomes
from matching.followups import Offset, participation_start
from matching.models import (
    AgeBand,
    Case,
    CaseClosing,
    FollowUp,
    Meeting,
    OrganizationResponse,
    Plan,
    Referral,
    ReferralStatus,
    SupportBasis,
    UnmetNeed,
)
from matching.referrals import TIMELINE

THREE_MONTHS = Offset(months=3)
NO_AREA = "地区未確認"
NO_CATEGORY = "種類の指定なし"
NO_SITUATION = "対象の記録なし"
EVERYONE = "everyone"  # the 対象 どなたでも
# The days a period may span. Beyond them the page, the exports and the time-zone arithmetic
# have nothing to show (no record is that old or that far ahead) and Python's dates run out
# at the year 1 and 9999; a period from 1900 to 2100 still reads as a report.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included: a fiscal year (4月〜3月) or any two dates."""

    since: date
    until: date
    label: str = ""

    @classmethod
    def fiscal_year(cls, year: int) -> Period:
        """年度: 2026 → 2026-04-01 .. 2027-03-31 (2026年度・令和8年度)."""
        reiwa = year - 2018
        era = f"・令和{reiwa if reiwa > 1 else '元'}年度" if reiwa >= 1 else ""
        return cls(date(year, 4, 1), date(year + 1, 3, 31), f"{year}年度{era}")

    @classmethod
    def between(cls, since: date, until: date) -> Period:
        """Any two days from ``EARLIEST_DAY`` to ``LATEST_DAY``; raises ``InvalidData`` (on
        ``since`` or ``until``) for a day outside them."""
        message = labels.MSG_PERIOD_RANGE.format(earliest=EARLIEST_DAY, latest=LATEST_DAY)
        errors = {
            name: message
            for name, day in (("since", since), ("until", until))
            if not EARLIEST_DAY <= day <= LATEST_DAY
        }
        if errors:
            raise InvalidData(errors)
        return cls(since, until, f"{since:%Y年%m月%d日}〜{until:%Y年%m月%d日}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.since <= day <= self.until

    def months(self) -> list[date]:
        """The first day of each calendar month the period touches."""
        first, months = self.since.replace(day=1), []
        while first <= self.until:
            months.append(first)
            first = (first + timedelta(days=32)).replace(day=1)
        return months


_ERA = re.compile(r"^(令和|R|平成|H)(元|\d{1,2})$", re.IGNORECASE)
_ERA_START = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988}


def parse_fiscal_year(text: str) -> int | None:
    """年度 as a clerk writes it: 2026, 2026年度, 令和8, 令和８年度, R8, 平成30 (元 is 1);
    None when it is not a year from 2000 to 2100."""
    value = unicodedata.normalize("NFKC", text).strip().removesuffix("年度").strip()
    value = value.replace(" ", "")
    era = _ERA.match(value)
    if era:
        year = _ERA_START[era[1].lower() if era[1].isascii() else era[1]] + (
            1 if era[2] == "元" else int(era[2])
        )
    elif value.isascii() and value.isdigit():
        year = int(value)
    else:
        return None
    if era and era[1] in ("平成", "H", "h") and year > 2019:  # 平成 ended in its 31st year
        return None
    return year if 2000 <= year <= 2100 else None


@dataclass(frozen=True)
class Rate:
    """A share with its parts, so that an export can mask it when a part is small."""

    numerator: int
    denominator: int

    @property
    def percent(self) -> float | None:
        return 100 * self.numerator / self.denominator if self.denominator else None

    def rounded(self, places: int = 0) -> Decimal | None:
        """The percentage rounded half up (四捨五入), as a person or Excel's ROUND does: 5 of 8
        is 63%, not the 62% that Python's rounding of 62.5 to even gives, and 1 of 16 is 6.3."""
        if not self.denominator:
            return None
        exact = Decimal(100 * self.numerator) / Decimal(self.denominator)
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

    def __str__(self) -> str:
        if not self.denominator:
            return "—"
        return f"{self.rounded()}%（{self.numerator}/{self.denominator}）"


Value = int | Rate


@dataclass(frozen=True)
class Row:
    label: tuple[str, ...]
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]  # the label columns first, then one per value
    rows: tuple[Row, ...]
    note: str = ""


Cell = tuple[str, int, int]  # a figure: its table's key, its row, its value column


@dataclass(frozen=True)
class Group:
    """Figures a reader can add up or subtract one from another: the 地区 rows of a column and
    the column's total in the ケース table, say. When all of them but one are shown, that one
    is known too, so an export that masks one masks a second (``matching.report_export``).
    ``rest`` is a count the group implies but no cell shows (3か月後の継続: those who did
    not continue, the difference of the two rows)."""

    cells: tuple[Cell, ...]
    rest: int | None = None


@dataclass(frozen=True)
class Report:
    period: Period
    as_of: date  # the period's end, or today while the period runs
    tables: tuple[Table, ...]
    # For the area map: open unmet needs at ``as_of`` recorded in the period, by area code.
    unmet_by_area: dict[str, int] = field(default_factory=dict)
    made_on: date | None = None  # the day the report was run (``Context.today``)
    groups: tuple[Group, ...] = ()
    # A rate and the counts it is made of: the rate says nothing once one of them is masked.
    rate_parts: dict[Cell, tuple[Cell, ...]] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    @property
    def empty(self) -> bool:
        """No casework in the period: no case new, closed or open at its end, no referral,
        follow-up or unmet need (the directory's listings aside: they are not casework)."""
        return not any(
            value.denominator if isinstance(value, Rate) else value
            for table in self.tables
            if table.key != "listings"
            for row in table.rows
            for value in row.values
        )

    @property
    def empty_notice(self) -> str:
        """What the page and the files say for an ``empty`` period."""
        return (
            f"{self.period.label}（{self.period.since:%Y年%m月%d日}〜{self.period.until:%Y年%m月%d日}）"
            "には、ケース・つなぎ・モニタリング・狭間のニーズの記録がありません（表の件数はすべて0です）。"
        )


@dataclass(frozen=True)
class Context:
    """What a report needs besides the data: the day, the time zone, the freshness rule."""

    today: date
    tz: tzinfo = UTC
    freshness_days: int = 180


def _local_day(moment: datetime | None, tz: tzinfo) -> date | None:
    return moment.astimezone(tz).date() if moment is not None else None


def _utc_bounds(period: Period, tz: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(period.since, time.min, tz)
    end = datetime.combine(period.until + timedelta(days=1), time.min, tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def require_started(period: Period, today: date) -> None:
    """A period that starts after ``today`` has nothing to count (and no day to count it at):
    raises ``InvalidData`` on ``since``, so a year chosen by mistake is not read as a year
    with nothing in it."""
    if period.since > today:
        raise InvalidData(
            {"since": labels.MSG_PERIOD_FUTURE.format(since=period.since, today=today)}
        )


def annual_report(session: Session, period: Period, context: Context) -> Report:
    """Every figure of the 実績 report for ``period`` (see the module's notes on counting);
    ``InvalidData`` for a period that has not started (``require_started``)."""
    require_started(period, context.today)
    as_of = min(period.until, context.today)
    areas = list(session.scalars(select(Area).order_by(Area.position, Area.id)))
    area_names = {a.id: a.name for a in areas}
    categories = {c.code: c.label for c in session.scalars(select(Category))}
    cases = _cases(session, period, as_of)
    referrals = _referrals(session)
    tables = [
        _case_summary(cases, period, as_of),
        _cases_by(
            "cases_by_meeting",
            "会議別のケース",
            "会議",
            cases,
            period,
            as_of,
            [(labels.MEETING[m], _had("meeting", m, as_of)) for m in Meeting],
        ),
        _cases_by(
            "cases_by_basis",
            "事業による参加支援と任意の参加支援",
            "区分",
            cases,
            period,
            as_of,
            [(labels.SUPPORT_BASIS[b], _had("basis", b, as_of)) for b in SupportBasis],
        ),
        _cases_by(
            "cases_by_age",
            "年代別のケース",
            "年代",
            cases,
            period,
            as_of,
            [(labels.AGE_BAND[b], _had("age_band", b, as_of)) for b in AgeBand],
        ),
        _cases_by(
            "cases_by_area",
            "地区別のケース",
            "地区",
            cases,
            period,
            as_of,
            [(a.name, _had("area_id", a.id, as_of)) for a in areas]
            + [(NO_AREA, lambda c: case_history.value_on(c, "area_id", as_of) not in area_names)],
        ),
        _cases_by_situation(cases, period, as_of, _situations(session)),
        _closure_reasons(cases, period, as_of),
        _referral_stages(referrals, period),
        _answers(referrals, period, context.tz),
        _reasons(referrals, period, context.tz),
        _continuation(referrals, period, as_of),
        _follow_ups(referrals, period, as_of),
    ]
    unmet = list(
        session.scalars(
            select(UnmetNeed).where(
                UnmetNeed.recorded_on >= period.since, UnmetNeed.recorded_on <= period.until
            )
        )
    )
    resolved = list(
        session.scalars(
            select(UnmetNeed).where(
                UnmetNeed.resolved_on >= period.since, UnmetNeed.resolved_on <= period.until
            )
        )
    )
    tables += [
        _unmet(unmet, areas, categories),
        _resolutions(resolved),
        _listings(session, period, as_of, context),
        _monthly(cases, referrals, unmet, period, as_of),
    ]
    by_area: Counter[str] = Counter()
    codes = {a.id: a.code for a in areas}
    for need in unmet:
        if need.resolved_on is None or need.resolved_on > as_of:
            by_area[codes.get(need.area_id or 0, "")] += 1
    groups, rate_parts = _relations(tables)
    return Report(period, as_of, tuple(tables), dict(by_area), context.today, groups, rate_parts)


def _relations(tables: Sequence[Table]) -> tuple[tuple[Group, ...], dict[Cell, tuple[Cell, ...]]]:
    """Which figures add up to which (see ``Group``), and which counts each rate is made of."""
    by_key = {t.key: t for t in tables}

    def column(key: str, value: int, rows: Iterable[int] | None = None) -> tuple[Cell, ...]:
        indices = range(len(by_key[key].rows)) if rows is None else rows
        return tuple((key, r, value) for r in indices)

    new_cases, closed_cases = ("cases", 0, 0), ("cases", 1, 0)
    groups = [
        Group((*column(key, value), total))
        for key in ("cases_by_meeting", "cases_by_basis", "cases_by_age", "cases_by_area")
        for value, total in ((0, new_cases), (1, closed_cases))
    ]
    stages = by_key["referral_stages"]
    interrupted = len(stages.rows) - 1  # 中断 is the last stage
    due, continuing = (
        v for row in by_key["continuation"].rows[:2] for v in row.values if isinstance(v, int)
    )
    unmet_total = len(by_key["unmet"].rows) - 1
    # 対象の記録なし and the total give the cases with a 対象 (no cell shows them): when they
    # are few, every 対象 cell that is not 0 is at most that few (21 − 20 = 1: each is 1).
    situations = by_key["cases_by_situation"]
    no_situation = len(situations.rows) - 1
    for value, total in ((0, new_cases), (1, closed_cases)):
        counted = by_key["cases"].rows[total[1]].values[0]
        unrecorded = situations.rows[no_situation].values[value]
        if isinstance(counted, int) and isinstance(unrecorded, int):
            cell = ("cases_by_situation", no_situation, value)
            groups.append(Group((cell, total), rest=counted - unrecorded))
    groups += [
        Group((*column("closure_reasons", 0), closed_cases)),
        Group((*column("decline_reasons", 0), ("answers", 1, 0))),
        Group((*column("decline_reasons", 1), ("referral_stages", interrupted, 0))),
        Group((("continuation", 0, 0), ("continuation", 1, 0)), rest=due - continuing),
        Group(column("unmet", 0)),
        Group((*column("monthly", 0), new_cases)),
        Group((*column("monthly", 1), ("referral_stages", 0, 0))),
        Group((*column("monthly", 3), ("unmet", unmet_total, 0))),
    ]
    rate_parts = {
        ("answers", 2, 0): (("answers", 0, 0), ("answers", 1, 0)),
        ("continuation", 2, 0): (("continuation", 0, 0), ("continuation", 1, 0)),
        ("follow_ups", 4, 0): tuple(("follow_ups", n, 0) for n in (0, 1, 2)),
    }
    return tuple(groups), rate_parts


# --- cases ----------------------------------------------------------------------------------


def _cases(session: Session, period: Period, as_of: date) -> list[Case]:
    """Cases opened or closed in the period, or open at some time in it (a case closed now
    was last closed on ``closed_on``: any earlier closing was reopened, so it is open now or
    was closed on or after the period's start)."""
    return list(
        session.scalars(
            select(Case)
            .where(
                Case.opened_on <= period.until,
                (Case.closed_on.is_(None)) | (Case.closed_on >= period.since),
            )
            .options(
                selectinload(Case.closings),
                selectinload(Case.changes),
                selectinload(Case.plans).selectinload(Plan.needs),
            )
        )
    )


def _closings(case: Case, as_of: date) -> list[CaseClosing]:
    """The case's closings that stood on ``as_of``: a closing reopened later still counts
    for the period it fell in, one reopened by then does not (the case went on)."""
    closings = case.closings or (
        [CaseClosing(closed_on=case.closed_on, reason=case.closure_reason)]
        if case.closed_on is not None
        else []
    )
    return [
        c
        for c in closings
        if c.closed_on <= as_of and (c.reopened_on is None or c.reopened_on > as_of)
    ]


def _had(attribute: str, value: object, as_of: date) -> Callable[[Case], bool]:
    """Whether the case's ``attribute`` was ``value`` at the end of ``as_of``."""
    return lambda case: case_history.value_on(case, attribute, as_of) == value


def _opened(case: Case, period: Period) -> bool:
    return case.opened_on in period


def _closed(case: Case, period: Period, as_of: date) -> int:
    """How many times the case was closed in the period (closings undone by ``as_of`` aside)."""
    return sum(c.closed_on in period for c in _closings(case, as_of))


def _case_summary(cases: Sequence[Case], period: Period, as_of: date) -> Table:
    open_at_end = sum(1 for c in cases if c.opened_on <= as_of and not _closings(c, as_of))
    return Table(
        "cases",
        "ケース（本人・世帯）",
        ("項目", "件数"),
        (
            Row(("期間中の新規（受付）",), (sum(_opened(c, period) for c in cases),)),
            Row(("期間中の終結",), (sum(_closed(c, period, as_of) for c in cases),)),
            Row((f"{as_of:%Y年%m月%d日}に支援中",), (open_at_end,)),
        ),
        note=(
            "新規は受付日が期間中のケース（再開したケースは新規に数えません）。終結は終結日が期間中のもの"
            "（期間中に終結して期間中に再開したものは数えず、同じ期間に再び終結したときはその終結を数えます）。"
            "支援中は基準日に終結していないケースです。"
        ),
    )


AS_OF_NOTE = (
    "{what}は{as_of:%Y年%m月%d日}（基準日）の記録で数えます（受付の後に変わったケースは、"
    "受付のときではなく基準日の{what}に入ります）。"
)


def _cases_by(
    key: str,
    title: str,
    heading: str,
    cases: Sequence[Case],
    period: Period,
    as_of: date,
    groups: Sequence[tuple[str, Callable[[Case], bool]]],
) -> Table:
    rows = []
    for label, test in groups:
        members = [c for c in cases if test(c)]
        rows.append(
            Row(
                (label,),
                (
                    sum(_opened(c, period) for c in members),
                    sum(_closed(c, period, as_of) for c in members),
                ),
            )
        )
    note = AS_OF_NOTE.format(what=heading, as_of=as_of)
    return Table(key, title, (heading, "新規", "終結"), tuple(rows), note)


def _situations(session: Session) -> list[Target]:
    """The 対象 a need can say the person is, in the vocabulary's order (どなたでも says
    nothing about anyone)."""
    return [
        t
        for t in session.scalars(select(Target).order_by(Target.position, Target.id))
        if t.code != EVERYONE
    ]


def _situation_of(case: Case) -> set[str]:
    """The 対象 the case's needs say the person is (ひきこもり, 障害のある方…). All of them, as
    recorded now: a need written after a year's end describes the person in that year too (the
    plan often follows the 受付 by weeks), where a meeting or 地区 changes on a day."""
    return {code for plan in case.plans for need in plan.needs for code in need.targets}


def _cases_by_situation(
    cases: Sequence[Case], period: Period, as_of: date, targets: Sequence[Target]
) -> Table:
    situations = {c.id: _situation_of(c) for c in cases}
    codes = {t.code for t in targets}

    def named(code: str) -> Callable[[Case], bool]:
        return lambda case: code in situations[case.id]

    groups = [(t.label, named(t.code)) for t in targets]
    groups.append((NO_SITUATION, lambda case: not situations[case.id] & codes))
    table = _cases_by(
        "cases_by_situation", "本人の状況（対象）別のケース", "対象", cases, period, as_of, groups
    )
    return replace(
        table, note="参加ニーズの「対象」から数えます。2つ以上にあたるケースはそれぞれに数えます。"
    )


def _closure_reasons(cases: Sequence[Case], period: Period, as_of: date) -> Table:
    counts = Counter(
        closing.reason
        for c in cases
        for closing in _closings(c, as_of)
        if closing.closed_on in period
    )
    rows = [
        Row((label,), (counts.get(reason, 0),)) for reason, label in outcomes.CLOSURE_REASON.items()
    ]
    if counts.get(None):
        rows.append(Row((outcomes.CLOSURE_UNCODED,), (counts[None],)))
    return Table("closure_reasons", "終結の理由", ("理由", "件数"), tuple(rows))


# --- referrals and follow-ups ---------------------------------------------------------------


def _referrals(session: Session) -> list[Referral]:
    return list(
        session.scalars(
            select(Referral).options(
                selectinload(Referral.events),
                selectinload(Referral.follow_ups),
            )
        )
    )


def _referral_stages(referrals: Sequence[Referral], period: Period) -> Table:
    reached: Counter[ReferralStatus] = Counter()
    for referral in referrals:
        reached.update({e.status for e in referral.events if e.happened_on in period})
    rows = [
        Row((labels.REFERRAL_STATUS[s],), (reached.get(s, 0),))
        for s in (*TIMELINE, ReferralStatus.INTERRUPTED)
    ]
    return Table(
        "referral_stages",
        "つなぎの段階（期間中にその段階に進んだ件数）",
        ("段階", "件数"),
        tuple(rows),
    )


def _answers(referrals: Sequence[Referral], period: Period, tz: tzinfo) -> Table:
    answered = [r for r in referrals if _local_day(r.org_responded_at, tz) in period]
    accepted = sum(r.org_response is OrganizationResponse.ACCEPTED for r in answered)
    declined = sum(r.org_response is OrganizationResponse.DECLINED for r in answered)
    return Table(
        "answers",
        "団体の回答（受け入れとお断り）",
        ("回答", "件数"),
        (
            Row(("受け入れ可",), (accepted,)),
            Row(("お断り",), (declined,)),
            Row(("受け入れの割合",), (Rate(accepted, accepted + declined),)),
        ),
        note="回答を差し戻したつなぎは、いまの回答だけを数えます。",
    )


def _reasons(referrals: Sequence[Referral], period: Period, tz: tzinfo) -> Table:
    declines: Counter[outcomes.DeclineReason] = Counter()
    interruptions: Counter[outcomes.DeclineReason] = Counter()
    for r in referrals:
        if (
            r.org_response is OrganizationResponse.DECLINED
            and r.decline_reason is not None
            and _local_day(r.org_responded_at, tz) in period
        ):
            declines[r.decline_reason] += 1
        stopped = [e for e in r.events if e.status is ReferralStatus.INTERRUPTED]
        if r.interrupt_reason is not None and stopped and stopped[-1].happened_on in period:
            interruptions[r.interrupt_reason] += 1
    rows = [
        Row((label,), (declines.get(reason, 0), interruptions.get(reason, 0)))
        for reason, label in outcomes.DECLINE_REASON.items()
    ]
    return Table("decline_reasons", "お断りと中断の理由", ("理由", "お断り", "中断"), tuple(rows))


def continued_at(referral: Referral, mark: date) -> bool:
    """Still taking part on ``mark``: not interrupted or ended before it, and the last
    follow-up done before it did not find the person no longer going."""
    stopped = any(
        e.happened_on < mark
        for e in referral.events
        if e.status in (ReferralStatus.INTERRUPTED, ReferralStatus.ENDED)
    )
    if stopped:
        return False
    checks = [f for f in referral.follow_ups if f.done_on is not None and f.done_on <= mark]
    checks = [f for f in checks if f.continuing is not None or f.frequency is not None]
    if checks:
        last = max(checks, key=lambda f: (f.done_on or mark, f.id))
        if last.continuing is False or last.frequency is outcomes.Frequency.NOT_GOING:
            return False
    return True


def _continuation(referrals: Sequence[Referral], period: Period, as_of: date) -> Table:
    due = continuing = 0
    for referral in referrals:
        start = participation_start(referral)
        if start is None:
            continue
        mark = THREE_MONTHS.after(start.happened_on)
        if mark in period and mark <= as_of:
            due += 1
            continuing += continued_at(referral, mark)
    return Table(
        "continuation",
        "参加開始から3か月後の継続",
        ("項目", "件数"),
        (
            Row(("期間中に参加開始から3か月を迎えたつなぎ",), (due,)),
            Row(("うち3か月後も参加を続けていた",), (continuing,)),
            Row(("継続率",), (Rate(continuing, due),)),
        ),
        note=(
            "参加開始は最初の見学・体験か参加中の日です。3か月より前に中断・終了したもの、"
            "3か月までの最後のモニタリングで「通っていない」だったものを継続していないと数えます。"
        ),
    )


def _follow_up_state(f: FollowUp, as_of: date) -> str | None:
    if f.done_on is not None:
        return "on_time" if f.done_on <= f.due_on else "late"
    # 取りやめ only when the referral or case stopped before the follow-up was due: one whose
    # day had passed undone stays 未実施 when a later 中断, お断り or 終結 cancels it (it was
    # missed, and cancelling it must not lift the rate).
    if f.cancelled_on is not None and f.cancelled_on <= f.due_on:
        return "cancelled"
    return "overdue" if f.due_on < as_of else None  # due today or later: not yet late


def _follow_ups(referrals: Sequence[Referral], period: Period, as_of: date) -> Table:
    states: Counter[str] = Counter()
    for referral in referrals:
        for f in referral.follow_ups:
            if f.due_on in period and f.due_on <= as_of:
                state = _follow_up_state(f, as_of)
                if state:
                    states[state] += 1
    done = states["on_time"] + states["late"]
    return Table(
        "follow_ups",
        "モニタリング（期間中に予定日を迎えたもの）",
        ("項目", "件数"),
        (
            Row(("予定日までに実施",), (states["on_time"],)),
            Row(("予定日を過ぎて実施",), (states["late"],)),
            Row(("未実施（期限切れ）",), (states["overdue"],)),
            Row(("取りやめ（中断・お断り・終了・終結）",), (states["cancelled"],)),
            Row(("期限内の実施率",), (Rate(states["on_time"], done + states["overdue"]),)),
        ),
    )


# --- unmet needs and listings ---------------------------------------------------------------


def _unmet(unmet: Sequence[UnmetNeed], areas: Sequence[Area], categories: dict[str, str]) -> Table:
    cells: Counter[tuple[int | None, str]] = Counter()
    known = {a.id for a in areas}
    for need in unmet:
        area = need.area_id if need.area_id in known else None
        for category in need.categories or [""]:
            cells[(area, category)] += 1
    order = {a.id: n for n, a in enumerate(areas)}
    names = {a.id: a.name for a in areas}
    category_order = {code: n for n, code in enumerate(sorted(categories))}
    rows = [
        Row(
            (
                names.get(area, NO_AREA) if area is not None else NO_AREA,
                categories.get(category, category) if category else NO_CATEGORY,
            ),
            (count,),
        )
        for (area, category), count in sorted(
            cells.items(),
            key=lambda kv: (
                order.get(kv[0][0], len(order)) if kv[0][0] is not None else len(order),
                category_order.get(kv[0][1], len(category_order)),
            ),
        )
    ]
    rows.append(Row(("合計", "（ニーズの件数）"), (len(unmet),)))
    return Table(
        "unmet",
        "狭間のニーズ（地区×活動の種類）",
        ("地区", "活動の種類", "件数"),
        tuple(rows),
        note="2つの種類を求めたニーズは両方に数えます。合計はニーズの件数です。",
    )


def _resolutions(resolved: Sequence[UnmetNeed]) -> Table:
    counts = Counter(n.resolution for n in resolved)
    rows = [
        Row((label,), (counts.get(code, 0),)) for code, label in outcomes.UNMET_RESOLUTION.items()
    ]
    return Table(
        "unmet_resolved",
        "地域づくりで解決した狭間のニーズ（期間中に解決）",
        ("解決のしかた", "件数"),
        tuple(rows),
    )


def _listings(session: Session, period: Period, as_of: date, context: Context) -> Table:
    """Counted by the database (read as listings, a directory of 100,000 took 13 s). Days are
    local: a listing published at 08:00 on 4月1日 in Japan was published on 3月31日 in UTC,
    so the period's days are compared as the UTC moments their local days begin."""
    tz = context.tz
    start, end = _utc_bounds(period, tz)
    shown_by = datetime.combine(as_of + timedelta(days=1), time.min, tz).astimezone(UTC)
    # A listing archived since (its 終了 approved after the period's last day) was still
    # published then: a past year's figures do not shrink when an activity ends later.
    archived_at = (
        select(func.max(ListingRevision.reviewed_at))
        .where(
            ListingRevision.listing_id == Listing.id,
            ListingRevision.status == RevisionStatus.APPROVED,
            ListingRevision.action == RevisionAction.ARCHIVE,
        )
        .scalar_subquery()
    )
    shown = or_(
        and_(
            Listing.status == ListingStatus.PUBLISHED,
            or_(Listing.published_at.is_(None), Listing.published_at < shown_by),
        ),
        and_(
            Listing.status == ListingStatus.ARCHIVED,
            Listing.published_at < shown_by,
            archived_at >= shown_by,
        ),
    )
    cutoff = as_of - timedelta(days=context.freshness_days)
    added, confirmed, published, fresh = session.execute(
        select(
            func.count().filter(Listing.published_at >= start, Listing.published_at < end),
            func.count().filter(
                Listing.verified_at >= period.since, Listing.verified_at <= period.until
            ),
            func.count().filter(shown),
            func.count().filter(shown, Listing.verified_at >= cutoff, Listing.verified_at <= as_of),
        ).where(Listing.status.in_((ListingStatus.PUBLISHED, ListingStatus.ARCHIVED)))
    ).one()
    # Changes approved in the period, after the listing's first publication (which is its start).
    updated = session.scalar(
        select(func.count(distinct(ListingRevision.listing_id)))
        .join(Listing, Listing.id == ListingRevision.listing_id)
        .where(
            ListingRevision.status == RevisionStatus.APPROVED,
            ListingRevision.action == RevisionAction.UPDATE,
            ListingRevision.reviewed_at >= start,
            ListingRevision.reviewed_at < end,
            or_(Listing.published_at.is_(None), ListingRevision.reviewed_at > Listing.published_at),
        )
    )
    return Table(
        "listings",
        "地域の活動の情報（掲載・更新・確認）",
        ("項目", "件数"),
        (
            Row(("新たに掲載した活動",), (added,)),
            Row(("内容を更新した活動（承認した変更）",), (updated or 0,)),
            Row(("情報を確認した活動（情報確認日が期間中）",), (confirmed,)),
            Row(
                (f"{as_of:%Y年%m月%d日}の掲載中の活動のうち{context.freshness_days}日以内に確認",),
                (Rate(fresh, published),),
            ),
        ),
        note=(
            "期間の後に掲載を終えた活動も、期間中の掲載・更新・確認と期末の掲載中に数えます。"
            "情報確認日は最新のものだけが残るので、期末より後に確認し直した活動は割合の分子に入りません。"
        ),
    )


# --- the monthly trend ----------------------------------------------------------------------

MONTHLY_SERIES = ("新規ケース", "つなぎの提案", "参加開始", "狭間のニーズ")


def _month_of(day: date | None) -> date | None:
    return day.replace(day=1) if day is not None else None


def _monthly(
    cases: Iterable[Case],
    referrals: Iterable[Referral],
    unmet: Iterable[UnmetNeed],
    period: Period,
    as_of: date,
) -> Table:
    """The months up to ``as_of``: a year still running has no row (no 0) for months to come."""
    series: list[Counter[date | None]] = [Counter() for _ in MONTHLY_SERIES]
    series[0].update(_month_of(c.opened_on) for c in cases if _opened(c, period))
    for r in referrals:
        proposed = r.events[0].happened_on if r.events else None
        if proposed in period:
            series[1][_month_of(proposed)] += 1
        start = participation_start(r)
        if start is not None and start.happened_on in period:
            series[2][_month_of(start.happened_on)] += 1
    series[3].update(_month_of(n.recorded_on) for n in unmet)
    rows = tuple(
        Row((f"{m.year}年{m.month}月",), tuple(s.get(m, 0) for s in series))
        for m in period.months()
        if m <= as_of
    )
    return Table("monthly", "月ごとの推移", ("月", *MONTHLY_SERIES), rows)
