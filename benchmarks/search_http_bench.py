"""/search end to end at 10,000 listings: this checkout against a baseline revision, same run.

    PYTHONPATH=. python benchmarks/search_http_bench.py --listings 10000 [--baseline REV]

One SQLite database is made once in a temporary folder: the demo town, then copies of its
published listings (same texts, categories, targets, schedules; another name, a point moved by
up to ~3 km) up to ``--listings``. Then, for each side — the baseline revision (exported with
``git archive`` into the temporary folder; nothing in this checkout changes) and this checkout —
a child process imports that side's code, builds that side's index of the same database
(``lifecycle.rebuild``) and times ``GET /search`` through the Flask test client (the whole
request: parsing, query understanding where a side has it, ranking, loading the page's rows,
rendering the page). The queries are the quality harness's (benchmarks/search_queries.toml), a
third of them with a facet or an origin; one warm-up pass, then one timed pass, sides one after
the other on the same machine. The last line is ``p95 ratio now/baseline: X``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
SEED_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def queries() -> list[str]:
    data = tomllib.loads((HERE.parent / "search_queries.toml").read_text(encoding="utf-8"))
    rnd = random.Random(5)
    found = []
    for i, row in enumerate(data["query"]):
        args: dict[str, Any] = {"q": row["q"]}
        if i % 3 == 1:
            args["weekday"] = str(rnd.randrange(7))
        elif i % 3 == 2:
            args.update(near=rnd.choice(["daiichi", "dairoku", "niihari"]), sort="distance")
        found.append(json.dumps(args, ensure_ascii=False))
    return found


# ---- the database (built once, with this checkout's code) --------------------------------


def build_database(path: Path, total: int) -> int:
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from directory.db import make_engine
    from directory.models import (
        Listing,
        ListingStatus,
        Location,
        Schedule,
        listing_categories,
        listing_targets,
    )
    from seeds.loader import load_demo
    from webapp import migrations as schema

    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with Session(engine) as session:
        load_demo(session, now=SEED_TIME)
        session.commit()
        published = list(
            session.scalars(select(Listing).where(Listing.status == ListingStatus.PUBLISHED))
        )
        count = session.scalar(select(Listing.id).order_by(Listing.id.desc()).limit(1)) or 0
        rnd = random.Random(3)
        skip = {"id", "source_key", "created_at", "updated_at", "published_at"}
        rows, locations, schedules, cats, tgts = [], [], [], [], []
        for i in range(total - len(published)):
            src = published[i % len(published)]
            row = {
                c.key: getattr(src, c.key) for c in Listing.__table__.columns if c.key not in skip
            }
            row["name"] = f"{src.name} その{i // len(published) + 2}"
            rows.append((src, row))
        ids = session.scalars(
            insert(Listing).returning(Listing.id, sort_by_parameter_order=True),
            [row for _, row in rows],
        ).all()
        for new_id, (src, _) in zip(ids, rows, strict=True):
            if (loc := src.location) is not None:
                locations.append({
                    "listing_id": new_id, "place_name": loc.place_name, "address": loc.address,
                    "postal_code": loc.postal_code, "precision": loc.precision, "area_id": loc.area_id,
                    "lat": loc.lat + rnd.uniform(-0.03, 0.03) if loc.lat is not None else None,
                    "lon": loc.lon + rnd.uniform(-0.03, 0.03) if loc.lon is not None else None,
                })  # fmt: skip
            if (sch := src.schedule) is not None:
                schedules.append({
                    "listing_id": new_id, "text": sch.text, "spec": sch.spec,
                    "weekday_mask": sch.weekday_mask, "needs_review": sch.needs_review,
                })  # fmt: skip
            cats += [{"listing_id": new_id, "category_id": c.id} for c in src.categories]
            tgts += [{"listing_id": new_id, "target_id": t.id} for t in src.targets]
        for table, values in (
            (Location, locations),
            (Schedule, schedules),
            (listing_categories, cats),
            (listing_targets, tgts),
        ):
            if values:
                session.execute(insert(table), values)
        session.commit()
        count = len(published) + len(ids)
    engine.dispose()
    return count


# ---- one side, in a child process -------------------------------------------------------


def run_side(database: Path, index_dir: Path, passes: int) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    from directory.db import make_engine
    from directory.search import lifecycle
    from webapp import create_app

    engine = make_engine(f"sqlite:///{database}")
    started = time.perf_counter()
    with Session(engine) as session:
        lifecycle.rebuild(session, index_dir)
    rebuild_s = time.perf_counter() - started
    engine.dispose()
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": f"sqlite:///{database}",
            "SECRET_KEY": "bench",
            "SEARCH_INDEX_DIR": str(index_dir),
            "SEARCH_SYNC_ON_START": False,
        }
    )
    client = app.test_client()
    wanted = [json.loads(q) for q in queries()]
    for args in wanted:  # warm-up
        assert client.get("/search", query_string=args).status_code == 200  # noqa: S101
    times = []
    for _ in range(passes):
        for args in wanted:
            t0 = time.perf_counter()
            response = client.get("/search", query_string=args)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200  # noqa: S101
    return {"rebuild_s": rebuild_s, "times": times}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def side(code_root: Path, database: Path, work: Path, passes: int) -> dict[str, Any]:
    index_dir = work / "index"
    shutil.rmtree(index_dir, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code_root), "SEARCH_INDEX_DIR": str(index_dir)}
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(HERE), "--side", str(database), str(index_dir), str(passes)],
        cwd=code_root,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"the side in {code_root} failed:\n{done.stderr}")
    output = done.stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--side":
        print(json.dumps(run_side(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=10_000)
    parser.add_argument(
        "--baseline",
        help="a git revision to compare with (default: where this branch left main, so both "
        "sides share the database schema)",
    )
    parser.add_argument("--passes", type=int, default=2, help="timed passes over the queries")
    args = parser.parse_args()
    if args.baseline is None:
        args.baseline = subprocess.run(  # noqa: S603
            ["git", "merge-base", "HEAD", "main"],  # noqa: S607
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()[:12]
    with tempfile.TemporaryDirectory(prefix="search-http-") as tmp:
        work = Path(tmp)
        database = work / "bench.sqlite3"
        started = time.perf_counter()
        count = build_database(database, args.listings)
        print(f"database: {count:,} published listings ({time.perf_counter() - started:.0f} s)")
        baseline_root = work / "baseline"
        baseline_root.mkdir()
        archive = subprocess.run(  # noqa: S603
            ["git", "archive", args.baseline],  # noqa: S607
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(baseline_root)], input=archive, check=True)  # noqa: S603, S607
        results = {
            f"baseline ({args.baseline})": side(baseline_root, database, work, args.passes),
            "now": side(ROOT, database, work, args.passes),
        }
    print(f"{len(queries())} queries × {args.passes} timed passes, GET /search via the test client")
    print()
    print("| code | rebuild s | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        t = r["times"]
        print(
            f"| {name} | {r['rebuild_s']:.1f} | {statistics.median(t):.1f} | "
            f"{percentile(t, 95):.1f} | {max(t):.1f} |"
        )
    base, now = (percentile(r["times"], 95) for r in results.values())
    print()
    print(f"p95 ratio now/baseline: {now / base:.2f}")


if __name__ == "__main__":
    main()
