"""Updating an existing listing from a file changes only what the file says."""

from __future__ import annotations

from dataclasses import replace

from directory.interop.layouts import ImportField as F
from directory.interop.updating import merge_update, provided_fields
from directory.listings import ListingData

EXISTING = ListingData(
    name="城北町集会所のお茶会",
    kana="じょうほくちょう",
    description="町内の方が集まるお茶会です。",
    categories=("ibasho",),
    targets=("elderly",),
    schedule_text="毎週水曜日 10:00〜12:00",
    address="茨城県土浦市城北町5-12",
    lat=36.0873,
    lon=140.1957,
    precision="block",
    area="daiichi",
    contact_name="佐藤",
    contact_phone="029-000-0000",
    wheelchair=True,
)
FACILITIES = provided_fields({F.NAME, F.ADDRESS, F.DESCRIPTION, F.WEEKDAYS, F.START_TIME})


def row(**values: object) -> ListingData:
    return replace(ListingData(name=EXISTING.name), **values)  # type: ignore[arg-type]


def test_fields_the_file_has_no_column_or_no_value_for_are_kept() -> None:
    merged = merge_update(
        EXISTING, row(description="", schedule_text="毎週木曜日 10:00〜"), FACILITIES
    )
    assert merged.schedule_text == "毎週木曜日 10:00〜"
    assert merged.description == EXISTING.description  # empty cell: kept
    assert merged.contact_phone == "029-000-0000"  # no column: kept
    assert merged.targets == ("elderly",)
    assert merged.wheelchair is True


def test_default_categories_do_not_replace_the_listings_own() -> None:
    merged = merge_update(EXISTING, row(categories=("salon",)), FACILITIES)
    assert merged.categories == ("ibasho",)
    with_column = provided_fields({F.NAME, F.CATEGORIES})
    assert merge_update(EXISTING, row(categories=("salon",)), with_column).categories == ("salon",)


def test_a_manual_pin_is_never_moved_by_an_import() -> None:
    pinned = replace(EXISTING, lat=36.1, lon=140.2, precision="manual")
    moved = row(address="茨城県土浦市大岩田1050", lat=36.05, lon=140.21, precision="block")
    merged = merge_update(pinned, moved, FACILITIES)
    assert merged.address == "茨城県土浦市大岩田1050"
    assert (merged.lat, merged.lon, merged.precision) == (36.1, 140.2, "manual")


def test_a_new_address_brings_its_own_point_and_the_same_address_keeps_the_old_one() -> None:
    moved = merge_update(
        EXISTING, row(address="茨城県土浦市大岩田1050", lat=36.05, lon=140.21, precision="block"),
        FACILITIES,
    )  # fmt: skip
    assert (moved.lat, moved.lon) == (36.05, 140.21)
    same = merge_update(
        EXISTING, row(address=EXISTING.address, lat=36.0, lon=140.0, precision="city"), FACILITIES
    )
    assert (same.lat, same.lon, same.precision) == (36.0873, 140.1957, "block")
    unplaceable = merge_update(EXISTING, row(address="どこでもない町1-1"), FACILITIES)
    assert (unplaceable.lat, unplaceable.precision) == (None, "unknown")


def test_coordinates_from_the_file_win_over_the_geocoded_ones() -> None:
    with_coordinates = provided_fields({F.NAME, F.LAT, F.LON})
    merged = merge_update(
        EXISTING, row(lat=36.0901, lon=140.1999, precision="file"), with_coordinates
    )
    assert (merged.lat, merged.lon, merged.precision) == (36.0901, 140.1999, "file")


def test_barrier_free_information_adds_what_it_names_and_removes_nothing() -> None:
    with_column = provided_fields({F.NAME, F.BARRIER_FREE})
    merged = merge_update(EXISTING, row(parking=True), with_column)
    assert (merged.wheelchair, merged.parking) == (True, True)  # 車いす kept, 駐車場 added
