"""`python -m generator.evaluate summaries` on the repository's own small set of articles.

`tests/fixtures/summaries.jsonl` holds six short news articles written for this project,
each with a reference summary; the third-party sets the project reports its figures on
live outside the repository and are never read by the tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from generator.analyse.summaries import ALGORITHMS
from generator.evaluate import summaries
from generator.evaluate.__main__ import main
from tests.helpers import REPO, missing_set_lines

FIXTURE = REPO / "tests" / "fixtures" / "summaries.jsonl"
ROW = re.compile(r"^\| (\w+)[^|]* \| (\d+\.\d\d) \| (\d+\.\d\d) \| (\d+\.\d\d) \| (\d+\.\d) \|$")


def evaluate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator.evaluate", "summaries", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_prints_a_row_for_lead_every_sumy_algorithm_and_news():
    result = evaluate(str(FIXTURE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"6 articles from {FIXTURE}, 3 sentences"
    rows = {m.group(1): m.groups()[1:] for m in map(ROW.match, result.stdout.splitlines()) if m}
    assert set(rows) == set(ALGORITHMS)
    for name, values in rows.items():
        r1, r2, rl, ms = map(float, values)
        assert 0 < r2 < r1 <= 100 and 0 < rl <= 100 and ms > 0, name


def test_lead_row_is_rouge_of_the_first_three_sentences():
    from rouge_score import rouge_scorer

    from generator.text.tokenize import tokenizer_for

    tokenizer = tokenizer_for("english")
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    expected = 0.0
    for line in FIXTURE.read_text(encoding="utf-8").splitlines()[:4]:
        row = json.loads(line)
        lead = "\n".join(tokenizer.to_sentences(row["article"])[:3])
        reference = "\n".join(tokenizer.to_sentences(row["summary"]))
        expected += scorer.score(reference, lead)["rouge1"].fmeasure
    result = evaluate(str(FIXTURE), "--algorithms", "lead", "--limit", "4")
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith("| lead")]
    assert float(ROW.match(line).group(2)) == pytest.approx(100 * expected / 4, abs=0.006)


def test_limit_and_sentence_count():
    result = evaluate(str(FIXTURE), "--algorithms", "news", "--limit", "1", "--sentences", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"1 article from {FIXTURE}, 1 sentence"
    rows = [ln for ln in result.stdout.splitlines() if ROW.match(ln)]
    assert len(rows) == 1 and rows[0].startswith("| news")


def test_bad_input_is_an_error_naming_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "article": "A.", "summary": "A."}\n{"id": 2}\n', encoding="utf-8")
    result = evaluate(str(bad))
    assert result.returncode == 2
    assert "bad.jsonl" in result.stderr and "line 2" in result.stderr


def test_without_a_path_and_without_the_default_set_it_says_what_to_pass(
    tmp_path, monkeypatch, capsys
):
    missing = tmp_path / "absent" / "cnndm_test_frank.jsonl"
    monkeypatch.setattr(summaries, "DEFAULT_SET", missing)
    assert main(["summaries"]) == 2
    why, example = missing_set_lines(capsys.readouterr().err, missing)
    assert why.endswith(
        'Pass a JSON Lines file of {"id", "article", "summary"} lines, '
        "for example the small one the tests use:"
    )
    assert example == "  python -m generator.evaluate summaries tests/fixtures/summaries.jsonl"
