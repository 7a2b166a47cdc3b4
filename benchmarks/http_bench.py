"""Benchmark: what people feel — public pages over HTTP under the production server.

    PYTHONPATH=. python benchmarks/http_bench.py [--sizes 1000,10000,100000] [--seconds 10]
        [--clients 8] [--workers 2] [--database postgresql+psycopg://postgres@127.0.0.1:5432/bench_http]
        [--keep DIR]

For each size N: a fresh PostgreSQL database (dropped and created; its name must contain
"bench"), migrated, with the demo vocabulary and areas, and N listings imported through the
import path in files of 10,000 rows (``benchmarks/import_bench.py``'s synthetic 公共施設一覧),
then indexed the way the app does it. The app (``benchmarks/http_app.py``: the real app plus
a hello-world route) is started under gunicorn with ``--workers`` workers, and each route is
loaded for ``--seconds`` by ``--clients`` client threads with keep-alive connections:

    /                      the home page (counts, the coming week)
    /search?q=…            mixed queries, some with facets, some with a radius
    /listings/<id>         a random published listing
    /listings?page=…       the listing browser, one of its first 20 pages (reading order)
    /map                   the area map's page (its list: the first 200 listings by 地区)
    /api/v1/listings?q=…   the JSON API's search
    /_bench/hello          the same server doing nothing

    /map/points.json?…     the area map's markers for a view: the whole directory (zoom 11),
                           a district (zoom 14), a street (zoom 16); every pin at once up to
                           MAP_POINTS_AT_ONCE (2,000), else the view's pins or counts by square

``--keep DIR`` keeps each size's data to load it again: the database ``<name>_<size>`` and
the index ``DIR/index-<size>``, prepared as above the first time (the index rebuilt when an older
version wrote it), reused while the database holds that many published listings
(100,000 listings take 10–20 minutes to import and index on two cores; a run over the three
sizes is then a quarter of an hour). Without it, each size is prepared afresh in the one
database and a temporary folder.

Before loading, it times the first request after start (``/``) and waits until every worker's
start-up work is done (``/healthz`` says ``"upkeep": "ready"``). It prints req/s and
p50/p95/p99 per route and size; then, for the last size, ``ratio
home/listing p95`` and ``ratio search/hello rps``, and for each route ``growth <first>→<last>
p95``; and the errors seen when 50 clients load all routes at once. The goals (issue 20):
growth ≤ 2, home/listing ≤ 3, search/hello ≥ 0.25, no error at 50 clients.

The client threads share the machine with the server: absolute req/s depend on it; the ratios
are measured in the same run.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parent))
import import_bench  # noqa: E402 (the synthetic rows of the import benchmark)

from directory import interop, upcoming  # noqa: E402
from directory.db import make_engine  # noqa: E402
from directory.models import Listing, ListingStatus, Location  # noqa: E402
from directory.permissions import SystemActor  # noqa: E402
from directory.search import lifecycle, tracking  # noqa: E402
from geo.geocoding import OfflineGeocoder  # noqa: E402
from seeds.loader import load_landmarks, load_vocabulary  # noqa: E402
from webapp import migrations as schema  # noqa: E402

QUERIES = [
    "サロン", "こども食堂", "体操", "居場所", "地域の活動", "学習支援", "集会所",
    "どなたでも", "子育て", "健康づくり", "荒川沖", "神立", "真鍋",
]  # fmt: skip
FACETS = ["", "", "&category=salon", "&weekday=2", "&near=daiichi&within=2", "&free=yes"]
ROWS_PER_FILE = 10_000


def prepare(url: str, size: int, index: Path) -> list[int]:
    admin = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    if "bench" not in name:
        raise SystemExit(f"refusing to drop database {name!r}: its name must contain 'bench'")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(url)
    schema.upgrade(engine)
    rng = random.Random(size)
    started = time.perf_counter()
    with Session(engine) as session:
        load_vocabulary(session)
        load_landmarks(session)
        upcoming.extend(session, datetime.now(UTC).date())
        session.commit()
        lifecycle.create(index)  # empty: each file's commit syncs its listings into it
        tracking.follow(session, index)
        for first in range(0, size, ROWS_PER_FILE):
            rows = import_bench.make_rows(min(ROWS_PER_FILE, size - first), rng)
            for i, row in enumerate(rows):
                row[0] = row[0].replace("地域の活動", f"地域の活動{first}-") if row[0] else ""
                row[5] = f"活動団体{(first + i) % 500}"
            table = interop.read_upload(import_bench.to_csv(rows))
            plan = interop.plan_import(
                session, table, interop.map_columns(table.headers),
                geocoder=OfflineGeocoder(home_prefecture="茨城県"),
            )  # fmt: skip
            interop.apply_plan(session, plan, actor=SystemActor("benchmark"), now=datetime.now(UTC))
            session.commit()  # the commit indexes the new listings
        ids = list(
            session.scalars(select(Listing.id).where(Listing.status == ListingStatus.PUBLISHED))
        )
    engine.dispose()
    print(f"  {size:,} listings imported and indexed in {time.perf_counter() - started:.0f} s")
    return ids


def kept(url: str, size: int, index: Path) -> list[int] | None:
    """The published listings of a database kept by an earlier run (``--keep``), when it
    holds ``size`` of them and its index folder is there; else None (prepared afresh)."""
    if not index.is_dir():
        return None
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            ids = list(
                session.scalars(select(Listing.id).where(Listing.status == ListingStatus.PUBLISHED))
            )
    except OperationalError:  # no such database yet
        return None
    finally:
        engine.dispose()
    if len(ids) < size * 0.99:  # a few rows of the import are refused as duplicates
        return None
    print(f"  {len(ids):,} listings kept from an earlier run ({url.rsplit('/', 1)[1]}, {index})")
    started = time.perf_counter()
    with Session(make_engine(url)) as session:
        if lifecycle.outdated(index) or lifecycle.drift(session, index):
            # An index of an older version (other fields, or entries written by an older
            # format: their fingerprints differ) would be rebuilt or repaired by the app's
            # start-up work while it is being loaded.
            lifecycle.rebuild(session, index)
            print(
                f"  its index was an older version's: rebuilt in {time.perf_counter() - started:.0f} s"
            )
    return ids


class Server:
    def __init__(self, url: str, index: Path, workers: int, log: Path) -> None:
        env = {**os.environ, "DATABASE_URL": url, "SEARCH_INDEX_DIR": str(index),
               "SECRET_KEY": "bench", "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), "."])}  # fmt: skip
        self.log = log
        self.process = subprocess.Popen(  # noqa: S603 (gunicorn of this environment)
            [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind",
             "127.0.0.1:0", "--error-logfile", str(log), "--backlog", "256",
             "-c", "python:webapp.gunicorn_conf", "http_app:app"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        self.port = 0
        while not self.port and time.monotonic() < deadline:
            found = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", _read(log))
            self.port = int(found.group(1)) if found else 0
            time.sleep(0.1)
        if not self.port:
            raise SystemExit(f"gunicorn did not start:\n{_read(log)}")
        # Every worker booted and warmed up (webapp.gunicorn_conf) before it takes a request.
        while time.monotonic() < deadline and _read(log).count("warmed up in") < workers:
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def load(port: int, paths: list[str], seconds: float, clients: int) -> tuple[list[float], int]:
    """Latencies (s) of the successful requests, and how many failed, for ``paths`` cycled."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        failed = 0
        i = offset
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status >= 500:
                    failed += 1
                else:
                    mine.append(time.perf_counter() - started)
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client, args=(n * 7,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def time_one(port: int, path: str) -> float:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    conn.request("GET", path)
    conn.getresponse().read()
    conn.close()
    return time.perf_counter() - started


def wait_ready(port: int, workers: int, timeout: float = 300) -> float:
    """Seconds until /healthz says "ready" many times in a row (each worker's start-up work —
    warming caches, the first drift check — done), so the load measures the steady state."""
    started = time.monotonic()
    in_a_row = 0
    while in_a_row < 10 * workers and time.monotonic() - started < timeout:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/healthz")
        body = conn.getresponse().read()
        conn.close()
        in_a_row = in_a_row + 1 if b'"upkeep":"ready"' in body.replace(b" ", b"") else 0
        time.sleep(0.05)
    return time.monotonic() - started


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def map_views(url: str) -> list[str]:
    """What the area map asks for as a visitor looks: the whole directory, then closer in
    around its middle, then a street at the place most listings share."""
    engine = make_engine(url)
    with engine.connect() as conn:
        south, west, north, east = conn.execute(
            select(func.min(Location.lat), func.min(Location.lon),
                   func.max(Location.lat), func.max(Location.lon))
        ).one()  # fmt: skip
        busiest = conn.execute(
            select(Location.lat, Location.lon).where(Location.lat.is_not(None))
            .group_by(Location.lat, Location.lon).order_by(func.count().desc()).limit(1)
        ).one()  # fmt: skip
    engine.dispose()
    middle = ((south + north) / 2, (west + east) / 2)
    views = [((south, west), (north, east), 11)]
    for (lat, lon), half, zoom in ((middle, 0.03, 14), (busiest, 0.006, 16)):
        views.append(((lat - half, lon - 1.5 * half), (lat + half, lon + 1.5 * half), zoom))
    return [
        f"/map/points.json?bbox={w:.5f},{s:.5f},{e:.5f},{n:.5f}&zoom={zoom}"
        for (s, w), (n, e), zoom in views
    ]


def routes(ids: list[int], views: list[str], rng: random.Random) -> dict[str, list[str]]:
    searches = [f"/search?q={quote(q)}{rng.choice(FACETS)}" for q in QUERIES for _ in range(3)]
    return {
        "/": ["/"],
        "/search": searches,
        "/listings/<id>": [f"/listings/{rng.choice(ids)}" for _ in range(200)],
        "/listings": [f"/listings?page={rng.randint(1, 20)}" for _ in range(50)],
        "/map": ["/map"],
        "/map/points.json": views,
        "/api/v1/listings": [f"/api/v1/listings?q={quote(q)}" for q in QUERIES],
        "hello": ["/_bench/hello"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--database", default="postgresql+psycopg://postgres@127.0.0.1:5432/bench_http"
    )
    parser.add_argument("--keep", type=Path, help="keep and reuse each size's data here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, tuple[float, float, float, float]]] = defaultdict(dict)
    burst_errors: dict[int, int] = {}
    for size in sizes:
        print(f"size {size:,}:")
        with tempfile.TemporaryDirectory() as tmp:
            url, index = args.database, Path(tmp) / "index"
            if args.keep is not None:
                url, index = f"{args.database}_{size}", args.keep / f"index-{size}"
            ids = kept(url, size, index) if args.keep is not None else None
            if ids is None:
                shutil.rmtree(index, ignore_errors=True)
                ids = prepare(url, size, index)
            server = Server(url, index, args.workers, Path(tmp) / "gunicorn.log")
            try:
                first_home = time_one(server.port, "/")
                ready = wait_ready(server.port, args.workers)
                print(f"  first request after start (/): {first_home * 1000:.0f} ms;"
                      f" start-up work done after {ready:.1f} s")  # fmt: skip
                rng = random.Random(1)
                table = routes(ids, map_views(url), rng)
                for name, paths in table.items():
                    load(server.port, paths, 2, args.clients)  # warm-up
                    latencies, errors = load(server.port, paths, args.seconds, args.clients)
                    rps = len(latencies) / args.seconds
                    p50, p95, p99 = (percentile(latencies, p) * 1000 for p in (50, 95, 99))
                    results[size][name] = (rps, p50, p95, p99)
                    print(f"  {name:18} {rps:8.1f} req/s  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms"
                          f"  p99 {p99:7.1f} ms  errors {errors}")  # fmt: skip
                everything = [p for paths in table.values() for p in paths]
                _, errors = load(server.port, everything, 5, 50)
                burst_errors[size] = errors
                print(f"  50 clients on every route for 5 s: {errors} errors")
            finally:
                server.stop()
    last, first = sizes[-1], sizes[0]
    final = results[last]
    print(f"ratio home/listing p95: {final['/'][2] / final['/listings/<id>'][2]:.2f}")
    print(f"ratio search/hello rps: {final['/search'][0] / final['hello'][0]:.3f}")
    if len(sizes) > 1:
        for name in final:
            growth = final[name][2] / results[first][name][2]
            print(f"growth {first // 1000}k→{last // 1000}k p95 {name}: {growth:.2f}")
    print(f"errors with 50 clients: {sum(burst_errors.values())}")


if __name__ == "__main__":
    main()
