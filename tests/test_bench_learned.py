"""bench/learned_check.py: the votes it records, the features, the regression and the
counting of its leave-one-part-out table."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from generator.analyse.mentions.labels import kind_of_label
from generator.articles import Mention
from generator.link import groups
from generator.link.resolve import resolve
from generator.link.rules import EditorRules

_PATH = Path(__file__).resolve().parent.parent / "bench" / "learned_check.py"
_SPEC = importlib.util.spec_from_file_location("learned_check", _PATH)
learned_check = importlib.util.module_from_spec(_SPEC)
# Its dataclasses look their module up by name.
sys.modules[_SPEC.name] = learned_check
_SPEC.loader.exec_module(learned_check)


def mention(name, label):
    return Mention(
        name=name,
        kind=kind_of_label(label),
        count=1,
        forms=((name, 1),),
        labels=((label, 1),),
        cues=(),
    )


def test_the_votes_of_a_link_are_recorded_and_the_vote_is_given_back():
    original = groups.vote_on_evidence
    articles = [[mention("Barack Obama", "PERSON"), mention("Homs", "GPE")]]
    with learned_check.recorded_votes() as votes:
        resolve(articles, EditorRules())
    assert groups.vote_on_evidence is original
    by_name = {vote.name: vote for vote in votes}
    assert by_name["Barack Obama"].kind == "person"
    assert by_name["Homs"].kind == "place"
    # Each vote's features are numbers of one length, the rules' type first.
    rows = [learned_check.features(vote, vote.kind) for vote in votes]
    assert len({len(row) for row in rows}) == 1
    assert all(np.isfinite(row).all() for row in rows)
    assert rows[0][: len(learned_check.CLASSES)].count(1.0) == 1


def test_the_regression_learns_classes_apart():
    rng = np.random.default_rng(0)
    centres = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]])
    y = np.repeat([0, 1, 2], 30)
    x = centres[y] + rng.normal(0, 0.5, (90, 2))
    model = learned_check.SoftmaxRegression().fit(x, y, 3)
    probabilities = model.probabilities(centres)
    assert list(probabilities.argmax(axis=1)) == [0, 1, 2]
    assert np.allclose(probabilities.sum(axis=1), 1)
    # Nothing learnt from one class but that class.
    flat = learned_check.SoftmaxRegression().fit(x, np.zeros(90, dtype=int), 3)
    assert (flat.probabilities(centres).argmax(axis=1) == 0).all()


def test_an_override_counts_as_the_table_says():
    page = learned_check.Page
    pages = [
        page("right", "person", "person", []),
        page("mistyped (is place)", "person", "place", []),
        page("not an entity", "organisation", "other", []),
        page("duplicate of X", "person", "person", []),
        page("right", "place", "place", []),
    ]
    # Sure of place, of place, of other, of person; unsure of the last (the rules stand).
    probabilities = np.array(
        [
            [0.1, 0.1, 0.7, 0.1],
            [0.1, 0.1, 0.7, 0.1],
            [0.1, 0.1, 0.1, 0.7],
            [0.7, 0.1, 0.1, 0.1],
            [0.3, 0.3, 0.2, 0.2],
        ]
    )
    counts = learned_check._judged(pages, probabilities, 0.5)
    assert counts["pages"] == 5
    assert counts["right"] == 2
    assert counts["kept"] == 4
    # The mistyped page is right now, the right person a place (wrong), the duplicate stays
    # wrong, the place stands.
    assert counts["right after"] == 2
    assert counts["dropped junk"] == 1
    assert counts["dropped entities"] == 0


def test_a_learned_order_of_review_puts_the_pages_like_the_wrong_ones_first():
    page = learned_check.Page
    # In every part the wrong pages have a high first feature, the right ones a low one.
    by_part = {
        part: [page("right", "person", "person", [0.0, float(n)]) for n in range(8)]
        + [page("not an entity", "person", "other", [1.0, 3.0]) for _ in range(2)]
        for part in ("a", "b", "c")
    }
    lines = list(learned_check.review_orders(by_part))
    assert lines == [
        f"{part}: learned order: of 2 wrong pages, 1 in the first 10%, 2 in the first 20%, "
        "2 in the first 30%; 2 pages (20%) checked bring the part to 95% right"
        for part in by_part
    ]


def _page(name, *texts, kind="organisation"):
    from types import SimpleNamespace

    entries = [SimpleNamespace(article=SimpleNamespace(title="News", text=t)) for t in texts]
    return SimpleNamespace(name=name, aliases=(), kind=kind, entries=entries)


def test_passages_are_two_an_article_around_the_name():
    page = _page("Kraft", "Kraft said. Kraft hired. Kraft left.", "The Kraftwerk band.")
    found = learned_check.passages(page)
    assert [text[a:b] for text, a, b in found] == ["Kraft", "Kraft"]
    assert found[0][0] == "Kraft said. Kraft hired. Kraft left."


def test_a_shorter_spelling_inside_a_longer_one_is_not_taken_again():
    page = _page("Kraft Heinz", "Kraft Heinz rose. Kraft fell.")
    page.aliases = ("Kraft",)
    found = learned_check.passages(page)
    assert [(a, b) for _, a, b in found] == [(0, 11), (18, 23)]


@pytest.mark.slow  # loads the spaCy model
def test_the_parser_tells_a_name_that_qualifies_a_noun_from_a_subject():
    plant = learned_check.parser_features(
        None, learned_check.passages(_page("Kraft", "Workers left the Kraft plant on Monday."))
    )
    speaker = learned_check.parser_features(
        None, learned_check.passages(_page("Kraft", "Kraft said on Monday that it would close."))
    )
    # [proper nouns, verbs, compound of a noun, possessive, subject, object, apposition,
    # head a noun, no passage]
    assert plant[2] == 1.0 and speaker[2] == 0.0
    assert speaker[4] == 1.0 and plant[4] == 0.0
    assert learned_check.parser_features(None, []) == [0.0] * 8 + [1.0]


@pytest.mark.slow  # loads the spaCy model
def test_the_beam_search_scores_the_name_s_span():
    # Not at the passage's start: there the beam of this greedily trained model may take
    # the whole sentence for one PERSON.
    text = "Talks resumed in Geneva, and John Smith said the talks would resume."
    page = _page("John Smith", text, kind="person")
    row = learned_check.beam_features(page, learned_check.passages(page))
    assert len(row) == 6
    total, person, other = row[:3]
    assert 0.5 < total <= 1.0 + 1e-9
    assert person > 0.9 and other < 0.1
