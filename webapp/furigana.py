"""ふりがな by word: a name's one reading cut into the readings of its kanji runs.

A name's reading is stored whole (``kana``: 「じょうほくちょうしゅうかいじょのおちゃかい」 for
「城北町集会所のお茶会」). Drawn as one ``<ruby>`` it is one box Chromium never breaks, so a long
name over its reading ran past a 320 px phone's edge with large text. The kana already in the
name anchors the reading: each run of kana in the name is found in the reading as it is
(katakana read as hiragana), spaces, 「・」 and brackets may or may not be in it, and what lies
between the anchors is the reading of the kanji run (or letters and digits: 「NPO法人」) there.
So 「城北町集会所」 reads 「じょうほくちょうしゅうかいじょ」, 「の」 and 「お」 need none, 「茶会」
reads 「ちゃかい」, and the line may break between them.

The cut is used only when there is exactly one: a reading that does not fit the name, or fits
it two ways (the kana of an anchor also inside a neighbouring run's reading), stays whole, as
before. Kanji runs side by side with no kana between (「緊急支援」) stay one word: their cut
would need a dictionary, and a run of kanji is short enough to fit a phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from directory.search.readings import morphemes

# Runs of the name: gaps (spaces, 「・」, brackets, punctuation), kana (hiragana, katakana and
# the long-vowel mark; not 「ヶ」, read as a kanji: 霞ヶ浦), and anything else (kanji, 々,
# letters, digits), which is what a reading is given for.
_GAP = (
    r"\s!-/:-@\[-`{-~\u3000-\u3004\u3008-\u303f\u30fb"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
_KANA = r"\u3041-\u3096\u309d\u309e\u30a1-\u30f4\u30f7-\u30fa\u30fc\u30fd\u30fe"
_RUN = re.compile(rf"(?P<gap>[{_GAP}]+)|(?P<kana>[{_KANA}]+)|(?P<other>[^{_GAP}{_KANA}]+)")
_READING_GAP = re.compile(r"[\s\u3000\u30fb]*")
_READING_WORDS = re.compile(r"[\s\u3000\u30fb]+")
# No reading of a kanji starts with a small kana, 「ん」 or 「ー」, and each kanji reads one kana
# at least: this rules out most of the cuts that would make a reading ambiguous.
_NOT_FIRST = re.compile(
    r"[\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3093\u30fc]"
)
_KANJI_ONLY = re.compile(r"[\u3005-\u3007\u30f5\u30f6\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KATAKANA_AS_HIRAGANA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}

Segment = tuple[str, str | None]  # a piece of the name, and its reading when it needs one


def _hiragana(text: str) -> str:
    return text.translate(_KATAKANA_AS_HIRAGANA)


@lru_cache(maxsize=4096)
def segments(name: str, reading: str) -> tuple[Segment, ...] | None:
    """``name`` cut into pieces, each kanji run with its part of ``reading`` (as written
    there), a run of kanji cut into its words where the dictionary reads them as the reading
    does; ``None`` when the reading cannot be cut at all."""
    pieces = _cut(name, reading.strip())
    if pieces is None:
        return None
    return tuple(
        word
        for piece, read in pieces
        for word in (
            _words(piece, read) if read is not None and _KANJI_ONLY.fullmatch(piece) else ()
        )
        or ((piece, read),)
    )


def _words(run: str, reading: str) -> tuple[Segment, ...]:
    """A run of kanji cut into the words of the dictionary (土浦・市・社会・福祉…) as far as
    each word's reading begins (or, from the end, ends) the rest of ``reading``; the words
    between, read otherwise (城北町集会所 ends in 「じょ」 where the dictionary has 「ショ」, 都和
    is 「つわ」 not 「とわ」), stay one with what is left of the reading."""
    words = [(m.surface, _hiragana(m.reading)) for m in morphemes(run)]
    if "".join(surface for surface, _ in words) != run:
        return ()
    folded = _hiragana(reading)
    head: list[Segment] = []
    pos = 0
    while len(words) > 1 and words[0][1] and folded.startswith(words[0][1], pos):
        surface, read = words.pop(0)
        head.append((surface, reading[pos : pos + len(read)]))
        pos += len(read)
    tail: list[Segment] = []
    stop = len(reading)
    while len(words) > 1 and words[-1][1] and folded.endswith(words[-1][1], pos, stop):
        surface, read = words.pop()
        tail.insert(0, (surface, reading[stop - len(read) : stop]))
        stop -= len(read)
    if pos >= stop:
        return ()
    middle = ("".join(surface for surface, _ in words), reading[pos:stop])
    return (*head, middle, *tail)


def _cut(name: str, reading: str) -> tuple[Segment, ...] | None:
    """``name`` cut by its kana, else at its gaps.

    When the kana do not cut it one way only, the name is cut at its gaps alone if the
    reading has as many words, each word cut by its kana if it can be, else read whole."""
    whole = _aligned(name, reading)
    if whole is not None:
        return whole
    words = [m.group() for m in _RUN.finditer(name)]
    kinds = [m.lastgroup for m in _RUN.finditer(name)]
    read_words = _READING_WORDS.split(reading)
    name_words = [w for w, kind in zip(words, kinds, strict=True) if kind != "gap"]
    if len(name_words) < 2:
        return None
    # runs of kana and kanji side by side make one word; gaps part them
    joined: list[tuple[str, bool]] = []
    for word, kind in zip(words, kinds, strict=True):
        if kind != "gap" and joined and not joined[-1][1]:
            joined[-1] = (joined[-1][0] + word, False)
        else:
            joined.append((word, kind == "gap"))
    if sum(not gap for _, gap in joined) != len(read_words):
        return None
    pieces: list[Segment] = []
    reads = iter(read_words)
    for word, gap in joined:
        if gap:
            pieces.append((word, None))
            continue
        read = next(reads)
        pieces.extend(_aligned(word, read) or ((word, read),))
    return tuple(pieces)


def _aligned(name: str, reading: str) -> tuple[Segment, ...] | None:
    """``name`` cut by its kana, when its reading fits it one way only."""
    runs = [(m.lastgroup or "", m.group()) for m in _RUN.finditer(name)]
    found = _cuts(runs, 0, _hiragana(reading), 0)
    first = next(found, None)
    if first is None or next(found, None) is not None:
        return None
    return tuple(
        (text, None if span is None else reading[span[0] : span[1]])
        for (_, text), span in zip(runs, first, strict=True)
    )


def _cuts(
    runs: list[tuple[str, str]], at: int, reading: str, pos: int
) -> Iterator[list[tuple[int, int] | None]]:
    """Each way the runs from ``at`` on read as ``reading`` from ``pos`` on."""
    if at == len(runs):
        if pos == len(reading):
            yield []
        return
    kind, text = runs[at]
    if kind == "gap":
        gap = _READING_GAP.match(reading, pos)
        ends = range(gap.end() if gap else pos, pos - 1, -1)
        for end in ends:
            for rest in _cuts(runs, at + 1, reading, end):
                yield [None, *rest]
    elif kind == "kana":
        kana = _hiragana(text)
        if reading.startswith(kana, pos):
            for rest in _cuts(runs, at + 1, reading, pos + len(kana)):
                yield [None, *rest]
    else:
        if pos == len(reading) or _NOT_FIRST.match(reading, pos):
            return
        # a kanji run's reading does not run over a space of the reading
        word_end = _READING_WORDS.search(reading, pos)
        limit = word_end.start() if word_end else len(reading)
        shortest = len(text) if _KANJI_ONLY.fullmatch(text) else 1
        for end in range(pos + shortest, limit + 1):
            for rest in _cuts(runs, at + 1, reading, end):
                yield [(pos, end), *rest]
