"""The clean stage: raw articles become publishable `Article`s.

Boilerplate goes (see `boilerplate`), a trailing outlet line becomes the source, and every
article gets a title, a date and a unique slug. `Cleaner.clean` keeps each article's
cleaned form while the corpus's boilerplate stays the same, and the per-line counts
behind the boilerplate are updated file by file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from generator.articles import Article, RawArticle
from generator.build_state import CleanedArticle, KeptArticle, StoredFile
from generator.clean.boilerplate import (
    boilerplate_from_counts,
    clean_blocks,
    corpus_boilerplate,
    short_line_keys,
)
from generator.clean.headline import derive_headline
from generator.config import Config
from generator.load import ContentFile, Loaded
from generator.problems import BuildFailed, Problem, Problems
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


@dataclass(frozen=True)
class Cleaned:
    """What one call of the clean stage made: the articles (unique slugs, sorted by path)
    and every problem found loading and cleaning them."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class _Prepared:
    """One raw article after cleaning, for one boilerplate set."""

    raw: RawArticle
    boilerplate: frozenset[str]
    article: Article | None
    problems: tuple[Problem, ...]


class Cleaner:
    """Cleans the loaded articles again and again, each only when it or the corpus's
    boilerplate changed.

    With `keep_publishing` (serve and watch mode) a file changed since the last good run
    that no longer publishes an article fails the run, so that the mistake shows up
    instead of the page silently vanishing; broken files found by the first run are
    warnings, as in `digest build`.
    """

    def __init__(self, config: Config, *, keep_publishing: bool = False) -> None:
        self.language = config.site.language
        self.keep_publishing = keep_publishing
        self._lines: dict[str, tuple[frozenset[str], ...]] = {}  # per file, per published article
        self._counts: Counter[str] = Counter()
        self._published = 0
        self._prepared: dict[int, _Prepared] = {}  # by id of the raw article (kept alive in it)
        self._raw_ids: dict[str, tuple[int, ...]] = {}  # per file, its raw articles' ids
        self._pending: set[str] = set()  # files changed since the last good run
        self._first = True

    def restore(self, files: Mapping[str, StoredFile], boilerplate_seen: str) -> None:
        """Start from the files as a saved run cleaned them (`generator.build_state`) with
        the boilerplate whose digest is `boilerplate_seen`; their raw articles must be the
        very objects the loader was restored with."""
        for rel, stored in files.items():
            lines = tuple(frozenset(keys) for keys in stored.lines)
            self._lines[rel] = lines
            for keys in lines:
                self._counts.update(keys)
            self._published += len(lines)
            self._raw_ids[rel] = tuple(map(id, stored.raw))
        boilerplate = boilerplate_from_counts(self._counts, self._published)
        self._first = False
        if boilerplate_digest(boilerplate) != boilerplate_seen:
            return  # cleaned with other boilerplate: every article is cleaned again
        for stored in files.values():
            published = [raw for raw in stored.raw if not raw.meta.draft]
            for raw, cleaned in zip(published, stored.cleaned, strict=True):
                article = None if cleaned.article is None else _article(raw, cleaned.article)
                if article is not None:
                    # The digest was saved with it: no need to hash the article again.
                    article.__dict__["digest"] = cleaned.digest
                self._prepared[id(raw)] = _Prepared(raw, boilerplate, article, cleaned.problems)

    @property
    def boilerplate(self) -> str:
        """The digest of the boilerplate set of the last call."""
        return boilerplate_digest(boilerplate_from_counts(self._counts, self._published))

    def stored(self, rel: str, found: ContentFile) -> StoredFile:
        """A loaded file with how it was cleaned, as `generator.build_state` keeps it."""
        cleaned = []
        for raw in found.raw:
            if raw.meta.draft:
                continue
            prepared = self._prepared[id(raw)]
            article = prepared.article
            if article is None:
                cleaned.append(CleanedArticle(None, "", prepared.problems))
            else:
                kept = _kept(raw, article)
                cleaned.append(CleanedArticle(kept, article.digest, prepared.problems))
        lines = tuple(tuple(sorted(keys)) for keys in self._lines.get(rel, ()))
        return StoredFile(found.stamp, found.raw, found.problems, lines, tuple(cleaned))

    def clean(self, loaded: Loaded) -> Cleaned:
        """The articles of `loaded`, cleaned; raises `BuildFailed` (see the class)."""
        self._count_lines(loaded)
        problems = Problems(list(loaded.problems))
        boilerplate = boilerplate_from_counts(self._counts, self._published)
        pairs = self._prepare(loaded, boilerplate, problems)
        if not self._first:
            self._pending |= loaded.changed
            self._check_pending(loaded, pairs, problems)
        articles = unique_articles(pairs, problems)
        return Cleaned(tuple(articles), tuple(problems.items))

    def done(self) -> None:
        """The run that called `clean` last succeeded: its files are no longer pending."""
        self._pending.clear()
        self._first = False

    def _count_lines(self, loaded: Loaded) -> None:
        for rel in loaded.changed:
            for keys in self._lines.pop(rel, ()):
                self._counts.subtract(keys)
                self._published -= 1
            # The file's raw articles are new objects: last time's cleaned forms go.
            for key in self._raw_ids.pop(rel, ()):
                self._prepared.pop(key, None)
            found = loaded.files.get(rel)
            if found is None:
                continue
            self._raw_ids[rel] = tuple(map(id, found.raw))
            published = [r for r in found.raw if not r.meta.draft]
            lines = tuple(short_line_keys([b.text for b in r.blocks]) for r in published)
            for keys in lines:
                self._counts.update(keys)
            self._published += len(lines)
            self._lines[rel] = lines

    def _prepare(
        self, loaded: Loaded, boilerplate: frozenset[str], problems: Problems
    ) -> list[tuple[RawArticle, Article]]:
        pairs = []
        for rel in loaded.order:
            for raw in loaded.files[rel].raw:
                if raw.meta.draft:
                    continue
                prepared = self._prepared.get(id(raw))
                if (
                    prepared is None
                    or prepared.raw is not raw
                    or prepared.boilerplate != boilerplate
                ):
                    found = Problems()
                    article = prepare_article(raw, boilerplate, self.language, found)
                    if prepared is not None and prepared.article == article:
                        # The same article as before keeps its object (and its digest).
                        article = prepared.article
                    prepared = _Prepared(raw, boilerplate, article, tuple(found.items))
                    self._prepared[id(raw)] = prepared
                problems.items.extend(prepared.problems)
                if prepared.article is not None:
                    pairs.append((raw, prepared.article))
        return pairs

    def _check_pending(
        self, loaded: Loaded, pairs: list[tuple[RawArticle, Article]], problems: Problems
    ) -> None:
        if not self.keep_publishing or not self._pending:
            return
        publishing = {raw.path for raw, _ in pairs}
        lost = []
        for rel in sorted(self._pending):
            found = loaded.files.get(rel)
            if found is None or rel in publishing:
                continue
            if found.raw and all(r.meta.draft for r in found.raw):
                continue
            if not found.raw and not found.problems:
                continue  # not an article file (no reader for it)
            lost.append(rel)
        if lost:
            named = tuple(p for p in problems.items if p.path.split(" [")[0] in lost)
            raise BuildFailed(
                f"{', '.join(lost)}: no longer publishes an article; fix it or delete it",
                named or tuple(Problem(rel, "no article published") for rel in lost),
            )


def _kept(raw: RawArticle, article: Article) -> KeptArticle:
    """`article` as kept beside `raw` (see `KeptArticle`)."""
    position = {block: at for at, block in enumerate(raw.blocks)}
    return KeptArticle(
        article.slug,
        article.title,
        article.date,
        None if article.meta == raw.meta else article.meta,
        tuple(position.get(block, block) for block in article.blocks),
    )


def _article(raw: RawArticle, kept: KeptArticle) -> Article:
    """The cleaned article `kept` beside `raw`, sharing the raw article's paragraphs."""
    return Article(
        raw.path,
        kept.slug,
        kept.title,
        kept.date,
        raw.meta if kept.meta is None else kept.meta,
        tuple(raw.blocks[b] if isinstance(b, int) else b for b in kept.blocks),
    )


def boilerplate_digest(boilerplate: frozenset[str]) -> str:
    """A hash of a boilerplate set, the same in every process."""
    return hashlib.sha256(
        "\n".join(sorted(boilerplate)).encode("utf-8", "surrogatepass")
    ).hexdigest()
