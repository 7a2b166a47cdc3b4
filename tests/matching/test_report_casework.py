"""A 社協 clerk's year: 28 case histories over 令和7年度 and the running 令和8年度, as a clerk
would count them for the 実績報告 to the city (counted by hand from this file, before the
report was run).

What the histories hold: a case opened in one year and closed in the next; a case closed and
reopened on 4月1日 of the next year; one closed, reopened and closed again in the same year; a
referral that went 見学 → 中断 and was re-referred to another place; a person with two needs
(ひきこもり and 若者); consent withdrawn mid-way; a case handed to another coordinator; an
unmet need resolved when a new place opened; follow-ups left overdue in the running year;
受付 and 終結 on 3月31日 and 4月1日; a birthday that moves a person into the next age band
inside and after the year; and 地区 changed inside and after the year.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, Organization
from matching import report_export
from matching.cases import (
    ConsentData,
    assign_coordinators,
    case_data,
    record_consent,
    update_case,
)
from matching.cases import reopen_case as reopen
from matching.followups import FollowUpResult, record_result
from matching.models import AgeBand, Meeting, SupportBasis
from matching.models import ReferralStatus as S
from matching.outcomes import ClosureReason as C
from matching.outcomes import DeclineReason as D
from matching.outcomes import UnmetResolution
from matching.referrals import advance, create_referral
from matching.reports import Context, Period, annual_report, parse_fiscal_year
from matching.unmet import resolve_unmet_need
from tests.matching.conftest import Staff, johoku_listing
from tests.matching.test_report_year import (
    JST,
    Story,
    at_ten,
    cell,
    csv_tables,
    d,
    nonzero,
    rows,
)

TODAY = date(2026, 12, 7)  # 令和8年度 is running
CONTEXT = Context(today=TODAY, tz=JST, freshness_days=180)
R7, R8 = Period.fiscal_year(2025), Period.fiscal_year(2026)
JUSO, SHIEN, NONE = Meeting.JUSO, Meeting.SHIEN, Meeting.NONE
PROGRAM, VOLUNTARY = SupportBasis.PROGRAM, SupportBasis.VOLUNTARY
A = AgeBand


class Year(Story):
    """``Story`` (test_report_year's) on this module's day (令和8年度 running, not May)."""

    def step(self, key, *steps, reason=None, actor=None):  # type: ignore[no-untyped-def]
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

    def check(self, key, due, done, actor=None, **result):  # type: ignore[no-untyped-def]
        follow_up = next(f for f in self.referrals[key].follow_ups if f.due_on == d(due))
        record_result(
            self.session,
            actor or self.staff.coordinator,
            follow_up,
            FollowUpResult(**{"done_on": d(done), "continuing": True, **result}),  # type: ignore[arg-type]
            today=TODAY,
        )

    def change(self, key: str, on: str, **fields: object) -> None:
        case = self.cases[key]
        update_case(
            self.session,
            self.staff.coordinator,
            case,
            replace(case_data(case), **fields),  # type: ignore[arg-type]
            today=d(on),
        )


def other_place(session: Session) -> Listing:
    """A published place of another organization than 城北町内会 (the re-referral)."""
    return session.scalars(
        select(Listing)
        .join(Listing.organization)
        .where(Organization.source_key != "chonai-johoku", Listing.status == "published")
        .order_by(Listing.id)
    ).first()  # type: ignore[return-value]


CASES = (
    # key, 受付, 地区, 年代, 会議, 区分
    ("A01", "2025-04-01", "niihari", A.AGE_60S, NONE, VOLUNTARY),  # 70歳 on 2026-06-01
    ("A02", "2025-04-10", "daigo", A.AGE_40S, SHIEN, PROGRAM),  # closed 2026-05-15
    ("A03", "2025-05-08", "niihari", A.AGE_20S, NONE, VOLUNTARY),  # closed 12-01, reopened 4/1
    ("A04", "2025-05-20", "daigo", A.AGE_50S, NONE, VOLUNTARY),  # → niihari 2026-02-01
    ("A05", "2025-06-02", "daiichi", A.AGE_30S, JUSO, PROGRAM),  # consent withdrawn 2026-01-10
    ("A06", "2025-06-16", "niihari", A.AGE_20S, NONE, VOLUNTARY),  # two needs, re-referred
    ("A07", "2025-07-01", "daiichi", A.AGE_40S, NONE, VOLUNTARY),  # → daigo 2026-05-01
    ("A08", "2025-07-15", "daigo", A.AGE_70S, NONE, VOLUNTARY),  # handed to the colleague
    ("A09", "2025-08-01", "", A.UNKNOWN, NONE, VOLUNTARY),
    ("A10", "2025-08-18", "niihari", A.AGE_30S, SHIEN, VOLUNTARY),
    ("A11", "2025-09-01", "daigo", A.AGE_13_14, NONE, VOLUNTARY),
    ("A12", "2025-09-22", "niihari", A.AGE_15_19, NONE, VOLUNTARY),  # 20歳 on 2026-01-15
    ("A13", "2025-10-06", "daiichi", A.AGE_60S, NONE, VOLUNTARY),  # closed 2026-03-31
    ("A14", "2025-10-20", "niihari", A.OVER_80, NONE, VOLUNTARY),  # died 2025-11-10
    ("A15", "2025-11-04", "daigo", A.AGE_30S, NONE, VOLUNTARY),  # 入院 2026-04-01
    ("A16", "2025-11-17", "niihari", A.AGE_50S, JUSO, PROGRAM),
    ("A17", "2025-12-01", "daiichi", A.AGE_20S, NONE, VOLUNTARY),  # closed, reopened, closed
    ("A18", "2026-01-08", "daigo", A.AGE_40S, NONE, VOLUNTARY),
    ("A19", "2026-02-02", "niihari", A.AGE_70S, NONE, VOLUNTARY),
    ("A20", "2026-03-02", "daigo", A.AGE_60S, SHIEN, VOLUNTARY),
    ("A21", "2026-03-31", "niihari", A.AGE_15_19, NONE, VOLUNTARY),
    ("A22", "2026-04-01", "niihari", A.AGE_15_19, NONE, VOLUNTARY),
    ("A23", "2026-04-20", "daigo", A.AGE_30S, NONE, VOLUNTARY),
    ("A24", "2026-05-11", "daiichi", A.AGE_50S, NONE, VOLUNTARY),
    ("A25", "2026-06-01", "niihari", A.AGE_20S, NONE, PROGRAM),
    ("A26", "2026-07-06", "daigo", A.AGE_40S, NONE, VOLUNTARY),  # closed 2026-08-31
    ("A27", "2026-09-01", "", A.AGE_30S, NONE, VOLUNTARY),
    ("A28", "2026-10-05", "niihari", A.AGE_60S, NONE, VOLUNTARY),
)


@pytest.fixture
def year(db_session: Session, staff: Staff) -> Year:  # noqa: PLR0915 - one story, in order
    s = Year(db_session, staff, {}, {})
    for key, opened, area, age, meeting, basis in CASES:
        s.open(key, d(opened), area, meeting, basis, age)

    # A05: 参加中 07-01 (dues 07-15, 08-01, 10-01, all on time, still going at 3 months);
    # consent withdrawn 2026-01-10: the coordinator stops the referral the same day.
    s.refer("R5", "A05", "2025-06-20", [(S.AGREED, "2025-06-21"), (S.CONTACTED, "2025-06-23")])
    s.answer("R5", at_ten("2025-06-25"))
    s.step("R5", (S.PARTICIPATING, "2025-07-01"))
    assert s.dues("R5") == ["2025-07-15", "2025-08-01", "2025-10-01"]
    for due in s.dues("R5"):
        s.check("R5", due, due)

    # A06: two needs. ひきこもり: 見学 at 城北 07-10, 中断 08-05 (本人辞退) → re-referred to
    # another place: 見学 09-01, 参加中 09-10; all follow-ups on time. 若者: no referral.
    first = s.need("A06", "日中の居場所", targets=("hikikomori",), categories=("ibasho",))
    s.need("A06", "同年代とのボランティア", targets=("youth",), categories=("volunteer",))
    s.refer(
        "R6a",
        "A06",
        "2025-07-01",
        [(S.AGREED, "2025-07-02"), (S.CONTACTED, "2025-07-03")],
        need=first,
    )
    s.answer("R6a", at_ten("2025-07-04"))
    s.step("R6a", (S.TRIAL, "2025-07-10"))
    s.check("R6a", s.dues("R6a")[0], s.dues("R6a")[0])
    s.step("R6a", (S.INTERRUPTED, "2025-08-05"), reason=D.PERSON_DECLINED)
    r6b = create_referral(
        db_session, staff.coordinator, first, other_place(db_session), today=d("2025-08-20")
    )
    s.referrals["R6b"] = r6b
    s.step("R6b", (S.AGREED, "2025-08-21"), (S.CONTACTED, "2025-08-22"))
    # (the other place's organization does not answer in the system)
    s.step("R6b", (S.TRIAL, "2025-09-01"), (S.PARTICIPATING, "2025-09-10"))
    for due in s.dues("R6b"):
        s.check("R6b", due, due)

    # A08: handed to the colleague, who proposes a place; 中断 10-20 (日程).
    n8 = s.need("A08", "畑仕事のできる場所")
    assign_coordinators(db_session, staff.admin, s.cases["A08"], [staff.colleague])
    s.refer("R8", "A08", "2025-10-10", need=n8, actor=staff.colleague)
    s.step("R8", (S.INTERRUPTED, "2025-10-20"), reason=D.SCHEDULE, actor=staff.colleague)

    # unmet needs: U1 (A09) 第五 サロン, resolved 2026-06-01 by a salon opened 2026-05-25;
    # U2 (A11) 第五 子ども食堂 + 居場所; U3 (A24) 第一 ボランティア.
    u1 = s.unmet("A09", "2025-08-20", "daigo", ("salon",))
    s.unmet("A11", "2025-09-10", "daigo", ("kodomo_shokudo", "ibasho"))

    # closings, reopenings and changes of 令和7年度
    s.close("A14", C.DIED, "2025-11-10")
    s.close("A03", C.NO_LONGER_WANTED, "2025-12-01")
    s.step("R5", (S.INTERRUPTED, "2026-01-10"), reason=D.PERSON_DECLINED)
    record_consent(
        db_session,
        staff.coordinator,
        s.cases["A05"],
        ConsentData(False, d("2026-01-10"), (), "本人から撤回の申し出"),
        today=d("2026-01-10"),
    )
    s.change("A12", "2026-01-15", age_band=A.AGE_20S)
    s.close("A17", C.UNREACHABLE, "2026-01-15")
    s.close("A05", C.NO_LONGER_WANTED, "2026-01-20")
    s.change("A04", "2026-02-01", area_code="niihari")
    reopen(db_session, staff.coordinator, s.cases["A17"], today=d("2026-02-10"))
    s.close("A17", C.GOAL_MET, "2026-03-20")
    s.close("A13", C.GOAL_MET, "2026-03-31")

    # 令和8年度
    reopen(db_session, staff.coordinator, s.cases["A03"], today=d("2026-04-01"))
    s.close("A15", C.INSTITUTION, "2026-04-01")
    s.change("A07", "2026-05-01", area_code="daigo")
    s.close("A02", C.GOAL_MET, "2026-05-15")
    s.unmet("A24", "2026-05-20", "daiichi", ("volunteer",))
    salon = s.publish("第五 ふれあいサロン", at_ten("2026-05-25"), d("2026-05-25"))
    resolve_unmet_need(
        db_session,
        staff.coordinator,
        u1,
        listing=salon,
        resolution=UnmetResolution.NEW_LISTING,
        today=d("2026-06-01"),
    )
    s.change("A01", "2026-06-01", age_band=A.AGE_70S)
    s.close("A26", C.UNREACHABLE, "2026-08-31")
    # A22: 見学 09-14; 09-28 done, 10-14 overdue, 12-14 not yet due.
    s.refer("R22", "A22", "2026-09-01", [(S.AGREED, "2026-09-02"), (S.CONTACTED, "2026-09-03")])
    s.answer("R22", at_ten("2026-09-04"))
    s.step("R22", (S.TRIAL, "2026-09-14"))
    assert s.dues("R22") == ["2026-09-28", "2026-10-14", "2026-12-14"]
    s.check("R22", "2026-09-28", "2026-09-28")
    s.close("A07", C.HANDED_OVER, "2026-09-30")
    # A28: 参加中 10-19; 11-02 and 11-19 overdue.
    s.refer("R28", "A28", "2026-10-10", [(S.AGREED, "2026-10-12"), (S.CONTACTED, "2026-10-13")])
    s.answer("R28", at_ten("2026-10-15"))
    s.step("R28", (S.PARTICIPATING, "2026-10-19"))
    assert s.dues("R28") == ["2026-11-02", "2026-11-19", "2027-01-19"]
    s.close("A01", C.GOAL_MET, "2026-11-30")
    db_session.flush()
    return s


def test_reiwa7_equals_the_clerks_count(year: Year) -> None:
    report = annual_report(year.session, R7, CONTEXT)
    assert rows(report, "cases") == [
        ("期間中の新規（受付）", "21"),  # A01 (4/1) – A21 (3/31)
        # A03 (reopened only on 4/1), A05, A13 (3/31), A14, A17 (its 01-15 closing was undone)
        ("期間中の終結", "5"),
        ("2026年03月31日に支援中", "16"),
    ]
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "2", "1"),  # A05, A16 / A05
        ("支援会議", "3", "0"),  # A02, A10, A20
        ("会議での検討なし", "16", "4"),  # / A03 A13 A14 A17
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "3", "1"),  # A02 A05 A16 / A05
        ("任意の参加支援", "18", "4"),
    ]
    assert nonzero(report, "cases_by_age") == {
        "13〜14歳（中学生の年代）": ("1", "0"),  # A11
        "15〜19歳": ("1", "0"),  # A21 (A12 was 20 by 3/31)
        "20代": ("4", "2"),  # A03 A06 A12 A17 / A03 A17
        "30代": ("3", "1"),  # A05 A10 A15 / A05
        "40代": ("3", "0"),  # A02 A07 A18
        "50代": ("2", "0"),  # A04 A16
        "60代": ("3", "1"),  # A01 (70 only in 2026-06) A13 A20 / A13
        "70代": ("2", "0"),  # A08 A19
        "80歳以上": ("1", "1"),  # A14
        "不明・未確認": ("1", "0"),  # A09
    }
    assert nonzero(report, "cases_by_area") == {
        "第一地区": ("4", "3"),  # A05 A07 A13 A17 / A05 A13 A17 (A07 moved only in 2026-05)
        "第五地区": ("6", "0"),  # A02 A08 A11 A15 A18 A20
        # A01 A03 A04 (from 第五 on 2026-02-01) A06 A10 A12 A14 A16 A19 A21 / A03 A14
        "新治地区": ("10", "2"),
        "地区未確認": ("1", "0"),  # A09
    }
    assert nonzero(report, "closure_reasons") == {
        "参加が定着した（目標の達成）": ("2",),  # A13, A17
        "本人が支援を望まなくなった": ("2",),  # A03, A05
        "死亡": ("1",),  # A14
    }
    assert rows(report, "referral_stages") == [
        ("提案", "4"),  # R5 R6a R6b R8
        ("本人了承", "3"),
        ("先方へ連絡", "3"),
        ("見学・体験", "2"),  # R6a, R6b
        ("参加中", "2"),  # R5, R6b
        ("終了", "0"),
        ("中断", "3"),  # R6a 08-05, R8 10-20, R5 2026-01-10
    ]
    assert rows(report, "answers") == [
        ("受け入れ可", "2"),  # R5, R6a
        ("お断り", "0"),
        ("受け入れの割合", "100%（2/2）"),
    ]
    assert nonzero(report, "decline_reasons") == {
        "日程": ("0", "1"),  # R8
        "本人辞退": ("0", "2"),  # R6a, R5
    }
    assert rows(report, "continuation") == [
        ("期間中に参加開始から3か月を迎えたつなぎ", "3"),  # R5 10-01, R6a 10-10, R6b 12-01
        ("うち3か月後も参加を続けていた", "2"),  # R5, R6b (R6a stopped on 08-05)
        ("継続率", "67%（2/3）"),
    ]
    follow_ups = dict((r[0], r[1]) for r in rows(report, "follow_ups"))
    assert follow_ups == {
        "予定日までに実施": "7",  # R5 ×3, R6a 1, R6b ×3
        "予定日を過ぎて実施": "0",
        "未実施（期限切れ）": "0",
        "取りやめ（中断・お断り・終了・終結）": "2",  # R6a's two after 08-05
        "期限内の実施率": "100%（7/7）",
    }
    assert rows(report, "unmet") == [
        ("第五地区", "居場所", "1"),  # U2
        ("第五地区", "こども食堂", "1"),  # U2
        ("第五地区", "高齢者サロン", "1"),  # U1
        ("合計", "（ニーズの件数）", "2"),
    ]
    assert nonzero(report, "unmet_resolved") == {}
    assert report.unmet_by_area == {"daigo": 2}
    situations = nonzero(report, "cases_by_situation")
    assert situations["ひきこもりの方・ご家族"] == ("1", "0")  # A06
    assert situations["若者"] == ("1", "0")  # A06 (the same person, both needs)


def test_reiwa8_so_far_equals_the_clerks_count(year: Year) -> None:
    report = annual_report(year.session, R8, CONTEXT)
    assert report.as_of == TODAY
    assert rows(report, "cases") == [
        ("期間中の新規（受付）", "7"),  # A22 (4/1) – A28; A03's reopening is not 新規
        ("期間中の終結", "5"),  # A15 4/1, A02, A26, A07, A01
        ("2026年12月07日に支援中", "19"),  # 16 + A03 + 7 − 5
    ]
    assert rows(report, "cases_by_meeting") == [
        ("重層的支援会議", "0", "0"),
        ("支援会議", "0", "1"),  # A02
        ("会議での検討なし", "7", "4"),  # A01 A07 A15 A26
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "1", "1"),  # A25 / A02
        ("任意の参加支援", "6", "4"),
    ]
    assert nonzero(report, "cases_by_age") == {
        "15〜19歳": ("1", "0"),  # A22
        "20代": ("1", "0"),  # A25
        "30代": ("2", "1"),  # A23 A27 / A15
        "40代": ("1", "3"),  # A26 / A02 A07 A26
        "50代": ("1", "0"),  # A24
        "60代": ("1", "0"),  # A28
        "70代": ("0", "1"),  # A01 (70 since 2026-06-01)
    }
    assert nonzero(report, "cases_by_area") == {
        "第一地区": ("1", "0"),  # A24
        "第五地区": ("2", "4"),  # A23 A26 / A02 A07 (moved 05-01) A15 A26
        "新治地区": ("3", "1"),  # A22 A25 A28 / A01
        "地区未確認": ("1", "0"),  # A27
    }
    assert nonzero(report, "closure_reasons") == {
        "参加が定着した（目標の達成）": ("2",),  # A01, A02
        "ほかの支援・機関へ引き継いだ": ("1",),  # A07
        "連絡がつかなくなった": ("1",),  # A26
        "入院・入所": ("1",),  # A15
    }
    assert rows(report, "referral_stages") == [
        ("提案", "2"),
        ("本人了承", "2"),
        ("先方へ連絡", "2"),
        ("見学・体験", "1"),  # R22
        ("参加中", "1"),  # R28
        ("終了", "0"),
        ("中断", "0"),
    ]
    assert rows(report, "continuation")[0] == ("期間中に参加開始から3か月を迎えたつなぎ", "0")
    follow_ups = dict((r[0], r[1]) for r in rows(report, "follow_ups"))
    assert follow_ups == {
        "予定日までに実施": "1",  # R22 09-28
        "予定日を過ぎて実施": "0",
        "未実施（期限切れ）": "3",  # R22 10-14, R28 11-02, 11-19 (12-14 is not due yet)
        "取りやめ（中断・お断り・終了・終結）": "0",
        "期限内の実施率": "25%（1/4）",
    }
    assert rows(report, "unmet") == [
        ("第一地区", "ボランティア", "1"),  # U3
        ("合計", "（ニーズの件数）", "1"),
    ]
    assert nonzero(report, "unmet_resolved") == {"新しい活動ができた": ("1",)}  # U1 06-01
    # The map shows the needs recorded in the period and open at its end (the page says so):
    # U3 only; U2, open since 令和7年度, is on 令和7年度's map.
    assert report.unmet_by_area == {"daiichi": 1}


def number(text: str) -> str:
    """「100」 (a float Excel gives back as 100) and 「100.0」 are the same number."""
    try:
        return str(float(text))
    except ValueError:
        return text


def test_the_files_agree_with_the_page_and_hide_the_one_person_with_a_recorded_situation(
    year: Year,
) -> None:
    """令和7年度: 21 new cases, 20 of them with no 対象 recorded. 21 − 20 = 1, so the 若者 and
    ひきこもり cells, 「5未満」 each, were both known to be 1 (A06, one person): 20 is 「秘匿」."""
    report = annual_report(year.session, R7, CONTEXT)
    tables = csv_tables(report_export.to_csv(report))
    situation = "本人の状況（対象）別のケース"
    assert cell(tables, situation, "対象の記録なし") == ["秘匿", "5"]
    assert cell(tables, situation, "若者") == ["5未満", "0"]
    assert cell(tables, "ケース（本人・世帯）", "期間中の新規（受付）") == ["21"]
    # every figure the files show is the page's, the others are 「5未満」 or 「秘匿」
    document = json.loads(report_export.to_json(report))
    sheet = load_workbook(io.BytesIO(report_export.to_xlsx(report))).active
    assert sheet is not None
    for table, written in zip(report.tables, document["tables"], strict=True):
        assert written["key"] == table.key
        for row, values in zip(table.rows, written["rows"], strict=True):
            in_csv = cell(tables, table.title, *row.label)
            for value, shown, csv_value in zip(row.values, values["values"], in_csv, strict=True):
                assert str(shown) == csv_value, (table.key, row.label)
                if isinstance(value, int) and shown not in ("5未満", "秘匿"):
                    assert shown == value, (table.key, row.label)
                    assert value == 0 or value >= 5
    # the sheet holds the CSV's lines, counts as numbers
    body = report_export.to_csv(report).decode("utf-8-sig")
    in_csv = [line for line in csv.reader(io.StringIO(body, newline="")) if line]
    in_sheet = [
        [str(v) for v in line if v is not None]
        for line in sheet.iter_rows(values_only=True)
        if any(v is not None for v in line)
    ]
    assert [[number(v) for v in line] for line in in_sheet] == [
        [number(v) for v in line] for line in in_csv
    ]


def test_a_running_year_lists_its_months_up_to_today(year: Year) -> None:
    """令和8年度 on 2026-12-07: no rows of 0 for 2027年1〜3月, which have not come yet."""
    report = annual_report(year.session, R8, CONTEXT)
    months = [r[0] for r in rows(report, "monthly")]
    assert (months[0], months[-1]) == ("2026年4月", "2026年12月")
    assert nonzero(report, "monthly") == {
        "2026年4月": ("1", "0", "0", "0"),  # A22; A23's 04-20 is in April too
        "2026年5月": ("1", "0", "0", "1"),  # A24; U3
        "2026年6月": ("1", "0", "0", "0"),  # A25
        "2026年7月": ("1", "0", "0", "0"),  # A26
        "2026年9月": ("1", "1", "1", "0"),  # A27; R22; R22 見学
        "2026年10月": ("1", "1", "1", "0"),  # A28; R28; R28 参加中
    } | {"2026年4月": ("2", "0", "0", "0")}
    assert len(rows(report, "monthly")) == 9


def test_the_page_says_what_each_case_table_counts(year: Year) -> None:
    report = annual_report(year.session, R7, CONTEXT)
    assert "年代は2026年03月31日（基準日）の記録で数えます" in report.table("cases_by_age").note
    assert "地区は2026年03月31日（基準日）の記録で数えます" in report.table("cases_by_area").note
    assert "再開したケースは新規に数えません" in report.table("cases").note


def test_a_year_without_casework_says_so(year: Year) -> None:
    report = annual_report(year.session, Period.fiscal_year(2020), CONTEXT)
    assert report.empty
    notice = "2020年度・令和2年度（2020年04月01日〜2021年03月31日）には、ケース・つなぎ・モニタリング・狭間のニーズの記録がありません"
    assert notice in report_export.to_csv(report).decode("utf-8-sig")
    assert notice in json.loads(report_export.to_json(report))["notice"]
    assert not annual_report(year.session, R7, CONTEXT).empty


@pytest.mark.parametrize(
    "text", ["2025", "2025年度", "令和7", "R7", "令和７年度", "Ｒ７", "令和 7 年度", "平成37"]
)
def test_a_fiscal_year_is_read_as_a_clerk_writes_it(text: str) -> None:
    assert parse_fiscal_year(text) == (None if text == "平成37" else 2025)


@pytest.mark.parametrize("text", ["来年", "令和", "R100", "1999", "2026年", "令和8年"])
def test_what_is_not_a_fiscal_year_is_not_read_as_one(text: str) -> None:
    assert parse_fiscal_year(text) is None


# --- a held-out batch: written and counted after the fixes above, run once -----------------

R5 = Period.fiscal_year(2023)


@pytest.fixture
def held_out(db_session: Session, staff: Staff) -> Year:
    s = Year(db_session, staff, {}, {})
    for key, opened, area, age, basis in (
        ("H01", "2023-03-31", "niihari", A.AGE_20S, VOLUNTARY),  # closed 2023-04-01
        ("H02", "2023-04-01", "daigo", A.AGE_30S, VOLUNTARY),  # 事業 from 2024-05-01
        ("H03", "2023-06-01", "niihari", A.AGE_70S, VOLUNTARY),  # 転居 08-01, back 09-01
        ("H04", "2023-07-01", "", A.UNKNOWN, VOLUNTARY),  # 地区 known on 12-01: 第一
        ("H05", "2023-09-01", "daigo", A.AGE_40S, VOLUNTARY),  # closed 2024-03-31
        ("H06", "2024-03-31", "niihari", A.AGE_15_19, VOLUNTARY),  # 20歳 on 2024-04-01
        ("H07", "2023-10-10", "niihari", A.AGE_50S, VOLUNTARY),  # 定員 → another place
        ("H08", "2023-12-20", "daigo", A.AGE_60S, PROGRAM),  # 通いの場 wanted, widened
    ):
        s.open(key, d(opened), area, NONE if key != "H02" else SHIEN, basis, age)
    s.close("H01", C.GOAL_MET, "2023-04-01")
    s.close("H03", C.MOVED, "2023-08-01")
    reopen(db_session, staff.coordinator, s.cases["H03"], today=d("2023-09-01"))
    first = s.need("H07", "手先を使う作業")
    s.refer("R7a", "H07", "2023-10-15", [(S.AGREED, "2023-10-16"), (S.CONTACTED, "2023-10-17")])
    s.answer("R7a", at_ten("2023-10-20"), D.CAPACITY)
    s.step("R7a", (S.INTERRUPTED, "2023-10-21"), reason=D.CAPACITY)
    s.referrals["R7b"] = create_referral(
        db_session, staff.coordinator, first, other_place(db_session), today=d("2023-11-01")
    )
    s.step("R7b", (S.AGREED, "2023-11-02"), (S.CONTACTED, "2023-11-06"))
    s.step("R7b", (S.PARTICIPATING, "2023-11-15"))
    assert s.dues("R7b") == ["2023-11-29", "2023-12-15", "2024-02-15"]
    s.check("R7b", "2023-11-29", "2023-12-05")
    s.check("R7b", "2024-02-15", "2024-02-15")
    s.change("H04", "2023-12-01", area_code="daiichi")
    unmet = s.unmet("H08", "2024-01-10", "daigo", ("kayoinoba",))
    resolve_unmet_need(
        db_session,
        staff.coordinator,
        unmet,
        listing=johoku_listing(db_session),
        resolution=UnmetResolution.EXPANDED_LISTING,
        today=d("2024-03-31"),
    )
    s.close("H05", C.OTHER, "2024-03-31")
    s.change("H06", "2024-04-01", age_band=A.AGE_20S)
    s.change("H02", "2024-05-01", basis=PROGRAM)
    db_session.flush()
    return s


def test_held_out_reiwa5_equals_the_clerks_count(held_out: Year) -> None:
    report = annual_report(held_out.session, R5, CONTEXT)
    assert [r[1] for r in rows(report, "cases")] == ["7", "2", "6"]  # H02–H08; H01, H05
    assert rows(report, "cases_by_meeting")[1:] == [
        ("支援会議", "1", "0"),
        ("会議での検討なし", "6", "2"),
    ]
    assert rows(report, "cases_by_basis") == [
        ("事業による参加支援", "1", "0"),  # H08 (H02 only from 2024-05-01)
        ("任意の参加支援", "6", "2"),
    ]
    assert nonzero(report, "cases_by_age") == {
        "15〜19歳": ("1", "0"),  # H06 (20 only on 2024-04-01)
        "20代": ("0", "1"),  # H01
        "30代": ("1", "0"),
        "40代": ("1", "1"),
        "50代": ("1", "0"),
        "60代": ("1", "0"),
        "70代": ("1", "0"),
        "不明・未確認": ("1", "0"),
    }
    assert nonzero(report, "cases_by_area") == {
        "第一地区": ("1", "0"),  # H04 (no 地区 when it was opened)
        "第五地区": ("3", "1"),
        "新治地区": ("3", "1"),  # H03 H06 H07 / H01
    }
    assert nonzero(report, "closure_reasons") == {
        "参加が定着した（目標の達成）": ("1",),
        "その他": ("1",),
    }
    assert [r[1] for r in rows(report, "referral_stages")] == ["2", "2", "2", "0", "1", "0", "1"]
    assert rows(report, "answers")[:2] == [("受け入れ可", "0"), ("お断り", "1")]
    assert nonzero(report, "decline_reasons") == {"定員": ("1", "1")}
    assert [r[1] for r in rows(report, "continuation")] == ["1", "1", "100%（1/1）"]
    assert [r[1] for r in rows(report, "follow_ups")] == ["1", "1", "1", "0", "33%（1/3）"]
    assert rows(report, "unmet") == [
        ("第五地区", "通いの場", "1"),
        ("合計", "（ニーズの件数）", "1"),
    ]
    assert nonzero(report, "unmet_resolved") == {"既存の活動が広がった": ("1",)}
    assert report.unmet_by_area == {}
