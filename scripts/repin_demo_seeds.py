"""Re-pin the demo town's seeds on the real 町丁目 points of the embedded gazetteer.

    python scripts/repin_demo_seeds.py

For each listing of seeds/tsuchiura/listings_*.toml with an address, writes the point of its
町丁目 (or 大字) and the precision the offline geocoder gives; for each area of areas.toml,
the point of its 公民館's address and of each of its towns. Run it after editing an address.
The files are edited line by line, so comments and layout stay as they are.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.geocoding import Located, OfflineGeocoder  # noqa: E402

SEEDS = ROOT / "seeds" / "tsuchiura"
GEOCODER = OfflineGeocoder(home_prefecture="茨城県")


def locate(address: str) -> Located:
    found = GEOCODER.geocode(address)
    if not isinstance(found, Located) or found.precision == "city":
        sys.exit(f"「{address}」 is not placed in a town: {found}")
    return found


def repin_listings(path: Path) -> int:
    lines = path.read_text("utf-8").splitlines()
    out: list[str] = []
    changed = 0
    found: Located | None = None
    for line in lines:
        if line.startswith("[["):
            found = None
        elif match := re.match(r'^address = "(.+)"$', line):
            found = locate(match.group(1))
            out.append(line)
            out.append(f"lat = {found.lat}")
            out.append(f"lon = {found.lon}")
            out.append(f'precision = "{found.precision}"')
            changed += 1
            continue
        elif found is not None and re.match(r"^(lat|lon|precision) = ", line):
            continue  # replaced above
        out.append(line)
    path.write_text("\n".join(out) + "\n", "utf-8")
    return changed


def repin_areas(path: Path) -> None:
    text = path.read_text("utf-8")
    areas = tomllib.loads(text)["area"]
    for area in areas:
        centre = locate(area["centre_address"])
        block = re.search(rf'code = "{area["code"]}"\n(?:.*\n)*?towns = \[\n(?:.*\n)*?\]', text)
        if block is None:
            sys.exit(f"areas.toml: no towns list for {area['code']}")
        new = re.sub(
            r"\nlat = [0-9.]+\nlon = [0-9.]+",
            f"\nlat = {centre.lat}\nlon = {centre.lon}",
            block.group(0),
            count=1,
        )
        for town in area.get("towns", []):
            point = locate(f"茨城県土浦市{town['name']}")
            new = re.sub(
                rf'\{{ name = "{town["name"]}", lat = [0-9.]+, lon = [0-9.]+ \}}',
                f'{{ name = "{town["name"]}", lat = {point.lat}, lon = {point.lon} }}',
                new,
            )
        text = text.replace(block.group(0), new)
    path.write_text(text, "utf-8")


def main() -> None:
    for name in ("listings_a.toml", "listings_b.toml"):
        print(f"{name}: {repin_listings(SEEDS / name)} listings re-pinned")
    repin_areas(SEEDS / "areas.toml")
    print("areas.toml: centres and towns re-pinned")


if __name__ == "__main__":
    main()
