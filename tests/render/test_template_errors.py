"""Template errors name the template and the line, for syntax errors and rendering errors alike."""

from datetime import UTC, datetime
from pathlib import Path

import jinja2
import pytest

from generator.articles import Article, Block, Metadata
from generator.config import Config
from generator.render import make_environment
from generator.render.errors import TemplateProblem, template_problem
from tests.helpers import make_site, run_digest

ARTICLE = Article(
    "a.md", "a", "Talks", datetime(2016, 12, 9, tzinfo=UTC), Metadata(), (Block("x"),)
)


def problem(tmp_path: Path, templates: dict[str, str], **context) -> TemplateProblem:
    """The problem rendering `page.html` among `templates` (the site's own) raises."""
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    for name, text in templates.items():
        (folder / name).write_text(text, encoding="utf-8")
    env = make_environment(Config(root=tmp_path))
    with pytest.raises(jinja2.TemplateError) as info:
        env.get_template("page.html").render(context)
    return template_problem(info.value)


def test_an_undefined_variable_names_the_template_and_line(tmp_path):
    found = problem(
        tmp_path, {"page.html": "<h1>\n{{ title }}\n{{ headline }}\n</h1>\n"}, title="x"
    )
    assert found == TemplateProblem(
        "'headline' is undefined (docs/themes.md lists the variables each template gets)",
        str(tmp_path / "templates/page.html"),
        3,
    )


def test_a_mistyped_attribute_of_an_article_suggests_the_field(tmp_path):
    found = problem(tmp_path, {"page.html": "{{ article.titel }}"}, article=ARTICLE)
    assert (found.message, found.line) == (
        "'Article' object has no attribute 'titel'; did you mean `title`?",
        1,
    )


def test_a_missing_key_of_a_plain_mapping_keeps_jinjas_message(tmp_path):
    found = problem(tmp_path, {"page.html": "\n{{ data.x }}"}, data={})
    assert (found.message, found.line) == ("'dict object' has no attribute 'x'", 2)


def test_an_error_inside_a_macro_says_where_the_macro_was_called(tmp_path):
    templates = {
        "_cards.html": "{% macro card(a) %}\n<p>{{ a.summery }}</p>\n{% endmacro %}\n",
        "page.html": '{% import "_cards.html" as cards %}\n\n{{ cards.card(article) }}\n',
    }
    found = problem(tmp_path, templates, article=ARTICLE)
    assert found == TemplateProblem(
        "'Article' object has no attribute 'summery'",
        str(tmp_path / "templates/_cards.html"),
        2,
        (str(tmp_path / "templates/page.html"), 3),
    )


def test_a_missing_include_names_the_including_line(tmp_path):
    found = problem(tmp_path, {"page.html": 'x\n{% include "sidebar.html" %}\n'})
    assert found == TemplateProblem(
        "template not found: sidebar.html", str(tmp_path / "templates/page.html"), 2
    )


def test_a_syntax_error_names_the_template_and_line(tmp_path):
    found = problem(tmp_path, {"page.html": "ok\n{{ broken( }}\n"})
    assert (found.path, found.line) == (str(tmp_path / "templates/page.html"), 2)


def test_the_path_is_shown_relative_to_the_working_folder(tmp_path, monkeypatch):
    found = problem(tmp_path, {"page.html": "{{ nothing }}"})
    monkeypatch.chdir(tmp_path)
    assert str(found) == (
        "templates/page.html:1: 'nothing' is undefined "
        "(docs/themes.md lists the variables each template gets)"
    )


@pytest.mark.slow
def test_digest_build_prints_the_template_the_line_and_the_lines_around_it(tmp_path):
    make_site(tmp_path, {"a.md": "---\ntitle: Talks\ndate: 2016-12-09\n---\n\nTalks.\n"})
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/article.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n'
        "<h1>{{ entry.article.titel }}</h1>\n{% endblock %}\n"
    )
    result = run_digest("build", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "error: build failed: template error: templates/article.html:3: "
        "'Article' object has no attribute 'titel'; did you mean `title`?\n"
        '    1 | {% extends "base.html" %}\n'
        "    2 | {% block content %}\n"
        "  > 3 | <h1>{{ entry.article.titel }}</h1>\n"
        "    4 | {% endblock %}\n"
    )
