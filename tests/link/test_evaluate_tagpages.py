"""`python -m generator.evaluate tagpages`: how each tag page is judged against hand labels,
and the labels file (no evaluation data from outside the repository is read)."""

import json
from datetime import UTC, datetime

import pytest

from generator.articles import Article, Block, Metadata
from generator.evaluate.tagpages import _articles, _report, read_labels, review_line, score
from generator.link.site import Entity, Entry


def entry(i: int) -> Entry:
    date = datetime(2016, 1, 1 + i, tzinfo=UTC)
    article = Article(f"a{i}.md", f"a{i}", "T", date, Metadata(title="T", date=date), (Block("x"),))
    return Entry(article, (), ())


def page(name: str, kind: str, articles: int = 1, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name, kind, name.lower(), aliases, tuple(entry(i) for i in range(articles)))


@pytest.fixture
def labels(tmp_path):
    lines = [
        {"article": "x/1.txt", "part": "dev"},
        {"article": "x/2.txt", "part": "held"},
        {"name": "United States", "type": "place"},
        {"name": "U.S.", "type": "place", "same_as": "United States"},
        {"name": "Getty Images", "type": None},
        {"name": "Ryanair", "type": "organisation"},
        {"name": "John Smith", "type": "person"},
        {"name": "Joan Smith", "type": "person"},
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return read_labels(path)


def test_the_labels_file_names_the_parts_and_the_names(labels):
    assert labels.parts == {"dev": ("x/1.txt",), "held": ("x/2.txt",)}
    assert labels.names["u s"].entity == "united states"  # names meet by name key


def test_each_kind_of_verdict(labels):
    pages = [
        page("United States", "place", articles=3),
        page("U.S.", "place"),  # the same entity, fewer articles
        page("Getty Images", "organisation"),
        page("Ryanair", "person"),
        page("John Smith", "person", aliases=("Joan Smith",)),  # two people on one page
        page("Maersk Line", "organisation"),
    ]
    verdicts = {entity.name: verdict for entity, verdict in score(pages, labels.names)}
    assert verdicts == {
        "United States": "right",
        "U.S.": "duplicate of United States",
        "Getty Images": "not an entity",
        "Ryanair": "mistyped (is organisation)",
        "John Smith": "merged",
        "Maersk Line": "unlabelled",
    }


def test_a_label_of_one_part_holds_there_only(tmp_path):
    lines = [
        {"article": "x/1.txt", "part": "dev"},
        {"article": "x/3.txt", "part": "dev2"},
        {"name": "Liverpool", "type": "organisation", "same_as": "Liverpool FC"},
        {"name": "Liverpool", "type": "place", "part": "dev2"},
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    labels = read_labels(path)
    assert labels.parts == {"dev": ("x/1.txt",), "dev2": ("x/3.txt",)}
    assert labels.of_part("dev")["liverpool"].kind == "organisation"
    assert labels.of_part("dev2")["liverpool"].kind == "place"
    assert labels.of_part("held")["liverpool"].kind == "organisation"


def test_a_bad_labels_file_names_its_line(tmp_path):
    path = tmp_path / "labels.jsonl"
    path.write_text('{"article": "x", "part": "test"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        read_labels(path)


def test_summary_prints_a_part_s_counts_and_none_of_its_pages(labels, capsys):
    verdicts = score(
        [page("Ryanair", "organisation"), page("Getty Images", "organisation")], labels.names
    )
    wrong = [verdict for _, verdict in verdicts if verdict != "right"]
    assert len(wrong) == 1  # Getty Images is no entity
    printed = {}
    for shown in ("all", "wrong", "none"):
        _report("held", 1, verdicts, shown)
        printed[shown] = capsys.readouterr().out.splitlines()
    assert {shown: len(lines) for shown, lines in printed.items()} == {
        "all": 3,
        "wrong": 2,
        "none": 1,
    }
    assert printed["none"] == printed["all"][:1] == printed["wrong"][:1]
    assert printed["none"][0].startswith("held: 1 articles, 2 tag pages, 2 labelled: 1 right")


def test_articles_of_a_summary_set_need_no_title(tmp_path):
    # The summary sets (dev5's BBC and CNN articles) have "article" and no title.
    path = tmp_path / "data.jsonl"
    rows = [{"id": "a", "title": "T", "text": "x"}, {"id": "b", "article": "y"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [r["id"] for r in _articles(path)] == ["a", "b"]
    path.write_text(json.dumps({"id": "c", "title": "T"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        list(_articles(path))


def test_an_order_of_review_is_scored_by_the_wrong_pages_it_puts_first():
    # Twenty pages, four wrong: two in the first tenth, a third in the first fifth, the
    # fourth seventh; 95 % of twenty leaves one wrong page, so four pages are checked.
    verdicts = ["not an entity", "mistyped (is place)", "right", "duplicate of X"]
    verdicts += ["right"] * 2 + ["merged"] + ["right"] * 13
    assert review_line(verdicts) == (
        "of 4 wrong pages, 2 in the first 10%, 3 in the first 20%, 3 in the first 30%; "
        "4 pages (20%) checked bring the part to 95% right"
    )
    assert review_line(["right"] * 5).startswith("of 0 wrong pages")


@pytest.mark.slow  # builds the part with the spaCy model
def test_the_command_scores_the_order_digest_entities_review_prints(tmp_path, capsys):
    from generator.evaluate.__main__ import main

    text = (
        "Sergei Lavrov met John Kerry in Geneva on Friday. Lavrov said the talks in Geneva "
        "would resume. Kerry told reporters in Geneva that the Zorvex Quillan plan had failed."
    )
    data = tmp_path / "articles.jsonl"
    data.write_text(json.dumps({"id": "a", "title": "Talks", "text": text}) + "\n")
    lines = [
        {"article": "a", "part": "dev"},
        {"name": "Sergei Lavrov", "type": "person"},
        {"name": "John Kerry", "type": "person"},
        {"name": "Geneva", "type": "place"},
        {"name": "Zorvex Quillan", "type": None},
    ]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert main(["tagpages", str(labels), "--data", str(data), "--summary", "--review"]) == 0
    counts, review = capsys.readouterr().out.splitlines()
    pages = int(counts.split(" tag pages")[0].rsplit(" ", 1)[1])
    wrong = pages - int(counts.split(" right")[0].rsplit(" ", 1)[1])
    assert review.startswith(f"  review: of {wrong} wrong pages, ")
    # No page is named in two articles of a part of one.
    assert main(["tagpages", str(labels), "--data", str(data), "--min-articles", "2"]) == 0
    assert capsys.readouterr().out.startswith("dev: 1 articles, 0 tag pages")
