"""What the resident pages say of filter values in a link that they could not use.

A link a resident keeps — a bookmark, a shared URL, an old printed QR code — may name a 地区, a
kind or a day that no longer exists (renamed, removed, mistyped). The pages drop such a value and
show the rest (never an error page), and say so beside the filters: 「指定された地区（zzz）は見つ
かりませんでした。すべての地区から表示しています。」 — otherwise a list of everything reads as a
list filtered by that 地区. One sentence per parameter, its values together, in the reader's
language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from flask_babel import gettext as _

from directory.search.request import Problem, ProblemKind
from webapp import messages

SHOWN_VALUE_LENGTH = 20  # characters of one value as quoted back (a link may carry a page of text)
SHOWN_VALUES = 3  # values quoted per parameter; more are counted

# What a dropped value of each parameter was meant to choose, as the filters call it.
WHAT = {
    **messages.FACET_TITLES,
    "max_cost": messages.FILTER_MAX_COST,
    "within": messages.FILTER_WITHIN,
    "lat": messages.FILTER_POINT,
    "lon": messages.FILTER_POINT,
    "sort": messages.FILTER_SORT,
}
# Values chosen from a list (a code or one of a few words): "not found"; the others "not read".
CHOSEN = frozenset({"category", "target", "area", "weekday", "time", "access", "language"})
# Problems the pages already explain in their own words (near, 近い順 and the radius without a
# place), or that lose nothing a resident chose (a repeated or over-long value is cut to its first).
SAID_ELSEWHERE = frozenset(
    {
        ProblemKind.REPEATED,
        ProblemKind.TOO_LONG,
        ProblemKind.AREA_WITHOUT_POINT,
        ProblemKind.DISTANCE_NEEDS_ORIGIN,
        ProblemKind.RADIUS_NEEDS_ORIGIN,
        ProblemKind.SORT_NEEDS_BROWSE,
        ProblemKind.LAT_LON_TOGETHER,
    }
)


def _quoted(values: Sequence[str]) -> str:
    shown = [
        v if len(v) <= SHOWN_VALUE_LENGTH else f"{v[:SHOWN_VALUE_LENGTH]}…"
        for v in values[:SHOWN_VALUES]
    ]
    more = len(values) - len(shown)
    text = "、".join(shown)
    return text if not more else str(_(messages.FILTER_AND_MORE, values=text, count=more))


def notes(dropped: Iterable[tuple[str, str]], kept: Mapping[str, Sequence[object]]) -> list[str]:
    """One sentence per parameter of ``dropped`` (parameter, value as written) that the page
    knows; ``kept``: the values still applied, by parameter (the sentence then says the others
    are used, not all)."""
    by_name: dict[str, list[str]] = {}
    for name, value in dropped:
        if name in WHAT:
            values = by_name.setdefault("lat" if name == "lon" else name, [])
            if value not in values:
                values.append(value)
    said = []
    for name, values in by_name.items():
        what, quoted = _(WHAT[name]), _quoted(values)
        if name not in CHOSEN:
            said.append(_(messages.FILTER_NOT_READ, what=what, values=quoted))
        elif kept.get(name):
            said.append(_(messages.FILTER_NOT_FOUND_OTHERS, what=what, values=quoted))
        else:
            said.append(_(messages.FILTER_NOT_FOUND, what=what, values=quoted))
    return [str(s) for s in said]


def of_problems(problems: Iterable[Problem], kept: Mapping[str, Sequence[object]]) -> list[str]:
    """``notes`` for what the search request's lenient reader dropped."""
    return notes(((p.parameter, p.value) for p in problems if p.kind not in SAID_ELSEWHERE), kept)
