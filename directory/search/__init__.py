"""Japanese full-text search over published listings (Whoosh store, in-memory ranking).

- :mod:`analyzer` — normalisation, variants, synonyms, bigram tokens (and why bigrams)
- :mod:`index` — the Whoosh schema and what a listing's document holds (nothing personal)
- :mod:`lifecycle` — create, lock, sync from the database, rebuild, repair drift
- :mod:`ranking` — BM25F ranking, facet counts and distance sort in memory
- :mod:`query` — what a user typed → a safe query; :mod:`snippets` — highlighted excerpts
- :mod:`service` — the use case the web layer calls
"""
