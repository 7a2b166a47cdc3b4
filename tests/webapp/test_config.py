"""Settings from the environment: known names only, a value that is no setting leaves the default."""

from __future__ import annotations

from webapp.config import from_environ


def test_known_settings_are_read_and_typed() -> None:
    config = from_environ(
        {
            "DATABASE_URL": "postgres://u@db/tsunagari",
            "TSUNAGARI_FRESHNESS_DAYS": "120",
            "TSUNAGARI_SESSION_IDLE_MINUTES": "0",  # at least a minute
            "TSUNAGARI_PUBLIC_URL": " https://map.example.jp/ ",
            "TSUNAGARI_LOG_FORMAT": "json",
            "SEARCH_SYNC_ON_START": "no",
            "SESSION_COOKIE_SECURE": "true",
            "TSUNAGARI_MUNICIPALITY_CODE": " 082031 ",
            "TSUNAGARI_TRUSTED_HOSTS": " map.example.jp, 10.0.0.5 ,",
        }
    )
    assert config == {
        "DATABASE_URL": "postgresql+psycopg://u@db/tsunagari",
        "FRESHNESS_DAYS": 120,
        "SESSION_IDLE_MINUTES": 1,
        "PUBLIC_URL": "https://map.example.jp",
        "LOG_FORMAT": "json",
        "SEARCH_SYNC_ON_START": False,
        "SESSION_COOKIE_SECURE": True,
        "REMEMBER_COOKIE_SECURE": True,
        "MUNICIPALITY_CODE": "082031",
        "TRUSTED_HOSTS": ["map.example.jp", "10.0.0.5"],
    }


def test_values_that_are_no_setting_leave_the_defaults() -> None:
    config = from_environ(
        {
            "TSUNAGARI_FRESHNESS_DAYS": "ninety",
            "TSUNAGARI_PROXY_COUNT": "-1",
            "TSUNAGARI_LOG_FORMAT": "xml",
            "SEARCH_SYNC_ON_START": "yes",
            "SESSION_COOKIE_SECURE": "no",
            "TSUNAGARI_MUNICIPALITY_NAME": "   ",
            "TSUNAGARI_TRUSTED_HOSTS": " , ",
            "SECRET_KEY": "",
            "HOME": "/root",  # not ours
        }
    )
    assert config == {}
