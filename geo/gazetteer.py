"""The embedded gazetteer: a point for every 市区町村, 大字・町丁目 and 郵便番号 of Japan.

Data: ``geo/data/places.zip``, built by ``scripts/build_gazetteer.py`` (sources and licences in
``geo/data/NOTICE``; the 大字・町丁目 points are Geolonia 住所データ, CC BY 4.0, 出典: 国土交通省
位置参照情報). The zip holds one small member per municipality and per 3-digit postal prefix.

Main decision: read lazily, one municipality at a time. Start-up reads only the member list
and ``cities.tsv`` (1,918 lines, a few milliseconds); the first address in a municipality
inflates that municipality's member (on average 150 lines, well under a millisecond for most)
and keeps its index in memory, so every later lookup is a few dictionary reads. A prebuilt
SQLite file would do the same with a B-tree, at 19.2 MB instead of 5.2 MB in the repository
(measured with the same rows, WITHOUT ROWID tables, after VACUUM).

Where the municipality ends in an address is decided by the list of municipalities
(``Gazetteer.split``: the longest listed name the address starts with), not by a pattern: 郡 and
towns with 市 or 区 in their names (余市郡, 南相馬市原町区, 三条市) are read right.

Names are compared as ``town_key`` spells them: NFKC, without 大字/字, 漢数字 before 丁目・条・線・
地割 as digits (北一条西二丁目 = 北1条西2丁目), ヶ/ヵ/が before a kanji as ケ, ノ/之 between kanji as
の, and a few old character forms (曾根崎 = 曽根崎). The same function spells both the data and
the address, so a spelling it folds can never make two different towns of one city collide
without both being listed. A name not listed as written is tried once more without a small kana
between kanji (緑ヶ丘 = 緑丘, 四ッ谷 = 四谷), and a 丁目 with 通 (本町8丁目 = 本町通八丁目), when
that leaves exactly one listed town.

Levels (``Place.level``):
- ``chome`` (町丁目): a listed 丁目 (also one the table lists in its 小字 column, 連尺通 |
  二丁目), a 町, or a 小字 of a 大字;
- ``oaza`` (大字): a listed 大字 or other named area without 丁目; also a town known only by
  its 丁目 (板谷 for 板谷一〜七丁目: the mean of their points) and an address whose town is
  only partly listed (the listed part answers);
- ``city`` (市区町村).
"""

from __future__ import annotations

import re
import threading
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

CHOME, OAZA, CITY = "chome", "oaza", "city"
NO_OAZA = "（大字なし）"  # the table's name for a municipality's 字 that belong to no 大字
TOWN_SOURCE = "Geolonia 住所データ (CC BY 4.0)"
CITY_SOURCES = {"1": "JpGeocode 0.3.1 (MIT)", "2": "町丁目の代表点から算出"}

_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9}  # fmt: skip
_KANJI_NUMBER_ONLY = re.compile(r"[一二三四五六七八九十]{1,3}")
_KANJI_NUMERAL = re.compile(
    r"[〇一二三四五六七八九十]+(?=丁目|番町|条(?![市町村区郡])|線|地割|号[東西南北]|号$)"
)
_KANJI = r"\u3400-\u9fff"
_KE = re.compile(rf"(?<=[\u3041-\u30fa{_KANJI}])[ヶヵがガケ](?=[{_KANJI}])")  # 旭が丘 むさしが丘
_NO = re.compile(rf"(?<=[{_KANJI}])[ノ之乃](?=[{_KANJI}])")
# Old and variant forms written in addresses for the common form (and the reverse).
_VARIANTS = str.maketrans(
    "曾檜龍澤邊邉嶋嶌﨑嵜碕國舘冨濱濵廣髙槇德淺眞齋齊藪條瀨渕櫻藏惠穗瀧峯嶽當壽榮黑檮",
    "曽桧竜沢辺辺島島崎崎崎国館富浜浜広高槙徳浅真斎斉薮条瀬淵桜蔵恵穂滝峰岳当寿栄黒梼",
)
# The small kana written or left out between two kanji of a town's name: 緑ヶ丘 = 緑丘 (豊中市),
# 四ッ谷 = 四谷, 四ツ木 = 四つ木. Compared only when the name as written is not listed, and only
# where it leaves one listed town of the municipality (岩ケ崎 and 岩崎 of one city: neither).
_LOOSE = re.compile(rf"(?<=[{_KANJI}])[ケツつッっ](?=[{_KANJI}])")
_OAZA_PREFIX = re.compile(r"^(大字|字)")
_CHOME_SUFFIX = re.compile(r"\d+丁目$")
_KANJI_CHOME = re.compile(r"[〇一二三四五六七八九十0-9０-９]+丁目$")
# 京都の通り名: 「寺町通御池上る上本能寺前町」 — the 町 comes after the last of these.
_KOAZA_SPLIT = re.compile("字")
_WARD = re.compile(r"^[^\d区]{1,3}区(?=.)")  # 「中央区」 at the start of what follows a 政令市
_OLD_TOWN = re.compile(r"^(.{2,3}?)[町村](?=.)")  # 美原町 of 「堺市美原町黒山」
_LONGEST_CITY = 16  # characters: 「西村山郡河北町」「横浜市保土ケ谷区」 fit with room
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{2}")  # ビル, ハイツ, プラザ (not 緑ケ丘's ケ)
_KYOTO_DIRECTION = re.compile(r".*(?:上る|上ル|下る|下ル|入る|入ル|西入|東入|上がる|下がる)")


def _kanji_number(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


@cache
def town_key(name: str) -> str:
    """A town name as compared (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name).replace(" ", "").replace("\u3000", "")
    text = text.translate(_VARIANTS).replace("ヶ", "ケ").replace("ヵ", "ケ")  # 五條 = 五条
    text = _OAZA_PREFIX.sub("", text).replace("大字", "")  # 上浦大字浅海井浦 = 上浦浅海井浦
    text = _KANJI_NUMERAL.sub(lambda m: str(_kanji_number(m.group(0))), text)
    text = _KE.sub("ケ", text)
    return _NO.sub("の", text)


def city_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).replace("ヶ", "ケ").translate(_VARIANTS)


@dataclass(frozen=True)
class Place:
    level: str  # CHOME | OAZA | CITY
    prefecture: str
    city: str
    town: str
    lat: float
    lon: float
    source: str


@dataclass(frozen=True)
class _City:
    member: str  # the zip member of its towns ("" when the table lists none)
    place: Place


class _TownIndex:
    """The 大字・町丁目 of one municipality, by ``town_key``."""

    def __init__(self, city: Place, lines: list[str]) -> None:
        self.kyoto = city.city.startswith("京都市")  # 通り名 (寺町通御池上る) only there
        self.towns: dict[str, Place] = {}
        self.koaza: dict[str, dict[str, Place]] = defaultdict(dict)
        groups: dict[str, tuple[str, list[Place]]] = {}
        chome_groups: set[str] = set()  # towns with listed 丁目 (下高津 of 下高津一丁目)
        for line in lines:
            name, koaza, lat, lon = line.split("\t")
            if name == NO_OAZA:
                if koaza:  # 宇多津町（大字なし）字吉田: the 字 is the town, written 宇多津町字吉田
                    place = self._place(city, CHOME, koaza, lat, lon)
                    self.towns.setdefault(town_key(koaza), place)
                continue
            key = town_key(name)
            if koaza:
                place = self._place(city, CHOME, f"{name}{koaza}", lat, lon)
                self.koaza[key][town_key(koaza)] = place
                groups.setdefault(key, (name, []))[1].append(place)
                if _KANJI_CHOME.fullmatch(koaza):  # 十王町 | 二丁目: the 丁目 of 十王町
                    self.towns.setdefault(f"{key}{town_key(koaza)}", place)
                    chome_groups.add(key)
                continue
            level = CHOME if _is_chome_level(name) else OAZA
            self.towns[key] = place = self._place(city, level, name, lat, lon)
            if _CHOME_SUFFIX.search(key):
                base = _CHOME_SUFFIX.sub("", key)
                chome_groups.add(base)
                groups.setdefault(base, (_KANJI_CHOME.sub("", name), []))[1].append(place)
        # A town known only by its 丁目 or its 小字 still answers, at the level of the whole.
        self.only_chome: set[str] = set()  # 下高津 (一〜四丁目): no 大字 of that name is listed
        for key, (name, members) in groups.items():
            if key and key not in self.towns:
                if key in chome_groups:
                    self.only_chome.add(key)
                self.towns[key] = Place(
                    OAZA,
                    city.prefecture,
                    city.city,
                    name,
                    round(sum(p.lat for p in members) / len(members), 6),
                    round(sum(p.lon for p in members) / len(members), 6),
                    TOWN_SOURCE,
                )
        self.by_length = sorted(self.towns, key=len, reverse=True)
        loose: dict[str, set[str]] = defaultdict(set)
        for key in self.towns:
            loose[_LOOSE.sub("", key)].add(key)
        self.loose = {k: next(iter(keys)) for k, keys in loose.items() if len(keys) == 1}
        # 姫路市 広畑区西夢前台: names that begin with a 区 of their own
        self.ward_names = {m.group(0) for key in self.towns if (m := _WARD.match(key))}

    @staticmethod
    def _place(city: Place, level: str, name: str, lat: str, lon: str) -> Place:
        return Place(level, city.prefecture, city.city, name, float(lat), float(lon), TOWN_SOURCE)


def _is_chome_level(name: str) -> bool:
    """丁目 and 町 are 町丁目; a name the source marks 大字/字, or any other, is a 大字."""
    if _OAZA_PREFIX.match(name):
        return False
    return "丁目" in name or name.endswith("町")  # 本通五丁目北 (札幌) is a 丁目 too


class Gazetteer:
    """Municipalities in memory; each municipality's towns and each postal prefix on demand."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            path = Path(str(resources.files("geo").joinpath("data/places.zip")))
        # One open archive for the life of the gazetteer (reopening it would read the member
        # list again for each municipality); reads go through the lock.
        self._archive = zipfile.ZipFile(path)
        self._lock = threading.Lock()
        self._indexes: dict[str, _TownIndex] = {}
        self._postal: dict[str, dict[str, tuple[str, str, str]]] = {}
        self.cities: dict[tuple[str, str], _City] = {}
        self.prefectures_of: dict[str, list[str]] = defaultdict(list)
        self.wards_of: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._ward_named: dict[str, list[Place]] = defaultdict(list)  # 浦和 → さいたま市浦和区
        self._members = set(self._archive.namelist())
        text = self._archive.read("cities.tsv").decode("utf-8")
        for line in text.splitlines():
            index, prefecture, city, lat, lon, source = line.split("\t")
            member = f"towns/{index}.tsv"
            place = Place(CITY, prefecture, city, "", float(lat), float(lon), CITY_SOURCES[source])
            key = city_key(city)
            entry = _City(member if member in self._members else "", place)
            if (prefecture, key) in self.cities:  # 梼原町 again, after 高岡郡檮原町 without 郡
                continue
            self.cities[(prefecture, key)] = entry
            self.prefectures_of[key].append(prefecture)
            if ward := re.match(r"^(.+?市)(.+区)$", key):
                self.wards_of[(prefecture, ward.group(1))].append(key)
                self._ward_named[ward.group(2)[:-1]].append(place)
            if gun := re.match(r"^.+?郡(.+[町村])$", key):  # 稲敷郡阿見町, written 阿見町
                self.cities.setdefault((prefecture, gun.group(1)), self.cities[(prefecture, key)])
                self.prefectures_of[gun.group(1)].append(prefecture)
        self._renamed()

    def _renamed(self) -> None:
        """A municipality ``cities.tsv`` still lists by a former name, without towns or wards
        (篠山市, 丹波篠山市 since 2019), is read as the one listed with towns under the new name
        that ends with it: the new one's point and towns answer an address written with the
        former name (still common in lists)."""
        for (prefecture, key), entry in list(self.cities.items()):
            if (
                entry.member
                or self.wards_of.get((prefecture, key))
                or key != city_key(entry.place.city)
            ):
                continue
            current = {
                e.place
                for (p, name), e in self.cities.items()
                if p == prefecture and e.member and name != key and name.endswith(key)
                and name == city_key(e.place.city)
            }  # fmt: skip
            if len(current) == 1:
                place = current.pop()
                self.cities[(prefecture, key)] = self.cities[(prefecture, city_key(place.city))]

    def _read(self, member: str) -> list[str]:
        with self._lock:
            return self._archive.read(member).decode("utf-8").splitlines()

    def close(self) -> None:
        self._archive.close()

    def __del__(self) -> None:
        self._archive.close()

    def __len__(self) -> int:
        return len(self.cities)

    def city(self, prefecture: str, city: str) -> Place | None:
        """The municipality, trying the spellings a written address may use."""
        for name in _city_spellings(city_key(city)):
            if prefecture:
                if found := self.cities.get((prefecture, name)):
                    return found.place
            elif len(self.prefectures_of.get(name, [])) == 1:
                return self.cities[(self.prefectures_of[name][0], name)].place
        return None

    def split(self, prefecture: str, head: str) -> tuple[Place, str] | list[str] | None:
        """The longest listed municipality ``head`` starts with, and the rest (its town).

        ``head`` is an address without its prefecture and numbers (「余市郡仁木町北町」,
        「南相馬市原町区江井」): the list, not a pattern, decides where the municipality ends, so
        a 郡 or town with 市 or 区 in its name (余市郡, 原町区) is read right. Without a
        prefecture, a name in several prefectures gives their list; none gives None.
        """
        key = city_key(head)
        for length in range(min(len(key), _LONGEST_CITY), 1, -1):
            name = key[:length]
            if prefecture:
                if found := self.cities.get((prefecture, name)):
                    return found.place, self._without_new_ward(found.place, key[length:])
                continue
            prefectures = self.prefectures_of.get(name, [])
            if len(prefectures) == 1:
                return self.cities[(prefectures[0], name)].place, key[length:]
            if prefectures:
                return sorted(set(prefectures))
        return None

    def splits_inside(self, prefecture: str, head: str) -> Iterator[tuple[Place, str]]:
        """Each listed municipality that begins later in ``head``, and the rest after it:
        「ひまわりサロン(宇部市常盤町」 (a facility's name first), 「八丈島八丈町大賀郷」. Only a
        name of three characters or more, and only one a single prefecture has (or the
        given one), so a short name inside a word (北区 in 城北区…) is not taken for a city."""
        key = city_key(head)
        for start in range(1, len(key) - 2):
            found = self.split(prefecture, key[start:])
            if isinstance(found, tuple) and len(key) - start - len(found[1]) >= 3:
                yield found

    def merged_into(self, prefecture: str, old: str) -> Place | None:
        """The ward a merged municipality became (浦和市 → さいたま市浦和区, 清水市 → 静岡市清水区,
        南河内郡美原町 → 堺市美原区), when exactly one ward has its name."""
        stem = re.sub(r"^.+?郡", "", city_key(old))[:-1]
        if len(stem) < 2:
            return None
        wards = [
            w
            for w in self._ward_named.get(stem, [])
            if w.prefecture == prefecture or not prefecture
        ]
        return wards[0] if len(wards) == 1 else None

    @cache  # noqa: B019 (one gazetteer per process)
    def siblings(self, city: Place) -> list[Place]:
        """The other wards of a 政令市's ward (港北区 for 横浜市中区), the other 町村 of a
        町村's 郡 (岐南町 for 羽島郡笠松町), and the municipalities of the prefecture whose name
        is one character apart (安城市 for 新城市): where a town written under the wrong one
        is."""
        ward = re.match(r"^(.+?市).+区$", city.city)
        gun = re.match(r"^.+?郡", city.city)
        group = ward.group(1) if ward else gun.group(0) if gun else ""
        own = re.sub(r"^.+?郡", "", city_key(city.city))
        return [
            entry.place
            for (prefecture, name), entry in self.cities.items()
            if prefecture == city.prefecture
            and name == city_key(entry.place.city)  # each once (not 笠松町 for 羽島郡笠松町)
            and entry.place.city != city.city
            and (
                (group and entry.place.city.startswith(group))
                and (not ward or entry.place.city.endswith("区"))
                # 新城市 for 安城市: one character mistyped, into another municipality's name
                or _one_apart(own, re.sub(r"^.+?郡", "", name))
            )
        ]

    def wards_named(self, ward: str) -> list[Place]:
        """The wards of 政令市 that share a 特別区's name: 「中央区」 is 東京都中央区 and 札幌市・
        千葉市・相模原市… 中央区, 「北区」 東京都北区 and eleven others."""
        return list(self._ward_named.get(city_key(ward)[:-1], [])) if ward.endswith("区") else []

    def town_of_merged(
        self, prefecture: str, old: str, town: str, *, chome: int | None = None,
        numbers: tuple[int, ...] = (), koaza: str = "",
    ) -> Place | None:  # fmt: skip
        """A town of a merged municipality, written under its old name: 「岩手県稗貫郡石鳥谷町
        八幡」 is 花巻市石鳥谷町八幡, the old name kept at the front of the town's. Read only
        when the prefecture is known (every municipality of it is looked in once), and only a
        town listed under exactly one municipality, by its whole name, answers."""
        name = re.sub(r"^.+?郡", "", city_key(old))
        if not prefecture or len(name) < 2:
            return None
        # 東頸城郡安塚町 → 上越市安塚区; 水海道市宝町 → 常総市水海道宝町; 静内郡静内町御幸町 →
        # 新ひだか町静内御幸町
        # 吉野郡西吉野村城戸 → 五條市西吉野町城戸, 勢多郡新里村新川 → 桐生市新里町新川: a 村 whose
        # towns were named 町 in the city it merged into
        spellings = dict.fromkeys(
            (name, f"{name[:-1]}区", name[:-1], *([f"{name[:-1]}町"] if name[-1] == "村" else []))
        )
        cities = self._towns_beginning(prefecture).get(name[:2], [])
        for partial in (False, True):  # a whole name first: 結城市 has a 大字水海道 too
            found = set()
            for city in cities:
                index = self._index(city)
                for written in spellings:
                    if (
                        index is not None
                        and (
                            place := _find(
                                index, f"{written}{town}", chome, numbers, koaza, partial=partial
                            )
                        )
                        and (key := town_key(place.town)).startswith(town_key(written))
                        and len(key) > len(town_key(written))  # not a town of the old name alone
                        # nor one that ends inside the written town's first word: 山田 + 南 of
                        # 山田南 (吹田市) for 山田市南吹田, 下島松 (恵庭市) for 下島町松浦
                        and (not partial or _covers(key[len(town_key(written)) :], town))
                    ):
                        found.add(place)
                        break
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def town_across(
        self, prefecture: str, written: str, town: str, *, chome: int | None = None,
        numbers: tuple[int, ...] = (), koaza: str = "", elsewhere: bool = True,
    ) -> Place | None:  # fmt: skip
        """A town written under a municipality the data does not list — one merged away whose
        name the new one does not carry (田無市南町 → 西東京市南町, 甘木市甘木 → 朝倉市甘木), or
        a mistyped one (士浦市) — looked up in every municipality of the prefecture.

        The town (with its 丁目) must be listed, by its whole name, in exactly one municipality
        that shows it is the one meant:
        - the old name lives on there, in the municipality's name (本荘市 → 由利本荘市), in one
          of its towns (西東京市田無町, 朝倉市甘木, 秋葉区新津) or in its 郡 (虻田郡虻田町 →
          虻田郡洞爺湖町): a municipality merged away leaves its name to its 大字 or 町 far
          more often than not, and a town that merely has the same name elsewhere (南町)
          carries no such sign;
        - or the municipality's name is the written one with one character changed (久留未市
          → 久留米市): a typo. Alone that answers only for a name of four characters or more, or
          one whose other character is a look-alike (士浦市 → 土浦市, ``_LOOK_ALIKES``);
          it always counts as a second place that fits, so a short typo (松木市中央 for 松本市
          中央) is not read as an old name that some 大字松木 elsewhere lives on in.
        Two places that fit, or none, answer nothing: there is no table of mergers to decide
        with.
        A name listed in another prefecture that has the town (東京都所沢市東町) is a wrong
        prefecture, not an old name, and is not looked for here (``elsewhere=False``: looked
        for all the same, to know whether the written prefecture also has a reading).
        """
        gun = re.match(r"^.+?郡", city_key(written))
        name = city_key(written)[gun.end() if gun else 0 :]
        stem = town_key(name[:-1]) if name[-1:] in "市町村" else ""
        if not prefecture or not town or len(name) < 2:
            return None
        for other in self.prefectures_of.get(name, []) if elsewhere else []:
            index = self._index(self.cities[(other, name)].place)
            if index is not None and _find(index, town, chome, numbers, koaza, partial=False):
                return None  # 東京都所沢市東町: 埼玉県所沢市 has a 東町; 竜王町竜王新町 is old
        head = town_key(town)[:2]
        cities = {c.city: c for c in self._towns_beginning(prefecture).get(head, [])}
        near = {c for c in self._cities_of(prefecture) if _one_apart(name, c)}
        shown, typo, strong = set(), set(), set()
        for city in cities.values():
            index = self._index(city)
            if index is None or not (
                place := _find(index, town, chome, numbers, koaza, partial=False)
            ):
                continue
            if city.city in near or any(city.city.startswith(n) for n in near):
                typo.add(place)
            own = town_key(place.town)
            carriers = [key for key in index.towns if len(stem) >= 2 and stem in key]
            if (
                (len(stem) >= 2 and stem in city_key(city.city))
                or any(key != own for key in carriers)
                or (gun and city.city.startswith(gun.group(0)))  # 虻田郡虻田町 → 虻田郡洞爺湖町
            ):
                strong.add(place)
            if carriers:  # the town itself may carry the name: 朝倉市甘木 (and 大牟田市甘木)
                shown.add(place)
        if len(shown) > 1:  # 平田市平田町: a city where more than the town carries the name
            shown &= strong
        shown |= strong
        # A typo alone answers only for a long name: 士浦市 is one character from 土浦市, but
        # 佐原市 (→ 香取市) is one from 市原市, 茂原市 and 佐倉市 too. A short name answers
        # when its one other character is a look-alike or a sound-alike of the one municipality
        # that close (士浦市 → 土浦市, 大恒市 → 大垣市, 尼先市 → 尼崎市): what handwriting, a
        # scan or an IME gives, not a name of its own.
        mistyped = len(near) == 1 and _look_alike(name, next(iter(near)))
        found = shown | typo if shown or len(name) >= 4 or mistyped else set()
        return found.pop() if len(found) == 1 else None

    @cache  # noqa: B019 (one gazetteer per process)
    def _cities_of(self, prefecture: str) -> set[str]:
        """The names of a prefecture's municipalities as an address may write them (with and
        without 郡, a 政令市 with and without its ward)."""
        names = {name for (p, name) in self.cities if p == prefecture}
        return names | {w.group(1) for n in names if (w := re.match(r"^(.+?市).+区$", n))}

    @cache  # noqa: B019 (one gazetteer per process)
    def _towns_beginning(self, prefecture: str) -> dict[str, list[Place]]:
        """The municipalities of a prefecture by the first two characters of their towns'
        names (without 大字/字): 「石鳥谷」 → [花巻市]. Read from the members' lines, without
        building each municipality's index (北海道: 188 members in about 0.1 s, once)."""
        members = {e.member: e.place for (p, _), e in self.cities.items() if p == prefecture}
        found: dict[str, list[Place]] = defaultdict(list)
        for member, city in members.items():
            if not member:
                continue
            names = {_OAZA_PREFIX.sub("", line.split("\t", 1)[0]) for line in self._read(member)}
            # as written and as compared (龍野 = 竜野): the head of either finds the city
            heads = {name[:2] for name in names} | {town_key(name)[:2] for name in names}
            for head in heads:
                found[head].append(city)
        return found

    def _without_new_ward(self, city: Place, rest: str) -> str:
        """「浜松市中央区元城町」: a ward newer than the data (浜松市 merged its wards into 中央区,
        浜名区 and 天竜区 in 2024) is dropped, and the town is looked up in every ward."""
        ward = _WARD.match(rest)
        if ward is None or not any(
            p == city.prefecture and name.startswith(city.city) and name.endswith("区")
            for p, name in self.cities
        ):
            return rest
        return rest[ward.end() :]

    def _index(self, city: Place) -> _TownIndex | None:
        entry = self.cities.get((city.prefecture, city_key(city.city)))
        if entry is None or not entry.member:
            return None
        index = self._indexes.get(entry.member)
        if index is None:  # two threads may both build it: the same index, the last one kept
            index = self._indexes[entry.member] = _TownIndex(city, self._read(entry.member))
        return index

    def town(
        self,
        city: Place,
        town: str,
        *,
        chome: int | None = None,
        numbers: tuple[int, ...] = (),
        koaza: str = "",
        after_chome: str = "",
        partial: bool = True,
    ) -> Place | None:
        """The finest listed place of the town part of an address in ``city``.

        A 政令市 written without its ward ("横浜市日吉本町") is looked up in every ward; the
        town answers when exactly one ward has it. ``partial=False``: only a town listed by
        its whole name answers, not the longest listed one the name starts with.
        """
        if not town:
            return None
        index = self._index(city)
        if index is not None:
            return _find(
                index, town, chome, numbers, koaza, partial=partial, after_chome=after_chome
            )
        found = []
        wards = self.wards_of.get((city.prefecture, city_key(city.city)), [])
        for ward in wards:
            ward_place = self.cities[(city.prefecture, ward)].place
            ward_index = self._index(ward_place)
            if ward_index is not None and (
                place := _find(
                    ward_index, town, chome, numbers, koaza, partial=False, after_chome=after_chome
                )
            ):
                found.append(place)
        if not found and (old := _OLD_TOWN.match(town_key(town))):
            # 「堺市美原町黒山」: the town merged into the city became the ward of its name
            ward = f"{city_key(city.city)}{old.group(1)}区"
            if ward in wards:
                return self.town(
                    self.cities[(city.prefecture, ward)].place, town[old.end() :],
                    chome=chome, numbers=numbers, koaza=koaza, after_chome=after_chome,
                )  # fmt: skip
        return found[0] if len(found) == 1 else None

    def towns_of(self, prefecture: str, city: str) -> list[Place]:
        """Every listed 大字・町丁目 point of a municipality, as the table lists them (no
        derived wholes), for drawing a town's names on a map; [] when none are listed."""
        entry = self.cities.get((prefecture, city_key(city)))
        if entry is None or not entry.member:
            return []
        found = []
        for line in self._read(entry.member):
            name, koaza, lat, lon = line.split("\t")
            if name == NO_OAZA:
                name, koaza = koaza, ""
            if not name:
                continue
            level = CHOME if koaza or _is_chome_level(name) else OAZA
            town = _OAZA_PREFIX.sub("", f"{name}{koaza}")
            found.append(_TownIndex._place(entry.place, level, town, lat, lon))
        return found

    def postal(self, code: str) -> tuple[str, str, str] | None:
        """(都道府県, 市区町村, 町域 and for a 事業所 its 番地) of a postal code "300-0811"."""
        digits = code.replace("-", "")
        prefix = digits[:3]
        table = self._postal.get(prefix)
        if table is None:
            member = f"postal/{prefix}.tsv"
            lines = self._read(member) if member in self._members else []
            table = {}
            for line in lines:
                number, prefecture, city, address = line.split("\t")
                table[number] = (prefecture, city, address)
            self._postal[prefix] = table
        return table.get(digits)


def _find(
    index: _TownIndex,
    town: str,
    chome: int | None,
    numbers: tuple[int, ...],
    koaza: str,
    *,
    partial: bool = True,
    after_chome: str = "",
    _retry: bool = False,
) -> Place | None:
    written = f"{town}字{koaza}" if koaza else town
    key = town_key(town)
    if index.kyoto and (direction := _KYOTO_DIRECTION.match(key)):
        if rest := key[direction.end() :]:
            key = rest
        else:
            # 「大和大路通四条下る4丁目小松町」: the 丁目 counts blocks along the street and the
            # 町 comes after it; the street's own name (大和大路) is never the answer.
            town_after = re.match(r"[^\d\s-]+", after_chome)
            return index.towns.get(town_key(town_after.group(0))) if town_after else None
    # 字 splits 大字 from 小字, but is also inside names (十文字町, 植大字西狐谷 = 植大 + 西狐谷):
    # every split is tried, the 小字 first.
    for split in _KOAZA_SPLIT.finditer(written, 1):
        oaza, small = town_key(written[: split.start()]), town_key(written[split.end() :])
        if place := index.koaza.get(oaza, {}).get(small) or index.towns.get(f"{oaza}字{small}"):
            return place
    if chome is not None:
        # 札幌の「本通5丁目北」: the 丁目 is followed by a direction that is part of the name
        for suffix in (after_chome[:1], ""):
            if suffix in "東西南北" and (place := index.towns.get(f"{key}{chome}丁目{suffix}")):
                return place
        # 「本町8丁目」「旭川市6条9丁目」: 通 left out of 本町通八丁目・六条通九丁目, when the
        # town has no such 丁目 without it, nor one with a kana left out (名古屋市千種区の
        # 茶屋坂一丁目: 茶屋坂通一丁目 or 茶屋が坂一丁目, no answer)
        if (
            f"{key}{chome}丁目" not in index.towns
            and (place := index.towns.get(f"{key}通{chome}丁目"))
            and index.loose.get(_LOOSE.sub("", f"{key}{chome}丁目")) in (None, f"{key}{chome}丁目")
        ):
            return place
    if chome is None and numbers and numbers[0] <= 50:
        # 中央2-3-4: the first number is the 丁目 when the town has one of that number (and
        # the town itself is not also a 大字 with 番地 such as 板谷1-2); 下高津2 alone too,
        # when the town is known only by its 丁目 (there is no 番地 without a 丁目 to read).
        place = index.towns.get(f"{key}{numbers[0]}丁目")
        if place is not None and (
            len(numbers) >= 2 or key not in index.towns or key in index.only_chome
        ):
            return place
    if chome is None and numbers and (place := _jo_chome(index, key, numbers, after_chome)):
        return place
    if numbers and (place := index.koaza.get(key, {}).get(f"{numbers[0]}号")):
        return place  # 旭川の「東鷹栖3線10号」: the 号 is a 小字 of the 線
    for name in (key, town_key(written)):  # 八文字町 was read as 八文 + 字町
        if place := index.towns.get(name):
            return place
    if numbers and (place := index.towns.get(f"{key}{numbers[0]}号")):
        return place  # 北海道: 「東11号北」 is listed, 「西1線北33号」 written 西1線北33号12-3
    if (ward := _WARD.match(town)) and town_key(ward.group(0)) not in index.ward_names and (
        place := _find(
            index, town[ward.end() :], chome, numbers, koaza, partial=partial,
            after_chome=after_chome,
        )
    ):  # fmt: skip
        return place  # 盛岡市玉山区渋民: the ward of a merged town (玉山村), not in the table
    # 「宇治琵琶」「鶴賀緑町」: a 大字 and its listed 小字 written together, without 字 — the
    # whole name, as listed, in two columns
    for end in range(len(key) - 1, 1, -1):
        if place := index.koaza.get(key[:end], {}).get(key[end:]):
            return place
    loose = _LOOSE.sub("", key)
    if (
        not _retry
        and (listed := index.loose.get(loose))
        and listed != key
        and (chome is None or f"{key}通{chome}丁目" not in index.towns)
        and (
            place := _find(
                index, listed, chome, numbers, koaza, partial=False, after_chome=after_chome,
                _retry=True,
            )
        )
    ):  # fmt: skip
        return place  # 緑ヶ丘 for 緑丘, 四ッ谷 for 四谷
    if not partial:
        return None
    # The address names more than is listed (a 小字 without 字, a building name run on):
    # the longest listed town it starts with answers, or its 小字 when the rest names one.
    for name in index.by_length:
        if len(name) >= 2 and key.startswith(name):
            rest = key[len(name) :]
            if _KATAKANA_WORD.match(rest):
                # 「土浦市 中央ビル3F」「前橋市本町ハイツ」: the name runs on into a word, a
                # building's name that begins like a town (中央, 本町, 駅前) — not that town
                return None
            if rest and (place := index.koaza.get(name, {}).get(rest)):
                return place
            if _KANJI_NUMBER_ONLY.fullmatch(rest) and (
                place := index.towns.get(f"{name}{_kanji_number(rest)}丁目")
            ):
                return place  # 下高津二: the 丁目 written without 丁目
            found = index.towns[name]
            return Place(OAZA, *_fields(found)) if found.level == CHOME and rest else found
    return None


def _jo_chome(
    index: _TownIndex, key: str, numbers: tuple[int, ...], after_chome: str
) -> Place | None:
    """北海道の条・丁目 written without 条 and 丁目, as forms and residents shorten them:
    「平岸3-9-1」 (平岸三条九丁目 1番) and 「北1西2」「東区北10東7」 (北一条西二丁目). Only where
    the 条・丁目 is listed and the town is not a 大字 of its own, whose 番地 the numbers
    could be."""
    if len(numbers) >= 2 and key not in index.towns:  # 平岸 is listed only as 平岸N条
        return index.towns.get(f"{key}{numbers[0]}条{numbers[1]}丁目")
    if (
        key
        and key[-1] in "東西南北"
        and (street := re.match(r"([東西南北])(\d+)(?!\d)", after_chome))
    ):
        return index.towns.get(f"{key}{numbers[0]}条{street.group(1)}{street.group(2)}丁目")
    return None


def _covers(listed: str, town: str) -> bool:
    """Whether ``listed``, what a listed name has after an old municipality's, reads as the
    written town and not as a part of its first word: two characters or more, or all of it."""
    return (
        len(listed) >= 2 or town_key(town).startswith(listed) and len(town_key(town)) == len(listed)
    )


def _one_apart(written: str, name: str) -> bool:
    """The same length, three characters or more, and one character other: 士浦市 and 土浦市."""
    return (
        len(written) == len(name) >= 3
        and written[-1] == name[-1]
        and sum(a != b for a, b in zip(written, name, strict=True)) == 1
    )


# Characters written for one another in municipalities' names, where the one written is rare in
# names: look-alikes in handwriting and scans (士/土, 恒/垣, 律/津, 未/米・末) and the IME's
# sound-alike 先/崎. Not 木/本, 大/太 or 代/台: 松木, 太田 and 八代 are names of their own.
_LOOK_ALIKES = {frozenset(pair) for pair in "士土 恒垣 律津 未米 未末 先崎".split()}


def _look_alike(written: str, name: str) -> bool:
    """Whether the one character ``written`` has other than ``name`` is a look-alike of it."""
    return any(
        frozenset((a, b)) in _LOOK_ALIKES for a, b in zip(written, name, strict=True) if a != b
    )


def _fields(place: Place) -> tuple[str, str, str, float, float, str]:
    return (place.prefecture, place.city, place.town, place.lat, place.lon, place.source)


def _city_spellings(city: str) -> list[str]:
    names = [city]
    if gun := re.match(r"^(.+?郡)(.+[町村])$", city):
        names.append(gun.group(2))
    if ward := re.match(r"^(.+?市)(.+区)$", city):
        names.append(ward.group(1))
    return names


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
