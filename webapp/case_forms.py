"""Read the case, consent, plan, need, referral and follow-up forms into domain values.

As with the listing forms: parsing (dates, 全角 digits, check boxes) happens here with Japanese
messages; what is acceptable is decided by the matching domain. The raw text of every parsed
field is returned too, so a form shown again after an error keeps what was typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from werkzeug.datastructures import MultiDict

from matching.cases import CaseData, ConsentData
from matching.followups import FollowUpResult
from matching.models import AgeBand, Meeting, SupportBasis, TimeSlot, TravelMode
from matching.outcomes import ClosureReason, DeclineReason, Frequency, UnmetResolution, Voice
from matching.plans import CONDITION_KEYS, NeedData, PlanData
from matching.unmet import UnmetData
from webapp import messages
from webapp.forms import TAG_SEPARATORS
from webapp.requests import parse_int


@dataclass
class Parsed:
    errors: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)


def _text(form: MultiDict[str, str], name: str) -> str:
    return form.get(name, "").replace("\r\n", "\n").strip()


def _codes(form: MultiDict[str, str], name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in form.getlist(name) if v))


def parse_date(
    form: MultiDict[str, str], name: str, parsed: Parsed, *, required: bool = False
) -> date | None:
    raw = form.get(name, "").strip()
    parsed.raw[name] = raw
    value = unicodedata.normalize("NFKC", raw).replace("/", "-")
    if not value:
        if required:
            parsed.errors[name] = messages.DATE_REQUIRED
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        parsed.errors[name] = messages.DATE_FORMAT
        return None


def _number(form: MultiDict[str, str], name: str, parsed: Parsed) -> float | None:
    raw = form.get(name, "").strip()
    parsed.raw[name] = raw
    value = (
        unicodedata.normalize("NFKC", raw)
        .replace(",", "")
        .replace("円", "")
        .replace("km", "")
        .strip()
    )
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        parsed.errors[name] = messages.NUMBER_FORMAT
        return None


E = TypeVar("E", AgeBand, Meeting, SupportBasis, TravelMode)
C = TypeVar("C", ClosureReason, DeclineReason, Frequency, Voice, UnmetResolution)


def _choice(form: MultiDict[str, str], name: str, enum: type[E], default: E) -> E:
    try:
        return enum(form.get(name, default.value))
    except ValueError:
        return default


def optional_choice(form: MultiDict[str, str], name: str, enum: type[C]) -> C | None:
    """A coded answer, or None when none (or something unknown) was chosen."""
    try:
        return enum(form.get(name, ""))
    except ValueError:
        return None


def case_from_form(form: MultiDict[str, str]) -> tuple[CaseData, Parsed]:
    parsed = Parsed()
    data = CaseData(
        code=_text(form, "code"),
        display_name=_text(form, "display_name"),
        age_band=_choice(form, "age_band", AgeBand, AgeBand.UNKNOWN),
        area_code=form.get("area", ""),
        meeting=_choice(form, "meeting", Meeting, Meeting.NONE),
        meeting_date=parse_date(form, "meeting_date", parsed),
        basis=_choice(form, "basis", SupportBasis, SupportBasis.VOLUNTARY),
        opened_on=parse_date(form, "opened_on", parsed),
    )
    return data, parsed


def consent_from_form(form: MultiDict[str, str], parsed: Parsed, today: date) -> ConsentData | None:
    """None when the consent question was left as 未確認."""
    answer = form.get("consent_given", "")
    if answer not in ("yes", "no"):
        return None
    given_on = parse_date(form, "consent_on", parsed) or today
    return ConsentData(
        given=answer == "yes",
        given_on=given_on,
        scope=_codes(form, "consent_scope"),
        note=_text(form, "consent_note"),
    )


def plan_from_form(form: MultiDict[str, str], today: date) -> tuple[PlanData, Parsed]:
    parsed = Parsed()
    started = parse_date(form, "started_on", parsed)
    data = PlanData(
        title=_text(form, "title"),
        started_on=started or today,
        review_on=parse_date(form, "review_on", parsed),
        goal=_text(form, "goal"),
    )
    return data, parsed


def need_from_form(form: MultiDict[str, str]) -> tuple[NeedData, Parsed]:
    parsed = Parsed()
    travel_km = _number(form, "travel_km", parsed)
    cost = _number(form, "cost_ceiling_yen", parsed)
    lat = _number(form, "origin_lat", parsed)
    lon = _number(form, "origin_lon", parsed)
    if (place := _text(form, "origin_place")) and lat is None and lon is None:
        lat, lon = _place(place, parsed)
    weekdays = tuple(
        d for code in _codes(form, "weekdays") if (d := parse_int(code, 0, 6)) is not None
    )
    slots = tuple(
        TimeSlot(s) for s in _codes(form, "time_slots") if s in {t.value for t in TimeSlot}
    )
    data = NeedData(
        title=_text(form, "title"),
        categories=_codes(form, "categories"),
        interests=_text(form, "interests"),
        tags=tuple(dict.fromkeys(t for t in TAG_SEPARATORS.split(_text(form, "tags")) if t)),
        targets=_codes(form, "targets"),
        weekdays=weekdays,
        time_slots=slots,
        travel_mode=_choice(form, "travel_mode", TravelMode, TravelMode.DISTANCE),
        travel_km=travel_km,
        origin_lat=lat,
        origin_lon=lon,
        cost_ceiling_yen=None if cost is None else int(cost),
        accessibility=_codes(form, "accessibility"),
        languages=_codes(form, "languages"),
        conditions=_codes(form, "conditions"),
        goal=_text(form, "goal"),
        preferred=tuple(k for k in CONDITION_KEYS if form.get(f"mode-{k}") == "preferred"),
    )
    return data, parsed


def unmet_from_form(form: MultiDict[str, str]) -> UnmetData:
    """The unmet-need record as the coordinator checked it (interests: 、-separated words)."""
    return UnmetData(
        area_code=form.get("area", ""),
        age_band=_choice(form, "age_band", AgeBand, AgeBand.UNKNOWN),
        targets=_codes(form, "targets"),
        categories=_codes(form, "categories"),
        interests=tuple(
            dict.fromkeys(w for w in TAG_SEPARATORS.split(_text(form, "interests")) if w)
        ),
        weekdays=tuple(
            d for code in _codes(form, "weekdays") if (d := parse_int(code, 0, 6)) is not None
        ),
        time_slots=_codes(form, "time_slots"),
        conditions=_codes(form, "conditions"),
        accessibility=_codes(form, "accessibility"),
        languages=_codes(form, "languages"),
    )


def _place(text: str, parsed: Parsed) -> tuple[float | None, float | None]:
    """A starting point typed as a place (土浦駅, 荒川沖東二丁目): the one place lookup."""
    from directory import labels, places  # the lookup reads the database: only when typed
    from webapp import db
    from webapp.geocoding import geocoder

    parsed.raw["origin_place"] = text
    found = places.resolve_place(db.session(), text, geocoder())
    if isinstance(found, places.PlaceNotFound) and found.why == labels.PLACE_UNKNOWN:
        parsed.errors["origin_place"] = messages.PLACE_UNKNOWN_AT.format(text=text)
        return None, None
    if isinstance(found, places.PlaceNotFound):
        parsed.errors["origin_place"] = messages.PLACE_NOT_FOUND_AT.format(
            text=text, message=found.message, reason=found.reason
        )
        return None, None
    return round(found.lat, 6), round(found.lon, 6)


def follow_up_from_form(form: MultiDict[str, str], today: date) -> tuple[FollowUpResult, Parsed]:
    parsed = Parsed()
    done = parse_date(form, "done_on", parsed) or today
    answer = form.get("continuing", "")
    return FollowUpResult(
        done_on=done,
        continuing={"yes": True, "no": False}.get(answer),
        condition=_text(form, "condition"),
        issues=_text(form, "issues"),
        next_action=_text(form, "next_action"),
        frequency=optional_choice(form, "frequency", Frequency),
        voice=optional_choice(form, "voice", Voice),
    ), parsed


def date_field(form: MultiDict[str, str], name: str, today: date) -> tuple[date, Parsed]:
    parsed = Parsed()
    return parse_date(form, name, parsed) or today, parsed
