"""Small pieces: headlines, slugs, dates, decoding, URLs, text and Markdown readers."""

from datetime import UTC, datetime

import pytest

from generator.clean.headline import derive_headline
from generator.load.dates import DateError, read_date
from generator.load.readers import ReadError, Source, reader_for
from generator.render.urls import absolute_url, base_path, output_file, relative_url
from generator.text.slug import slugify, unique_slugs
from tests.helpers import SEED


def test_headline_from_a_long_opening_sentence_is_cut_at_a_clause():
    headline = derive_headline(SEED.read_text(encoding="utf-8").splitlines()[0])
    assert headline == "Isil has advanced to within two miles of Palmyra"


def test_short_opening_sentence_is_the_headline():
    assert derive_headline("Talks resume in Geneva. More follows.") == "Talks resume in Geneva"


def test_headline_without_a_clause_break_is_cut_with_ellipsis():
    text = " ".join(f"word{i}" for i in range(30)) + "."
    headline = derive_headline(text)
    assert headline.endswith("…") and len(headline.split()) == 12


def test_slugs():
    assert slugify("Abdulkafi al-Hamdo") == "abdulkafi-al-hamdo"
    assert slugify("Zürich") == "zurich"
    assert slugify("Москва") == "москва"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("CON") == "item-con"
    assert slugify("!!!") == "item"
    assert len(slugify("word " * 100)) <= 80
    assert unique_slugs(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]


def test_dates():
    assert read_date("2016-12-09").value == datetime(2016, 12, 9, tzinfo=UTC)
    assert read_date("2016-12-09T18:30:00Z").value == datetime(2016, 12, 9, 18, 30, tzinfo=UTC)
    assert read_date("Fri, 09 Dec 2016 18:30:00 +0000").value == datetime(
        2016, 12, 9, 18, 30, tzinfo=UTC
    )
    assert read_date("9 December 2016").value == datetime(2016, 12, 9, tzinfo=UTC)
    with pytest.raises(DateError, match="unparseable date 'soon'"):
        read_date("soon")


def test_urls():
    assert output_file("tags/x/") == "tags/x/index.html"
    assert output_file("") == "index.html"
    assert relative_url("tags/x/", "articles/a/index.html", False) == "../../tags/x/index.html"
    assert relative_url("tags/x/", "articles/a/index.html", True) == "../../tags/x/"
    assert relative_url("", "index.html", True) == "./"
    # Up to the root and down again, even within a folder: links depend on depth alone.
    assert relative_url("tags/x/feed.xml", "tags/x/index.html", False) == "../../tags/x/feed.xml"
    assert relative_url("tags/y/", "tags/x/index.html", True) == "../../tags/y/"
    assert relative_url("", "tags/x/index.html", True) == "../../"
    assert base_path("https://example.org/digest") == "/digest/"
    assert (
        absolute_url("https://example.org/digest/", "tags/a/")
        == "https://example.org/digest/tags/a/"
    )


def read(path, text):
    return reader_for(path)(Source(path, text, 0.0))


def test_text_reader_headers():
    (article,) = read(
        "a.txt", "Title: Hello\nDate: 2016-12-09\nSource: Wire\n\nFirst line.\nSecond line.\n"
    )
    assert article.meta.title == "Hello"
    assert article.meta.source == "Wire"
    assert [b.text for b in article.blocks] == ["First line.", "Second line."]


def test_text_reader_without_headers_keeps_every_line():
    (article,) = read("a.txt", "Note: this is text.\nMore text.\n\nAnd more.")
    assert article.meta.title is None
    assert len(article.blocks) == 3


def test_markdown_reader():
    (article,) = read(
        "a.md",
        "---\ntitle: T\ndate: 2016-12-09\ntags: [Geneva, UN]\ndraft: true\n---\n\n"
        "Some *text*.\n\n- a\n- b\n",
    )
    assert (
        article.meta.title == "T" and article.meta.tags == ("Geneva", "UN") and article.meta.draft
    )
    assert article.blocks[0].html == "<p>Some <em>text</em>.</p>"
    assert article.blocks[0].text == "Some text."


def test_markdown_html_is_sanitised():
    (article,) = read(
        "a.md", "Hi <script>alert(1)</script><a href='javascript:x()' onclick='y()'>l</a>\n"
    )
    html = article.blocks[0].html
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html


def test_malformed_front_matter_reports_the_line():
    with pytest.raises(ReadError) as info:
        read("a.md", "---\ntitle: ok\ndate: [unclosed\n---\nbody\n")
    assert "malformed YAML" in info.value.message and info.value.line in (3, 4, 5)


def test_unparseable_date_is_a_read_error():
    with pytest.raises(ReadError, match="unparseable date"):
        read("a.md", "---\ndate: someday\n---\nbody\n")
