"""Figures of the offline gazetteer and of real municipal lists (issue 17).

    PYTHONPATH=. python benchmarks/places_bench.py [--addresses 20000]

Prints:
- the data's size in the repository and the gazetteer's start-up time (read the member list and
  the 1,918 municipalities; no town yet);
- geocoding time per address over addresses made from real 町丁目 names across Japan (every
  20th town of the table, 番地 varied so each address string is new): cold (the first address of
  a municipality inflates its member) and warm (every municipality already read), p50/p95/max;
- the share of addresses at each precision: the demo's listings, and the test corpus
  (tests/directory/interop/data: こども食堂一覧 and 公共施設一覧 files) as the importer places them;
- the schedule parse rate on the phrasings of tests/directory/test_schedules_as_written.py and
  on the corpus's schedule cells.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95)]
    p999 = ordered[int(len(ordered) * 0.999)]
    return (
        f"p50 {statistics.median(ordered) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms, "
        f"p99.9 {p999 * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms"
    )


def shares(counts: Counter[str]) -> str:
    total = sum(counts.values())
    order = ["file", "chome", "oaza", "city", "unknown"]
    return (
        "、".join(
            f"{name} {counts[name]}（{counts[name] / total:.0%}）" for name in order if counts[name]
        )
        + f"（計 {total}）"
    )


def lookup_figures(count: int) -> None:
    import zipfile

    from geo.gazetteer import Gazetteer
    from geo.geocoding import OfflineGeocoder

    path = ROOT / "geo" / "data" / "places.zip"
    print(f"data: {path.relative_to(ROOT)} {path.stat().st_size / 1e6:.2f} MB")
    started = time.perf_counter()
    gazetteer = Gazetteer()
    print(f"start-up: {(time.perf_counter() - started) * 1000:.1f} ms (no town read yet)")

    rng = random.Random(17)
    cities = {row.split("\t")[0]: row.split("\t")[1:3] for row in
              zipfile.ZipFile(path).read("cities.tsv").decode().splitlines()}  # fmt: skip
    addresses = []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if not name.startswith("towns/"):
                continue
            prefecture, city = cities[name.removeprefix("towns/").removesuffix(".tsv")]
            for line in archive.read(name).decode().splitlines()[::20]:
                town, koaza = line.split("\t")[:2]
                addresses.append(f"{prefecture}{city}{town}{'字' + koaza if koaza else ''}")
    rng.shuffle(addresses)
    addresses = addresses[:count]
    geocoder = OfflineGeocoder(gazetteer)
    cold, warm = [], []
    precision: Counter[str] = Counter()
    for i, address in enumerate(addresses):
        t0 = time.perf_counter()
        found = geocoder.geocode(f"{address}{i % 50 + 1}-{i % 7 + 1}")
        cold.append(time.perf_counter() - t0)
        precision[getattr(found, "precision", "unknown")] += 1
    for i, address in enumerate(addresses):
        t0 = time.perf_counter()
        geocoder.geocode(f"{address}{i % 50 + 1}番地{i % 9 + 1}")
        warm.append(time.perf_counter() - t0)
    municipalities = len(gazetteer._indexes)
    print(f"{len(addresses)} addresses in {municipalities} municipalities:")
    print(f"  first pass (each municipality read once): {percentiles(cold)}")
    print(f"  warm: {percentiles(warm)}; mean {statistics.mean(warm) * 1000:.3f} ms")
    print(f"  precision: {shares(precision)}")


def precision_figures() -> None:
    from directory import interop
    from directory.db import Base, make_engine
    from directory.interop import ImportOptions
    from geo.geocoding import Located, OfflineGeocoder
    from seeds.loader import listing_records, load_vocabulary

    geocoder = OfflineGeocoder(home_prefecture="茨城県")
    demo: Counter[str] = Counter()
    for record in listing_records():
        found = geocoder.geocode(record.get("address", ""))
        demo[found.precision if isinstance(found, Located) else "unknown"] += 1
    print(f"demo addresses: {shares(demo)}")

    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    corpus: Counter[str] = Counter()
    texts: list[str] = []
    data = ROOT / "tests" / "directory" / "interop" / "data"
    files = ["kodomo_utf8_double_bom.csv", "facilities_hours_cp932.csv"]
    with Session(engine) as session:
        load_vocabulary(session)
        session.flush()
        for name in files:
            table = interop.read_upload((data / name).read_bytes())
            plan = interop.plan_import(
                session,
                table,
                interop.map_columns(table.headers),
                geocoder=geocoder,
                options=ImportOptions(organization="-"),
            )
            for row in plan.rows:
                if row.data is None:
                    continue
                if row.data.schedule_text:
                    texts.append(row.data.schedule_text)
                written = row.cells[[h for h, _ in row.cells].index("住所")][1]
                if written:
                    corpus[row.data.precision] += 1
    placed = corpus["chome"] + corpus["oaza"]
    without = sum(corpus.values()) - corpus["file"] - corpus["unknown"]
    print(f"corpus addresses ({', '.join(files)}): {shares(corpus)}")
    print(
        f"  without coordinates in the file and not 非公開: {placed}/{without} "
        f"({placed / without:.0%}) at 町丁目/大字"
    )
    schedule_figures(texts)


def schedule_figures(corpus_texts: list[str]) -> None:
    from directory.schedules import parse_schedule
    from tests.directory.test_schedules_as_written import PHRASINGS

    for label, texts in (("phrasings", PHRASINGS), ("corpus schedule cells", corpus_texts)):
        understood = [t for t in texts if not parse_schedule(t).needs_review]
        print(
            f"schedule parse rate, {label}: {len(understood)}/{len(texts)} "
            f"({len(understood) / len(texts):.0%})"
        )
        for text in texts:
            if text not in understood:
                print(f"  kept verbatim and flagged: {text}")
    closed_as_meetings = [
        t
        for t in PHRASINGS + corpus_texts
        if ("休" in t or "定休" in t) and any(r for r in parse_schedule(t).rules if _closed(t, r))
    ]
    print(f"closed days stored as meeting days: {len(closed_as_meetings)}")


def _closed(text: str, rule: object) -> bool:
    """A meeting rule on a weekday the text calls closed (休館日：火曜 → no Tuesday meeting)."""
    from directory.schedules import WEEKDAY_LABELS, parse_schedule

    spec = parse_schedule(text)
    closed_days = {d for r in spec.closed_rules for d in r.weekdays}
    days = set(getattr(rule, "weekdays", ()))
    return bool(days & closed_days) or any(f"{WEEKDAY_LABELS[d]}曜休" in text for d in days)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addresses", type=int, default=20_000)
    args = parser.parse_args()
    lookup_figures(args.addresses)
    precision_figures()


if __name__ == "__main__":
    main()
