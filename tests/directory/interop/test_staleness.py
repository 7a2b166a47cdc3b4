"""When the preview says a list looks like last year's (``directory.interop.staleness``)."""

from __future__ import annotations

from datetime import date

from directory.interop.staleness import stale_warning

TODAY = date(2026, 12, 7)


def test_a_list_of_past_events_says_it_looks_like_last_years() -> None:
    said = stale_warning((), ["令和7年10月5日（日）10時～", "2025年11月3日 13:00～"], TODAY)
    assert said is not None
    assert "2025年11月3日" in said


def test_one_past_event_among_weekly_meetings_says_nothing_of_the_files_year() -> None:
    weekly = ["毎週水曜日 14:00～16:00"] * 5
    assert stale_warning((), [*weekly, "2026年11月3日 秋祭り"], TODAY) is None


def test_a_date_still_to_come_or_a_year_still_running_says_nothing() -> None:
    assert stale_warning((), ["2026年11月3日", "2027年1月10日"], TODAY) is None
    assert stale_warning(["令和8年度 サロン一覧"], ["毎週水曜日"], TODAY) is None
    assert stale_warning(["令和7年度 サロン一覧"], ["毎週水曜日"], TODAY) is not None
