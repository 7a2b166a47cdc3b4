"""つながりマップ web application: the Flask app factory.

``create_app()`` builds the app from defaults, then the environment, then ``test_config``.
It creates no database and contacts nothing; ``flask init-db`` does that.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from webapp import (
    admin,
    api,
    auth,
    case_records,
    cases,
    cli,
    config,
    coord,
    db,
    errors,
    feedback,
    geocoding,
    handout,
    hsds_api,
    i18n,
    imports,
    landmarks,
    maps,
    meetings,
    opendata,
    operations,
    org,
    public,
    reports,
    requests,
    security,
    templating,
)
from webapp import search as search_web


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    requests.init_app(app)  # before any route: <int:…> ids and unreadable input
    app.config.from_mapping(config.defaults(app.instance_path))
    app.config.from_mapping(config.from_environ(os.environ))
    if test_config:
        app.config.from_mapping(test_config)
    app.config["SECRET_KEY"] = config.resolve_secret_key(
        app.config.get("SECRET_KEY"), app.instance_path
    )

    cases.init_app(app)  # first: it refuses a wrong configuration before anything opens
    maps.init_app(app)
    geocoding.init_app(app)
    db.init_app(app)
    security.init_app(app)
    templating.init_app(app)
    i18n.init_app(app)  # after templating: its date filters speak the reader's language
    errors.init_app(app)
    cli.init_app(app)
    auth.init_app(app)
    app.register_blueprint(public.bp)
    feedback.init_app(app)  # 「情報が違う・閉まっていた」: residents' reports to the coordinators
    app.register_blueprint(org.bp)
    app.register_blueprint(coord.bp)
    app.register_blueprint(admin.bp)
    opendata.init_app(app)  # refuses a wrong TSUNAGARI_MUNICIPALITY_CODE
    app.register_blueprint(landmarks.bp)  # /coord/landmarks: 目印 (stations, 市役所, 公民館)
    imports.init_app(app)
    search_web.init_app(app)  # /search, index updates after commits, drift repair, reindex
    api.init_app(app)  # /api/v1/: read-only JSON for published public data
    hsds_api.init_app(app)  # /hsds/: the same data as the Open Referral HSDS API 3.0
    reports.init_app(app)  # /coord/reports/: the 実績 report, its charts and exports
    meetings.init_app(app)  # /coord/meetings/: 支援会議・重層的支援会議 records
    case_records.init_app(app)  # case notes, plan roles, the printable 支援プラン
    handout.init_app(app)  # /coord/handout/: おでかけカード
    operations.init_app(app)  # /healthz, ProxyFix, JSON logs
    return app
