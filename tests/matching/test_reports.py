"""The 実績 report against a fixture whose figures were counted by hand (fiscal year 2024).

The fixture is built through the use cases, dated inside 2024年度 (2024-04-01 … 2025-03-31),
before anything of the demo town (published 2026, confirmed from 2025-06), so every figure
below was counted from this file alone — on paper, not by running the code. The comments on
each case, referral and listing say what it contributes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from directory.listings import confirm_still_accurate, create_listing
from directory.models import Listing
from directory.revisions import approve_revision, submit_revision
from matching import report_export
from matching.cases import CaseData, ConsentData, close_case, create_case
from matching.followups import FollowUpResult, record_result
from matching.models import AgeBand, Case, Meeting, Referral, SupportBasis
from matching.models import ReferralStatus as S
from matching.outcomes import ClosureReason, DeclineReason, Frequency, UnmetResolution
from matching.plans import PlanData, add_need, create_plan
from matching.referrals import advance, create_referral, respond
from matching.reports import Context, Period, Rate, annual_report
from matching.unmet import UnmetData, record_unmet_need, resolve_unmet_need
from tests.factories import LOADER, any_organization, listing_data
from tests.matching.conftest import CATEGORIES, TARGETS, Staff, johoku_listing, need_data

FY = Period.fiscal_year(2024)
TODAY = date(2025, 5, 15)  # the report is run after the year ended
CONTEXT = Context(today=TODAY, tz=ZoneInfo("Asia/Tokyo"), freshness_days=180)
SHARE = ("share_with_organization",)


@dataclass
class Fixture:
    session: Session
    staff: Staff

    def case(
        self,
        opened: date,
        *,
        area: str = "",
        meeting: Meeting = Meeting.NONE,
        basis: SupportBasis = SupportBasis.VOLUNTARY,
        consent: bool = False,
    ) -> Case:
        return create_case(
            self.session,
            self.staff.coordinator,
            CaseData(
                age_band=AgeBand.AGE_40S,
                area_code=area,
                meeting=meeting,
                basis=basis,
                opened_on=opened,
            ),
            consent=ConsentData(True, opened, SHARE) if consent else None,
            today=TODAY,
        )

    def need(self, case: Case, title: str = "体を動かす活動", **overrides: object):  # type: ignore[no-untyped-def]
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
            need_data(title=title, **overrides),
            categories=CATEGORIES,
            targets=TARGETS,
        )

    def referral(
        self, case: Case, proposed: date, steps: list[tuple[S, date]], **kw: object
    ) -> Referral:
        need = self.need(case, title=f"つなぎ {proposed}")
        referral = create_referral(
            self.session, self.staff.coordinator, need, johoku_listing(self.session), today=proposed
        )
        for status, on in steps:
            advance(
                self.session, self.staff.coordinator, referral, status, on=on, today=TODAY, **kw
            )  # type: ignore[arg-type]
        return referral

    def answer(self, referral: Referral, day: date, *, accept: bool) -> None:
        respond(
            self.session,
            self.staff.member,
            referral.id,
            accept=accept,
            reason=None if accept else DeclineReason.CAPACITY,
            now=datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC),  # 10:00 in Japan
            today=day,
        )

    def follow_up(self, referral: Referral, due: date, done: date, **result: object) -> None:
        follow_up = next(f for f in referral.follow_ups if f.due_on == due)
        record_result(
            self.session,
            self.staff.coordinator,
            follow_up,
            FollowUpResult(**{"done_on": done, "continuing": True, **result}),  # type: ignore[arg-type]
            today=TODAY,
        )

    def listing(self, name: str, published: date, verified: date) -> Listing:
        data = listing_data(name=name, kana="")
        listing = create_listing(self.session, any_organization(self.session), data, actor=LOADER)
        self.approve(listing, published, verified)
        return listing

    def approve(self, listing: Listing, when: date, verified: date) -> None:
        now = datetime(when.year, when.month, when.day, 1, 0, tzinfo=UTC)
        data = listing_data(name=listing.name, kana="")
        revision = submit_revision(
            self.session, listing, data, base_version=listing.version, author=LOADER, now=now
        )
        approve_revision(self.session, revision, reviewer=LOADER, now=now, verified_on=verified)


@pytest.fixture
def fixture(db_session: Session, staff: Staff) -> Fixture:  # noqa: PLR0915 - one story, told in order
    f = Fixture(db_session, staff)
    d = date

    # Cases. C5 is opened after the year and counts nowhere.
    c1 = f.case(
        d(2024, 5, 10),
        area="niihari",
        meeting=Meeting.JUSO,
        basis=SupportBasis.PROGRAM,
        consent=True,
    )
    c2 = f.case(d(2024, 6, 1), area="niihari", meeting=Meeting.SHIEN, consent=True)
    c3 = f.case(d(2024, 3, 15), area="daigo")  # opened the year before, closed in it
    c4 = f.case(d(2025, 3, 20), meeting=Meeting.SHIEN, basis=SupportBasis.PROGRAM)  # no area
    f.case(d(2025, 4, 5), area="daigo")
    c6 = f.case(
        d(2024, 4, 1),
        area="niihari",
        meeting=Meeting.JUSO,
        basis=SupportBasis.PROGRAM,
        consent=True,
    )

    # R1 (C1): trial 2024-06-03, so follow-ups fall on 06-17, 07-03 and 09-03 (3 months).
    r1 = f.referral(
        c1,
        d(2024, 5, 20),
        [(S.AGREED, d(2024, 5, 22)), (S.CONTACTED, d(2024, 5, 25))],
    )
    f.answer(r1, d(2024, 5, 27), accept=True)
    advance(db_session, staff.coordinator, r1, S.TRIAL, on=d(2024, 6, 3), today=TODAY)
    advance(db_session, staff.coordinator, r1, S.PARTICIPATING, on=d(2024, 6, 10), today=TODAY)
    assert [x.due_on for x in r1.follow_ups] == [d(2024, 6, 17), d(2024, 7, 3), d(2024, 9, 3)]
    f.follow_up(r1, d(2024, 6, 17), d(2024, 6, 14))  # on time
    f.follow_up(r1, d(2024, 7, 3), d(2024, 7, 10))  # late
    f.follow_up(r1, d(2024, 9, 3), d(2024, 9, 3))  # on time; still going at 3 months

    # R2 (C2): declined for 定員 on 07-08, interrupted (定員) on 07-10; never started.
    r2 = f.referral(c2, d(2024, 7, 1), [(S.AGREED, d(2024, 7, 2)), (S.CONTACTED, d(2024, 7, 5))])
    f.answer(r2, d(2024, 7, 8), accept=False)
    advance(
        db_session,
        staff.coordinator,
        r2,
        S.INTERRUPTED,
        on=d(2024, 7, 10),
        today=TODAY,
        reason=DeclineReason.CAPACITY,
    )

    # R3 (C2): trial 2024-08-10 → follow-ups 08-26 (08-24 is a Saturday), 09-10, 11-11
    # (11-10 is a Sunday). At 09-12 the person no longer goes: not continuing at 3 months.
    r3 = f.referral(c2, d(2024, 8, 1), [(S.AGREED, d(2024, 8, 1)), (S.CONTACTED, d(2024, 8, 2))])
    f.answer(r3, d(2024, 8, 5), accept=True)
    advance(db_session, staff.coordinator, r3, S.TRIAL, on=d(2024, 8, 10), today=TODAY)
    advance(db_session, staff.coordinator, r3, S.PARTICIPATING, on=d(2024, 8, 20), today=TODAY)
    assert [x.due_on for x in r3.follow_ups] == [d(2024, 8, 26), d(2024, 9, 10), d(2024, 11, 11)]
    f.follow_up(r3, d(2024, 8, 26), d(2024, 8, 26))  # on time
    f.follow_up(
        r3, d(2024, 9, 10), d(2024, 9, 12), continuing=False, frequency=Frequency.NOT_GOING
    )  # late
    # 11-11 is never done: overdue at the end of the year.

    # R4 (C4): only proposed, on 2025-03-25.
    f.referral(c4, d(2025, 3, 25), [])

    # R5 (C6): 参加中 straight from 先方へ連絡 on 2024-12-20 → follow-ups 2025-01-06 (01-03 is
    # 年末年始, then a weekend), 01-20, 03-21 (03-20 is 春分の日). 01-06 done; the other two are
    # left undone and cancelled when C6 closes on 03-31, after their days: 未実施. Its
    # 3-month point 03-20 counts as continuing.
    r5 = f.referral(
        c6,
        d(2024, 4, 10),
        [
            (S.AGREED, d(2024, 4, 11)),
            (S.CONTACTED, d(2024, 4, 12)),
            (S.PARTICIPATING, d(2024, 12, 20)),
        ],
    )
    assert [x.due_on for x in r5.follow_ups] == [d(2025, 1, 6), d(2025, 1, 20), d(2025, 3, 21)]
    f.follow_up(r5, d(2025, 1, 6), d(2025, 1, 6))

    # Unmet needs: U1 (niihari; 居場所 and ボランティア) 2024-09-01, U2 (no area, no kind)
    # 2025-01-15, U3 (niihari; 居場所) 2024-11-01 resolved 2025-02-01 by a new listing,
    # U4 (daigo; サロン) recorded the year before and resolved 2024-10-01 by a widened one.
    def unmet(case: Case, day: date, area: str, categories: tuple[str, ...]):  # type: ignore[no-untyped-def]
        return record_unmet_need(
            db_session,
            staff.coordinator,
            f.need(case, title=f"狭間 {day}"),
            today=day,
            data=UnmetData(area_code=area, categories=categories),
        )

    unmet(c2, d(2024, 9, 1), "niihari", ("ibasho", "volunteer"))
    unmet(c4, d(2025, 1, 15), "", ())
    u3 = unmet(c2, d(2024, 11, 1), "niihari", ("ibasho",))
    u4 = unmet(c2, d(2024, 2, 1), "daigo", ("salon",))
    place = johoku_listing(db_session)
    resolve_unmet_need(
        db_session, staff.coordinator, u3, listing=place,
        resolution=UnmetResolution.NEW_LISTING, today=d(2025, 2, 1),
    )  # fmt: skip
    resolve_unmet_need(
        db_session, staff.coordinator, u4, listing=place,
        resolution=UnmetResolution.EXPANDED_LISTING, today=d(2024, 10, 1),
    )  # fmt: skip

    # Closures (after the referrals, as a coordinator would).
    for closing, reason, on in (
        (c1, ClosureReason.GOAL_MET, d(2025, 2, 20)),
        (c3, ClosureReason.MOVED, d(2024, 8, 1)),
        (c6, ClosureReason.HANDED_OVER, d(2025, 3, 31)),
    ):
        close_case(db_session, staff.coordinator, closing, reason, on, today=TODAY)

    # Listings: L1 new 06-01; L2 published before the year, changed and confirmed 12-01;
    # L3 new 07-01, confirmed again after the year (2025-04-20); L4 new 05-01, confirmed
    # 09-01 (more than 180 days before 03-31); L5 published after the year.
    f.listing("報告テスト L1", d(2024, 6, 1), d(2024, 6, 1))
    l2 = f.listing("報告テスト L2", d(2024, 3, 1), d(2024, 3, 1))
    f.approve(l2, d(2024, 12, 1), d(2024, 12, 1))
    l3 = f.listing("報告テスト L3", d(2024, 7, 1), d(2024, 7, 1))
    confirm_still_accurate(l3, d(2025, 4, 20), actor=LOADER)
    l4 = f.listing("報告テスト L4", d(2024, 5, 1), d(2024, 5, 1))
    confirm_still_accurate(l4, d(2024, 9, 1), actor=LOADER)
    f.listing("報告テスト L5", d(2025, 4, 10), d(2025, 4, 10))
    db_session.flush()
    return f


def rows(report, key: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return [(*r.label, *(str(v) for v in r.values)) for r in report.table(key).rows]


def test_the_yearly_figures_equal_the_hand_count(fixture: Fixture) -> None:
    report = annual_report(fixture.session, FY, CONTEXT)
    assert report.as_of == date(2025, 3, 31)
    assert rows(report, "cases") == [
        ("期間中の新規（受付）", "4"),  # C1, C2, C4, C6
        ("期間中の終結", "3"),  # C1, C3, C6
        ("2025年03月31日に支援中", "2"),  # C2, C4
    ]
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "2", "2"),  # C1, C6 / C1, C6
        ("支援会議", "2", "0"),  # C2, C4
        ("会議での検討なし", "0", "1"),  # C3 closed
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "3", "2"),  # C1, C4, C6 / C1, C6
        ("任意の参加支援", "1", "1"),  # C2 / C3
    ]
    by_area = dict((r[0], r[1:]) for r in rows(report, "cases_by_area"))
    assert by_area["新治地区"] == ("3", "2")
    assert by_area["第五地区"] == ("0", "1")
    assert by_area["地区未確認"] == ("1", "0")
    assert by_area["第一地区"] == ("0", "0")
    assert dict(r for r in rows(report, "closure_reasons") if r[1] != "0") == {
        "参加が定着した（目標の達成）": "1",
        "転居": "1",
        "ほかの支援・機関へ引き継いだ": "1",
    }
    assert rows(report, "referral_stages") == [
        ("提案", "5"),
        ("本人了承", "4"),
        ("先方へ連絡", "4"),
        ("見学・体験", "2"),
        ("参加中", "3"),
        ("終了", "0"),
        ("中断", "1"),
    ]
    assert rows(report, "answers") == [
        ("受け入れ可", "2"),
        ("お断り", "1"),
        ("受け入れの割合", "67%（2/3）"),
    ]
    reasons = {r[0]: r[1:] for r in rows(report, "decline_reasons")}
    assert reasons["定員"] == ("1", "1")
    assert {k: v for k, v in reasons.items() if k != "定員"} == {
        k: ("0", "0") for k in ("対象外", "日程", "連絡つかず", "本人辞退", "その他")
    }
    assert rows(report, "continuation") == [
        ("期間中に参加開始から3か月を迎えたつなぎ", "3"),  # R1, R3, R5
        ("うち3か月後も参加を続けていた", "2"),  # R1, R5
        ("継続率", "67%（2/3）"),
    ]
    # R5's 01-20 and 03-21 had passed undone when C6 closed on 03-31: they were missed, and
    # the closing that cancelled them afterwards does not make them 取りやめ.
    assert rows(report, "follow_ups") == [
        ("予定日までに実施", "4"),  # R1 06-17, R1 09-03, R3 08-26, R5 01-06
        ("予定日を過ぎて実施", "2"),  # R1 07-03, R3 09-10
        ("未実施（期限切れ）", "3"),  # R3 11-11, R5 01-20, R5 03-21
        ("取りやめ（中断・お断り・終了・終結）", "0"),
        ("期限内の実施率", "44%（4/9）"),  # 4 / (4 + 2 + 3)
    ]
    assert rows(report, "unmet") == [
        ("新治地区", "居場所", "2"),  # U1, U3
        ("新治地区", "ボランティア", "1"),  # U1
        ("地区未確認", "種類の指定なし", "1"),  # U2
        ("合計", "（ニーズの件数）", "3"),
    ]
    assert rows(report, "unmet_resolved") == [
        ("新しい活動ができた", "1"),  # U3
        ("既存の活動が広がった", "1"),  # U4
    ]
    assert report.unmet_by_area == {"niihari": 1, "": 1}  # U1, U2 (U3 was resolved)
    assert rows(report, "listings") == [
        ("新たに掲載した活動", "3"),  # L1, L3, L4
        ("内容を更新した活動（承認した変更）", "1"),  # L2
        ("情報を確認した活動（情報確認日が期間中）", "3"),  # L1, L2, L4
        ("2025年03月31日の掲載中の活動のうち180日以内に確認", "25%（1/4）"),  # L2 of L1–L4
    ]
    monthly = {r[0]: r[1:] for r in rows(report, "monthly")}
    assert list(monthly) == [f"2024年{m}月" for m in range(4, 13)] + [
        f"2025年{m}月" for m in range(1, 4)
    ]
    assert monthly["2024年4月"] == ("1", "1", "0", "0")  # C6; R5
    assert monthly["2024年5月"] == ("1", "1", "0", "0")  # C1; R1
    assert monthly["2024年6月"] == ("1", "0", "1", "0")  # C2; R1 starts
    assert monthly["2024年8月"] == ("0", "1", "1", "0")  # R3 proposed and started
    assert monthly["2024年9月"] == ("0", "0", "0", "1")  # U1
    assert monthly["2024年12月"] == ("0", "0", "1", "0")  # R5 starts
    assert monthly["2025年3月"] == ("1", "1", "0", "0")  # C4; R4
    totals = [sum(int(v[i]) for v in monthly.values()) for i in range(4)]
    assert totals == [4, 5, 3, 3]


def test_a_running_year_counts_up_to_today(fixture: Fixture) -> None:
    report = annual_report(fixture.session, FY, Context(today=date(2024, 9, 1)))
    assert report.as_of == date(2024, 9, 1)
    # By 2024-09-01 only R1's 06-17 (early) and 07-03 (late) and R3's 08-26 were due.
    assert rows(report, "follow_ups")[:3] == [
        ("予定日までに実施", "2"),
        ("予定日を過ぎて実施", "1"),
        ("未実施（期限切れ）", "0"),
    ]
    assert rows(report, "continuation")[0] == ("期間中に参加開始から3か月を迎えたつなぎ", "0")


def test_exports_mask_counts_below_five_but_not_zero(fixture: Fixture) -> None:
    report = annual_report(fixture.session, FY, CONTEXT)
    lines = list(csv.reader(io.StringIO(report_export.to_csv(report).decode("utf-8-sig"))))
    cells = {tuple(line[:-1]): line[-1] for line in lines if len(line) >= 2}
    assert cells[("期間中の新規（受付）",)] == "5未満"  # 4
    assert cells[("提案",)] == "5"  # five is not small
    assert cells[("終了",)] == "0"  # nobody: nothing to hide
    assert cells[("継続率",)] == "5未満"  # 2 of 3 gives the counts away
    assert cells[("新治地区", "ボランティア")] == "5未満"
    assert "1" not in {v for k, v in cells.items() if k and k[0] != "集計日"}

    unmasked = json.loads(report_export.to_json(report, mask_below=0))
    cases_table = next(t for t in unmasked["tables"] if t["key"] == "cases")
    assert cases_table["rows"][0]["values"] == [4]
    continuation = next(t for t in unmasked["tables"] if t["key"] == "continuation")
    assert continuation["rows"][2]["values"] == [66.7]

    sheet = load_workbook(io.BytesIO(report_export.to_xlsx(report, mask_below=3))).active
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if len(row) > 1}
    assert values["期間中の新規（受付）"] == 4  # 3 is the threshold now: 4 is shown
    assert values["期間中の終結"] == 3
    assert values["2025年03月31日に支援中"] == "3未満"


@pytest.mark.parametrize(
    ("mask_below", "note"),
    [
        (5, "小さな数の秘匿: 1〜4件は「5未満」と表示"),
        (3, "小さな数の秘匿: 1〜2件は「3未満」と表示"),
        (2, "小さな数の秘匿: 1件は「2未満」と表示"),
        (0, "小さな数の秘匿: なし"),
    ],
)
def test_an_export_says_which_counts_it_masks(
    db_session: Session, mask_below: int, note: str
) -> None:
    report = annual_report(db_session, FY, CONTEXT)
    lines = report_export.to_csv(report, mask_below).decode("utf-8-sig").splitlines()
    assert lines[3] == note
    sheet = load_workbook(io.BytesIO(report_export.to_xlsx(report, mask_below))).active
    assert sheet["A4"].value == note


def test_the_fiscal_year_runs_april_to_march() -> None:
    assert Period.fiscal_year(2026) == Period(
        date(2026, 4, 1), date(2027, 3, 31), "2026年度・令和8年度"
    )
    assert date(2027, 3, 31) in Period.fiscal_year(2026)
    assert date(2027, 4, 1) not in Period.fiscal_year(2026)
    assert len(Period.fiscal_year(2026).months()) == 12


@pytest.mark.parametrize(
    ("numerator", "denominator", "page", "file"),
    [
        (5, 8, "63%（5/8）", 62.5),  # 62.5% is 63% on the page, as a person rounds (四捨五入)
        (1, 8, "13%（1/8）", 12.5),
        (1, 16, "6%（1/16）", 6.3),  # 6.25% → 6.3 in the files, not 6.2
        (2, 3, "67%（2/3）", 66.7),
        (9, 40, "23%（9/40）", 22.5),
    ],
)
def test_rates_round_halves_up_on_the_page_and_in_the_files(
    numerator: int, denominator: int, page: str, file: float
) -> None:
    rate = Rate(numerator, denominator)
    assert str(rate) == page
    assert report_export.present(rate, mask_below=0) == file
