"""Benchmark (a report, no target): import 10,000 listing rows, beside a raw bulk insert.

    PYTHONPATH=. python benchmarks/import_bench.py [--rows 10000]

Each side gets its own fresh SQLite database (migrated, with the demo vocabulary) in a
temporary folder.

Ours, timed end to end as ``flask import-listings --yes`` runs it: read the CSV bytes (a
公共施設一覧 file in CP932), detect the layout, plan (normalise, geocode every distinct address
once with the offline geocoder, parse schedules, find duplicates against the directory and
within the file, validate), apply in one transaction (organizations, listings, locations,
schedules, category links, approved revisions), and commit — the session is followed by
``directory.search.tracking``, so the commit also writes the new listings to the search index
(read back from the database, one Whoosh writer, in batches). One process, nothing forked.

Baseline, in the same run: ``session.execute(insert(Listing), [...])`` of the same 10,000
listing rows, then ``insert(Location)``, ``insert(Schedule)`` and ``insert(listing_categories)``
of their rows (values precomputed: no parsing, geocoding, validation, revisions or index), one
commit. The import's speed target (≤ 3× this) was withdrawn with the fork machinery (issue 15):
the figures are printed to watch, with the peak memory of the process.

Synthetic rows imitate a municipality's file: 200 organizations, addresses in 30 of the demo
town's 町丁目 with varied block numbers, 40 schedule wordings, a few rows with problems.
The last line is ``ratio import/raw time: X``.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from directory import interop
from directory.db import make_engine
from directory.interop import Action
from directory.models import (
    Category,
    Listing,
    Location,
    Organization,
    OrganizationKind,
    Schedule,
    listing_categories,
)
from directory.permissions import SystemActor
from directory.search import lifecycle, tracking
from geo.geocoding import OfflineGeocoder
from seeds.loader import load_vocabulary
from webapp import migrations as schema

TOWNS = [
    "城北町", "大和町", "中央一丁目", "中央二丁目", "川口一丁目", "川口二丁目", "桜町一丁目",
    "桜町二丁目", "桜町三丁目", "桜町四丁目", "東崎町", "文京町", "真鍋一丁目", "真鍋二丁目",
    "真鍋新町", "東真鍋町", "下高津一丁目", "下高津二丁目", "下高津三丁目", "下高津四丁目",
    "上高津", "荒川沖東一丁目", "荒川沖東二丁目", "荒川沖西一丁目", "荒川沖西二丁目",
    "神立中央一丁目", "神立中央二丁目", "永国", "小松一丁目", "小松二丁目",
]  # fmt: skip
DAYS = ["月", "火", "水", "木", "金", "土", "日"]
CATEGORIES = [
    "居場所",
    "高齢者サロン",
    "通いの場",
    "こども食堂",
    "子育てひろば",
    "学習支援",
    "運動・健康づくり",
]
HEADER = "名称,名称_カナ,住所,方書,電話番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,カテゴリー,郵便番号"


def make_rows(count: int, rng: random.Random) -> list[list[str]]:
    schedules = []
    for i in range(40):
        day = DAYS[i % 7]
        start = 9 + i % 8
        note = ["", "祝日は休み", "年末年始は休み", "第3週は休み", "雨天中止"][i % 5]
        schedules.append((day, f"{start}:00", f"{start + 2}:00", note))
    rows = []
    for i in range(count):
        town = TOWNS[rng.randrange(len(TOWNS))]
        day, start, end, note = schedules[rng.randrange(len(schedules))]
        rows.append([
            f"地域の活動{i}", f"チイキノカツドウ{i}", f"茨城県土浦市{town}{rng.randint(1, 40)}-{rng.randint(1, 20)}",
            "集会所" if i % 3 == 0 else "", f"029-800-{i % 10000:04d}", f"活動団体{i % 200}",
            day, start, end, note, f"{town}で開く地域の活動です。どなたでも参加できます。",
            CATEGORIES[i % len(CATEGORIES)], f"３００－{i % 10000:04d}",
        ])  # fmt: skip
    rows[7][0] = ""  # a row without a name: rejected
    rows[11][11] = "未登録の種類"  # an unknown category: rejected
    return rows


def to_csv(rows: list[list[str]]) -> bytes:
    return ("\r\n".join([HEADER, *(",".join(r) for r in rows)]) + "\r\n").encode("cp932")


def fresh_database(folder: Path, name: str) -> Session:
    engine = make_engine(f"sqlite:///{folder / name}")
    schema.upgrade(engine)
    session = Session(engine, expire_on_commit=False)
    load_vocabulary(session)
    session.commit()
    return session


def run_import(session: Session, data: bytes, index_dir: Path) -> int:
    lifecycle.create(index_dir)  # a new town's empty index: the import's commit syncs into it
    tracking.follow(session, index_dir)
    marks = [time.perf_counter()]
    table = interop.read_upload(data)
    mapping = interop.map_columns(table.headers)
    marks.append(time.perf_counter())
    plan = interop.plan_import(
        session, table, mapping, geocoder=OfflineGeocoder(home_prefecture="茨城県")
    )
    marks.append(time.perf_counter())
    result = interop.apply_plan(
        session, plan, actor=SystemActor("benchmark"), now=datetime.now(UTC)
    )
    marks.append(time.perf_counter())
    session.commit()  # and the after-commit index write
    marks.append(time.perf_counter())
    assert not lifecycle.drift(session, index_dir)  # noqa: S101 (all of it is searchable)
    phases = ("read", "plan", "apply", "commit+index")
    spent = "、".join(
        f"{p} {b - a:.2f} s" for p, a, b in zip(phases, marks, marks[1:], strict=False)
    )
    print(f"import phases: {spent}")
    return len(result.created) if plan.counts[Action.CREATE] else 0


def run_raw(session: Session, rows: list[list[str]]) -> int:
    org = Organization(name="一括", kind=OrganizationKind.VOLUNTARY)
    session.add(org)
    session.flush()
    ids = session.scalars(
        insert(Listing).returning(Listing.id, sort_by_parameter_order=True),
        [{"organization_id": org.id, "name": r[0] or "（名称なし）", "kana": r[1], "description": r[10],
          "contact_phone": r[4], "tags": [], "languages": ["ja"], "features": []} for r in rows],
    ).all()  # fmt: skip
    session.execute(
        insert(Location),
        [
            {"listing_id": i, "address": r[2], "postal_code": r[12]}
            for i, r in zip(ids, rows, strict=True)
        ],
    )
    session.execute(
        insert(Schedule),
        [{"listing_id": i, "text": f"{r[6]} {r[7]}〜{r[8]} {r[9]}", "spec": {}} for i, r in zip(ids, rows, strict=True)],
    )  # fmt: skip
    category_ids = {label: i for label, i in session.execute(select(Category.label, Category.id))}
    session.execute(
        insert(listing_categories),
        [
            {"listing_id": i, "category_id": category_ids[r[11]]}
            for i, r in zip(ids, rows, strict=True)
            if r[11] in category_ids
        ],
    )
    session.commit()
    return len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    rows = make_rows(args.rows, random.Random(42))
    data = to_csv(rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours_session = fresh_database(folder, "import.sqlite3")
        t0 = time.perf_counter()
        created = run_import(ours_session, data, folder / "index")
        ours = time.perf_counter() - t0
        assert ours_session.scalar(select(Listing.id).limit(1)) is not None  # noqa: S101
        ours_session.close()

        raw_session = fresh_database(folder, "raw.sqlite3")
        t0 = time.perf_counter()
        inserted = run_raw(raw_session, rows)
        raw = time.perf_counter() - t0
        raw_session.close()

    print(f"rows: {args.rows:,} ({len(data):,} bytes of CP932 CSV)")
    print(
        f"import (read, plan, geocode, parse, write, index): {ours:.2f} s, {created / ours:,.0f} rows/s ({created:,} listings)"
    )
    print(
        f"raw bulk insert (listings, locations, schedules, categories): {raw:.3f} s, {inserted / raw:,.0f} rows/s"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MB")
    print(f"ratio import/raw time: {ours / raw:.2f}")


if __name__ == "__main__":
    main()
