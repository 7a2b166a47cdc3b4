"""Search benchmark: our index against full-text engines fed the same tokens, same run.

    python benchmarks/search_bench.py --listings 10000 [--postgres postgresql+psycopg://…/bench]

Generates N realistic synthetic listings (names, tags, descriptions built from the words
organisers use), builds the indexes, then runs the same mixed queries (one-character,
two-character, long words, two words, variants and synonyms, some with facets for ours)
against each: one untimed warm-up pass, one timed pass. Prints build time, index size, peak
memory, p50/p95 latency, the time until a single-listing update is findable.

The fair peers are given *our* tokens (the analyzer's bigrams, folded kana and variants), so
they answer the same question and only the engine differs:

- **FTS5 (our tokens)**: an SQLite FTS5 table of the documents' tokens joined by spaces
  (``unicode61`` splits on them), queried with our parsed query (AND of words, OR of each
  word's alternatives, AND of an alternative's tokens), ranked by bm25.
- **PostgreSQL tsvector (our tokens)**, with ``--postgres``: ``to_tsvector('simple', tokens)``
  under a GIN index, the same query as a ``tsquery``, ranked by ``ts_rank``.
- ``LIKE '%q%'`` and FTS5 trigram stay as naive baselines (they fold neither kana nor variants,
  and trigram cannot index two-character words, so they mostly measure a scan).

What is timed for ours is the ranker call (text match, facets with counts, sort, one page of
ids) — the work a search request does before it loads that page's 20 rows from the database;
the peers return the ids of every match (the total is needed for the count). Ours is built with
the writer the app uses (``lifecycle.write_documents``: Whoosh's writer, one process). Last line:
``p95 ratio fts5-tokens/ours: X``.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from directory.search import lifecycle  # noqa: E402
from directory.search.analyzer import analyzer  # noqa: E402
from directory.search.index import Document  # noqa: E402
from directory.search.query import parse  # noqa: E402
from directory.search.ranking import Ranker  # noqa: E402

AREAS = [
    "城北",
    "中央",
    "荒川沖",
    "神立",
    "真鍋",
    "都和",
    "上大津",
    "右籾",
    "新治",
    "乙戸",
    "大岩田",
    "桜川",
]
KINDS = [
    ("こども食堂", "kodomo_shokudo"),
    ("子ども食堂", "kodomo_shokudo"),
    ("子供食堂", "kodomo_shokudo"),
    ("いきいきサロン", "salon"),
    ("ふれあいサロン", "salon"),
    ("通いの場", "kayoinoba"),
    ("居場所", "ibasho"),
    ("たまり場", "ibasho"),
    ("認知症カフェ", "ninchisho_cafe"),
    ("オレンジカフェ", "ninchisho_cafe"),
    ("子育てひろば", "kosodate"),
    ("学習支援教室", "gakushu"),
    ("無料塾", "gakushu"),
    ("就労体験", "shuro"),
    ("職場体験", "shuro"),
    ("調理ボランティア", "volunteer"),
    ("清掃ボランティア", "volunteer"),
    ("手芸サークル", "shogai_gakushu"),
    ("書道教室", "shogai_gakushu"),
    ("日本語教室", "tabunka"),
    ("国際交流会", "tabunka"),
    ("健康体操", "kenko"),
    ("ウォーキングの会", "kenko"),
    ("フードパントリー", "shokuryo"),
]
TOPICS = [
    "お茶",
    "おしゃべり",
    "将棋",
    "囲碁",
    "カラオケ",
    "料理",
    "手芸",
    "編み物",
    "書道",
    "体操",
    "ヨガ",
    "散歩",
    "畑",
    "農業",
    "野菜づくり",
    "読書",
    "宿題",
    "英会話",
    "日本語",
    "パソコン",
    "スマホ",
    "子育て相談",
    "絵本",
    "工作",
    "音楽",
    "合唱",
    "麻雀",
    "映画",
    "昼食",
    "お弁当",
]
SENTENCES = [
    "{area}の公民館で、{t1}や{t2}を楽しみながら過ごす会です。",
    "どなたでも参加できます。初めての方も{t1}の道具を貸し出します。",
    "ボランティアのスタッフが{t1}の準備をしてお待ちしています。",
    "障がいのある方、お年寄り、子育て中の方も気軽にお越しください。",
    "月に一度、地域の人と{t2}をして交流しています。",
    "参加費は無料です。{t1}のあとはみんなでお茶を飲みます。",
    "ひきこもりがちな若者の居場所として、{t2}の時間をつくっています。",
    "送迎が必要な方はご相談ください。車いすでも入れます。",
    "{area}地区の社会福祉協議会と一緒に運営しています。",
    "食材は農家さんから寄付をいただいています。",
]
TARGETS = ["everyone", "seniors", "disability", "children", "parents", "youth", "low_income"]
QUERIES = [
    "こども食堂",
    "子供食堂",
    "食堂",
    "茶",
    "お茶",
    "サロン",
    "ｻﾛﾝ",
    "居場所",
    "たまり場",
    "農業",
    "畑",
    "手芸",
    "料理 ボランティア",
    "ボランティア",
    "就労体験",
    "職場体験",
    "認知症カフェ",
    "日本語教室",
    "体操",
    "ウォーキング",
    "フードパントリー",
    "お年寄り",
    "障害",
    "障がい",
    "宿題",
    "スマホ",
    "書道",
    "囲碁 将棋",
    "子育て相談",
    "無料",
    "英会話",
    "カラオケ",
    "映画",
    "麻雀",
    "送迎",
    "車いす",
    "若者",
    "野菜",
    "絵本",
    "城北 サロン",
]


def synthetic(n: int, seed: int = 7) -> list[Document]:
    rnd = random.Random(seed)
    docs = []
    for i in range(1, n + 1):
        area = rnd.choice(AREAS)
        kind, category = rnd.choice(KINDS)
        t1, t2 = rnd.sample(TOPICS, 2)
        name = f"{area}{rnd.choice(['', 'みんなの', 'ひだまり ', 'さくら '])}{kind}"
        if rnd.random() < 0.3:
            name += f" {t1}の会"
        body = "".join(
            s.format(area=area, t1=t1, t2=t2) for s in rnd.sample(SENTENCES, rnd.randint(2, 5))
        )
        tags = " ".join(rnd.sample(TOPICS, 3))
        weekdays = [str(d) for d in sorted(rnd.sample(range(7), rnd.randint(1, 2)))]
        docs.append(
            Document(
                listing_id=i,
                fingerprint="bench",
                name=name,
                tags=tags,
                body=f"{body}\n{area}地区",
                facets={
                    "visibility": "public" if rnd.random() < 0.9 else "coordinators",
                    "category": [category],
                    "target": rnd.sample(TARGETS, 2),
                    "weekday": weekdays,
                    "time": [rnd.choice(["morning", "afternoon", "evening"])],
                    "access": ["wheelchair"] if rnd.random() < 0.3 else [],
                    "language": ["ja"] + (["en"] if rnd.random() < 0.1 else []),
                    "area": area,
                    "free": "yes" if rnd.random() < 0.4 else None,
                    "referrals": "yes" if rnd.random() < 0.5 else None,
                },
                point=(36.08 + rnd.uniform(-0.05, 0.05), 140.2 + rnd.uniform(-0.05, 0.05)),
                sort_key=name,
            )
        )
    return docs


def mixed_queries(count: int, seed: int = 11) -> list[tuple[str, dict[str, list[str]]]]:
    rnd = random.Random(seed)
    result = []
    for i in range(count):
        q = QUERIES[i % len(QUERIES)]
        facets: dict[str, list[str]] = {}
        if rnd.random() < 0.3:
            facets["weekday"] = [str(rnd.randrange(7))]
        if rnd.random() < 0.2:
            facets["area"] = [rnd.choice(AREAS)]
        result.append((q, facets))
    return result


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(run, queries):  # type: ignore[no-untyped-def]
    for q in queries:  # warm-up: caches of all three engines, and SQLite's page cache
        run(q)
    times = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - start) * 1000)
    return times


def words(text: str) -> list[str]:
    return [w for w in text.replace("\u3000", " ").split() if w]


_ANALYZER = analyzer()


def tokens(text: str) -> str:
    """Our analyzer's tokens of ``text``, as a space-separated string for another engine."""
    return " ".join(t.text for t in _ANALYZER(text))


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts5_query(text: str) -> str:
    """Our parsed query in FTS5 syntax: words AND-ed, alternatives OR-ed, tokens AND-ed."""
    parts = []
    for alternatives in parse(text).query.words:
        options = [
            " AND ".join(_quoted(t) for t in alt.tokens) for alt in alternatives if alt.tokens
        ]
        if options:
            parts.append("(" + " OR ".join(f"({o})" for o in options) + ")")
    return " AND ".join(parts)


def tsquery(text: str) -> str:
    """The same query as a PostgreSQL tsquery over 'simple' lexemes."""

    def lexeme(token: str) -> str:
        return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"

    parts = []
    for alternatives in parse(text).query.words:
        options = [" & ".join(lexeme(t) for t in alt.tokens) for alt in alternatives if alt.tokens]
        if options:
            parts.append("(" + " | ".join(f"({o})" for o in options) + ")")
    return " & ".join(parts)


def postgres_peer(url: str, docs, queries):  # type: ignore[no-untyped-def]
    """Build time and query times of PostgreSQL's own full-text search fed our tokens."""
    from sqlalchemy import create_engine, text

    if "bench" not in url.rsplit("/", 1)[-1]:
        raise SystemExit("--postgres: the database name must contain 'bench' (it is written to)")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_docs"))
        conn.execute(text("CREATE TABLE bench_docs (id integer PRIMARY KEY, tsv tsvector)"))
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO bench_docs VALUES (:id, setweight(to_tsvector('simple', :name), 'A')"
                " || setweight(to_tsvector('simple', :tags), 'B') || to_tsvector('simple', :body))"
            ),
            [{"id": d.listing_id, "name": tokens(d.name), "tags": tokens(d.tags),
              "body": tokens(d.body)} for d in docs],
        )  # fmt: skip
        conn.execute(text("CREATE INDEX bench_docs_tsv ON bench_docs USING gin (tsv)"))
    build = time.perf_counter() - start
    compiled = {q: tsquery(q) for q, _ in queries}
    with engine.connect() as conn:

        def run(item):  # type: ignore[no-untyped-def]
            query = compiled[item[0]]
            if not query:
                return []
            return conn.execute(
                text(
                    "SELECT id FROM bench_docs WHERE tsv @@ to_tsquery('simple', :q)"
                    " ORDER BY ts_rank(tsv, to_tsquery('simple', :q)) DESC"
                ),
                {"q": query},
            ).fetchall()

        times = timed(run, queries)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE bench_docs"))
    engine.dispose()
    return build, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=240)
    parser.add_argument(
        "--postgres", default="", help="a PostgreSQL URL whose database name contains 'bench'"
    )
    args = parser.parse_args()
    n = args.listings
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        print(f"listings: {n:,}  queries: {args.queries} (warm-up pass, then timed pass)")
        docs = synthetic(n)
        queries = mixed_queries(args.queries)

        # ---- ours ----
        index_dir = work / "index"
        start = time.perf_counter()
        lifecycle.write_documents(index_dir, docs)  # the app's writer and settings
        build_ours = time.perf_counter() - start
        size_ours = sum(f.stat().st_size for f in index_dir.iterdir()) / 1e6
        ranker = Ranker(index_dir)
        start = time.perf_counter()
        ranker.refresh()
        load_ours = time.perf_counter() - start

        def ours(item):  # type: ignore[no-untyped-def]
            q, facets = item
            return ranker.search(parse(q).query, facets, public_only=True, limit=20)

        cold = []
        for item in queries:
            t0 = time.perf_counter()
            ours(item)
            cold.append((time.perf_counter() - t0) * 1000)
        t_ours = timed(ours, queries)

        # ---- SQLite: LIKE and FTS5 trigram ----
        db = sqlite3.connect(work / "bench.sqlite3")
        start = time.perf_counter()
        db.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT, tags TEXT, body TEXT)")
        db.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?)",
            ((d.listing_id, d.name, d.tags, d.body) for d in docs),
        )
        db.commit()
        build_like = time.perf_counter() - start
        start = time.perf_counter()
        db.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(name, tags, body, content='docs', "
            "content_rowid='id', tokenize='trigram')"
        )
        db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
        db.commit()
        build_fts = time.perf_counter() - start

        def like(item):  # type: ignore[no-untyped-def]
            ws = words(item[0])
            where = " AND ".join("(name || ' ' || tags || ' ' || body) LIKE ?" for _ in ws)
            return db.execute(
                f"SELECT id FROM docs WHERE {where}",  # noqa: S608 - placeholders only
                [f"%{w}%" for w in ws],
            ).fetchall()

        def fts(item):  # type: ignore[no-untyped-def]
            ws = words(item[0])
            long_words = [w for w in ws if len(w) >= 3]
            short = [w for w in ws if len(w) < 3]  # trigram MATCH needs 3+ characters
            clauses, params = [], []
            if long_words:
                clauses.append("fts MATCH ?")
                params.append(" AND ".join('"' + w.replace('"', "") + '"' for w in long_words))
            for w in short:
                clauses.append("(name LIKE ? OR tags LIKE ? OR body LIKE ?)")
                params.extend([f"%{w}%"] * 3)
            order = " ORDER BY bm25(fts)" if long_words else ""
            return db.execute(
                f"SELECT rowid FROM fts WHERE {' AND '.join(clauses)}{order}",  # noqa: S608
                params,
            ).fetchall()

        # FTS5 fed our tokens: one space-separated token string per field.
        start = time.perf_counter()
        db.execute("CREATE VIRTUAL TABLE tok USING fts5(name, tags, body, tokenize='unicode61')")
        db.executemany(
            "INSERT INTO tok(rowid, name, tags, body) VALUES (?, ?, ?, ?)",
            ((d.listing_id, tokens(d.name), tokens(d.tags), tokens(d.body)) for d in docs),
        )
        db.commit()
        build_tok = time.perf_counter() - start
        fts_queries = {q: fts5_query(q) for q, _ in queries}

        def fts_tokens(item):  # type: ignore[no-untyped-def]
            match = fts_queries[item[0]]
            if not match:
                return []
            return db.execute(
                "SELECT rowid FROM tok WHERE tok MATCH ? ORDER BY bm25(tok)", [match]
            ).fetchall()

        t_like = timed(like, queries)
        t_fts = timed(fts, queries)
        t_tok = timed(fts_tokens, queries)
        db.close()
        t_pg = build_pg = None
        if args.postgres:
            build_pg, t_pg = postgres_peer(args.postgres, docs, queries)
        size_db = (work / "bench.sqlite3").stat().st_size / 1e6

        # ---- one update, until a search finds it ----
        changed = docs[n // 2]
        marker = "ゆりかもめ探検隊"
        start = time.perf_counter()
        lifecycle.write_documents(
            index_dir,
            [
                Document(
                    listing_id=changed.listing_id,
                    fingerprint="bench-2",
                    name=f"{changed.name} {marker}",
                    tags=changed.tags,
                    body=changed.body,
                    facets={**changed.facets, "visibility": "public"},
                    point=changed.point,
                    sort_key=changed.sort_key,
                )
            ],
        )
        while (
            changed.listing_id
            not in ranker.search(parse(marker).query, {}, public_only=True).listing_ids
        ):
            time.sleep(0.001)
        update_ms = (time.perf_counter() - start) * 1000
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        print()
        print("| engine | build s | size MB | p50 ms | p95 ms |")
        print("| --- | ---: | ---: | ---: | ---: |")
        print(
            f"| LIKE '%q%' | {build_like:.1f} | {size_db:.1f} (db, incl. FTS) | "
            f"{statistics.median(t_like):.2f} | {percentile(t_like, 95):.2f} |"
        )
        print(
            f"| FTS5 trigram | {build_fts:.1f} | (in db) | "
            f"{statistics.median(t_fts):.2f} | {percentile(t_fts, 95):.2f} |"
        )
        print(
            f"| FTS5 (our tokens) | {build_tok:.1f} | (in db) | "
            f"{statistics.median(t_tok):.2f} | {percentile(t_tok, 95):.2f} |"
        )
        if t_pg is not None and build_pg is not None:
            print(
                f"| PostgreSQL tsvector (our tokens) | {build_pg:.1f} | | "
                f"{statistics.median(t_pg):.2f} | {percentile(t_pg, 95):.2f} |"
            )
        print(
            f"| ours | {build_ours:.1f} | {size_ours:.1f} | "
            f"{statistics.median(t_ours):.2f} | {percentile(t_ours, 95):.2f} |"
        )
        print()
        print(
            f"ours, first pass (cold posting cache): p50 {statistics.median(cold):.2f} ms, "
            f"p95 {percentile(cold, 95):.2f} ms; loading the index view: {load_ours:.2f} s"
        )
        print(f"single-listing update visible to search after: {update_ms:.0f} ms")
        print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")
        ranker.close()
        ours95 = percentile(t_ours, 95)
        print(f"p95 ratio like/ours: {percentile(t_like, 95) / ours95:.1f}")
        print(f"p95 ratio fts5-trigram/ours: {percentile(t_fts, 95) / ours95:.1f}")
        if t_pg is not None:
            print(f"p95 ratio postgres-tokens/ours: {percentile(t_pg, 95) / ours95:.1f}")
        print(f"p95 ratio fts5-tokens/ours: {percentile(t_tok, 95) / ours95:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
