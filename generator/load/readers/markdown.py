"""Markdown with YAML front matter."""

from __future__ import annotations

import inspect
import os
import re
import sys
import threading
import time

import markdown as md
import yaml

from generator.articles import Block, RawArticle
from generator.load.readers import ReadError, Source, reader
from generator.load.readers.blocks import check_nesting as check_html_nesting
from generator.load.readers.blocks import rich_block
from generator.load.readers.meta import metadata_from_mapping
from generator.load.sanitize import sanitize_html

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)")
# libyaml's safe loader when PyYAML has it (6x faster: a tenth of reading a Markdown file).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Python-Markdown is quadratic on some inputs (thousands of nested brackets, of link or
# reference openers), so a file gets a budget of CPU time (this thread's: a busy machine
# does not use it up) for converting its body: a base, plus time in proportion to its size
# at a quarter of Python-Markdown's usual rate, so that no real article runs out of it.
BUDGET_SECONDS = 2.0
BUDGET_CHARS_PER_SECOND = 250_000
# Blocks longer than this are converted under a profile hook that ends the conversion once
# the budget is spent (the hook doubles the conversion's time). A shorter block cannot
# overrun by much even at Python-Markdown's worst, and the budget is checked between
# blocks.
WATCHED_BLOCK = 2_000


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
        except (ValueError, TypeError, OverflowError) as exc:
            # An explicit tag whose value does not fit it (`!!int x`, `!!timestamp 2016-13-45`,
            # `!!binary` that is not base64) fails in the constructor, not the parser.
            raise ReadError(f"malformed YAML front matter: {exc}", 2) from None
        except yaml.YAMLError as exc:
            # The context mark is where the broken construct starts ("title: [..." rather
            # than the end of the file where the parser gave up).
            mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for '---'
            problem = getattr(exc, "problem", None) or str(exc)
            raise ReadError(f"malformed YAML front matter: {problem}", line) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError("front matter must be a mapping of keys to values", 2)
        if "&" in match.group(1):
            # Only anchors can make front matter grow when read (`*alias` repeats one).
            check_expansion(loaded, MAX_VALUES, MAX_CHARS)
        values = loaded or {}
        body = text[match.end() :]
    elif text.startswith("---"):
        raise ReadError("front matter starts with '---' but is never closed", 1)
    meta = metadata_from_mapping(values)
    check_nesting(body, text.count("\n", 0, len(text) - len(body)))
    budget = BUDGET_SECONDS + len(body) / BUDGET_CHARS_PER_SECOND
    blocks = tuple(b for b in _blocks(body, budget) if b.text)
    return [RawArticle(source.path, meta, blocks, source.mtime)]


# Front matter read through YAML anchors and aliases may hold no more than this, counting a
# repeated value each time it appears: a 391-byte front matter of nested aliases used to
# grow into gigabytes of tags.
MAX_VALUES = 10_000
MAX_CHARS = 1_000_000


def check_expansion(value: object, max_values: int, max_chars: int) -> None:
    """Raise `ReadError` when `value`, with every repeated (aliased) part counted as often as
    it appears, holds more than `max_values` values or `max_chars` characters of text.
    Stops counting as soon as a limit is passed, so the check itself stays small."""
    values = chars = 0
    todo = [value]
    while todo:
        item = todo.pop()
        values += 1
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list | tuple | set):
            todo.extend(item)
        else:
            chars += len(str(item)) if isinstance(item, str | bytes) else 1
        if values > max_values or chars > max_chars:
            raise ReadError(
                f"front matter expands to more than {max_values:,} values or "
                f"{max_chars:,} characters (YAML aliases repeating anchors?)",
                2,
            )


# Python-Markdown parses nested lists and quotes recursively, a few calls per level: a list
# nested 250 deep already exhausts Python's recursion limit, slowly. No article nests deeper
# than this.
MAX_NESTING = 50
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])(?:[ \t]|$)", re.MULTILINE)
_QUOTES = re.compile(rf"^[ \t]*(?:>[ \t]*){{{MAX_NESTING + 1}}}", re.MULTILINE)


def check_nesting(body: str, offset: int) -> None:
    """Raise `ReadError` (with the line, counting `offset` lines before the body) when a
    list or quote in `body` is nested more than `MAX_NESTING` levels deep."""
    for found in _LIST_ITEM.finditer(body):
        if len(found.group(1).expandtabs(4)) // 4 > MAX_NESTING:
            line = offset + body.count("\n", 0, found.start()) + 1
            raise ReadError(f"Markdown list nested more than {MAX_NESTING} levels deep", line)
    found = _QUOTES.search(body)
    if found is not None:
        line = offset + body.count("\n", 0, found.start()) + 1
        raise ReadError(f"Markdown quote nested more than {MAX_NESTING} levels deep", line)


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
# Where Python-Markdown's modules (extensions included) are, for the time budget's hook.
_MARKDOWN_PACKAGE = os.path.dirname(md.__file__) + os.sep


class OverBudget(BaseException):
    """Raised inside Python-Markdown when a file's time is up. A `BaseException`, so that
    no `except Exception` in an extension swallows it."""


def _blocks(body: str, budget: float) -> list[Block]:
    """The body's blocks, converted within `budget` CPU seconds; `ReadError` otherwise."""
    clock = time.thread_time
    deadline = clock() + budget

    def watch(frame, event, arg):
        # Only in Python-Markdown's own functions: code the garbage collector runs meanwhile
        # (a generator of anything being finalised) swallows what is raised in it, and
        # CPython then removes the hook, leaving the conversion without a limit.
        if (
            event == "call"
            and clock() > deadline
            and frame.f_code.co_filename.startswith(_MARKDOWN_PACKAGE)
            and not frame.f_code.co_flags & inspect.CO_GENERATOR
        ):
            raise OverBudget

    blocks = []
    previous = sys.getprofile()
    try:
        for chunk in split_blocks(body):
            if clock() > deadline:
                raise OverBudget
            if len(chunk) > WATCHED_BLOCK:
                # A profile hook (this thread's only) sees every Python call of the
                # conversion and ends it once the time is up.
                sys.setprofile(watch)
                try:
                    html = _markdown(chunk)
                finally:
                    sys.setprofile(previous)
            else:
                html = _markdown(chunk)
            check_html_nesting(html)
            html = sanitize_html(html)
            blocks.append(rich_block(html))
    except OverBudget:
        _converters.md = None
        raise ReadError(
            f"Markdown too slow to convert (over {budget:.1f} s; thousands of nested brackets?)"
        ) from None
    except RecursionError:
        _converters.md = None
        raise ReadError("Markdown nested too deeply to convert") from None
    return blocks


def _markdown(chunk: str) -> str:
    # Building a Markdown instance costs ~5 ms (its extensions register on every call of
    # md.markdown); one per thread, reset between blocks, converts the same in ~0.3 ms.
    # One interrupted mid-conversion is dropped: its state is no longer to be trusted.
    converter = getattr(_converters, "md", None)
    if converter is None:
        converter = _converters.md = md.Markdown(extensions=["extra", "sane_lists"])
    return converter.reset().convert(chunk)
