"""The saved-web-page, feed and JSON Lines readers, one behaviour per test."""

import html
import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from generator.load import content_files, load_articles
from generator.load.readers import FORMATS, READERS, ReadError, Source, reader_for
from generator.load.readers.blocks import html_blocks
from generator.load.readers.meta import is_web_address, metadata_from_mapping
from generator.problems import Problems
from generator.render.marks import block_markup

PAGE = """<!doctype html><html lang="en"><head><title>Aleppo talks end | The Daily</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="The Daily">
<meta name="description" content="Talks ended without a truce.">
<link rel="canonical" href="https://daily.example/aleppo-talks">
<meta property="article:published_time" content="2016-12-09T18:30:00Z">
<script>document.title = "scripted"</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Aleppo talks end</h1>
<p>Russian foreign minister Sergei Lavrov and US Secretary of State John Kerry ended two days
of talks in Geneva on Friday without agreeing a ceasefire for the Syrian city of Aleppo.</p>
<p>Diplomats said the sides remained far apart on the question of rebel withdrawal from the
eastern districts, where tens of thousands of civilians are trapped.</p></article>
<div class="comments"><h3>Comments</h3><p>Great article, thanks so much for writing it!</p></div>
</body></html>"""


def read(name: str, text: str) -> tuple[list, list[tuple[str, int | None]]]:
    """The articles a reader returns for `text`, and the warnings it reported."""
    warnings: list[tuple[str, int | None]] = []
    articles = reader_for(name)(
        Source(name, text, 0.0, lambda message, line: warnings.append((message, line)))
    )
    return articles, warnings


def body(article) -> str:
    return "\n".join(b.text for b in article.blocks)


def test_every_format_has_a_reader():
    for ext in (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl"):
        assert reader_for(f"a{ext.upper()}") is READERS[ext], ext
    # Each module registers exactly the extensions FORMATS names for it.
    assert set(READERS) == set(FORMATS)
    assert reader_for("notes.docx") is None


def test_a_format_module_is_imported_by_its_first_file():
    # A build that reads no file imports no reader (nor feedparser, Markdown, trafilatura).
    code = (
        "import sys; from generator.load import list_content; "
        "from generator.load.readers import reader_for; "
        "before = 'generator.load.readers.feed' in sys.modules; "
        "reader_for('a.rss'); "
        "print(before, 'generator.load.readers.feed' in sys.modules, "
        "'generator.load.readers.html' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "False"]


def test_saved_page_main_text_and_metadata_without_comments():
    (article,), warnings = read("page.html", PAGE)
    meta = article.meta
    assert meta.title == "Aleppo talks end"
    assert meta.author == "Jane Roe"
    assert meta.date == datetime(2016, 12, 9, tzinfo=UTC)
    assert meta.source == "The Daily"
    assert meta.url == "https://daily.example/aleppo-talks"
    assert meta.description == "Talks ended without a truce."
    text = body(article)
    assert text.startswith("Russian foreign minister Sergei Lavrov")
    assert "tens of thousands of civilians" in text
    assert "Great article" not in text
    assert "scripted" not in text and "Home" not in text
    assert all(b.html is None for b in article.blocks)  # text only: escaped on the page
    assert warnings == []


def test_saved_page_without_main_text_falls_back_to_title_and_paragraphs_with_a_warning():
    page = (
        "<html><head><title>Council statement</title><style>p{}</style></head><body>"
        "<footer><p>The council met on Monday.</p><p>It adjourned<br>at noon.</p>"
        '<div class="comment"><p>first!</p></div></footer></body></html>'
    )
    (article,), warnings = read("page.htm", page)
    assert article.meta.title == "Council statement"
    assert [b.text for b in article.blocks] == [
        "The council met on Monday.",
        "It adjourned at noon.",
    ]
    assert warnings == [
        ("no main text found; used the page title and its visible paragraphs", None)
    ]


@pytest.mark.parametrize("page", ["<html><head><title>Brok", "\x89PNG\r\n\x1a\n IHDR", "   "])
def test_page_without_readable_text_is_a_read_error(page):
    with pytest.raises(ReadError, match="no readable text in the page"):
        read("broken.html", page)


def test_page_with_a_script_canonical_url_keeps_the_text_and_drops_the_address():
    page = PAGE.replace("https://daily.example/aleppo-talks", "javascript:alert(1)")
    (article,), _ = read("page.html", page)
    assert article.meta.url is None
    assert body(article).startswith("Russian foreign minister")


RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World &amp; more</title><link>https://news.example/</link>
<language>en-gb</language>
{items}
</channel></rss>"""

ITEM_FULL = """<item><title>Geneva talks end</title><link>/geneva</link><guid>g1</guid>
<pubDate>Fri, 09 Dec 2016 18:30:00 GMT</pubDate><category>Diplomacy</category>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Full text, first paragraph.</p><p>Second <b>paragraph</b>.</p>
<script>alert(1)</script>]]></content:encoded></item>"""

ITEM_SHORT = """<item><title>Convoy leaves Aleppo</title><link>https://news.example/convoy</link>
<guid>g2</guid><pubDate>Thu, 15 Dec 2016 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Only a description
&lt;img src=x onerror="alert(1)"&gt;here.&lt;/p&gt;</description>
</item>"""


def test_feed_entries_use_full_content_else_description():
    (full, short), warnings = read("world.rss", RSS.format(items=ITEM_FULL + ITEM_SHORT))
    assert warnings == []
    assert [b.text for b in full.blocks] == ["Full text, first paragraph.", "Second paragraph."]
    assert full.blocks[1].html == "<p>Second <b>paragraph</b>.</p>"
    assert full.meta.description == "Short teaser."
    assert full.meta.url == "https://news.example/geneva"  # relative link resolved
    assert full.meta.date == datetime(2016, 12, 9, 18, 30, tzinfo=UTC)
    assert full.meta.source == "World & more"
    assert full.meta.lang == "en-gb"
    assert full.meta.tags == ("Diplomacy",)
    assert (full.part, short.part) == ("entry 1", "entry 2")
    assert body(short) == "Only a description here."
    assert "onerror" not in short.blocks[0].html


def test_atom_feed_with_html_title_and_content():
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; headline</title><id>urn:x:1</id>
<updated>2016-12-19T10:00:00Z</updated><link href="https://a.example/1"/>
<content type="html">&lt;p&gt;Text
&lt;a href="javascript:alert(1)"&gt;link&lt;/a&gt;&lt;/p&gt;</content>
</entry></feed>"""
    (article,), _ = read("news.atom", atom)
    assert article.meta.title == "Bold headline"
    assert article.meta.date == datetime(2016, 12, 19, 10, tzinfo=UTC)
    assert "javascript" not in article.blocks[0].html


def test_feed_slugs_are_stable_and_distinct_for_repeated_titles():
    first = ITEM_SHORT.replace("g2", "a")
    second = ITEM_SHORT.replace("g2", "b")
    newer = ITEM_FULL
    before, _ = read("f.xml", RSS.format(items=first + second))
    after, _ = read("f.xml", RSS.format(items=newer + second + first))
    slugs_before = {a.meta.url and a.blocks[0].text: None for a in before}
    assert len(slugs_before) == 1  # same text: only the slug tells them apart
    assert before[0].meta.slug != before[1].meta.slug
    assert before[0].meta.slug.startswith("convoy-leaves-aleppo-")
    assert {a.meta.slug for a in before} == {a.meta.slug for a in after[1:]}
    assert after[0].meta.slug is None  # a unique title keeps the plain title slug


def test_feed_entry_with_bad_date_is_skipped_and_reported():
    bad = ITEM_SHORT.replace("Thu, 15 Dec 2016 08:00:00 GMT", "sometime soon")
    articles, warnings = read("f.xml", RSS.format(items=ITEM_FULL + bad))
    assert [a.part for a in articles] == ["entry 1"]
    ((message, _),) = warnings
    assert message.startswith("entry 2 skipped: unparseable date 'sometime soon'")


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ("<rss><channel><item><title>cut off", "not a readable feed", 1),
        ("plain words, not XML", "not a readable feed", 1),
        ("<root><item>1</item></root>", "not an RSS or Atom feed", None),
        ('<rss version="2.0"><channel><title>x</title></channel></rss>', "no entries", None),
    ],
)
def test_unreadable_feeds_are_read_errors(text, reason, line):
    with pytest.raises(ReadError, match=reason) as caught:
        read("f.xml", text)
    assert caught.value.line == line


def test_feed_text_is_never_fetched_or_opened_as_a_location(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text(RSS.format(items=ITEM_FULL), encoding="utf-8")
    with pytest.raises(ReadError):
        read("f.xml", str(secret))


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_number():
    lines = [
        {"title": "One", "text": "First para.\nSecond para.", "date": "2016-12-09"},
        "{not json",
        [1, 2],
        {"title": "Bad date", "text": "x", "date": "whenever"},
        {"title": "No text"},
        {"title": "Hostile", "text": "x", "url": "javascript:alert(1)"},
        {"title": "Rich", "html": "<p>Kept <script>alert(1)</script><em>safe</em></p>"},
        {"title": "Wrong type", "text": ["a", "b"]},
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n"
    articles, warnings = read("dump.jsonl", text)
    assert [(a.meta.title, a.part) for a in articles] == [("One", "line 1"), ("Rich", "line 7")]
    assert [b.text for b in articles[0].blocks] == ["First para.", "Second para."]
    assert articles[1].blocks[0].html == "<p>Kept <em>safe</em></p>"
    assert [line for _, line in warnings] == [2, 3, 4, 5, 6, 8]
    reasons = [message for message, _ in warnings]
    assert reasons[0].startswith("line skipped: invalid JSON")
    assert "must be a JSON object" in reasons[1]
    assert "unparseable date 'whenever'" in reasons[2]
    assert "no 'text' or 'html'" in reasons[3]
    assert "must be an http:// or https:// address" in reasons[4]
    assert "'text' must be a string" in reasons[5]


def test_jsonl_line_separators_inside_strings_do_not_split_lines():
    record = {"title": "Sep", "text": "one\u2028two", "source": "Wire"}
    (article,), warnings = read("d.jsonl", json.dumps(record, ensure_ascii=False))
    assert warnings == [] and article.meta.source == "Wire"


def test_html_blocks_split_paragraphs_and_gather_loose_text():
    blocks = html_blocks(
        'Loose <b>lead</b> text<p onclick="x()">Para</p>tail<ul><li>a</li></ul>'
        "<iframe src=https://evil.example></iframe><form><input></form>"
    )
    assert [block_markup(b) for b in blocks] == [
        "<p>Loose <b>lead</b> text</p>",
        "<p>Para</p>",
        "<p>tail</p>",
        "<ul><li>a</li></ul>",
    ]
    assert [b.text for b in blocks] == ["Loose lead text", "Para", "tail", "a"]
    # A paragraph that is its text in one <p> does not keep that HTML beside the text.
    assert [b.html for b in blocks][1:3] == ["", ""]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ('Tom & Jerry\'s "best" > worst.', ""),  # escaped as the page escapes text
        ("Officials met in **Geneva**.", "<p>Officials met in <strong>Geneva</strong>.</p>"),
        ("Two\nlines.", "<p>Two\nlines.</p>"),  # the text is on one line, the HTML on two
    ],
)
def test_a_markdown_paragraph_keeps_its_html_only_where_the_text_does_not_make_it(body, kept):
    (article,), _ = read("a.md", f"---\ntitle: T\n---\n{body}\n")
    (block,) = article.blocks
    assert block.html == kept
    assert block_markup(block) == (kept or f"<p>{html.escape(block.text, quote=False)}</p>")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        (" java\tscript:alert(1)", False),
        ("data:text/html,x", False),
        ("//example.org/a", False),
        ("example.org/a", False),
    ],
)
def test_only_web_addresses_become_article_links(url, ok):
    assert is_web_address(url) is ok
    if ok:
        assert metadata_from_mapping({"url": url}).url == url
    else:
        with pytest.raises(ReadError, match="'url' must be an http"):
            metadata_from_mapping({"url": url})


def test_load_reports_a_symlink_loop_and_ignores_links_out_of_content(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "secret.txt").write_text("Title: Secret\n\nOutside text.\n")
    (content / "ok.txt").write_text("Title: Fine\n\nInside text.\n")
    (content / "loop.txt").symlink_to(content / "loop.txt")
    (content / "out.txt").symlink_to(tmp_path / "secret.txt")
    (content / "inside.txt").symlink_to(content / "ok.txt")
    problems = Problems()
    articles = load_articles(content, problems, max_file_size=1000)
    assert [a.path for a in articles] == ["inside.txt", "ok.txt"]
    (problem,) = problems.items
    assert (problem.path, problem.message) == (
        "loop.txt",
        "skipped: cannot read file (Too many levels of symbolic links)",
    )


def test_content_files_lists_folders_in_order_like_os_walk(tmp_path):
    content = tmp_path / "content"
    for rel in ["b.txt", "a.txt", "z/2.md", "z/1.md", "m/deep/x.txt", ".hidden/h.txt", "m/.h.txt"]:
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text("x")
    (content / "backup.txt~").write_text("x")
    (content / "linked").symlink_to(content / "z")  # a folder link is not followed
    found = [rel for _, rel in content_files(content)]
    assert found == ["a.txt", "b.txt", "m/deep/x.txt", "z/1.md", "z/2.md"]
    walked = [
        os.path.relpath(os.path.join(folder, name), content)
        for folder, dirs, files in os.walk(content)
        if not dirs.sort() and "/." not in folder
        for name in sorted(files)
        if not name.startswith(".") and not name.endswith("~")
    ]
    assert found == walked
