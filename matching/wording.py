"""How case records are said to people, in plain Japanese: the person's 呼び名 with one
honorific, and what a participation need or an unmet-need record asks for.

One place, so that every page says a record the same way and says all of it: the one-click
unmet-need summary shows exactly the fields that will be saved, and the printed support plan
prints each need's conditions, not only its title. Codes of the admin-editable vocabularies
(categories, targets, areas) are named through ``Names``, read by the caller.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from directory import vocabulary
from directory.labels import LANGUAGES
from matching import labels
from matching.models import TravelMode
from matching.plans import TRAVEL_MODE_KM, NeedData
from matching.unmet import UnmetData

WEEKDAY = "月火水木金土日"
_SLOT = {slot.value: name for slot, name in labels.TIME_SLOT.items()}

# Endings that already address the person: 「Aさん」 is not made 「Aさん さん」.
HONORIFICS = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏")


def addressed(display_name: str, honorific: str = "さん") -> str:
    """The 呼び名 as one addresses the person: 「山田」→「山田 さん」, 「Aさん」 stays
    「Aさん」 (coordinators often type the name with its honorific). Empty stays empty."""
    name = display_name.strip()
    if not name:
        return ""
    if unicodedata.normalize("NFKC", name).endswith(HONORIFICS):
        return name
    return f"{name} {honorific}"


@dataclass(frozen=True)
class Fact:
    """One thing a record says: 「曜日・時間帯」「月水曜 午前」."""

    label: str
    value: str


@dataclass(frozen=True)
class Names:
    """Japanese names of vocabulary codes (categories, targets, areas); unknown codes are
    shown as they are."""

    categories: Mapping[str, str] = field(default_factory=dict)
    targets: Mapping[str, str] = field(default_factory=dict)
    areas: Mapping[str, str] = field(default_factory=dict)


def names_of(session: Session) -> Names:
    """The names of every category, target and area, as an administrator set them."""
    return Names(
        categories={c.code: c.label for c in vocabulary.categories(session)},
        targets={t.code: t.label for t in vocabulary.targets(session)},
        areas={a.code: a.name for a in vocabulary.areas(session)},
    )


def _listed(codes: Iterable[str], names: Mapping[str, str]) -> str:
    return "、".join(names.get(code, code) for code in codes)


def when(weekdays: Iterable[int], time_slots: Iterable[str]) -> str:
    """「月水曜 午前・午後」: the days (in week order) and the times of day; "" when neither."""
    days = "".join(WEEKDAY[d] for d in sorted(set(weekdays)) if 0 <= d <= 6)
    slots = "・".join(_SLOT.get(s, s) for s in time_slots)
    return " ".join(part for part in (f"{days}曜" if days else "", slots) if part)


def _common(
    *,
    targets: Iterable[str],
    categories: Iterable[str],
    interests: str,
    weekdays: Iterable[int],
    time_slots: Iterable[str],
    accessibility: Iterable[str],
    languages: Iterable[str],
    conditions: Iterable[str],
    names: Names,
) -> dict[str, str]:
    """The facts a need and an unmet need share, by key of ``labels.FACT`` (empty: not set)."""
    return {
        "targets": _listed(targets, names.targets),
        "categories": _listed(categories, names.categories),
        "interests": interests,
        "when": when(weekdays, time_slots),
        "accessibility": _listed(accessibility, labels.ACCESSIBILITY),
        "languages": _listed((x for x in languages if x != "ja"), LANGUAGES),
        "conditions": _listed(conditions, labels.CONDITIONS),
    }


def _facts(values: Mapping[str, str], order: Iterable[str]) -> list[Fact]:
    return [Fact(labels.FACT[key], values[key]) for key in order if values.get(key)]


UNMET_ORDER = (
    "area",
    "age_band",
    "targets",
    "categories",
    "interests",
    "when",
    "accessibility",
    "languages",
    "conditions",
)


def unmet_facts(data: UnmetData, names: Names) -> list[Fact]:
    """Everything an unmet-need record will keep, in words (area and age band always)."""
    values = _common(
        targets=data.targets,
        categories=data.categories,
        interests="、".join(data.interests),
        weekdays=data.weekdays,
        time_slots=data.time_slots,
        accessibility=data.accessibility,
        languages=data.languages,
        conditions=data.conditions,
        names=names,
    )
    values["area"] = names.areas.get(data.area_code, data.area_code) or labels.NO_AREA
    values["age_band"] = labels.AGE_BAND[data.age_band]
    return _facts(values, UNMET_ORDER)


NEED_ORDER = (
    "categories",
    "interests",
    "targets",
    "when",
    "travel",
    "cost",
    "accessibility",
    "languages",
    "conditions",
)

# The fact each 希望 (not 必須) condition key of a need qualifies.
PREFERRED_FACT = {
    "target": "targets",
    "schedule": "when",
    "distance": "travel",
    "cost": "cost",
    "accessibility": "accessibility",
    "language": "languages",
}


def _travel(need: NeedData) -> str:
    mode = need.travel_mode
    if need.travel_km is not None:
        limit = labels.TRAVEL_WITHIN.format(km=f"{need.travel_km:g}")
        return limit if mode is TravelMode.DISTANCE else f"{labels.TRAVEL_MODE[mode]}・{limit}"
    if mode in TRAVEL_MODE_KM:
        about = labels.TRAVEL_ABOUT.format(km=f"{TRAVEL_MODE_KM[mode]:g}")
        return f"{labels.TRAVEL_MODE[mode]}（{about}）"
    return ""


def _cost(need: NeedData) -> str:
    if need.cost_ceiling_yen is None:
        return ""
    if need.cost_ceiling_yen == 0:
        return labels.COST_FREE
    return labels.COST_UP_TO.format(yen=f"{need.cost_ceiling_yen:,}")


def need_facts(need: NeedData, names: Names) -> list[Fact]:
    """What a participation need asks for, in words: the kinds and interests, and each
    condition it sets; a condition marked 希望 says so (「できれば」)."""
    # As written, on one line (a line break after 「、」 is not a space).
    interests = re.sub(r"\s*([、。，,])\s*", r"\1", " ".join(need.interests.split()))
    values = _common(
        targets=need.targets,
        categories=need.categories,
        interests="、".join(part for part in (interests, *need.tags) if part),
        weekdays=need.weekdays,
        time_slots=need.time_slots,
        accessibility=need.accessibility,
        languages=need.languages,
        conditions=need.conditions,
        names=names,
    )
    values["travel"] = _travel(need)
    values["cost"] = _cost(need)
    for key in need.preferred:
        fact = PREFERRED_FACT.get(key)
        if fact and values.get(fact):
            values[fact] += labels.IF_POSSIBLE
    return _facts(values, NEED_ORDER)
