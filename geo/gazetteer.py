"""The embedded gazetteer: points for every 市区町村 and for the 町丁目・大字 we ship.

Loaded from ``geo/data/gazetteer.tsv`` (see ``scripts/build_gazetteer.py`` for the sources and
their licences). Lookups accept the spellings ``geo.normalize`` produces: a city with its 郡
(稲敷郡阿見町 → 阿見町) or with a ward of a designated city (横浜市中区 → 横浜市 when the ward
itself is not listed), and a town spelled longer than the listed one (荒川沖東 → 荒川沖).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    level: str  # "block" (町丁目・大字) or "city" (市区町村)
    prefecture: str
    city: str
    town: str
    lat: float
    lon: float
    source: str


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self.cities: dict[tuple[str, str], Place] = {}
        self.prefectures_of: dict[str, list[str]] = defaultdict(list)
        self.towns: dict[tuple[str, str], dict[str, Place]] = defaultdict(dict)
        for place in places:
            if place.level == "city":
                self.cities[(place.prefecture, place.city)] = place
                self.prefectures_of[place.city].append(place.prefecture)
            else:
                self.towns[(place.prefecture, place.city)][place.town] = place

    def __len__(self) -> int:
        return len(self.cities) + sum(len(t) for t in self.towns.values())

    def city(self, prefecture: str, city: str) -> Place | None:
        """The municipality, trying the spellings a written address may use."""
        for name in _city_spellings(city):
            if prefecture:
                if place := self.cities.get((prefecture, name)):
                    return place
            elif len(self.prefectures_of.get(name, [])) == 1:
                return self.cities[(self.prefectures_of[name][0], name)]
        return None

    def town(self, city: Place, town: str) -> Place | None:
        """The 町丁目・大字 of a municipality: exact, else the longest listed name it starts with."""
        towns = self.towns.get((city.prefecture, city.city), {})
        if not town:
            return None
        if place := towns.get(town):
            return place
        candidates = [name for name in towns if len(name) >= 2 and town.startswith(name)]
        return towns[max(candidates, key=len)] if candidates else None


def _city_spellings(city: str) -> list[str]:
    names = [city]
    if "郡" in city:
        names.append(city.split("郡", 1)[1])
    if ward := re.match(r"^(.+?市)(.+区)$", city):
        names.append(ward.group(1))
    return names


@cache
def default_gazetteer() -> Gazetteer:
    text = resources.files("geo").joinpath("data/gazetteer.tsv").read_text(encoding="utf-8")
    places = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        level, prefecture, city, town, lat, lon, source = line.split("\t")
        places.append(Place(level, prefecture, city, town, float(lat), float(lon), source))
    return Gazetteer(places)
