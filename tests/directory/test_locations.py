"""The location rule: geocode new or changed addresses, never move a pin a person placed."""

from __future__ import annotations

import dataclasses

import pytest

from directory.listings import ListingData
from directory.locations import locate, read_coordinate
from geo.geocoding import Located, NotLocated

BASE = ListingData(
    name="お茶会", address="茨城県土浦市藤沢1238", lat=36.1463, lon=140.1465, precision="block"
)


class FakeGeocoder:
    name = "fake"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def geocode(self, address: str) -> Located | NotLocated:
        self.calls.append(address)
        if "不明" in address:
            return NotLocated("見つかりません")
        return Located(36.0, 140.0, "city", "fake", address)


def test_a_manual_pin_is_never_moved_even_when_the_address_changes() -> None:
    coder = FakeGeocoder()
    pinned = dataclasses.replace(
        BASE, address="土浦市中央1-1", lat=36.5, lon=140.5, precision="manual"
    )
    assert locate(pinned, BASE, coder) == pinned
    assert coder.calls == []


def test_a_changed_address_is_geocoded() -> None:
    coder = FakeGeocoder()
    moved = dataclasses.replace(BASE, address="土浦市中央1-1")
    result = locate(moved, BASE, coder)
    assert (result.lat, result.lon, result.precision) == (36.0, 140.0, "city")
    assert coder.calls == ["土浦市中央1-1"]


def test_an_unchanged_address_with_coordinates_is_left_alone() -> None:
    coder = FakeGeocoder()
    assert locate(BASE, BASE, coder) == BASE
    assert coder.calls == []


def test_a_new_listing_without_coordinates_is_geocoded() -> None:
    new = dataclasses.replace(BASE, lat=None, lon=None, precision="unknown")
    assert locate(new, None, FakeGeocoder()).precision == "city"


def test_an_address_that_cannot_be_placed_drops_the_old_point() -> None:
    lost = dataclasses.replace(BASE, address="どこか不明な住所")
    result = locate(lost, BASE, FakeGeocoder())
    assert (result.lat, result.lon, result.precision) == (None, None, "unknown")


@pytest.mark.parametrize(
    ("text", "value"),
    [("36.08", 36.08), ("３６．０８", 36.08), (" －１４０．２ ", -140.2), ("", None), ("　", None)],
)
def test_coordinates_are_read_as_typed_in_either_width(text: str, value: float | None) -> None:
    assert read_coordinate(text) == value


@pytest.mark.parametrize("text", ["三十六", "36.0.8", "nan", "inf"])
def test_text_that_is_no_coordinate_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (float()'s own message)
        read_coordinate(text)
