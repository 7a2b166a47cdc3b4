"""Two years of casework (2024年度 and 2025年度) built through the use cases, and every figure of
the 実績 report counted by hand from this file: the page's tables, the CSV / XLSX / JSON files
and their masking of small counts.

What the story holds that a plain year does not: cases opened at 23:30 on 2025-03-31 and at
00:30 on 2025-04-01 in Japan (the same UTC day), a case closed and reopened in the same year
and one reopened the year after, a case handed to another coordinator, referrals at every
step with 中断 and a second referral to the same place, organizations answering either side
of midnight on 03-31, follow-ups done on time, late, never, and cancelled before or after
their day, unmet needs with two kinds resolved the next year, and listings published at the
year's edges, changed, confirmed and archived.

The report is run on 2026-05-20, after both years ended. The demo town's listings were
published in 2026年度; 20 of them carry a 情報確認日 in 2025年度 (the only demo figure here).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from directory.listings import confirm_still_accurate, create_listing
from directory.models import Listing, User
from directory.revisions import approve_revision, latest_number, request_archive, submit_revision
from matching import report_export
from matching.cases import (
    CaseData,
    ConsentData,
    assign_coordinators,
    case_data,
    close_case,
    create_case,
    update_case,
)
from matching.cases import reopen_case as reopen
from matching.followups import FollowUpResult, record_result
from matching.meetings import ItemData, MeetingData, add_case, create_meeting
from matching.models import AgeBand, Case, Meeting, ParticipationNeed, Referral, SupportBasis
from matching.models import ReferralStatus as S
from matching.outcomes import ClosureReason as C
from matching.outcomes import DeclineReason as D
from matching.outcomes import Frequency, UnmetResolution
from matching.plans import PlanData, add_need, create_plan
from matching.referrals import advance, create_referral, respond
from matching.reports import Context, Period, Report, annual_report
from matching.unmet import UnmetData, record_unmet_need, resolve_unmet_need
from tests.factories import LOADER, any_organization, listing_data
from tests.matching.conftest import CATEGORIES, TARGETS, Staff, johoku_listing, need_data

JST = ZoneInfo("Asia/Tokyo")
TODAY = date(2026, 5, 20)
CONTEXT = Context(today=TODAY, tz=JST, freshness_days=180)
FY2024, FY2025 = Period.fiscal_year(2024), Period.fiscal_year(2025)
JUSO, SHIEN, NONE = Meeting.JUSO, Meeting.SHIEN, Meeting.NONE
PROGRAM, VOLUNTARY = SupportBasis.PROGRAM, SupportBasis.VOLUNTARY
# 2025-03-31 23:30 and 2025-04-01 00:30 in Japan: both 2025-03-31 in UTC.
LATE_ON_MARCH_31 = datetime(2025, 3, 31, 14, 30, tzinfo=UTC)
EARLY_ON_APRIL_1 = datetime(2025, 3, 31, 15, 30, tzinfo=UTC)


def d(text: str) -> date:
    return date.fromisoformat(text)


def at_ten(day: str) -> datetime:
    """10:00 in Japan on ``day``."""
    return datetime.combine(d(day), datetime.min.time(), JST).replace(hour=10).astimezone(UTC)


@dataclass
class Story:
    session: Session
    staff: Staff
    cases: dict[str, Case]
    referrals: dict[str, Referral]

    def open(
        self,
        key: str,
        opened: date,
        area: str,
        meeting: Meeting = NONE,
        basis: SupportBasis = VOLUNTARY,
        age: AgeBand = AgeBand.AGE_30S,
    ) -> None:
        """受付 on ``opened`` (the coordinator's local day: the form's default is today)."""
        self.cases[key] = create_case(
            self.session,
            self.staff.coordinator,
            CaseData(age_band=age, area_code=area, meeting=meeting, basis=basis),
            consent=ConsentData(True, opened, ("share_with_organization",)),
            today=opened,
        )

    def need(self, key: str, title: str, **fields: object) -> ParticipationNeed:
        case = self.cases[key]
        plan = case.plans[0] if case.plans else None
        if plan is None:
            plan = create_plan(
                self.session,
                self.staff.coordinator,
                case,
                PlanData(title="プラン", started_on=case.opened_on),
            )
        return add_need(
            self.session,
            self.staff.coordinator,
            plan,
            need_data(title=title, **fields),
            categories=CATEGORIES,
            targets=TARGETS,
        )

    def refer(
        self,
        key: str,
        case: str,
        proposed: str,
        steps: Sequence[tuple[S, str]] = (),
        *,
        need: ParticipationNeed | None = None,
        actor: User | None = None,
    ) -> Referral:
        referral = create_referral(
            self.session,
            actor or self.staff.coordinator,
            need or self.need(case, f"つなぎ {key}"),
            johoku_listing(self.session),
            today=d(proposed),
        )
        self.referrals[key] = referral
        self.step(key, *steps, actor=actor)
        return referral

    def step(
        self, key: str, *steps: tuple[S, str], reason: D | None = None, actor: User | None = None
    ) -> None:
        for status, on in steps:
            advance(
                self.session,
                actor or self.staff.coordinator,
                self.referrals[key],
                status,
                on=d(on),
                today=TODAY,
                reason=reason,
            )

    def answer(self, key: str, when: datetime, reason: D | None = None) -> None:
        respond(
            self.session,
            self.staff.member,
            self.referrals[key].id,
            accept=reason is None,
            reason=reason,
            now=when,
            today=when.astimezone(JST).date(),
        )

    def check(
        self, key: str, due: str, done: str, actor: User | None = None, **result: object
    ) -> None:
        follow_up = next(f for f in self.referrals[key].follow_ups if f.due_on == d(due))
        record_result(
            self.session,
            actor or self.staff.coordinator,
            follow_up,
            FollowUpResult(**{"done_on": d(done), "continuing": True, **result}),  # type: ignore[arg-type]
            today=TODAY,
        )

    def dues(self, key: str) -> list[str]:
        return [f.due_on.isoformat() for f in self.referrals[key].follow_ups]

    def close(self, key: str, reason: C, on: str) -> None:
        close_case(
            self.session, self.staff.coordinator, self.cases[key], reason, d(on), today=d(on)
        )

    def unmet(self, case: str, day: str, area: str, kinds: tuple[str, ...]):  # type: ignore[no-untyped-def]
        return record_unmet_need(
            self.session,
            self.staff.coordinator,
            self.need(case, f"狭間 {day}"),
            today=d(day),
            data=UnmetData(area_code=area, categories=kinds),
        )

    def publish(self, name: str, when: datetime, verified: date) -> Listing:
        listing = create_listing(
            self.session, any_organization(self.session), listing_data(name=name), actor=LOADER
        )
        self.approve(listing, when, verified)
        return listing

    def approve(self, listing: Listing, when: datetime, verified: date) -> None:
        revision = submit_revision(
            self.session,
            listing,
            listing_data(name=listing.name),
            base_version=listing.version,
            author=LOADER,
            now=when,
        )
        approve_revision(self.session, revision, reviewer=LOADER, now=when, verified_on=verified)


@pytest.fixture
def story(db_session: Session, staff: Staff) -> Story:  # noqa: PLR0915 - one story, told in order
    s = Story(db_session, staff, {}, {})
    coordinator = staff.coordinator

    # --- cases (K00–K30) ---------------------------------------------------------------------
    s.open("K00", d("2024-02-01"), "daigo")  # the year before; closed 2025-04-01
    s.open("K01", d("2024-04-01"), "niihari", JUSO, PROGRAM)
    s.open("K02", d("2024-04-15"), "niihari", SHIEN)
    s.open("K03", d("2024-05-10"), "daigo", age=AgeBand.AGE_15_19)  # closed 2024-09-30 転居
    s.open("K04", d("2024-06-01"), "daigo", JUSO, PROGRAM)
    # no area, 80 or over; closed 2025-03-31 (the year's last day)
    s.open("K05", d("2024-07-01"), "", age=AgeBand.OVER_80)
    s.open("K06", d("2024-08-20"), "niihari")  # closed 2024-12-20, reopened 2025-05-12 …
    s.open("K07", d("2024-09-09"), "daiichi", SHIEN, PROGRAM)  # handed to the colleague
    s.open("K08", d("2024-10-01"), "niihari")  # closed 11-01, reopened 11-20 (same year)
    s.open("K09", d("2024-11-11"), "daigo")
    s.open("K10", d("2024-12-02"), "niihari", JUSO, PROGRAM)  # closed 2025-06-30
    s.open("K11", d("2025-01-06"), "daiichi", age=AgeBand.AGE_50S)
    s.open("K12", d("2025-02-03"), "niihari")  # closed 2025-02-28
    s.open("K13", d("2025-03-03"), "daigo", SHIEN)
    # 2025-03-31 23:30 JST; age not known
    s.open("K14", LATE_ON_MARCH_31.astimezone(JST).date(), "niihari", age=AgeBand.UNKNOWN)
    s.open("K15", EARLY_ON_APRIL_1.astimezone(JST).date(), "niihari")  # 2025-04-01 00:30 JST
    assert (s.cases["K14"].opened_on, s.cases["K15"].opened_on) == (
        d("2025-03-31"),
        d("2025-04-01"),
    )
    s.open("K16", d("2025-04-20"), "niihari", JUSO, PROGRAM)
    s.open("K17", d("2025-05-15"), "daigo")
    s.open("K18", d("2025-06-02"), "daiichi", SHIEN)
    s.open("K19", d("2025-06-30"), "")
    s.open("K20", d("2025-07-07"), "niihari")  # closed 2026-03-31
    s.open("K21", d("2025-08-01"), "daigo", JUSO, PROGRAM)
    s.open("K22", d("2025-09-01"), "niihari")
    s.open("K23", d("2025-10-01"), "daiichi")
    s.open("K24", d("2025-11-04"), "niihari", SHIEN, PROGRAM)
    s.open("K25", d("2025-12-01"), "daigo")
    s.open("K26", d("2026-01-05"), "niihari")
    s.open("K27", d("2026-02-02"), "daigo")  # closed 2026-03-02
    s.open("K28", d("2026-03-02"), "niihari")
    s.open("K29", d("2026-03-31"), "niihari")
    s.open("K30", d("2026-04-01"), "niihari")  # 2026年度: counts nowhere below

    # --- referrals, answers and follow-ups (in the order a coordinator records them) ---------
    # R1 (K01): 見学 04-22 → follow-ups 05-06 (振替休日) → 05-07, 05-22, 07-22; all on time;
    # 参加中 05-01; 終了 2025-01-31. 3 months: 07-22, still going.
    s.refer("R1", "K01", "2024-04-05", [(S.AGREED, "2024-04-08"), (S.CONTACTED, "2024-04-10")])
    s.answer("R1", at_ten("2024-04-12"))
    s.step("R1", (S.TRIAL, "2024-04-22"), (S.PARTICIPATING, "2024-05-01"))
    assert s.dues("R1") == ["2024-05-07", "2024-05-22", "2024-07-22"]
    s.check("R1", "2024-05-07", "2024-05-07")
    s.check("R1", "2024-05-22", "2024-05-20")
    s.check("R1", "2024-07-22", "2024-07-22")
    s.step("R1", (S.ENDED, "2025-01-31"))

    # R2 (K02): declined 05-10 (日程), 中断 05-13 (日程). Then R2b, the same need to the same
    # place again: 見学 06-10 → 06-24 (done 07-01, late), 07-10 (never done), 09-10; 中断
    # 08-01 (本人辞退) cancels 07-10 after its day (未実施) and 09-10 before it (取りやめ).
    r2 = s.refer("R2", "K02", "2024-05-01", [(S.AGREED, "2024-05-02"), (S.CONTACTED, "2024-05-07")])
    s.answer("R2", at_ten("2024-05-10"), D.SCHEDULE)
    s.step("R2", (S.INTERRUPTED, "2024-05-13"), reason=D.SCHEDULE)
    s.refer("R2b", "K02", "2024-06-03", need=r2.need)
    s.step("R2b", (S.AGREED, "2024-06-04"), (S.CONTACTED, "2024-06-05"))
    s.answer("R2b", at_ten("2024-06-06"))
    s.step("R2b", (S.TRIAL, "2024-06-10"))
    assert s.dues("R2b") == ["2024-06-24", "2024-07-10", "2024-09-10"]
    s.check("R2b", "2024-06-24", "2024-07-01")
    s.step("R2b", (S.INTERRUPTED, "2024-08-01"), reason=D.PERSON_DECLINED)

    # R3 (K04): 参加中 07-01 → 07-15 (海の日) → 07-16 on time, 08-01 done 08-20 (late), 10-01
    # on time but 「通っていない」: not continuing at 3 months (10-01).
    s.refer("R3", "K04", "2024-06-10", [(S.AGREED, "2024-06-11"), (S.CONTACTED, "2024-06-12")])
    s.answer("R3", at_ten("2024-06-14"))
    s.step("R3", (S.PARTICIPATING, "2024-07-01"))
    assert s.dues("R3") == ["2024-07-16", "2024-08-01", "2024-10-01"]
    s.check("R3", "2024-07-16", "2024-07-16")
    s.check("R3", "2024-08-01", "2024-08-20")
    s.check("R3", "2024-10-01", "2024-10-01", continuing=False, frequency=Frequency.NOT_GOING)

    # R9 (K06): 見学 09-10 → 09-24, 10-10 on time; 12-10 never done (K06 closes 12-20).
    s.refer("R9", "K06", "2024-09-01", [(S.AGREED, "2024-09-02"), (S.CONTACTED, "2024-09-03")])
    s.step("R9", (S.TRIAL, "2024-09-10"))
    assert s.dues("R9") == ["2024-09-24", "2024-10-10", "2024-12-10"]
    s.check("R9", "2024-09-24", "2024-09-24")
    s.check("R9", "2024-10-10", "2024-10-10")

    # R4 (K07): contacted 09-25, then K07 is handed to the colleague, who records the rest.
    # Accepted at 00:30 on 2025-04-01 in Japan (2025年度). 見学 2025-04-07 → 04-21, 05-07 on
    # time, 07-07 never done. 3 months: 07-07, still going.
    s.refer("R4", "K07", "2024-09-20", [(S.AGREED, "2024-09-24"), (S.CONTACTED, "2024-09-25")])
    assign_coordinators(db_session, staff.admin, s.cases["K07"], [staff.colleague])

    # R5 (K09): 提案 11-15, 中断 11-20 (本人辞退).
    s.refer("R5", "K09", "2024-11-15")
    s.step("R5", (S.INTERRUPTED, "2024-11-20"), reason=D.PERSON_DECLINED)

    # R6 (K10): declined at 23:30 on 2025-03-31 in Japan (定員: 2024年度); 中断 2025-04-02.
    s.refer("R6", "K10", "2025-03-10", [(S.AGREED, "2025-03-12"), (S.CONTACTED, "2025-03-14")])
    # R7 (K13): accepted 03-29; 見学 2025-04-03 → 04-17, 05-03 (連休) → 05-07 (done 05-02),
    # 07-03: all on time, still going at 3 months; 参加中 04-10; 終了 2025-12-19.
    s.refer("R7", "K13", "2025-03-25", [(S.AGREED, "2025-03-27"), (S.CONTACTED, "2025-03-28")])
    s.answer("R7", at_ten("2025-03-29"))
    s.answer("R6", LATE_ON_MARCH_31, D.CAPACITY)
    s.answer("R4", EARLY_ON_APRIL_1)
    s.step("R6", (S.INTERRUPTED, "2025-04-02"), reason=D.CAPACITY)
    s.step("R7", (S.TRIAL, "2025-04-03"), (S.PARTICIPATING, "2025-04-10"))
    assert s.dues("R7") == ["2025-04-17", "2025-05-07", "2025-07-03"]
    s.step("R4", (S.TRIAL, "2025-04-07"), actor=staff.colleague)
    assert s.dues("R4") == ["2025-04-21", "2025-05-07", "2025-07-07"]

    # R8 (K15): 参加中 04-14 → 04-28 (done 04-30, late), 05-14 and 07-14 cancelled when K15
    # closes on 05-01, before their days. 3 months: 07-14, still going (nothing stopped it).
    s.refer("R8", "K15", "2025-04-01", [(S.AGREED, "2025-04-02"), (S.CONTACTED, "2025-04-03")])
    s.answer("R8", at_ten("2025-04-04"))
    s.step("R8", (S.PARTICIPATING, "2025-04-14"))
    assert s.dues("R8") == ["2025-04-28", "2025-05-14", "2025-07-14"]
    s.check("R7", "2025-04-17", "2025-04-17")
    s.check("R4", "2025-04-21", "2025-04-21", actor=staff.colleague)
    s.check("R8", "2025-04-28", "2025-04-30")

    # R10 (K16): no answer yet; 見学 05-12 → 05-26 on time, 06-12 done 06-30 (late), 08-12 on
    # time and still going; 参加中 05-20.
    s.refer("R10", "K16", "2025-05-01", [(S.AGREED, "2025-05-02"), (S.CONTACTED, "2025-05-07")])
    s.step("R10", (S.TRIAL, "2025-05-12"), (S.PARTICIPATING, "2025-05-20"))
    assert s.dues("R10") == ["2025-05-26", "2025-06-12", "2025-08-12"]
    s.check("R7", "2025-05-07", "2025-05-02")
    s.check("R4", "2025-05-07", "2025-05-07", actor=staff.colleague)
    s.check("R10", "2025-05-26", "2025-05-26")
    s.check("R10", "2025-06-12", "2025-06-30")
    s.check("R7", "2025-07-03", "2025-07-03")
    s.check("R10", "2025-08-12", "2025-08-12")
    s.step("R7", (S.ENDED, "2025-12-19"))

    # R11 (K21): declined 08-08 (対象外), 中断 08-10; R11b to the same place 09-01, 本人了承 09-02.
    r11 = s.refer(
        "R11", "K21", "2025-08-05", [(S.AGREED, "2025-08-06"), (S.CONTACTED, "2025-08-07")]
    )
    s.answer("R11", at_ten("2025-08-08"), D.NOT_ELIGIBLE)
    s.step("R11", (S.INTERRUPTED, "2025-08-10"), reason=D.NOT_ELIGIBLE)
    s.refer("R11b", "K21", "2025-09-01", [(S.AGREED, "2025-09-02")], need=r11.need)
    # R12 (K22): only proposed, 2026-03-30.
    s.refer("R12", "K22", "2026-03-30")

    # --- unmet needs (狭間のニーズ) ------------------------------------------------------------
    place = johoku_listing(db_session)
    u1 = s.unmet("K02", "2024-06-20", "niihari", ("ibasho", "volunteer"))  # resolved 2025-06-01
    s.unmet("K03", "2024-07-01", "daigo", ("salon",))
    s.unmet("K09", "2024-12-01", "daigo", ("salon",))
    u4 = s.unmet("K11", "2025-01-20", "daiichi", ("ibasho", "kayoinoba"))  # resolved 03-15
    s.unmet("K05", "2025-03-31", "", ())
    u5 = s.unmet("K16", "2025-05-10", "niihari", ("ibasho",))  # resolved 2026-02-01
    s.unmet("K17", "2025-09-01", "daigo", ("salon", "volunteer"))
    for unmet, how, day in (
        (u4, UnmetResolution.EXPANDED_LISTING, "2025-03-15"),
        (u1, UnmetResolution.NEW_LISTING, "2025-06-01"),
        (u5, UnmetResolution.NEW_LISTING, "2026-02-01"),
    ):
        resolve_unmet_need(
            db_session, coordinator, unmet, listing=place, resolution=how, today=d(day)
        )

    # --- closings and reopenings (in date order) --------------------------------------------
    s.close("K03", C.MOVED, "2024-09-30")
    s.close("K08", C.NO_LONGER_WANTED, "2024-11-01")
    reopen(db_session, coordinator, s.cases["K08"], today=d("2024-11-20"))
    s.close("K06", C.HANDED_OVER, "2024-12-20")  # R9's 12-10, undone, is cancelled after its day
    s.close("K12", C.UNREACHABLE, "2025-02-28")
    s.close("K05", C.GOAL_MET, "2025-03-31")
    s.close("K00", C.MOVED, "2025-04-01")
    s.close("K15", C.GOAL_MET, "2025-05-01")
    reopen(db_session, coordinator, s.cases["K06"], today=d("2025-05-12"))
    s.close("K10", C.HANDED_OVER, "2025-06-30")
    s.close("K06", C.GOAL_MET, "2025-11-30")
    s.close("K27", C.UNREACHABLE, "2026-03-02")
    s.close("K20", C.GOAL_MET, "2026-03-31")

    # --- listings -----------------------------------------------------------------------------
    # L0 23:30 on 2024-03-31 in Japan (2023年度); L1 00:30 on 2024-04-01; L2 23:30 on
    # 2025-03-31; L3 00:30 on 2025-04-01; L4 2024-06-01, archived 2025-05-01; L5 2024-08-01,
    # changed 2025-02-01, confirmed again 2025-10-10.
    s.publish("報告 L0", datetime(2024, 3, 31, 14, 30, tzinfo=UTC), d("2024-03-31"))
    s.publish("報告 L1", datetime(2024, 3, 31, 15, 30, tzinfo=UTC), d("2024-04-01"))
    s.publish("報告 L2", LATE_ON_MARCH_31, d("2025-03-31"))
    s.publish("報告 L3", EARLY_ON_APRIL_1, d("2025-04-01"))
    l4 = s.publish("報告 L4", at_ten("2024-06-01"), d("2024-06-01"))
    l5 = s.publish("報告 L5", at_ten("2024-08-01"), d("2024-08-01"))
    s.approve(l5, at_ten("2025-02-01"), d("2025-02-01"))
    closing = request_archive(
        db_session,
        l4,
        base_version=l4.version,
        base_number=latest_number(db_session, l4),
        author=LOADER,
        reason="活動を終えました",
        now=at_ten("2025-05-01"),
    )
    approve_revision(
        db_session, closing, reviewer=LOADER, now=at_ten("2025-05-01"), verified_on=d("2025-05-01")
    )
    confirm_still_accurate(l5, d("2025-10-10"), actor=LOADER)
    db_session.flush()
    return s


def rows(report: Report, key: str) -> list[tuple[str, ...]]:
    return [(*r.label, *(str(v) for v in r.values)) for r in report.table(key).rows]


def nonzero(report: Report, key: str) -> dict[str, tuple[str, ...]]:
    return {r[0]: r[1:] for r in rows(report, key) if set(r[1:]) - {"0"}}


def test_2024_figures_equal_the_hand_count(story: Story) -> None:
    report = annual_report(story.session, FY2024, CONTEXT)
    assert report.as_of == d("2025-03-31")
    assert rows(report, "cases") == [
        ("期間中の新規（受付）", "14"),  # K01–K14 (K14 at 23:30 on 03-31; K15 is 2025年度)
        # K03 09-30, K05 03-31, K06 12-20 (reopened only in 2025年度), K12 02-28; K08's
        # closing was undone on 11-20, in the year: it went on.
        ("期間中の終結", "4"),
        # K00 and K01–K14 (15) less K03, K05, K06, K12 closed then: 11.
        ("2025年03月31日に支援中", "11"),
    ]
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "3", "0"),  # K01, K04, K10
        ("支援会議", "3", "0"),  # K02, K07, K13
        ("会議での検討なし", "8", "4"),  # K03 K05 K06 K08 K09 K11 K12 K14 / K03 K05 K06 K12
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "4", "0"),  # K01, K04, K07, K10
        ("任意の参加支援", "10", "4"),  # 14 − 4 / all four closed
    ]
    assert nonzero(report, "cases_by_age") == {
        "15〜19歳": ("1", "1"),  # K03 / K03
        "30代": ("10", "2"),  # the other ten / K06, K12
        "50代": ("1", "0"),  # K11
        "80歳以上": ("1", "1"),  # K05 / K05
        "不明・未確認": ("1", "0"),  # K14
    }
    assert nonzero(report, "cases_by_area") == {
        "第一地区": ("2", "0"),  # K07, K11
        "第五地区": ("4", "1"),  # K03, K04, K09, K13 / K03
        "新治地区": ("7", "2"),  # K01 K02 K06 K08 K10 K12 K14 / K06, K12
        "地区未確認": ("1", "1"),  # K05 / K05
    }
    assert nonzero(report, "closure_reasons") == {
        "参加が定着した（目標の達成）": ("1",),  # K05
        "ほかの支援・機関へ引き継いだ": ("1",),  # K06
        "連絡がつかなくなった": ("1",),  # K12
        "転居": ("1",),  # K03
    }
    assert rows(report, "referral_stages") == [
        ("提案", "9"),  # R1 R2 R2b R3 R4 R5 R6 R7 R9
        ("本人了承", "8"),  # all but R5
        ("先方へ連絡", "8"),  # all but R5
        ("見学・体験", "3"),  # R1 04-22, R2b 06-10, R9 09-10 (R7's is 2025-04-03)
        ("参加中", "2"),  # R1 05-01, R3 07-01
        ("終了", "1"),  # R1 2025-01-31
        ("中断", "3"),  # R2 05-13, R2b 08-01, R5 11-20 (R6's is 2025-04-02)
    ]
    assert rows(report, "answers") == [
        ("受け入れ可", "4"),  # R1, R2b, R3, R7 (R4's came at 00:30 on 04-01: 2025年度)
        ("お断り", "2"),  # R2, R6 (23:30 on 03-31)
        ("受け入れの割合", "67%（4/6）"),
    ]
    assert nonzero(report, "decline_reasons") == {
        "定員": ("1", "0"),  # R6 declined
        "日程": ("1", "1"),  # R2 declined and interrupted
        "本人辞退": ("0", "2"),  # R2b, R5 interrupted
    }
    assert rows(report, "continuation") == [
        # R1 (07-22), R2b (09-10), R3 (10-01), R9 (12-10)
        ("期間中に参加開始から3か月を迎えたつなぎ", "4"),
        # R1, R9; R2b was interrupted on 08-01, R3 「通っていない」 on 10-01
        ("うち3か月後も参加を続けていた", "2"),
        ("継続率", "50%（2/4）"),
    ]
    assert rows(report, "follow_ups") == [
        # R1 05-07, 05-22, 07-22; R3 07-16, 10-01; R9 09-24, 10-10
        ("予定日までに実施", "7"),
        ("予定日を過ぎて実施", "2"),  # R2b 06-24 (07-01), R3 08-01 (08-20)
        # R2b 07-10 (cancelled by the 中断 of 08-01, after its day), R9 12-10 (by K06's
        # closing on 12-20, again on 2025-11-30 after the reopening)
        ("未実施（期限切れ）", "2"),
        ("取りやめ（中断・お断り・終了・終結）", "1"),  # R2b 09-10
        ("期限内の実施率", "64%（7/11）"),  # 7 / (7 + 2 + 2)
    ]
    assert rows(report, "unmet") == [
        ("第一地区", "居場所", "1"),  # U4
        ("第一地区", "通いの場", "1"),  # U4
        ("第五地区", "高齢者サロン", "2"),  # U2, U7
        ("新治地区", "居場所", "1"),  # U1
        ("新治地区", "ボランティア", "1"),  # U1
        ("地区未確認", "種類の指定なし", "1"),  # U3
        ("合計", "（ニーズの件数）", "5"),  # U1 U2 U3 U4 U7
    ]
    assert nonzero(report, "unmet_resolved") == {"既存の活動が広がった": ("1",)}  # U4 03-15
    # Open at 03-31: U1 (resolved only 2025-06-01), U2, U7, U3; U4 was resolved.
    assert report.unmet_by_area == {"niihari": 1, "daigo": 2, "": 1}
    assert rows(report, "listings") == [
        # L1 (00:30 on 04-01), L2 (23:30 on 03-31), L4 (archived since), L5; not L0
        ("新たに掲載した活動", "4"),
        ("内容を更新した活動（承認した変更）", "1"),  # L5 02-01
        ("情報を確認した活動（情報確認日が期間中）", "3"),  # L1, L2, L4 (L5's is 2025-10-10)
        # Published at the end: L0, L1, L2, L4, L5; confirmed since 2024-10-02: L2.
        ("2025年03月31日の掲載中の活動のうち180日以内に確認", "20%（1/5）"),
    ]
    monthly = {r[0]: r[1:] for r in rows(report, "monthly")}
    assert monthly == {
        "2024年4月": ("2", "1", "1", "0"),  # K01 K02; R1; R1 見学
        "2024年5月": ("1", "1", "0", "0"),  # K03; R2
        "2024年6月": ("1", "2", "1", "1"),  # K04; R2b R3; R2b 見学; U1
        "2024年7月": ("1", "0", "1", "1"),  # K05; —; R3 参加中; U2
        "2024年8月": ("1", "0", "0", "0"),  # K06
        "2024年9月": ("1", "2", "1", "0"),  # K07; R4 R9; R9 見学
        "2024年10月": ("1", "0", "0", "0"),  # K08
        "2024年11月": ("1", "1", "0", "0"),  # K09; R5
        "2024年12月": ("1", "0", "0", "1"),  # K10; U7
        "2025年1月": ("1", "0", "0", "1"),  # K11; U4
        "2025年2月": ("1", "0", "0", "0"),  # K12
        "2025年3月": ("2", "2", "0", "1"),  # K13 K14; R6 R7; U3
    }


def test_2025_figures_equal_the_hand_count(story: Story) -> None:
    report = annual_report(story.session, FY2025, CONTEXT)
    assert report.as_of == d("2026-03-31")
    assert rows(report, "cases") == [
        ("期間中の新規（受付）", "15"),  # K15 (00:30 on 04-01) – K29
        ("期間中の終結", "6"),  # K00 04-01, K15 05-01, K10 06-30, K06 11-30, K27, K20 03-31
        # K00–K29 (30) less the 9 closed then: K00 K03 K05 K06 K10 K12 K15 K20 K27.
        ("2026年03月31日に支援中", "21"),
    ]
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "2", "1"),  # K16, K21 / K10
        ("支援会議", "2", "0"),  # K18, K24
        ("会議での検討なし", "11", "5"),  # 15 − 4 / K00 K06 K15 K20 K27
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "3", "1"),  # K16, K21, K24 / K10
        ("任意の参加支援", "12", "5"),
    ]
    assert nonzero(report, "cases_by_area") == {
        "第一地区": ("2", "0"),  # K18, K23
        "第五地区": ("4", "2"),  # K17 K21 K25 K27 / K00, K27
        "新治地区": ("8", "4"),  # K15 K16 K20 K22 K24 K26 K28 K29 / K06 K10 K15 K20
        "地区未確認": ("1", "0"),  # K19
    }
    assert nonzero(report, "closure_reasons") == {
        "参加が定着した（目標の達成）": ("3",),  # K06, K15, K20
        "ほかの支援・機関へ引き継いだ": ("1",),  # K10
        "連絡がつかなくなった": ("1",),  # K27
        "転居": ("1",),  # K00
    }
    assert rows(report, "referral_stages") == [
        ("提案", "5"),  # R8, R10, R11, R11b, R12
        ("本人了承", "4"),  # R8, R10, R11, R11b
        ("先方へ連絡", "3"),  # R8, R10, R11
        ("見学・体験", "3"),  # R7 04-03, R4 04-07, R10 05-12
        ("参加中", "3"),  # R7 04-10, R8 04-14, R10 05-20
        ("終了", "1"),  # R7 12-19
        ("中断", "2"),  # R6 04-02, R11 08-10
    ]
    assert rows(report, "answers") == [
        ("受け入れ可", "2"),  # R4 (00:30 on 04-01), R8
        ("お断り", "1"),  # R11
        ("受け入れの割合", "67%（2/3）"),
    ]
    assert nonzero(report, "decline_reasons") == {
        "定員": ("0", "1"),  # R6's 中断 04-02 (its お断り was 2024年度)
        "対象外": ("1", "1"),  # R11
    }
    assert rows(report, "continuation") == [
        ("期間中に参加開始から3か月を迎えたつなぎ", "4"),  # R7 07-03, R4 07-07, R8 07-14, R10 08-12
        ("うち3か月後も参加を続けていた", "4"),
        ("継続率", "100%（4/4）"),
    ]
    assert rows(report, "follow_ups") == [
        ("予定日までに実施", "7"),  # R4 04-21 05-07; R7 04-17 05-07 07-03; R10 05-26 08-12
        ("予定日を過ぎて実施", "2"),  # R8 04-28, R10 06-12
        ("未実施（期限切れ）", "1"),  # R4 07-07
        ("取りやめ（中断・お断り・終了・終結）", "2"),  # R8 05-14, 07-14 (K15 closed 05-01)
        ("期限内の実施率", "70%（7/10）"),
    ]
    assert rows(report, "unmet") == [
        ("第五地区", "高齢者サロン", "1"),  # U6
        ("第五地区", "ボランティア", "1"),  # U6
        ("新治地区", "居場所", "1"),  # U5
        ("合計", "（ニーズの件数）", "2"),
    ]
    assert nonzero(report, "unmet_resolved") == {"新しい活動ができた": ("2",)}  # U1, U5
    assert report.unmet_by_area == {"daigo": 1}  # U6 (U5 resolved 2026-02-01)
    assert rows(report, "listings") == [
        ("新たに掲載した活動", "1"),  # L3 (00:30 on 2025-04-01)
        ("内容を更新した活動（承認した変更）", "0"),  # L4's 終了 is no change of content
        ("情報を確認した活動（情報確認日が期間中）", "22"),  # L3, L5 and the demo's 20
        # Published at the end: L0 L1 L2 L3 L5 (L4 archived); since 2025-10-02: L5 (10-10).
        ("2026年03月31日の掲載中の活動のうち180日以内に確認", "20%（1/5）"),
    ]
    monthly = {r[0]: r[1:] for r in rows(report, "monthly")}
    assert {k: v for k, v in monthly.items() if v != ("0", "0", "0", "0")} == {
        "2025年4月": ("2", "1", "3", "0"),  # K15 K16; R8; R7 R4 R8 start
        "2025年5月": ("1", "1", "1", "1"),  # K17; R10; R10; U5
        "2025年6月": ("2", "0", "0", "0"),  # K18 K19
        "2025年7月": ("1", "0", "0", "0"),  # K20
        "2025年8月": ("1", "1", "0", "0"),  # K21; R11
        "2025年9月": ("1", "1", "0", "1"),  # K22; R11b; U6
        "2025年10月": ("1", "0", "0", "0"),  # K23
        "2025年11月": ("1", "0", "0", "0"),  # K24
        "2025年12月": ("1", "0", "0", "0"),  # K25
        "2026年1月": ("1", "0", "0", "0"),  # K26
        "2026年2月": ("1", "0", "0", "0"),  # K27
        "2026年3月": ("2", "1", "0", "0"),  # K28 K29; R12
    }


def test_a_case_reopened_the_next_year_still_counts_as_closed_in_its_year(story: Story) -> None:
    """K06 was closed on 2024-12-20 and reopened on 2025-05-12: 2024年度, reported again after
    the reopening, lost its 終結 and counted it 支援中 on 2025-03-31 (3 and 12, not 4 and 11)."""
    k06 = story.cases["K06"]
    assert [(c.closed_on, c.reopened_on) for c in k06.closings] == [
        (d("2024-12-20"), d("2025-05-12")),
        (d("2025-11-30"), None),
    ]
    report = annual_report(story.session, FY2024, CONTEXT)
    assert rows(report, "cases")[1:] == [("期間中の終結", "4"), ("2025年03月31日に支援中", "11")]
    assert nonzero(report, "closure_reasons")["ほかの支援・機関へ引き継いだ"] == ("1",)
    # Run on the day of the reopening, 2025年度 knows K06 open again from that day.
    running = annual_report(story.session, FY2025, Context(today=d("2025-05-12"), tz=JST))
    assert rows(running, "cases")[1] == ("期間中の終結", "2")  # K00 04-01, K15 05-01


def test_a_case_moved_after_the_year_counts_where_it_stood_in_it(story: Story) -> None:
    """In 2025年度 K09 moved from 第五地区 to 新治地区, K11 became 事業による参加支援 (and
    turned 60), and K02
    went from 支援会議 to a 重層的支援会議. 2024年度, reported again afterwards, moved all
    three with them. K13's move to the 重層的支援会議 is written on 2025-04-03 with the
    会議日 2025-03-25: that sitting was in 2024年度, so it counts there."""
    session, coordinator = story.session, story.staff.coordinator
    before = {
        key: rows(annual_report(session, FY2024, CONTEXT), key)
        for key in ("cases_by_meeting", "cases_by_basis", "cases_by_age", "cases_by_area")
    }

    def change(key: str, day: str, **values: object) -> None:
        case = story.cases[key]
        data = replace(case_data(case), **values)
        assert update_case(session, coordinator, case, data, today=d(day))

    change("K13", "2025-04-03", meeting=JUSO, meeting_date=d("2025-03-25"))
    change("K11", "2025-05-01", basis=PROGRAM, age_band=AgeBand.AGE_60S)
    change("K09", "2025-06-10", area_code="niihari")
    sitting = create_meeting(
        session, coordinator, MeetingData(JUSO, d("2025-07-01")), today=d("2025-07-01")
    )
    add_case(session, coordinator, sitting, story.cases["K02"], ItemData())
    session.flush()
    assert (story.cases["K02"].meeting, story.cases["K09"].area.code) == (JUSO, "niihari")

    report = annual_report(session, FY2024, CONTEXT)
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "4", "0"),  # K01, K04, K10 and K13 (from 03-25)
        ("支援会議", "2", "0"),  # K02 (until 07-01 of 2025年度), K07
        ("会議での検討なし", "8", "4"),
    ]
    assert before["cases_by_meeting"][0] == ("重層的支援会議", "3", "0")
    assert rows(report, "cases_by_basis") == before["cases_by_basis"]
    assert rows(report, "cases_by_age") == before["cases_by_age"]
    assert rows(report, "cases_by_area") == before["cases_by_area"]

    # 2025年度 counts a closing where the case stood at its end: K09's in 新治地区.
    def closed_by_area() -> dict[str, str]:
        return {r[0]: r[2] for r in rows(annual_report(session, FY2025, CONTEXT), "cases_by_area")}

    closed = closed_by_area()
    close_case(session, coordinator, story.cases["K09"], C.GOAL_MET, d("2025-08-01"), today=TODAY)
    assert closed_by_area() == closed | {"新治地区": str(int(closed["新治地区"]) + 1)}


def test_cases_are_counted_by_the_situations_their_needs_name(story: Story) -> None:
    """A case counts under each 対象 its needs name (K09 is ひきこもり and 若者), and under
    「対象の記録なし」 when none does; どなたでも says nothing about the person."""
    story.need("K04", "居場所", targets=("hikikomori",))
    story.need("K09", "居場所", targets=("youth", "hikikomori"))
    story.need("K11", "サロン", targets=("seniors", "everyone"))
    report = annual_report(story.session, FY2024, CONTEXT)
    table = report.table("cases_by_situation")
    assert "どなたでも" not in [row.label[0] for row in table.rows]
    assert nonzero(report, "cases_by_situation") == {
        "高齢者": ("1", "0"),  # K11
        "若者": ("1", "0"),  # K09
        "ひきこもりの方・ご家族": ("2", "0"),  # K04, K09
        "対象の記録なし": ("11", "4"),  # the other eleven / K03, K05, K06, K12
    }


def test_a_listing_archived_after_the_year_still_counts_in_it(story: Story) -> None:
    """L4, published 2024-06-01 and archived 2025-05-01, vanished from 2024年度: 3 new, 2
    confirmed, 25%（1/4） instead of 4, 3 and 20%（1/5）."""
    report = annual_report(story.session, FY2024, CONTEXT)
    assert [r[1] for r in rows(report, "listings")] == ["4", "1", "3", "20%（1/5）"]
    # In 2025年度, the year it ended, it is neither new nor published at the end.
    assert [r[1] for r in rows(annual_report(story.session, FY2025, CONTEXT), "listings")] == [
        "1",
        "0",
        "22",
        "20%（1/5）",
    ]


# --- the files: CSV, XLSX and JSON, masked ------------------------------------------------


def csv_tables(body: bytes) -> dict[str, list[list[str]]]:
    """The CSV's tables by title, each its rows under the column line."""
    assert body.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the BOM
    text = body.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    tables: dict[str, list[list[str]]] = {}
    lines = list(csv.reader(io.StringIO(text, newline="")))
    for n, line in enumerate(lines):
        if n and lines[n - 1] == [] and len(line) == 1:  # a title after the blank line
            title, rows = line[0], []
            for row in lines[n + 2 :]:
                if not row or row[0].startswith("注: "):
                    break
                rows.append(row)
            tables[title] = rows
    return tables


def cell(tables: dict[str, list[list[str]]], title: str, *label: str) -> list[str]:
    return next(r[len(label) :] for r in tables[title] if tuple(r[: len(label)]) == label)


# What the hand count above gives when 1–4 are masked: the small counts are 「5未満」, and a
# count a total would give away is 「秘匿」 (see each line).
MASKED_2024 = {
    ("ケース（本人・世帯）", "期間中の新規（受付）"): ["14"],
    ("ケース（本人・世帯）", "期間中の終結"): ["5未満"],  # 4
    ("ケース（本人・世帯）", "2025年03月31日に支援中"): ["11"],
    ("会議別のケース", "会議での検討なし"): ["8", "5未満"],
    ("会議別のケース", "重層的支援会議"): ["5未満", "0"],
    # 事業 4 is 「5未満」, and 14 new cases − 10 任意 would say it is 4: 10 is hidden too.
    ("事業による参加支援と任意の参加支援", "事業による参加支援"): ["5未満", "0"],
    ("事業による参加支援と任意の参加支援", "任意の参加支援"): ["秘匿", "5未満"],
    ("地区別のケース", "新治地区"): ["7", "5未満"],
    ("地区別のケース", "第二地区"): ["0", "0"],
    ("つなぎの段階（期間中にその段階に進んだ件数）", "提案"): ["9"],
    ("つなぎの段階（期間中にその段階に進んだ件数）", "中断"): ["5未満"],
    ("団体の回答（受け入れとお断り）", "受け入れの割合"): ["5未満"],  # 4 of 6
    ("参加開始から3か月後の継続", "継続率"): ["5未満"],  # 2 of 4
    ("モニタリング（期間中に予定日を迎えたもの）", "予定日までに実施"): ["7"],
    # 7 of 11: the 11 would give away the 2 late and 2 missed.
    ("モニタリング（期間中に予定日を迎えたもの）", "期限内の実施率"): ["5未満"],
    ("狭間のニーズ（地区×活動の種類）", "第五地区", "高齢者サロン"): ["5未満"],
    ("狭間のニーズ（地区×活動の種類）", "合計", "（ニーズの件数）"): ["5"],
    ("地域の活動の情報（掲載・更新・確認）", "新たに掲載した活動"): ["5未満"],
}
MASKED_2025 = {
    ("ケース（本人・世帯）", "期間中の新規（受付）"): ["15"],
    ("ケース（本人・世帯）", "期間中の終結"): ["6"],
    # 6 closings − 5 without a meeting would say 重層 was 1: the 5 is hidden.
    ("会議別のケース", "会議での検討なし"): ["11", "秘匿"],
    ("会議別のケース", "重層的支援会議"): ["5未満", "5未満"],
    # 15 − 12 and 6 − 5 would give 事業 3 and 1 away.
    ("事業による参加支援と任意の参加支援", "任意の参加支援"): ["秘匿", "秘匿"],
    ("事業による参加支援と任意の参加支援", "事業による参加支援"): ["5未満", "5未満"],
    ("地区別のケース", "新治地区"): ["8", "5未満"],
    ("参加開始から3か月後の継続", "継続率"): ["5未満"],  # 4 of 4
    ("地域の活動の情報（掲載・更新・確認）", "情報を確認した活動（情報確認日が期間中）"): ["22"],
    ("地域の活動の情報（掲載・更新・確認）", "内容を更新した活動（承認した変更）"): ["0"],
}


@pytest.mark.parametrize(("period", "expected"), [(FY2024, MASKED_2024), (FY2025, MASKED_2025)])
def test_the_files_mask_small_counts_and_the_totals_that_give_them_away(
    story: Story, period: Period, expected: dict[tuple[str, ...], list[str]]
) -> None:
    report = annual_report(story.session, period, CONTEXT)
    tables = csv_tables(report_export.to_csv(report))
    for (title, *label), values in expected.items():
        assert cell(tables, title, *label) == values, (title, label)
    # No count from 1 to 4 is left in any table, and every table of the page is there.
    assert list(tables) == [t.title for t in report.tables]
    for title, table_rows in tables.items():
        for row in table_rows:
            assert not {"1", "2", "3", "4"} & set(row[1:]), (title, row)

    # The workbook and the JSON say the same, cell for cell (numbers as numbers).
    sheet = load_workbook(io.BytesIO(report_export.to_xlsx(report))).active
    assert sheet is not None
    lines = [
        [("" if v is None else str(v)) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    document = json.loads(report_export.to_json(report))
    for table in document["tables"]:
        csv_rows = tables[table["title"]]
        for row, line in zip(table["rows"], csv_rows, strict=True):
            assert [*row["label"], *map(str, row["values"])] == line
            assert [*row["label"], *(str(v) for v in row["values"])] in [
                x[: len(line)] for x in lines
            ]
    assert document["masking"][1].endswith("「秘匿」と表示")
    # The counts are as of the year's end; the file also says when it was made.
    assert document["as_of"] == period.until.isoformat()
    assert document["made_on"] == "2026-05-20"
    header = report_export.to_csv(report).decode("utf-8-sig").splitlines()[2]
    assert header == f"基準日 {period.until.isoformat()}（この日時点の件数。作成日 2026-05-20）"


@pytest.mark.parametrize("period", [FY2024, FY2025])
def test_no_total_gives_a_masked_count_away(story: Story, period: Period) -> None:
    """Whatever the figures, no group of figures that add up has exactly one of them hidden
    (and a hidden count is never shown elsewhere as a number)."""
    report = annual_report(story.session, period, CONTEXT)
    hidden = report_export.masked_cells(report, 5)
    for group in report.groups:
        unknown = sum(c in hidden for c in group.cells)
        unknown += group.rest is not None and 0 < group.rest < 5
        assert unknown != 1, group
