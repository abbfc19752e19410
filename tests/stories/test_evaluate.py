"""`python -m generator.evaluate stories`: its scores, and the command on the fixture."""

from __future__ import annotations

import pytest

from generator.evaluate.__main__ import main
from generator.evaluate.stories import score
from tests.fixtures.stories.articles import FIXTURE


def test_bcubed_and_pair_scores_by_hand():
    # Gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}.
    gold = ["a", "a", "a", "b", "b"]
    predicted = ["x", "x", "y", "y", "y"]
    scores = score(predicted, gold)
    # B-cubed precision: articles 1,2 get 2/2; 3 gets 1/3; 4,5 get 2/3 → (2+1/3+4/3)/5.
    assert scores.bcubed[0] == pytest.approx((2 + 1 / 3 + 4 / 3) / 5)
    # Recall: 1,2 get 2/3; 3 gets 1/3; 4,5 get 2/2 → (4/3+1/3+2)/5.
    assert scores.bcubed[1] == pytest.approx((4 / 3 + 1 / 3 + 2) / 5)
    # Pairs together in both: (1,2) and (4,5); predicted pairs 1+3, gold pairs 3+1.
    assert scores.pairs[:2] == (pytest.approx(2 / 4), pytest.approx(2 / 4))
    assert (scores.predicted, scores.gold) == (2, 2)
    assert scores.merged == (("a", "b", 1),)


def test_a_perfect_grouping_scores_one_and_merges_nothing():
    scores = score(["p", "p", "q"], ["a", "a", "b"])
    assert scores.bcubed == (1.0, 1.0, 1.0)
    assert scores.pairs == (1.0, 1.0, 1.0)
    assert scores.merged == ()


def test_without_a_file_it_says_where_to_point_it(capsys):
    assert main(["stories"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no file given; ")
    assert "ecbplus_subtopics.jsonl" in err and "uci_news_aggregator_head.jsonl" in err


def test_a_missing_file_is_named(tmp_path, capsys):
    assert main(["stories", str(tmp_path / "none.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "none.jsonl does not exist" in err and "PROVENANCE.md" in err


def test_a_line_without_a_story_is_named(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "title": "t", "text": "x"}\n', encoding="utf-8")
    assert main(["stories", str(path)]) == 2
    assert "line 1" in capsys.readouterr().err


@pytest.mark.slow
def test_the_command_groups_the_fixture_through_the_build_stages(capsys):
    assert main(["stories", str(FIXTURE), "--threshold", "0.21", "0.9"]) == 0
    out = capsys.readouterr().out
    assert "17 articles, 7 gold stories, 17 dated" in out
    lines = [line for line in out.splitlines() if line.startswith("| 0.")]
    assert len(lines) == 2
    # At 0.9 only the wire copies are together: precision is perfect.
    high = lines[1].split("|")
    assert float(high[2]) == 1.0
    assert "gold stories merged at threshold 0.21" in out
