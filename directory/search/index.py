"""The Whoosh index of published listings: its schema, and a listing turned into a document.

One document per *published* listing (public or coordinator-only; the audience filter is a
stored field). Drafts, pending and archived listings are not in the index at all.

Nothing personal is indexed: contact name, phone and e-mail are left out, and so is the street
address (place name and area are enough to search by). Searchable text is split by weight
into three fields — ``name`` > ``tags`` (tags, category and target labels) > ``body``
(description, place, organization, area, schedule, cost) — and facet values are stored as
plain values that :mod:`directory.search.ranking` keeps in memory, with the listing's age range
(対象年齢, for an age read from the words) and its 参加費 in yen (for a price ceiling such as
「300円以下」); neither is a facet with counts.

Beside them: ``reading``, the kana reading of all that text (:mod:`directory.search.readings`;
a kana query finds kanji text), and two stored values the ranker keeps in memory — the
normalised text and reading (to check that a word of three or more characters occurs as a
whole, not as bigrams of different words) and the document's vocabulary (its tags, labels,
name and the kanji and katakana compounds of its text: what 「もしかして」 suggests from).

``INDEX_FORMAT`` is part of every fingerprint: an index written by an older version drifts as
a whole, and ``flask reindex`` (needed after an upgrade that changes the schema) rebuilds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whoosh.fields import ID, STORED, TEXT, Schema

from directory import labels
from directory.listings import ACCESSIBILITY_FIELDS
from directory.models import Listing, ListingStatus
from directory.schedules import ScheduleSpec, stored_spec
from directory.search.analyzer import analyzer, normalize, reading_analyzer
from directory.search.readings import text_reading

TEXT_FIELDS = ("name", "tags", "body")
READING_FIELD = "reading"
# How much a match in each field counts; a name match outranks the same word in a description.
FIELD_BOOSTS = {"name": 3.0, "tags": 2.0, "body": 1.0, READING_FIELD: 1.0}
# 2: readings, whole-word text and vocabulary (issue 16); 3: age ranges; 4: 参加費 in yen;
# 5: 夕方 (DUSK) among the times
INDEX_FORMAT = 5

# Compounds for the vocabulary: runs of kanji and katakana (認知症カフェ, 学習支援, ボランティア).
_COMPOUND = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fc]{2,}")
_PIECES = re.compile(r"[\s「」『』（）()・、。,/／]+")

# Facets whose values are lists of codes (a listing has several).
LIST_FACETS = ("category", "target", "weekday", "time", "access", "language")
# Facets with one value (or none) per listing.
SINGLE_FACETS = ("area", "free", "referrals")
FACETS = LIST_FACETS + SINGLE_FACETS

# 時間帯: when a meeting starts.
TIMES_OF_DAY = {"morning": "午前", "afternoon": "午後", "evening": "夕方・夜"}
AFTERNOON_FROM, EVENING_FROM = 12, 17
# 夕方 typed in the search box (「夕方 子どもの居場所」): a meeting starting 16:00–18:59 — the
# homework club from 16:00 and the 17:30 食堂 alike. No choice of the page's 時間帯 (not in
# ``TIMES_OF_DAY``); 夜 stays 夕方・夜, from 17:00 on.
DUSK = "dusk"
DUSK_FROM, DUSK_UNTIL = 16, 19


def schema() -> Schema:
    text = TEXT(analyzer=analyzer(), phrase=False)
    return Schema(
        id=ID(stored=True, unique=True),
        fingerprint=STORED(),
        facets=STORED(),
        point=STORED(),
        sort_key=STORED(),
        name=text,
        tags=TEXT(analyzer=analyzer(), phrase=False),
        body=TEXT(analyzer=analyzer(), phrase=False),
        reading=TEXT(analyzer=reading_analyzer(), phrase=False),
        texts=STORED(),
        words=STORED(),
    )


def fingerprint(listing_version: int, updated_at: Any, organization_version: int) -> str:
    """What the index remembers of the row it was built from, to detect drift cheaply."""
    stamp = updated_at.isoformat() if updated_at is not None else ""
    return f"{listing_version}:{stamp}:{organization_version}:f{INDEX_FORMAT}"


def listing_fingerprint(listing: Listing) -> str:
    return fingerprint(listing.version, listing.updated_at, listing.organization.version)


def is_indexed(listing: Listing) -> bool:
    return listing.status is ListingStatus.PUBLISHED


def times_of_day(listing: Listing) -> list[str]:
    # The times as saved: they do not change with the date (no day to read the spec on here).
    spec = listing.schedule.spec if listing.schedule else None
    return spec_times_of_day(stored_spec(spec) if spec else ScheduleSpec())


def spec_times_of_day(spec: ScheduleSpec) -> list[str]:
    """時間帯 codes of a parsed schedule, in the order of ``TIMES_OF_DAY`` (and ``DUSK`` last)."""
    found = []
    for rule in spec.rules:
        start = rule.times.start if rule.times else None
        if start is None:
            continue
        if start.hour < AFTERNOON_FROM:
            found.append("morning")
        elif start.hour < EVENING_FROM:
            found.append("afternoon")
        else:
            found.append("evening")
        if DUSK_FROM <= start.hour < DUSK_UNTIL:
            found.append(DUSK)
    return sorted(set(found), key=[*TIMES_OF_DAY, DUSK].index)


def weekdays(listing: Listing) -> list[str]:
    mask = listing.schedule.weekday_mask if listing.schedule else 0
    return [str(d) for d in range(8) if mask & (1 << d)]


@dataclass(frozen=True)
class Document:
    """A listing as the index stores it (see the module docstring for what is left out)."""

    listing_id: int
    fingerprint: str
    name: str
    tags: str
    body: str
    facets: dict[str, Any]
    point: tuple[float, float] | None
    sort_key: str
    reading: str = ""
    words: tuple[str, ...] = ()

    def fields(self) -> dict[str, Any]:
        text = normalize("\n".join((self.name, self.tags, self.body)))
        return {
            "id": str(self.listing_id),
            "fingerprint": self.fingerprint,
            "facets": self.facets,
            "point": self.point,
            "sort_key": self.sort_key,
            "name": self.name,
            "tags": self.tags,
            "body": self.body,
            "reading": self.reading,
            "texts": (text, normalize(self.reading)),
            "words": tuple((_normalized_word(w), w) for w in self.words),
        }


def document(listing: Listing) -> Document:
    """The document of a loaded listing (its location, schedule, organization, vocabulary)."""
    loc, schedule = listing.location, listing.schedule
    area = loc.area if loc else None
    tags = [
        *listing.tags,
        *(c.label for c in listing.categories),
        *(t.label for t in listing.targets),
        *(labels.FEATURES.get(f, "") for f in listing.features),
    ]
    body = [
        listing.description,
        loc.place_name if loc else "",
        listing.organization.name,
        area.name if area else "",
        schedule.text if schedule else "",
        listing.cost_text,
    ]
    facets: dict[str, Any] = {
        "visibility": listing.visibility.value,
        "category": [c.code for c in listing.categories],
        "target": [t.code for t in listing.targets],
        "weekday": weekdays(listing),
        "time": times_of_day(listing),
        "access": [name for name in ACCESSIBILITY_FIELDS if getattr(listing, name)],
        "language": list(listing.languages),
        "area": area.code if area else None,
        "free": "yes" if listing.cost_yen == 0 else None,
        "referrals": "yes" if listing.accepts_referrals else None,
        # 対象年齢, not a facet of the page; the third: a child's, the adults bringing one come too
        "age": [listing.age_min, listing.age_max, listing.age_with_adults],
        "cost": listing.cost_yen,  # 参加費 in yen (None: not one amount), for a price ceiling
    }
    point = (loc.lat, loc.lon) if loc and loc.lat is not None and loc.lon is not None else None
    name = f"{listing.name} {listing.kana}"
    tags_text, body_text = " ".join(tags), "\n".join(body)
    return Document(
        listing_id=listing.id,
        fingerprint=listing_fingerprint(listing),
        name=name,
        tags=tags_text,
        body=body_text,
        facets=facets,
        point=point,
        sort_key=listing.kana or listing.name,
        reading=text_reading("\n".join((listing.name, tags_text, body_text))),
        words=vocabulary_words(
            [listing.name, *tags, *body[1:3]], "\n".join((listing.name, tags_text, body_text))
        ),
    )


@lru_cache(maxsize=1 << 16)
def _normalized_word(word: str) -> str:
    return normalize(word)  # labels, tags and place names recur across listings


def vocabulary_words(phrases: list[str], text: str) -> tuple[str, ...]:
    """What a document adds to the vocabulary: its phrases whole and cut at spaces and
    brackets (オレンジカフェ まなべ), and the kanji/katakana compounds of its text, as written
    (NFKC): a 「もしかして」 shows the word as people write it."""
    found: dict[str, None] = {}
    for phrase in phrases:
        phrase = unicodedata.normalize("NFKC", phrase)
        for piece in (phrase, *_PIECES.split(phrase)):
            if 2 <= len(piece) <= 20:
                found[piece] = None
    for compound in _COMPOUND.findall(unicodedata.normalize("NFKC", text)):
        if len(compound) <= 20:
            found[compound] = None
    return tuple(found)
