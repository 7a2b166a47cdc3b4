"""What a resident can pay: 「300円以下」「100円まで」「ワンコイン」「100円」 and the API's max_cost keep
the listings whose 参加費 is known and at most that, say how many were left out for want of one
amount, and can be undone like any condition read from the words."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus, Visibility
from tests.webapp.test_search_understanding import chips, names, page_of, total

API = "/api/v1"
LEFT_OUT = re.compile(r'<p class="muted" id="cost-unknown">(.+?)</p>')


def costs(session: Session) -> dict[str, int | None]:
    """The 参加費 in yen of every listing a resident can find, by name."""
    rows = session.scalars(
        select(Listing).where(
            Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC
        )
    )
    return {listing.name: listing.cost_yen for listing in rows}


def every_name(client: FlaskClient, query: dict[str, str]) -> list[str]:
    found: list[str] = []
    for page in range(1, 20):
        shown = names(page_of(client, "/search?" + urlencode({**query, "page": str(page)})))
        if not shown or (found and shown[-1] == found[-1]):
            break
        found.extend(shown)
    return found


@pytest.mark.parametrize(
    ("typed", "chip", "ceiling"),
    [
        ("300円以下 サロン", "300円以下", 300),
        ("100円まで サロン", "100円以下", 100),
        ("５００円以内 サロン", "500円以下", 500),
        ("ワンコイン サロン", "500円以下", 500),
        ("under 300 yen salon", "300円以下", 300),
    ],
)
def test_a_price_typed_keeps_what_costs_at_most_that(
    client: FlaskClient, db_session: Session, typed: str, chip: str, ceiling: int
) -> None:
    page = page_of(client, "/search?" + urlencode({"q": typed}))
    assert list(chips(page)) == [chip]
    known = costs(db_session)
    found = every_name(client, {"q": typed})
    assert found
    for name in found:
        assert (known[name] or 0) <= ceiling, (name, known[name])
        assert known[name] is not None, name
    salons = every_name(client, {"q": "サロン"})
    assert {n for n in salons if known[n] is not None and known[n] <= ceiling} == set(found)
    assert total(page) < len(salons)  # the 500円 salons (and dearer) are not among them


def test_what_has_no_one_amount_is_left_out_and_said_so(
    client: FlaskClient, db_session: Session
) -> None:
    """大岩田 元気アップ通いの場 asks 月200円: not one amount per visit, so not compared with
    300円; the page says how many were left out for that."""
    page = page_of(client, "/search?q=300円以下 体操")
    assert "大岩田 元気アップ通いの場" in every_name(client, {"q": "体操"})
    assert "大岩田 元気アップ通いの場" not in every_name(client, {"q": "300円以下 体操"})
    note = LEFT_OUT.search(page)
    assert note, page
    text = html.unescape(note.group(1))
    assert re.fullmatch(
        r"参加費が「1回○円」と登録されていない活動（月会費・年会費・未記入など）\d+件は、"
        r"金額で比べられないため入れていません。",
        text,
    )
    left_out = int(re.search(r"(\d+)件", text).group(1))  # type: ignore[union-attr]
    known = costs(db_session)
    without = every_name(client, {"q": "体操"})
    assert left_out == sum(1 for n in without if known[n] is None) > 0
    assert not LEFT_OUT.search(page_of(client, "/search?q=体操"))  # no ceiling, no note


def test_a_bare_price_puts_that_price_first(client: FlaskClient, db_session: Session) -> None:
    page = page_of(client, "/search?q=参加費 100円")
    assert list(chips(page)) == ["100円以下"]
    known = costs(db_session)
    at_100 = sum(1 for yen in known.values() if yen == 100)
    first = names(page)[:at_100]
    assert len(first) == at_100
    assert all(known[name] == 100 for name in first), first
    found = every_name(client, {"q": "参加費 100円"})
    assert {known[n] for n in found} <= set(range(0, 101))
    assert 0 in {known[n] for n in found}  # free ones follow: at most 100円


def test_the_chip_undoes_the_price_and_searches_it_as_words(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=300円以下 サロン")
    undo = chips(page)["300円以下"]
    assert parse_qs(urlsplit(undo).query)["asis"] == ["300円以下"]
    undone = page_of(client, undo)
    assert chips(undone) == {}
    assert not LEFT_OUT.search(undone)
    assert 'name="asis" value="300円以下"' in undone


def test_the_chip_is_named_in_the_readers_language(client: FlaskClient) -> None:
    client.set_cookie("lang", "en")
    assert list(chips(page_of(client, "/search?q=under 1,000 yen salon"))) == ["Up to 1,000 yen"]
    client.set_cookie("lang", "vi")
    page = page_of(client, "/search?" + urlencode({"q": "dưới 300 yên học tiếng nhật"}))
    assert list(chips(page)) == ["Tối đa 300 yên"]


def test_a_ceiling_in_the_link_is_a_checked_box_under_the_fee(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=サロン&max_cost=300")
    assert re.search(
        r'<input type="checkbox" name="max_cost" value="300" checked> 300円以下', page
    ), page
    known = costs(db_session)
    assert all(known[n] is not None and known[n] <= 300 for n in names(page))
    assert total(page) == total(page_of(client, "/search?q=300円以下 サロン"))
    # a ceiling that means nothing is dropped on the page, the rest of the search kept
    assert total(page_of(client, "/search?q=サロン&max_cost=abc")) == total(
        page_of(client, "/search?q=サロン")
    )


def get_json(client: FlaskClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True))
    return response.get_json()


def test_the_api_takes_a_ceiling_as_max_cost_or_in_the_words(client: FlaskClient) -> None:
    asked = get_json(client, f"{API}/listings?max_cost=300&per_page=100")
    assert asked["total"] > 0
    assert all(
        item["cost"]["yen"] is not None and item["cost"]["yen"] <= 300 for item in asked["items"]
    )
    typed = get_json(client, f"{API}/listings?" + urlencode({"q": "300円以下", "per_page": 100}))
    assert typed["total"] == asked["total"]
    free = get_json(client, f"{API}/listings?free=true&per_page=100")
    assert get_json(client, f"{API}/listings?max_cost=0")["total"] == free["total"]
    lower = get_json(client, f"{API}/listings?" + urlencode({"q": "100円まで", "max_cost": 500}))
    assert lower["total"] == get_json(client, f"{API}/listings?max_cost=100")["total"]


@pytest.mark.parametrize("value", ["abc", "300円", "-1", "2.5", "1000001"])
def test_a_bad_ceiling_is_a_400_that_says_what_is_allowed(client: FlaskClient, value: str) -> None:
    error = get_json(client, f"{API}/listings?" + urlencode({"max_cost": value}), status=400)[
        "error"
    ]
    assert error["parameter"] == "max_cost"
    assert error["message"] == (
        f"パラメータ max_cost は0以上1000000以下の整数で指定してください（「{value}」は使えません）。"
    )


def test_the_openapi_document_describes_max_cost(client: FlaskClient) -> None:
    spec = get_json(client, f"{API}/openapi.json")
    params = {p["name"]: p for p in spec["paths"]["/listings"]["get"]["parameters"]}
    assert params["max_cost"]["schema"] == {"type": "integer", "minimum": 0, "maximum": 1_000_000}
    assert "含みません" in params["max_cost"]["description"]


def test_a_ceiling_nothing_fits_is_offered_to_be_dropped(client: FlaskClient) -> None:
    """そば打ち costs 1,500円: 「300円以下」 finds nothing and says what dropping it finds."""
    page = page_of(client, "/search?q=300円以下 そば打ち")
    assert total(page) == 0
    offers = re.findall(r'<li><a href="([^"]+)">「([^」]+)」を外す</a>と(\d+)件', page)
    assert [(label, count) for _, label, count in offers] == [("300円以下", "1")]
    assert names(page_of(client, html.unescape(offers[0][0]))) == ["にいはり農園 そば打ち体験教室"]
