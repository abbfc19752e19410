"""How problems are told: a hint for the common front-matter mistakes, the offending lines."""

from pathlib import Path

import pytest

from generator.config import ConfigError, load_config
from generator.load import load_articles
from generator.problems import BuildFailed, Problems
from generator.report import config_error_lines, excerpt, failure_lines, problem_lines
from tests.helpers import make_site


def reported(tmp_path: Path, front_matter: str, show_source: bool = False) -> list[str]:
    """What the build prints for a Markdown file with this front matter."""
    make_site(tmp_path, {"a.md": f"---\n{front_matter}---\n\nThe talks went on.\n"})
    problems = Problems()
    load_articles(tmp_path / "content", problems, max_file_size=100_000)
    (problem,) = problems.items
    return problem_lines(problem, tmp_path / "content", show_source)


@pytest.mark.parametrize(
    ("front_matter", "lines"),
    [
        (
            "title: Breaking: talks end\ndate: 2016-12-09\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: "
                "mapping values are not allowed in this context",
                '  hint: put the value in double quotes: title: "Breaking: talks end"',
            ],
        ),
        (
            "title: [Breaking] talks end\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: did not find expected key",
                '  hint: put the value in double quotes: title: "[Breaking] talks end"',
            ],
        ),
        (
            "title: 'It's over'\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: did not find expected key",
                '  hint: put the value in double quotes: title: "It\'s over"',
            ],
        ),
        (
            "title: @desk said\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: "
                "found character that cannot start any token",
                '  hint: put the value in double quotes: title: "@desk said"',
            ],
        ),
        (
            'title: "Talks end\ndate: 2016-12-09\n',
            [
                "warning: a.md:2: skipped: malformed YAML front matter: "
                "found unexpected end of stream",
                '  hint: a quote is opened and never closed: title: "Talks end"',
            ],
        ),
        (
            "tags: [Geneva, Aleppo\ndate: 2016-12-09\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: "
                "did not find expected ',' or ']'",
                "  hint: a list [ ... ] is opened and never closed",
            ],
        ),
        (
            "title: Talks\n\tdate: 2016-12-09\n",
            [
                "warning: a.md:2: skipped: malformed YAML front matter: "
                "found a tab character that violates indentation",
                "  hint: indent with spaces: YAML does not allow tabs",
            ],
        ),
        (
            "title: Talks\n  date: 2016-12-09\n",
            [
                "warning: a.md:3: skipped: malformed YAML front matter: "
                "mapping values are not allowed in this context",
                "  hint: front matter keys start at the beginning of the line: date: 2016-12-09",
            ],
        ),
        (
            "title:Talks\n",
            [
                "warning: a.md:2: skipped: front matter must be a mapping of keys to values",
                "  hint: put a space after the colon: title: Talks",
            ],
        ),
        (
            "title: [Breaking]\n",
            [
                "warning: a.md: skipped: 'title' must be text, got list",
                "  hint: YAML reads this value as a list; put it in double quotes: "
                'title: "[Breaking]"',
            ],
        ),
    ],
    ids=[
        "colon",
        "bracket",
        "apostrophe",
        "at-sign",
        "open-quote",
        "open-list",
        "tab",
        "indented",
        "no-space",
        "list-title",
    ],
)
def test_common_front_matter_mistakes_get_a_hint(tmp_path, front_matter, lines):
    assert reported(tmp_path, front_matter) == lines


def test_a_file_starting_with_a_byte_order_mark_gets_its_hint_too(tmp_path):
    make_site(tmp_path, {"a.md": "\ufeff---\ntitle: Talks\n\tdate: 2016-12-09\n---\n\nText.\n"})
    problems = Problems()
    load_articles(tmp_path / "content", problems, max_file_size=100_000)
    (problem,) = problems.items
    assert problem_lines(problem, tmp_path / "content")[1:] == [
        "  hint: indent with spaces: YAML does not allow tabs"
    ]


def test_problems_of_other_files_get_no_hint(tmp_path):
    make_site(tmp_path, {"a.txt": ""})
    problems = Problems()
    load_articles(tmp_path / "content", problems, max_file_size=100_000)
    (problem,) = problems.items
    assert problem_lines(problem, tmp_path / "content", True) == [str(problem)]


def test_a_failed_build_shows_the_lines_of_the_files_it_is_about(tmp_path):
    lines = reported(tmp_path, "title: Breaking: talks end\n", show_source=True)
    assert lines[2:] == [
        "    1 | ---",
        "  > 2 | title: Breaking: talks end",
        "    3 | ---",
        "    4 |",
    ]
    template = tmp_path / "page.html"
    template.write_text("".join(f"line {n}\n" for n in range(1, 11)))
    failure = BuildFailed("template error: page.html:9: 'x' is undefined", (), (template, 9))
    assert failure_lines(failure, tmp_path / "content", "; nothing was deployed") == [
        "error: build failed: template error: page.html:9: 'x' is undefined; nothing was deployed",
        "     7 | line 7",
        "     8 | line 8",
        "  >  9 | line 9",
        "    10 | line 10",
    ]


def test_an_excerpt_of_a_file_that_has_gone_is_empty(tmp_path):
    assert excerpt(tmp_path / "gone.html", 3) == []


def test_toml_that_does_not_parse_shows_its_lines(tmp_path):
    path = tmp_path / "digest.toml"
    path.write_text('[site]\ntitle = "Desk"\nbase_url =\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert config_error_lines(info.value) == [
        f"error: {path}: not valid TOML: Invalid value (at line 3, column 11)",
        "    1 | [site]",
        '    2 | title = "Desk"',
        "  > 3 | base_url =",
    ]
