"""gunicorn's settings for this app (README, 本番での運用):

    gunicorn -c python:webapp.gunicorn_conf --workers 4 --bind 127.0.0.1:8000 'webapp:create_app()'

Each worker does its start-up work before it accepts a request (``post_worker_init``): see
``webapp.operations.warm_up``. Keep it short: on a restart (HUP) gunicorn stops the old workers
as soon as it has started the new ones, so visitors wait for it (the caches built from the whole
directory are built beside the requests instead).

With ``TSUNAGARI_LOG_FORMAT=json`` gunicorn's own lines are JSON too (``logconfig_dict``,
gunicorn's public setting; ``webapp.operations.gunicorn_json_logging``): on stderr, and its
access lines on stdout.
"""

from __future__ import annotations

import os
from typing import Any

from webapp.config import from_environ
from webapp.operations import gunicorn_json_logging, warm_up

# Threaded workers: gunicorn's default (sync) worker is killed when one response takes longer
# than ``timeout`` (30 s), even while it is sending: the open-data files of 100,000 listings
# (34 MB of CSV, 184 MB of HSDS JSON) stopped part-way with a 200, and the reader kept a file
# cut short. A threaded worker tells gunicorn it is alive while its threads send, so
# ``timeout`` is left to catch a worker that is stuck. Four threads a worker: the app serves
# threads already (``flask run``), and each thread takes a database connection from the pool
# (SQLAlchemy's 5, plus overflow) only for the request.
worker_class = "gthread"
threads = 4
# On a restart (HUP) or a stop, a worker finishes the responses it is sending for at most
# ``graceful_timeout`` and is then killed: gunicorn's 30 s cut the 100,000 listings' open-data
# CSV at 10 of its 35 MB (about a minute to send), with a 200 already given. Long enough for the
# open-data files of a large city; a service manager's stop timeout must be longer still.
graceful_timeout = 240

if from_environ(os.environ).get("LOG_FORMAT") == "json":
    logconfig_dict = gunicorn_json_logging()


def post_worker_init(worker: Any) -> None:
    worker.log.info("worker %s warmed up in %.1f s", worker.pid, warm_up(worker.wsgi))
