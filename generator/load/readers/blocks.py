"""HTML fragments from content (feed entries, dump lines) as sanitised paragraph blocks."""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

import lxml.etree
import lxml.html

from generator.articles import Block
from generator.load.readers import ReadError
from generator.load.sanitize import sanitize_html

# Elements that stand on their own as a paragraph of an article page.
_BLOCK_TAGS = frozenset("blockquote dl figure h1 h2 h3 h4 h5 h6 ol p pre table ul".split())


# html5ever (under nh3) looks through the open elements at most start tags, so HTML nested
# thousands deep takes quadratic time. No article nests this deep; a fragment that does is
# refused before it is sanitised.
MAX_DEPTH = 1_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")
# Elements that never hold others, or whose end tag may be left out (the parser closes them):
# not counted as nesting.
_FLAT = frozenset(
    "area base br col embed hr img input link meta source track wbr "
    "p li dd dt td th tr option optgroup rb rt rtc rp thead tbody tfoot colgroup caption "
    "html head body".split()
)


def check_nesting(html: str) -> None:
    """Raise `ReadError` when `html` nests elements more than `MAX_DEPTH` deep (counted in
    one pass over its tags, without parsing it)."""
    depth = 0
    for found in _TAG.finditer(html):
        if found.group(2).lower() in _FLAT:
            continue
        if found.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > MAX_DEPTH:
                raise ReadError(f"HTML nested more than {MAX_DEPTH:,} elements deep")


def html_blocks(html: str) -> tuple[Block, ...]:
    """Split an untrusted HTML fragment into sanitised blocks, one per paragraph-level element.

    Text and inline markup between paragraphs are gathered into paragraphs of their own.
    Raises `ReadError` for HTML nested too deep to sanitise in reasonable time.
    """
    check_nesting(html)
    clean = sanitize_html(html)
    if not clean.strip():
        return ()
    try:
        parts = lxml.html.fragments_fromstring(clean)
    except (lxml.etree.ParserError, ValueError):
        return _nonempty([_block(clean)])
    blocks: list[Block] = []
    inline: list[str] = []

    def flush() -> None:
        fragment = "".join(inline).strip()
        inline.clear()
        if fragment:
            blocks.append(_block(f"<p>{fragment}</p>"))

    for part in parts:
        if isinstance(part, str):
            inline.append(escape(part, quote=False))
            continue
        tail, part.tail = part.tail, None
        markup = lxml.html.tostring(part, encoding="unicode")
        if part.tag in _BLOCK_TAGS:
            flush()
            blocks.append(_block(markup))
        else:
            inline.append(markup)
        if tail:
            inline.append(escape(tail, quote=False))
    flush()
    return _nonempty(blocks)


def _block(fragment: str) -> Block:
    # Sanitised again after re-serialisation: the page only ever sees nh3 output.
    return rich_block(sanitize_html(fragment))


def rich_block(html: str) -> Block:
    """A paragraph of a rich format (Markdown, HTML) from its sanitised HTML.

    A paragraph whose HTML is its text escaped in one `<p>`, as most paragraphs of a
    Markdown corpus are, keeps "" for its HTML: the article page makes that very markup from
    the text (`generator.render.marks`), and the text is not held twice, in memory and in
    the saved build state, for every paragraph of the corpus."""
    text = html_text(html)
    if html == f"<p>{escape(text, quote=False)}</p>":
        return Block(text=text, html="")
    return Block(text=text, html=html)


def _nonempty(blocks: list[Block]) -> tuple[Block, ...]:
    return tuple(b for b in blocks if b.text)


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("br", "li", "p", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append(" ")


def html_text(html: str) -> str:
    """The visible text of an HTML fragment on one line."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())
