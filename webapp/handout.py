"""おでかけカード: a handout for the person, one large-print page (A4 or A5) per chosen place.

Each page: the place's name with ふりがな from its kana, what to bring, the next three dates,
whom to contact, a small map of the place among named landmarks (stations, 公民館) and a QR code
to its public page. It is built from listing ids alone — no case, no need, no name — so nothing
about the person can end up on it; coordinators print it from the browser (or save it as PDF).

What to bring is not a field of a listing: the card starts from the organizer's own sentences
that mention it (「…をお持ちください」「持ち物」「持参」) and the cost, and the coordinator may
rewrite it for the person before printing. The rewritten words are often about the person
(お薬手帳, 杖): they are sent back in the body of a POST, never in the query, so they stay out of
the address, the browser's history and the access log — and nothing is stored. Links to the
handout (from the suggestions and the referral) carry listing ids only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import segno
from flask import Blueprint, Flask, current_app, render_template, request, url_for
from markupsafe import Markup

from directory import browse, permissions, places
from directory.browse import Audience
from directory.models import Landmark, Listing
from directory.schedules import Occurrence
from geo.distance import geodesic_km
from webapp import db, messages
from webapp.auth import requires
from webapp.charts import MapPoint, point_map
from webapp.requests import parse_id
from webapp.templating import today

bp = Blueprint("handout", __name__, url_prefix="/coord/handout")

MAX_PLACES = 10
MAP_RADIUS_KM = 1.2  # landmarks within this distance are drawn around the place
_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]?")
_BRING = re.compile(r"持ち物|持参|お持ち|持って来|持ってき")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


def hiragana(kana: str) -> str:
    """ふりがな in hiragana (imported lists often write the reading in katakana)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


def what_to_bring(listing: Listing) -> str:
    """The organizer's own sentences about what to bring, and the cost."""
    sentences = [
        s.strip()
        for text in (listing.description, listing.cost_text)
        for s in _SENTENCE.findall(text or "")
        if _BRING.search(s)
    ]
    parts = list(dict.fromkeys(sentences))
    if listing.cost_text and listing.cost_text not in " ".join(parts):
        parts.append(messages.HANDOUT_COST.format(cost=listing.cost_text))
    return "\n".join(parts)


def qr_svg(url: str) -> Markup:
    """The QR code of ``url`` as inline SVG (segno; error correction M survives a crease)."""
    code = segno.make_qr(url, error="m")
    svg = code.svg_inline(scale=4, title=messages.HANDOUT_QR_TITLE, light="#fff", omitsize=True)
    return Markup(svg)  # noqa: S704 (segno writes only paths and our fixed title)


@dataclass(frozen=True)
class Card:
    listing: Listing
    furigana: str
    bring: str
    next_dates: list[Occurrence]
    contact_name: str
    contact_phone: str
    contact_email: str
    public_url: str | None  # None: coordinator-only listing, no public page to point to
    qr: Markup | None
    map_svg: Markup | None
    landmarks: list[NearLandmark]  # the landmarks drawn, nearest first


BESIDE_METRES = 50  # nearer than this (rounded to 10 m), a landmark is the place or beside it


@dataclass(frozen=True)
class NearLandmark:
    """目印 on the card's map, and how far it is from the place, as the caption says it."""

    name: str
    km: float
    at_place: bool  # the place itself (its name is the place's, or within it): 「会場」
    exact: bool  # the place's point is its building, not its 町丁目's or 大字's

    @property
    def how_far(self) -> str:
        """「約780m」; nearer than 50 m, 「会場」 or 「すぐそば」 (「約0m」 read as a mistake).
        A place known only by its 町丁目 or 大字 shares that point with whatever else is
        there (新治ふれあい農園 and 新治地区公民館, both 藤沢's): no distance, rather than a
        false 「すぐそば」 ("")."""
        metres = round(self.km * 1000, -1)
        if metres >= BESIDE_METRES:
            return messages.HANDOUT_LANDMARK_DISTANCE.format(metres=int(metres))
        if self.at_place:
            return messages.HANDOUT_LANDMARK_AT_PLACE
        return messages.HANDOUT_LANDMARK_BESIDE if self.exact else ""


def _same_place(landmark: str, place: str) -> bool:
    """「第一地区公民館」 and 「第一地区公民館 和室」: one names the other, spaces aside."""
    a, b = (re.sub(r"\s+", "", name) for name in (landmark, place))
    return bool(a and b) and (a in b or b in a)


def _public_url(listing: Listing) -> str:
    base = str(current_app.config.get("PUBLIC_URL", "")).rstrip("/")
    path = url_for("public.listing_detail", listing_id=listing.id)
    return (
        base + path
        if base
        else url_for("public.listing_detail", listing_id=listing.id, _external=True)
    )


def place_map(
    listing: Listing, landmarks: list[Landmark]
) -> tuple[Markup | None, list[NearLandmark]]:
    location = listing.location
    if location is None or location.lat is None or location.lon is None:
        return None, []
    distances = geodesic_km(
        location.lat,
        location.lon,
        np.array([lm.lat for lm in landmarks], dtype=float),
        np.array([lm.lon for lm in landmarks], dtype=float),
    )
    near = sorted(
        ((lm, float(km)) for lm, km in zip(landmarks, distances, strict=True)),
        key=lambda pair: pair[1],
    )
    near = [(lm, km) for lm, km in near if km <= MAP_RADIUS_KM][:6]
    points = [
        MapPoint(location.place_name or listing.name, location.lat, location.lon, kind="place")
    ]
    points += [MapPoint(lm.name, lm.lat, lm.lon, kind="landmark") for lm, _ in near]
    # Frame the nearest landmarks, not the whole radius: labels stay readable on paper.
    extent = max(0.3, 1.25 * max((km for _, km in near), default=0.0))
    svg = point_map(
        messages.HANDOUT_MAP_TITLE.format(name=listing.name),
        points,
        width=420,
        height=300,
        extent_km=extent,
        css_class="handout-map",
        ident=f"handout-map-{listing.id}",
    )
    place = location.place_name or ""
    exact = location.precision.is_the_building
    return svg, [NearLandmark(lm.name, km, _same_place(lm.name, place), exact) for lm, km in near]


def _card(listing: Listing, landmarks: list[Landmark], bring: str | None) -> Card:
    organization = listing.organization
    public = listing.is_public
    url = _public_url(listing) if public else None
    svg, near = place_map(listing, landmarks)
    return Card(
        listing=listing,
        furigana=hiragana(listing.kana),
        bring=what_to_bring(listing) if bring is None else bring,
        next_dates=browse.upcoming(listing, today(), 3),
        contact_name=listing.contact_name or organization.name,
        contact_phone=listing.contact_phone or organization.phone,
        contact_email=listing.contact_email or organization.email,
        public_url=url,
        qr=qr_svg(url) if url else None,
        map_svg=svg,
        landmarks=near,
    )


@bp.route("/", methods=["GET", "POST"])
@requires(permissions.can_review)
def cards() -> str:
    """The handout for ``listing`` ids (published listings only), ``size`` a4 or a5; posted
    again with the coordinator's own 持ち物 (``bring-<id>``)."""
    values = request.form if request.method == "POST" else request.args
    ids = list(dict.fromkeys(i for v in values.getlist("listing") if (i := parse_id(v))))
    session = db.session()
    # Coordinators print cards for published listings, coordinator-only ones included.
    listings = {
        x.id: x for x in browse.listings_by_id(session, ids[:MAX_PLACES], Audience.COORDINATOR)
    }
    landmarks = places.landmarks_by_name(session)
    chosen = [
        _card(listings[i], landmarks, request.form.get(f"bring-{i}"))
        for i in ids[:MAX_PLACES]
        if i in listings
    ]
    size = "a5" if values.get("size") == "a5" else "a4"
    return render_template(
        "cases/handout.html",
        cards=chosen,
        size=size,
        too_many=len(ids) > MAX_PLACES,
        missing=len([i for i in ids[:MAX_PLACES] if i not in listings]),
    )
