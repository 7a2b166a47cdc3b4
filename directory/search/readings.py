"""The morphological analyser (SudachiPy): kana readings of text, and a query's morphemes.

Two uses, both measured with ``benchmarks/search_quality.py``:

- **Readings at index time.** Every indexed line gets its reading in katakana (認知症カフェ →
  ニンチショウカフェ, 車いす and 車椅子 → クルマイス, 申込み and 申し込み → モウシコミ), indexed in a
  field of its own, so a query typed in kana finds kanji text and two spellings of one word
  find each other. Digits, Latin letters and symbols have no useful reading and become
  separators.
- **Cutting a query at particles.** 「子どもの宿題を見てほしい」 is 子ども・の・宿題・を・見・て・ほしい;
  :mod:`directory.search.query` keeps the content words and drops particles, auxiliaries and
  request words.

Why Sudachi with its small dictionary: of the analysers on PyPI it is kept up to date (the
dictionary of 2026), has wheels for the usual platforms and no system library, loads in about
30 ms (the dictionary is memory-mapped, ~30 MB resident) and reads the 173 demo listings in
about 45 ms (fugashi with unidic-lite was as fast but its dictionary is from 2021 and 250 MB
installed; Janome is pure Python and about 100× slower; pykakasi repeated fragments of words in
its output). Sudachi's tokenizer is not shared between threads: each thread gets its own.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from sudachipy import Dictionary, SplitMode, Tokenizer

_KANJI = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_ONLY = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_HIRAGANA = {cp: cp + 0x60 for cp in range(0x3041, 0x3097)}
_local = threading.local()
# Readings the small dictionary gives in a form residents do not type (日本語 as ニッポンゴ).
_READING_FIXES = (("ニッポン", "ニホン"),)


@cache
def _dictionary() -> Dictionary:
    return Dictionary(dict="small")


def _tokenizer() -> Tokenizer:
    tokenizer: Tokenizer | None = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        tokenizer = _dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tokenizer
    return tokenizer


@dataclass(frozen=True)
class Morpheme:
    surface: str
    pos: str  # 名詞, 動詞, 助詞, 助動詞, 補助記号 …
    base: str  # the dictionary form (見 → 見る), for recognising request words
    reading: str  # katakana


def morphemes(text: str) -> list[Morpheme]:
    """The morphemes of ``text`` (a short query: not cached)."""
    return [
        Morpheme(m.surface(), m.part_of_speech()[0], m.dictionary_form(), m.reading_form())
        for m in _tokenizer().tokenize(text)
    ]


def has_kanji(text: str) -> bool:
    return bool(_KANJI.search(text))


def is_kana(text: str) -> bool:
    return bool(_KANA_ONLY.fullmatch(text))


def to_katakana(text: str) -> str:
    return text.translate(_HIRAGANA)


@lru_cache(maxsize=1 << 16)
def reading(line: str) -> str:
    """The katakana reading of one line where it has kanji: runs of Japanese with a kanji in
    them, read, separated by spaces (a run of kana alone is left to the text fields)."""
    return " ".join(_reading_runs(line, kana_runs=False))


def _reading_runs(line: str, *, kana_runs: bool = True) -> Iterator[str]:
    """Runs of read Japanese; without ``kana_runs``, only those with a kanji in them (a run of
    kana reads as itself, and the text fields have it already)."""
    run: list[str] = []
    read = False
    for m in _tokenizer().tokenize(unicodedata.normalize("NFKC", line)):
        surface = m.surface()
        if has_kanji(surface):
            run.append(_fixed(m.reading_form()))
            read = True
        elif _KANA_ONLY.fullmatch(surface):
            run.append(to_katakana(surface))
        else:  # digits, letters, symbols, spaces: their "readings" (キゴウ…) mean nothing
            if run and (read or kana_runs):
                yield "".join(run)
            run, read = [], False
    if run and (read or kana_runs):
        yield "".join(run)


def _fixed(reading: str) -> str:
    for wrong, right in _READING_FIXES:
        reading = reading.replace(wrong, right)
    return reading


def word_reading(word: str) -> str:
    """The reading of a query word (katakana; "" when it has none)."""
    return "".join(_reading_runs(word))


def text_reading(text: str) -> str:
    """:func:`reading` of each line of ``text`` (lines recur across listings: cached)."""
    return "\n".join(reading(line) for line in text.split("\n"))
