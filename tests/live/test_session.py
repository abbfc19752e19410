"""The serve/watch session around the pipeline."""

import io
import time
import urllib.error
import urllib.request

import pytest

from generator.analyse import mentions as entities
from generator.build import build
from generator.config import load_config
from generator.live.session import Session
from generator.pipeline import Pipeline
from tests.helpers import SITE, article, make_site, snapshot

ARTICLE = """---
title: Talks in Geneva
date: 2016-12-09
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.
"""


def test_warm_up_loads_the_model_a_cached_start_up_never_needed(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE})
    out = io.StringIO()
    Session(lambda: load_config(root=tmp_path), None, out=out, err=out).rebuild()  # fills the cache

    entities.load_model.cache_clear()
    session = Session(lambda: load_config(root=tmp_path), None, out=out, err=out)
    assert session.rebuild()
    assert entities.load_model.cache_info().currsize == 0  # everything came from the cache
    session.warm_up().join(timeout=120)
    assert entities.load_model.cache_info().currsize == 1


def test_stop_waits_for_the_warm_up(tmp_path):
    # Exiting while the model loads on the warm-up thread aborted the process (libblis).
    make_site(tmp_path, {"a.md": ARTICLE})
    out = io.StringIO()
    session = Session(lambda: load_config(root=tmp_path), None, out=out, err=out)
    entities.load_model.cache_clear()
    warming = session.warm_up()
    session.stop()
    assert not warming.is_alive()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.slow
def test_a_failed_rebuild_shows_the_file_its_lines_and_a_hint_in_the_terminal_and_browser(
    tmp_path,
):
    make_site(tmp_path, {"a.md": ARTICLE})
    err = io.StringIO()
    session = Session(lambda: load_config(root=tmp_path), None, out=io.StringIO(), err=err)
    assert session.rebuild()
    url = session.serve("127.0.0.1", 0) + "articles/talks-in-geneva/"
    try:
        template = tmp_path / "templates/article.html"
        template.parent.mkdir()
        template.write_text(
            '{% extends "base.html" %}\n{% block content %}\n'
            "<h1>{{ headline }}</h1>\n{% endblock %}\n"
        )
        assert not session.rebuild()
        message = (
            f"error: build failed: template error: {template}:3: 'headline' is undefined "
            "(docs/themes.md lists the variables each template gets)\n"
            '    1 | {% extends "base.html" %}\n'
            "    2 | {% block content %}\n"
            "  > 3 | <h1>{{ headline }}</h1>\n"
            "    4 | {% endblock %}\n"
        )
        assert err.getvalue() == message
        status, page = get(url)
        assert status == 500
        assert (
            '<mark><span class="source">  &gt; 3 | &lt;h1&gt;{{ headline }}&lt;/h1&gt;'
            "</span></mark>" in page
        )
        assert f"{template}:3: &#x27;headline&#x27; is undefined" in page

        template.unlink()
        assert session.rebuild()
        assert get(url)[0] == 200

        article = tmp_path / "content/a.md"
        article.write_text(ARTICLE.replace("Talks in Geneva", "Breaking: talks in Geneva"))
        err.truncate(0)
        err.seek(0)
        assert not session.rebuild({str(article)})
        assert err.getvalue() == (
            "warning: a.md:2: skipped: malformed YAML front matter: "
            "mapping values are not allowed in this context\n"
            '  hint: put the value in double quotes: title: "Breaking: talks in Geneva"\n'
            "    1 | ---\n"
            "  > 2 | title: Breaking: talks in Geneva\n"
            "    3 | date: 2016-12-09\n"
            "    4 | ---\n"
            "error: build failed: a.md: no longer publishes an article; fix it or delete it\n"
        )
        status, page = get(url)
        assert status == 500
        assert (
            '<strong class="hint">  hint: put the value in double quotes: '
            "title: &quot;Breaking: talks in Geneva&quot;</strong>" in page
        )
        assert (
            '<mark><span class="source">  &gt; 2 | title: Breaking: talks in Geneva'
            "</span></mark>" in page
        )
    finally:
        session.stop()


@pytest.mark.slow
def test_a_save_during_the_background_restore_waits_for_it_and_equals_a_cold_build(
    tmp_path, monkeypatch
):
    root = make_site(tmp_path / "warm", SITE)
    build(load_config(root=root))  # the saved state a session starts from
    edited = article("Talks in Geneva", "2016-12-09", body="Officials met again in Geneva.")
    events: list[str] = []
    prepare, run = Pipeline.prepare, Pipeline.run

    def save_during_the_restore(self):
        events.append("restore starts")
        (root / "content/a.md").write_text(edited, encoding="utf-8")
        try:
            return prepare(self)
        finally:
            events.append("restore ends")

    def noted_run(self, hints=None):
        events.append("run")
        return run(self, hints)

    monkeypatch.setattr(Pipeline, "prepare", save_during_the_restore)
    monkeypatch.setattr(Pipeline, "run", noted_run)
    out = io.StringIO()
    session = Session(lambda: load_config(root=root), None, timings=True, out=out, err=out)
    url = session.serve("127.0.0.1", 0) + "articles/talks-in-geneva/"
    session.watch()
    try:
        assert session.rebuild()  # the start-up, from the saved state
        # The restore loads the model too: the watcher's rebuild is due well before it ends.
        entities.load_model.cache_clear()
        session.warm_up()
        deadline = time.monotonic() + 120
        while "Officials met again" not in get(url)[1]:
            assert time.monotonic() < deadline, out.getvalue()
            time.sleep(0.05)
    finally:
        session.stop()  # saves the state once the search index is made
    # The save's rebuild waited for the restore (a loaded machine may split the save's
    # events into two rebuilds).
    assert events[:4] == ["run", "restore starts", "restore ends", "run"], out.getvalue()
    assert set(events[4:]) <= {"run"}, out.getvalue()
    cold = make_site(tmp_path / "cold", {**SITE, "a.md": edited})
    build(load_config(root=cold))
    assert snapshot(root / "site") == snapshot(cold / "site")
