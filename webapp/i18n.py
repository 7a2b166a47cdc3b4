"""Languages of the pages: やさしい日本語, English and Tiếng Việt besides Japanese (Flask-Babel).

- The templates are written in Japanese, and the Japanese text is the gettext message id; the
  catalogs in ``webapp/translations/<locale>/LC_MESSAGES/messages.po`` give the other
  languages. やさしい日本語 is the locale ``ja@easy`` (Babel's modifier syntax: Japanese data
  for dates, its own catalog), so one mechanism serves all four.
- The compiled ``.mo`` files are committed next to their ``.po`` files (``scripts/translations.sh``
  extracts, updates and compiles; ``tests/webapp/test_i18n.py`` fails when a ``.mo`` is older
  than its ``.po``). Committing them keeps both README commands working on a fresh machine:
  ``pip install -e .`` runs no build step for an editable install, and a wheel carries them as
  package data.
- The language is, in order: the one a link asks for (``?lang=vi``: a coordinator sends a
  resident a listing in the resident's language; the choice is then kept like the switch's,
  so the pages the link leads to stay in it), the one a person chose with the switch (a cookie
  kept for a year), else the best match of the browser's Accept-Language, else Japanese. Responses say
  ``Vary: Accept-Language, Cookie`` so no cache hands one person's language to another.
- ふりがな: place and listing names get ``<ruby>`` readings from their kana fields when the
  switch is on (on by default in やさしい日本語).
- What organizations write (names, descriptions, schedules as written) is never translated here;
  an organization may add a short description per language (``Listing.summaries``, reviewed).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import flask_babel
from babel.dates import format_date, format_time
from babel.support import NullTranslations
from flask import Blueprint, Flask, current_app, g, has_request_context, redirect, request
from flask_babel import Babel, get_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape
from werkzeug.wrappers import Response

from directory.schedules import Occurrence
from webapp import templating
from webapp.furigana import segments

bp = Blueprint("i18n", __name__)

DEFAULT = "ja"
EASY = "ja@easy"
# Each language named in itself, in the order the switch offers them.
LANGUAGES = {
    "ja": "日本語",
    EASY: "やさしい にほんご",
    "en": "English",
    "vi": "Tiếng Việt",
}
# What a browser may ask for (Accept-Language); やさしい日本語 has no tag of its own.
BROWSER_LANGUAGES = ("ja", "en", "vi")
LANG_COOKIE = "lang"
LANG_PARAM = "lang"
# What a link may write for a language besides its code (people type and paste these).
LANG_ALIASES = {"easy": EASY, "ja-easy": EASY, "ja_easy": EASY, "ja-jp": "ja", "en-us": "en"}
FURIGANA_COOKIE = "furigana"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


# Languages an organization may add a short description in (``Listing.summaries``), each
# named in itself; the pages' own languages first.
SUMMARY_LANGUAGES = {
    EASY: "やさしい にほんご",
    "en": "English",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "ko": "한국어",
    "pt": "Português",
    "tl": "Tagalog",
    "ne": "नेपाली",
    "id": "Bahasa Indonesia",
}
SUMMARY_MAX_LENGTH = 400


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", app.config.get("TIMEZONE", "Asia/Tokyo"))
    Babel(app, locale_selector=select_locale)
    # Templates call gettext a hundred times a page: look the request's catalog up once (in g)
    # instead of through Flask-Babel's context chain on every call (same catalogs, same result).
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]  # jinja2.ext.i18n's
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
    )
    app.jinja_env.globals.update(
        languages=LANGUAGES,
        current_language=current_language,
        html_lang=html_lang,
        furigana_on=furigana_on,
        translated_page=translated_page,
        summary_languages=SUMMARY_LANGUAGES,
        weekday_name=weekday_name,
    )
    # Dates in the reader's language (the Japanese forms stay exactly as before).
    app.jinja_env.filters.update(
        jdate=local_date, occurrence=local_occurrence, occurrence_time=local_occurrence_time
    )
    app.jinja_env.filters["ruby"] = ruby
    app.jinja_env.filters["term"] = term
    app.after_request(_vary)
    app.register_blueprint(bp)


def translations() -> NullTranslations:
    """This request's catalog (Flask-Babel's), kept in ``g`` for the rest of the request."""
    found: NullTranslations | None = g.get("_translations") if has_request_context() else None
    if found is None:
        found = cast(NullTranslations, flask_babel.get_translations())
        if has_request_context():
            g._translations = found
    return found


# The blueprints whose pages are written in Japanese only: the staff's pages (coordinators,
# organizations, administrators) and signing in. They are shown wholly in Japanese, whatever
# the browser asks for: a page whose header, dates and ``lang`` followed an English browser
# around Japanese content read "Tuesday, November 17, 2026 記録", and a screen reader would
# read the Japanese with an English voice.
JAPANESE_ONLY = frozenset({
    "admin", "auth", "cases", "coord", "handout", "imports", "landmarks", "meetings", "org",
    "org_referrals", "records", "reports",
})  # fmt: skip


def translated_page() -> bool:
    """This request's page is offered in every language (the language switch applies)."""
    return not has_request_context() or request.blueprint not in JAPANESE_ONLY


def select_locale() -> str:
    if not has_request_context():  # a CLI command or a test rendering outside a request
        return DEFAULT
    if not translated_page():
        return DEFAULT
    asked = linked_language()
    if asked:
        return asked
    chosen = request.cookies.get(LANG_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    best = request.accept_languages.best_match(BROWSER_LANGUAGES, default=DEFAULT)
    return best or DEFAULT


def linked_language() -> str:
    """The language this request's link asks for (``?lang=``), or "" (none, or not one of ours:
    the page then follows the cookie and the browser as if the parameter were not there)."""
    value = request.args.get(LANG_PARAM, "").strip().lower()
    return value if value in LANGUAGES else LANG_ALIASES.get(value, "")


def current_language() -> str:
    """The code of the language of this request (ja, ja@easy, en, vi); kept in ``g`` (a page
    asks for it with every date and every name it writes)."""
    if not has_request_context():
        locale = get_locale()
        return str(locale) if locale is not None else DEFAULT
    found: str | None = g.get("_language")
    if found is None:
        locale = get_locale()
        found = g._language = str(locale) if locale is not None else DEFAULT
    return found


def html_lang() -> str:
    """The ``lang`` attribute: やさしい日本語 is Japanese to a screen reader."""
    return current_language().partition("@")[0]


def is_japanese() -> bool:
    return html_lang() == "ja"


def furigana_on() -> bool:
    if not has_request_context():
        return current_language() == EASY
    found: bool | None = g.get("_furigana")
    if found is None:
        setting = request.cookies.get(FURIGANA_COOKIE, "")
        found = g._furigana = (
            setting == "on" if setting in {"on", "off"} else current_language() == EASY
        )
    return found


def term(word: str) -> str:
    """A word of the vocabulary as stored, in Japanese (a kind's or a target's label), in the
    reader's language: ``{{ c.label | term }}``. Plain text, escaped where it is written (as
    ``_()`` would not: it takes the translation for markup), and a filter, not a call through
    the template's context (cards write one or two each)."""
    return translations().ugettext(word)


_RUBY = Markup("<ruby>{}<rp>（</rp><rt>{}</rt><rp>）</rp></ruby>")


def ruby(text: str, kana: str | None) -> Markup:
    """``text`` with its reading above it when ふりがな is on (escaped either way).

    A ``<ruby>`` per word when the reading can be cut by the name's kana and words
    (:mod:`webapp.furigana`), so a long name breaks between its words on a phone; else one.
    Cut, the words are drawn for the eyes only: a screen reader would read them apart (「城北
    町 集会 所」, 所 as ところ) with each reading after its word, so it is given the name once
    and its whole reading instead, as one ``<ruby>`` gave them."""
    if not kana or kana == text or not furigana_on():
        return escape(text)
    pieces = segments(text, kana)
    if pieces is None:
        return _RUBY.format(text, kana)
    if all(read is None for _, read in pieces):
        return escape(text)  # kana only: nothing to read
    words = Markup("").join(
        escape(piece) if read is None else _RUBY.format(piece, read) for piece, read in pieces
    )
    return Markup(
        '<span aria-hidden="true">{}</span><span class="visually-hidden">{}（{}）</span>'
    ).format(words, text, kana)


def weekday_name(day: int) -> str:
    """月曜日 … 日曜日 (0 = Monday) in the reader's language."""
    names = (
        _("月曜日"),
        _("火曜日"),
        _("水曜日"),
        _("木曜日"),
        _("金曜日"),
        _("土曜日"),
        _("日曜日"),
    )
    return str(names[day])


# ---- dates -------------------------------------------------------------------------------


def local_date(value: date | datetime | None) -> str:
    if value is None or is_japanese():
        return templating.jdate(value)
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(current_app.config["TIMEZONE"])).date()
    return format_date(value, "full", locale=current_language())


def _times(occ: Occurrence) -> str:
    """ "2:00 PM–4:00 PM", "2:00 PM–", "–4:00 PM" or "" (what the schedule knows)."""
    start, end = (
        format_time(t, "short", locale=current_language()) if t is not None else ""
        for t in (occ.start, occ.end)
    )
    return f"{start}–{end}" if (start or end) else ""


def local_occurrence(occ: Occurrence) -> str:
    if is_japanese():
        return templating.occurrence(occ)
    day = format_date(occ.day, "EEE d MMM", locale=current_language())
    times = _times(occ)
    return f"{day} {times}" if times else day


def local_occurrence_time(occ: Occurrence) -> str:
    if is_japanese():
        return templating.occurrence_time(occ)
    return _times(occ) or _("時間は要確認")


# ---- the switch --------------------------------------------------------------------------


def _back_to(target: str | None) -> str:
    """Only a path of this site (the page the switch was on); anything else goes home."""
    if not target or any(c.isspace() or c == "\\" or ord(c) < 32 for c in target):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@bp.route("/language", methods=["GET", "POST"])
def choose() -> Response:
    """Remember the language (``lang``) or ふりがな (``furigana=on|off``) chosen, then go back.

    The switch is a GET form: it changes nothing but the reader's own preference cookie, which
    any ``?lang=`` link already sets, so it carries no CSRF token, and a resident's pages set no
    session cookie. POST (with its token) is still taken from pages rendered before."""
    chosen = request.form if request.method == "POST" else request.args
    response = redirect(_back_to(chosen.get("next")), 303)
    secure = bool(current_app.config.get("SESSION_COOKIE_SECURE"))
    lang = chosen.get("lang", "")
    if lang in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=COOKIE_MAX_AGE, samesite="Lax", secure=secure, httponly=True
        )
    furigana = chosen.get("furigana", "")
    if furigana in {"on", "off"}:
        response.set_cookie(
            FURIGANA_COOKIE,
            furigana,
            max_age=COOKIE_MAX_AGE,
            samesite="Lax",
            secure=secure,
            httponly=True,
        )
    return response


def _vary(response: Response) -> Response:
    if response.mimetype == "text/html":
        response.vary.add("Accept-Language")
        response.vary.add("Cookie")
        asked = linked_language() if translated_page() else ""
        # The switch sets its own cookie (its ``lang`` is the form's, not a link's).
        if (
            asked
            and request.endpoint != "i18n.choose"
            and request.cookies.get(LANG_COOKIE) != asked
        ):
            response.set_cookie(
                LANG_COOKIE,
                asked,
                max_age=COOKIE_MAX_AGE,
                samesite="Lax",
                secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
                httponly=True,
            )
    return response
