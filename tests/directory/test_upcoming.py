"""The coming weeks' meetings kept in a table equal expanding every schedule, and follow changes."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from directory import browse, upcoming
from directory.browse import Audience, listing_load_options, visible
from directory.listings import archive_listing
from directory.models import Listing, ListingOccurrence
from directory.search import tracking
from tests.factories import NOW, make_listing

START = date(2026, 11, 24)


def expanded(session: Session, audience: Audience, start: date) -> dict[date, set[int]]:
    """What a day's meetings are by the slow, obvious way: every visible listing's schedule."""
    days: dict[date, set[int]] = {}
    end = start + timedelta(days=7)
    for listing in session.scalars(
        select(Listing).where(visible(audience)).options(*listing_load_options())
    ):
        for occurrence in browse.upcoming(listing, start, 14):
            if occurrence.day < end:
                days.setdefault(occurrence.day, set()).add(listing.id)
    return days


def test_the_week_from_the_table_equals_expanding_every_schedule(db_session: Session) -> None:
    assert upcoming.extend(db_session, START)
    week = upcoming.week(db_session, Audience.PUBLIC, START, per_day=3)
    truth = expanded(db_session, Audience.PUBLIC, START)
    assert [d.day for d in week] == sorted(truth)
    assert len(week) >= 5  # the demo town has something on most days
    for day in week:
        assert day.total == len(truth[day.day])
        assert {m.listing_id for m in day.meetings} <= truth[day.day]
        assert len(day.meetings) == min(3, day.total)
        starts = [m.occurrence.start or time.min for m in day.meetings]
        assert starts == sorted(starts)


def test_coordinators_also_see_coordinator_only_meetings(db_session: Session) -> None:
    upcoming.extend(db_session, START)
    public = {d.day: d.total for d in upcoming.week(db_session, Audience.PUBLIC, START)}
    staff = {d.day: d.total for d in upcoming.week(db_session, Audience.COORDINATOR, START)}
    truth = expanded(db_session, Audience.COORDINATOR, START)
    assert staff == {day: len(ids) for day, ids in truth.items()}
    assert sum(staff.values()) >= sum(public.values())


def test_coming_week_prefers_activities_not_already_shown(db_session: Session) -> None:
    upcoming.extend(db_session, START)
    days = upcoming.week(db_session, Audience.PUBLIC, START)
    first_names = {m.name for m in days[0].meetings}
    second_names = {m.name for m in days[1].meetings}
    assert days[1].total > len(days[1].meetings)
    assert not first_names & second_names


def test_a_changed_schedule_moves_its_meetings_when_the_transaction_commits(
    db_session: Session, tmp_path: Path
) -> None:
    upcoming.extend(db_session, START)
    tracking.follow(db_session, tmp_path)
    listing = make_listing(
        db_session, name="毎週火曜の朝ヨガ", schedule_text="毎週火曜日 9:00〜10:00"
    )
    db_session.commit()  # a savepoint of the test's transaction, followed like a real commit

    def days_of(listing_id: int) -> list[date]:
        return list(
            db_session.scalars(
                select(ListingOccurrence.day)
                .where(ListingOccurrence.listing_id == listing_id)
                .order_by(ListingOccurrence.day)
            )
        )

    tuesdays = days_of(listing.id)
    assert tuesdays
    assert {d.weekday() for d in tuesdays} == {1}
    truth = expanded(db_session, Audience.PUBLIC, START)
    week = {d.day: d.total for d in upcoming.week(db_session, Audience.PUBLIC, START)}
    assert week == {day: len(ids) for day, ids in truth.items()}
    archive_listing(listing, NOW)
    db_session.commit()
    assert days_of(listing.id) == []


def test_the_window_moves_on_with_the_date_and_drops_the_past(db_session: Session) -> None:
    upcoming.extend(db_session, START)
    assert not upcoming.extend(db_session, START + timedelta(days=3))  # enough days ahead
    later = START + timedelta(days=10)
    assert upcoming.extend(db_session, later)
    days = list(db_session.scalars(select(ListingOccurrence.day).distinct()))
    assert min(days) >= later
    assert max(days) >= later + timedelta(days=upcoming.RENEW_BEFORE_DAYS)
    truth = expanded(db_session, Audience.PUBLIC, later + timedelta(days=30))
    week = upcoming.week(db_session, Audience.PUBLIC, later + timedelta(days=30))
    assert {d.day: d.total for d in week} == {day: len(ids) for day, ids in truth.items()}


def test_moving_the_window_gives_the_planner_the_new_row_count(db_session: Session) -> None:
    """A table filled since the last analyze looks empty to PostgreSQL's planner: the week's
    join then ran for minutes at 100,000 listings. SQLite's statistics are refreshed too."""
    db_session.execute(text("DELETE FROM listing_occurrences"))
    db_session.execute(text("ANALYZE listing_occurrences"))  # the planner now thinks it empty
    assert upcoming.extend(db_session, START)
    rows = db_session.scalar(select(func.count()).select_from(ListingOccurrence))
    if db_session.get_bind().dialect.name == "postgresql":
        planned = db_session.scalar(
            text("SELECT reltuples FROM pg_class WHERE relname = 'listing_occurrences'")
        )
    else:  # SQLite: the first number of each index's statistics is the table's row count
        stats = db_session.scalars(
            text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'listing_occurrences'")
        ).all()
        assert stats
        planned = int(stats[0].split()[0])
    assert rows is not None
    assert rows > 100
    assert planned == rows
