"""CSRF protection and the HTTP headers every response carries.

The Content-Security-Policy allows only this origin's scripts and styles: templates have no
inline scripts or event handlers, and nothing is loaded from a CDN.

Pages of the blueprints that show case data (要配慮個人情報) — and the admin's audit log, the
staff dashboard, reports and handouts — are never kept by the browser or a proxy
(``Cache-Control: private, no-store``): on a shared office PC, "back" after signing out or the
disk cache must not bring a case back.
"""

from __future__ import annotations

from flask import Flask, Response, request
from flask_wtf.csrf import CSRFProtect

from webapp.maps import TILES

csrf = CSRFProtect()

# The blueprints whose pages (and redirects, and the forms shown again) may carry case data.
NO_STORE_BLUEPRINTS = frozenset(
    {"cases", "records", "meetings", "org_referrals", "coord", "admin", "reports", "handout"}
)

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
    if request.blueprint in NO_STORE_BLUEPRINTS:
        response.headers["Cache-Control"] = "private, no-store"
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
