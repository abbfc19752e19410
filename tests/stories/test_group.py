"""Grouping the fixture: events across outlets and days, same-kind events apart, order."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

import pytest

from generator.stories import StoryGrouper, StoryInput, StorySettings, group_stories
from tests.fixtures.stories.articles import gold, inputs

SETTINGS = StorySettings()


@pytest.fixture(scope="module")
def stories():
    return group_stories(inputs(), SETTINGS)


def story_with(stories, key):
    return next(s for s in stories.stories if key in s.members)


def test_every_article_is_in_exactly_one_story(stories):
    members = [k for s in stories.stories for k in s.members]
    assert sorted(members) == sorted(a.key for a in inputs())


def test_one_event_across_outlets_and_days_is_one_story(stories):
    # The collapse (four outlets), the inquiry two days later and the apology the day after.
    bridge = story_with(stories, "bridge-wire")
    expected = {k for k, story in gold().items() if story == "bridge"}
    assert expected <= set(bridge.members)


def test_the_same_kind_of_event_on_other_dates_is_another_story(stories):
    # Every name is shared: only the three months between them tell the decisions apart.
    assert set(story_with(stories, "rate-march").members) == {"rate-march", "rate-march-2"}
    assert set(story_with(stories, "rate-june").members) == {"rate-june", "rate-june-2"}
    # A week apart: the collapse and the rescue are two stories.
    assert set(story_with(stories, "mine-collapse").members) == {
        "mine-collapse",
        "mine-collapse-2",
    }
    assert set(story_with(stories, "mine-rescue").members) == {"mine-rescue", "mine-rescue-2"}


def test_an_unrelated_article_stays_alone(stories):
    assert story_with(stories, "festival").members == ("festival",)


def test_members_are_in_time_order_and_the_key_is_the_earliest(stories):
    when = {a.key: a.date for a in inputs()}
    for story in stories.stories:
        dates = [when[k] for k in story.members]
        assert dates == sorted(dates)
        assert story.key == story.members[0]
    keys = [s.key for s in stories.stories]
    assert keys == sorted(keys)


def test_a_rate_decision_repeated_each_month_never_merges_across_months():
    base = next(a for a in inputs() if a.key == "rate-march")
    monthly = [
        dataclasses.replace(base, key=f"rate-{n:02d}", date=base.date + timedelta(days=30 * n))
        for n in range(6)
    ]
    stories = group_stories(monthly, SETTINGS)
    assert len(stories.stories) == 6


def test_the_same_text_within_the_window_is_one_story_beyond_it_two():
    base = next(a for a in inputs() if a.key == "mine-rescue")
    near = dataclasses.replace(base, key="near", date=base.date + timedelta(days=2))
    far = dataclasses.replace(base, key="far", date=base.date + timedelta(days=40))
    stories = group_stories([base, near, far], SETTINGS)
    assert sorted(s.members for s in stories.stories) == [("far",), ("mine-rescue", "near")]


def test_same_input_in_any_order_gives_the_same_stories(stories):
    articles = inputs()
    rng = random.Random(16)
    for _ in range(5):
        rng.shuffle(articles)
        assert group_stories(articles, SETTINGS) == stories


def test_the_story_key_survives_unrelated_edits(stories):
    edited = [
        dataclasses.replace(a, text=a.text + " Officials gave no further details.")
        if a.key == "festival"
        else a
        for a in inputs()
    ]
    again = group_stories(edited, SETTINGS)
    assert story_with(again, "rate-june") == story_with(stories, "rate-june")
    assert story_with(again, "bridge-inquiry").key == story_with(stories, "bridge-inquiry").key


def test_the_headline_is_a_members_own_headline():
    grouper = StoryGrouper(SETTINGS)
    stories = grouper.group(inputs())
    titles = {a.key: a.title for a in inputs()}
    for story in stories.stories:
        assert grouper.headline(story) in {titles[k] for k in story.members}


def test_the_headline_is_the_most_central_articles():
    # b shares its words with both a and c, which share nothing with each other.
    def article(key: str, title: str, text: str) -> StoryInput:
        return StoryInput(key, title, text, inputs()[0].date)

    a = article("a", "Alpha", "glacier avalanche village evacuated overnight helicopters")
    b = article(
        "b",
        "Beta",
        "glacier avalanche village evacuated overnight helicopters "
        "shelters blankets volunteers gymnasium soup",
    )
    c = article("c", "Gamma", "shelters blankets volunteers gymnasium soup")
    grouper = StoryGrouper(StorySettings(threshold=0.05))
    story = grouper.group([a, b, c]).stories[0]
    assert set(story.members) == {"a", "b", "c"}
    assert grouper.headline(story) == "Beta"


def test_two_articles_with_one_key_are_refused():
    article = inputs()[0]
    with pytest.raises(ValueError, match="key"):
        StoryGrouper(SETTINGS).group([article, dataclasses.replace(article, title="Other")])


def test_settings_are_checked():
    with pytest.raises(ValueError):
        StorySettings(threshold=0)
    with pytest.raises(ValueError):
        StorySettings(window_days=-1)
    with pytest.raises(ValueError):
        StorySettings(min_articles=0)
