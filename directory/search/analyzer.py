"""Japanese text analysis for the search index: normalise, fold variants, cut into tokens.

Pipeline (the same at index time and at query time, so both sides always agree):

1. NFKC: full-width ASCII becomes ASCII, 半角ｶﾅ becomes full-width katakana, ㈱ becomes (株)…
2. lower-case, and fold hiragana to katakana (こども = コドモ), drop a word-final long-vowel
   mark of a katakana word (センター = センタ, as JIS Z 8301 allows both).
3. the variant table (``variants.tsv``): 子ども/子供 → こども, 障がい/障碍 → 障害, お年寄り → 高齢者.
4. tokens: within each run of Japanese characters, every character bigram *and* every single
   character; an ASCII word is one token. A query word of two or more characters is the
   conjunction of its bigrams (食堂 → 食堂; こども食堂 → コド ドモ モ食 食堂); a one-character
   query (茶) uses the unigram, so it finds お茶 and 茶話会.

Synonyms (``synonyms.tsv``: サロン = 通いの場) are expanded only at query time, so a
coordinator can add a line and the next search uses it without reindexing. Variants change
what is indexed, so adding one needs ``flask reindex``.

Main decision — bigram rather than a morphological tokenizer, measured with
``benchmarks/tokenizer_compare.py`` on the 173 demo listings (name, kana, description, tags)
and the 72 query/listing pairs of the relevance table whose words occur literally:

    bigram (this module)   46 ms     recall 72/72
    Janome 0.5.1        5,926 ms     recall 69/72

(one run on the shared 2-core machine while another benchmark was running; the ratio, not the
absolute time, is the point). Janome's misses are the ones a resident would notice: 茶 does
not find 茶道教室 (茶道 is one word), スマホ is cut スマ|ホ inside スマホよろず相談会 but not in
the query, and ｵﾚﾝｼﾞｶﾌｪ is one unknown word in the query but オレンジ|カフェ in the text.
Bigrams never miss a substring; their lower precision (a bigram hit that is not the word)
costs little on short listing texts because a word must match all its bigrams, and ranking
puts name matches first. A morphological field could be added beside the bigram one later
without changing callers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain

from whoosh.analysis import Token, Tokenizer

_HIRAGANA = (0x3041, 0x3096)  # ぁ … ゖ
_KATAKANA_OFFSET = 0x60
_LONG_VOWEL = "ー"
# Characters that belong to Japanese words (CJK ideographs, kana, iteration marks, ー).
_JA = r"\u3005\u3006\u303b\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_JA}]+|[0-9a-z]+")
_KATAKANA_WORD_END = re.compile(r"([\u30a1-\u30fa])ー+(?![\u30a1-\u30fc])")


# ぁ…ゖ → ァ…ヶ as one str.translate table (a per-character loop was most of tokenising).
_KANA_TABLE = {cp: cp + _KATAKANA_OFFSET for cp in range(_HIRAGANA[0], _HIRAGANA[1] + 1)}


def _fold_kana(text: str) -> str:
    return text.translate(_KANA_TABLE)


def _basic(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = _fold_kana(text)
    return _KATAKANA_WORD_END.sub(r"\1", text)


# What a kana may have been before a phone dropped its mark or its smallness: カ for ガ, ハ for
# バ or パ, ヤ for ャ, ツ for ッ or ヅ, エ for ェ (katakana: text is kana-folded before this).
_UNMARKED = {
    **{plain: plain + chr(ord(plain) + 1) for plain in "カキクケコサシスセソタチテト"},
    **{plain: plain + chr(ord(plain) + 1) + chr(ord(plain) + 2) for plain in "ハヒフヘホ"},
    "ウ": "ウヴゥ", "ツ": "ツヅッ",
    **{plain: plain + chr(ord(plain) - 1) for plain in "アイエオヤユヨ"},
}  # fmt: skip


def mark_options(char: str) -> str:
    """The kana ``char`` (katakana) may stand for when typed without its voiced mark (゛゜) or
    as a large kana for a small one: itself first (ハ: ハバパ; ヨ: ヨョ; ツ: ツヅッ)."""
    return _UNMARKED.get(char, char)


def _load_groups(name: str) -> list[tuple[str, ...]]:
    """Groups from a plain data file: one group a line, tab or comma separated, # comments."""
    groups = []
    raw = resources.files("directory.search").joinpath(name).read_text(encoding="utf-8")
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = tuple(w.strip() for w in re.split(r"[\t,、]", line) if w.strip())
        if len(words) > 1:
            groups.append(words)
    return groups


@dataclass(frozen=True)
class _Variants:
    pattern: re.Pattern[str] | None
    canonical: dict[str, str]

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.canonical[m.group(0)], text)


@cache
def _variants() -> _Variants:
    canonical: dict[str, str] = {}
    for group in _load_groups("variants.tsv"):
        head = _basic(group[0])
        for word in group[1:]:
            folded = _basic(word)
            if folded != head:
                canonical.setdefault(folded, head)
    if not canonical:
        return _Variants(None, {})
    alternatives = sorted(canonical, key=len, reverse=True)  # longest first: 引き籠もり before 引き
    return _Variants(re.compile("|".join(map(re.escape, alternatives))), canonical)


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Canonical form → the written forms folded to it (子供, 子ども for こども), kana-folded."""
    table: dict[str, list[str]] = {}
    for folded, head in _variants().canonical.items():
        table.setdefault(head, []).append(folded)
    return {k: tuple(v) for k, v in table.items()}


def spellings(normalized_word: str) -> tuple[str, ...]:
    """Other ways the word may be written before variant folding (for highlighting)."""
    found: list[str] = []
    for head, forms in _spellings().items():
        if head in normalized_word:
            found.extend(normalized_word.replace(head, form) for form in forms)
    return tuple(found)


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Normalised word → the normalised words of its group (itself included, first)."""
    table: dict[str, list[str]] = {}
    for group in _load_groups("synonyms.tsv"):
        words = list(dict.fromkeys(normalize(w) for w in group))
        for word in words:
            bucket = table.setdefault(word, [word])
            bucket.extend(w for w in words if w not in bucket)
    return {k: tuple(v) for k, v in table.items()}


def synonym_groups() -> list[tuple[str, ...]]:
    """The groups of ``synonyms.tsv`` as written (for tables keyed otherwise, e.g. by reading)."""
    return _load_groups("synonyms.tsv")


@cache
def synonym_words() -> frozenset[str]:
    """Every word of ``synonyms.tsv``, normalised."""
    return frozenset(_synonyms())


def normalize(text: str) -> str:
    """The text as the index sees it: NFKC, lower case, katakana, variants folded."""
    return _variants().apply(_basic(text))


def runs(normalized: str) -> list[str]:
    """Runs of word characters in normalised text (symbols and spaces separate them)."""
    return _RUN.findall(normalized)


def _is_ascii(run: str) -> bool:
    return run.isascii()


def index_tokens(text: str) -> Iterator[str]:
    """What is indexed for ``text``: bigrams and unigrams of Japanese runs, ASCII words."""
    for run in runs(normalize(text)):
        if _is_ascii(run):
            yield run
            continue
        yield from run
        for i in range(len(run) - 1):
            yield run[i : i + 2]


def word_tokens(normalized_word: str) -> tuple[str, ...]:
    """The tokens a document must contain to match one query word (already normalised)."""
    tokens: list[str] = []
    for run in runs(normalized_word):
        if _is_ascii(run) or len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tuple(dict.fromkeys(tokens))


def synonyms_of(normalized_word: str) -> tuple[str, ...]:
    """The word and its synonyms, normalised; a word containing a synonym is expanded too.

    サロン → サロン, 通イノ場 …; 高齢者サロン → 高齢者サロン, 高齢者通イノ場 ….
    """
    table = _synonyms()
    if normalized_word in table:
        return table[normalized_word]
    for key in sorted(table, key=len, reverse=True):
        if len(key) >= 2 and key in normalized_word:
            return tuple(normalized_word.replace(key, other) for other in table[key])
    return (normalized_word,)


@lru_cache(maxsize=1 << 16)
def _line_tokens(line: str) -> tuple[str, ...]:
    return tuple(index_tokens(line))


def cached_index_tokens(text: str) -> Iterator[str]:
    """:func:`index_tokens`, computed once per distinct line.

    A listing's indexed text is mostly lines that recur across listings (organization,
    place, area, schedule, category labels); no token spans a line break (a break separates
    runs, and neither NFKC, the variants nor the ー rule reach across one), so the tokens of
    a text are the tokens of its lines in order.
    """
    for line in text.split("\n"):
        yield from _line_tokens(line)


@lru_cache(maxsize=1 << 16)
def _line_token_bytes(line: str) -> tuple[bytes, ...]:
    return tuple(token.encode() for token in _line_tokens(line))


def cached_index_token_bytes(text: str) -> Iterator[bytes]:
    """:func:`cached_index_tokens` as the UTF-8 bytes Whoosh stores (the index writer's)."""
    return chain.from_iterable(map(_line_token_bytes, text.split("\n")))


@lru_cache(maxsize=1 << 16)
def _line_bigrams(line: str) -> tuple[str, ...]:
    return tuple(t for t in _line_tokens(line) if len(t) == 2 or t.isascii())


def reading_tokens(text: str) -> Iterator[str]:
    """What is indexed for a reading: its bigrams only (a reading is searched by words of two
    or more kana; its single kana would only add postings)."""
    for line in text.split("\n"):
        yield from _line_bigrams(line)


class BigramTokenizer(Tokenizer):  # type: ignore[misc]
    """A Whoosh tokenizer emitting :func:`index_tokens` (no positions: ranking needs counts)."""

    tokens = staticmethod(cached_index_tokens)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, text in enumerate(self.tokens(value)):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            yield token


class ReadingTokenizer(BigramTokenizer):
    """The tokenizer of the ``reading`` field: :func:`reading_tokens`."""

    tokens = staticmethod(reading_tokens)


def analyzer() -> BigramTokenizer:
    return BigramTokenizer()


def reading_analyzer() -> ReadingTokenizer:
    return ReadingTokenizer()
