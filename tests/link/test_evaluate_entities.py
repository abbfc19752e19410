"""`python -m generator.evaluate entities`: scoring rules and the command itself.

`tests/fixtures/entities.jsonl` holds six short news articles written for this project with
their people, organisations, places and MISC names labelled; the third-party sets the
project reports its figures on live outside the repository and are never read by the tests.
"""

import json

import pytest

from generator.evaluate import entities
from generator.evaluate.__main__ import main
from generator.evaluate.entities import Document, read_documents, score
from tests.helpers import REPO, missing_set_lines

FIXTURE = REPO / "tests" / "fixtures" / "entities.jsonl"

TEXT = "Kerry met Lavrov in Geneva . The Olympic Games came ."


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


DOC = Document(
    "d1",
    TEXT,
    (
        (*span("Kerry"), "person"),
        (*span("Lavrov"), "person"),
        (*span("Geneva"), "place"),
        (*span("Olympic Games"), "misc"),
    ),
)


def prf(scores, level):
    return tuple(round(x, 3) for x in scores[level].prf)


def test_perfect_prediction_scores_one_everywhere():
    pred = {(*span("Kerry"), "person"), (*span("Lavrov"), "person"), (*span("Geneva"), "place")}
    for policy in ("lenient", "strict"):
        scores = score([DOC], [pred], policy)
        assert {prf(scores, level) for level in scores} == {(1.0, 1.0, 1.0)}


def test_a_wrong_type_counts_only_in_typed_scores():
    pred = {(*span("Kerry"), "person"), (*span("Lavrov"), "organisation")}
    scores = score([DOC], [pred], "strict")
    assert prf(scores, "doc") == (0.5, 0.333, 0.4)
    assert prf(scores, "doc-any") == (1.0, 0.667, 0.8)
    assert prf(scores, "mention") == (0.5, 0.333, 0.4)


def test_misc_predictions_are_false_positives_when_strict_and_ignored_when_lenient():
    pred = {(*span("Kerry"), "person"), (*span("Olympic Games"), "organisation")}
    assert prf(score([DOC], [pred], "strict"), "doc") == (0.5, 0.333, 0.4)
    assert prf(score([DOC], [pred], "lenient"), "doc") == (1.0, 0.333, 0.5)
    assert prf(score([DOC], [pred], "lenient"), "mention") == (1.0, 0.333, 0.5)


def test_document_level_counts_distinct_names_once():
    text = "Geneva and Geneva and GENEVA ."
    doc = Document("d", text, ((0, 6, "place"), (11, 17, "place")))
    pred = {(0, 6, "place"), (11, 17, "place"), (22, 28, "place")}
    scores = score([doc], [pred], "strict")
    assert prf(scores, "doc") == (1.0, 1.0, 1.0)  # names compared by key: GENEVA = Geneva
    assert prf(scores, "mention") == (0.667, 1.0, 0.8)


def test_a_bad_line_is_reported_with_its_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "x", "entities": []}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        read_documents(path)


@pytest.mark.slow
def test_the_command_prints_raw_and_pipeline_side_by_side(tmp_path, capsys):
    text = "Russian foreign minister Sergei Lavrov met John Kerry in Geneva on Friday ."
    ents = [
        [text.index(n), text.index(n) + len(n), label]
        for n, label in (("Sergei Lavrov", "PER"), ("John Kerry", "PER"), ("Geneva", "LOC"))
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text, "entities": ents}) + "\n")
    assert main(["entities", str(path)]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if line.endswith("MISC)")]
    assert len(rows) == 12  # raw/pipeline × doc/doc-any/mention × lenient/strict
    by_type = [line.split() for line in out.splitlines() if line.startswith("pipeline  ")]
    assert [r[1] for r in by_type if not r[-1].endswith(")")] == [
        "person",
        "organisation",
        "place",
    ]
    pipeline_doc = next(r for r in rows if r[:2] == ["pipeline", "doc"])
    assert [float(x) for x in pipeline_doc[2:5]] == [1.0, 1.0, 1.0]
    assert "words/s" in out


def test_the_command_reports_a_missing_file(tmp_path, capsys):
    assert main(["entities", str(tmp_path / "missing.jsonl")]) == 1
    assert "missing.jsonl" in capsys.readouterr().err


def test_exclude_leaves_out_documents_by_their_first_line(tmp_path, capsys):
    lines = [
        {"id": "a", "text": "SOCCER - RESULTS\nLeeds 2 Everton 1", "entities": []},
        {"id": "b", "text": "Talks in Geneva\nKerry met Lavrov .", "entities": []},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in lines))
    assert main(["entities", str(path), "--exclude", "^SOCCER"]) == 0
    assert capsys.readouterr().out.startswith("docs.jsonl: 1 document (1 left out by --exclude), ")
    assert main(["entities", str(path), "--exclude", "."]) == 1
    assert "no documents" in capsys.readouterr().err


@pytest.mark.slow
def test_the_command_runs_end_to_end_on_the_repositorys_labelled_articles(capsys):
    assert main(["entities", str(FIXTURE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "entities.jsonl: 6 documents, 748 words"
    rows = [line.split() for line in out if line.endswith("MISC)")]
    assert [row[:2] for row in rows] == [
        [name, level] for name in ("raw", "pipeline") for level in ("doc", "doc-any", "mention")
    ] * 2
    for row in rows:
        precision, recall, f1 = map(float, row[2:5])
        assert 0 < precision <= 1 and 0 < recall <= 1 and 0 < f1 <= 1, row


def test_without_a_path_and_without_the_default_set_it_says_what_to_pass(
    tmp_path, monkeypatch, capsys
):
    missing = tmp_path / "absent" / "conllpp_test.docs.jsonl"
    monkeypatch.setattr(entities, "DEFAULT_SET", missing)
    assert main(["entities"]) == 1
    why, example = missing_set_lines(capsys.readouterr().err, missing)
    assert why.endswith(
        'Pass a JSON Lines file of {"id", "text", "entities": '
        "[[start, end, label], ...]} lines, for example the small one the "
        "tests use:"
    )
    assert example == "  python -m generator.evaluate entities tests/fixtures/entities.jsonl"
