"""Where a listing is: geocode its address, but never undo a pin a person placed.

The rule (design.md: manual pin override): a location whose precision is "manual" — an
organization or coordinator dragged the pin or typed coordinates — is kept as it is, whatever
a geocoder would say. Otherwise the address is geocoded when it is new or changed, or when
there are no coordinates yet. An address the geocoder cannot place leaves no stale point
behind: coordinates that belonged to the old address are cleared.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace

from directory.listings import ListingData
from directory.models import LocationPrecision
from geo.geocoding import Geocoder, Located

MANUAL = LocationPrecision.MANUAL.value


def read_coordinate(text: str) -> float | None:
    """A latitude or longitude as people type it — 「36.08」, 全角 「３６．０８」, 「－１４０．２」 —
    or None when the field is empty; ``ValueError`` when it is not a number. Every form that
    takes coordinates reads them here, so they all accept the same."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):  # float() reads 「nan」「inf」 too
        raise ValueError(text)
    return value


@dataclass(frozen=True)
class Placement:
    """What :func:`place` did: the data with its coordinates, and the geocoder's answer when it
    read the address otherwise than written (「東京都所沢市東町」 placed in 埼玉県), so that
    every form and the import preview say so beside the save (``Located.notice``)."""

    data: ListingData
    read_otherwise: Located | None = None


def place(new: ListingData, previous: ListingData | None, geocoder: Geocoder) -> Placement:
    """``new`` with coordinates from ``geocoder`` where the rule above says so, and the notice
    of an address read otherwise (never a reason not to save: the pin can be moved)."""
    if new.precision == MANUAL:
        return Placement(new)
    address_changed = previous is None or previous.address != new.address
    if not address_changed and new.lat is not None:
        return Placement(new)
    if not new.address.strip():
        return Placement(
            replace(new, lat=None, lon=None, precision=LocationPrecision.UNKNOWN.value)
        )
    result = geocoder.geocode(new.address)
    if isinstance(result, Located):
        located = replace(
            new, lat=round(result.lat, 6), lon=round(result.lon, 6), precision=result.precision
        )
        return Placement(located, result if result.notice else None)
    if address_changed:
        return Placement(
            replace(new, lat=None, lon=None, precision=LocationPrecision.UNKNOWN.value)
        )
    return Placement(new)


def locate(new: ListingData, previous: ListingData | None, geocoder: Geocoder) -> ListingData:
    """``new`` with coordinates from ``geocoder`` where the rule above says so."""
    return place(new, previous, geocoder).data
