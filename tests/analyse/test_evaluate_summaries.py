"""`python -m generator.evaluate summaries` on a slice of the development file."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from generator.analyse.summaries import ALGORITHMS
from tests.helpers import REPO, SHARED

DEV = SHARED / "data" / "summarization" / "cnndm_test_frank.jsonl"
ROW = re.compile(r"^\| (\w+)[^|]* \| (\d+\.\d\d) \| (\d+\.\d\d) \| (\d+\.\d\d) \| (\d+\.\d) \|$")


def evaluate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator.evaluate", "summaries", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def dev_slice(tmp_path_factory):
    rows = DEV.read_text(encoding="utf-8").splitlines()[:4]
    path = tmp_path_factory.mktemp("eval") / "slice.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_prints_a_row_for_lead_every_sumy_algorithm_and_news(dev_slice):
    result = evaluate(str(dev_slice))
    assert result.returncode == 0, result.stderr
    rows = {m.group(1): m.groups()[1:] for m in map(ROW.match, result.stdout.splitlines()) if m}
    assert set(rows) == set(ALGORITHMS)
    assert "4 articles" in result.stdout
    for name, values in rows.items():
        r1, r2, rl, ms = map(float, values)
        assert 0 < r2 < r1 <= 100 and 0 < rl <= 100 and ms > 0, name


def test_lead_row_is_rouge_of_the_first_three_sentences(dev_slice):
    from rouge_score import rouge_scorer

    from generator.text.tokenize import tokenizer_for

    tokenizer = tokenizer_for("english")
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    expected = 0.0
    for line in dev_slice.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        lead = "\n".join(tokenizer.to_sentences(row["article"])[:3])
        reference = "\n".join(tokenizer.to_sentences(row["summary"]))
        expected += scorer.score(reference, lead)["rouge1"].fmeasure
    result = evaluate(str(dev_slice), "--algorithms", "lead", "--limit", "4")
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith("| lead")]
    assert float(ROW.match(line).group(2)) == pytest.approx(100 * expected / 4, abs=0.006)


def test_limit_and_sentence_count(dev_slice):
    result = evaluate(str(dev_slice), "--algorithms", "news", "--limit", "2", "--sentences", "1")
    assert result.returncode == 0, result.stderr
    assert "2 articles" in result.stdout and "1 sentences" in result.stdout
    rows = [ln for ln in result.stdout.splitlines() if ROW.match(ln)]
    assert len(rows) == 1 and rows[0].startswith("| news")


def test_bad_input_is_an_error_naming_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "article": "A.", "summary": "A."}\n{"id": 2}\n', encoding="utf-8")
    result = evaluate(str(bad))
    assert result.returncode == 2
    assert "bad.jsonl" in result.stderr and "line 2" in result.stderr
