"""Places a person types as "where": landmarks (目印), areas, towns and addresses.

``resolve_place(session, "土浦駅", geocoder)`` is the one lookup every "where" goes through —
the origin of a search (``/search?from=``), a need's starting point, a query such as 「土浦駅の
近く」. The order (design.md §6 Places):

1. a landmark, by its name, one of its aliases or its よみがな (土浦駅, 市役所, つちうらえき,
   ツチウラ駅, 「Tsuchiura Sta.」), a station also by its exit (神立西口); 「土浦」 finds 土浦駅
   only when no area or town is called that, since a station is named after its town;
2. an area (地区) by its name, its reading or its 公民館's name: the 公民館's point (「新治」
   without 地区 only when no town is called that);
3. an address or a town, geocoded; a town written alone (「荒川沖東二丁目」) is looked for in the
   municipality of the areas an admin registered, so a resident need not type 土浦市, and that
   city written without its prefecture is the home's own (「府中市宮西町」 in 東京都府中市) —
   ``addresses_in_home``, which the search box's place lookup shares.

Landmarks are a coordinator-extendable gazetteer: each has its point and where the point came
from (``source``), edited on a page or loaded from a CSV (``LANDMARK_CSV_HEADERS``).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

import jaconv
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from directory import labels
from directory.errors import InvalidData
from directory.models import Area, Landmark, LandmarkKind, Listing, Location
from geo.geocoding import NO_CITY, Geocoder, Located, NotLocated
from geo.normalize import kanji_to_int
from geo.normalize import parse as parse_address

LANDMARK_CSV_HEADERS = ("名称", "種類", "よみがな", "別名", "住所", "緯度", "経度", "出典")
KIND_LABELS = {
    LandmarkKind.STATION: "駅",
    LandmarkKind.CITY_HALL: "市役所・支所",
    LandmarkKind.COMMUNITY_CENTRE: "公民館・集会施設",
    LandmarkKind.SCHOOL: "学校",
    LandmarkKind.WELFARE: "福祉施設・相談窓口",
    LandmarkKind.OTHER: "その他",
}


# What people add to a place to say "around there": 土浦駅の近く, 神立駅あたり, 並木5の辺り.
_AROUND = re.compile(
    r"(?:の?(?:近く|ちかく|付近|周辺|そば|あたり|辺り|へん|近辺|界隈|まわり|周り|方面)|から|まで)+$"
)
_OPERATOR = re.compile(r"^(?:jr|ＪＲ)(?=[^\x00-\x7f])", re.IGNORECASE)  # JR土浦駅
_KATAKANA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}
_KANJI_NUMBER = re.compile(r"[一二三四五六七八九十]+")
# A reading typed with its kind in kanji (かんだつ駅, にいはり地区) meets the whole reading.
_WORD_READINGS = {"駅": "えき", "地区": "ちく", "公民館": "こうみんかん"}
_KANA_THEN_WORD = re.compile(rf"(?<=[\u3041-\u3096\u30fc])(?:{'|'.join(_WORD_READINGS)})")
# A station's exit or its front: 神立西口, 荒川沖駅東口, 土浦駅前 — the station's point.
# 神立西口, 荒川沖駅東口, つちうらえきにしぐち (ツチウラエキ ニシグチ), 土浦駅前, 荒川沖の駅
_STATION_SIDE = re.compile(
    r"^(.+?)(?:駅|えき)?(?:[東西南北中]|中央|ひがし|にし|みなみ|きた|ちゅうおう)(?:口|ぐち)$"
    r"|^(.+?)(?:駅|えき)前$|^(.+?)の(?:駅|えき)$"
)
# What follows a whole name in words about somewhere near it: 「荒川沖駅の近くのスーパー」
# 「市役所前」「土浦駅から歩いて行ける所」「神立駅周辺で」
_AFTER_NAME = re.compile(
    r"の|前|から|まで|で|に|へ|周辺|付近|近く|ちかく|近辺|あたり|辺り|そば|界隈|方面|まわり|周り"
)
_ROMAJI = re.compile(r"[a-z][a-z .'\-]*")
_ROMAJI_STATION = re.compile(r"[ .\-]*(?:station|sta\.?|eki)$")
_KANA = re.compile(r"[\u3041-\u3096\u30fc]+")
_TOWN_WITHOUT_CHO = re.compile(r"[\u3400-\u9fff]{1,4}(?<![町市村区])")  # 手野 of 手野町


def typed_place(text: str) -> str:
    """A typed place as looked for: 全角/半角, spaces, 「」, a railway company in front (JR) and
    a trailing の近く・周辺・あたり・付近 folded (「ＪＲ土浦駅の近く」 is 土浦駅)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\s「」『』]", "", text)
    return _AROUND.sub("", _OPERATOR.sub("", text))


def place_key(text: str) -> str:
    """A name as compared: ``typed_place``, katakana as hiragana and 漢数字 as digits, so a
    name, its よみがな and its other spellings meet (ツチウラ駅 = つちうらえき's 土浦駅 when the
    reading is given, 第2地区 = 第二地区)."""
    key = typed_place(text).lower().translate(_KATAKANA)
    key = _KANA_THEN_WORD.sub(lambda m: _WORD_READINGS[m.group(0)], key)
    return _KANJI_NUMBER.sub(lambda m: str(kanji_to_int(m.group(0))), key)


def romaji_key(text: str) -> str:
    """A place typed in rōmaji (「Tsuchiura Sta.」, 「arakawaoki」) as the key of its reading
    (つちうらえき), or "" when it is not rōmaji: names are found by their よみがな."""
    written = unicodedata.normalize("NFKC", text).strip().lower()
    if not _ROMAJI.fullmatch(written):
        return ""
    station = bool(_ROMAJI_STATION.search(written))
    kana = jaconv.alphabet2kana(re.sub(r"[ .'\-]", "", _ROMAJI_STATION.sub("", written)))
    if not _KANA.fullmatch(kana):
        return ""
    return kana + ("えき" if station else "")


@dataclass(frozen=True)
class LandmarkData:
    name: str
    kind: str = LandmarkKind.OTHER.value
    kana: str = ""
    aliases: tuple[str, ...] = ()
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    source: str = ""


def validate_landmark(data: LandmarkData) -> dict[str, str]:
    """Japanese messages by field; empty when the landmark can be saved."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = labels.LANDMARK_NAME_REQUIRED
    elif len(data.name) > 100:
        errors["name"] = labels.MSG_TOO_LONG.format(field="名称", limit=100)
    if data.kind not in {k.value for k in LandmarkKind}:
        errors["kind"] = labels.LANDMARK_BAD_KIND
    if (data.lat is None) != (data.lon is None):
        errors["lat"] = labels.LANDMARK_BOTH_COORDINATES
    elif data.lat is not None and data.lon is not None:
        if not (20 <= data.lat <= 46 and 122 <= data.lon <= 154):
            errors["lat"] = labels.LANDMARK_OUTSIDE_JAPAN
    if data.lat is None and not data.address.strip():
        errors["address"] = labels.LANDMARK_NEEDS_A_POINT
    if len(data.address) > 300:
        errors["address"] = labels.MSG_TOO_LONG.format(field="住所", limit=300)
    if len(data.source) > 300:
        errors["source"] = labels.MSG_TOO_LONG.format(field="出典", limit=300)
    return errors


@dataclass(frozen=True)
class SavedLandmark:
    """A saved landmark, and the geocoder's answer when its address was placed somewhere else
    than written (「東京都所沢市東町」 placed in 埼玉県): saved, and whoever typed it is told."""

    landmark: Landmark
    read_otherwise: Located | None = None


def save_landmark(
    session: Session, data: LandmarkData, geocoder: Geocoder, *, landmark_id: int | None = None
) -> Landmark:
    """Create or update a landmark (by id, else by name); a point from the address if none given.

    Raises ``InvalidData`` with Japanese messages by field."""
    return save_placed_landmark(session, data, geocoder, landmark_id=landmark_id).landmark


def save_placed_landmark(
    session: Session, data: LandmarkData, geocoder: Geocoder, *, landmark_id: int | None = None
) -> SavedLandmark:
    """:func:`save_landmark`, with the notice of an address read otherwise."""
    errors = validate_landmark(data)
    lat, lon, source = data.lat, data.lon, data.source.strip()
    read_otherwise = None
    if not errors and lat is None:
        found = geocoder.geocode(data.address)
        if isinstance(found, NotLocated) or found.precision == "city":
            errors["address"] = labels.LANDMARK_ADDRESS_NOT_PLACED.format(
                reason=found.reason if isinstance(found, NotLocated) else found.matched
            )
        else:
            lat, lon = round(found.lat, 6), round(found.lon, 6)
            source = source or labels.LANDMARK_SOURCE_FROM_ADDRESS.format(matched=found.matched)
            read_otherwise = found if found.notice else None
    name = data.name.strip()
    same_name = session.scalars(select(Landmark).where(Landmark.name == name)).one_or_none()
    if same_name is not None and same_name.id != landmark_id and landmark_id is not None:
        errors["name"] = labels.LANDMARK_NAME_TAKEN.format(name=name)
    if errors or lat is None or lon is None:
        raise InvalidData(errors or {"address": labels.LANDMARK_NEEDS_A_POINT})
    landmark = session.get(Landmark, landmark_id) if landmark_id is not None else same_name
    if landmark is None:
        landmark = Landmark(name=name)
        session.add(landmark)
    landmark.name, landmark.kana = name, data.kana.strip()
    landmark.kind = LandmarkKind(data.kind)
    landmark.aliases = [a.strip() for a in data.aliases if a.strip()]
    landmark.address = data.address.strip()
    landmark.lat, landmark.lon, landmark.source = lat, lon, source
    session.flush()
    return SavedLandmark(landmark, read_otherwise)


def delete_landmark(session: Session, landmark_id: int) -> None:
    landmark = session.get(Landmark, landmark_id)
    if landmark is not None:
        session.delete(landmark)
        session.flush()


# Where nobody meets: a station or a 市役所 names a neighbourhood (「土浦駅の近く」). Any other
# landmark — a 公民館, a 福祉センター, a school — is also where activities are held, so a query
# naming it (「第二公民館でやってる教室」) wants what meets *there* before what is merely near.
_NOT_VENUES = (LandmarkKind.STATION, LandmarkKind.CITY_HALL)


def venue_names(landmark: Landmark) -> tuple[str, ...]:
    """How a listing writes that it meets at ``landmark`` (its name and aliases, as written in
    its 会場: 「都和地区公民館 和室」), or () for a landmark nobody meets at (a station)."""
    if landmark.kind in _NOT_VENUES:
        return ()
    return tuple(dict.fromkeys(n for n in (landmark.name, *(landmark.aliases or [])) if n))


@dataclass(frozen=True)
class Venue:
    """A landmark people meet at, as a list's 会場 names it: its name, address and point."""

    name: str
    address: str
    lat: float
    lon: float


def venues_by_key(session: Session) -> dict[str, Venue]:
    """Every landmark people meet at (``venue_names``: not a station), by the ``place_key`` of
    each of its names: how an imported row's 会場 written without an address is placed."""
    found: dict[str, Venue] = {}
    for landmark in landmarks(session):
        venue = Venue(landmark.name, landmark.address, landmark.lat, landmark.lon)
        for name in venue_names(landmark):
            found.setdefault(place_key(name), venue)
    return found


def landmarks(session: Session) -> list[Landmark]:
    return list(session.scalars(select(Landmark).order_by(Landmark.kind, Landmark.kana)))


def landmarks_by_name(session: Session) -> list[Landmark]:
    """Every landmark by kind, then name: what maps draw around the places they show."""
    return list(session.scalars(select(Landmark).order_by(Landmark.kind, Landmark.name)))


def landmarks_version(session: Session) -> tuple[int, datetime | None]:
    """Changes whenever a landmark is added, edited or removed (how many there are, the latest
    edit): a key for keeping what is drawn from them. One read of a small table."""
    count, latest = session.execute(
        select(func.count(Landmark.id), func.max(Landmark.updated_at))
    ).one()
    return count, latest


def listing_locations(session: Session) -> list[Location]:
    """Every listing's location (any status) in listing order, its listing loaded: what a
    run of the geocoder over the whole directory (``flask geocode``) walks through."""
    return list(
        session.scalars(
            select(Location)
            .join(Location.listing)
            .options(selectinload(Location.listing))
            .order_by(Listing.id)
        ).all()
    )


@dataclass
class LandmarkImport:
    saved: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # 「3行目: …」


def import_landmarks_csv(session: Session, data: bytes, geocoder: Geocoder) -> LandmarkImport:
    """Landmarks from a CSV (UTF-8 with or without BOM, or CP932) with ``LANDMARK_CSV_HEADERS``.

    Each row is saved or reported; a bad row does not stop the others (the caller commits)."""
    result = LandmarkImport()
    text = _decode(data)
    if text is None:
        result.errors.append(labels.LANDMARK_CSV_ENCODING)
        return result
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [h for h in ("名称",) if h not in (reader.fieldnames or [])]
    if missing:
        result.errors.append(
            labels.LANDMARK_CSV_HEADERS.format(headers="・".join(LANDMARK_CSV_HEADERS))
        )
        return result
    kinds = {label: kind.value for kind, label in KIND_LABELS.items()} | {
        kind.value: kind.value for kind in LandmarkKind
    }
    for number, row in enumerate(reader, start=2):
        cells = {k: unicodedata.normalize("NFKC", (v or "")).strip() for k, v in row.items() if k}
        if not any(cells.values()):
            continue
        try:
            lat = float(cells["緯度"]) if cells.get("緯度") else None
            lon = float(cells["経度"]) if cells.get("経度") else None
        except ValueError:
            result.errors.append(f"{number}行目: {labels.LANDMARK_BAD_NUMBER}")
            continue
        landmark = LandmarkData(
            name=cells.get("名称", ""),
            kind=kinds.get(cells.get("種類", ""), "" if cells.get("種類") else "other"),
            kana=cells.get("よみがな", ""),
            aliases=tuple(a for a in re.split(r"[;；、,]", cells.get("別名", "")) if a),
            address=cells.get("住所", ""),
            lat=lat,
            lon=lon,
            source=cells.get("出典", ""),
        )
        try:
            with session.begin_nested():
                save_landmark(session, landmark, geocoder)
        except InvalidData as error:
            result.errors.append(f"{number}行目: {'／'.join(error.errors.values())}")
            continue
        result.saved.append(landmark.name)
    return result


def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


# ---- the one place lookup ------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    label: str  # as shown: 「土浦駅」, 「第一地区公民館」, 「茨城県土浦市中央二丁目」
    kind: str  # "landmark" | "area" | "address"
    precision: str  # "landmark" | "area" | a geocoder precision ("chome", "oaza", "city")


@dataclass(frozen=True)
class PlaceNotFound:
    """``text`` could not be placed: ``why`` with ``values`` (``geo.geocoding.NotLocated``'s,
    translatable by a page), ``reason`` the two together."""

    text: str
    why: str
    values: tuple[tuple[str, str], ...] = ()
    message: str = labels.PLACE_NOT_FOUND

    @property
    def reason(self) -> str:
        return self.why % dict(self.values) if self.values else self.why


@dataclass(frozen=True)
class NamedPoint:
    """A landmark or an area as the place lookup needs it: its label, the keys it is found by
    (``place_key`` of its names and reading), its point, and the keys of its short names (an
    area without 地区: 新治 of 新治地区), which answer only when nothing else is so named."""

    label: str
    keys: frozenset[str]
    lat: float
    lon: float
    short: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KnownPlaces:
    """The landmarks, the placed areas and the home municipality as plain values: a process
    keeps them with the vocabularies (``directory.vocabulary.Snapshot.places``), and a search
    naming a place then reads nothing."""

    landmarks: tuple[NamedPoint, ...]
    areas: tuple[NamedPoint, ...]
    home: str


def landmark_point(landmark: Landmark) -> NamedPoint:
    """A landmark, found by its name, one of its aliases or its よみがな."""
    names = (landmark.name, *(landmark.aliases or []), landmark.kana or "")
    return NamedPoint(landmark.name, _keys(names), landmark.lat, landmark.lon)


def area_point(
    name: str, centre_name: str, lat: float | None, lon: float | None, kana: str = ""
) -> NamedPoint | None:
    """An area's 公民館 point, found by the area's name, its reading or the 公民館's name; by
    the name without 地区 (新治, にいはり) when no landmark or town is so named (None: not
    placed)."""
    if lat is None or lon is None:
        return None
    short = (
        n.removesuffix(suffix)
        for n in (name, kana)
        for suffix in ("地区", "ちく")
        if n.endswith(suffix)
    )
    return NamedPoint(centre_name or name, _keys((name, centre_name, kana)), lat, lon, _keys(short))


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(place_key(n) for n in names) - {""}


def resolve_place(
    session: Session, text: str, geocoder: Geocoder, known: KnownPlaces | None = None
) -> Place | PlaceNotFound:
    """Where ``text`` (a landmark, an area, a town or an address) is; never raises.
    ``known``: the landmarks, areas and home municipality as the caller keeps them (read here
    otherwise, each only when the lookup gets to it).

    A name written whole answers first (a landmark, then an area); then a town or an
    address; then a shortened name: a station without 駅 (神立), an area without 地区 (新治).
    A facility named after its town that is no landmark (「真鍋小学校」) is placed at its town
    (真鍋), which the label shows; a place the data does not know says so, and what can be
    typed (``labels.PLACE_UNKNOWN``)."""
    typed = typed_place(text)
    if not typed:
        return PlaceNotFound(text, labels.PLACE_EMPTY)
    key = romaji_key(typed) or place_key(typed)
    landmarks = (
        known.landmarks
        if known is not None
        else [landmark_point(lm) for lm in session.scalars(select(Landmark))]
    )
    if landmark := _named(landmarks, key) or _station_side(landmarks, key):
        return Place(landmark.lat, landmark.lon, landmark.label, "landmark", "landmark")
    areas = (
        known.areas
        if known is not None
        else [
            p
            for a in session.scalars(select(Area).where(Area.lat.is_not(None)))
            if (p := area_point(a.name, a.centre_name, a.lat, a.lon, a.kana))
        ]
    )
    if area := _named(areas, key):
        return Place(area.lat, area.lon, area.label, "area", "area")
    # 「荒川沖駅の近くのスーパー」「土浦市役所前」「新治地区の公民館」: at a named place
    if landmark := _named_first(landmarks, key):
        return Place(landmark.lat, landmark.lon, landmark.label, "landmark", "landmark")
    if area := _named_first(areas, key):
        return Place(area.lat, area.lon, area.label, "area", "area")
    home = known.home if known is not None else None

    def home_of() -> str:
        return home if home is not None else home_municipality(session)

    found = _geocode(typed, geocoder, home_of)
    if isinstance(found, Located):
        return Place(found.lat, found.lon, found.matched, "address", found.precision)
    if station := _station(landmarks, key):  # 「神立」: the station, when no town answered
        return Place(station.lat, station.lon, station.label, "landmark", "landmark")
    if area := next((a for a in areas if key in a.short), None):  # 「新治」: 新治地区
        return Place(area.lat, area.lon, area.label, "area", "area")
    if _TOWN_WITHOUT_CHO.fullmatch(typed):  # 「手野」: 手野町, written without its 町
        town = _geocode(f"{typed}町", geocoder, home_of)
        if isinstance(town, Located):
            return Place(town.lat, town.lon, town.matched, "address", town.precision)
    if found.why == NO_CITY:  # nothing in the words reads as a place of the data
        return PlaceNotFound(text, labels.PLACE_UNKNOWN)
    return PlaceNotFound(text, found.why, found.values)


def _named(points: Iterable[NamedPoint], key: str) -> NamedPoint | None:
    return next((p for p in points if key in p.keys), None)


def _named_first(points: Iterable[NamedPoint], key: str) -> NamedPoint | None:
    """The place whose whole name begins the words, before の, 前, から, 周辺… (「荒川沖駅の
    近くのスーパー」, 「市役所前」, 「土浦駅から歩いて行ける所」): the longest such name."""
    found = [
        (len(k), p)
        for p in points
        for k in p.keys
        if key.startswith(k) and _AFTER_NAME.match(key, len(k))
    ]
    return max(found, key=lambda f: f[0])[1] if found else None


def _station(landmarks: Iterable[NamedPoint], key: str) -> NamedPoint | None:
    """The station named ``key`` without 駅 (神立, かんだつ)."""
    return _named(landmarks, f"{key}駅") or _named(landmarks, f"{key}えき")


def _station_side(landmarks: Iterable[NamedPoint], key: str) -> NamedPoint | None:
    """The station whose exit or front ``key`` names (神立西口, 荒川沖駅東口, 土浦駅前): only
    a station of the landmarks (川口 is a town, not an exit)."""
    if match := _STATION_SIDE.match(key):
        return _station(landmarks, match.group(1) or match.group(2) or match.group(3))
    return None


def _geocode(typed: str, geocoder: Geocoder, home: Callable[[], str]) -> Located | NotLocated:
    """A town or an address: the first of ``addresses_in_home`` that the geocoder places
    finer than a city, else ``typed`` as written (a postal code alone: 〒300-0036). When
    nothing is finer, the answer is the one for the place as typed — a city (土浦市), or why
    not."""
    written = parse_address(typed)
    addresses = addresses_in_home(typed, "" if written.prefecture else home())
    as_typed = addresses[0] if written.city and addresses else typed
    answers: dict[str, Located | NotLocated] = {}
    for address in dict.fromkeys([*addresses, typed]):
        found = geocoder.geocode(address)
        if isinstance(found, Located) and found.precision != "city":
            return found
        answers[address] = found
    return answers[as_typed]


def addresses_in_home(text: str, home: str) -> list[str]:
    """Where a typed town or address is looked for, in order, for a directory whose home
    municipality is ``home`` (「東京都府中市」, or ""):

    - as written when it names its city (「つくば市竹園1丁目」, 「東京都府中市宮西町」);
    - the home city written without its prefecture is the home's own (「府中市宮西町」 is
      「東京都府中市宮西町」: 府中市 is a city of 東京都 and of 広島県);
    - else in the home municipality (「大和町9-1」, 「中央2丁目」 in 土浦: 「茨城県土浦市大和町9-1」),
      never the home in front of a word that already names it (「府中市府中市宮西町」).

    The search box's place lookup and ``resolve_place`` both try these."""
    written, home_parts = parse_address(text), parse_address(home)
    as_written = [text] if written.city else []
    if not home or written.prefecture:
        return as_written
    if written.city and written.city == home_parts.city:
        return [f"{home_parts.prefecture}{text}"]
    return [*as_written, f"{home}{text}"]


def home_municipality(session: Session) -> str:
    """The municipality most of the areas' 公民館 are in (「茨城県土浦市」), or ""."""
    return municipality_of(session.scalars(select(Area.centre_address)))


def municipality_of(centre_addresses: Iterable[str | None]) -> str:
    """The municipality most of these addresses are in, or ""."""
    cities: Counter[str] = Counter()
    for address in centre_addresses:
        parts = parse_address(address or "")
        if parts.city:
            cities[f"{parts.prefecture}{parts.city}"] += 1
    return cities.most_common(1)[0][0] if cities else ""
