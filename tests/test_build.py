"""The build as a whole: problems, strict mode, atomic output, overrides, CLI and init."""

import json
import os
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.problems import BuildFailed
from tests.helpers import build_dir, make_site, parse, text_of

ARTICLE = """---
title: {title}
date: {date}
tags: [Ceasefire talks]
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.

The talks ended without an agreement, and both delegations said they would meet again.

Aid agencies warned that food and medicine were running out in the city.
"""


def article(title="Talks in Geneva", date="2016-12-09"):
    return ARTICLE.format(title=title, date=date)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def small_site(tmp_path):
    make_site(tmp_path, {"a.md": article(), "b.md": article("Second round of talks", "2016-12-10")})
    build_dir(tmp_path)
    return tmp_path


def test_failed_build_leaves_previous_site_untouched(small_site):
    before = snapshot(small_site / "site")
    (small_site / "templates").mkdir()
    (small_site / "templates/article.html").write_text(
        "{% block content %}{{ broken( }}{% endblock %}"
    )
    (small_site / "content/c.md").write_text(article("A third article", "2016-12-11"))
    with pytest.raises(BuildFailed, match=r"template error: .*article.html:1"):
        build_dir(small_site)
    assert snapshot(small_site / "site") == before
    assert not [p for p in small_site.iterdir() if p.name.startswith(".site.")]


def test_strict_fails_on_a_warning_and_keeps_the_site(small_site):
    before = snapshot(small_site / "site")
    (small_site / "content/broken.md").write_text("---\ntitle: [unclosed\n---\ntext\n")
    (small_site / "content/c.md").write_text(article("A third article", "2016-12-11"))
    with pytest.raises(BuildFailed) as info:
        build_dir(small_site, strict=True)
    (problem,) = info.value.problems
    assert (problem.path, problem.line) == ("broken.md", 2)
    assert problem.message.startswith("skipped: malformed YAML front matter")
    assert snapshot(small_site / "site") == before
    result = build_dir(small_site)
    assert result.articles == 3 and len(result.problems) == 1
    assert snapshot(small_site / "site") != before


def test_drafts_are_not_published_and_missing_dates_warn(tmp_path):
    draft = article("Secret draft").replace("tags:", "draft: true\ntags:")
    undated = "Officials met in Geneva on Friday to discuss a truce.\nAid ran short.\n"
    make_site(tmp_path, {"a.md": article(), "draft.md": draft, "undated.txt": undated})
    os.utime(tmp_path / "content/undated.txt", (1481328000, 1481328000))  # 2016-12-10
    result = build_dir(tmp_path)
    assert result.articles == 2
    assert [(p.path, p.message) for p in result.problems] == [
        ("undated.txt", "no date in metadata; using the file's modification time")
    ]
    data = json.loads((tmp_path / "site/api/articles.json").read_text())
    assert [a["title"] for a in data] == [
        "Officials met in Geneva on Friday to discuss a truce",
        "Talks in Geneva",
    ]
    assert data[0]["date"] == "2016-12-10T00:00:00+00:00"
    assert "Secret draft" not in json.dumps(data)


def test_metadata_summary_wins_and_front_matter_tags_become_pages(tmp_path):
    text = article().replace(
        "tags:", "summary: A hand-written summary. It has two sentences.\ntags:"
    )
    make_site(tmp_path, {"a.md": text})
    build_dir(tmp_path)
    (entry,) = json.loads((tmp_path / "site/api/articles.json").read_text())
    assert entry["summary"] == ["A hand-written summary.", "It has two sentences."]
    topic = next(e for e in entry["entities"] if e["name"] == "Ceasefire talks")
    assert topic["type"] == "topic"
    assert (tmp_path / "site/tags/ceasefire-talks/index.html").is_file()


def test_pagination_and_archive(tmp_path):
    files = {
        f"{i:02d}.md": article(f"Story number {i}", f"2016-{11 + i % 2:02d}-{i + 1:02d}")
        for i in range(5)
    }
    # The five texts are the same, one story of copies: without stories, five items.
    config = "[site]\narticles_per_page = 2\n[stories]\nenabled = false\n"
    make_site(tmp_path, files, config=config)
    build_dir(tmp_path)
    site = tmp_path / "site"
    assert (site / "page/3/index.html").is_file() and not (site / "page/4").exists()
    first = parse(site / "index.html")
    # The newest leads, under an h2; the others follow as compact cards.
    titles = [(h.tag, text_of(h)) for h in first.iter() if h.get("class") == "front-title"]
    assert titles == [("h2", "Story number 3"), ("h3", "Story number 1")]
    assert (site / "archive/2016/11/index.html").is_file() and (
        site / "archive/2016/12/index.html"
    ).is_file()
    assert (site / "tags/geneva/page/3/index.html").is_file()


def test_site_templates_override_the_theme_file_by_file(tmp_path):
    make_site(tmp_path, {"a.md": article()})
    (tmp_path / "templates/static").mkdir(parents=True)
    (tmp_path / "templates/tags.html").write_text(
        '{% extends "base.html" %}{% block content %}<p id="mine">custom index</p>{% endblock %}'
    )
    (tmp_path / "templates/static/style.css").write_text("body { color: red; }")
    build_dir(tmp_path)
    site = tmp_path / "site"
    assert "custom index" in (site / "tags/index.html").read_text()
    assert (site / "static/style.css").read_text() == "body { color: red; }"
    assert 'class="summary-mark"' in (site / "articles/talks-in-geneva/index.html").read_text()


def test_cli_exit_codes_and_report(tmp_path, capsys, monkeypatch):
    make_site(tmp_path, {"a.md": article()})
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(
        r"1 article, \d+ pages, \d+ tag pages, 0 warnings in \d+\.\d s → site\n", out
    )
    (tmp_path / "content/bad.md").write_text("---\ndate: someday\n---\nx\n")
    assert main(["build", "--quiet"]) == 0
    assert "bad.md: skipped: unparseable date 'someday'" in capsys.readouterr().err
    assert main(["build", "--strict"]) == 1
    assert main(["build", "--config", "missing.toml"]) == 2
    (tmp_path / "digest.toml").write_text("[site]\ncolour = 'red'\n")
    assert main(["build"]) == 1
    assert "digest.toml: site.colour: unknown key" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["build", "--no-such-option"])
    assert info.value.code == 2


def test_output_folder_may_not_swallow_the_content(tmp_path):
    make_site(tmp_path, {"a.md": article()}, config="[paths]\noutput = '.'\n")
    with pytest.raises(BuildFailed, match="would replace"):
        build_dir(tmp_path)
    assert (tmp_path / "content/a.md").is_file()


def test_init_scaffolds_a_site_that_builds(tmp_path, capsys):
    target = tmp_path / "new"
    assert main(["init", str(target)]) == 0
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == [
        ".gitignore",
        "content",
        "content/welcome.md",
        "digest.toml",
        "templates",
        "templates/.gitkeep",
    ]
    assert "/site/" in (target / ".gitignore").read_text()
    assert main(["build", "--config", str(target / "digest.toml")]) == 0
    assert (target / "site/tags/geneva/index.html").is_file()
    assert main(["init", str(target)]) == 1


def test_a_content_folder_removed_after_an_empty_build_fails_the_next(tmp_path):
    # The saved state of an empty folder lists no file, as a missing folder does: the
    # no-change check must not take one for the other.
    make_site(tmp_path, {})
    assert build_dir(tmp_path).articles == 0
    (tmp_path / "content").rmdir()
    with pytest.raises(BuildFailed, match="does not exist"):
        build_dir(tmp_path)
