"""Saved web pages: the main text and metadata, found by trafilatura.

Comments are left out (trafilatura includes them by default). When trafilatura finds no
main text, the page's `<title>` and visible paragraphs are used instead, with a warning.
"""

from __future__ import annotations

from html.parser import HTMLParser

from generator.articles import Block, RawArticle
from generator.load.readers import ReadError, Source, reader
from generator.load.readers.meta import is_web_address, metadata_from_mapping

# Elements whose content a reader never sees.
_HIDDEN = frozenset(["script", "style", "template", "noscript", "svg", "iframe"])
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@reader(".html", ".htm")
def read_html(source: Source) -> list[RawArticle]:
    """One article: trafilatura's main text, or the title and visible paragraphs."""
    # Imported here, like the other readers' parsers: a build that reads no saved page
    # (most saves, every build with nothing changed) never pays for the import.
    import trafilatura

    found = trafilatura.bare_extraction(source.text, include_comments=False, with_metadata=True)
    lines = (found.text or "").splitlines() if found is not None else []
    title = found.title if found is not None else None
    if not any(line.strip() for line in lines):
        title, lines = visible_paragraphs(source.text)
        if not lines:
            raise ReadError("no readable text in the page (empty, truncated or not HTML)")
        source.warn("no main text found; used the page title and its visible paragraphs", None)
    values: dict = {"title": title}
    if found is not None:
        values.update(
            author=found.author,
            date=found.date,
            source=found.sitename,
            description=found.description,
            lang=found.language,
        )
        if found.url and is_web_address(found.url):  # trafilatura already drops most others
            values["url"] = found.url
    meta = metadata_from_mapping(values)
    paragraphs = [" ".join(line.split()) for line in lines if line.strip()]
    if meta.title and paragraphs and paragraphs[0] == meta.title:
        paragraphs = paragraphs[1:] or paragraphs  # the headline repeated as the first line
    return [RawArticle(source.path, meta, tuple(Block(p) for p in paragraphs), source.mtime)]


class _Visible(HTMLParser):
    """Collects the `<title>` and the text of `<p>` elements outside hidden parts and comments."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.paragraphs: list[list[str]] = []
        self.open: list[tuple[str, bool]] = []  # (tag, hidden) of the elements we are inside

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _VOID:
            if tag == "br":
                self.handle_data(" ")
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        self.open.append((tag, tag in _HIDDEN or "comment" in names))
        if tag == "p":
            self.paragraphs.append([])

    def handle_endtag(self, tag) -> None:
        if any(t == tag for t, _ in self.open):
            while self.open.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        tags = [t for t, _ in self.open]
        if "title" in tags:
            self.title.append(data)
        elif "p" in tags and not any(hidden for _, hidden in self.open):
            self.paragraphs[-1].append(data)


def visible_paragraphs(page: str) -> tuple[str | None, list[str]]:
    """The `<title>` text (None when there is none) and the text of each visible paragraph."""
    parser = _Visible()
    parser.feed(page)
    parser.close()
    title = " ".join("".join(parser.title).split()) or None
    paragraphs = [" ".join("".join(p).split()) for p in parser.paragraphs]
    return title, [p for p in paragraphs if p]
