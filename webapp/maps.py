"""Maps built with folium, served without a CDN and without inline scripts.

Folium writes a whole HTML page that loads Leaflet, jQuery and Bootstrap from CDNs and runs an
inline script. Neither is allowed here (closed networks; a Content-Security-Policy of
``script-src 'self'``), so a page takes folium's parts apart: Leaflet comes from
``static/vendor/leaflet`` (copied from the npm package by ``scripts/vendor_leaflet.sh``), the
map's ``<div>`` goes into the template, and the script folium generated is served by a
same-origin URL. The map gets a fixed id so the page and its script agree.

Tiles are optional (``MAP_TILES``): ``none`` (the default, works offline), ``osm`` or ``gsi``
(国土地理院). Under the pins, tiles or not, every map draws the offline base layer
(``webapp.basemap``: area outlines, town names, stations and other landmarks) with
``static/js/basemap.js``, so a map orients without the internet. Without JavaScript the map's
box is hidden (it shows only once ``static/js/basemap.js`` marks the page ``js``) and the list beside it, with addresses and links
that open a maps app, is the map.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import folium
from branca.element import MacroElement
from flask import Flask, current_app
from flask_babel import gettext as _
from jinja2 import Template
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from directory import places, upcoming
from directory.browse import Box, PinCell
from directory.schedules.formatting import unbroken_parts
from webapp import basemap, db, messages
from webapp.kept import kept
from webapp.terms import terms


@dataclass(frozen=True)
class TileSource:
    url: str
    attribution: str
    host: str


TILES = {
    "osm": TileSource(
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        "https://tile.openstreetmap.org",
    ),
    "gsi": TileSource(
        "https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png",
        messages.MAP_GSI_ATTRIBUTION,
        "https://cyberjapandata.gsi.go.jp",
    ),
}


DEFAULT_CENTRE = (36.0785, 140.2044)  # 土浦駅: where a map with nothing on it looks
# The points of the offline gazetteer are 町丁目 points of Geolonia 住所データ (CC BY 4.0): every
# map that shows them says so, as a line under the map (geo/data/NOTICE). Under it, not in
# Leaflet's corner: a wide credit there covers the map where people click.
PLACE_DATA_ATTRIBUTION = messages.MAP_PLACE_DATA_CREDIT


def init_app(app: Flask) -> None:
    choice = app.config.get("MAP_TILES", "none")
    if choice != "none" and choice not in TILES:
        raise ValueError(f"MAP_TILES must be none, osm or gsi, not {choice!r}")


def tile_source() -> TileSource | None:
    return TILES.get(current_app.config.get("MAP_TILES", "none"))


class LocalMap(folium.Map):
    """A folium map that needs only this site's Leaflet."""

    default_js = [("leaflet", "/static/vendor/leaflet/leaflet.js")]
    default_css = [("leaflet_css", "/static/vendor/leaflet/leaflet.css")]


def new_map(name: str, center: tuple[float, float], zoom: int = 12) -> LocalMap:
    source = tile_source()
    m = LocalMap(
        location=center,
        zoom_start=zoom,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        zoom_control=False,  # ZoomButtons: Leaflet's own are named in English
    )
    ZoomButtons().add_to(m)
    m.options["maxZoom"] = 18  # clustering needs one, and there may be no tile layer to give it
    m._id = name  # a stable id: the page's <div> and the separately served script must agree
    if source is not None:
        folium.TileLayer(source.url, attr=source.attribution, name=messages.MAP_LAYER).add_to(m)
    return m


class ZoomButtons(MacroElement):
    """Leaflet's zoom buttons, named in the page's language: a screen reader says their name
    (Leaflet's default is "Zoom in"/"Zoom out" whatever the page's language)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "L.control.zoom({zoomInTitle: {{ this.zoom_in | tojson }},"
        " zoomOutTitle: {{ this.zoom_out | tojson }}}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca has no types
        self._name = "ZoomButtons"
        self.zoom_in = _("拡大")
        self.zoom_out = _("縮小")


def safe_text(text: str) -> str:
    """Text for a tooltip: escaped for HTML and for the JavaScript template string folium uses."""
    return html.escape(text).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def script(m: LocalMap) -> str:
    """The JavaScript folium generated for the map (served from a same-origin URL)."""
    figure: Any = m.get_root()
    figure.render()
    rendered: str = figure.script.render()
    return rendered


def map_div(name: str, description: str = "") -> Markup:
    """The element a map named ``name`` draws into (what folium's own template writes).

    A page needs only this; the markers are built once, when its script is requested. The
    map is a labelled region whose description says where the same places are written out
    (the list beside it is the map's text alternative)."""
    return Markup(
        '<div class="map-box">'
        '<div class="folium-map" id="map_{name}" role="region" aria-label="{label}"'
        ' aria-describedby="map_{name}_about"></div>'
        '<p class="map-about" id="map_{name}_about">{description}</p>'
        '<p class="map-noscript">{noscript}</p>'
        '<p class="map-credit">{credit}</p>'
        "</div>"
    ).format(
        name=name,
        label=_("地図"),
        description=description or _("地図の内容は、下の一覧でも読めます。"),
        noscript=_(
            "JavaScript が使えないため、地図は表示していません。場所は住所と「地図アプリで開く」で確かめられます。"
        ),
        credit=_(PLACE_DATA_ATTRIBUTION),
    )


def geo_uri(lat: float, lon: float, label: str) -> str:
    """A ``geo:`` link that a phone opens in its maps app, with a pin named ``label``."""
    return f"geo:{lat:.6f},{lon:.6f}?q={lat:.6f},{lon:.6f}({quote(label)})"


def web_map_url(lat: float, lon: float) -> str:
    """The place on 地理院地図 (国土地理院), for a computer without a maps app."""
    return f"https://maps.gsi.go.jp/#17/{lat:.6f}/{lon:.6f}/"


def csp_img_source() -> str:
    """The tile host to add to the CSP's img-src (empty when tiles are off)."""
    source = tile_source()
    return source.host if source else ""


@dataclass(frozen=True)
class MapPoint:
    """One listing on a map: what its marker and popup show."""

    id: int
    name: str
    lat: float
    lon: float
    group: str  # the layer it belongs to (its first category)
    schedule: str
    url: str
    address: str = ""  # 場所の名前と住所, for the list that stands in for the map
    where: str = ""  # 地区・場所の名前 as its card shows it, for its popup
    # 対象年齢 (directory.ages), worded by the list that stands in for the map.
    age_min: int | None = None
    age_max: int | None = None
    age_with_adults: bool = False
    ages: str = ""  # the same, worded in the reader's language, for its popup
    kana: str = ""  # its name's reading (ふりがな in the list that stands in for the map)


# From this zoom (a neighbourhood) pressing a count of the area map opens the list of those
# activities, nearest first, instead of zooming in: what is still counted there shares a few
# places (listings placed by their 町丁目 share its point), which no zoom would spread.
LIST_ZOOM = 16
CELL_PIXELS = 64  # the side of a square the area map counts pins in, zoomed out


class ListingMarkers(MacroElement):
    """Listings as markers, one layer per category (a layer control switches them), built in
    the browser from JSON written into the script (``points``) or fetched from ``source``.
    All kinds share one cluster group (a category's layer only says whether its markers are
    in it): with a group per kind, pins of two kinds at one 公民館 were drawn on top of each
    other, never counted together.

    Folium writes several statements per marker (a marker, a tooltip, a popup, a cluster
    call): about 0.8 KB of script and over a millisecond of rendering each, so a results map of
    1,000 listings took seconds to build. Here the server writes the points as data and one
    loop makes the markers; names and schedules go into the page as text nodes, never as HTML,
    so nothing in them can run. Clusters add their markers in chunks.

    A fetched source (``/map/points.json``) answers ``{"all": true, "points": […]}`` for a
    directory the browser can hold at once: drawn once, clustered here. Else the map asks
    again each time it moves, for its view (``bbox``, ``zoom``), and gets either the pins in
    view (``points``) or their counts by square of a grid (``cells``), drawn as numbers that
    zoom in when pressed (from ``LIST_ZOOM``: open ``list_url``, a search from that point).
    A square says how many of its pins are on each layer, so a number counts only the layers
    switched on, as the pins do.
    It does not ask while a popup is open (opening one may pan the map, and redrawing would
    close it), nor when the view is inside what it last got.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function (map) {"
        " var layers = {}, names = [], shown = {}, control = null, marks = {};"
        " var pins = {{ 'L.markerClusterGroup({chunkedLoading: true})'"
        " if this.cluster else 'L.featureGroup()' }}.addTo(map);"
        " function layer(group) {"
        "  if (!layers[group]) {"
        "   layers[group] = L.layerGroup().addTo(map); marks[group] = []; names.push(group);"
        "  }"
        "  return layers[group];"
        " }"
        " function put(list, on) {"
        "  if (on && pins.addLayers) { pins.addLayers(list); return; }"
        "  if (!on && pins.removeLayers) { pins.removeLayers(list); return; }"
        "  list.forEach(function (m) { if (on) { pins.addLayer(m); } else { pins.removeLayer(m); } });"
        " }"
        " map.on('overlayadd overlayremove', function (e) {"
        "  names.forEach(function (name) {"
        "   if (layers[name] === e.layer) { put(marks[name], e.type === 'overlayadd'); }"
        "  });"
        " });"
        " function controls() {"
        "  if (!control && names.length > 1) {"
        "   control = L.control.layers(null, null, {collapsed: true}).addTo(map);"
        "   var toggle = control.getContainer().querySelector('.leaflet-control-layers-toggle');"
        "   if (toggle) { toggle.title = {{ this.layers_title | tojson }}; }"
        "  }"
        "  if (control) {"
        "   names.forEach(function (name) {"
        "    if (!shown[name]) { shown[name] = true; control.addOverlay(layers[name], name); }"
        "   });"
        "  }"
        " }"
        " function draw(points) {"
        "  var shownNow = [];"
        "  points.forEach(function (p) {"
        "   var box = document.createElement('div'); box.lang = 'ja';"
        "   var title = box.appendChild(document.createElement('p'));"
        "   title.className = 'map-popup-title';"
        "   var link = title.appendChild(document.createElement('a'));"
        "   link.href = p.url; link.textContent = p.name;"
        "   if (p.where) {"
        "    var where = box.appendChild(document.createElement('p'));"
        "    where.className = 'map-popup-where'; where.textContent = p.where;"
        "   }"
        "   if (p.ages) {"
        "    var ages = box.appendChild(document.createElement('p'));"
        "    ages.className = 'map-popup-ages';"
        "    var label = ages.appendChild(document.createElement('span'));"
        "    label.className = 'map-popup-label'; label.textContent = {{ this.ages_title | tojson }};"
        "    ages.appendChild(document.createTextNode(' ' + p.ages));"
        "   }"
        "   var when = box.appendChild(document.createElement('p'));"
        "   when.className = 'map-popup-schedule';"
        "   p.schedule.forEach(function (part, i) {"
        "    var piece = i % 2 ? document.createElement('span') : document.createTextNode(part);"
        "    if (i % 2) { piece.className = 'keep'; piece.textContent = part; }"
        "    when.appendChild(piece);"
        "   });"
        "   var tip = document.createElement('span'); tip.textContent = p.name;"
        "   var mark = L.marker([p.lat, p.lon], {alt: p.name}).bindTooltip(tip)"
        "    .bindPopup(box, {maxWidth: 260});"
        "   if (map.hasLayer(layer(p.group))) { shownNow.push(mark); }"
        "   marks[p.group].push(mark);"
        "  });"
        "  put(shownNow, true);"
        "  controls();"
        " }"
        "{% if this.source %}"
        " var cells = L.layerGroup().addTo(map), asked = 0, held = null, whole = false, reading = false,"
        " last = null;"
        " function failed() {"
        "  var about = document.getElementById({{ (this._parent.get_name() ~ '_about') | tojson }});"
        "  if (about) { about.textContent = {{ this.failed | tojson }}; about.classList.add('map-failed'); }"
        " }"
        " function side(count) {"
        "  var digits = count.toLocaleString().length;"
        "  return digits <= 3 ? 40 : digits <= 5 ? 48 : 58;"
        " }"
        " function merged(list) {"
        "  var kept = [];"
        "  list.slice().sort(function (a, b) { return b.count - a.count; }).forEach(function (c) {"
        "   var at = map.latLngToLayerPoint([c.lat, c.lon]);"
        "   var near = kept.filter(function (k) {"
        " return k.at.distanceTo(at) < (side(k.count) + side(c.count)) / 2; })[0];"
        "   if (!near) { kept.push({lat: c.lat, lon: c.lon, count: c.count, box: c.box.slice(), at: at}); return; }"
        "   var n = near.count + c.count;"
        "   near.lat = (near.lat * near.count + c.lat * c.count) / n;"
        "   near.lon = (near.lon * near.count + c.lon * c.count) / n; near.count = n;"
        "   near.box = [Math.min(near.box[0], c.box[0]), Math.min(near.box[1], c.box[1]),"
        " Math.max(near.box[2], c.box[2]), Math.max(near.box[3], c.box[3])];"
        "   near.at = map.latLngToLayerPoint([near.lat, near.lon]);"
        "  });"
        "  return kept;"
        " }"
        " function count(c) {"
        "  var size = c.count < 10 ? 'small' : c.count < 100 ? 'medium' : 'large';"
        "  var text = c.count.toLocaleString(), width = side(c.count);"
        "  var face = document.createElement('div'), number = face.appendChild(document.createElement('span'));"
        "  number.textContent = text;"
        "  var icon = L.divIcon({html: face, className: 'marker-cluster marker-cluster-' + size + ' map-cell',"
        " iconSize: L.point(width, width)});"
        "  var title = map.getZoom() < {{ this.list_zoom }} ? {{ this.cell_title | tojson }}"
        " : {{ this.cell_list_title | tojson }};"
        "  var mark = L.marker([c.lat, c.lon], {icon: icon,"
        " title: title.replace('{count}', text)});"
        "  mark.on('click', function () {"
        "   if (map.getZoom() < {{ this.list_zoom }}) {"
        "    map.fitBounds([[c.box[0], c.box[1]], [c.box[2], c.box[3]]],"
        " {maxZoom: Math.max(map.getZoom() + 1, {{ this.list_zoom }}), padding: [20, 20]});"
        "    return;"
        "   }"
        "   var reach = Math.max.apply(null, [[0, 1], [0, 3], [2, 1], [2, 3]].map(function (i) {"
        " return map.distance([c.lat, c.lon], [c.box[i[0]], c.box[i[1]]]); }));"
        "   window.location.href = {{ this.list_url | tojson }} + '&lat=' + c.lat.toFixed(5)"
        " + '&lon=' + c.lon.toFixed(5) + '&within=' + Math.max(0.1, Math.ceil(reach / 100) / 10);"
        "  });"
        "  mark.addTo(cells);"
        " }"
        " function switchedOn(c) {"
        "  if (!c.groups) { return c.count; }"  # a square counted before layers were (a cached answer)
        "  var n = 0;"
        "  Object.keys(c.groups).forEach(function (g) { if (map.hasLayer(layer(g))) { n += c.groups[g]; } });"
        "  return n;"
        " }"
        " function counted(list) {"
        "  list.forEach(function (c) { Object.keys(c.groups || {}).forEach(layer); });"
        "  controls();"
        "  return list.map(function (c) { return {lat: c.lat, lon: c.lon, box: c.box, count: switchedOn(c)}; })"
        ".filter(function (c) { return c.count > 0; });"
        " }"
        " function show(data) {"
        "  last = data;"
        "  cells.clearLayers();"
        "  pins.clearLayers(); names.forEach(function (name) { marks[name] = []; });"
        "  if (data.points) { draw(data.points); }"
        "  merged(counted(data.cells || [])).forEach(count);"
        " }"
        " map.on('overlayadd overlayremove', function () {"
        "  if (last && last.cells) { cells.clearLayers(); merged(counted(last.cells)).forEach(count); }"
        " });"
        " function ask() {"
        "  var view = map.getBounds(), zoom = map.getZoom();"
        "  if (whole || reading) { return; }"
        "  if (held && held.box.contains(view)"
        " && (zoom === held.zoom || (held.points && zoom > held.zoom))) { return; }"
        "  var box = view.pad(0.5), mine = ++asked;"
        "  var url = {{ this.source | tojson }} + '?bbox='"
        " + [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()]"
        ".map(function (v) { return v.toFixed(5); }).join(',') + '&zoom=' + zoom;"
        "  fetch(url, {credentials: 'same-origin'})"
        "   .then(function (response) {"
        "    if (!response.ok) { throw new Error(response.status); }"
        "    return response.json();"
        "   }).then(function (data) {"
        "    if (mine !== asked) { return; }"
        "    show(data);"
        "    whole = Boolean(data.all);"
        "    held = {zoom: zoom, box: box, points: Boolean(data.points)};"
        "   }).catch(failed);"
        " }"
        " map.on('popupopen', function () { reading = true; });"
        " map.on('popupclose', function () { reading = false; ask(); });"
        " map.on('moveend', ask); ask();"
        "{% else %}"
        " draw({{ this.points_json }});"
        "{% endif %}"
        "})({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(
        self,
        points: list[MapPoint] | None = None,
        *,
        cluster: bool,
        source: str = "",
        list_url: str = "",
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca has no types
        self._name = "ListingMarkers"
        self.cluster = cluster
        self.source = source
        self.points_json = "" if source else points_json(points or [])
        self.list_zoom = LIST_ZOOM
        self.list_url = list_url
        self.layers_title = _("表示する種類を選ぶ")
        self.ages_title = _("対象年齢")
        self.failed = _("地図の印を読み込めませんでした。活動は、下の一覧で住所とともに読めます。")
        self.cell_title = _("この辺りの活動: {count}件（押すと拡大します）")
        self.cell_list_title = _("この辺りの活動: {count}件（押すと近い順の一覧を開きます）")


def point_dicts(points: list[MapPoint]) -> list[dict[str, object]]:
    """Points as the markers read them; a schedule cut into its parts (``unbroken_parts``),
    every second one a time or date the popup keeps on one line, as the pages do."""
    return [
        {
            "id": p.id,
            "lat": p.lat,
            "lon": p.lon,
            "group": p.group,
            "name": p.name,
            "where": p.where,
            **({"ages": p.ages} if p.ages else {}),
            "schedule": unbroken_parts(p.schedule),
            "url": p.url,
        }
        for p in points
    ]


def cell_dict(cell: PinCell, layer_name: Callable[[str], str]) -> dict[str, object]:
    """A square of the grid as the area map reads it: how many, where, the box around them
    as [south, west, north, east], and how many on each layer (named by ``layer_name`` from
    the category, as the pins' layers are)."""
    (south, west), (north, east) = cell.box
    groups: dict[str, int] = {}
    for category, count in cell.groups:
        name = layer_name(category)
        groups[name] = groups.get(name, 0) + count
    return {
        "count": cell.count,
        "lat": cell.lat,
        "lon": cell.lon,
        "box": [south, west, north, east],
        "groups": groups,
    }


def to_json(data: object) -> str:
    """JSON safe inside ``<script>`` (<, >, & and ' escaped), Japanese written as is (half
    the size of \\u escapes)."""
    return str(htmlsafe_json_dumps(data, ensure_ascii=False))


def points_json(points: list[MapPoint]) -> str:
    return to_json(point_dicts(points))


def parse_view(args: Mapping[str, str]) -> tuple[Box, int] | None:
    """A map's view from ``bbox=west,south,east,north`` (degrees) and ``zoom`` (0–19), each
    side clamped to the earth; None when either is missing or is not that."""
    try:
        west, south, east, north = (float(v) for v in args.get("bbox", "").split(","))
        zoom = int(args.get("zoom", ""))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (west, south, east, north)) or not 0 <= zoom <= 19:
        return None
    south, north = max(south, -90.0), min(north, 90.0)
    west, east = max(west, -180.0), min(east, 180.0)
    if south > north or west > east:
        return None
    return ((south, west), (north, east)), zoom


def cell_degrees(zoom: int) -> float:
    """The side of a square of ``CELL_PIXELS`` at ``zoom``, in degrees of longitude (a tile of
    256 pixels spans 360 / 2**zoom); used for latitude too: squares a little taller than wide
    in Japan, which is all a count needs."""
    return 360 / 2.0**zoom * CELL_PIXELS / 256


class BaseLayer(MacroElement):
    """The offline base layer (``webapp.basemap``), drawn by ``static/js/basemap.js`` from
    JSON: area outlines, town names and landmarks, under the pins (added before them)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "TsunagariBaseMap({{ this._parent.get_name() }}, {{ this.data_json }});"
        "{% endmacro %}"
    )

    def __init__(self, data_json: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca has no types
        self._name = "BaseLayer"
        self.data_json = data_json  # htmlsafe_json_dumps: safe inside <script>


BASE_LAYERS_KEPT = 4  # the directory's versions: the latest is the one read


def base_layer_json() -> str:
    """The base layer (``webapp.basemap``) as its script's JSON, kept in this process until a
    listing, an area or a landmark changes: building it reads where every area's listings are
    and places the municipality's towns (29 ms at 100,000 listings, 9 ms at 10,000), and every
    map's script draws it."""
    session = db.session()
    key = (upcoming.version(session), places.landmarks_version(session), terms().areas)
    return kept(
        "base_layer",
        key,
        lambda: str(htmlsafe_json_dumps(basemap.build(session).to_json(), ensure_ascii=False)),
        size=BASE_LAYERS_KEPT,
    )


def listings_map(
    name: str,
    points: list[MapPoint],
    *,
    cluster: bool = True,
    with_base: bool = True,
) -> LocalMap:
    """Markers for listings, clustered, one layer per category (a layer control switches them),
    over the offline base layer (``webapp.basemap``) unless ``with_base`` is false."""
    box = (
        (
            (min(p.lat for p in points), min(p.lon for p in points)),
            (max(p.lat for p in points), max(p.lon for p in points)),
        )
        if points
        else None
    )
    m = _markers_map(name, box, len(points), with_base=with_base)
    ListingMarkers(points, cluster=cluster).add_to(m)
    return m


def fetched_listings_map(
    name: str,
    source: str,
    box: Box | None,
    count: int,
    *,
    list_url: str,
) -> LocalMap:
    """``listings_map`` of many listings: the markers are fetched from ``source``
    (``ListingMarkers``); ``box`` (south-west, north-east) and ``count`` are theirs, so the
    map opens on them. ``list_url`` (a search, with its query string) lists a place's
    activities where the map can only count them."""
    m = _markers_map(name, box, count, with_base=True)
    ListingMarkers(cluster=True, source=source, list_url=list_url).add_to(m)
    return m


def _markers_map(
    name: str,
    box: tuple[tuple[float, float], tuple[float, float]] | None,
    count: int,
    *,
    with_base: bool,
) -> LocalMap:
    centre = DEFAULT_CENTRE
    if box is not None:
        centre = ((box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2)
    m = new_map(name, centre, zoom=12 if count > 1 else 15)
    if with_base:
        BaseLayer(base_layer_json()).add_to(m)
    if box is not None and count > 1:
        fit(m, *box)
    return m


def fit(m: LocalMap, south_west: tuple[float, float], north_east: tuple[float, float]) -> None:
    """Open the map on this box, at once: an animated zoom still running when the visitor (or
    another script) zooms would end by putting the map back to the box's zoom."""
    bounds = folium.map.FitBounds([list(south_west), list(north_east)])
    bounds.options["animate"] = False
    bounds.add_to(m)


@dataclass(frozen=True)
class Dot:
    """A small circle on a map: where, how large (pixels) and what its tooltip says."""

    lat: float
    lon: float
    radius: float
    tooltip: str


class Dots(MacroElement):
    """Small circles of one style, added to the layer (or map) they are added to, drawn from
    JSON by one loop; tooltips are text nodes, never HTML. Folium writes about 0.7 KB of
    script per ``CircleMarker``: the unmet-needs map of a directory of 100,000 listings was
    10 MB and took 10 s to write."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function (layer, style) {"
        " {{ this.dots_json }}.forEach(function (d) {"
        "  var tip = document.createElement('span'); tip.textContent = d[3];"
        "  L.circleMarker([d[0], d[1]], Object.assign({radius: d[2]}, style))"
        ".bindTooltip(tip).addTo(layer);"
        " });"
        "})({{ this._parent.get_name() }}, {{ this.style_json }});"
        "{% endmacro %}"
    )

    def __init__(self, dots: list[Dot], **style: object) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca has no types
        self._name = "Dots"
        self.dots_json = to_json([[d.lat, d.lon, d.radius, d.tooltip] for d in dots])
        self.style_json = to_json(style)


class SearchFromClick(MacroElement):
    """Clicking the map offers a search around that point (近い順, optionally within a radius).

    ``search_url`` is the /search address with the current conditions; the click adds
    ``lat``/``lon``. The popup holds only that link, built from numbers."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.on('click', function (e) {"
        " var base = {{ this.search_url | tojson }};"
        " var url = base + (base.indexOf('?') < 0 ? '?' : '&')"
        " + 'lat=' + e.latlng.lat.toFixed(5) + '&lon=' + e.latlng.lng.toFixed(5);"
        " var link = document.createElement('a');"
        " link.href = url; link.className = 'map-search-here';"
        " link.textContent = {{ this.label | tojson }};"
        " L.popup().setLatLng(e.latlng).setContent(link).openOn({{ this._parent.get_name() }});"
        "});"
        "{% endmacro %}"
    )

    def __init__(self, search_url: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca has no types
        self._name = "SearchFromClick"
        self.search_url = search_url
        self.label = _("この地点から近い順にさがす")


def mark_origin(
    m: LocalMap, origin: tuple[float, float], label: str, within_km: float | None
) -> None:
    """The point a search measures from (and its radius), drawn apart from the listings."""
    if within_km is not None:
        folium.Circle(
            origin, radius=within_km * 1000, color="#1d4e89", weight=2, fill=True, fill_opacity=0.05
        ).add_to(m)
    folium.CircleMarker(
        origin,
        radius=8,
        color="#b3261e",
        fill=True,
        fill_color="#b3261e",
        fill_opacity=0.9,
        tooltip=safe_text(label),
    ).add_to(m)
