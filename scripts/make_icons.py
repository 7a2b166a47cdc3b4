"""Draw the favicon and app icons from webapp/static/icons/icon.svg with headless Chromium.

Run once after changing the SVG (the PNG and ICO files are committed):
    python scripts/make_icons.py
The ICO holds one 32×32 PNG image (PNG inside ICO is read by every current browser).
"""

from __future__ import annotations

import struct
from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parent.parent / "webapp" / "static" / "icons"
SIZES = {
    "icon-192.png": 192,
    "icon-512.png": 512,
    "apple-touch-icon.png": 180,
    "favicon-32.png": 32,
}


def main() -> None:
    svg = (ICONS / "icon.svg").read_text(encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for name, size in SIZES.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                "<style>html,body{margin:0;background:transparent}svg{width:100vw;height:100vh;"
                f"display:block}}</style>{svg}"
            )
            page.screenshot(path=str(ICONS / name), omit_background=True)
            page.close()
        browser.close()
    png = (ICONS / "favicon-32.png").read_bytes()
    # ICONDIR (reserved, type 1 = icon, 1 image) + ICONDIRENTRY (32×32, PNG data after it)
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", 32, 32, 0, 0, 1, 32, len(png), 6 + 16)
    (ICONS / "favicon.ico").write_bytes(header + entry + png)
    (ICONS / "favicon-32.png").unlink()


if __name__ == "__main__":
    main()
