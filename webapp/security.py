"""CSRF protection and the HTTP headers every response carries.

The Content-Security-Policy allows only this origin's scripts and styles: templates have no
inline scripts or event handlers, and nothing is loaded from a CDN.
"""

from __future__ import annotations

from flask import Flask, Response
from flask_wtf.csrf import CSRFProtect

from webapp.maps import TILES

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:{tiles}",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    # Map tiles, when switched on (MAP_TILES), are the only images from another host.
    tiles = TILES.get(app.config.get("MAP_TILES", "none"))
    policy = CONTENT_SECURITY_POLICY.format(tiles=f" {tiles.host}" if tiles else "")

    def add_headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", policy)
        return _add_headers(response)

    app.after_request(add_headers)


def _add_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
