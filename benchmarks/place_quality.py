"""How well the one place lookup reads where-phrases as people type them (tests/directory/
judged_places), and how long one lookup takes.

    PYTHONPATH=. python benchmarks/place_quality.py [--verbose]

A fresh SQLite database in memory gets the demo town's areas and landmarks (seeds/tsuchiura),
as the demo loads them. Each judged phrase is scored:
- right: a place whose label is one the judge accepted, or, for a place not in the data, a
  ``PlaceNotFound`` whose reason says what can be typed (駅・地区・町名・住所・郵便番号);
- wrong place: a place with another label (a pin that looks right and is not);
- not found: a ``PlaceNotFound`` for a place the data has, or one that does not say plainly
  what can be typed.
Time per lookup: with the landmarks and areas kept by the caller (``KnownPlaces``, as the search
page has them) and without (read from the database, as a need's starting point is).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import places
from directory.db import make_engine
from directory.models import Area, Landmark
from geo.geocoding import OfflineGeocoder
from seeds.loader import load_landmarks, load_vocabulary
from tests.directory.judged_places import BATCH_A, BATCH_B, BATCH_C, JudgedPlace
from webapp import migrations

RIGHT, WRONG, NOT_FOUND = "right", "wrong place", "not found"
PLAIN = ("駅", "地区", "町名", "住所", "郵便番号")  # what a plain "not known" names


def score(found: places.Place | places.PlaceNotFound, judged: JudgedPlace) -> str:
    if isinstance(found, places.PlaceNotFound):
        plain = all(word in found.reason for word in PLAIN)
        return RIGHT if judged.expected is None and plain else NOT_FOUND
    return RIGHT if judged.expected and found.label in judged.expected else WRONG


def known_places(session: Session) -> places.KnownPlaces:
    return places.KnownPlaces(
        tuple(places.landmark_point(lm) for lm in session.scalars(select(Landmark))),
        tuple(
            p
            for a in session.scalars(select(Area))
            if (p := places.area_point(a.name, a.centre_name, a.lat, a.lon, a.kana))
        ),
        places.home_municipality(session),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--batch", choices=["A", "B", "C", "all"], default="all")
    args = parser.parse_args()
    engine = make_engine("sqlite://")
    migrations.upgrade(engine)
    geocoder = OfflineGeocoder(home_prefecture="茨城県")
    with Session(engine) as session:
        load_vocabulary(session)
        load_landmarks(session)
        session.flush()
        known = known_places(session)
        batches = {"A": BATCH_A, "B": BATCH_B, "C": BATCH_C}
        chosen = batches if args.batch == "all" else {args.batch: batches[args.batch]}
        for name, batch in chosen.items():
            outcomes: Counter[str] = Counter()
            timings = []
            for judged in batch:
                started = time.perf_counter()
                found = places.resolve_place(session, judged.typed, geocoder)
                timings.append(time.perf_counter() - started)
                outcome = score(found, judged)
                outcomes[outcome] += 1
                if args.verbose or outcome != RIGHT:
                    answer = found.label if isinstance(found, places.Place) else found.reason
                    print(f"  {outcome:12} {judged.typed!r} → {answer}  (judged {judged.expected})")
            kept = []
            for judged in batch:
                started = time.perf_counter()
                places.resolve_place(session, judged.typed, geocoder, known)
                kept.append(time.perf_counter() - started)
            print(
                f"batch {name}: {outcomes[RIGHT]}/{len(batch)} right, {outcomes[WRONG]} wrong "
                f"place, {outcomes[NOT_FOUND]} not found; per lookup: median "
                f"{statistics.median(timings) * 1000:.2f} ms, max {max(timings) * 1000:.1f} ms "
                f"(reading the database); median {statistics.median(kept) * 1000:.2f} ms, max "
                f"{max(kept) * 1000:.1f} ms (places kept by the caller)"
            )


if __name__ == "__main__":
    main()
