"""Search in the web app: the /search page, the index following commits, drift repair, reindex.

- Every request session is followed by ``directory.search.tracking``: right after a commit the
  listings it changed are written to the index (a failure is logged, never shown: the commit
  stands, and the drift check repairs the index).
- Each process keeps its host's index current in a background thread (``IndexKeeper``,
  started with its first request when ``SEARCH_SYNC_ON_START``): every ``SEARCH_FOLLOW_SECONDS``
  it syncs what other hosts changed (their commits announce it in the database); at start and
  every ``SEARCH_DRIFT_CHECK_MINUTES`` it repairs drift (a crash between a commit and its index
  write, or a write that gave up, heals without a restart). An index that is missing (never
  built, or its folder removed) or empty while the database has listings is rebuilt from the
  database at once, in its next round; until then a search answers 503 「ただいま検索の準備を
  しています」 with Retry-After (``SearchUnavailable``), never 「該当なし」, and /healthz says 503.
  It never holds up a request.
- ``flask reindex`` rebuilds the index beside the current one and swaps it in, with a progress bar.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click
from flask import Blueprint, Flask, current_app, render_template, request, url_for
from flask.cli import with_appcontext
from flask_babel import gettext as _
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as WerkzeugResponse

from directory import browse, labels, upcoming
from directory.schedules import WEEKDAY_LABELS
from directory.search import feed, lifecycle, tracking
from directory.search import query as search_query
from directory.search import request as search_request
from directory.search.index import TIMES_OF_DAY
from directory.search.query import ParsedQuery, PlaceLookup, Understood
from directory.search.ranking import COST, Ranker
from directory.search.request import SearchRequest
from directory.search.service import (
    Criteria,
    Drop,
    Read,
    SearchResult,
    SearchSort,
    place_lookup,
    search,
)
from geo.distance import bounding_box
from geo.geocoding import OfflineGeocoder
from webapp import db, filter_notes, maps, messages
from webapp.geocoding import geocoder
from webapp.i18n import translations
from webapp.public import audience, map_script, pin_points
from webapp.templating import today
from webapp.terms import terms

log = logging.getLogger(__name__)

bp = Blueprint("search", __name__)

RADII_KM = (0.5, 1.0, 2.0, 3.0, 5.0, 10.0)  # the choices offered; any 0 < r ≤ 50 is read
MAP_LIMIT = 1000
CHECKED_FILE, CHECK_LOCK_FILE = (
    "CHECKED",
    "check.lock",
)  # markers on the results map (clustered); the list pages through all


RETRY_SECONDS = 30.0  # a failed check, or a check owed after a failed write, is tried again


class IndexWrites:
    """Whether this process's last write to its host's index failed: a folder that cannot be
    written (full disk, read-only) misses the change while the database has it, until a later
    write or a drift check succeeds. /healthz reports it (503), and the keeper checks sooner.
    Per process: the other workers of the host learn of it by their own writes or checks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.problem: str | None = None
        self.failed_at = 0.0  # wall clock (compared with a check's start, written in its stamp)

    def failed(self, error: BaseException) -> None:
        # /healthz is public: the kind of error, not its paths (the log has the whole of it).
        reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
        with self._lock:
            self.problem = f"{type(error).__name__}: {reason}" if reason else type(error).__name__
            self.failed_at = time.time()

    def succeeded(self, since: float | None = None) -> None:
        """A write succeeded, or a repair that began at ``since`` (wall clock) did: it covers
        a failure before it."""
        with self._lock:
            if since is None or since >= self.failed_at:
                self.problem = None


@dataclass
class SearchState:
    """Per-app search state: the index folder, the in-memory ranker, what was synced."""

    directory: Path
    ranker: Ranker
    sync_on_start: bool
    check_every_seconds: float
    # Words typed in the search box are looked up as places offline only: never sent to an
    # online geocoder, and a search never waits for one.
    geocoder: OfflineGeocoder = field(default_factory=OfflineGeocoder)
    lock: threading.Lock = field(default_factory=threading.Lock)
    synced: set[int] = field(default_factory=set)  # listing ids written since the last drain
    follow_every_seconds: float = 2.0
    healer: IndexKeeper | None = None
    writes: IndexWrites = field(default_factory=IndexWrites)

    def note_synced(self, ids: set[int]) -> None:
        self.writes.succeeded()
        with self.lock:
            self.synced |= ids

    def drain_synced(self) -> set[int]:
        with self.lock:
            ids, self.synced = self.synced, set()
        return ids


class Upkeep(StrEnum):
    """What /healthz says of this process's keeper."""

    STARTING = "starting"  # no check of the host's index has finished yet
    READY = "ready"  # the last check succeeded (this worker's, or another worker's of the host)
    FAILED = "failed"  # the last check failed (logged); tried again in RETRY_SECONDS


class IndexKeeper:
    """A daemon thread per process that keeps this host's index current beyond its own
    commits: every ``follow_every`` seconds it syncs what other hosts changed (the feed in the
    database, ``lifecycle.follow``) and rebuilds the index if it is missing; once at start and
    then every ``check_every`` seconds it repairs drift between the index and the database and
    prunes the old feed. It works in sessions of its own, never inside a request."""

    def __init__(
        self,
        engine: Engine,
        directory: Path,
        check_every: float,
        follow_every: float,
        today: Callable[[], date],
        warmers: Sequence[Callable[[Session], None]] = (),
        writes: IndexWrites | None = None,
    ) -> None:
        self.engine, self.directory, self.today = engine, directory, today
        self.warmers = list(warmers)
        self.check_every, self.follow_every = check_every, follow_every
        self.writes = writes or IndexWrites()
        self.checks = 0  # completed drift checks, for tests and the log
        self.ready = threading.Event()  # the caches are warm and a check has succeeded
        self.upkeep = Upkeep.STARTING
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="search-index", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def check(self) -> set[int] | None:
        """Repair drift, once per host and interval: the workers sharing the index folder take
        turns (the stamp file says when the last check began). None when it could not be done
        now — another worker of the host is checking (its check counts for this one once it
        is done), or the index is missing (it is being rebuilt): ask again."""
        stamp = self.directory / CHECKED_FILE
        # A check that began before this process's failed write may not have seen its change.
        since = max(time.time() - self.check_every, self.writes.failed_at)
        try:
            with lifecycle.exclusive(self.directory / CHECK_LOCK_FILE):
                if _began(stamp) >= since:  # another worker checked, late enough
                    self.writes.succeeded(_began(stamp))
                    return set()
                if not lifecycle.exists(self.directory):
                    return None
                started = time.time()
                with Session(self.engine) as session:
                    if lifecycle.outdated(self.directory):
                        # An upgrade changed the index format: rebuild beside the old index,
                        # which keeps answering searches until the new one is swapped in.
                        log.warning("search index format changed: rebuilding it")
                        lifecycle.rebuild(session, self.directory)
                    repaired = lifecycle.repair(session, self.directory)
                    feed.forget_old(session, datetime.now(UTC))
                    session.commit()
                stamp.write_text(f"{started}\n", encoding="ascii")
                self.writes.succeeded(started)
        except lifecycle.IndexBusy:
            return None  # another worker of this host is checking
        if repaired:
            log.warning("search index drift repaired for %d listings", len(repaired))
        self.checks += 1
        return repaired

    def restore(self) -> bool:
        """Rebuild the host's index from the database if it has none (never built, or its folder
        was removed) or it holds nothing while the database has published listings: at once,
        not at the next drift check, and never by writing the next few changes into an empty
        one. One worker of the host rebuilds; the others find the rebuild lock taken."""
        with Session(self.engine) as session:
            if not lifecycle.needs_rebuild(session, self.directory):
                return False
            started = time.time()
            try:
                count = lifecycle.rebuild(session, self.directory)
            except lifecycle.IndexBusy:
                return False  # another worker of this host is rebuilding it
        self.writes.succeeded(started)
        log.warning(
            "search index was missing, unreadable or empty: rebuilt with %d listings", count
        )
        return True

    def follow(self) -> set[int]:
        with Session(self.engine) as session:
            try:
                changed = lifecycle.follow(session, self.directory)
            except lifecycle.IndexMissing:
                return set()  # rebuilt in the next round, then followed
            except Exception as error:
                self.writes.failed(error)
                raise
            if changed:
                self.writes.succeeded()
            session.rollback()
            # The home page's coming weeks move on with the date (one host does the day's pass:
            # the others find it done; see directory.upcoming).
            upcoming.extend(session, self.today())
            session.commit()
        return changed

    def _check_round(self) -> float:
        """Run the drift check; when (monotonic) the next one is due."""
        try:
            done = self.check()
        except Exception:  # logged; the next round tries again, searches keep working
            log.exception("search index check failed")
            self.upkeep = Upkeep.FAILED
            return time.monotonic() + min(self.check_every, RETRY_SECONDS)
        if done is None:
            return 0.0  # another worker is checking, or the index is being rebuilt: next round
        self.upkeep = Upkeep.READY
        self.ready.set()
        return time.monotonic() + self.check_every

    def _run(self) -> None:
        for warm in self.warmers:  # caches a first request would otherwise build
            try:
                with Session(self.engine) as session:
                    warm(session)
            except Exception:
                log.exception("warming a cache failed; the first request builds it")
        next_check = 0.0
        attempted = -RETRY_SECONDS
        while not self._stop.is_set():
            try:
                self.restore()
            except Exception:
                log.exception("rebuilding the missing search index failed")
            # After a failed write this process checks soon, not at the interval's end.
            due = next_check
            if self.writes.problem is not None:
                due = min(due, attempted + RETRY_SECONDS)
            if time.monotonic() >= due:
                attempted = time.monotonic()
                next_check = self._check_round()
            try:
                self.follow()
            except Exception:  # the next round tries again; searches keep working meanwhile
                log.exception("search index upkeep failed")
            self._stop.wait(self.follow_every)


def _began(stamp: Path) -> float:
    """When the check that wrote ``stamp`` began (wall clock); 0 if none did."""
    try:
        return float(stamp.read_text(encoding="ascii"))
    except FileNotFoundError:
        return 0.0
    except ValueError:  # an older version's stamp: empty, touched when its check ended
        return stamp.stat().st_mtime


def state(app: Flask | None = None) -> SearchState:
    result: SearchState = (app or current_app).extensions["search"]
    return result


def init_app(app: Flask) -> None:
    directory = Path(app.config["SEARCH_INDEX_DIR"])
    search_state = SearchState(
        directory=directory,
        ranker=Ranker(directory),
        sync_on_start=bool(app.config["SEARCH_SYNC_ON_START"]),
        check_every_seconds=float(app.config["SEARCH_DRIFT_CHECK_MINUTES"]) * 60,
        follow_every_seconds=float(app.config["SEARCH_FOLLOW_SECONDS"]),
        geocoder=OfflineGeocoder(home_prefecture=app.config.get("HOME_PREFECTURE", "")),
    )
    app.extensions["search"] = search_state

    def follow(session: Session) -> None:
        # A missing index is rebuilt by this process's keeper, beside the requests, when it
        # has one; else (a CLI command) right after the commit that found it missing.
        tracking.follow(
            session,
            directory,
            on_synced=search_state.note_synced,
            rebuild_missing=search_state.healer is None,
            on_failed=search_state.writes.failed,
        )

    app.extensions.setdefault("db_session_hooks", []).append(follow)
    # The index's vocabulary (typo suggestions, unknown words) is read from every listing:
    # built by the keeper, not by the first resident whose query needs it (2 s at 100,000);
    # first, before the longer matching table (coordinators' suggestions).
    app.extensions.setdefault("warmers", []).insert(0, lambda _: search_state.ranker.warm())
    app.before_request(start_keeper)
    app.cli.add_command(reindex_command)
    app.register_blueprint(bp)


WARMING_UP = "warming_up"  # set by webapp.operations.warm_up while it makes its requests


def start_keeper() -> None:
    """Start this process's keeper (drift check, following the feed, the caches built from the
    whole directory) with its first request: a process that serves no request — a CLI
    command — needs none; a forked worker starts its own. Not with a worker's warm-up
    requests: beside them it would only make them slower (one process, one interpreter lock);
    ``warm_up`` starts it when they are done."""
    search_state = state()
    if (
        search_state.healer is not None
        or not search_state.sync_on_start
        or current_app.extensions.get(WARMING_UP)
    ):
        return
    with search_state.lock:
        if search_state.healer is not None:
            return
        zone = ZoneInfo(current_app.config["TIMEZONE"])
        search_state.healer = IndexKeeper(
            db.engine(),
            search_state.directory,
            search_state.check_every_seconds,
            search_state.follow_every_seconds,
            today=lambda: datetime.now(zone).date(),
            warmers=current_app.extensions.get("warmers", ()),
            writes=search_state.writes,
        )
    search_state.healer.start()


# ---- flask reindex -------------------------------------------------------------------------


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """検索用の索引をデータベースから作り直します。"""
    directory = state().directory
    started = time.perf_counter()
    with Session(db.engine()) as session:
        total = len(lifecycle.published_ids(session))
        try:
            with click.progressbar(length=total, label="索引を作成中") as bar:
                count = lifecycle.rebuild(session, directory, progress=bar.update)
        except lifecycle.IndexBusy as busy:
            raise click.ClickException(f"ほかの作り直しが実行中です（{busy}）。") from busy
    click.echo(
        f"{count}件の活動を索引に登録しました（{time.perf_counter() - started:.1f}秒、{directory}）。"
        "作り直しのあいだも、検索は前の索引で動いていました。"
    )


# ---- the search page -----------------------------------------------------------------------


def parse_request(args: MultiDict[str, str], per_page: int) -> SearchRequest:
    """The page's reading of its query string: lenient (a value that means nothing is dropped)."""
    return search_request.read(args, terms(), strict=False, per_page=per_page)


def criteria_of(request_: SearchRequest, origin: tuple[float, float] | None) -> Criteria:
    """The search use case's criteria for a request read by ``directory.search.request``."""
    return Criteria(
        text=request_.text,
        facets=request_.facets,
        sort=SearchSort(request_.sort),
        origin=origin,
        within_km=request_.within_km,
        page=request_.page,
        per_page=request_.per_page,
        asis=request_.asis,
    )


def places_of_request() -> PlaceLookup:
    """The place lookup for words of this request's query (landmarks, towns; offline)."""
    return place_lookup(db.session(), state().geocoder, terms())


class SearchUnavailable(Exception):
    """This host has no search index just now — never built, or its folder was removed — and
    its keeper is rebuilding it from the database (minutes at 100,000 listings). A search in
    the meantime finds nothing: a resident would read 「該当なし」 as "there is no such place",
    a coordinator would record a need as unmet, and an API client would keep an empty answer.
    So it is answered as unavailable (503, Retry-After), never as an empty result."""


RETRY_AFTER_SECONDS = 60


def require_index() -> None:
    """Raise ``SearchUnavailable`` if the search just made found no index to search."""
    if state().ranker.missing:
        raise SearchUnavailable


def run_search(criteria: Criteria, *, read: Read = Read.LISTINGS) -> SearchResult:
    """The search use case for this request's audience, with the page's query understanding
    (``read``: what to read of the page's matches). Raises ``SearchUnavailable`` while the
    host's index is being rebuilt."""
    result = search(
        db.session(),
        state().ranker,
        criteria,
        audience(),
        places=places_of_request(),
        vocabulary=terms(),
        read=read,
    )
    require_index()
    return result


def facet_labels() -> dict[str, dict[str, str]]:
    known = terms()
    return {
        "category": {c.code: c.label for c in known.categories},
        "target": {t.code: t.label for t in known.targets},
        "area": {a.code: a.name for a in known.areas},
        "weekday": {str(d): messages.WEEKDAY_SHORT.format(day=WEEKDAY_LABELS[d]) for d in range(7)}
        | {"7": messages.HOLIDAY},
        "time": dict(TIMES_OF_DAY),
        "language": dict(labels.LANGUAGES),
        **messages.FACET_VALUES,
    }


FACET_TITLES = messages.FACET_TITLES


@dataclass(frozen=True)
class Choice:
    """One value of a filter, as its checkbox shows it (label in the reader's language)."""

    value: str
    label: str
    count: int
    chosen: bool
    name: str = ""  # the parameter, when not the filter's (the 参加費 ceiling: max_cost)


@dataclass(frozen=True)
class Filter:
    """One filter beside the results: its values that match something or are chosen."""

    name: str
    title: str
    choices: tuple[Choice, ...]


def filters(result: SearchResult, criteria: Criteria) -> list[Filter]:
    """The page's filters, worded for the reader. Built here, not in the template, where its
    ~60 labels and ~180 lookups were each a call through Jinja (about 0.6 ms a page)."""
    gettext = translations().ugettext
    labelled = facet_labels()
    shown = []
    for name, title in FACET_TITLES.items():
        counts = result.counts.get(name, {})
        chosen = criteria.facets.get(name, ())
        choices = tuple(
            Choice(value, gettext(label), counts.get(value, 0), value in chosen)
            for value, label in labelled[name].items()
            if counts.get(value, 0) or value in chosen
        )
        if name == "free" and (ceiling := criteria.facets.get(COST)):
            # A ceiling asked by a link (max_cost=300): shown checked, to be unchecked.
            label = search_query.condition_label(COST, ceiling, translate=gettext)
            choices = (*choices, Choice(ceiling[0], label, result.total, True, COST))
        shown.append(Filter(name, gettext(title), choices))
    return shown


def notice_text(parsed: ParsedQuery) -> str | None:
    """The note under the search box, in the reader's language."""
    match parsed.notice_kind:
        case search_query.Notice.TRUNCATED:
            return str(
                _(
                    search_query.MSG_TRUNCATED,
                    chars=search_query.MAX_CHARS,
                    words=search_query.MAX_WORDS,
                )
            )
        case search_query.Notice.NO_WORDS:
            return str(_(search_query.MSG_NO_WORDS))
        case search_query.Notice.NO_DATES:
            return str(_(search_query.MSG_NO_DATES))
        case search_query.Notice.CORRECTED:
            typed, corrected = parsed.corrections[0]
            return str(_(search_query.MSG_CORRECTED, typed=typed, corrected=corrected))
    return parsed.notice


def drop_label(drop: Drop, parsed: ParsedQuery) -> str:
    """What a zero-result suggestion would drop, quoted, in the reader's language: a condition
    read from the words by its chip's name, a word as typed."""
    item = next((u for u in parsed.understood if u.word == drop.word), None)
    return str(_(messages.QUOTED, text=chip_label(item) if item else drop.word))


def chip_label(item: Understood) -> str:
    """A condition read from the words, in the reader's language (in Japanese, the search
    domain's own label)."""
    if item.point is not None:
        km = f"{item.radius_km or 0:g}"
        return str(_(search_query.PLACE_LABEL, place=item.place, km=km))
    if item.facet == "area":
        return item.label  # the area's name, as the municipality writes it
    return search_query.condition_label(item.facet, item.values, translate=lambda s: str(_(s)))


@dataclass(frozen=True)
class Origin:
    """Where 近い順 and the radius measure from, and how to say it on the page."""

    point: tuple[float, float] | None
    label: str = ""
    message: str = ""  # why a typed address or a radius could not be used
    of_typed: bool = False  # the message is about the place typed in 「場所から」 (shown beside it)


def _origin(found: search_request.Origin) -> Origin:
    """The resolved origin as the page says it."""
    kind = search_request.OriginKind
    if found.kind is kind.ADDRESS:
        name = found.name if found.found == found.name else f"{found.name}（{found.found}）"
        return Origin(found.point, str(_(messages.QUOTED, text=name)))
    if found.kind is kind.NOT_FOUND and found.why == labels.PLACE_UNKNOWN:
        return Origin(None, message=_(messages.ORIGIN_UNKNOWN, address=found.name), of_typed=True)
    if found.kind is kind.NOT_FOUND:
        return Origin(
            None,
            message=_(
                messages.ORIGIN_NOT_FOUND,
                address=found.name,
                found=_(found.found),
                reason=_(found.why, **dict(found.values)),
            ),
            of_typed=True,
        )
    if found.kind is kind.AREA:
        return Origin(found.point, found.found or _(messages.ORIGIN_AREA, area=found.name))
    if found.kind is kind.POINT:
        return Origin(found.point, _(messages.ORIGIN_POINT))
    if found.kind is kind.LISTING:
        return Origin(found.point, str(_(messages.QUOTED, text=found.name)))
    return Origin(None)


def _resolve(
    args: MultiDict[str, str], per_page: int
) -> tuple[Criteria, Origin, dict[str, Any], list[str]]:
    """Criteria with their origin resolved, the query arguments that reproduce them, and what
    the page says of the values it could not use (``filter_notes``)."""
    asked = parse_request(args, per_page)
    origin = _origin(
        search_request.resolve_origin(db.session(), asked, terms(), geocoder(), audience())
    )
    criteria = criteria_of(asked, origin.point)
    unknown_near = next(
        (p.value for p in asked.dropped if p.parameter == "near" and p.value and not asked.near),
        None,
    )
    if unknown_near is not None and origin.point is None and not origin.message:
        # An old link's 近い順の基準 names an area that is gone: say so, not only "choose one".
        origin = replace(origin, message=_(messages.NEAR_UNKNOWN, area=unknown_near[:20]))
    dropped = [p for p in asked.dropped if p.parameter != "near"]
    notes = filter_notes.of_problems(dropped, criteria.facets)
    unplaced = search_request.unplaced_area(asked.near, terms()) if asked.near else None
    if unplaced is not None and origin.point is None and not origin.message:
        # 近い順の基準 names an area added without its 公民館's address: say so, whatever asked
        # for a distance (近い順, a radius, or only the choice of the area).
        origin = replace(origin, message=_(messages.AREA_WITHOUT_POINT, area=unplaced.name))
    if criteria.within_km is not None and origin.point is None and not origin.message:
        origin = replace(origin, message=_(messages.RADIUS_NEEDS_ORIGIN))
    query: dict[str, Any] = {name: list(v) for name, v in criteria.facets.items()}
    query.update(q=criteria.text, sort=criteria.sort.value, near=asked.near)
    if criteria.asis:
        query["asis"] = list(criteria.asis)
    if asked.address:
        query["from"] = asked.address
    elif asked.near or origin.point is None:
        pass
    elif asked.point is not None:
        query.update(lat=origin.point[0], lon=origin.point[1])
    elif asked.listing is not None:
        query["listing"] = str(asked.listing)
    if criteria.within_km is not None:
        query["within"] = f"{criteria.within_km:g}"
    return criteria, origin, query, notes


@bp.get("/search")
def results() -> str:
    criteria, origin, args, dropped = _resolve(
        request.args, current_app.config["LISTINGS_PER_PAGE"]
    )
    result = run_search(criteria, read=Read.CARDS)
    args["q"] = result.parsed.text
    if criteria.sort is SearchSort.DISTANCE and result.origin is None and not origin.message:
        origin = replace(origin, message=_(messages.SORT_NEEDS_ORIGIN))  # 近い順, from nowhere

    def without(*names: str) -> str:
        return url_for("search.results", **{k: v for k, v in args.items() if k not in names})

    def as_written(word: str) -> str:
        """The same search with ``word`` taken as written, not as a condition (a chip's undo)."""
        asis = [*args.get("asis", []), word]
        return url_for("search.results", **{**args, "asis": asis})

    def dropping(word: str) -> str:
        """The same search without ``word`` (a suggestion when nothing was found)."""
        text = " ".join(args["q"].replace(word, " ", 1).split())
        return url_for("search.results", **{**args, "q": text})

    return render_template(
        "search/results.html",
        result=result,
        criteria=criteria,
        filters=filters(result, criteria),
        facet_titles=FACET_TITLES,
        areas=terms().areas,
        radii=RADII_KM,
        args=args,
        without=without,
        near=args["near"],
        origin_from=args.get("from", ""),
        origin=origin,
        dropped=dropped,
        # The results are written out above their map, not below it as on the area map.
        map_div=maps.map_div("results", _("地図の内容は、上の検索結果の一覧でも読めます。"))
        if result.total
        else None,
        tiles=maps.tile_source(),
        as_written=as_written,
        dropping=dropping,
        chip_label=chip_label,
        drop_label=lambda drop: drop_label(drop, result.parsed),
        notice=notice_text(result.parsed),
        upcoming=browse.upcoming,
        start=today(),
    )


@bp.get("/search/map.js")
def results_map_script() -> WerkzeugResponse:
    """The results map: every match (up to MAP_LIMIT) clustered, the origin and its radius."""
    criteria, origin, args, _dropped = _resolve(request.args, MAP_LIMIT)
    result = run_search(replace(criteria, page=1), read=Read.IDS)
    points = pin_points(browse.map_pins(db.session(), audience(), listing_ids=result.listing_ids))
    m = maps.listings_map("results", points)
    place = result.parsed.place if origin.point is None else None
    where = origin.point or (place.point if place else None)
    label = origin.label if origin.point is not None else (place.label if place else "")
    if where is not None:
        maps.mark_origin(m, where, _(messages.ORIGIN_MARKER, label=label), result.within_km)
        if result.within_km is not None:
            box = bounding_box(*where, result.within_km)
            maps.fit(m, (box.south, box.west), (box.north, box.east))
    elsewhere = {
        k: v for k, v in args.items() if k not in {"near", "from", "listing", "lat", "lon"}
    }
    elsewhere["sort"] = SearchSort.DISTANCE.value
    maps.SearchFromClick(url_for("search.results", **elsewhere)).add_to(m)
    return map_script(m)
