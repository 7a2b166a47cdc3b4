"""The 実績 page and its downloads for the two hand-counted years of
``tests/matching/test_report_year.py``: the page shows the counts as they are, the files the
same counts masked, whichever way the period is chosen."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from openpyxl import load_workbook

from directory.models import User
from tests.matching.conftest import staff  # noqa: F401 - the story's fixture
from tests.matching.test_report_year import (  # noqa: F401 - story is a fixture
    MASKED_2024,
    cell,
    csv_tables,
    story,
)


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
