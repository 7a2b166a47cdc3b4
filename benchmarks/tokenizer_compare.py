"""Bigram tokens against Janome words on the demo listings: time and recall.

    pip install janome && python benchmarks/tokenizer_compare.py

Recall: for each query of the relevance table (tests/directory/search/test_relevance.py), is
every listing that must be found *matchable* — does the listing's token set contain all the
query's tokens — under each tokenizer (same normalisation and variants for both; synonyms
off, so this measures the tokenizer alone, on the queries whose text literally occurs).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from directory.search.analyzer import index_tokens, normalize, word_tokens  # noqa: E402
from seeds.loader import listing_records  # noqa: E402
from tests.directory.search.test_relevance import CASES  # noqa: E402


def main() -> None:
    from janome.tokenizer import Tokenizer  # type: ignore[import-not-found]

    records = {r["key"]: r for r in listing_records()}
    texts = {
        k: " ".join([r["name"], r.get("kana", ""), r.get("description", ""), *r.get("tags", [])])
        for k, r in records.items()
    }
    start = time.perf_counter()
    bigram = {k: set(index_tokens(t)) for k, t in texts.items()}
    t_bigram = time.perf_counter() - start

    janome = Tokenizer()
    start = time.perf_counter()
    words = {k: {normalize(w) for w in janome.tokenize(t, wakati=True)} for k, t in texts.items()}
    t_janome = time.perf_counter() - start

    literal = [
        (q, key)
        for q, keys in CASES
        for key in keys
        if all(normalize(w) in normalize(texts[key]) for w in q.split())
    ]
    hit_bigram = sum(
        all(set(word_tokens(normalize(w))) <= bigram[key] for w in q.split()) for q, key in literal
    )
    hit_janome = sum(
        all(
            {normalize(x) for x in janome.tokenize(w, wakati=True)} <= words[key] for w in q.split()
        )
        for q, key in literal
    )
    print(
        f"listings: {len(texts)}, query/listing pairs whose words occur literally: {len(literal)}"
    )
    print(f"bigram: {t_bigram * 1000:.0f} ms, recall {hit_bigram}/{len(literal)}")
    print(f"janome: {t_janome * 1000:.0f} ms, recall {hit_janome}/{len(literal)}")


if __name__ == "__main__":
    main()
