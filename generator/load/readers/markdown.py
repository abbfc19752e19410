"""Markdown with YAML front matter."""

from __future__ import annotations

import re
import threading

import markdown as md
import yaml

from generator.articles import Block, RawArticle
from generator.load.readers import ReadError, Source, reader
from generator.load.readers.blocks import html_text
from generator.load.readers.meta import metadata_from_mapping
from generator.load.sanitize import sanitize_html

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)")
# libyaml's safe loader when PyYAML has it (6x faster: a tenth of reading a Markdown file).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@reader(".md", ".markdown")
def read_markdown(source: Source) -> list[RawArticle]:
    """One article: front matter (optional) and a body rendered block by block."""
    text = source.text.lstrip("\ufeff")
    values: dict = {}
    body = text
    match = _FRONT.match(text)
    if match:
        try:
            loaded = yaml.load(match.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            # The context mark is where the broken construct starts ("title: [..." rather
            # than the end of the file where the parser gave up).
            mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for '---'
            problem = getattr(exc, "problem", None) or str(exc)
            raise ReadError(f"malformed YAML front matter: {problem}", line) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError("front matter must be a mapping of keys to values", 2)
        values = loaded or {}
        body = text[match.end() :]
    elif text.startswith("---"):
        raise ReadError("front matter starts with '---' but is never closed", 1)
    meta = metadata_from_mapping(values)
    blocks = tuple(b for b in (_block(chunk) for chunk in split_blocks(body)) if b.text)
    return [RawArticle(source.path, meta, blocks, source.mtime)]


def split_blocks(body: str) -> list[str]:
    """Markdown source split at blank lines, keeping fenced code blocks whole."""
    chunks, current, fenced = [], [], False
    for line in body.replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line.strip()):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                chunks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        chunks.append("\n".join(current))
    return chunks


_converters = threading.local()


def _markdown(chunk: str) -> str:
    # Building a Markdown instance costs ~5 ms (its extensions register on every call of
    # md.markdown); one per thread, reset between blocks, converts the same in ~0.3 ms.
    converter = getattr(_converters, "md", None)
    if converter is None:
        converter = _converters.md = md.Markdown(extensions=["extra", "sane_lists"])
    return converter.reset().convert(chunk)


def _block(chunk: str) -> Block:
    html = sanitize_html(_markdown(chunk))
    return Block(text=html_text(html), html=html)
