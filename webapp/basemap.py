"""The offline base layer of every map: where the areas, towns and stations are, without tiles.

With tiles off (the default, ``MAP_TILES=none``) a map would be pins on grey. This layer is
drawn from data the project ships or keeps, so a resident can tell 荒川沖 from 神立 offline:

- **areas (地区)**: an outline per area: the convex hull of the municipality's 町丁目・大字 points
  (the national table in ``geo/data/places.zip``) that lie nearest to that area's known points
  (its 公民館 and the places of its published listings, whose area a coordinator set). Areas
  here are 中学校区-like groups of towns with no boundary data of their own, so the outline is
  an honest sketch ("around here"), drawn light, never a legal boundary;
- **towns**: each 町丁目・大字 name at its point (shown when zoomed in);
- **landmarks (目印)**: stations, the city hall, 公民館 … from the landmarks table.

The municipality is the one most areas' 公民館 are in (``places.home_municipality``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from directory import browse, places, vocabulary
from directory.browse import Audience
from directory.models import Area
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.normalize import parse as parse_address

Point = tuple[float, float]  # (lat, lon)


@dataclass(frozen=True)
class AreaOutline:
    code: str
    name: str
    kana: str
    outline: list[Point]  # a closed ring of the hull (first point not repeated)
    label_at: Point


@dataclass(frozen=True)
class NamedPoint:
    name: str
    lat: float
    lon: float
    kind: str = ""  # a landmark's kind (station, city_hall, …); "" for a town
    kana: str = ""


@dataclass(frozen=True)
class BaseMap:
    areas: list[AreaOutline]
    towns: list[NamedPoint]
    landmarks: list[NamedPoint]

    def to_json(self) -> dict[str, Any]:
        return {
            "areas": [
                {
                    "code": a.code,
                    "name": a.name,
                    "outline": [[round(lat, 5), round(lon, 5)] for lat, lon in a.outline],
                    "label": [round(a.label_at[0], 5), round(a.label_at[1], 5)],
                }
                for a in self.areas
            ],
            "towns": [[t.name, round(t.lat, 5), round(t.lon, 5)] for t in self.towns],
            "landmarks": [
                {"name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon} for p in self.landmarks
            ],
        }


def convex_hull(points: list[Point]) -> list[Point]:
    """The convex hull of the points, counter-clockwise (Andrew's monotone chain).

    Fewer than three distinct points give those points back."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def nearest_area(point: Point, anchors: list[tuple[str, Point]]) -> str:
    """The area of the anchor nearest to ``point`` (local flat distance: a town's scale)."""
    scale = math.cos(math.radians(point[0]))

    def distance(anchor: tuple[str, Point]) -> float:
        lat, lon = anchor[1]
        return (lat - point[0]) ** 2 + ((lon - point[1]) * scale) ** 2

    return min(anchors, key=distance)[0]


def outlines(
    areas: list[Area], towns: list[NamedPoint], anchors: list[tuple[str, Point]]
) -> list[AreaOutline]:
    """Each area's outline: the hull of its anchors and of the towns nearest to them."""
    if not anchors:
        return []
    members: dict[str, list[Point]] = defaultdict(list)
    for code, point in anchors:
        members[code].append(point)
    for town in towns:
        members[nearest_area((town.lat, town.lon), anchors)].append((town.lat, town.lon))
    found = []
    for area in areas:
        ring = convex_hull(members.get(area.code, []))
        if len(ring) < 3:
            continue
        label = (
            (area.lat, area.lon)
            if area.lat is not None and area.lon is not None
            else (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
        )
        found.append(AreaOutline(area.code, area.name, area.kana, ring, label))
    return found


def build(session: Session, gazetteer: Gazetteer | None = None) -> BaseMap:
    """The base layer of the home municipality, from the database and the shipped gazetteer."""
    gazetteer = gazetteer or default_gazetteer()
    home = parse_address(places.home_municipality(session))
    towns = [
        NamedPoint(p.town, p.lat, p.lon)
        for p in (gazetteer.towns_of(home.prefecture, home.city) if home.city else [])
    ]
    areas = vocabulary.areas(session)
    anchors: list[tuple[str, Point]] = [
        (a.code, (a.lat, a.lon)) for a in areas if a.lat is not None and a.lon is not None
    ]
    anchors.extend(
        (code, (lat, lon)) for code, lat, lon in browse.area_pins(session, Audience.PUBLIC)
    )
    landmarks = [
        NamedPoint(m.name, m.lat, m.lon, m.kind.value, m.kana)
        for m in places.landmarks_by_name(session)
    ]
    return BaseMap(outlines(areas, towns, anchors), towns, landmarks)
