"""The search page and the API answer a typed weekday alike: that day first, then the others."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

API = "/api/v1"


def get_json(client: FlaskClient, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    body: dict[str, Any] = response.get_json()
    return body


def test_the_page_says_how_many_meet_on_the_typed_day_and_the_api_lists_them_alike(
    client: FlaskClient,
) -> None:
    page = client.get("/search?q=日本語教室 日曜日の午前").get_data(as_text=True)
    assert "日曜日・午前に合う活動は1件です。" in page
    assert "ほかの曜日・時間帯の活動も、そのあとに表示しています。" in page
    assert page.index("神立 日曜にほんご教室") < page.index("にほんごひろば 土曜クラス")

    found = get_json(client, f"{API}/listings?q=日本語教室 日曜日の午前")
    names = [item["name"] for item in found["items"]]
    assert names[0] == "神立 日曜にほんご教室"
    assert "にほんごひろば 土曜クラス" in names

    chosen = get_json(client, f"{API}/listings?q=日本語教室&weekday=6")
    chosen_names = [item["name"] for item in chosen["items"]]
    assert chosen_names[0] == "神立 日曜にほんご教室"
    assert "にほんごひろば 土曜クラス" not in chosen_names  # the facet chosen stays a filter
