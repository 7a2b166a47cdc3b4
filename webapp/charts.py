"""Charts drawn on the server as inline SVG: no script, no CDN, nothing the CSP must allow.

Two shapes serve every picture the reports and handouts need:

- ``bar_chart``: grouped bars by month (the 実績 report's monthly trend);
- ``point_map``: points on a plain local projection — unmet needs per area as circles sized by
  count (the report's area map), or a place with the landmarks around it and a scale bar
  (the おでかけカード's small map). No background tiles: it prints, and works offline.

Every chart has a ``<title>`` and a ``<desc>`` and sits beside a data table with the same
figures (screen readers read the table). Colours come as SVG presentation attributes, not
``style``, so ``style-src 'self'`` holds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from webapp import messages

KM_PER_DEGREE = 111.32
SERIES_COLOURS = ("#1f5fa8", "#e07b00", "#2e7d32", "#b3261e")


def _svg(
    width: int, height: int, title: str, desc: str, body: list[str], css_class: str, ident: str
) -> Markup:
    # Every text in ``body`` went through ``escape``; the rest are numbers and fixed names.
    return Markup(  # noqa: S704
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'width="100%" preserveAspectRatio="xMidYMid meet">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _nice_max(value: int) -> int:
    """A round top for the axis (1, 2, 5, 10, 20, 50…) at or above ``value``."""
    if value <= 5:
        return 5
    magnitude = 10 ** int(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    width: int = 760,
    height: int = 280,
) -> Markup:
    """Grouped bars: one group per category (month), one bar per series, with a legend."""
    left, right, top, bottom = 36, 8, 30, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max((max(v, default=0) for _, v in series), default=0))
    group_w = plot_w / max(len(categories), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    body: list[str] = []
    for tick in range(0, top_value + 1, max(top_value // 5, 1)):
        y = top + plot_h - plot_h * tick / top_value
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{tick}</text>'
        )
    for i, category in enumerate(categories):
        x0 = left + group_w * i + group_w * 0.1
        for j, (_, values) in enumerate(series):
            value = values[i] if i < len(values) else 0
            h = plot_h * value / top_value
            body.append(
                f'<rect x="{x0 + bar_w * j:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{SERIES_COLOURS[j % len(SERIES_COLOURS)]}">'
                f"<title>{escape(category)} {escape(series[j][0])}: "
                f"{escape(messages.CHART_COUNT.format(count=value))}</title></rect>"
            )
        body.append(
            f'<text x="{left + group_w * (i + 0.5):.1f}" y="{height - bottom + 16}" '
            f'text-anchor="middle" font-size="11">{escape(category)}</text>'
        )
    x = left
    for j, (name, _) in enumerate(series):
        colour = SERIES_COLOURS[j % len(SERIES_COLOURS)]
        body.append(
            f'<rect x="{x}" y="6" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="16" font-size="12">{escape(name)}</text>'
        )
        x += 24 + 13 * len(name)
    totals = messages.CHART_LIST_SEPARATOR.join(
        messages.CHART_SERIES_TOTAL.format(name=name, count=sum(values)) for name, values in series
    )
    desc = messages.CHART_MONTHLY_DESC.format(totals=totals)
    return _svg(width, height, title, desc, body, "chart chart-bars", "chart-bars")


@dataclass(frozen=True)
class MapPoint:
    name: str
    lat: float
    lon: float
    value: int = 0  # 'need' points: the count the circle stands for
    kind: str = "need"  # need | place | landmark


def _projector(
    points: Sequence[MapPoint], width: int, height: int, pad: int, extent_km: float | None
) -> tuple[float, float, float, float, float]:
    """(lat0, lon0, scale px/km, x offset, y offset) that fit the points in the frame."""
    lat0 = sum(p.lat for p in points) / len(points)
    lon0 = sum(p.lon for p in points) / len(points)
    cos0 = math.cos(math.radians(lat0))
    xs = [(p.lon - lon0) * cos0 * KM_PER_DEGREE for p in points]
    ys = [(p.lat - lat0) * KM_PER_DEGREE for p in points]
    if extent_km is not None:
        span_x = span_y = 2 * extent_km
        cx = cy = 0.0
    else:
        span_x = max(max(xs) - min(xs), 0.5)
        span_y = max(max(ys) - min(ys), 0.5)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)
    return lat0, lon0, scale, width / 2 - cx * scale, height / 2 + cy * scale


def point_map(
    title: str,
    points: Sequence[MapPoint],
    *,
    width: int = 520,
    height: int = 380,
    extent_km: float | None = None,
    css_class: str = "chart chart-map",
    ident: str = "chart-map",
) -> Markup:
    """Points on a plain map: ``need`` circles sized by value, a ``place`` pin, ``landmark``
    dots with names; a scale bar and a north arrow. ``extent_km``: the half-width shown around
    the first ``place`` (else the frame fits all points)."""
    if not points:
        return Markup("")
    centre = [p for p in points if p.kind == "place"] if extent_km is not None else list(points)
    lat0, lon0, scale, ox, oy = _projector(centre or points, width, height, 48, extent_km)
    cos0 = math.cos(math.radians(lat0))

    def xy(p: MapPoint) -> tuple[float, float]:
        return (
            ox + (p.lon - lon0) * cos0 * KM_PER_DEGREE * scale,
            oy - (p.lat - lat0) * KM_PER_DEGREE * scale,
        )

    body = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f7f7f2" stroke="#999"/>']
    largest = max((p.value for p in points if p.kind == "need"), default=1) or 1
    for p in sorted(points, key=lambda p: {"landmark": 0, "need": 1, "place": 2}[p.kind]):
        x, y = xy(p)
        if not (-20 <= x <= width + 20 and -20 <= y <= height + 20):
            continue
        label = escape(p.name)
        if p.kind == "need":
            r = 6 + 22 * math.sqrt(p.value / largest)
            count = escape(messages.CHART_COUNT.format(count=p.value))
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#b3261e" fill-opacity="0.35" '
                f'stroke="#b3261e" stroke-width="2"><title>{label}: {count}</title></circle>'
                f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="12" '
                f'font-weight="bold">{p.value}</text>'
                f'<text x="{x:.1f}" y="{y + r + 14:.1f}" text-anchor="middle" font-size="12">{label}</text>'
            )
        elif p.kind == "place":
            body.append(
                f'<path d="M{x:.1f},{y:.1f} l-9,-18 a10,10 0 1,1 18,0 z" fill="#b3261e" stroke="#fff" '
                f'stroke-width="1.5"/><circle cx="{x:.1f}" cy="{y - 21:.1f}" r="3.5" fill="#fff"/>'
                f'<text x="{x:.1f}" y="{y + 18:.1f}" text-anchor="middle" font-size="15" '
                f'font-weight="bold">{label}</text>'
            )
        else:
            body.append(
                f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="#1f5fa8"/>'
                f'<text x="{x + 8:.1f}" y="{y + 5:.1f}" font-size="13">{label}</text>'
            )
    bar_km = _scale_bar_km(width / scale)
    bar_px = bar_km * scale
    bar_text = f"{bar_km * 1000:.0f}m" if bar_km < 1 else f"{bar_km:g}km"
    north = escape(messages.CHART_NORTH)
    body.append(
        f'<line x1="12" x2="{12 + bar_px:.1f}" y1="{height - 14}" y2="{height - 14}" stroke="#333" '
        f'stroke-width="3"/><text x="12" y="{height - 20}" font-size="11">{bar_text}</text>'
        f'<path d="M{width - 20},{14} l6,16 l-6,-4 l-6,4 z" fill="#333"/>'
        f'<text x="{width - 20}" y="{44}" text-anchor="middle" font-size="11">{north}</text>'
    )
    names = messages.CHART_LIST_SEPARATOR.join(
        messages.CHART_SERIES_TOTAL.format(name=p.name, count=p.value)
        if p.kind == "need"
        else p.name
        for p in points
        if p.kind != "landmark"
    )
    return _svg(width, height, title, names, body, css_class, ident)


def _scale_bar_km(frame_km: float) -> float:
    """A round length of at most a quarter of the frame: 100 m, 200 m, 500 m, 1 km, 2 km…"""
    target = frame_km / 4
    for length in (50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1):
        if length <= target:
            return length
    return 0.05
