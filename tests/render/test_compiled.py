"""Compiled templates kept between processes (`generator.render.compiled`)."""

import jinja2
import pytest

from generator.render.compiled import CompiledTemplates


def _environment(templates, folder, settings="a"):
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=CompiledTemplates(folder, settings),
    )


@pytest.fixture
def templates(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html").write_text("<p>{{ title | upper }}</p>")
    return folder


def _no_compiling(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the template was compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", refuse)


def test_a_new_environment_uses_the_compiled_template(tmp_path, templates, monkeypatch):
    cache = tmp_path / "cache"
    first = _environment(templates, cache).get_template("page.html").render(title="a")
    assert len(list(cache.glob("*.code"))) == 1
    _no_compiling(monkeypatch)
    second = _environment(templates, cache).get_template("page.html").render(title="a")
    assert first == second == "<p>A</p>"


def test_an_edited_template_is_compiled_afresh(tmp_path, templates):
    cache = tmp_path / "cache"
    _environment(templates, cache).get_template("page.html")
    (templates / "page.html").write_text("<h1>{{ title }}</h1>")
    assert _environment(templates, cache).get_template("page.html").render(title="b") == (
        "<h1>b</h1>"
    )


def test_code_of_other_settings_is_not_used(tmp_path, templates, monkeypatch):
    cache = tmp_path / "cache"
    _environment(templates, cache, settings="a").get_template("page.html")
    _no_compiling(monkeypatch)
    with pytest.raises(AssertionError, match="compiled again"):
        _environment(templates, cache, settings="b").get_template("page.html")


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_file_is_compiled_afresh_and_written_over(tmp_path, templates, damage):
    cache = tmp_path / "cache"
    _environment(templates, cache).get_template("page.html")
    (path,) = cache.glob("*.code")
    whole = path.read_bytes()
    # None: the header is right and the code is cut short.
    path.write_bytes(whole[: len(whole) - 20] if damage is None else damage)
    page = _environment(templates, cache).get_template("page.html").render(title="c")
    assert page == "<p>C</p>"
    assert path.read_bytes() == whole
    assert not list(cache.glob(".*.tmp"))


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, templates):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    page = _environment(templates, blocked / "cache").get_template("page.html").render(title="d")
    assert page == "<p>D</p>"
