"""Similarity of two articles: words, entities and time, each rule with a counter-example."""

from __future__ import annotations

import dataclasses
import math
import random
from datetime import timedelta

import numpy as np
import pytest

from generator.stories import StorySettings
from generator.stories.similarity import (
    ENTITY_SHARE,
    TIME_SCALE_DAYS,
    Batch,
    Scratch,
    Table,
    TimeFade,
    combine,
    cosines,
    pairs,
    similarities,
    time_factor,
)
from generator.stories.text import words
from generator.stories.vectors import Vectorizer
from tests.fixtures.stories.articles import inputs

SETTINGS = StorySettings()


@pytest.fixture(scope="module")
def articles():
    return {a.key: a for a in inputs()}


@pytest.fixture(scope="module")
def vectorizer():
    return Vectorizer("en")


def cosine_pair(vectorizer, a, b):
    va, vb = vectorizer.vector(a), vectorizer.vector(b)
    scratch = Scratch()
    scratch.fit(
        len(vectorizer.word_numbers),
        len(vectorizer.entity_numbers),
        len(vectorizer.blocking_numbers),
    )
    w, e = cosines(va, Batch([vb]), scratch)
    return float(w[0]), float(e[0])


DAY = 1440  # minutes


def test_time_factor_is_a_gaussian_of_the_days_apart():
    assert time_factor(0, 7) == 1.0
    assert time_factor(2 * DAY, 7) == pytest.approx(math.exp(-4 / (2 * TIME_SCALE_DAYS**2)))
    assert time_factor(-2 * DAY, 7) == time_factor(2 * DAY, 7)


def test_time_factor_is_zero_beyond_the_window_and_not_just_before_it():
    assert time_factor(int(7.5 * DAY), 7) == 0.0
    assert time_factor(90 * DAY, 7) == 0.0
    assert time_factor(int(6.9 * DAY), 7) > 0.0
    assert time_factor(7 * DAY, 7) > 0.0


def test_an_undated_article_is_not_faded():
    assert time_factor(None, 7) == 1.0


def test_the_faded_table_gives_the_scalar_bits():
    fade = TimeFade(7)
    assert fade.limit == 7 * DAY
    for minutes in (0, 1, 59, 1439, 3 * DAY + 17, 7 * DAY):
        assert fade.table[minutes] == time_factor(minutes, 7)


def test_a_similarity_is_the_same_bits_alone_in_a_batch_and_both_ways(vectorizer, articles):
    keys = sorted(articles)
    vectors = [vectorizer.vector(articles[k]) for k in keys]
    scratch, fade = Scratch(), TimeFade(SETTINGS.window_days)
    scratch.fit(
        len(vectorizer.word_numbers),
        len(vectorizer.entity_numbers),
        len(vectorizer.blocking_numbers),
    )
    together = [similarities(v, Batch(vectors), scratch, fade)[0].tolist() for v in vectors]
    for i, a in enumerate(vectors):
        for j, b in enumerate(vectors):
            alone = similarities(a, Batch([b]), scratch, fade)[0].tolist()[0]
            assert alone == together[i][j] == together[j][i]


def test_missing_entities_are_not_evidence_against():
    assert combine(0.4, 0.0, both_have_entities=False) == 0.4
    # When both name entities, not sharing them does lower the similarity.
    assert combine(0.4, 0.0, both_have_entities=True) == pytest.approx(0.4 * (1 - ENTITY_SHARE))
    assert combine(0.4, 1.0, both_have_entities=True) > 0.4


def test_the_same_event_in_other_words_is_similar(vectorizer, articles):
    words_cos, entity_cos = cosine_pair(
        vectorizer, articles["mine-collapse"], articles["mine-collapse-2"]
    )
    assert combine(words_cos, entity_cos, True) >= SETTINGS.threshold


def test_unrelated_articles_the_same_week_are_not(vectorizer, articles):
    words_cos, _ = cosine_pair(vectorizer, articles["festival"], articles["bridge-own"])
    assert words_cos < SETTINGS.threshold


def test_word_order_and_case_do_not_matter(vectorizer, articles):
    a = articles["rate-march"]
    shuffled = dataclasses.replace(
        a, key="shuffled", text=" ".join(reversed(a.text.upper().split()))
    )
    words_cos, entity_cos = cosine_pair(vectorizer, a, shuffled)
    assert words_cos == pytest.approx(1.0, abs=1e-5)
    assert entity_cos == pytest.approx(1.0, abs=1e-5)


def test_similarity_is_symmetric_to_the_bit(vectorizer, articles):
    a, b = articles["bridge-own"], articles["bridge-inquiry"]
    assert cosine_pair(vectorizer, a, b) == cosine_pair(vectorizer, b, a)


def test_common_words_weigh_nothing_rare_ones_most(vectorizer):
    from generator.stories.weights import RAREST, WordWeights

    weights = WordWeights("en")
    assert weights("the") == 0.0
    assert 0 < weights("collapse") < weights("footbridge") <= RAREST
    assert weights("veloria") == RAREST  # a name the lists do not know


def test_words_keep_numbers_whole_and_drop_possessives():
    assert words("Reid's G20 talks: 6.1 quake, 14,000 homes; e-mail") == [
        "reid",
        "g20",
        "talks",
        "6.1",
        "quake",
        "14,000",
        "homes",
        "mail",
    ]


def test_a_date_shift_within_the_window_changes_only_the_time_factor(articles):
    a = articles["rate-march"]
    later = dataclasses.replace(a, key="later", date=a.date + timedelta(days=2))
    vectorizer = Vectorizer("en")
    va, vb = vectorizer.vector(a), vectorizer.vector(later)
    assert vb.minute - va.minute == 2 * DAY
    assert (va.word_weights == vb.word_weights).all()
    assert time_factor(vb.minute - va.minute, SETTINGS.window_days) < 1.0


def _variants(vectors):
    """The vectors, and each undated and each without entities, under new keys."""
    empty = np.zeros(0, np.int32)
    return [
        *vectors,
        *(dataclasses.replace(v, key=v.key + "/undated", minute=None) for v in vectors),
        *(
            dataclasses.replace(v, key=v.key + "/bare", entity_ids=empty, entity_weights=empty)
            for v in vectors
        ),
    ]


def test_pairs_from_the_table_give_the_bits_similarities_gives(vectorizer, articles):
    vectors = _variants([vectorizer.vector(articles[k]) for k in sorted(articles)])
    by_key = {v.key: v for v in vectors}
    scratch, fade = Scratch(), TimeFade(SETTINGS.window_days)
    scratch.fit(
        len(vectorizer.word_numbers),
        len(vectorizer.entity_numbers),
        len(vectorizer.blocking_numbers),
    )
    table = Table()
    rows = table.rows(list(by_key), by_key)
    rng = random.Random(3)
    # Pairs in no order, several for each left-hand article, some of an article with itself.
    left = [rng.randrange(len(vectors)) for _ in range(600)]
    right = [rng.randrange(len(vectors)) for _ in range(600)]
    values, word_cosines = pairs(table, rows[left], rows[right], scratch, fade)
    for i, j, value, cosine in zip(
        left, right, values.tolist(), word_cosines.tolist(), strict=True
    ):
        alone, alone_words = similarities(vectors[i], Batch([vectors[j]]), scratch, fade)
        assert value == alone.tolist()[0]
        assert cosine == alone_words.tolist()[0]
    assert values.any() and not values.all()


def test_table_rows_survive_discards_replacements_and_compaction(vectorizer, articles):
    base = [vectorizer.vector(articles[k]) for k in sorted(articles)]
    vectors = {
        f"{n}-{v.key}": dataclasses.replace(v, key=f"{n}-{v.key}")
        for n in range(1 + 1100 // len(base))
        for v in base
    }
    scratch, fade = Scratch(), TimeFade(SETTINGS.window_days)
    table = Table()
    keys = sorted(vectors)
    first = table.rows(keys, vectors)
    assert sorted(first.tolist()) == list(range(len(keys)))
    assert table.rows(keys[::-1], vectors).tolist() == first.tolist()[::-1]
    # Most articles go; one keeps its key with another article's vector.
    kept, replaced = keys[:40], keys[0]
    for key in keys[40:]:
        table.discard(key)
    table.discard(replaced)
    vectors[replaced] = dataclasses.replace(vectors[keys[1]], key=replaced)

    def every_pair(rows):
        values, _ = pairs(
            table, np.repeat(rows, len(rows)), np.tile(rows, len(rows)), scratch, fade
        )
        return values.reshape(len(rows), len(rows)).tolist()

    before = every_pair(table.rows(kept, vectors))
    table.compact()
    assert len(table._vectors) == len(kept)  # only the live rows are left
    rows = table.rows(kept, vectors)
    assert sorted(rows.tolist()) == list(range(len(kept)))
    after = every_pair(rows)
    assert after == before
    # The replaced article compares as the article whose vector it took.
    assert after[0] == after[1]


def test_the_word_lists_let_go_of_are_read_again_to_the_same_weights():
    import wordfreq

    from generator.stories.weights import WordWeights, forget_word_lists

    asked = ("the", "collapse", "zzyzxqv", "2016")
    before = [WordWeights("en")(word) for word in asked]
    assert wordfreq.get_frequency_dict.cache_info().currsize
    forget_word_lists()
    assert wordfreq.get_frequency_dict.cache_info().currsize == 0
    assert wordfreq.get_frequency_list.cache_info().currsize == 0
    assert [WordWeights("en")(word) for word in asked] == before
