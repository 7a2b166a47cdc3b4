"""Interest matching speaks the search analyzer's language.

The engine compares a need's words with listing texts exactly as search compares a query with
the index (``directory.search.analyzer``): NFKC, kana folding, the variant table
(子ども/こども/子供), and a word matches when all its bigrams occur. A word also stands for its
synonyms from ``synonyms.tsv`` (居場所 = たまり場), so a coordinator who extends that file
improves suggestions and search together.
"""

from __future__ import annotations

from collections.abc import Sequence

from directory.search.analyzer import index_tokens, normalize, synonyms_of, word_tokens


class SearchTerms:
    """``matching.engine.TermAnalyzer`` backed by the search analyzer."""

    def terms(self, text: str) -> frozenset[str]:
        return frozenset(index_tokens(text))

    def alternatives(self, word: str) -> Sequence[frozenset[str]]:
        return [frozenset(word_tokens(w)) for w in synonyms_of(normalize(word))]
