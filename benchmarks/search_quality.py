"""Search quality on the demo town: our search against SQLite FTS5 trigram, same text, same run.

    PYTHONPATH=. python benchmarks/search_quality.py [--queries benchmarks/search_queries.toml]
        [--kind typo] [--show]

The queries are written the way residents type on a phone (particles and request phrases, one
wrong character, okurigana, kana for kanji words, romaji, English, words that are really
filters or places, areas, weekdays, targets, several words, whole sentences as spoken into
voice input, needs said as problems); each lists the demo listings a
careful reader judged relevant (2) or related (1) — judged by reading the listings, never by
running an engine (see the file's header).

The demo town is loaded into a fresh SQLite database in a temporary folder and indexed.

- **ours**: the search use case as the /search page calls it (``directory.search.service``,
  public audience, 10 per page; query understanding included), timed end to end per query
  (understanding, ranking, loading the page's rows and snippets). What the page lists counts:
  when a weekday or time typed into the box leaves nothing (「書道 土曜日」), the page lists the
  first matches on other days under the zero-result suggestions, and those are its results.
- **fts5**: an SQLite FTS5 table with the ``trigram`` tokenizer over exactly the text our index
  holds for each listing (name, kana, tags, category and target labels, description, place,
  organization, area, schedule, cost), NFKC-normalised on both sides; each whitespace-separated
  word must occur (``MATCH`` for words of 3+ characters, ``LIKE`` for shorter ones, as trigram
  needs 3), ranked by ``bm25``.

Per kind of query and overall: nDCG@10 (graded 2/1, ideal order from all judged listings), MRR
(first relevant-or-related result in the top 10), recall@10 (judged listings in the top 10 over
all judged, capped at 10), the number of queries with no result at all, and p95 latency. One
warm-up pass, then one timed pass. ``--show`` lists each query's top five for both. The last
line is ``nDCG@10 ours: X``.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import statistics
import sys
import tempfile
import time
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from directory.browse import Audience, listing_load_options  # noqa: E402
from directory.db import make_engine  # noqa: E402
from directory.models import Listing, ListingStatus, Visibility  # noqa: E402
from directory.search import lifecycle  # noqa: E402
from directory.search import service as search_service  # noqa: E402
from directory.search.index import document  # noqa: E402
from directory.search.ranking import Ranker  # noqa: E402
from geo.geocoding import OfflineGeocoder  # noqa: E402
from seeds.loader import load_demo  # noqa: E402
from webapp import migrations as schema  # noqa: E402

DEFAULT_QUERIES = Path(__file__).resolve().parent / "search_queries.toml"
SEED_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
K = 10


@dataclass(frozen=True)
class Judged:
    text: str
    kind: str
    grades: dict[str, int]  # listing key → 2 (relevant) or 1 (related)


def load_queries(path: Path) -> list[Judged]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    queries = []
    for row in data["query"]:
        grades = {key: 1 for key in row.get("related", [])}
        grades.update({key: 2 for key in row.get("relevant", [])})
        queries.append(Judged(row["q"], row["kind"], grades))
    return queries


def ndcg(found: list[str], grades: dict[str, int], k: int = K) -> float:
    def dcg(gains: list[int]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in found]) / ideal if ideal else 0.0


def reciprocal_rank(found: list[str], grades: dict[str, int], k: int = K) -> float:
    for i, key in enumerate(found[:k]):
        if grades.get(key):
            return 1 / (i + 1)
    return 0.0


def recall(found: list[str], grades: dict[str, int], k: int = K) -> float:
    if not grades:
        return 0.0
    return len(set(found[:k]) & set(grades)) / min(len(grades), k)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# ---- the two engines ---------------------------------------------------------------------


def ours(session: Session, ranker: Ranker, keys: dict[int, str]) -> Callable[[str], list[str]]:
    geocoder = OfflineGeocoder(home_prefecture="茨城県")
    lookup = getattr(search_service, "place_lookup", None)  # (code before issue 16 has none)

    def run(text: str) -> list[str]:
        criteria = search_service.Criteria(text=text, per_page=K)
        kwargs = {"places": lookup(session, geocoder)} if lookup else {}  # one per search
        result = search_service.search(session, ranker, criteria, Audience.PUBLIC, **kwargs)
        # What the page lists: when a weekday or time typed leaves nothing, the page lists the
        # first matches on other days under its suggestions (code before that has none).
        shown = result.hits or getattr(result, "other_time_hits", ())
        found = [keys[hit.listing.id] for hit in shown]
        session.rollback()  # what a request does at its end: nothing stays loaded
        return found

    return run


def fts5(session: Session, keys: dict[int, str]) -> Callable[[str], list[str]]:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(key UNINDEXED, name, tags, body, tokenize='trigram')"
    )
    listings = session.scalars(
        select(Listing)
        .where(Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC)
        .options(*listing_load_options())
    )
    for listing in listings:
        doc = document(listing)
        db.execute(
            "INSERT INTO fts VALUES (?, ?, ?, ?)",
            (keys[listing.id], _nfkc(doc.name), _nfkc(doc.tags), _nfkc(doc.body)),
        )
    db.commit()

    def run(text: str) -> list[str]:
        words = [w for w in _nfkc(text).split() if w]
        long_words = [w for w in words if len(w) >= 3]
        clauses: list[str] = []
        params: list[str] = []
        if long_words:
            clauses.append("fts MATCH ?")
            params.append(" AND ".join('"' + w.replace('"', "") + '"' for w in long_words))
        for w in words:
            if len(w) < 3:
                clauses.append("(name LIKE ? OR tags LIKE ? OR body LIKE ?)")
                params.extend([f"%{w}%"] * 3)
        if not clauses:
            return []
        order = " ORDER BY bm25(fts, 3.0, 2.0, 1.0)" if long_words else ""
        rows = db.execute(
            f"SELECT key FROM fts WHERE {' AND '.join(clauses)}{order} LIMIT {K}",  # noqa: S608
            params,
        )
        return [row[0] for row in rows]

    return run


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# ---- the run -------------------------------------------------------------------------------


@dataclass
class Outcome:
    found: list[str]
    ms: float


def measure(run: Callable[[str], list[str]], queries: list[Judged]) -> list[Outcome]:
    for q in queries:  # warm-up: caches, SQLite's pages, the analyser's dictionary
        run(q.text)
    outcomes = []
    for q in queries:
        start = time.perf_counter()
        found = run(q.text)
        outcomes.append(Outcome(found, (time.perf_counter() - start) * 1000))
    return outcomes


def summary(
    queries: list[Judged], outcomes: list[Outcome]
) -> tuple[float, float, float, int, float]:
    n = len(queries)
    return (
        sum(ndcg(o.found, q.grades) for q, o in zip(queries, outcomes, strict=True)) / n,
        sum(reciprocal_rank(o.found, q.grades) for q, o in zip(queries, outcomes, strict=True)) / n,
        sum(recall(o.found, q.grades) for q, o in zip(queries, outcomes, strict=True)) / n,
        sum(1 for o in outcomes if not o.found),
        percentile([o.ms for o in outcomes], 95),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=DEFAULT_QUERIES)
    parser.add_argument("--kind", help="only the queries of this kind")
    parser.add_argument("--show", action="store_true", help="each query's top five, both engines")
    args = parser.parse_args()
    queries = load_queries(args.queries)
    if args.kind:
        queries = [q for q in queries if q.kind == args.kind]

    with tempfile.TemporaryDirectory(prefix="search-quality-") as work:
        engine = make_engine(f"sqlite:///{Path(work) / 'demo.sqlite3'}")
        schema.upgrade(engine)
        with Session(engine) as session:
            load_demo(session, now=SEED_TIME)
            session.commit()
        index_dir = Path(work) / "index"
        with Session(engine) as session:
            lifecycle.rebuild(session, index_dir)
        ranker = Ranker(index_dir)
        with Session(engine) as session:
            keys = {i: k for i, k in session.execute(select(Listing.id, Listing.source_key)) if k}
            results = {
                "ours": measure(ours(session, ranker, keys), queries),
                "fts5": measure(fts5(session, keys), queries),
            }
        ranker.close()
        engine.dispose()

    if args.show:
        for i, q in enumerate(queries):
            print(f"[{q.kind}] {q.text}")
            for name, outcomes in results.items():
                marks = [
                    f"{k}{'**' if q.grades.get(k) == 2 else '*' if q.grades.get(k) else ''}"
                    for k in outcomes[i].found[:5]
                ]
                print(
                    f"   {name}: ndcg {ndcg(outcomes[i].found, q.grades):.2f}  {' '.join(marks) or '(none)'}"
                )
        print()

    kinds = sorted({q.kind for q in queries}, key=[q.kind for q in queries].index)
    print(f"{len(queries)} queries, public audience, top {K}")
    print()
    print("| kind | n | engine | nDCG@10 | MRR | recall@10 | no result | p95 ms |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(queries):
        by_kind[q.kind].append(i)
    for kind in [*kinds, "all"]:
        rows = list(range(len(queries))) if kind == "all" else by_kind[kind]
        subset = [queries[i] for i in rows]
        for name, outcomes in results.items():
            n_dcg, mrr, rec, zero, p95 = summary(subset, [outcomes[i] for i in rows])
            label = f"**{kind}**" if kind == "all" else kind
            print(
                f"| {label} | {len(rows)} | {name} | {n_dcg:.3f} | {mrr:.3f} | {rec:.3f} | "
                f"{zero} | {p95:.1f} |"
            )
    overall = summary(queries, results["ours"])
    print()
    print(f"median latency ours: {statistics.median(o.ms for o in results['ours']):.1f} ms")
    print(f"nDCG@10 ours: {overall[0]:.3f}")


if __name__ == "__main__":
    main()
