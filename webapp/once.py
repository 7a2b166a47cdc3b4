"""Create forms that create once: the one-time token each carries (``matching.submissions``).

A create form shows ``{{ once_field("endpoint") }}``; its view claims the token before it
creates anything, and stores what it created with it. A second send of the same form (a double
tap, a resend after Back) creates nothing and lands on what the first send created, with a calm
message. A form shown again with errors keeps the token it was sent with.

A page that is one create form (a new case, plan, need, meeting, the unmet-need check) is opened
at an address that names its token (``?once=…``, ``form_page``). Going Back to it after sending,
the browser loads the page again (this app's pages change the session cookie on every response,
so browsers do not reuse them) and puts back what was typed, but not a hidden field: the token
must come with the address. Such a page whose token was used says so, with links to what was
made and to a fresh form. Forms within a page (経過記録 and consent on the case page, a case
added to a meeting, the one-click unmet record) get a new token each time the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, abort, flash, g, redirect, request, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from matching import submissions
from matching.submissions import Claim, Earlier, Kind
from webapp import db, messages
from webapp.templating import now_utc

FIELD = "once"


def init_app(app: Flask) -> None:
    app.jinja_env.globals["once_field"] = once_field
    app.jinja_env.globals["once_sent"] = once_sent


def once_field(endpoint: str) -> Markup:
    """The hidden token of a form posting to ``endpoint``: the one this request was sent with
    when it was that form (shown again with errors), or the one in the page's address (a
    ``form_page``), else a new one."""
    token = None
    if request.method == "POST" and request.endpoint == endpoint:
        token = submissions.valid_token(request.form.get(FIELD))
    elif request.method == "GET":
        token = submissions.valid_token(request.args.get(FIELD))
    token = token or submissions.new_token()
    return Markup('<input type="hidden" name="{}" value="{}">').format(FIELD, token)


def form_page(kind: Kind, where: Callable[[int], str]) -> Response | None:
    """For the GET of a page that is one create form: the redirect to its address with a new
    token, when the address has none; else None (show the form). When the token was used
    already (Back after sending, a bookmark), ``once_sent()`` gives ``where`` the record made."""
    token = submissions.valid_token(request.args.get(FIELD))
    if token is None:
        # Only the path's own values: the pages take no other query (and a hostile one must
        # not reach url_for's own arguments).
        return redirect(address(str(request.endpoint), **(request.view_args or {})))
    try:
        found = submissions.earlier(db.session(), token, kind)
    except submissions.WrongForm:
        abort(400)
    g.once_sent = where(found.object_id) if found is not None else None
    return None


def address(endpoint: str, **values: Any) -> str:
    """A ``form_page``'s address with a new token, for a redirect straight to it."""
    values[FIELD] = submissions.new_token()
    return url_for(endpoint, **values)


def once_sent() -> str | None:
    """Where the record this page's form already made is shown (see ``form_page``)."""
    sent: str | None = g.get("once_sent")
    return sent


def claim(kind: Kind) -> Claim | Earlier | None:
    """Claim the sent form's token for the ``kind`` of record about to be created: ``Earlier``
    when a send of this form created it already; None for a form sent without a token (one
    shown before tokens existed), which creates as it always did."""
    token = submissions.valid_token(request.form.get(FIELD))
    if token is None:
        return None
    try:
        return submissions.claim(db.session(), token, kind, now=now_utc())
    except submissions.WrongForm:
        abort(400)


def made(claimed: Claim | None, object_id: int) -> None:
    """Store what this send created with its token (in the transaction that created it)."""
    if claimed is not None:
        claimed.made(object_id)


def again(location: str) -> Response:
    """The answer to a second send: nothing created, the first send's record shown. What the
    request read on the way (the case, for its permission check) is committed: it is audited."""
    db.session().commit()
    flash(messages.ALREADY_SAVED, "info")
    return redirect(location)
