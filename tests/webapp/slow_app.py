"""The app as gunicorn serves it, plus one download that streams for longer than the worker
timeout ``tests/webapp/test_production.py`` sets short (as the open-data files of a large
directory do at gunicorn's 30 s)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from flask import Response

from webapp import create_app

app = create_app()
PIECES = 5
LINE = "活動,住所,日時\n"


@app.get("/_test/slow-download")
def slow_download() -> Response:
    def pieces() -> Iterator[str]:
        for _ in range(PIECES):
            time.sleep(1)
            yield LINE * 1000

    return Response(pieces(), mimetype="text/csv")
