"""Geocoding: an address as written → coordinates, how precise they are, and where they came from.

Every geocoder answers with a ``Located`` or a ``NotLocated`` (never an exception for an
address it cannot place), so callers and pages can say 「位置を特定できません」 plainly. The
default is ``OfflineGeocoder``: it needs no network, only the embedded gazetteer, and resolves
to the finest level its data has — 町丁目 ("chome"), 大字 ("oaza"), else 市区町村 ("city").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from geo.gazetteer import CITY, Gazetteer, Place, city_key, default_gazetteer
from geo.normalize import Address, parse


def N_(text: str) -> str:  # noqa: N802 (gettext's own name for "translate later")
    """Marks a message for the pages' catalogs (scripts/translations.sh): geo has no gettext;
    a page translates ``NotLocated.why`` and fills in its ``values``."""
    return text


NOT_LOCATED = N_("位置を特定できません")
NO_CITY = N_("市区町村が読み取れません")  # nothing in the words names a municipality
ELSEWHERE = N_(
    "「%(city)s」は%(written)sになく%(prefecture)sにあります。都道府県を確かめてください"
)
SAME_NAME_ELSEWHERE = N_(
    "「%(town)s」は%(written)sの%(city)sになく%(prefecture)sの%(city)sにあります。"
    "都道府県を確かめてください"
)
SIBLING_ELSEWHERE = N_(
    "「%(town)s」は%(city)sになく%(other)sにあります。市区町村を確かめてください"
)
WARD_OF_SEVERAL_CITIES = N_(
    "「%(ward)s」は%(cities)sにあります。どの市の区か、市の名前から書いてください"
)
OTHER_PREFECTURE = N_(
    "%(city)sは%(written)sではなく%(prefecture)sにあります。%(prefecture)sの%(city)sとして置きました"
)

# Prefectures that share a border (and 北海道–青森, 山口–福岡 across their straits): an address
# written with the wrong prefecture names a neighbour's city far more often than a far one's.
_NEIGHBOURS = (
    "北海道:青森県 青森県:岩手県 青森県:秋田県 岩手県:秋田県 岩手県:宮城県 宮城県:秋田県 "
    "宮城県:山形県 宮城県:福島県 秋田県:山形県 山形県:福島県 山形県:新潟県 福島県:新潟県 "
    "福島県:群馬県 福島県:栃木県 福島県:茨城県 茨城県:栃木県 茨城県:埼玉県 茨城県:千葉県 "
    "栃木県:群馬県 栃木県:埼玉県 群馬県:埼玉県 群馬県:長野県 群馬県:新潟県 埼玉県:千葉県 "
    "埼玉県:東京都 埼玉県:山梨県 埼玉県:長野県 千葉県:東京都 東京都:神奈川県 東京都:山梨県 "
    "神奈川県:山梨県 神奈川県:静岡県 新潟県:長野県 新潟県:富山県 富山県:長野県 富山県:岐阜県 "
    "富山県:石川県 石川県:岐阜県 石川県:福井県 福井県:岐阜県 福井県:滋賀県 福井県:京都府 "
    "山梨県:静岡県 山梨県:長野県 長野県:静岡県 長野県:愛知県 長野県:岐阜県 岐阜県:愛知県 "
    "岐阜県:三重県 岐阜県:滋賀県 静岡県:愛知県 愛知県:三重県 三重県:滋賀県 三重県:京都府 "
    "三重県:奈良県 三重県:和歌山県 滋賀県:京都府 京都府:奈良県 京都府:大阪府 京都府:兵庫県 "
    "大阪府:奈良県 大阪府:和歌山県 大阪府:兵庫県 兵庫県:鳥取県 兵庫県:岡山県 奈良県:和歌山県 "
    "鳥取県:岡山県 鳥取県:島根県 鳥取県:広島県 島根県:広島県 島根県:山口県 岡山県:広島県 "
    "広島県:山口県 山口県:福岡県 徳島県:香川県 徳島県:愛媛県 徳島県:高知県 香川県:愛媛県 "
    "愛媛県:高知県 福岡県:佐賀県 福岡県:熊本県 福岡県:大分県 佐賀県:長崎県 熊本県:大分県 "
    "熊本県:宮崎県 熊本県:鹿児島県 大分県:宮崎県 宮崎県:鹿児島県"
)


def neighbours(prefecture: str) -> set[str]:
    """The prefectures next to ``prefecture`` (see ``_NEIGHBOURS``)."""
    pairs = [pair.split(":") for pair in _NEIGHBOURS.split()]
    return {b for a, b in pairs if a == prefecture} | {a for a, b in pairs if b == prefecture}


@dataclass(frozen=True)
class Located:
    lat: float
    lon: float
    # "chome" (町丁目) | "oaza" (大字) | "city" (市区町村) from the gazetteer; "block" | "rooftop"
    # from an online geocoder (values of directory's LocationPrecision)
    precision: str
    source: str  # which geocoder and data answered, e.g. "offline: JpGeocode 0.3.1 (MIT)"
    matched: str  # what was matched, e.g. 茨城県土浦市城北町
    # What was read otherwise than written (a prefecture corrected), to show beside the pin:
    # the Japanese sentence with %(name)s places for ``notice_values``, as ``NotLocated.why``.
    notice: str = ""
    notice_values: tuple[tuple[str, str], ...] = ()

    @property
    def notice_text(self) -> str:
        return self.notice % dict(self.notice_values) if self.notice_values else self.notice


@dataclass(frozen=True)
class NotLocated:
    """Why an address could not be placed: ``why`` is the Japanese sentence with
    ``%(name)s`` places for ``values`` (so a page can translate it), ``reason`` the two
    together."""

    why: str
    values: tuple[tuple[str, str], ...] = ()
    message: str = NOT_LOCATED

    @property
    def reason(self) -> str:
        return self.why % dict(self.values) if self.values else self.why


Geocoded = Located | NotLocated


class Geocoder(Protocol):
    name: str

    def geocode(self, address: str) -> Geocoded: ...


class OfflineGeocoder:
    """The embedded gazetteer; optionally assumes a home prefecture for short addresses.

    Order: the 町丁目・大字 (or 小字) of the address → the town of its postal code, when the
    written town is not listed → the 市区町村. An address after a facility's name, and one
    written with a municipality that no longer exists (浦和市, 稗貫郡石鳥谷町, 田無市), is placed
    only when its town is listed, and is never guessed between two (see
    ``Gazetteer.town_across``). An address that is only a postal code
    (「〒300-0036」) is read as the address of that code.
    """

    name = "offline"

    def __init__(self, gazetteer: Gazetteer | None = None, home_prefecture: str = "") -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.home_prefecture = home_prefecture

    def geocode(self, address: str) -> Geocoded:
        parts = parse(address)
        found = self._geocode(parts)
        if isinstance(found, NotLocated) and (typed := self._shi_typed_as_uji(parts)):
            return typed
        if isinstance(found, NotLocated) and (
            other := self._city_in_a_neighbouring_prefecture(parts)
        ):
            return other
        return found

    def _shi_typed_as_uji(self, parts: Address) -> Located | None:
        """「船橋氏本町2-1-1」: 氏 is what an IME gives for し where 市 was meant. Tried only
        when the address is not placed as written (氏家 of さくら市 is a real name), and only
        where 市 would end a listed municipality of the address's prefecture (or of one
        prefecture when none is written), or its 政令市 before the ward: 柏氏柏 → 柏市 + 柏."""
        written = f"{parts.city}{parts.town}"
        for at in (i for i, c in enumerate(written) if c == "氏"):
            head = f"{written[:at]}市{written[at + 1 :]}"
            split = self.gazetteer.split(parts.prefecture or self.home_prefecture, head)
            if not isinstance(split, tuple):
                continue
            after = head[at + 1 : len(head) - len(split[1])]  # 大阪氏北区梅田: the ward
            if after and not (after.endswith("区") and "市" not in after):
                continue
            retyped = parse(f"{parts.prefecture}{head}{_numbers_and_rest(parts)}")
            if isinstance(found := self._geocode(retyped), Located):
                return found
        return None

    def _geocode(self, parts: Address) -> Geocoded:
        head = f"{parts.city}{parts.town}"
        if not parts.city:
            if parts.postal_code and (by_code := self._by_postal_code(parts.postal_code)):
                return by_code
            if inside := self._named_inside(parts, parts.town):
                return inside  # a long name first: 「子ども食堂 みんなのいえ 奄美市名瀬幸町」
            return NotLocated(NO_CITY)
        found = self._split(parts.prefecture, head, parts)
        if isinstance(found, tuple) and not parts.prefecture:
            found = self._ward_without_city(found, parts)
        if not isinstance(found, tuple) and not parts.prefecture and self.home_prefecture:
            found = self._split(self.home_prefecture, head, parts) or found
        if not isinstance(found, tuple) and parts.postal_code:
            if by_code := self._by_postal_code(parts.postal_code):
                return by_code
        if not isinstance(found, tuple) and (inside := self._named_inside(parts, head)):
            return inside
        if isinstance(found, list):
            if ward_alone := self._ward_alone(parts):
                return ward_alone  # 「北区1-1」 in 大阪府's list: 大阪市 or 堺市?
            return NotLocated(
                N_("「%(city)s」は複数の都道府県にあります。都道府県から書いてください"),
                (("city", parts.city),),
            )
        if found is None:
            if ward_alone := self._ward_alone(parts):
                return ward_alone
            if merged := self._merged(parts):
                return merged
            if ward := self._ward_in_another_prefecture(parts):
                return ward
            if elsewhere := self._elsewhere(parts):
                return elsewhere
            written = parts.city
            if parts.prefecture and self.gazetteer.split(parts.prefecture, head):
                written = f"{parts.city}{parts.town}"  # 「沖縄県東村山」: not 東村 + 山
            return NotLocated(N_("「%(city)s」が見つかりません"), (("city", written),))
        city, town_name = found
        town = self._town(city, town_name, parts, after_chome=parts.rest)
        town_written = f"{town_name}字{parts.koaza}" if parts.koaza else town_name
        if namesakes := self._namesakes_with_town(city, town_name, parts):
            name = re.sub(r"^.+?郡", "", city.city)  # 三戸郡南部町 and 西伯郡南部町: 南部町
            return NotLocated(
                SAME_NAME_ELSEWHERE,
                (
                    ("town", town_written),
                    ("written", city.prefecture),
                    ("city", name),
                    ("prefecture", "・".join(namesakes)),
                ),
            )
        if siblings := self._siblings_with_town(city, town_name, parts):
            return NotLocated(
                SIBLING_ELSEWHERE,
                (("town", town_written), ("city", city.city), ("other", "・".join(siblings))),
            )
        if town is not None:
            return _located(town)
        # 「土浦市役所 つくば市研究学園1-1」: the first city was a facility's name
        if inside := self._named_inside(parts, town_name):
            return inside
        if parts.postal_code and (by_code := self._by_postal_code(parts.postal_code)):
            if by_code.precision != CITY and by_code.matched.startswith(
                f"{city.prefecture}{city.city}"
            ):
                return by_code
        if later := self._municipality_named_later(town_name):
            # 「栄町マンション内 府中市篠根町3-9」: 栄町 began a facility's name; the address is
            # the 府中市 after it, which two prefectures have (or whose town is not listed)
            if len(self.gazetteer.prefectures_of[later]) > 1:
                return NotLocated(
                    N_("「%(city)s」は複数の都道府県にあります。都道府県から書いてください"),
                    (("city", later),),
                )
            return NotLocated(N_("「%(city)s」が見つかりません"), (("city", parts.city),))
        return _located(city)

    def _municipality_named_later(self, town_name: str) -> str:
        """The first municipality's name inside a town that is not listed (three characters
        or more, 郡 and all, or a 市 of two: 光市): the municipality before it was part of a
        facility's name."""
        key = city_key(town_name)
        for start in range(len(key) - 1):
            for length in range(min(len(key) - start, _LONGEST_NAME), 1, -1):
                name = key[start : start + length]
                if (length > 2 or name.endswith("市")) and name in self.gazetteer.prefectures_of:
                    return name
        return ""

    def _split(self, prefecture: str, head: str, parts: Address) -> tuple[Place, str] | list[str] | None:  # fmt: skip
        """``Gazetteer.split``, unless the municipality it finds leaves most of the written one
        unread: 「沖縄県東村山郡山辺町畑谷」 begins with 沖縄県's 東村, but it names 山形県's
        東村山郡山辺町, and 「沖縄県東村山」 東京都's 東村山市 without its 市. When the address
        reads as a longer municipality of another prefecture (its whole name, or without its
        last character) and the town is not listed by its whole name in the shorter one, the
        written prefecture has no reading (a pin in 東村 would be a wrong place)."""
        found = self.gazetteer.split(prefecture, head)
        if not prefecture or not isinstance(found, tuple):
            return found
        city, town_name = found
        key = city_key(head)
        read = len(key) - len(town_name)
        if not any(
            other != prefecture
            for length in range(min(len(key), _LONGEST_NAME), read, -1)
            for name in (key[:length], *(f"{key[:length]}{end}" for end in "市町村"))
            for other in self.gazetteer.prefectures_of.get(name, [])
        ):
            return found
        if town_name and self.gazetteer.town(
            city, town_name, chome=parts.chome, numbers=parts.numbers, koaza=parts.koaza,
            after_chome=parts.rest, partial=False,
        ):  # fmt: skip
            return found
        return None

    def _namesakes_with_town(self, city: Place, town_name: str, parts: Address) -> list[str]:
        """The other prefectures whose municipality of the same name lists ``town_name`` by its
        whole name, when ``city`` does not: 「北海道伊達市保原町字宮下」 is 福島県伊達市's
        保原町宮下, 「東京都府中市府川町」 広島県府中市's. A point in the written one (its
        centre, or a town the name only begins with) would be a wrong place; the prefecture
        may be the mistake as well as the town, so neither is guessed."""
        name = re.sub(r"^.+?郡", "", city_key(city.city))
        others = [p for p in self.gazetteer.prefectures_of.get(name, []) if p != city.prefecture]
        if not others or not town_name or self._whole_town(city, town_name, parts):
            return []
        return [
            other
            for other in sorted(set(others))
            if self._whole_town(self.gazetteer.cities[(other, name)].place, town_name, parts)
        ]

    def _siblings_with_town(self, city: Place, town_name: str, parts: Address) -> list[str]:
        """The other wards of the 政令市, or 町村 of the 郡, that list ``town_name`` by its
        whole name when ``city`` does not: 「横浜市中区日吉本町」 is 港北区's 日吉本町, 「羽島郡
        笠松町上印食」 岐南町's. The ward's or 町村's centre would be a wrong place, and which of
        the two names is wrong is not known."""
        if not town_name or not (siblings := self.gazetteer.siblings(city)):
            return []
        if self._whole_town(city, town_name, parts):
            return []
        return [s.city for s in siblings if self._whole_town(s, town_name, parts)]

    def _whole_town(self, city: Place, town_name: str, parts: Address) -> Place | None:
        return self.gazetteer.town(
            city, town_name, chome=parts.chome, numbers=parts.numbers, koaza=parts.koaza,
            after_chome=parts.rest, partial=False,
        )  # fmt: skip

    def _elsewhere(self, parts: Address) -> NotLocated | None:
        """「沖縄県町田市中町」: the municipality, with the town, is another prefecture's. Far
        prefectures are not guessed (``_city_in_a_neighbouring_prefecture``), but the reason
        says where the address would be."""
        if not parts.prefecture:
            return None
        found = self.gazetteer.split("", f"{parts.city}{parts.town}")
        if not isinstance(found, tuple) or found[0].prefecture == parts.prefecture:
            return None
        city, town_name = found
        if not town_name or not self._whole_town(city, town_name, parts):
            return None
        values = (("city", city.city), ("written", parts.prefecture))
        return NotLocated(ELSEWHERE, (*values, ("prefecture", city.prefecture)))

    def _ward_without_city(
        self, found: tuple[Place, str], parts: Address
    ) -> tuple[Place, str] | list[str]:
        """「中央区北1条西2丁目」 with no prefecture: a 特別区's name is also the name of 政令市
        wards (札幌市中央区, 大阪市北区), and the town tells which one is meant. A town listed
        in one of them answers there; none or several answer the home prefecture's ward, else
        nothing (「中央区1-1」 is not 東京都中央区 more than 札幌市中央区)."""
        city, town_name = found
        others = self.gazetteer.wards_named(city.city) if city.prefecture == "東京都" else []
        if not others:
            return found
        candidates = [city, *others]
        having = [c for c in candidates if self._town(c, town_name, parts) is not None]
        if len(having) == 1:
            return having[0], town_name
        home = [c for c in candidates if c.prefecture == self.home_prefecture]
        if len(home) == 1:
            return home[0], town_name
        return sorted({c.prefecture for c in candidates})

    def _town(
        self, city: Place, town_name: str, parts: Address, after_chome: str = ""
    ) -> Place | None:
        """The listed place of ``town_name`` in ``city``, with the address's 丁目, 番地 and 小字."""
        return self.gazetteer.town(
            city,
            town_name,
            chome=parts.chome,
            numbers=parts.numbers,
            koaza=parts.koaza,
            after_chome=after_chome,
        )

    def _ward_alone(self, parts: Address) -> Geocoded | None:
        """「静岡県葵区追手町9-6」「神奈川県緑区橋本6-2-1」「中区山下町1」: a 政令市 ward written
        without its city. The wards of that name in the written prefecture (else the list's
        own, ``home_prefecture``; else anywhere, with 東京都's 特別区 of the name) are the
        candidates: one is the answer; of several, the one listing the town; otherwise the
        address names no single place, and the reason says which cities have the ward (a pin
        in one of them would be a wrong place)."""
        head = city_key(f"{parts.city}{parts.town}")
        for end in (at + 1 for at, c in enumerate(head[:_LONGEST_WARD]) if c == "区"):
            ward, town_name = head[:end], head[end:]
            wards = self.gazetteer.wards_named(ward)
            if not wards:
                continue
            special = self.gazetteer.cities.get(("東京都", ward))
            nationwide = [*wards, *([special.place] if special else [])]
            context = parts.prefecture or self.home_prefecture
            candidates = [w for w in nationwide if w.prefecture == context] or (
                [] if parts.prefecture else nationwide
            )
            if not candidates:
                continue
            having = [(c, town) for c in candidates if (town := self._town(c, town_name, parts))]
            near = self._near_town_elsewhere(
                [place for place, _ in having], candidates, town_name, parts
            )
            if len(having) == 1 and not near:
                return _located(having[0][1])
            if len(candidates) == 1:
                # 「静岡県葵区」 alone: the ward's centre. A town it does not list may be another
                # prefecture's (「千葉県中央区銀座」 is 東京都's): left to the steps after
                return None if town_name else _located(candidates[0])
            shown = [place for place, _ in having] + near or candidates
            cities = dict.fromkeys(_city_of_ward(place, ward) for place in shown)
            return NotLocated(
                WARD_OF_SEVERAL_CITIES, (("ward", ward), ("cities", "・".join(cities)))
            )
        return None

    def _near_town_elsewhere(
        self, chosen: list[Place], candidates: list[Place], town_name: str, parts: Address
    ) -> list[Place]:
        """The other candidate wards that list the town with 町 added or left out: 「南区大橋
        1-1」 is 福岡市南区大橋 or 横浜市南区大橋町 (a 町 is often left out), so the town does
        not tell."""
        if not town_name:
            return []
        near = town_name.removesuffix("町") if town_name.endswith("町") else f"{town_name}町"
        return [
            other
            for other in candidates
            if other not in chosen and self._whole_town(other, near, parts)
        ]

    def _merged(self, parts: Address) -> Located | None:
        """A town written under the municipality it belonged to before a merger: the ward
        named after it (浦和市高砂 → さいたま市浦和区高砂), or the town that kept the old name
        at its front (岩手県稗貫郡石鳥谷町八幡 → 花巻市石鳥谷町八幡). Only a listed town
        answers: the old municipality's point is not known."""
        if ward := self.gazetteer.merged_into(parts.prefecture, parts.city):
            if (town := self._town(ward, parts.town, parts)) is not None:
                return _located(town)
        for old, town_name in _old_readings(parts.city, parts.town):
            if self._namesake_lists(parts.prefecture, old, town_name, parts):
                return None  # 「大阪府中川郡池田町旭町」 is 北海道's 池田町, not an old 池田町 of 大阪府
            found = self.gazetteer.town_of_merged(
                parts.prefecture,
                old,
                town_name,
                chome=parts.chome,
                numbers=parts.numbers,
                koaza=parts.koaza,
            ) or self.gazetteer.town_across(
                parts.prefecture or self.home_prefecture,
                old,
                town_name,
                chome=parts.chome,
                numbers=parts.numbers,
                koaza=parts.koaza,
            )
            if found is not None:
                return _located(found)
        return None

    def _namesake_lists(self, prefecture: str, old: str, town: str, parts: Address) -> bool:
        """Whether a current municipality of another prefecture, named as ``old`` is written
        (with its 郡 or without), lists ``town`` by its whole name: then the address is that
        municipality's under a wrong prefecture, not one merged away (``town_across`` asks
        the same)."""
        for name in dict.fromkeys((city_key(old), re.sub(r"^.+?郡", "", city_key(old)))):
            for other in self.gazetteer.prefectures_of.get(name, []):
                place = self.gazetteer.cities[(other, name)].place
                if other != prefecture and town and self._whole_town(place, town, parts):
                    return True
        return False

    def _ward_in_another_prefecture(self, parts: Address) -> Located | None:
        """「大阪府神戸市中央区加納町6-5-1」: a 政令市 and its ward, under the wrong prefecture.
        A ward names one current city (no municipality merged away had wards of its own), so
        the address is placed there when its town is listed there by its whole name. A city
        without a ward (東京都所沢市) may be an old name of the written prefecture, and is not
        guessed."""
        found = self.gazetteer.split("", f"{parts.city}{parts.town}")
        if not isinstance(found, tuple) or found[0].prefecture == parts.prefecture:
            return None
        city, town_name = found
        if not re.fullmatch(r".+市.+区", city.city) or city_key(city.city) != city_key(parts.city):
            return None
        town = self.gazetteer.town(
            city, town_name, chome=parts.chome, numbers=parts.numbers, koaza=parts.koaza,
            after_chome=parts.rest, partial=False,
        )  # fmt: skip
        return _located(town) if town is not None else None

    def _city_in_a_neighbouring_prefecture(self, parts: Address) -> Located | None:
        """「東京都所沢市東町」「神奈川県町田市中町1-20-23」: a city of a neighbouring prefecture,
        written under the wrong one. Placed there, with a notice that says so, only when
        - the name is a 市 or a 特別区, or a 町村 written with its 郡 (市 names are not given
          twice in Japan — 府中市 and 伊達市 are the exceptions — while 大和町 or 本町 were
          the names of many 町村 merged away);
        - exactly one neighbouring prefecture lists the city with the town by its whole name
          (and its 丁目): 神奈川県府中市宮西町 is 東京都's, not 広島県's;
        - and the written prefecture gives no reading of its own (an old municipality of that
          name whose town is listed there: 福岡県八幡市中央 is 北九州市八幡東区中央).
        A far prefecture (沖縄県町田市) is not guessed, nor a city with no town to check, nor
        a 特別区 whose name is a ward of the written prefecture's 政令市 (千葉県中央区).
        Tried last: 「東京都府中氏…」 is a 氏 typed for 市 first."""
        written, head = parts.prefecture, f"{parts.city}{parts.town}"
        if not written or not parts.town or self.gazetteer.split(written, head) is not None:
            return None
        found = []
        for other in sorted(neighbours(written)):
            split = self.gazetteer.split(other, head)
            if not isinstance(split, tuple):
                continue
            city, town_name = split
            name = city_key(head)[: len(city_key(head)) - len(town_name)]
            if not (name.endswith(("市", "区")) or "郡" in name):
                continue
            if any(w.prefecture == written for w in self.gazetteer.wards_named(name)):
                continue  # 千葉県中央区: 千葉市中央区 rather than 東京都中央区
            town = self.gazetteer.town(
                city, town_name, chome=parts.chome, numbers=parts.numbers, koaza=parts.koaza,
                after_chome=parts.rest, partial=False,
            )  # fmt: skip
            if town is not None:
                found.append((name, town))
        if len(found) != 1:
            return None
        name, town = found[0]
        old, town_name = _old_city_and_town(parts.city, parts.town)
        if self.gazetteer.town_across(
            written, old, town_name, chome=parts.chome, numbers=parts.numbers,
            koaza=parts.koaza, elsewhere=False,
        ):  # fmt: skip
            return None
        values = (("city", parts.city), ("written", written), ("prefecture", town.prefecture))
        return replace(_located(town), notice=OTHER_PREFECTURE, notice_values=values)

    def _named_inside(self, parts: Address, head: str) -> Located | None:
        """The first municipality named later in ``head`` whose town is listed: the address
        after a facility's or an island's name (「みんなの食堂さくら 福井市大手3丁目」). A city
        alone is not enough there: the words before it may be anything."""
        for city, town_name in self.gazetteer.splits_inside(parts.prefecture, head):
            town = self._town(city, town_name, parts, after_chome=parts.rest)
            if town is not None:
                return _located(town)
        return None

    def _by_postal_code(self, code: str) -> Located | None:
        found = self.gazetteer.postal(code)
        if found is None:
            return None
        prefecture, city_name, rest = found
        city = self.gazetteer.city(prefecture, city_name)
        if city is None:
            return None
        parts = parse(f"{prefecture}{city_name}{rest}")
        split = self.gazetteer.split(prefecture, f"{parts.city}{parts.town}")
        town_name = split[1] if isinstance(split, tuple) else parts.town
        town = self.gazetteer.town(
            city, town_name, chome=parts.chome, numbers=parts.numbers, koaza=parts.koaza
        )
        return _located(town or city)


_LONGEST_WARD = 6  # 「小倉北区」「安佐南区」: characters of a 政令市 ward's name, 区 and all


def _city_of_ward(ward: Place, name: str) -> str:
    """「横浜市」 for 横浜市緑区; a 特別区 with its prefecture: 「東京都北区」."""
    city = city_key(ward.city)
    return city.removesuffix(name) if city != name else f"{ward.prefecture}{city}"


_LONGEST_NAME = 16  # characters of a municipality's name with its 郡 (as the gazetteer reads)


def _numbers_and_rest(parts: Address) -> str:
    """What follows the town in ``parts``, written again for ``parse``."""
    chome = f"{parts.chome}丁目" if parts.chome is not None else ""
    numbers = "-".join(str(n) for n in parts.numbers)
    koaza = f"字{parts.koaza}" if parts.koaza else ""
    return f"{koaza}{chome}{numbers} {parts.rest}".rstrip()


def _old_readings(city: str, town: str) -> list[tuple[str, str]]:
    """The old municipality and its town, as ``_old_city_and_town`` reads them; then, for a
    市 whose name has 市 inside (八日市場市 → 匝瑳市, read 八日市 + 場市八日市場イ), the 市 that
    ends a few characters later."""
    readings = [_old_city_and_town(city, town)]
    if city.endswith("市") and (later := re.match(r"[^市町村区郡]{1,2}市(?=.)", town)):
        readings.append((city + later.group(0), town[later.end() :]))
    return readings


def _old_city_and_town(city: str, town: str) -> tuple[str, str]:
    """「今市市瀬川」 is read 今市 + 市瀬川 (the first 市 ends a city): a municipality the data
    no longer lists cannot correct that, so a town that begins with the city's own last
    character (市, 町, 村) gives that character back (今市市 + 瀬川, 八日市市 + 緑町)."""
    if city and town[:1] == city[-1] and town[:1] in "市町村" and len(town) > 1:
        return city + town[0], town[1:]
    return city, town


def _located(place: Place) -> Located:
    matched = f"{place.prefecture}{place.city}{place.town}"
    return Located(place.lat, place.lon, place.level, f"offline: {place.source}", matched)
