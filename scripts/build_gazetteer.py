"""Regenerate geo/data/gazetteer.tsv, the offline geocoder's place list.

    pip download JpGeocode==0.3.1 --no-deps -d /tmp/jpgeocode
    python scripts/build_gazetteer.py /tmp/jpgeocode/JpGeocode-0.3.1-py3-none-any.whl [TOWNS.csv …]

Sources:
- 市区町村: the representative point of each of Japan's 1,741 municipalities, from the data file
  the PyPI package JpGeocode 0.3.1 ships (MIT licence, https://github.com/0x0u/JpGeocode).
- 町丁目・大字: CSV files with the columns prefecture,city,town,lat,lon,source. The demo town's
  are generated from seeds/tsuchiura/areas.toml (the demo's own approximate town points);
  a municipality replaces them with its official 町丁目 table (e.g. its 自治体標準オープンデータ).
"""

from __future__ import annotations

import csv
import json
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "data" / "gazetteer.tsv"
JPGEOCODE_DATA = "JpGeocode/data/jp_geocode.json"


def municipalities(wheel: Path) -> list[tuple[str, ...]]:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read(JPGEOCODE_DATA))
    rows = []
    for key, point in data.items():
        prefecture, city = key.split(",", 1)
        rows.append(
            (
                "city",
                prefecture,
                city,
                "",
                f"{point['lat']:.6f}",
                f"{point['lng']:.6f}",
                "JpGeocode 0.3.1 (MIT)",
            )
        )
    return rows


def demo_towns() -> list[tuple[str, ...]]:
    areas = tomllib.loads((ROOT / "seeds" / "tsuchiura" / "areas.toml").read_text("utf-8"))
    return [
        (
            "block",
            "茨城県",
            "土浦市",
            t["name"],
            f"{t['lat']:.6f}",
            f"{t['lon']:.6f}",
            "つながりマップ デモデータ（概略値）",
        )
        for area in areas["area"]
        for t in area.get("towns", [])
    ]


def town_csv(path: Path) -> list[tuple[str, ...]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [
            ("block", r["prefecture"], r["city"], r["town"], r["lat"], r["lon"], r["source"])
            for r in csv.DictReader(f)
        ]


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rows = municipalities(Path(sys.argv[1])) + demo_towns()
    for extra in sys.argv[2:]:
        rows += town_csv(Path(extra))
    rows = sorted(set(rows), key=lambda r: (r[0] != "city", r[1], r[2], r[3]))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# level\tprefecture\tcity\ttown\tlat\tlon\tsource\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(
        f"{OUT.relative_to(ROOT)}: {sum(r[0] == 'city' for r in rows)} 市区町村, "
        f"{sum(r[0] == 'block' for r in rows)} 町丁目・大字"
    )


if __name__ == "__main__":
    main()
