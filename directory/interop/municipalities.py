"""全国地方公共団体コード: which municipality a 自治体標準 row belongs to.

The first columns of every 自治体標準オープンデータセット table are 都道府県コード又は市区町村コード,
都道府県名 and 市区町村名. The code is the 6-digit 全国地方公共団体コード (JIS X 0402): five digits
(2 for the prefecture, 3 for the municipality) and a check digit, computed as 総務省 defines it —
the digits weighted 6, 5, 4, 3, 2, summed, and the remainder of the sum divided by 11 taken from
11; the last digit of that is the check digit (so 土浦市 08203 → 082031).

A directory published by one municipality configures its code (``TSUNAGARI_MUNICIPALITY_CODE``);
it must have a valid check digit and be in the list, or the app does not start. Without it, each
row's code and names come from the listing's address: prefecture and city as ``geo.normalize``
splits them, the 郡 name dropped (the list writes 利根町, not 北相馬郡利根町), a ward of a 政令指定都市
taking its city's code (the list has no wards), and a missing prefecture taken from the one city
of that name, or from the home prefecture when several share it.

The list (``data/municipalities.tsv``) is 総務省's; its source and licence are in ``data/NOTICE``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from directory import labels
from geo.gazetteer import default_gazetteer
from geo.normalize import parse as parse_address

_WEIGHTS = (6, 5, 4, 3, 2)
_WARD = re.compile(r"^(.+?市)(.+区)$")


@dataclass(frozen=True)
class Municipality:
    """One line of the list: a prefecture (``city`` empty) or a municipality."""

    code: str
    prefecture: str
    city: str = ""


NOWHERE = Municipality("", "", "")


class InvalidMunicipalityCode(ValueError):
    """A configured code that is not a 全国地方公共団体コード in the list."""


def check_digit(code5: str) -> str:
    """The check digit of a 5-digit 団体コード."""
    if len(code5) != 5 or not (code5.isascii() and code5.isdigit()):
        raise ValueError(code5)
    total = sum(int(digit) * weight for digit, weight in zip(code5, _WEIGHTS, strict=True))
    return str((11 - total % 11) % 10)


def has_valid_check_digit(code: str) -> bool:
    return len(code) == 6 and code.isascii() and code.isdigit() and check_digit(code[:5]) == code[5]


@functools.cache
def _table() -> tuple[dict[str, Municipality], dict[tuple[str, str], Municipality]]:
    text = resources.files("directory.interop").joinpath("data/municipalities.tsv")
    by_code: dict[str, Municipality] = {}
    by_name: dict[tuple[str, str], Municipality] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, prefecture, city = (line.split("\t") + [""])[:3]
        entry = Municipality(code, prefecture, city)
        by_code[code] = entry
        by_name[(prefecture, city)] = entry
    return by_code, by_name


def all_municipalities() -> list[Municipality]:
    return list(_table()[0].values())


def by_code(code: str) -> Municipality:
    """The configured municipality; ``InvalidMunicipalityCode`` names what is wrong."""
    code = code.strip()
    if not has_valid_check_digit(code):
        raise InvalidMunicipalityCode(labels.MUNICIPALITY_CODE_MALFORMED.format(code=code))
    found = _table()[0].get(code)
    if found is None:
        raise InvalidMunicipalityCode(labels.MUNICIPALITY_CODE_UNKNOWN.format(code=code))
    return found


def _without_county(city: str) -> str:
    return city.split("郡", 1)[1] if "郡" in city[1:-1] else city


@functools.lru_cache(maxsize=4096)
def from_address(address: str, home_prefecture: str = "") -> Municipality:
    """The municipality an address is in, or the prefecture alone, or ``NOWHERE``."""
    parts = parse_address(address)
    _, by_name = _table()
    city = _without_county(parts.city)
    if ward := _WARD.match(city):
        city = ward.group(1)
    prefecture = parts.prefecture
    if not prefecture and city:
        candidates = [m for (p, c), m in by_name.items() if c == city]
        if len(candidates) == 1:
            prefecture = candidates[0].prefecture
        elif any(m.prefecture == home_prefecture for m in candidates):
            prefecture = home_prefecture
    if prefecture and city and (prefecture, city) in by_name:
        return by_name[(prefecture, city)]
    if prefecture and (prefecture, "") in by_name:
        return by_name[(prefecture, "")]
    return NOWHERE


# ---- a file's own 団体 columns: completing addresses written without 都道府県 or 市区町村 -------


def _as_listed(city: str) -> str:
    """A city as the list names it: without its 郡, a ward of a 政令指定都市 as the city."""
    city = _without_county(city)
    return ward.group(1) if (ward := _WARD.match(city)) else city


def listed_city(city: str) -> str:
    """「札幌市中央区」 → 札幌市, 「北相馬郡利根町」 → 利根町: the municipality of the list."""
    return _as_listed(city)


def is_municipality_of(prefecture: str, city: str) -> bool:
    """Whether ``city`` (「つくば市」「札幌市中央区」「北相馬郡利根町」) is one of ``prefecture``'s."""
    return bool(city) and (prefecture, _as_listed(city)) in _table()[1]


def prefecture_of(city: str) -> str:
    """The prefecture of the one municipality named ``city`` (「土浦市」 → 茨城県); "" when none
    or several (府中市) have the name."""
    found = {p for (p, c) in _table()[1] if c and c == _as_listed(city)}
    return found.pop() if len(found) == 1 else ""


def from_code_cell(text: str) -> Municipality:
    """The municipality a file's 団体コード cell names (「082031」, 「08203」 without its check
    digit, 「82031」 with the leading zero lost in a spreadsheet), or ``NOWHERE``."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()) or not 4 <= len(digits) <= 6:
        return NOWHERE
    by_code_table = _table()[0]
    candidates = [digits.zfill(6)]
    if len(digits) <= 5:
        candidates.append(digits.zfill(5) + check_digit(digits.zfill(5)))
    for code in candidates:
        if has_valid_check_digit(code) and code in by_code_table:
            return by_code_table[code]
    return NOWHERE


# ---- a list that names its municipality only in its title, or writes only wards ----------

# A 市区町村 name as a title writes it: after the start, a space, 「年度」 or a bracket, before
# what the list is (「令和6年度　釧路市 通いの場一覧」「弘前市ふれあいサロン一覧（東地区）」).
_TITLE_CITY = re.compile(r"(?:^|[\s）)】」]|年度)([^\s\d（）()【】「」・、。※]{1,5}?[市町村区])")


def named_in_title(texts: list[str]) -> Municipality:
    """The one municipality a list's title rows name (「令和6年度　釧路市 通いの場一覧」 →
    北海道釧路市), or ``NOWHERE`` when they name none, several, or a name several prefectures
    share (府中市). Words that only end like one (「鳥取南町内会」) are no municipality."""
    found: set[tuple[str, str]] = set()
    for text in texts:
        for match in _TITLE_CITY.finditer(text):
            city = match.group(1)
            if prefecture := prefecture_of(city):
                found.add((prefecture, city))
    if len(found) != 1:
        return NOWHERE
    prefecture, city = found.pop()
    return _table()[1][(prefecture, city)]


def wards_of(prefecture: str, city: str) -> tuple[str, ...]:
    """The wards of a 政令指定都市 (「緑区」「中央区」「南区」 of 相模原市); () for other cities."""
    keys = default_gazetteer().wards_of.get((prefecture, city), ())
    return tuple(ward for key in keys if (ward := key.removeprefix(city)))


def ward_named(prefecture: str, city: str, text: str) -> str:
    """The ward of ``city`` a sheet's name or a heading names (「緑区」「南区の居場所」 of
    相模原市 → 「緑区」), or "" when it names none of its wards (or the city has none)."""
    found = [ward for ward in wards_of(prefecture, city) if ward in text]
    return found[0] if len(found) == 1 else ""


def city_of_wards(wards: set[str]) -> Municipality:
    """The one 政令指定都市 that has every ward a list's addresses start with (「中央区千葉港」
    「稲毛区穴川」「花見川区幕張本郷」 → 千葉県千葉市), or ``NOWHERE``. One ward alone tells no
    city (中央区 is 東京都's, and 札幌市's, 千葉市's, 大阪市's…)."""
    if len(wards) < 2:
        return NOWHERE
    found = [
        (prefecture, city)
        for (prefecture, city), keys in default_gazetteer().wards_of.items()
        if wards <= {key.removeprefix(city) for key in keys}
    ]
    if len(found) != 1 or found[0] not in _table()[1]:
        return NOWHERE
    return _table()[1][found[0]]
