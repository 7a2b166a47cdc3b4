"""The app as ``benchmarks/http_bench.py`` serves it: the real app plus one hello-world route,
the baseline of what the same server, workers and middleware cost with no work at all."""

from __future__ import annotations

from webapp import create_app

app = create_app()


@app.get("/_bench/hello")
def hello() -> str:
    return "hello"
