"""How well the offline geocoder reads addresses as people write them (tests/geo/judged_addresses).

    PYTHONPATH=. python benchmarks/address_quality.py [--verbose]

Each judged address is scored against the place and precision a person reading it expects:
- right: the expected place at the expected level (or finer, inside it);
- coarser: a place that contains the expected one (its 大字, its municipality);
- wrong place: a point in another town or municipality, the worst outcome (a map pin that
  looks right and is not);
- not placed: 「位置を特定できません」.
An address judged "none" names no single place: placing it anywhere is a wrong place.
Batches are reported apart: A was written first and fixed against; B was written after the
fixes and held out; the same for the addresses under a merged municipality (MERGED_A, then
MERGED_B held out) and for current addresses with a mistyped municipality (TYPOS_A), where
"wrong place" is what must stay 0. FORMS_A are addresses as municipal files and forms write
them (〒, spaces and line breaks, 番地の, buildings and rooms, 氏/巿 for 市, a wrong prefecture),
written before the fixes to them; FORMS_B was written with them and held out. FORMS_C (a city
under a wrong prefecture, towns spelled another way, more forms) was written and judged before
the fixes to it; FORMS_D was written after them and held out. FORMS_E (a far prefecture, a 郡 left
out, a municipality written in part, a building named like a town, names several prefectures
have, 政令市 wards without their city) was written and judged before the changes for it, and
held out. FORMS_F (政令市 wards without their city: with the prefecture, with the list's own
prefecture as context, alone) was judged before the changes for it; FORMS_G was written after
them and held out. FORMS_H (old 郡・町村 still written in lists, 京都の通り名, 北海道の条・丁目 written
short, 丁目・番地 in kanji, ケ/ヶ/が, 之/ノ/の, an address inside a building's name) was written and
judged before the changes for it, and held out.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter

from geo.gazetteer import CHOME, CITY, OAZA, town_key
from geo.geocoding import Located, OfflineGeocoder
from tests.geo.judged_addresses import (
    BATCH_A,
    BATCH_B,
    FORMS_A,
    FORMS_B,
    FORMS_C,
    FORMS_D,
    FORMS_E,
    FORMS_F,
    FORMS_G,
    FORMS_H,
    MERGED_A,
    MERGED_B,
    TYPOS_A,
    Judged,
)

RIGHT, COARSER, WRONG, NOT_PLACED = "right", "coarser", "wrong place", "not placed"
_RANK = {CHOME: 0, OAZA: 1, CITY: 2}
NONE = "none"  # a judged address that names no single place


def _key(matched: str) -> str:
    return town_key(matched)


def score(judged: Judged, geocoder: OfflineGeocoder) -> tuple[str, str]:
    """The outcome and what the geocoder answered."""
    if judged.home and judged.home != geocoder.home_prefecture:
        geocoder = OfflineGeocoder(geocoder.gazetteer, home_prefecture=judged.home)
    found = geocoder.geocode(judged.address)
    if not isinstance(found, Located):
        return (RIGHT if judged.level == NONE else NOT_PLACED), found.reason
    answer = f"{found.precision} {found.matched}"
    if judged.level == NONE:
        return WRONG, answer
    expected, got = _key(judged.matched), _key(found.matched)
    if got == expected or (
        got.startswith(expected) and _RANK[found.precision] <= _RANK[judged.level]
    ):
        return RIGHT, answer
    if expected.startswith(got) and (
        _RANK[found.precision] > _RANK[judged.level]
        or found.precision == CITY
        or len(got) < len(expected)
    ):
        return COARSER, answer
    return WRONG, answer


def report(name: str, batch: list[Judged], geocoder: OfflineGeocoder, verbose: bool) -> None:
    outcomes: Counter[str] = Counter()
    started = time.perf_counter()
    for judged in batch:
        outcome, answer = score(judged, geocoder)
        outcomes[outcome] += 1
        if verbose and outcome != RIGHT:
            print(f"  [{outcome}] {judged.address}\n      expected {judged.level} "
                  f"{judged.matched}; got {answer}")  # fmt: skip
    elapsed = time.perf_counter() - started
    total = len(batch)
    print(
        f"{name}: {total} addresses — "
        + "、".join(f"{o} {outcomes[o]}" for o in (RIGHT, COARSER, WRONG, NOT_PLACED))
        + f" (first reading, data read as needed: {elapsed / total * 1000:.1f} ms an address)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    geocoder = OfflineGeocoder()
    batches = (
        ("batch A", BATCH_A),
        ("batch B (held out)", BATCH_B),
        ("merged municipalities A", MERGED_A),
        ("merged municipalities B (held out)", MERGED_B),
        ("mistyped municipalities", TYPOS_A),
        ("as forms write them A", FORMS_A),
        ("as forms write them B (held out)", FORMS_B),
        ("wrong prefecture, town spellings, forms C", FORMS_C),
        ("wrong prefecture, town spellings, forms D (held out)", FORMS_D),
        ("far prefectures, same names, wards alone, forms E (held out)", FORMS_E),
        ("政令市 wards without their city, forms F", FORMS_F),
        ("政令市 wards without their city, forms G (held out)", FORMS_G),
        ("old 郡・町村, 通り名, 条・丁目, kanji, buildings, forms H (held out)", FORMS_H),
    )
    for name, batch in batches:
        if batch:
            report(name, batch, geocoder, args.verbose)
    # warm: every municipality already read above
    _time("current municipalities (A, B)", BATCH_A + BATCH_B, geocoder)
    _time("merged and mistyped", MERGED_A + MERGED_B + TYPOS_A, geocoder)
    _time("as forms write them (A, B)", FORMS_A + FORMS_B, geocoder)


def _time(name: str, batch: list[Judged], geocoder: OfflineGeocoder) -> None:
    times = []
    for judged in batch:
        started = time.perf_counter()
        geocoder.geocode(judged.address + " ")  # a new text: parse's cache does not answer
        times.append(time.perf_counter() - started)
    times.sort()
    print(f"warm time per address, {name}: p50 {statistics.median(times) * 1000:.3f} ms, "
          f"p95 {times[int(len(times) * 0.95)] * 1000:.3f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
