"""Dates as pages and feeds carry them: read, with a warning for what had to be assumed."""

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from generator.clean import prepare_articles
from generator.load import load_articles
from generator.load.dates import DateError, read_date
from generator.problems import Problems
from tests.helpers import make_site


def at(*fields: int, hours: float = 0) -> datetime:
    return datetime(*fields, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2016-12-09", at(2016, 12, 9)),
        ("2016-12-09T18:30:00Z", at(2016, 12, 9, 18, 30)),
        ("2016-12-09T18:30:00+01:00", at(2016, 12, 9, 18, 30, hours=1)),
        ("2016-12-09 18:30", at(2016, 12, 9, 18, 30)),
        ("21 May 2015", at(2015, 5, 21)),
        ("May 21, 2015", at(2015, 5, 21)),
        # US Eastern on that day is summer time; in January it is not.
        ("May 21, 2015 6:36AM ET", at(2015, 5, 21, 6, 36, hours=-4)),
        ("January 5, 2015 at 3:00 p.m. ET", at(2015, 1, 5, 15, 0, hours=-5)),
        ("May 21, 2015 6:36PM EST", at(2015, 5, 21, 18, 36, hours=-5)),
        ("Thu, 15 Dec 2016 08:00:00 GMT", at(2016, 12, 15, 8, 0)),
        ("Thu, 15 Dec 2016 08:00:00 +0100", at(2016, 12, 15, 8, 0, hours=1)),
        ("Monday 21 May 2015 18.36 BST", at(2015, 5, 21, 18, 36, hours=1)),
        ("21.05.2015", at(2015, 5, 21)),
        ("05.06.2015", at(2015, 6, 5)),
        ("21/05/2015", at(2015, 5, 21)),
        ("2016/12/09", at(2016, 12, 9)),
    ],
)
def test_full_dates_are_read_without_a_note(text, value):
    read = read_date(text)
    assert (read.value, read.value.utcoffset(), read.note) == (value, value.utcoffset(), None)


@pytest.mark.parametrize(
    ("text", "value", "note"),
    [
        ("2022-02", at(2022, 2, 1), "date '2022-02' has no day; using 2022-02-01"),
        ("May 2015", at(2015, 5, 1), "date 'May 2015' has no day; using 2015-05-01"),
        ("2015", at(2015, 1, 1), "date '2015' has no month or day; using 2015-01-01"),
        (2015, at(2015, 1, 1), "date '2015' has no month or day; using 2015-01-01"),
        (
            "Dec 15, 2016 10:00 IST",
            at(2016, 12, 15, 10, 0, hours=5.5),
            "time zone 'IST' read as India Standard Time "
            "(it can also mean Irish or Israel Standard Time)",
        ),
        (
            "Dec 15, 2016 10:00 XYZT",
            at(2016, 12, 15, 10, 0),
            "time zone 'XYZT' is not known; read as UTC",
        ),
        (
            "05/06/2015",
            at(2015, 5, 6),
            "date '05/06/2015' could be day/month or month/day; read as 6 May 2015 "
            "(month first); write 2015-05-06 to be sure",
        ),
    ],
)
def test_partial_dates_and_guessed_zones_are_read_with_a_note(text, value, note):
    read = read_date(text)
    assert (read.value, read.value.utcoffset(), read.note) == (value, value.utcoffset(), note)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("someday", "unparseable date 'someday'; use ISO 8601 such as 2026-11-24"),
        ("next Tuesday", "unparseable date 'next Tuesday'; use ISO 8601"),
        ("Tuesday", "unparseable date 'Tuesday': it has no year; use ISO 8601"),
        ("21 May", "unparseable date '21 May': it has no year; use ISO 8601"),
    ],
)
def test_dates_without_a_year_or_any_sense_are_refused(text, message):
    with pytest.raises(DateError) as info:
        read_date(text)
    assert str(info.value).startswith(message)


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Convoys leave Aleppo</title><link>https://news.example/convoys</link>
<pubDate>May 21, 2015 6:36AM ET</pubDate><description>The first convoy left.</description></item>
</channel></rss>"""


def test_every_format_keeps_an_article_whose_date_a_person_can_read(tmp_path):
    make_site(
        tmp_path,
        {
            "a.md": "---\ntitle: Talks\ndate: 2022-02\n---\n\nThe talks went on.\n",
            "b.txt": "Title: Aid\nDate: 21 May 2015\n\nAid arrived in the city.\n",
            "c.jsonl": json.dumps({"title": "Vote", "text": "A vote.", "date": "2015"}) + "\n",
            "d.rss": RSS,
        },
    )
    problems = Problems()
    raw = load_articles(tmp_path / "content", problems, max_file_size=100_000)
    articles = {a.path: a.date for a in prepare_articles(raw, "en", problems)}
    assert articles == {
        "a.md": datetime(2022, 2, 1, tzinfo=UTC),
        "b.txt": datetime(2015, 5, 21, tzinfo=UTC),
        "c.jsonl": datetime(2015, 1, 1, tzinfo=UTC),
        "d.rss": datetime(2015, 5, 21, 10, 36, tzinfo=UTC),
    }
    assert [str(p) for p in problems.items] == [
        "warning: a.md: date '2022-02' has no day; using 2022-02-01",
        "warning: c.jsonl [line 1]: date '2015' has no month or day; using 2015-01-01",
    ]
