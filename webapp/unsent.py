"""What a person typed into a form that could not be saved, shown back so nothing is lost.

A form can arrive after its login ended (the staff idle limit, a logout in another tab, the
server's restart with a new key) or with a token its session no longer knows. Nothing is
saved then, and going back often shows the form empty: case pages are ``no-store``, so the
browser keeps no copy. A coordinator who wrote a meeting's record for forty minutes would
have to write it again. So the page that says "not saved" shows the words that were sent, to
copy into the form once signed in again.

Only words a person typed are shown: values with a letter outside ASCII or a space inside
(notes, names, reasons, addresses). Dates, numbers, codes and choices are picked again in a
moment, and passwords and tokens are never shown.

Main decision: only for a form sent from a page of this site (its ``Origin``, else its
``Referer``). A form posted from another site could otherwise put any words on a page of
this one; the browser sends ``Origin`` with every cross-site form, so such a post shows
nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request

_NEVER_SHOWN = ("csrf_token", "next", "form_token")
MAX_SHOWN = 20  # fields; a real form of this site has at most a dozen that take words


def typed_text() -> list[str]:
    """The words typed into the form of this request, in the form's order."""
    if request.method in ("GET", "HEAD") or not _sent_from_this_site():
        return []
    texts: list[str] = []
    for name, value in request.form.items(multi=True):
        if name in _NEVER_SHOWN or "password" in name or "token" in name:
            continue
        words = value.strip()
        if words and _typed_by_a_person(words):
            texts.append(words)
        if len(texts) == MAX_SHOWN:
            break
    return texts


def _typed_by_a_person(value: str) -> bool:
    return any(ord(c) > 127 or c.isspace() for c in value)


def _sent_from_this_site() -> bool:
    origin = request.headers.get("Origin")
    source = origin if origin and origin != "null" else request.referrer
    if not source:
        return False
    parts = urlsplit(source)
    return parts.scheme in ("http", "https") and parts.netloc == request.host
