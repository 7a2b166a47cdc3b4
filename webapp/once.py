"""Create forms that create once: the one-time token each carries (``matching.submissions``).

A create form shows ``{{ once_field("endpoint") }}``; its view claims the token before it
creates anything, and stores what it created with it. A second send of the same form (a double
tap, a resend after Back) creates nothing and lands on what the first send created, with a calm
message. A form shown again with errors keeps the token it was sent with.
"""

from __future__ import annotations

from flask import Flask, abort, flash, redirect, request
from markupsafe import Markup
from werkzeug.wrappers import Response

from matching import submissions
from matching.submissions import Claim, Earlier, Kind
from webapp import db, messages
from webapp.templating import now_utc

FIELD = "once"


def init_app(app: Flask) -> None:
    app.jinja_env.globals["once_field"] = once_field


def once_field(endpoint: str) -> Markup:
    """The hidden token of a form posting to ``endpoint``: the one this request was sent with
    when it was that form (shown again with errors), else a new one."""
    token = None
    if request.method == "POST" and request.endpoint == endpoint:
        token = submissions.valid_token(request.form.get(FIELD))
    token = token or submissions.new_token()
    return Markup('<input type="hidden" name="{}" value="{}">').format(FIELD, token)


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
