"""One-time form tokens (matching.submissions): claimed once, found again, forgotten after a
week, and never taken for another kind of form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from matching import submissions
from matching.models import FormSubmission
from matching.submissions import Claim, Earlier, Kind

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_token_is_claimed_once_and_then_names_what_its_first_send_made(
    db_session: Session,
) -> None:
    token = submissions.new_token()
    claimed = submissions.claim(db_session, token, Kind.NOTE, now=NOW)
    assert isinstance(claimed, Claim)
    claimed.made(41)
    db_session.flush()
    assert submissions.claim(db_session, token, Kind.NOTE, now=NOW) == Earlier(41)


def test_tokens_older_than_a_week_are_forgotten_by_the_next_claim(db_session: Session) -> None:
    old, recent = submissions.new_token(), submissions.new_token()
    for token, age in ((old, timedelta(days=8)), (recent, timedelta(days=6))):
        claimed = submissions.claim(db_session, token, Kind.CASE, now=NOW - age)
        assert isinstance(claimed, Claim)
        claimed.made(1)
    db_session.flush()
    submissions.claim(db_session, submissions.new_token(), Kind.CASE, now=NOW)
    kept = set(db_session.scalars(select(FormSubmission.token)))
    assert recent in kept
    assert old not in kept


def test_a_token_of_another_kind_of_form_is_refused(db_session: Session) -> None:
    token = submissions.new_token()
    claimed = submissions.claim(db_session, token, Kind.PLAN, now=NOW)
    assert isinstance(claimed, Claim)
    claimed.made(7)
    db_session.flush()
    with pytest.raises(submissions.WrongForm):
        submissions.claim(db_session, token, Kind.CASE, now=NOW)


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("AbCdEfGhIjKlMnOpQrStUvWx", True),
        ("", False),
        ("short", False),
        ("x" * 65, False),
        ("<script>alert(1)</script>", False),
        (None, False),
    ],
)
def test_only_a_token_shaped_value_is_taken_as_a_token(sent: str | None, kept: bool) -> None:
    assert (submissions.valid_token(sent) is not None) is kept
    assert len(submissions.new_token()) == 32
