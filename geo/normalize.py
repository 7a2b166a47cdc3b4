"""Japanese address normalization: one spelling for the many ways an address is written.

``parse("〒300-0811 茨城県土浦市上高津1丁目２１番２５号 サンハイツ101")`` gives the postal code,
prefecture, city, town (町・大字, without 大字/字), 丁目, the block numbers (番地・号) and the
rest (building, room). ``Address.key`` is the normalised form used to compare and geocode.

What is folded:
- 全角/半角 (NFKC), spaces, 〒, 巿 (U+5DFF) for 市;
- 漢数字 (and 壱弐参拾) before 丁目/番地/番/号/条/線/地割 (一丁目 → 1丁目, 十二番地 → 12番地, 北一条 → 北1条),
  never inside other town names (二の宮, 八幡町, 三条市 stay as they are);
- the many hyphens (‐ － ー ― ｰ − – —) between numbers, and 番地/番/号/の between numbers;
- 大字 and 字 before a town name; a 小字 after 字 (大字田土部字中山) is kept in ``koaza``;
- numbers that belong to a town's name stay in it (札幌 北1条西, 岩手 第5地割, 北海道 東11号北);
- the prefecture may be omitted, the postal code may be present or not.

City names are found by their suffix (市, 郡+町村, 特別区, 政令市の区); the few cities whose name
itself contains 市 (四日市市, 廿日市市, 野々市市) are listed. The suffix is a first guess: the
geocoder re-splits city and town with its list of municipalities (余市郡, 南相馬市原町区). Without a gazetteer the first
number after a town is ambiguous (5-12 may be 5丁目12番 or 5番12号), so it stays in ``numbers``
and the geocoder decides with its list of 町丁目.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)  # fmt: skip
CITIES_WITH_SHI_INSIDE = ("四日市市", "廿日市市", "野々市市")
_PREFECTURE_INSIDE = re.compile("|".join(PREFECTURES))

# 壱・弐・参・拾: the 大字 numerals of old 登記 and deeds (壱丁目弐番地)
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                 "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}  # fmt: skip
_KANJI_UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_KANJI_NUMBER = "〇零一二三四五六七八九十百千壱弐参拾"
_HYPHENS = "‐‑‒–—―−－ーｰ-"
_POSTAL = re.compile(r"^(\d{3})-?(\d{4})")
_KANJI_BEFORE_UNIT = re.compile(
    rf"([{_KANJI_NUMBER}]+)(?=丁目|番地|番(?!町|丁)|号|地割|条(?![市町村区郡])|線)"
)
_HYPHEN_BETWEEN_DIGITS = re.compile(rf"(?<=\d)\s*[{_HYPHENS}]\s*(?=\d)")
_CITY_PATTERNS = (
    re.compile(r"^(.+?郡)?(.+?市)(.+?区)?"),
    re.compile(r"^(.+?郡)(.+?[町村])"),
    re.compile(r"^(.+?区)"),
    re.compile(r"^(.+?[町村])"),
)
_SPACE_BEFORE_UNIT = re.compile(rf"(?<=[\d{_KANJI_NUMBER}]) +(?=丁目|番地|番|号)")
_SPACE_AFTER_UNIT = re.compile(rf"(丁目|番地|番) +(?=[\d{_KANJI_NUMBER}])")
_OAZA = re.compile(r"^(大字|字)")
_NO_NUMBER = "無番地"
# 北海道: 「北1条西2丁目」「東11号北」「西1線北」, and 「学校町通1番町」 — numbers that are part of the
# town's name.
_FIRST_NUMBER = re.compile(r"\d+(?!\d|条|線|地割|号[東西南北]|番町)")
_KOAZA = re.compile(r"(?<!大)字")  # 字 of a 小字, not the 字 of 大字 (上浦大字浅海井浦字…)
_CHOME = re.compile(r"^(\d+)丁目-?")
_NUMBERS = re.compile(r"^\d+(?:(?:番地|番|号|の|-)+\d+)*(?:番地|番|号)?")


def kanji_to_int(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 百五 → 105, 一〇五 → 105."""
    if all(c in _KANJI_DIGITS for c in text):
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    total, current = 0, 0
    for c in text:
        if c in _KANJI_DIGITS:
            current = _KANJI_DIGITS[c]
        else:
            total += (current or 1) * _KANJI_UNITS[c]
            current = 0
    return total + current


def _basic(text: str) -> str:
    # 巿 (U+5DFF, a different character that looks like 市) is never part of a place name: an
    # address written 藤沢巿 comes from a font or an IME and means 藤沢市.
    text = unicodedata.normalize("NFKC", text).replace("〒", "").replace("巿", "市")
    text = re.sub(r"\s+", " ", text).strip()
    # "1 丁目 13 番 3 号": spaces inside the numbers are not a building's separator. (Not after
    # 号: "3号 101" is a room.)
    text = _SPACE_BEFORE_UNIT.sub("", text)
    text = _SPACE_AFTER_UNIT.sub(r"\1", text)
    text = _KANJI_BEFORE_UNIT.sub(lambda m: str(kanji_to_int(m.group(1))), text)
    return _HYPHEN_BETWEEN_DIGITS.sub("-", text)


@dataclass(frozen=True)
class Address:
    original: str
    postal_code: str = ""  # "300-0811"
    prefecture: str = ""
    city: str = ""  # 土浦市, 横浜市中区, 千代田区, 北相馬郡利根町
    town: str = ""  # 城北町, 藤沢 (without 大字/字)
    koaza: str = ""  # 小字: 中山 of 大字田土部字中山
    chome: int | None = None
    numbers: tuple[int, ...] = ()  # 番地, 号 … in order
    rest: str = ""  # building, room, anything after the numbers

    @property
    def key(self) -> str:
        """The normalised address without postal code and building: what a geocoder reads."""
        chome = f"{self.chome}丁目" if self.chome is not None else ""
        numbers = "-".join(str(n) for n in self.numbers)
        return f"{self.prefecture}{self.city}{self.town}{chome}{numbers}"


@functools.lru_cache(maxsize=1 << 16)
def parse(text: str) -> Address:
    """Split an address as written into its parts; never raises (unknown parts stay in rest).

    Cached by text (an ``Address`` is immutable): an import parses each row's address where
    it reads the postal code, where it geocodes and where it compares for duplicates.
    """
    original = text
    text = _basic(text)
    postal = ""
    if match := _POSTAL.match(text):
        postal = f"{match.group(1)}-{match.group(2)}"
        text = text[match.end() :].strip()
    # Spaces before the first number only separate parts of the name; after it they separate
    # the building.
    # (札幌の「北1条西2丁目」, 岩手の「第5地割」: those numbers are part of the town's name.)
    first_digit = _FIRST_NUMBER.search(text)
    cut = first_digit.start() if first_digit else len(text)
    # NFKC again: a space may have kept a half-width ﾞ from joining its kana (ｶ ﾞ → ガ).
    head, tail = unicodedata.normalize("NFKC", text[:cut].replace(" ", "")), text[cut:]
    prefecture = next((p for p in PREFECTURES if head.startswith(p)), "")
    if not prefecture and (named := _PREFECTURE_INSIDE.search(head)):
        # 「つくば市役所 茨城県つくば市研究学園…」: a facility's name before the address
        prefecture, head = named.group(0), head[named.start() :]
    city, town = _split_city(head[len(prefecture) :])
    town = _OAZA.sub("", town)
    if town.endswith(_NO_NUMBER):  # 大字藤沢無番地: the town, with no 番地 to give
        town, tail = town[: -len(_NO_NUMBER)], _NO_NUMBER + tail
    koaza = ""
    if split := _KOAZA.search(town, 1):  # 大字田土部字中山: the 小字 is kept apart
        town, koaza = town[: split.start()], town[split.end() :]
    chome = None
    if match := _CHOME.match(tail):
        chome = int(match.group(1))
        tail = tail[match.end() :]
    numbers: tuple[int, ...] = ()
    if match := _NUMBERS.match(tail):
        numbers = tuple(int(n) for n in re.findall(r"\d+", match.group(0)))
        tail = tail[match.end() :]
    rest = tail.lstrip("-").strip()
    return Address(original, postal, prefecture, city, town, koaza, chome, numbers, rest)


def _split_city(text: str) -> tuple[str, str]:
    for name in CITIES_WITH_SHI_INSIDE:
        if text.startswith(name) or (("郡" not in text[:4]) and name in text[:8]):
            i = text.index(name) + len(name)
            ward = re.match(r"^(.{1,3}?区)", text[i:])
            city = text[:i] + (ward.group(1) if ward else "")
            return city, text[len(city) :]
    for pattern in _CITY_PATTERNS:
        if match := pattern.match(text):
            city = "".join(g for g in match.groups() if g)
            if len(city) <= 12:
                return city, text[len(city) :]
    return "", text
