"""What a screen reader is given, read from the HTML the test client gets: a form sent back
with mistakes opens on a list of them linked to their fields, each field's hint and error are
tied to it, and headings go down one level at a time.

The pages are parsed with the standard library's HTMLParser into a small tree (no browser):
what needs a layout (sideways scrolling, the focus ring) is in tests/browser/test_accessibility_journey.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from directory.models import User
from tests.factories import listing_by_key
from tests.webapp.conftest import Accounts, login, post
from tests.webapp.test_case_views import open_case
from tests.webapp.test_org_views import OCHAKAI, edit_form

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    def walk(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.walk()

    def find_all(self, test: Callable[[Element], bool]) -> list[Element]:
        return [e for e in self.walk() if test(e)]

    def by_id(self, id_: str) -> Element | None:
        found = self.find_all(lambda e: e.attrs.get("id") == id_)
        assert len(found) <= 1, f"id {id_!r} is used {len(found)} times"
        return found[0] if found else None

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children).strip()

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder.root


def described_by(page: Element, control: Element) -> list[str]:
    """The texts a screen reader says after the control's name, in order."""
    texts = []
    for id_ in control.attrs.get("aria-describedby", "").split():
        target = page.by_id(id_)
        assert target is not None, f"aria-describedby names a missing id {id_!r}"
        texts.append(target.text)
    return texts


def error_summary(page: Element) -> Element:
    found = page.find_all(lambda e: "error-summary" in e.classes)
    assert len(found) == 1, "no list of mistakes above the form"
    return found[0]


def test_a_listing_sent_back_with_mistakes_opens_on_their_list_each_linked_to_its_field(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, name="", cost_yen="百円", categories=[], lat="abc"),
    )
    assert response.status_code == 400
    page = parse(response.get_data(as_text=True))
    summary = error_summary(page)
    # Focus starts here (no script needed) and a screen reader reads it first.
    assert "autofocus" in summary.attrs
    assert summary.attrs["tabindex"] == "-1"
    assert summary.attrs["role"] == "alert"
    assert "次の項目を直して" in summary.text
    assert "赤字" not in summary.text  # the colour is not the only way to find them
    links = [(a.attrs["href"], a.text) for a in summary.find_all(lambda e: e.tag == "a")]
    # In the form's order, top to bottom, each saying what to do.
    assert links == [
        ("#f-name", "活動名を入力してください。"),
        ("#f-categories", "活動の種類を1つ以上選んでください。"),
        ("#f-cost_yen", "参加費（円）は数字で入力してください（例: 300）。"),
        ("#f-lat", "緯度の値が正しくありません。"),
    ]
    for href, _ in links:
        target = page.by_id(href[1:])
        assert target is not None, f"{href} leads nowhere"
        assert target.tag in {"input", "select", "textarea"}  # the link moves focus into it
    first_category = page.by_id("f-categories")
    assert first_category is not None
    assert first_category.attrs["name"] == "categories"
    # What was typed is still there.
    cost = page.by_id("f-cost_yen")
    assert cost is not None
    assert cost.attrs["value"] == "百円"


def test_each_fields_hint_and_mistake_are_said_with_the_field(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, cost_yen="百円", categories=[], area="nowhere"),
    )
    page = parse(response.get_data(as_text=True))
    cost = page.by_id("f-cost_yen")
    assert cost is not None
    assert cost.attrs["aria-invalid"] == "true"
    assert described_by(page, cost) == [
        "無料なら 0。検索の「無料」に使います。",
        "参加費（円）は数字で入力してください（例: 300）。",
    ]
    description = page.by_id("f-description")
    assert description is not None
    assert described_by(page, description) == [
        "どんな活動か、初めての人に伝わるように書いてください。"
    ]
    categories = page.find_all(lambda e: e.tag == "fieldset" and "has-error" in e.classes)
    assert [described_by(page, f) for f in categories] == [["活動の種類を1つ以上選んでください。"]]
    area = page.by_id("f-area")
    assert area is not None
    assert area.attrs.get("aria-invalid") == "true"
    assert described_by(page, area)[0].startswith("地区")

    # Unsent, every hint of the form is still tied to its field.
    form = parse(client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True))
    hints = {h.attrs.get("id", "") for h in form.find_all(lambda e: "hint" in e.classes)
             if belongs_to_a_field(h)}  # fmt: skip
    assert "" not in hints, "a field's hint without an id cannot be tied to the field"
    tied = {i for e in form.walk() for i in e.attrs.get("aria-describedby", "").split()}
    assert hints <= tied, f"hints said with no field: {sorted(hints - tied)}"


def belongs_to_a_field(hint: Element) -> bool:
    """A hint that belongs to one field (inside its ``.field`` box, before its control)."""
    parent = hint.parent
    return (
        parent is not None
        and "field" in parent.classes
        and any(
            isinstance(c, Element) and c.tag in {"input", "textarea", "select"}
            for c in parent.children
        )
    )


def test_an_organizations_profile_sent_back_lists_its_mistakes_linked_to_the_fields(
    client: FlaskClient, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    form = {"base_version": org.version, "base_number": 0, "name": "", "kana": org.kana,
            "description": org.description, "area": org.area.code if org.area else "",
            "address": org.address, "phone": "abc", "email": "not-an-email", "website": ""}  # fmt: skip
    response = post(client, f"/org/organizations/{org.id}/profile", form)
    assert response.status_code == 400
    page = parse(response.get_data(as_text=True))
    summary = error_summary(page)
    assert "autofocus" in summary.attrs
    hrefs = [a.attrs["href"] for a in summary.find_all(lambda e: e.tag == "a")]
    assert hrefs == ["#f-name", "#f-phone", "#f-email"]
    texts = [a.text for a in summary.find_all(lambda e: e.tag == "a")]
    assert texts[1].startswith("電話番号の形式が正しくありません")
    assert texts[2].startswith("メールアドレスの形式が正しくありません")


def test_a_new_case_sent_back_lists_its_mistakes_linked_to_the_fields(
    client: FlaskClient, accounts: Accounts
) -> None:
    """The coordinator's forms open on the same list as the organizations' (they said only
    「赤字の説明をご覧ください」 at the top of the page)."""
    login(client, accounts.coordinator)
    client.get("/coord/cases/new", follow_redirects=True)
    form = {"code": "x" * 41, "display_name": "Cさん", "age_band": "40s", "area": "nowhere",
            "opened_on": "2999-01-01", "basis": "voluntary", "meeting": "support",
            "meeting_date": "2999-02-01"}  # fmt: skip
    response = post(client, "/coord/cases/new", form)
    assert response.status_code in (400, 422)
    page = parse(response.get_data(as_text=True))
    summary = error_summary(page)
    assert "autofocus" in summary.attrs
    links = [(a.attrs["href"], a.text) for a in summary.find_all(lambda e: e.tag == "a")]
    assert [href for href, _ in links] == ["#f-code", "#f-area", "#f-opened_on", "#f-meeting_date"]
    for href, _ in links:
        assert page.by_id(href[1:]) is not None, href
    # Each names its field: the two dates said the same 「未来の日付は記録できません。」 twice.
    texts = [text for _, text in links]
    assert texts[0].startswith("ケース番号：")
    assert texts[1].startswith("住んでいる地区：")
    assert texts[2:] == [
        "受付日：未来の日付は記録できません。",
        "会議の日：未来の日付は記録できません。",
    ]


def test_a_plan_need_sent_back_names_each_mistakes_field_in_the_forms_order(
    client: FlaskClient, accounts: Accounts
) -> None:
    """The links follow the form top to bottom, each named by its field's label."""
    login(client, accounts.coordinator)
    case_id = open_case(client)
    response = post(
        client,
        f"/coord/cases/{case_id}/plans/new",
        {"title": "2026年度 参加支援プラン", "started_on": "2026-11-15"},
    )
    need_path = response.location.split("?")[0]
    assert need_path.endswith("/needs/new"), need_path
    form = {"title": "散歩の仲間", "interests": "散歩", "travel_mode": "distance",
            "travel_km": "遠く", "cost_ceiling_yen": "たくさん"}  # fmt: skip
    response = post(client, need_path, form)
    assert response.status_code in (400, 422)
    page = parse(response.get_data(as_text=True))
    links = [
        (a.attrs["href"], a.text) for a in error_summary(page).find_all(lambda e: e.tag == "a")
    ]
    fields = [href for href, _ in links]
    order = [e.attrs["id"] for e in page.walk() if e.attrs.get("id", "").startswith("f-")]
    assert fields == sorted(fields, key=lambda href: order.index(href[1:])), fields
    for href, text in links:
        name, _, message = text.partition("：")
        assert name, f"{href}: {text!r} does not name its field"
        assert message, text
    # Two fields, one message 「数字で入力してください。」: each link says which.
    assert links == [
        ("#f-travel_km", "移動できる距離（km）：数字で入力してください。"),
        ("#f-cost_ceiling_yen", "参加費の上限（円）：数字で入力してください。"),
    ]


@pytest.mark.parametrize(
    "path",
    ["/", "/listings", "/listings?category=salon", "/search?q=サロン", "/search?q=食堂&area=dairoku",
     "/map", "/organizations/{org}", "/listings/{listing}", "/login"],
)  # fmt: skip
def test_headings_go_down_one_level_at_a_time(
    client: FlaskClient, db_session: Session, path: str
) -> None:
    """A screen reader's list of headings is the page's outline: a result list's names are
    h2 under the page's h1, not h3 with no h2 above them."""
    listing = listing_by_key(db_session, OCHAKAI)
    page = parse(
        client.get(path.format(org=listing.organization_id, listing=listing.id)).get_data(
            as_text=True
        )
    )
    main = page.find_all(lambda e: e.tag == "main")[0]
    levels = [int(e.tag[1]) for e in main.walk() if e.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]
    assert levels[0] == 1
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skips == [], f"{path}: heading levels {levels}"


@pytest.mark.parametrize("path", ["/listings", "/search?q=サロン", "/listings/{listing}"])
def test_every_control_of_a_residents_page_has_a_name(
    client: FlaskClient, db_session: Session, path: str
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    page = parse(client.get(path.format(listing=listing.id)).get_data(as_text=True))
    labelled = {e.attrs.get("for") for e in page.walk() if e.tag == "label"}
    nameless = []
    for control in page.walk():
        if control.tag not in {"input", "select", "textarea"}:
            continue
        if control.attrs.get("type") in {"hidden", "submit"}:
            continue
        inside_label = False
        node = control.parent
        while node is not None:
            inside_label = inside_label or node.tag == "label"
            node = node.parent
        if not (inside_label or control.attrs.get("id") in labelled
                or control.attrs.get("aria-label")):  # fmt: skip
            nameless.append(control.attrs)
    assert nameless == []
