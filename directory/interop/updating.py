"""What "update the existing listing" means for an imported row: change what the file says.

A municipality's file holds a few columns of what the directory knows about a listing. An
update therefore starts from the listing as it is and takes from the row only the fields the
file has a column for *and* a value in (an accessibility flag only when the file names it);
everything else (contact details typed by the
organization, targets, accessibility, visibility, a coordinator's notes in the description
when the file has none) stays. Categories given only as the import's default are not a value
of the file and do not replace the listing's own.

The ages (対象年齢) are one value: a row that says them (「65歳以上」, or 「どなたでも」 in a
column of ages) sets all three fields, so 「65歳以上」 over 「0〜6歳とその保護者」 is 65歳以上 and
not 65〜6歳 with its adults; a row that says none, or words the importer could not read, leaves
them (the planner decides per row: ``planning.read_ages``).

Location follows the rule of ``directory.locations``: a pin a person placed ("manual") is never
moved by an import; otherwise coordinates change when the file gives coordinates or a
different address (geocoded while planning), and stay when it gives neither.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from directory.interop.layouts import ImportField
from directory.listings import ListingData
from directory.models import LocationPrecision

F = ImportField

# The listing fields each import field feeds.
FEEDS: dict[ImportField, tuple[str, ...]] = {
    F.NAME: ("name",),
    F.KANA: ("kana",),
    F.DESCRIPTION: ("description",),
    F.REMARKS: ("description",),
    F.CATEGORIES: ("categories",),
    F.TARGETS: ("targets",),
    F.TAGS: ("tags",),
    F.SCHEDULE: ("schedule_text",),
    F.WEEKDAYS: ("schedule_text",),
    F.START_DATE: ("schedule_text",),
    F.END_DATE: ("schedule_text",),
    F.START_TIME: ("schedule_text",),
    F.END_TIME: ("schedule_text",),
    F.SCHEDULE_NOTE: ("schedule_text",),
    F.PLACE_NAME: ("place_name",),
    F.ADDRESS: ("address", "area"),
    F.ADDRESS_EXTRA: ("address",),
    F.POSTAL_CODE: ("postal_code",),
    F.COST_YEN: ("cost_yen",),
    F.COST_TEXT: ("cost_text",),
    F.CAPACITY: ("capacity",),
    F.CONTACT_NAME: ("contact_name",),
    F.CONTACT_PHONE: ("contact_phone",),
    F.CONTACT_EMAIL: ("contact_email",),
    F.BARRIER_FREE: ("wheelchair", "accessible_toilet", "pickup", "parking", "description"),
}
LOCATION = ("lat", "lon", "precision")
AGES = frozenset({"age_min", "age_max", "age_with_adults"})


def provided_fields(columns: set[ImportField]) -> frozenset[str]:
    """The listing fields a file with these columns can change."""
    return frozenset(name for column in columns for name in FEEDS.get(column, ()))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def merge_update(
    existing: ListingData, incoming: ListingData, provided: frozenset[str]
) -> ListingData:
    """``existing`` with what ``incoming`` (a row) gives for the ``provided`` fields."""
    changes: dict[str, Any] = {}
    for field in fields(ListingData):
        name = field.name
        if name in LOCATION or name in AGES or name not in provided:
            continue
        value = getattr(incoming, name)
        # A flag the row does not set (バリアフリー情報 names what there is) is not a 「no」.
        if not _empty(value) and value is not False:
            changes[name] = value
    if AGES <= provided:  # said as one: none of them is kept from before
        changes |= {name: getattr(incoming, name) for name in AGES}
    merged = replace(existing, **changes)
    if existing.precision == LocationPrecision.MANUAL.value:
        return replace(merged, lat=existing.lat, lon=existing.lon, precision=existing.precision)
    moved = "address" in changes and changes["address"] != existing.address
    from_file = incoming.precision == LocationPrecision.FILE.value  # the file's coordinates
    if (moved or from_file or existing.lat is None) and incoming.lat is not None:
        return replace(merged, lat=incoming.lat, lon=incoming.lon, precision=incoming.precision)
    if moved:  # a new address that could not be placed: no stale point from the old one
        return replace(merged, lat=None, lon=None, precision=LocationPrecision.UNKNOWN.value)
    return replace(merged, lat=existing.lat, lon=existing.lon, precision=existing.precision)
