"""The geocoder the app uses, and ``flask geocode``.

Offline by default (the embedded gazetteer). ``TSUNAGARI_GEOCODER=nominatim`` asks a Nominatim
server first (``NOMINATIM_DOMAIN``, a real User-Agent, one request a second, answers cached in
``GEOCODER_CACHE``) and falls back to the gazetteer. ``TSUNAGARI_HOME_PREFECTURE`` (default 茨城県 for
the demo town) settles addresses written without a prefecture whose city name exists in more
than one prefecture.
"""

from __future__ import annotations

from collections import Counter

import click
from flask import Flask, current_app, flash
from flask.cli import with_appcontext

from directory.models import LocationPrecision
from directory.places import listing_locations
from geo.geocoding import Geocoder, Located, OfflineGeocoder
from geo.providers import FirstLocated, GeocodeCache, NominatimGeocoder
from webapp import db, messages


def init_app(app: Flask) -> None:
    offline = OfflineGeocoder(home_prefecture=app.config.get("HOME_PREFECTURE", ""))
    choice = app.config.get("GEOCODER", "offline")
    if choice == "offline":
        app.extensions["geocoder"] = offline
    elif choice == "nominatim":
        online = NominatimGeocoder(
            user_agent=app.config["GEOCODER_USER_AGENT"],
            cache=GeocodeCache(app.config["GEOCODER_CACHE"]),
            domain=app.config["NOMINATIM_DOMAIN"],
            scheme=app.config["NOMINATIM_SCHEME"],
        )
        app.extensions["geocoder"] = FirstLocated([online, offline])
    else:
        raise ValueError(f"GEOCODER must be offline or nominatim, not {choice!r}")
    app.cli.add_command(geocode_command)


def geocoder() -> Geocoder:
    result: Geocoder = current_app.extensions["geocoder"]
    return result


def say_read_otherwise(located: Located | None) -> None:
    """「東京都所沢市東町」 placed in 埼玉県: saved, and the person who wrote it is told, beside
    the save, so that a wrong guess is caught (the import preview says the same). The listing
    form and the landmark form say it alike."""
    if located is not None and located.notice:
        flash(messages.ADDRESS_READ_OTHERWISE.format(notice=located.notice_text), "info")


@click.command("geocode")
@click.option(
    "--force", is_flag=True, help="座標がある活動も住所から引き直す（手動のピンは変えない）"
)
@click.option("--dry-run", is_flag=True, help="結果を表示するだけで保存しない")
@with_appcontext
def geocode_command(force: bool, dry_run: bool) -> None:
    """活動の住所から座標を求めます。手動で置いたピン（精度: 手動）は変えません。"""
    session = db.session()
    coder = geocoder()
    counts: Counter[str] = Counter()
    for location in listing_locations(session):
        if location.precision is LocationPrecision.MANUAL:
            counts["manual"] += 1
            continue
        if location.precision is LocationPrecision.FILE:
            counts["file"] += 1  # the source's own point is finer than any 町丁目
            continue
        if location.lat is not None and not force:
            counts["kept"] += 1
            continue
        result = coder.geocode(location.address)
        if not isinstance(result, Located):
            counts["none"] += 1
            continue
        counts[result.precision] += 1
        if not dry_run:
            location.lat, location.lon = round(result.lat, 6), round(result.lon, 6)
            location.precision = LocationPrecision(result.precision)
            location.geocoder = result.source[:50]
    if dry_run:
        session.rollback()
    else:
        session.commit()
    click.echo(
        f"町丁目 {counts['chome'] + counts['block']}件・大字 {counts['oaza']}件・"
        f"市区町村 {counts['city']}件・特定できず {counts['none']}件"
        f"・手動のピン {counts['manual']}件（変更なし）・ファイルの座標 {counts['file']}件（変更なし）"
        f"・座標あり {counts['kept']}件（変更なし）"
        + ("（試行のみ。保存していません）" if dry_run else "")
    )
