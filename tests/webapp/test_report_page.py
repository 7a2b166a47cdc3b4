"""The 実績 page and its downloads for the two hand-counted years of
``tests/matching/test_report_year.py``: the page shows the counts as they are, the files the
same counts masked, whichever way the period is chosen."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook

from directory.models import User
from tests.matching.conftest import staff  # noqa: F401 - the story's fixture
from tests.matching.test_report_casework import year  # noqa: F401 - a fixture
from tests.matching.test_report_year import (  # noqa: F401 - story is a fixture
    MASKED_2024,
    cell,
    csv_tables,
    story,
)
from webapp.templating import jdate, today


def figure(page: str, label: str) -> list[str]:
    row = re.search(rf"<th scope=\"row\">{re.escape(label)}</th>(.*?)</tr>", page, re.S)
    assert row, label
    return re.findall(r'<td class="num">([^<]*)</td>', row[1])


@pytest.mark.usefixtures("story")
def test_the_page_shows_the_hand_counted_year_and_the_files_mask_it(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    by_year = client.get("/coord/reports/?fiscal_year=2024")
    by_days = client.get("/coord/reports/?fiscal_year=2026&since=2024-04-01&until=2025-03-31")
    assert by_year.status_code == by_days.status_code == 200
    for response in (by_year, by_days):
        page = response.get_data(as_text=True)
        assert figure(page, "期間中の新規（受付）") == ["14"]
        assert figure(page, "期間中の終結") == ["4"]
        assert figure(page, "2025年03月31日に支援中") == ["11"]
        assert figure(page, "任意の参加支援") == ["10", "4"]  # the staff see the counts
        assert figure(page, "期限内の実施率") == ["64%（7/11）"]
    assert "2024年度・令和6年度" in by_year.get_data(as_text=True)

    response = client.get("/coord/reports/?fiscal_year=2024&format=csv")
    assert response.headers["Content-Disposition"].endswith(
        "%E5%AE%9F%E7%B8%BE_2024-04-01_2025-03-31.csv"  # 実績_2024-04-01_2025-03-31.csv
    )
    tables = csv_tables(response.get_data())
    for (title, *label), values in MASKED_2024.items():
        assert cell(tables, title, *label) == values, (title, label)

    sheet = load_workbook(
        io.BytesIO(client.get("/coord/reports/?fiscal_year=2024&format=xlsx").data)
    ).active
    assert sheet is not None
    rows = {r[0]: r[1:3] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert rows["任意の参加支援"] == ("秘匿", "5未満")
    assert rows["期間中の新規（受付）"][0] == 14  # a number Excel can add up

    document = json.loads(client.get("/coord/reports/?fiscal_year=2024&format=json").data)
    cases = next(t for t in document["tables"] if t["key"] == "cases")
    assert [r["values"] for r in cases["rows"]] == [[14], ["5未満"], [11]]


@pytest.mark.usefixtures("year")
def test_the_page_the_files_and_flask_report_give_the_clerks_count(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    """The 28 case histories of ``test_report_casework``: 令和7年度 as the page shows it, and
    as ``flask report --fiscal-year 令和７年度`` writes it (the same file as the page's)."""
    login_as("coordinator")
    page = client.get("/coord/reports/?fiscal_year=2025").get_data(as_text=True)
    assert figure(page, "期間中の新規（受付）") == ["21"]
    assert figure(page, "期間中の終結") == ["5"]
    assert figure(page, "2026年03月31日に支援中") == ["16"]
    assert figure(page, "対象の記録なし") == ["20", "5"]  # the staff see the counts
    assert "年代は2026年03月31日（基準日）の記録で数えます" in page
    assert "記録がありません" not in page
    result = app.test_cli_runner().invoke(
        args=["report", "--fiscal-year", "令和７年度", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    from_cli = json.loads(result.stdout_bytes)
    from_page = client.get("/coord/reports/?fiscal_year=2025&format=json").get_json()
    assert from_cli["tables"] == from_page["tables"]
    situations = next(t for t in from_cli["tables"] if t["key"] == "cases_by_situation")
    assert situations["rows"][-1]["values"] == ["秘匿", 5]  # 21 − 20 would say 1 has a 対象


def test_a_year_without_casework_says_so_on_the_page_in_the_files_and_the_cli(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    notice = "2020年度・令和2年度（2020年04月01日〜2021年03月31日）には、ケース・つなぎ・モニタリング・狭間のニーズの記録がありません"
    page = client.get("/coord/reports/?fiscal_year=2020").get_data(as_text=True)
    assert notice in page
    body = client.get("/coord/reports/?fiscal_year=2020&format=csv").get_data()
    assert notice in body.decode("utf-8-sig")
    result = app.test_cli_runner().invoke(args=["report", "--fiscal-year", "R2"])
    assert result.exit_code == 0, result.output
    assert notice in result.stderr


@pytest.mark.usefixtures("year")
def test_the_unmet_map_says_it_holds_only_the_needs_recorded_in_the_year(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    """令和8年度 so far: 第一 1 (U3). 第五's 子ども食堂 of 令和7年度 is still unmet, and a clerk
    who knows it would read the table as wrong unless it says what it counts.  While the year
    runs the table counts to today in the municipality's time zone (between 0:00 and 9:00 in
    Japan that is not the machine's date)."""
    login_as("coordinator")
    page = client.get("/coord/reports/?fiscal_year=2026").get_data(as_text=True)
    caption = re.search(r"<caption>地区ごとの未解決の狭間のニーズ([^<]*)</caption>", page)
    assert caption
    with app.app_context():
        as_of = jdate(min(today(), date(2027, 3, 31)))
    assert f"期間中に記録され、{as_of}に未解決のもの" in caption[1]
    assert "前の期間から解決していないものは、その期間の表に入ります" in caption[1]
