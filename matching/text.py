"""Word analysis for interest matching: NFKC, kana folding and character bigrams.

Interests are compared with listing texts the way search compares queries with listings:
full/half width and hiragana/katakana are folded, then text becomes its character bigrams (and
single characters, for one-character words such as 茶). A word matches a listing when all of
its bigrams occur in the listing's text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_HIRAGANA = {chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(_HIRAGANA.get(c, c) for c in text)


class BigramTerms:
    def terms(self, text: str) -> frozenset[str]:
        terms: set[str] = set()
        for chunk in fold(text).split():
            terms.update(chunk)
            terms.update(a + b for a, b in zip(chunk, chunk[1:], strict=False))
        return frozenset(terms)

    def alternatives(self, word: str) -> Sequence[frozenset[str]]:
        folded = fold(word).replace(" ", "")
        if len(folded) < 2:
            return [frozenset(folded)]
        return [frozenset(a + b for a, b in zip(folded, folded[1:], strict=False))]
