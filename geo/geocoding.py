"""Geocoding: an address as written → coordinates, how precise they are, and where they came from.

Every geocoder answers with a ``Located`` or a ``NotLocated`` (never an exception for an
address it cannot place), so callers and pages can say 「位置を特定できません」 plainly. The
default is ``OfflineGeocoder``: it needs no network, only the embedded gazetteer, and resolves
to the finest level its data has — 町丁目・大字 ("block"), else 市区町村 ("city").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from geo.gazetteer import Gazetteer, default_gazetteer
from geo.normalize import parse

NOT_LOCATED = "位置を特定できません"


@dataclass(frozen=True)
class Located:
    lat: float
    lon: float
    precision: str  # "block" | "city" | "rooftop" (values of directory's LocationPrecision)
    source: str  # which geocoder and data answered, e.g. "offline: JpGeocode 0.3.1 (MIT)"
    matched: str  # what was matched, e.g. 茨城県土浦市城北町


@dataclass(frozen=True)
class NotLocated:
    reason: str
    message: str = NOT_LOCATED


Geocoded = Located | NotLocated


class Geocoder(Protocol):
    name: str

    def geocode(self, address: str) -> Geocoded: ...


class OfflineGeocoder:
    """The embedded gazetteer; optionally assumes a home prefecture/city for short addresses."""

    name = "offline"

    def __init__(self, gazetteer: Gazetteer | None = None, home_prefecture: str = "") -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.home_prefecture = home_prefecture

    def geocode(self, address: str) -> Geocoded:
        parts = parse(address)
        if not parts.city:
            return NotLocated("市区町村が読み取れません")
        city = self.gazetteer.city(parts.prefecture, parts.city)
        if city is None and not parts.prefecture and self.home_prefecture:
            city = self.gazetteer.city(self.home_prefecture, parts.city)
        if city is None and len(self.gazetteer.prefectures_of.get(parts.city, [])) > 1:
            return NotLocated(
                f"「{parts.city}」は複数の都道府県にあります。都道府県から書いてください"
            )
        if city is None:
            return NotLocated(f"「{parts.city}」が見つかりません")
        if town := self.gazetteer.town(city, parts.town):
            return Located(
                town.lat,
                town.lon,
                "block",
                f"offline: {town.source}",
                f"{town.prefecture}{town.city}{town.town}",
            )
        return Located(
            city.lat, city.lon, "city", f"offline: {city.source}", f"{city.prefecture}{city.city}"
        )
