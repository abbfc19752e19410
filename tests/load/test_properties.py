"""Property-based tests: whatever bytes land in content/, every reader and the cleaning stage
either produce articles or report a per-file problem; nothing else escapes.

Each reader gets 1,000 examples mixing random bytes, random Unicode and inputs shaped like its
format (so the generated cases reach past the first parse error). Only reading and cleaning
run here, never the NLP stages, so an example costs milliseconds.
"""

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.articles import Block
from generator.clean import prepare_articles
from generator.clean.boilerplate import clean_blocks, corpus_boilerplate
from generator.load import read_content
from generator.problems import Problems
from generator.text.slug import MAX_LENGTH

EXAMPLES = settings(
    max_examples=1000,
    deadline=None,
    database=None,  # no .hypothesis folder left in the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    "<form action=/x><input name=q></form>",
    "../../etc/passwd",
    "CON",
    "\u202e\u200b\ufeff",
]
words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
SENTENCES = [
    "Talks in Geneva ended without a truce.",
    "Share this article",
    "Irish Independent",
    "Read more",
    "Không có nhận xét nào:",
]
texty = st.one_of(words, st.sampled_from(PAYLOADS + SENTENCES))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texty)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
    max_leaves=4,
)
KEYS = [
    "title",
    "date",
    "source",
    "url",
    "link",
    "author",
    "lang",
    "tags",
    "summary",
    "slug",
    "draft",
    "summary_sentences",
    "summary_words",
    "description",
    "text",
    "html",
    "published",
]
DATES = [
    "2016-12-09",
    "2016-12-09T18:30:00Z",
    "Fri, 09 Dec 2016 18:30:00 GMT",
    "9 December 2016",
    "yesterday",
    "2016-13-45",
    "",
]
metadata = st.dictionaries(
    st.sampled_from(KEYS), st.one_of(values, st.sampled_from(DATES)), max_size=8
)
paragraphs = st.lists(texty, max_size=6)

# Random bytes, random text, and near-misses of every format.
raw_bytes = st.binary(max_size=3000)
raw_text = st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass"))


def encoded(strategy):
    return strategy.map(lambda t: t.encode("utf-8", "surrogatepass"))


@st.composite
def markdown_files(draw):
    meta = draw(metadata)
    try:
        front = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:
        front = str(meta)
    if draw(st.booleans()):
        front = draw(words) + front[draw(st.integers(0, len(front))) :]
    return "---\n" + front + "---\n\n" + "\n\n".join(draw(paragraphs))


@st.composite
def text_files(draw):
    header = "\n".join(
        f"{k}: {draw(words)}" for k in draw(st.lists(st.sampled_from(KEYS[:11]), max_size=6))
    )
    return header + "\n\n" + "\n".join(draw(paragraphs))


@st.composite
def html_pages(draw):
    tags = [
        "p",
        "div",
        "article",
        "script",
        "style",
        "nav",
        "footer",
        "h1",
        "title",
        "span",
        "ul",
        "li",
        "a",
    ]
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(tags))
        closed = draw(st.booleans())
        parts.append(f"<{tag}>{draw(texty)}" + (f"</{tag}>" if closed else ""))
    head = f"<!doctype html><html><head><title>{draw(texty)}</title></head>"
    page = f"{head}<body>{''.join(parts)}</body></html>"
    return page[: draw(st.integers(0, len(page)))] if draw(st.booleans()) else page


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def feeds(draw):
    items = []
    for i in range(draw(st.integers(0, 4))):
        title, body = draw(texty), draw(texty)
        date = draw(st.sampled_from(DATES))
        escape = draw(st.booleans())
        items.append(
            f"<item><title>{_xml(title) if escape else title}</title><guid>{i}</guid>"
            f"<link>{_xml(draw(texty))}</link><pubDate>{date}</pubDate>"
            f"<description>{_xml(body) if escape else body}</description></item>"
        )
    channel = f"<channel><title>{_xml(draw(words))}</title>{''.join(items)}</channel>"
    feed = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
    return feed[: draw(st.integers(0, len(feed)))] if draw(st.booleans()) else feed


@st.composite
def dumps(draw):
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        record = draw(metadata)
        line = json.dumps(record, ensure_ascii=draw(st.booleans()))
        if draw(st.booleans()):
            line = line[: draw(st.integers(0, len(line)))]
        lines.append(line)
    return "\n".join(lines)


def files(shaped) -> st.SearchStrategy[bytes]:
    return st.one_of(raw_bytes, raw_text, encoded(shaped), encoded(shaped))


def check_file(name: str, data: bytes) -> None:
    """Read one file's bytes as the build does, then clean the result: only reported problems."""
    problems = Problems()
    raw = read_content(name, data, 0.0, problems)
    assert raw or problems.items  # nothing read means a reason was given
    for problem in problems.items:
        assert problem.path == name and problem.message
    articles = prepare_articles(raw, "en", problems)
    for article in articles:
        assert article.slug and len(article.slug) <= MAX_LENGTH + 4
        assert "/" not in article.slug and "\\" not in article.slug
        assert article.slug not in (".", "..") and article.title
        text = article.title + article.text
        assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)  # valid in XML 1.0
        for block in article.blocks:
            if block.html is not None:
                html = block.html.lower()
                assert "<script" not in html and "onerror" not in html
                assert "javascript:" not in html and "<iframe" not in html
                assert "<form" not in html


@EXAMPLES
@given(files(text_files()))
def test_text_reader_never_crashes(data):
    check_file("article.txt", data)


@EXAMPLES
@given(files(markdown_files()))
def test_markdown_reader_never_crashes(data):
    check_file("article.md", data)


@EXAMPLES
@given(files(html_pages()))
def test_html_reader_never_crashes(data):
    check_file("page.html", data)


@EXAMPLES
@given(files(feeds()))
def test_feed_reader_never_crashes(data):
    check_file("feed.rss", data)


@EXAMPLES
@given(files(dumps()))
def test_jsonl_reader_never_crashes(data):
    check_file("dump.jsonl", data)


@EXAMPLES
@given(st.lists(st.lists(texty, max_size=6), max_size=5))
def test_cleaning_never_crashes_and_only_removes_lines(bodies):
    articles = [tuple(Block(t) for t in body) for body in bodies]
    boilerplate = corpus_boilerplate([b.text for b in blocks] for blocks in articles)
    for blocks in articles:
        cleaned = clean_blocks(blocks, boilerplate)
        assert set(cleaned.blocks) <= set(blocks)
        assert cleaned.removed == len(blocks) - len(cleaned.blocks)
