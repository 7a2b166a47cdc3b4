"""The search page reads what residents type: conditions as chips with an undo, places,
partial matches said as such, 「もしかして」, the next date, and what to drop when nothing is found.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus

CHIP = re.compile(r'<span class="badge chip">([^<]+)<a href="([^"]+)"')


def page_of(client: FlaskClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def total(page: str) -> int:
    match = re.search(r"<strong>(\d+)</strong>件の活動", page)
    assert match, page
    return int(match.group(1))


def names(page: str) -> list[str]:
    return [
        html.unescape(n) for n in re.findall(r'<h2 class="card-title"><a [^>]+>([^<]+)</a>', page)
    ]


def chips(page: str) -> dict[str, str]:
    return {label: html.unescape(url) for label, url in CHIP.findall(page)}


def test_conditions_and_a_place_in_the_words_are_chips_and_filters(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=土曜日 無料 荒川沖駅 子ども食堂")
    assert list(chips(page)) == ["土曜日", "無料", "荒川沖駅から2km"]
    found = names(page)
    assert found
    rows = {
        listing.name: listing
        for listing in db_session.scalars(select(Listing).where(Listing.name.in_(found)))
    }
    for name in found:  # every result meets on Saturday, is free and lies within 2 km
        listing = rows[name]
        assert listing.schedule is not None
        assert listing.schedule.weekday_mask & (1 << 5), name
        assert listing.cost_yen == 0, name
    distances = [float(d) for d in re.findall(r"・約([0-9.]+)km", page)]
    assert distances
    assert max(distances) <= 2.0


def test_one_click_undoes_a_chip_and_keeps_the_word_as_text(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=無料 こども食堂")
    undo = chips(page)["無料"]
    assert parse_qs(urlsplit(undo).query)["asis"] == ["無料"]
    undone = page_of(client, undo)
    assert "無料" not in chips(undone)
    assert 'name="asis" value="無料"' in undone  # the form keeps the undo
    assert 'value="無料 こども食堂"' in undone  # the words are still in the box
    assert total(undone) > 0


def test_dusk_typed_is_a_chip_but_no_choice_of_the_time_filter(client: FlaskClient) -> None:
    # 夕方: meetings starting 16:00–18:59, read from the words only; the page's 時間帯 stays
    # 午前・午後・夕方・夜, and the chip undoes like any other
    page = page_of(client, "/search?q=夕方 こども食堂")
    assert list(chips(page)) == ["夕方"]
    assert total(page) > 0
    assert 'value="evening"' in page  # the 17:00 食堂 are 夕方・夜 among the page's times
    assert 'value="dusk"' not in page
    undone = page_of(client, chips(page)["夕方"])
    assert "夕方" not in chips(undone)


def test_a_resident_asking_in_english_gets_places_where_english_is_spoken(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=help in english")
    assert list(chips(page)) == ["英語で参加できる"]
    found = names(page)
    assert found
    rows = db_session.execute(
        select(Listing.name, Listing.languages).where(Listing.name.in_(found))
    )
    languages = {name: spoken for name, spoken in rows}
    assert all("en" in languages[name] for name in found)


def test_a_place_alone_lists_what_is_nearest(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=神立駅の近く")
    assert list(chips(page)) == ["神立駅から2km"]
    distances = [float(d) for d in re.findall(r"・約([0-9.]+)km", page)]
    assert distances
    assert distances == sorted(distances)
    assert distances[-1] <= 2.0


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("土浦市神立中央", "神立中央"),
        ("土浦市大和町", "大和町"),
        ("茨城県土浦市大和町", "大和町"),
        ("大和町9-1", "大和町"),
        ("土浦市荒川沖東", "荒川沖東"),
        ("荒川沖東2-3-1", "荒川沖東二丁目"),
        ("中央2丁目", "中央二丁目"),
    ],
)
def test_an_address_typed_in_the_box_is_searched_around_its_town(
    client: FlaskClient, typed: str, town: str
) -> None:
    page = page_of(client, f"/search?q={typed}")
    assert list(chips(page)) == [f"{town}から2km"]
    assert "もしかして" not in page
    assert total(page) == total(page_of(client, f"/search?q={town}"))


@pytest.mark.parametrize(
    ("typed", "chip"),
    [("tsuchiura eki", "土浦駅から2km"), ("アラカワオキ駅", "荒川沖駅から2km")],
)
def test_a_station_in_romaji_or_katakana_is_the_station(
    client: FlaskClient, typed: str, chip: str
) -> None:
    page = page_of(client, f"/search?q={typed}")
    assert list(chips(page)) == [chip]
    assert total(page) == total(page_of(client, f"/search?q={chip.removesuffix('から2km')}"))


def targets_of(session: Session, found: list[str]) -> dict[str, set[str]]:
    rows = session.scalars(select(Listing).where(Listing.name.in_(found)))
    return {listing.name: {t.code for t in listing.targets} for listing in rows}


def test_an_age_is_read_as_whom_the_activity_is_for(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=3歳")
    assert list(chips(page)) == ["3歳が対象"]
    found = names(page)
    assert "東台 いきいき百歳体操" not in found  # 百歳 and 3か月 are no age of three
    targets = targets_of(db_session, found)
    assert {"children", "parents"} <= targets[found[0]]
    assert not any(targets[name] == {"seniors"} for name in found)
    undone = page_of(client, chips(page)["3歳が対象"])
    assert "3歳が対象" not in chips(undone)  # the undo searches the words as written


def test_an_older_age_finds_what_is_for_seniors_first(
    client: FlaskClient, db_session: Session
) -> None:
    seniors = db_session.scalars(
        select(Listing).where(
            Listing.targets.any(code="seniors"), Listing.status == ListingStatus.PUBLISHED
        )
    ).all()
    for typed in ("70歳", "70代", "80代以上"):
        page = page_of(client, f"/search?q={typed}")
        assert total(page) >= len(seniors), typed
        targets = targets_of(db_session, names(page))
        assert all("seniors" in targets[name] for name in names(page)), typed


def test_a_young_adults_age_finds_what_is_for_young_people_first(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=20代")
    assert list(chips(page)) == ["20代が対象"]
    found = names(page)
    targets = targets_of(db_session, found)
    assert "youth" in targets[found[0]]
    assert not any(targets[name] == {"seniors"} for name in found)


def test_an_area_name_becomes_the_area_filter(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=新治 体操")
    assert list(chips(page)) == ["新治地区"]
    assert total(page) > 0
    for org_line in re.findall(r'<p class="card-org">([^<]+)</p>', page):
        assert "新治地区" in org_line


def test_particles_and_request_words_do_not_stop_a_search(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=子どもの宿題を見てほしい")
    assert total(page) > 0
    assert "放課後しゅくだいカフェ" in names(page)


def test_partial_matches_follow_with_a_line_saying_so(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=囲碁 フットサル")
    assert "すべての言葉を含む活動はありません。" in page
    found = names(page)
    assert "国際交流フットサル" in found
    assert any("囲碁" in n for n in found)


def test_all_words_together_show_no_partial_line(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=お茶 サロン")  # a page and more of listings with both
    assert "すべての言葉を含む活動" not in page


def test_a_word_one_character_off_says_what_was_searched_instead(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=ボランテア")
    assert "「ボランテア」は見つからなかったので、「ボランティア」でさがしました" in page
    assert total(page) >= 10


def test_kana_romaji_and_english_find_kanji_text(client: FlaskClient) -> None:
    for typed, expected in [
        ("にんちしょう", "認知症カフェ なかむら"),
        ("kodomo shokudo", "たかつ子ども食堂"),
        ("Japanese class", "にほんごひろば 土曜クラス"),
        ("yoga", "いすヨガ 福祉センター教室"),
    ]:
        assert expected in names(page_of(client, f"/search?q={typed}")), typed


def test_results_show_the_next_date(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=百歳体操")
    # (its date kept on one line: ``keep_together``)
    assert re.search(r'<dt>次回</dt><dd class="next-date"><span class="keep">\d+月\d+日', page)


def test_a_snippet_comes_from_the_field_that_matched(client: FlaskClient) -> None:
    # 「麦茶」 is only in the tags of 作業小屋の朝ラジオ体操, not in its description.
    page = page_of(client, "/search?q=麦茶")
    assert "<mark>麦茶</mark>" in page


def test_nothing_found_suggests_what_to_drop_with_counts(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=日曜日 夜 書道")
    assert total(page) == 0
    suggestions = re.findall(r'<li><a href="([^"]+)">「([^」]+)」を外す</a>と(\d+)件', page)
    assert suggestions, page
    for url, label, count in suggestions:
        assert total(page_of(client, html.unescape(url))) == int(count), label


def test_nothing_on_the_weekday_typed_shows_what_meets_on_other_days_below(
    client: FlaskClient,
) -> None:
    """「書道 土曜日」: the only 書道 class meets on a Sunday. The weekday stays a filter (its
    chip, 0 results, the suggestion to drop it), and the class (and the 寺子屋 that teaches
    書道 among other things) is shown under the suggestions rather than only counted in them."""
    page = page_of(client, "/search?q=書道 土曜日")
    assert total(page) == 0
    assert "土曜日" in chips(page)
    count = re.search(r"「土曜日」を外す</a>と(\d+)件", page)
    assert count, page
    text = html.unescape(page)
    assert "「土曜日」でなければ、こんな活動があります" in text
    other = re.findall(r'<h3 class="card-title"><a [^>]+>([^<]+)</a>', page)
    assert len(other) == int(count.group(1))
    assert html.unescape(other[0]) == "城北町 大人の書道教室"
    # a word nothing matches on any day shows no such list
    page = page_of(client, "/search?q=土曜日 スキューバダイビング")
    assert "でなければ、こんな活動があります" not in html.unescape(page)


def test_the_api_understands_the_words_as_the_page_does(client: FlaskClient) -> None:
    data = client.get("/api/v1/listings?q=土曜日 こども食堂").get_json()
    every_day = client.get("/api/v1/listings?q=こども食堂").get_json()
    assert 0 < data["total"] < every_day["total"]
    for item in data["items"]:
        assert "土" in item["schedule"]["text"], item["name"]
    typo = client.get("/api/v1/listings?q=ボランテア").get_json()
    assert typo["total"] >= 10


@pytest.mark.parametrize("query", ["今日 こども食堂", "明日のこども食堂", "こども食堂 today"])
def test_a_date_is_said_to_be_no_filter_and_the_words_are_searched_without_it(
    client: FlaskClient, query: str
) -> None:
    """Search knows weekdays, not today's date: 「今日」 used to be searched as a word (only
    the few listings whose text says 今日) or 「明日」 corrected to 「平日」."""
    page = page_of(client, "/search?" + urlencode({"q": query}))
    assert "「今日」「明日」のような日付ではしぼれません。" in html.unescape(page)
    assert "もしかして" not in page
    assert total(page) == total(page_of(client, "/search?q=こども食堂"))


def test_a_date_alone_says_to_type_a_weekday_rather_than_no_characters(
    client: FlaskClient,
) -> None:
    page = html.unescape(page_of(client, "/search?q=今日"))
    assert "「土曜日」のように曜日を入れると、その曜日の活動にしぼれます。" in page
    assert "検索できる文字がありませんでした" not in page
