"""Languages: the public pages in やさしい日本語, English and Vietnamese, chosen and remembered.

Also checks the committed catalogs: every message translated with the same placeholders, and
each compiled .mo holding exactly what its .po says (a stale .mo would ship old text).
"""

from __future__ import annotations

import html
import importlib.util
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from flask import Flask, render_template_string
from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from directory.models import User
from tests.factories import listing_by_key
from tests.webapp.conftest import form_token

TRANSLATIONS = Path(__file__).resolve().parents[2] / "webapp" / "translations"
LOCALES = ("ja@easy", "en", "vi")
OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会, 毎週水曜日 14:00〜16:00


def html_lang(body: str) -> str:
    found = re.search(r'<html lang="([^"]+)">', body)
    assert found
    return found.group(1)


_SWITCH = re.compile(
    r'<form method="(\w+)" action="([^"]+)">\s*<input type="hidden" name="next" value="([^"]*)">'
)


def switch(client: FlaskClient, page: str, **choice: str) -> TestResponse:
    """Press a button of the language switch on ``page`` as a browser would: the form's own
    method, action and ``next``, plus the button's name and value."""
    body = client.get(page).get_data(as_text=True)
    form = _SWITCH.search(body)
    assert form, f"no language switch on {page}"
    method, action, back = form.groups()
    for name, value in choice.items():
        assert f'name="{name}" value="{value}"' in body, (name, value)
    fields = {"next": html.unescape(back), **choice}
    if method == "get":
        return client.get(html.unescape(action), query_string=fields)
    return client.post(html.unescape(action), data=fields)


@pytest.mark.parametrize(
    ("accept", "lang", "nav"),
    [
        ("vi-VN,vi;q=0.9,en;q=0.5", "vi", "Tìm hoạt động"),
        ("en-US,en;q=0.8", "en", "Find activities"),
        ("ja,en;q=0.5", "ja", "活動をさがす"),
        ("pt-BR", "ja", "活動をさがす"),  # not offered: the site's own language
        ("", "ja", "活動をさがす"),
    ],
)
def test_the_browsers_language_is_the_default(
    client: FlaskClient, accept: str, lang: str, nav: str
) -> None:
    response = client.get("/", headers={"Accept-Language": accept} if accept else {})
    body = response.get_data(as_text=True)
    assert html_lang(body) == lang
    assert f">{nav}</a>" in body
    assert {"Accept-Language", "Cookie"} <= set(response.vary)


def test_staff_pages_written_in_japanese_are_wholly_japanese_for_an_english_browser(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    """Coordinators' and organizations' pages have no translation: their header, dates and
    lang attribute are Japanese too (a screen reader reads them with a Japanese voice), and
    the language switch, which would change nothing there, is left out."""
    english = {"Accept-Language": "en-US,en;q=0.8"}
    client.set_cookie("lang", "en")
    public = client.get("/listings", headers=english).get_data(as_text=True)
    assert html_lang(public) == "en"
    assert "Language・ことば" in public
    login = client.get("/login", headers=english).get_data(as_text=True)
    assert html_lang(login) == "ja"
    login_as("coordinator")
    for path in ("/coord/", "/coord/cases", "/coord/reports/unmet", "/coord/meetings/"):
        response = client.get(path, headers=english)
        assert response.status_code == 200, path
        body = response.get_data(as_text=True)
        assert html_lang(body) == "ja", path
        assert ">活動をさがす</a>" in body, path
        assert "Language・ことば" not in body, path
    assert html_lang(client.get("/", headers=english).get_data(as_text=True)) == "en"


def test_the_switch_is_remembered_and_wins_over_the_browser(client: FlaskClient) -> None:
    switched = switch(client, "/listings?area=daiichi", lang="en")
    assert switched.status_code == 303
    assert switched.headers["Location"] == "/listings?area=daiichi"  # back where they were
    page = client.get("/listings", headers={"Accept-Language": "vi"}).get_data(as_text=True)
    assert html_lang(page) == "en"
    assert "Find activities" in page
    assert 'aria-current="true">English</button>' in page


def test_a_link_with_lang_opens_the_page_in_that_language_and_the_next_pages_stay_in_it(
    client: FlaskClient, db_session: Session
) -> None:
    """A coordinator sends a Vietnamese-speaking resident ``/listings/<id>?lang=vi``: the page
    is in Vietnamese whatever the phone's language, and the pages it leads to stay so."""
    ochakai = listing_by_key(db_session, OCHAKAI)
    japanese_phone = {"Accept-Language": "ja-JP,ja;q=0.9"}
    linked = client.get(f"/listings/{ochakai.id}?lang=vi", headers=japanese_phone)
    assert linked.status_code == 200
    assert html_lang(linked.get_data(as_text=True)) == "vi"
    assert "Tìm hoạt động" in linked.get_data(as_text=True)
    assert "lang=vi" in linked.headers["Set-Cookie"]
    after = client.get("/search?q=お茶", headers=japanese_phone).get_data(as_text=True)
    assert html_lang(after) == "vi"
    # Written the ways people paste it; an unknown one is as if it were not there.
    for value, lang in (("EN", "en"), ("easy", "ja"), (" vi ", "vi"), ("xx", "en")):
        fresh = client.application.test_client()
        fresh.set_cookie("lang", "en")
        body = fresh.get(f"/?lang={value}", headers=japanese_phone).get_data(as_text=True)
        assert html_lang(body) == lang, value
    easy = client.application.test_client().get("/?lang=ja-easy").get_data(as_text=True)
    assert "<rt>" in easy  # やさしい日本語: furigana on


def test_a_lang_link_to_a_staff_page_leaves_it_japanese_and_the_choice_unchanged(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = client.get("/coord/?lang=en")
    assert html_lang(response.get_data(as_text=True)) == "ja"
    assert "lang=" not in response.headers.get("Set-Cookie", "")


def test_the_switch_needs_its_csrf_token_and_never_sends_people_off_site(
    client: FlaskClient,
) -> None:
    # A page rendered before the switch became a GET form still posts, with its token.
    assert client.post("/language", data={"lang": "en"}).status_code == 400
    token = form_token(client)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"):
        response = client.post(
            "/language", data={"lang": "en", "next": target, "csrf_token": token}
        )
        assert response.headers["Location"] == "/"
        response = client.get("/language", query_string={"lang": "en", "next": target})
        assert response.headers["Location"] == "/"
    unknown = client.post("/language", data={"lang": "xx", "next": "/", "csrf_token": token})
    assert "lang=" not in unknown.headers.get("Set-Cookie", "")
    unknown = client.get("/language", query_string={"lang": "xx", "next": "/"})
    assert "lang=" not in unknown.headers.get("Set-Cookie", "")
    chosen = client.get("/language", query_string={"lang": "vi", "next": "/"})
    cookies = chosen.headers.getlist("Set-Cookie")
    assert len(cookies) == 1  # one from the switch, none more for its ?lang=
    assert cookies[0].startswith("lang=vi;")


def test_residents_pages_set_no_cookie_until_they_choose_something(
    client: FlaskClient, db_session: Session
) -> None:
    """Browsing, searching and switching the language leave a resident with no session cookie
    (nothing to track them by, and a page a proxy may share); only a form that posts (the
    report of wrong information, signing in) starts a session for its CSRF token."""
    listing = listing_by_key(db_session, OCHAKAI)
    pages = ("/", "/search?q=お茶会", "/listings", f"/listings/{listing.id}", "/map")
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert "Set-Cookie" not in response.headers, page
        assert "csrf_token" not in response.get_data(as_text=True), page
    chosen = switch(client, f"/listings/{listing.id}", lang="ja@easy")
    assert [c.split("=")[0] for c in chosen.headers.getlist("Set-Cookie")] == ["lang"]
    switch(client, "/", furigana="off")
    assert client.get_cookie("session") is None
    easy = client.get(f"/listings/{listing.id}")
    assert "Set-Cookie" not in easy.headers
    assert "つぎは いつ" in easy.get_data(as_text=True)  # やさしい日本語, remembered by its cookie
    assert "<ruby>" not in easy.get_data(as_text=True)  # and ふりがな off, by its own
    report = client.get(f"/listings/{listing.id}/report")
    assert "session=" in report.headers["Set-Cookie"]


def test_easy_japanese_is_japanese_with_furigana_on_place_and_listing_names(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    switch(client, "/", lang="ja@easy")
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert html_lang(page) == "ja"
    assert "つぎは いつ" in page  # 次の開催, in plain words
    # each word over its own reading, so a long name can break between them on a phone; a
    # screen reader is given the name once and then its reading, not word by word
    assert (
        '<span aria-hidden="true"><ruby>城北<rp>（</rp><rt>じょうほく</rt><rp>）</rp></ruby>'
        "<ruby>町<rp>（</rp><rt>ちょう</rt><rp>）</rp></ruby>"
        "<ruby>集会<rp>（</rp><rt>しゅうかい</rt><rp>）</rp></ruby>"
        "<ruby>所<rp>（</rp><rt>じょ</rt><rp>）</rp></ruby>"
        "のお<ruby>茶会<rp>（</rp><rt>ちゃかい</rt><rp>）</rp></ruby></span>"
        '<span class="visually-hidden">'
        "城北町集会所のお茶会（じょうほくちょうしゅうかいじょのおちゃかい）</span>" in page
    )
    home = client.get("/").get_data(as_text=True)
    assert "<ruby>地区<rp>（</rp><rt>ちく</rt>" in home  # area names read too

    switch(client, "/", furigana="off")
    plain = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "<ruby>" not in plain
    assert '<p class="kana">じょうほくちょうしゅうかいじょのおちゃかい</p>' in plain


def test_search_results_read_their_names_in_easy_japanese(client: FlaskClient) -> None:
    """A reader of やさしい日本語 finds the activity by searching: its name on the result card,
    and its organization's, have their readings as on the listing's own page."""
    switch(client, "/", lang="ja@easy")
    page = client.get("/search", query_string={"q": "お茶会"}).get_data(as_text=True)
    card = next(
        c for c in page.split('<li class="card search-hit">')[1:] if "城北町集会所のお茶会（" in c
    )
    title = card.split("</h2>", 1)[0]
    assert "<ruby>城北<rp>（</rp><rt>じょうほく</rt>" in title
    assert '<span class="visually-hidden">城北町集会所のお茶会（' in title
    assert "<ruby>" in card.split('<p class="card-org">', 1)[1].split("</p>", 1)[0]

    switch(client, "/", furigana="off")
    plain = client.get("/search", query_string={"q": "お茶会"}).get_data(as_text=True)
    assert "<ruby>" not in plain
    assert ">城北町集会所のお茶会</a></h2>" in plain


def test_furigana_can_be_asked_for_in_standard_japanese(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    assert "<ruby>" not in client.get(f"/listings/{listing.id}").get_data(as_text=True)
    switch(client, "/", furigana="on")
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "<ruby>城北<rp>（</rp><rt>じょうほく</rt>" in page


def test_listing_texts_stay_as_written_while_dates_and_labels_follow_the_reader(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    page = client.get(f"/listings/{listing.id}", headers={"Accept-Language": "en"})
    body = page.get_data(as_text=True)
    assert "Next meeting" in body
    assert re.search(
        r'<p class="next-first">Wed \d{1,2} \w{3} <span class="keep">2:00</span>\W?PM', body
    )
    assert listing.description[:20] in body  # the organization's words, untranslated
    assert '<p class="description" lang="ja">' in body
    assert "Drop-in place (ibasho)" in body  # the category, from the vocabulary's catalog entry
    vi = client.get(f"/listings/{listing.id}", headers={"Accept-Language": "vi"})
    assert "Lần tổ chức tiếp theo" in vi.get_data(as_text=True)


def test_a_listings_lists_are_joined_the_way_the_readers_language_writes_them(
    client: FlaskClient, db_session: Session
) -> None:
    """対象・特徴・対応言語 list several items: 「、」 between them in Japanese, ", " in English
    and Vietnamese (a Japanese comma in an English sentence reads as a typo)."""
    listing = listing_by_key(db_session, "b-tabunka-mama-oshaberi")  # 3 targets, 7 languages

    def facts(lang: str) -> dict[str, str]:
        body = client.get(f"/listings/{listing.id}", headers={"Accept-Language": lang})
        pairs = re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", body.get_data(as_text=True))
        return dict(pairs)

    english = facts("en")
    assert english["For"].count(", ") == 2, english["For"]
    assert english["Features"].count(", ") == 1, english["Features"]
    assert english["Languages spoken"].count(", ") == 6, english["Languages spoken"]
    assert not any("、" in value for value in english.values())
    assert facts("vi")["Ngôn ngữ hỗ trợ"].count(", ") == 6
    japanese = facts("ja")
    assert japanese["対象"].count("、") == 2
    assert ", " not in japanese["対象"]
    assert japanese["対応言語"].count("、") == 6


def test_conditions_read_from_the_words_are_introduced_in_the_readers_language(
    client: FlaskClient,
) -> None:
    page = client.get("/search?q=help in english", headers={"Accept-Language": "en"})
    body = page.get_data(as_text=True)
    assert "Read from your words as conditions:" in body
    assert "ことばから読み取った条件" not in body
    assert "Remove the condition" in body


@pytest.mark.parametrize(
    ("query", "japanese", "english"),
    [
        (
            "ボランテア",
            "「ボランテア」は見つからなかったので、「ボランティア」でさがしました",
            "Nothing was found for “ボランテア”, so we searched for “ボランティア” instead",
        ),
        (
            "今日 こども食堂",
            "「今日」「明日」のような日付ではしぼれません。「土曜日」のように曜日を入れると",
            "Dates such as “today” or “tomorrow” cannot narrow the search.",
        ),
        (
            "サロン " * 30,
            "検索語が長いため、はじめの100文字・8語までで検索しました。",
            "Your search was long, so it used its first 100 characters and 8 words.",
        ),
    ],
)
def test_the_note_under_the_search_box_is_in_the_readers_language(
    client: FlaskClient, query: str, japanese: str, english: str
) -> None:
    def notes(lang: str) -> str:
        body = client.get("/search", query_string={"q": query}, headers={"Accept-Language": lang})
        return " ".join(
            re.findall(r'<p class="notice" role="alert">([^<]+)</p>', body.get_data(as_text=True))
        )

    assert japanese in notes("ja")
    assert english in notes("en")


@pytest.mark.parametrize(
    ("query", "japanese", "english"),
    [
        ("help in english", "英語で参加できる", "Can take part in English"),
        ("土曜日 サロン", "土曜日", "Saturday"),
        ("土日 サロン", "土日", "Weekends"),
        ("無料 サロン", "無料", "Free"),
        ("午前 サロン", "午前", "Morning"),
        ("荒川沖 サロン", "荒川沖から2km", "Within 2 km of 荒川沖"),
        ("車いす サロン", "車いすで入れる", "Wheelchair accessible"),
        ("3歳 ひろば", "3歳が対象", "For age 3"),
        ("70代 サロン", "70代が対象", "For people in their 70s"),
        ("65歳以上 サロン", "65歳以上が対象", "For ages 65 and over"),
    ],
)
def test_each_condition_read_from_the_words_is_named_in_the_readers_language(
    client: FlaskClient, query: str, japanese: str, english: str
) -> None:
    def chips(lang: str) -> list[str]:
        body = client.get(f"/search?q={query}", headers={"Accept-Language": lang}).get_data(
            as_text=True
        )
        return re.findall(r'<span class="badge chip">([^<]+)<a', body)

    assert japanese in chips("ja")  # as the search domain writes it
    assert english in chips("en")
    assert japanese not in chips("en")


@pytest.mark.parametrize(
    ("query", "english", "japanese"),
    [
        (  # some words found nowhere: partial matches, with their note
            "q=サロン 宇宙旅行",
            ["No activity contains all of your words.", "those matching more words first"],
            ["すべての言葉を含む活動", "一部の言葉を含む活動"],
        ),
        ("q=", ["Next</a>", "Page 1 of 9"], ["次へ", "ページ"]),  # the pager
        (  # measured from a place: the next date and the distance on each result
            "q=サロン&near=daiichi",
            ["<dt>Next</dt>", "about 0."],
            ["<dt>次回</dt>", "約0."],
        ),
        (  # nothing found: what to remove to find something
            "q=こども食堂&weekday=6&near=daiichi&within=1",
            [
                "<strong>No results</strong>",
                "Remove the distance limit",
                "Remove all filters",
                "See the list of all activities",
            ],
            ["該当なし", "距離の条件を外す", "絞り込みの条件", "すべての活動を一覧で見る"],
        ),
        (  # nothing found: without the condition read from the words, named in English
            "q=free salon on saturday in english",
            ["Without <a", "“Can take part in English”</a>"],
            ["「英語で参加できる」"],
        ),
        ("q=サロン&within=2", ["To limit by distance"], ["距離で絞り込むには"]),  # no origin
        (  # an address that cannot be placed
            "q=サロン&from=存在しない町99",
            [
                "“存在しない町99”: could not be placed (“存在しない町” was not found).",
                "Choose a district",
            ],
            ["地区を選ぶか", "位置を特定できません", "が見つかりません"],
        ),
    ],
)
def test_every_branch_of_the_search_results_speaks_the_readers_language(
    client: FlaskClient, query: str, english: list[str], japanese: list[str]
) -> None:
    body = client.get(f"/search?{query}", headers={"Accept-Language": "en"}).get_data(as_text=True)
    main = body[body.index("<main") : body.index("</main>")]
    for text in english:
        assert text in main
    for text in japanese:
        assert text not in main


def test_the_error_page_speaks_the_readers_language(client: FlaskClient) -> None:
    page = client.get("/listings/987654", headers={"Accept-Language": "vi"})
    assert page.status_code == 404
    assert "Không tìm thấy trang" in page.get_data(as_text=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated_with_the_same_placeholders(locale: str) -> None:
    template = read_po(io.BytesIO((TRANSLATIONS / "messages.pot").read_bytes()))
    catalog = read_po(
        io.BytesIO((TRANSLATIONS / locale / "LC_MESSAGES" / "messages.po").read_bytes())
    )
    assert not catalog.fuzzy
    assert not [m.id for m in catalog if m.id and m.fuzzy]  # a fuzzy entry is not compiled
    wanted = {m.id for m in template if m.id}

    def forms(strings: str | tuple[str, ...]) -> tuple[str, ...]:
        return strings if isinstance(strings, tuple) else (strings,)

    # Every form of a message with plurals, too ("1 activity", "2 activities").
    assert wanted <= {m.id for m in catalog if m.id and all(forms(m.string))}
    for message in catalog:
        if message.id:
            placeholders = set(re.findall(r"%\(\w+\)s", forms(message.id)[0]))
            for form in forms(message.string):
                assert placeholders == set(re.findall(r"%\(\w+\)s", form)), message.id


@pytest.mark.parametrize("locale", LOCALES)
def test_the_committed_mo_file_matches_its_po_file(locale: str) -> None:
    folder = TRANSLATIONS / locale / "LC_MESSAGES"
    source = read_po(io.BytesIO((folder / "messages.po").read_bytes()))
    compiled = read_mo(io.BytesIO((folder / "messages.mo").read_bytes()))

    def entries(catalog: Iterable[Message]) -> dict[object, object]:
        # A message with plurals: a tuple of forms in a .po, a list in a .mo.
        def plain(value: object) -> object:
            return tuple(value) if isinstance(value, list | tuple) else value

        return {plain(m.id): plain(m.string) for m in catalog if m.id}

    assert entries(source) == entries(compiled), (
        "run scripts/translations.sh to compile the catalogs"
    )


def test_the_committed_terms_module_is_what_its_script_writes() -> None:
    """webapp/i18n_terms.py, docstring included, as ``scripts/i18n_terms.py`` writes it now."""
    root = TRANSLATIONS.parents[1]
    spec = importlib.util.spec_from_file_location(
        "i18n_terms_script", root / "scripts/i18n_terms.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    committed = (root / "webapp" / "i18n_terms.py").read_text(encoding="utf-8")
    assert committed == script.render(), "run python scripts/i18n_terms.py"
    assert "renamed" not in committed  # no screen renames a label


def test_outside_a_request_the_pages_language_is_japanese(app: Flask) -> None:
    with app.app_context():
        rendered = render_template_string(
            "{{ _('活動をさがす') }}|{{ html_lang() }}|{{ 'a' | ruby('b') }}"
        )
    assert rendered == "活動をさがす|ja|a"


def test_the_results_map_names_where_distances_are_measured_from_in_the_readers_language(
    client: FlaskClient,
) -> None:
    url = "/search/map.js?q=サロン&near=daiichi&within=2"
    english = client.get(url, headers={"Accept-Language": "en"}).get_data(as_text=True)
    japanese = client.get(url, headers={"Accept-Language": "ja"}).get_data(as_text=True)
    assert "Measured from: 第一地区公民館" in english
    assert "基準:" not in english
    assert "基準: 第一地区公民館" in japanese


def test_the_maps_layers_and_list_name_each_kind_of_activity_in_the_readers_language(
    client: FlaskClient,
) -> None:
    english = client.get("/map", headers={"Accept-Language": "en"}).get_data(as_text=True)
    points = client.get("/map/points.json", headers={"Accept-Language": "en"}).get_json()["points"]
    japanese = client.get("/map", headers={"Accept-Language": "ja"}).get_data(as_text=True)
    assert "(Drop-in place (ibasho))" in english
    assert "（居場所）" not in english
    groups = {point["group"] for point in points}  # the layers' names in the map's control
    assert "Drop-in place (ibasho)" in groups
    assert "居場所" not in groups
    assert "（居場所）" in japanese


def test_english_counts_say_one_activity_and_two_activities(
    client: FlaskClient, db_session: Session
) -> None:
    from directory import browse, vocabulary
    from directory.browse import Audience, ListingFilter

    pairs = [
        (c.code, a.code)
        for c in vocabulary.categories(db_session)
        for a in vocabulary.areas(db_session)
    ]
    one = next(
        f"/listings?category={c}&area={a}"
        for c, a in pairs
        if browse.count_listings(db_session, ListingFilter((c,), areas=(a,)), Audience.PUBLIC) == 1
    )
    english = {"Accept-Language": "en"}
    single = client.get(one, headers=english).get_data(as_text=True)
    many = client.get("/listings", headers=english).get_data(as_text=True)
    assert "<strong>1</strong> activity found." in single
    assert re.search(r"<strong>\d+</strong> activities found\.", many)
    assert "<strong>1</strong>件の活動が見つかりました。" in client.get(one).get_data(as_text=True)


def test_large_counts_are_written_with_thousands_separators(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A directory of 12,345 activities says 12,345, in every language, on the listing browser
    and the map."""
    from directory import browse

    monkeypatch.setattr(browse, "count_listings", lambda *_args: 12345)
    summary = browse.PinSummary(((None, 12345),), ((36.0, 140.1), (36.1, 140.2)))
    monkeypatch.setattr(browse, "pin_summary", lambda *_args: summary)
    for headers, expected in (
        ({"Accept-Language": "ja"}, "<strong>12,345</strong>件の活動が見つかりました。"),
        ({"Accept-Language": "en"}, "<strong>12,345</strong> activities found."),
    ):
        assert expected in client.get("/listings", headers=headers).get_data(as_text=True)
    japanese_map = client.get("/map", headers={"Accept-Language": "ja"}).get_data(as_text=True)
    assert "12,345件の活動を、種類ごとに地図に示しています。" in japanese_map
    assert "12,345件のうち1〜" in japanese_map


def test_a_point_chosen_on_the_map_is_named_in_the_readers_language(client: FlaskClient) -> None:
    url = "/search?q=&sort=distance&lat=36.0785&lon=140.2044&within=2"
    english = client.get(url, headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "the point chosen on the map" in english
    assert "地図で選んだ地点" not in english
    japanese = client.get(url, headers={"Accept-Language": "ja"}).get_data(as_text=True)
    assert "地図で選んだ地点から2km以内、近い順" in japanese
