"""The edition planner on its own, with items of several articles over several days (as
stories will be): the order of weight, and a planner kept across random changes always
equal to a new one."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from generator.config import EditionsSection
from generator.editions.items import EditionItem
from generator.editions.plan import EditionPlanner
from generator.link.site import version_of

START = datetime(2020, 12, 20, tzinfo=UTC)


def item(key, moments, outlets=("Wire",), articles=None, summary=("First.", "Second.")):
    activity = tuple(sorted(moments))
    parts = (key, activity, outlets, articles, summary)
    return EditionItem(
        key=key,
        headline=f"Headline {key}",
        summary=summary,
        url=f"articles/{key}/",
        outlets=tuple(outlets),
        articles=articles or len(activity),
        activity=activity,
        entities=(),
        version=version_of(parts),
    )


def shape(editions):
    """What a reader sees of every edition: period, items in order, the rest, updated."""
    return [
        (e.period.key, [i.key for i in e.items], [i.key for i in e.more], e.updated)
        for e in (*editions.daily, *editions.weekly)
    ]


def test_weight_is_outlets_then_articles_then_recency():
    day = START + timedelta(hours=9)
    items = [
        item("late-one-outlet", [day + timedelta(hours=10)]),
        item("three-outlets", [day], outlets=("A", "B", "C")),
        item("two-articles", [day, day + timedelta(hours=1)]),
        item("early-one-outlet", [day + timedelta(hours=2)]),
        item("no-outlet", [day + timedelta(hours=12)], outlets=()),
    ]
    planned = EditionPlanner().plan({i.version: i for i in items}, EditionsSection())
    (edition,) = planned.daily
    assert [i.key for i in edition.items] == [
        "three-outlets",
        "two-articles",
        "late-one-outlet",
        "early-one-outlet",
        "no-outlet",
    ]
    assert [s.text for s in edition.lead] == ["First.", "First.", "First."]
    assert edition.updated == day + timedelta(hours=12)


def test_a_story_over_several_days_is_in_each_of_their_editions():
    story = item("story", [START + timedelta(days=d, hours=20) for d in (0, 1, 9)])
    settings = EditionsSection(time_zone="+05:00")
    planned = EditionPlanner().plan({story.version: story}, settings)
    # 20:00 UTC is 01:00 the next day at UTC+5; the 20th of December 2020 is a Sunday.
    assert [e.period.key for e in planned.daily] == ["2020-12-30", "2020-12-22", "2020-12-21"]
    assert [e.period.key for e in planned.weekly] == ["2020-W53", "2020-W52"]
    assert planned.weekly[1].updated == START + timedelta(days=1, hours=20)


@pytest.mark.parametrize("zone", ["UTC", "+02:00", "America/New_York"])
def test_a_kept_planner_equals_a_new_one_after_random_changes(zone):
    rng = random.Random(zone)
    settings = EditionsSection(stories_per_edition=3, time_zone=zone)

    def random_item(n):
        moments = [START + timedelta(minutes=rng.randrange(30 * 24 * 60)) for _ in range(3)]
        outlets = rng.sample(["A", "B", "C"], rng.randrange(4))
        return item(f"i{n}", moments[: rng.randrange(1, 4)], outlets)

    items = {}
    for n in range(40):
        new = random_item(n)
        items[new.version] = new
    kept = EditionPlanner()
    kept.plan(items, settings)
    for step in range(60):
        action = rng.random()
        if action < 0.4 or not items:
            new = random_item(100 + step)
            items[new.version] = new
        elif action < 0.7:
            old = rng.choice(sorted(items))
            replaced = random_item(int(items.pop(old).key[1:]))  # an edit: same key
            items[replaced.version] = replaced
        else:
            del items[rng.choice(sorted(items))]
        assert shape(kept.plan(items, settings)) == shape(EditionPlanner().plan(items, settings))
    again = kept.plan(items, settings)
    assert again is kept.plan(items, settings)  # nothing changed: the same editions
