"""The clean stage: raw articles become publishable `Article`s.

Boilerplate goes (see `clean`), a trailing outlet line becomes the source, and every
article gets a title, a date and a unique slug.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from functools import lru_cache

from generator.articles import Article, RawArticle
from generator.clean.boilerplate import clean_blocks, corpus_boilerplate
from generator.clean.headline import derive_headline
from generator.problems import Problems
from generator.text.languages import language_name
from generator.text.slug import slugify, unique_slugs


def prepare_articles(raw: list[RawArticle], language: str, problems: Problems) -> list[Article]:
    """Clean every published (non-draft) article; report and skip those left with no text."""
    published = [r for r in raw if not r.meta.draft]
    boilerplate = corpus_boilerplate([b.text for b in r.blocks] for r in published)
    prepared = []
    for item in published:
        article = prepare_article(item, boilerplate, language, problems)
        if article is not None:
            prepared.append((item, article))
    return unique_articles(prepared, problems)


def prepare_article(
    item: RawArticle, boilerplate: frozenset[str], language: str, problems: Problems
) -> Article | None:
    """One article cleaned, with its title, date and wanted slug (not yet made unique)."""
    cleaned = clean_blocks(item.blocks, boilerplate)
    where = item.path + (f" [{item.part}]" if item.part else "")
    if not cleaned.blocks:
        problems.warn(where, "skipped: no article text left after removing boilerplate")
        return None
    meta = item.meta
    if cleaned.source and not meta.source:
        meta = dataclasses.replace(meta, source=cleaned.source)
    lang = language_name(meta.lang, language) or "english"
    opening = cleaned.blocks[0].text
    # A headline needs words; an opening of only symbols ("’") is its own title.
    title = meta.title or derive_headline(opening, lang) or " ".join(opening.split())[:80]
    date = meta.date
    if meta.date_note:
        problems.warn(where, meta.date_note)
    if date is None:
        problems.warn(where, "no date in metadata; using the file's modification time")
        date = datetime.fromtimestamp(item.mtime, UTC).replace(microsecond=0)
    return Article(item.path, meta.slug or slugify(title), title, date, meta, cleaned.blocks)


def unique_articles(
    prepared: list[tuple[RawArticle, Article]], problems: Problems
) -> list[Article]:
    """The articles with unique slugs ("-2" suffixes), sorted by path."""
    # Sorting by path first makes the "-2" suffixes deterministic, whatever order files came in.
    prepared.sort(key=lambda pair: (pair[0].path, _numbered(pair[0].part or "")))
    wanted = [slugify(a.slug) for _, a in prepared]
    result = []
    for (item, article), want, slug in zip(prepared, wanted, unique_slugs(wanted), strict=True):
        if slug != want:
            where = item.path + (f" [{item.part}]" if item.part else "")
            problems.warn(where, f"slug '{article.slug}' is already used; published as '{slug}'")
        # Unchanged articles stay the same objects, so serve mode recognises them cheaply.
        result.append(article if slug == article.slug else dataclasses.replace(article, slug=slug))
    return result


@lru_cache(maxsize=100_000)
def _numbered(part: str) -> tuple:
    """Sort key putting "line 9" before "line 10" (parts of one file in file order)."""
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", part))
