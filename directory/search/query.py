"""Turn what a resident typed into a safe text query; never raise on user input.

Nothing typed is interpreted as Whoosh syntax: AND, OR, NOT, ``*``, ``?``, quotes, brackets
and colons are plain text or separators. Words combine with AND (each must match, through one
of its variants or synonyms). A quoted phrase is one word (``"料理 教室"`` = 料理教室 tokens).
Long input is cut (``MAX_CHARS``, ``MAX_WORDS``) with a notice rather than an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directory.search.analyzer import normalize, runs, synonyms_of, word_tokens
from directory.search.ranking import Alternative, TextQuery

MAX_CHARS = 100
MAX_WORDS = 8
SYNONYM_WEIGHT = 0.4  # a listing using the very word typed ranks above one using a synonym

# Messages shown next to the search box (Japanese UI text of the search domain).
MSG_TRUNCATED = "検索語が長いため、はじめの{chars}文字・{words}語までで検索しました。"
MSG_NO_WORDS = "検索できる文字がありませんでした。ことばを入れてもう一度お試しください。"

_SPACES = re.compile(r"\s+")
_PHRASE = re.compile(r'"([^"]*)"')
_OPERATORS = {"and", "or", "not"}


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what we searched for, as shown back to the user
    query: TextQuery
    highlight: tuple[str, ...]  # normalised words and synonyms, for snippets
    notice: str | None = None

    @property
    def is_empty(self) -> bool:
        return not self.query.words


def parse(raw: str) -> ParsedQuery:
    notice = None
    text = (raw or "").replace("\x00", "")
    text = text.replace("“", '"').replace("”", '"').replace("＂", '"')
    if len(text) > MAX_CHARS:
        text, notice = text[:MAX_CHARS], MSG_TRUNCATED.format(chars=MAX_CHARS, words=MAX_WORDS)
    # Quoted phrases first (an unbalanced quote is just dropped), then the rest by spaces.
    phrases = [p for p in _PHRASE.findall(text) if p.strip()]
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    pieces = [_SPACES.sub("", p) for p in phrases] + _SPACES.split(rest.replace("\u3000", " "))
    words: list[str] = []
    for piece in pieces:
        if piece.lower() in _OPERATORS:
            continue
        normalized = normalize(piece)
        if not runs(normalized):
            continue  # only symbols (*, ?, !!!)
        if normalized not in words:
            words.append(normalized)
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        notice = MSG_TRUNCATED.format(chars=MAX_CHARS, words=MAX_WORDS)
    if (raw or "").strip() and not words:
        notice = MSG_NO_WORDS

    clauses = []
    highlight: list[str] = []
    for word in words:
        alternatives = []
        for i, variant in enumerate(synonyms_of(word)):
            tokens = word_tokens(variant)
            if tokens:
                alternatives.append(Alternative(tokens, 1.0 if i == 0 else SYNONYM_WEIGHT))
                highlight.extend(runs(variant))
        if alternatives:
            clauses.append(tuple(alternatives))
    shown = " ".join(p for p in _SPACES.split(text.replace('"', " ").strip()) if p)
    return ParsedQuery(
        text=shown,
        query=TextQuery(tuple(clauses)),
        highlight=tuple(dict.fromkeys(highlight)),
        notice=notice,
    )
