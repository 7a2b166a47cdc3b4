"""Wrong pins hunted for: real towns of the embedded gazetteer, written the ways that mislead.

    PYTHONPATH=. python benchmarks/address_stress.py [--sample 400] [--seed 7] [--verbose]

Each address is built from a listed 大字・町丁目 (its municipality and prefecture are the truth)
and written in one misleading shape:
- far: under a prefecture that is not its own nor a neighbour of it;
- no-gun: its 郡 left out (山辺町畑谷 for 東村山郡山辺町畑谷);
- partial: the municipality without its last character (宇都宮本町), or without its 郡's
  first character;
- building: a building whose name reads like a town after the numbers, or straight after the
  town (土浦市大和町 中央ビル3F, 本町ハイツ101, 駅前プラザ3F); building-alone: with the town
  left out (土浦市 中央ビル3F), where any town is a wrong place;
- same-name: under the prefecture of another municipality of the same name (伊達市, 府中市,
  美郷町…) that does not list the town (和田 of 福井県's and 和歌山県's 美浜町 is written right
  under either);
- begins-like: under a prefecture where the first characters of the municipality's name
  name a municipality of its own (東村山市 under 沖縄県, which has a 東村);
- wrong-sibling: under another ward of the same 政令市, or another 町村 of the same 郡, that
  does not list the town (横浜市中区日吉本町 for 港北区's);
- typo: one character of the municipality's name mistyped;
- old-name: a town whose name begins with a 町村 merged away, written under that 町村;
- name-first: a facility's name before the address (中央ビル内 土浦市大和町9-1);
- ward-alone: a 政令市's ward without the city, with and without the prefecture.

Outcomes as in ``address_quality``, but only "wrong place" is counted against the geocoder:
a point in another municipality than the truth, or a town of the right municipality that is
not the truth's (a finer point in the wrong place). "not placed" and a coarser point in the
right municipality are honest answers to a misleading address.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace

from geo.gazetteer import CITY, Place, default_gazetteer, town_key
from geo.geocoding import Located, OfflineGeocoder, neighbours
from geo.normalize import PREFECTURES

WRONG, NOT_PLACED, RIGHT, COARSER = "wrong place", "not placed", "right", "coarser"
BUILDINGS = ("中央ビル3F", "本町ハイツ101", "駅前プラザ3F", "新町コーポ2号室", "栄町マンション")


def judge(found: object, truth: Place) -> str:
    if not isinstance(found, Located):
        return NOT_PLACED
    home = f"{truth.prefecture}{truth.city}"
    if not found.matched.startswith(home):
        return WRONG
    got = town_key(found.matched[len(home) :])
    expected = town_key(truth.town)
    if not expected:  # 「土浦市 中央ビル3F」 names no town: any town is a wrong place
        return RIGHT if found.precision == CITY else WRONG
    if found.precision == CITY or not got:
        return COARSER
    if got.startswith(expected):
        return RIGHT
    if expected.startswith(got):
        return COARSER
    return WRONG


def _numbers(place: Place, rng: random.Random) -> str:
    return "" if "丁目" in place.town else f"{rng.randint(1, 40)}-{rng.randint(1, 20)}"


def variants(
    place: Place,
    rng: random.Random,
    same_names: dict[str, list[str]],
    starting: dict[str, list[str]],
    listed: Callable[[str, str, str], bool],
    siblings: dict[tuple[str, str], list[str]],
) -> Iterator[tuple[str, str]]:
    pref, city, town = place.prefecture, place.city, place.town
    numbers = _numbers(place, rng)
    near = neighbours(pref) | {pref}
    far = rng.choice([p for p in PREFECTURES if p not in near])
    yield "far", f"{far}{city}{town}{numbers}"
    if "郡" in city:
        short = city.split("郡", 1)[1]
        yield "no-gun", f"{pref}{short}{town}{numbers}"
        yield "partial", f"{pref}{city[1:]}{town}{numbers}"
        yield "far", f"{far}{short}{town}{numbers}"
    elif city.endswith("市"):
        yield "partial", f"{pref}{city[:-1]}{town}{numbers}"
    building = rng.choice(BUILDINGS)
    yield "building", f"{city}{town}{numbers} {building}"
    yield "building", f"{pref}{city}{town} {building}"
    yield "building-alone", f"{pref}{city} {building}"  # the town left out (truth: the city)
    name = city.split("郡", 1)[-1]
    for other in same_names.get(name, []):
        if other != pref and not listed(other, name, town):  # 和田 of both 美浜町: as written
            yield "same-name", f"{other}{name}{town}{numbers}"
    for other in starting.get(city, []):
        yield "begins-like", f"{other}{city}{town}{numbers}"
    for other in siblings.get((pref, city), []):
        if not listed(pref, other, town):  # 日吉本町 of 港北区 written under 中区
            yield "wrong-sibling", f"{pref}{other}{town}{numbers}"
            break
    if len(city) >= 3 and not city.endswith("区"):
        at = rng.randrange(len(city) - 1)  # one character of the name mistyped
        typo = rng.choice([c for c in "上下東西南北中大小本新田川山野原" if c != city[at]])
        yield "typo", f"{pref}{city[:at]}{typo}{city[at + 1 :]}{town}{numbers}"
    if (old := re.match(r"^(.{2,3}?[町村])(.{2,})", town)) and not listed(pref, city, old.group(1)):
        # 石鳥谷町八幡 of 花巻市, written under the 町 merged away (岩手県石鳥谷町八幡)
        yield "old-name", f"{pref}{old.group(1)}{old.group(2)}{numbers}"
    yield "name-first", f"{rng.choice(BUILDINGS)[:-2]}内 {city}{town}{numbers}"
    if "市" in city and city.endswith("区"):
        ward = city.split("市", 1)[1]
        yield "ward-alone", f"{ward}{town}{numbers}"
        yield "ward-alone", f"{pref}{ward}{town}{numbers}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=400, help="municipalities to draw towns from")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gazetteer = default_gazetteer()
    geocoder = OfflineGeocoder(gazetteer)
    municipalities = sorted(
        {(p, e.place.city) for (p, _), e in gazetteer.cities.items() if e.member}
    )
    same_names: dict[str, list[str]] = defaultdict(list)
    for pref, city in municipalities:
        same_names[city.split("郡", 1)[-1]].append(pref)
    same_named = [(p, c) for p, c in municipalities if len(same_names[c.split("郡", 1)[-1]]) > 1]
    # 東村山市 under 沖縄県, whose 東村 its name begins with: a prefecture where the first
    # characters of the municipality name another municipality
    names_in: dict[str, set[str]] = defaultdict(set)
    for pref, name in gazetteer.cities:
        names_in[pref].add(name)
    starting: dict[str, list[str]] = defaultdict(list)
    for pref, city in municipalities:
        for other, names in names_in.items():
            if other != pref and any(
                city.startswith(n) and len(n) < len(city) for n in names if n not in names_in[pref]
            ):
                starting[city].append(other)
    begins_like = [(p, c) for p, c in municipalities if starting[c]]
    wards = [(p, c) for p, c in municipalities if "市" in c and c.endswith("区")]

    def listed(pref: str, name: str, town: str) -> bool:
        return any(
            town_key(t.town) == town_key(town)
            for (p, n), e in gazetteer.cities.items()
            if p == pref and n == name
            for t in gazetteer.towns_of(p, e.place.city)
        )

    # the other wards of a 政令市, and the other 町村 of a 郡
    siblings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pref, city in municipalities:
        group = city.split("市", 1)[0] + "市" if city.endswith("区") and "市" in city else ""
        if "郡" in city:
            group = city.split("郡", 1)[0] + "郡"
        if group:
            for p, other in municipalities:
                if p == pref and other != city and other.startswith(group):
                    siblings[(pref, city)].append(other)
    drawn = rng.sample(municipalities, min(args.sample, len(municipalities)))
    drawn += same_named + begins_like + rng.sample(wards, min(60, len(wards)))
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    for pref, city in drawn:
        towns = gazetteer.towns_of(pref, city)
        for place in rng.sample(towns, min(2, len(towns))):
            for shape, address in variants(place, rng, same_names, starting, listed, siblings):
                truth = replace(place, level=CITY, town="") if shape == "building-alone" else place
                outcome = judge(found := geocoder.geocode(address), truth)
                outcomes[shape][outcome] += 1
                if args.verbose and outcome == WRONG and isinstance(found, Located):
                    print(f"  [{shape}] {address}\n      truth {place.level} {pref}{city}"
                          f"{place.town}; got {found.precision} {found.matched}")  # fmt: skip
    for shape, counted in sorted(outcomes.items()):
        total = sum(counted.values())
        print(f"{shape}: {total} addresses — "
              + "、".join(f"{o} {counted[o]}" for o in (RIGHT, COARSER, WRONG, NOT_PLACED)))  # fmt: skip


if __name__ == "__main__":
    main()
