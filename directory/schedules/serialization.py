"""JSON-safe serialisation of a spec, for the database and the API.

The dict is versioned with ``"v"``; fields at their default are left out, so
stored JSON stays small and fields added later load from older dicts.  Loading
validates every number that later indexes a table or divides.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, time
from typing import Any

from directory.schedules.dates import valid_month_day
from directory.schedules.model import (
    SPEC_VERSION,
    VALID_NTH,
    ClosedPeriod,
    FiscalYear,
    Move,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    as_of,
)


def _time_to_str(value: time | None) -> str | None:
    if value is None:
        return None
    return (
        value.isoformat()
        if value.second or value.microsecond
        else f"{value.hour:02d}:{value.minute:02d}"
    )


def _rule_to_dict(rule: Rule) -> dict[str, Any]:
    # Defaults are left out so stored JSON stays small and readable.
    data: dict[str, Any] = {"kind": rule.kind.value}
    if rule.weekdays:
        data["weekdays"] = list(rule.weekdays)
    if rule.holidays:
        data["holidays"] = True
    if rule.interval_weeks != 1:
        data["interval_weeks"] = rule.interval_weeks
    if rule.anchor is not None:
        data["anchor"] = rule.anchor.isoformat()
    if rule.nth:
        data["nth"] = list(rule.nth)
    if rule.days:
        data["days"] = list(rule.days)
    if rule.dates:
        data["dates"] = [day.isoformat() for day in rule.dates]
    if rule.per_month is not None:
        data["per_month"] = rule.per_month
    if rule.per_month_max is not None:
        data["per_month_max"] = rule.per_month_max
    if rule.valid_from is not None:
        data["valid_from"] = rule.valid_from.isoformat()
    if rule.valid_until is not None:
        data["valid_until"] = rule.valid_until.isoformat()
    if rule.per_year is not None:
        data["per_year"] = rule.per_year
    if rule.months:
        data["months"] = list(rule.months)
    if rule.times is not None:
        data["times"] = {
            "start": _time_to_str(rule.times.start),
            "end": _time_to_str(rule.times.end),
        }
    return data


def spec_to_dict(spec: ScheduleSpec) -> dict[str, Any]:
    """JSON-safe form (str/int/bool/None/list/dict only), versioned with ``"v"``."""
    return (
        {
            "v": SPEC_VERSION,
            "rules": [_rule_to_dict(rule) for rule in spec.rules],
            "closed_on_holidays": spec.closed_on_holidays,
            "closed_periods": [[*period.start, *period.end] for period in spec.closed_periods],
            "notes": list(spec.notes),
            "unparsed": list(spec.unparsed),
            "original": spec.original,
            "hours": [_rule_to_dict(rule) for rule in spec.hours],
            "closed_rules": [_rule_to_dict(rule) for rule in spec.closed_rules],
        }
        | ({"moves": [_move_to_dict(move) for move in spec.moves]} if spec.moves else {})
        | (
            {"fiscal_year": [spec.fiscal_year.year, spec.fiscal_year.said]}
            if spec.fiscal_year
            else {}
        )
    )


def _move_to_dict(move: Move) -> dict[str, Any]:
    data: dict[str, Any] = {"holidays": move.holidays, "weekdays": list(move.weekdays)}
    if move.days:
        data["days"] = move.days
    if move.weekday is not None:
        data["weekday"] = move.weekday
    if move.next_week:
        data["next_week"] = True
    if move.nth is not None:
        data["nth"] = move.nth
    if move.workday:
        data["workday"] = True
    return data


def _move_from_dict(data: Mapping[str, Any]) -> Move:
    weekday = data.get("weekday")
    nth = data.get("nth")
    return Move(
        holidays=bool(data.get("holidays", False)),
        weekdays=_ints(data.get("weekdays", []), "weekdays", range(7)),
        days=_int(data.get("days", 0), "days", range(0, 29)),
        weekday=None if weekday is None else _int(weekday, "weekday", range(7)),
        next_week=bool(data.get("next_week", False)),
        nth=None if nth is None else _int(nth, "nth", range(1, 6)),
        workday=bool(data.get("workday", False)),
    )


def _int(value: Any, name: str, allowed: Collection[int] | None = None) -> int:
    # Stored data indexes WEEKDAY_LABELS and divides by interval_weeks: check it.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, not {value!r}")
    if allowed is not None and value not in allowed:
        raise ValueError(f"{name} out of range: {value!r}")
    return value


def _ints(value: Any, name: str, allowed: Collection[int] | None = None) -> tuple[int, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{name} must be a list, not {value!r}")
    return tuple(_int(item, name, allowed) for item in value)


def _strs(value: Any, name: str) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of strings, not {value!r}")
    return tuple(value)


def _optional_time(value: Any) -> time | None:
    return None if value is None else time.fromisoformat(str(value))


def _optional_int(value: Any, name: str) -> int | None:
    return None if value is None else _int(value, name)


def _rule_from_dict(data: Mapping[str, Any]) -> Rule:
    times = data.get("times")
    return Rule(
        kind=RuleKind(data["kind"]),
        weekdays=_ints(data.get("weekdays", []), "weekdays", range(7)),
        holidays=bool(data.get("holidays", False)),
        interval_weeks=_int(data.get("interval_weeks", 1), "interval_weeks", range(1, 54)),
        anchor=date.fromisoformat(data["anchor"]) if data.get("anchor") else None,
        nth=_ints(data.get("nth", []), "nth", VALID_NTH),
        days=_ints(data.get("days", []), "days", range(1, 32)),
        dates=tuple(date.fromisoformat(day) for day in _strs(data.get("dates", []), "dates")),
        per_month=_optional_int(data.get("per_month"), "per_month"),
        per_month_max=_optional_int(data.get("per_month_max"), "per_month_max"),
        valid_from=date.fromisoformat(data["valid_from"]) if data.get("valid_from") else None,
        valid_until=date.fromisoformat(data["valid_until"]) if data.get("valid_until") else None,
        per_year=_optional_int(data.get("per_year"), "per_year"),
        times=None
        if times is None
        else TimeRange(_optional_time(times.get("start")), _optional_time(times.get("end"))),
        months=tuple(sorted(set(_ints(data.get("months", []), "months", range(1, 13))))),
    )


def _period_from_list(value: Any) -> ClosedPeriod:
    numbers = _ints(value, "closed_periods")
    if len(numbers) != 4 or not (
        valid_month_day(numbers[0], numbers[1]) and valid_month_day(numbers[2], numbers[3])
    ):
        raise ValueError(f"a closed period is [month, day, month, day], not {value!r}")
    return ClosedPeriod((numbers[0], numbers[1]), (numbers[2], numbers[3]))


def _fiscal_from_list(value: Any) -> FiscalYear | None:
    if value is None:
        return None
    year, said = value
    if not isinstance(year, int) or isinstance(year, bool) or not 1 <= year < date.max.year:
        raise ValueError(f"a fiscal year is [year, heading], not {value!r}")
    return FiscalYear(year, str(said))


def spec_from_dict(data: Mapping[str, Any], *, today: date | None = None) -> ScheduleSpec:
    """Inverse of :func:`spec_to_dict`; raises ValueError on malformed data.

    The spec reads as it does on ``today`` (default :meth:`date.today`, the machine's date: a
    caller that serves a municipality passes its date; see
    :func:`~directory.schedules.model.as_of`): a stored list of a fiscal year that has since
    ended is flagged for review, whenever it was saved."""
    return as_of(stored_spec(data), today or date.today())


def stored_spec(data: Mapping[str, Any]) -> ScheduleSpec:
    """The spec as it was saved, not yet read on a day (:func:`spec_from_dict` reads it on one):
    for values that do not depend on the date (its times of day), or to read it later on the
    day it is shown with :func:`~directory.schedules.model.as_of`."""
    if data.get("v") != SPEC_VERSION:
        raise ValueError(f"unsupported schedule version {data.get('v')!r}")
    try:
        return ScheduleSpec(
            rules=tuple(_rule_from_dict(rule) for rule in data.get("rules", [])),
            closed_on_holidays=bool(data.get("closed_on_holidays", False)),
            closed_periods=tuple(
                _period_from_list(item) for item in data.get("closed_periods", [])
            ),
            notes=_strs(data.get("notes", []), "notes"),
            unparsed=_strs(data.get("unparsed", []), "unparsed"),
            original=str(data.get("original", "")),
            hours=tuple(_rule_from_dict(rule) for rule in data.get("hours", [])),
            closed_rules=tuple(_rule_from_dict(rule) for rule in data.get("closed_rules", [])),
            moves=tuple(_move_from_dict(move) for move in data.get("moves", [])),
            fiscal_year=_fiscal_from_list(data.get("fiscal_year")),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"malformed schedule data: {error}") from error
