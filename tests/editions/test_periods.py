"""Days and weeks in a time zone: where an edition's period begins and ends."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from generator.config import ConfigError, parse_config
from generator.editions.periods import Period, local_day, parse_time_zone

LATE = datetime(2016, 12, 9, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("UTC", date(2016, 12, 9)),
        ("+02:00", date(2016, 12, 10)),
        ("UTC+2", date(2016, 12, 10)),
        ("Africa/Cairo", date(2016, 12, 10)),  # UTC+2 in winter
        ("Europe/Berlin", date(2016, 12, 10)),  # UTC+1 in winter: 00:30
        ("America/New_York", date(2016, 12, 9)),  # 18:30
        ("-05:00", date(2016, 12, 9)),
    ],
)
def test_an_article_at_23_30_utc_is_on_the_next_day_east_of_utc(zone, day):
    assert local_day(LATE, parse_time_zone(zone)) == day


def test_summer_time_moves_the_boundary_with_it():
    berlin = parse_time_zone("Europe/Berlin")
    # 22:30 UTC is 23:30 in Berlin in winter (UTC+1), 00:30 the next day in summer (UTC+2).
    assert local_day(datetime(2016, 1, 15, 22, 30, tzinfo=UTC), berlin) == date(2016, 1, 15)
    assert local_day(datetime(2016, 7, 15, 22, 30, tzinfo=UTC), berlin) == date(2016, 7, 16)


def test_offsets_and_names_parse_and_nonsense_is_refused():
    assert parse_time_zone("+0530").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert parse_time_zone("GMT-3") == timezone(-timedelta(hours=3))
    assert parse_time_zone("utc") is UTC
    for bad in ("Mars/Olympus", "+15:00", "+02:75"):
        with pytest.raises(ValueError):
            parse_time_zone(bad)


def test_the_setting_is_checked_when_the_configuration_is_read(tmp_path):
    with pytest.raises(ConfigError) as caught:
        parse_config({"editions": {"time_zone": "Europe/Berln"}}, tmp_path / "digest.toml")
    assert "editions.time_zone: unknown time zone 'Europe/Berln'" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        parse_config({"editions": {"stories_per_editon": 5}}, tmp_path / "digest.toml")
    assert "did you mean `stories_per_edition`?" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        parse_config({"editions": {"daily": False, "weekly": False}}, tmp_path / "digest.toml")
    assert "daily and weekly are both false" in str(caught.value)


def test_iso_weeks_cross_years_as_iso_8601_says():
    # 3 January 2021 is a Sunday: the last day of 2020's week 53.
    week = Period.week(date(2021, 1, 3))
    assert (week.key, week.start, week.end) == ("2020-W53", date(2020, 12, 28), date(2021, 1, 3))
    assert week.month == (2020, 12)  # listed under its Thursday's month
    assert Period.parse("2020-W53") == week
    assert week.title == "Week 53, 2020: 28 December 2020 – 3 January 2021"
    day = Period.parse("2016-12-09")
    assert (day.key, day.url, day.title) == (
        "2016-12-09",
        "editions/2016-12-09/",
        "Friday 9 December 2016",
    )
    for bad in ("2016-02-30", "2016-W60", "09/12/2016", "2016-12"):
        with pytest.raises(ValueError):
            Period.parse(bad)
