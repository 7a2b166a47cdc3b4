"""Highlighted excerpts: the part of a listing's text around the first matched word, escaped.

:func:`excerpt` takes the listing's fields in order (description, tags, place, schedule, cost,
organization) and shows the first one where a searched word appears — a listing found by its
tag or its place shows why — or the first field when none does.

Matching happens on normalised text (NFKC, katakana, variants), but the excerpt must show the
organiser's own characters, so each original character is mapped to its normalised form one
by one and the match positions are carried back. Output is HTML with ``<mark>``; everything
else is escaped here, so templates may mark it safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape

from directory.search.analyzer import normalize, spellings

WIDTH = 80


@lru_cache(maxsize=4096)
def _char_map(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalised text and, for each of its characters, the index of the original character.
    Kept per text: the same listings' fields are excerpted request after request."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _normalize_char(ch)
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), tuple(origin)


@lru_cache(maxsize=1 << 14)
def _normalize_char(ch: str) -> str:
    return normalize(ch)


def _spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    normalized, origin = _char_map(text)
    # Variants longer than one character (子供 → コドモ) are folded as a whole, not per
    # character; match the word's written spellings (子供, 子ドモ) on the per-character form too.
    spans: list[tuple[int, int]] = []
    for word in sorted(set(words), key=len, reverse=True):
        forms = {word, "".join(_normalize_char(c) for c in word), *spellings(word)}
        for form in forms:
            start = normalized.find(form)
            while form and start != -1:
                end = start + len(form)
                spans.append((origin[start], origin[end - 1] + 1))
                start = normalized.find(form, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(
    text: str,
    words: tuple[str, ...],
    width: int = WIDTH,
    spans: list[tuple[int, int]] | None = None,
) -> str:
    """An escaped excerpt of ``text`` of about ``width`` characters with matches in <mark>."""
    text = " ".join(text.split())
    if spans is None:
        spans = _spans(text, words) if words else []
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 4)
    else:
        start = 0
    end = min(len(text), start + width)
    parts = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts.append(escape(text[pos:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    parts.append(escape(text[pos:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


def excerpt(fields: Sequence[str], words: tuple[str, ...], width: int = WIDTH) -> str:
    """:func:`highlight` of the first of ``fields`` where one of ``words`` occurs."""
    texts = [" ".join(f.split()) for f in fields if f and f.strip()]
    if not texts:
        return ""
    if words:
        for text in texts:
            # A quick look at the whole normalised text before mapping it character by
            # character (a variant spelled in the text, 子供, is found by the mapping only).
            whole = normalize(text)
            if any(w in whole for w in words) and (spans := _spans(text, words)):
                return highlight(text, words, width, spans)
    return highlight(texts[0], words, width)
