"""Incremental rebuilds for `digest serve` and `digest watch`: the pipeline, keeping state.

The stages are the ones `build` runs, in the same order, but each keeps what it computed
last time and redoes only what changed:

* load re-reads only content files whose size or modification time changed;
* clean keeps each article's cleaned form while the corpus boilerplate stays the same (the
  per-line counts behind it are updated file by file);
* analyse runs only for new or changed articles (then the on-disk cache, then the NLP);
* link runs over the whole corpus every time (entity merging is corpus-wide), reusing each
  unchanged article's and group's part (`generator.link.memo`), and gives unchanged entries
  and entities back as last time's objects;
* render re-renders a page only when its template context, the shared context or the
  templates changed: a page planned from last time's objects is unchanged at a glance,
  others are compared by fingerprint; write touches only files whose bytes changed.

Nothing is written until a rebuild has fully succeeded.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2

from generator.analyse import AnalysisSettings
from generator.analyse import cache as analysis_cache
from generator.analyse.mentions import ModelNotFound
from generator.articles import Analysis, Article, RawArticle
from generator.build import BuildFailed, describe_template_error, protected_paths, site_counts
from generator.clean import prepare_article, unique_articles
from generator.clean.boilerplate import boilerplate_from_counts, short_line_keys
from generator.config import Config
from generator.link import link_site
from generator.link.site import EntityFacts, Site
from generator.load import ContentListing, list_content, read_content_file
from generator.problems import Problem, Problems
from generator.render import (
    Page,
    PagePlans,
    Pagination,
    common_context,
    make_environment,
    other_files,
    plan_page_groups,
    render_page,
    theme_dir,
)
from generator.render.urls import output_file
from generator.write import OutputError, check_output_dir, update_site, write_site


class _Stopwatch:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps.append((name, now - self._last))
        self._last = now


@dataclass
class _Source:
    """One content file as last read."""

    stamp: tuple[int, int]  # (mtime_ns, size)
    raw: tuple[RawArticle, ...]
    problems: tuple[Problem, ...]
    lines: tuple[frozenset[str], ...]  # boilerplate candidates of each published article


@dataclass
class _Prepared:
    """One raw article after cleaning, for one boilerplate set, and its analysis."""

    boilerplate: frozenset[str]
    article: Article | None
    problems: tuple[Problem, ...]
    analysis: Analysis | None = None


@dataclass(frozen=True)
class RebuildResult:
    """What one (re)build did."""

    articles: int
    pages: int
    entities: int
    problems: tuple[Problem, ...]
    seconds: float
    analysed: int  # articles that needed analysis (from the cache or the NLP)
    rendered: int  # pages rendered
    written: int  # files written
    removed: int  # files deleted
    stages: tuple[tuple[str, float], ...] = ()  # seconds per stage

    def summary_line(self) -> str:
        counts = site_counts(self.articles, self.pages, self.entities, self.problems)
        return (
            f"{counts}; {self.analysed} analysed, {self.rendered} rendered, "
            f"{self.written} written, {self.removed} removed in {self.seconds:.2f} s"
        )

    def stages_line(self) -> str:
        """Where the time went: 'load 0.01 s, clean 0.00 s, ...'."""
        return ", ".join(f"{name} {seconds:.2f} s" for name, seconds in self.stages)


@dataclass
class IncrementalBuilder:
    """Builds `config`'s site again and again, reusing everything that did not change.

    `strict_changed` (serve and watch mode) makes a rebuild fail when a content file changed
    since the last good build no longer publishes an article, so that the mistake shows up
    instead of the page silently vanishing.
    """

    config: Config
    use_cache: bool = True
    strict_changed: bool = True
    analyse_progress: Callable[[int, int], None] | None = None
    _sources: dict[str, _Source] = field(default_factory=dict)
    _counts: Counter[str] = field(default_factory=Counter)
    _published: int = 0
    _prepared: dict[int, tuple[RawArticle, _Prepared]] = field(default_factory=dict)
    _pending: set[str] = field(default_factory=set)
    _env: jinja2.Environment | None = None
    _templates_stamp: tuple = ()
    _common: dict[str, Any] | None = None
    _signatures: dict[str, int] = field(default_factory=dict)
    _fingerprints: dict[int, tuple[object, int]] = field(default_factory=dict)
    _pages: dict[str, Page] = field(default_factory=dict)  # last plan's pages by URL
    # id of each group of pages planned last time → (the group, its pages' signatures)
    _groups: dict[int, tuple[list[Page], dict[str, int]]] = field(default_factory=dict)
    _fingerprints_kept: int = 0  # size of the fingerprint memo when it was last cut down
    _plans: PagePlans = field(default_factory=PagePlans)
    # each written file's digest; a file that is not a page is its own (see `_write`)
    _digests: dict[str, bytes] = field(default_factory=dict)
    _html_pages: int = 0  # HTML files among `_digests`, counted when its files change
    # the page URLs of the last write and their files
    _page_files: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    _written_once: bool = False
    _site: Site | None = None
    _listing: ContentListing | None = None
    _sorted: list[str] | None = None  # the keys of `_sources`, sorted

    def rebuild(self, hints: Iterable[str] | None = None) -> RebuildResult:
        """Bring the output folder up to date; raises `BuildFailed`, leaving it as it was.

        `hints` are the absolute paths a watcher saw change since the last rebuild, if
        known; they spare listing the content folder (see `_load`)."""
        started = time.perf_counter()
        config = self.config
        try:
            check_output_dir(config.output_dir, protected_paths(config))
        except OutputError as exc:
            raise BuildFailed(str(exc)) from None
        if not config.content_dir.is_dir():
            raise BuildFailed(f"content folder {config.content_dir} does not exist")

        clock = _Stopwatch()
        changed = self._load(hints)
        clock.lap("load")
        if self._written_once:
            # Broken files found by the first build are warnings, as in `digest build`.
            self._pending |= changed
        else:
            self._pending.clear()
        problems = Problems()
        if self._listing is not None:
            problems.items.extend(self._listing.problems)
        for rel in self._order():
            problems.items.extend(self._sources[rel].problems)
        if not self._sources:
            problems.warn(config.paths.content, "no articles found")
        boilerplate = boilerplate_from_counts(self._counts, self._published)
        pairs = self._prepare(boilerplate, problems)
        self._check_pending(pairs, problems)
        articles = unique_articles(pairs, problems)
        clock.lap("clean")
        analysed = self._analyse(pairs, problems)
        analyses = [self._prepared[id(raw)][1].analysis for raw, _ in pairs]
        clock.lap("analyse")
        if changed or self._site is None:
            # Linking is a pure function of the articles and analyses: with no content
            # change since the last link (a template or CSS edit), its site still holds.
            # Unchanged entries and entities come back as the same objects (`link_site`
            # keeps them), which is how the render stage skips their pages cheaply.
            self._site = link_site(articles, analyses, config, problems.items)
        site = self._site
        clock.lap("link")

        if not config.output_dir.is_dir():
            # Someone removed the output folder: write the whole site again.
            self._written_once = False
            self._signatures = {}
        try:
            files, signatures, rendered, stamp, common = self._render(site)
        except jinja2.TemplateError as exc:
            raise BuildFailed(f"template error: {describe_template_error(exc)}") from None
        clock.lap("render")
        try:
            written, removed = self._write(files, signatures)
        except OutputError as exc:
            raise BuildFailed(str(exc)) from None
        clock.lap("write")
        self._templates_stamp, self._common = stamp, common
        self._pending.clear()
        return RebuildResult(
            articles=len(site.entries),
            pages=self._html_pages,
            entities=len(site.entities),
            problems=site.problems,
            seconds=time.perf_counter() - started,
            analysed=analysed,
            rendered=rendered,
            written=written,
            removed=removed,
            stages=tuple(clock.laps),
        )

    # load ---------------------------------------------------------------------------------

    def _load(self, hints: Iterable[str] | None) -> set[str]:
        """Re-read new and changed content files, forget deleted ones; the changed paths.

        With `hints` (the paths a watcher saw change) and last time's listing still
        holding, only the hinted files are looked at: listing and checking 10,000 files
        took 50–70 ms of every save. Anything the listing does not explain (a folder
        changed, a hinted file it does not know) lists the folder again.
        """
        listing = self._listing
        named = listing.named(hints) if listing is not None and hints is not None else None
        listed = named is None or not listing.holds()
        if listed:
            listing = self._listing = list_content(self.config.content_dir)
            named = listing.files
        changed: set[str] = set()
        max_size = self.config.build.max_file_size
        for path, rel in named:
            try:
                st = os.stat(path)
                stamp = (st.st_mtime_ns, st.st_size)
            except OSError:
                stamp = (-1, -1)
            old = self._sources.get(rel)
            if old is not None and old.stamp == stamp:
                continue
            problems = Problems()
            raw = tuple(read_content_file(Path(path), rel, problems, max_file_size=max_size))
            self._replace(rel, _Source(stamp, raw, tuple(problems.items), ()))
            changed.add(rel)
        if listed:
            for rel in self._sources.keys() - listing.rels.values():
                self._replace(rel, None)
                changed.add(rel)
        return changed

    def _replace(self, rel: str, new: _Source | None) -> None:
        old = self._sources.pop(rel, None)
        if old is None or new is None:
            self._sorted = None
        if old is not None:
            for keys in old.lines:
                self._counts.subtract(keys)
            self._published -= len(old.lines)
            for raw in old.raw:
                self._prepared.pop(id(raw), None)
        if new is None:
            return
        published = [r for r in new.raw if not r.meta.draft]
        new.lines = tuple(short_line_keys([b.text for b in r.blocks]) for r in published)
        for keys in new.lines:
            self._counts.update(keys)
        self._published += len(new.lines)
        self._sources[rel] = new

    # clean --------------------------------------------------------------------------------

    def _prepare(
        self, boilerplate: frozenset[str], problems: Problems
    ) -> list[tuple[RawArticle, Article]]:
        language = self.config.site.language
        pairs = []
        for rel in self._order():
            for raw in self._sources[rel].raw:
                if raw.meta.draft:
                    continue
                memo = self._prepared.get(id(raw))
                if memo is None or memo[0] is not raw or memo[1].boilerplate != boilerplate:
                    found = Problems()
                    article = prepare_article(raw, boilerplate, language, found)
                    previous = memo[1].analysis if memo and memo[1].article == article else None
                    memo = (raw, _Prepared(boilerplate, article, tuple(found.items), previous))
                    self._prepared[id(raw)] = memo
                problems.items.extend(memo[1].problems)
                if memo[1].article is not None:
                    pairs.append((raw, memo[1].article))
        return pairs

    def _order(self) -> list[str]:
        """The content files' relative paths, sorted (again only when files come or go)."""
        if self._sorted is None:
            self._sorted = sorted(self._sources)
        return self._sorted

    def _check_pending(self, pairs: list[tuple[RawArticle, Article]], problems: Problems) -> None:
        if not self.strict_changed or not self._pending:
            return
        publishing = {raw.path for raw, _ in pairs}
        lost = []
        for rel in sorted(self._pending):
            source = self._sources.get(rel)
            if source is None or rel in publishing:
                continue
            if source.raw and all(r.meta.draft for r in source.raw):
                continue
            if not source.raw and not source.problems:
                continue  # not an article file (no reader for it)
            lost.append(rel)
        if lost:
            found = tuple(p for p in problems.items if p.path.split(" [")[0] in lost)
            raise BuildFailed(
                f"{', '.join(lost)}: no longer publishes an article; fix it or delete it",
                found or tuple(Problem(rel, "no article published") for rel in lost),
            )

    # analyse ------------------------------------------------------------------------------

    def _analyse(self, pairs: list[tuple[RawArticle, Article]], problems: Problems) -> int:
        prepared = self._prepared
        todo = [p for raw, _ in pairs if (p := prepared[id(raw)][1]).analysis is None]
        if not todo:
            return 0
        settings = AnalysisSettings.from_config(self.config)
        # The whole file is checked for corruption once per session, not on every save.
        cache = (
            analysis_cache.open_cache(
                self.config.cache_dir, settings, problems.warn, check=not self._written_once
            )
            if self.use_cache
            else None
        )
        total = len(todo)
        progress = self.analyse_progress
        try:
            results = analysis_cache.analyse_with_cache(
                [p.article for p in todo],
                settings,
                cache,
                (lambda done: progress(done, total)) if progress else None,
            )
        except ModelNotFound as exc:
            raise BuildFailed(str(exc)) from None
        finally:
            if cache is not None:
                cache.close()
        for prepared, analysis in zip(todo, results, strict=True):
            prepared.analysis = analysis
        return total

    # render -------------------------------------------------------------------------------

    def _render(self, site) -> tuple[dict[str, bytes], dict[str, int], int, tuple, dict]:
        """Files to (re)consider writing, the new page signatures, how many pages were
        rendered, and the template stamp and shared context they were rendered with."""
        config = self.config
        stamp = self._stamp_templates()
        if self._env is None or stamp != self._templates_stamp:
            self._env = make_environment(config)
            self._signatures = {}
        common = common_context(site, config)
        fragments = self._env.entry_fragments
        if common != self._common:
            self._signatures = {}
            fragments.clear()
        files: dict[str, bytes] = {}
        signatures: dict[str, int] = {}
        rendered = 0
        fingerprints = Fingerprints(self._fingerprints)
        last_signatures, last_pages, last_groups = self._signatures, self._pages, self._groups
        pages = dict(last_pages) if last_signatures else {}
        plan = list(plan_page_groups(site, config, self._plans))
        groups: dict[int, tuple[list[Page], dict[str, int]]] = {}
        todo = plan
        if last_signatures:
            # A group that is last time's very list of pages, planned from the same
            # objects, is unchanged: last time's signatures stand for its pages without
            # a look at them, or a step per group (15,000 at 10,000 articles). Last time's
            # groups are alive in `last_groups`, so an id found there is that group.
            signatures, groups = dict(last_signatures), dict(last_groups)
            for gone in last_groups.keys() - set(map(id, plan)):
                for path in groups.pop(gone)[1]:
                    signatures.pop(path, None)
            todo = [group for group in plan if id(group) not in last_groups]
        for group in todo:
            made: dict[str, int] = {}
            for page in group:
                path = page.url
                last = pages.get(path)
                pages[path] = page
                if last is not None and path in last_signatures and _same_page(page, last):
                    # Last time's objects: unchanged, known without fingerprinting them.
                    made[path] = last_signatures[path]
                    continue
                signature = fingerprints.of((page.template, page.context))
                made[path] = signature
                if last_signatures.get(path) == signature:
                    continue
                out, data = render_page(self._env, common, page)
                files[out] = data
                rendered += 1
            signatures.update(made)
            groups[id(group)] = (group, made)
        if len(pages) != len(signatures):
            pages = {url: page for url, page in pages.items() if url in signatures}
        self._fingerprints = self._carry_fingerprints(fingerprints, pages)
        self._pages, self._groups = pages, groups
        fragments.trim(site.entries)
        files.update(other_files(site, config))
        return files, signatures, rendered, stamp, common

    def _carry_fingerprints(
        self, fingerprints: Fingerprints, pages: dict[str, Page]
    ) -> dict[int, tuple[object, int]]:
        """The fingerprints to start the next rebuild with: last ones and this rebuild's.

        Most pages are not fingerprinted at all (their objects are last time's), so the
        memo is carried over whole; it also keeps the objects of edited entries alive, so
        once it has doubled it is cut down to the values of the current pages.
        """
        carried = fingerprints.previous
        carried.update(fingerprints.memo)
        if len(carried) > 2 * self._fingerprints_kept + 1024:
            kept = Fingerprints(carried)
            for page in pages.values():
                for value in page.context.values():
                    kept.keep(value)
            carried = kept.memo
            self._fingerprints_kept = len(carried)
        return carried

    def _stamp_templates(self) -> tuple:
        found = []
        for root in (self.config.templates_dir, theme_dir()):
            if root.is_dir():
                for path in sorted(root.rglob("*")):
                    try:
                        st = path.stat()
                    except OSError:
                        continue
                    found.append((str(path), st.st_mtime_ns, st.st_size))
        return tuple(found)

    # write --------------------------------------------------------------------------------

    def _write(self, files: dict[str, bytes], signatures: dict[str, int]) -> tuple[int, int]:
        output = self.config.output_dir
        if signatures.keys() != self._page_files[0]:
            self._page_files = (set(signatures), {output_file(url) for url in signatures})
        kept = self._page_files[1] | files.keys()
        if kept == self._digests.keys():
            digests = dict(self._digests)  # the same files as last time (most saves)
        else:
            digests = {rel: self._digests[rel] for rel in kept if rel in self._digests}
        changes = {}
        pages = self._page_files[1]
        for rel, data in files.items():
            # The files that are not pages (the API, static files) are made on every
            # rebuild; they are kept as they are, their own digest: comparing with last
            # time's bytes is cheaper than hashing them (the API is 33 MB at 10,000 articles).
            digest = hashlib.blake2b(data, digest_size=16).digest() if rel in pages else data
            if digests.get(rel) != digest or not self._written_once:
                changes[rel] = data
            digests[rel] = digest
        removed = sorted(self._digests.keys() - kept)
        if not self._written_once:
            # The first build renders every page; it is swapped in at once, like `digest build`.
            write_site(files, output)
            self._written_once = True
            written = len(files)
        else:
            update_site(changes, removed, output)
            written = len(changes)
        if digests.keys() != self._digests.keys():
            self._html_pages = sum(1 for rel in digests if rel.endswith(".html"))
        self._signatures = signatures
        self._digests = digests
        return written, len(removed)


_FRESH = itertools.count()


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type; None for other types."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


class Fingerprints:
    """Fingerprints of template contexts: equal values give equal fingerprints.

    A page is re-rendered when the fingerprint of its template and context changes. Deep
    equality against the previous context would cost as much as the contexts are big (an
    entity page holds every entry of its entity); a fingerprint is computed once per object
    and rebuild instead, and carried over for objects that survive a rebuild unchanged
    (cleaned texts, metadata, summaries: the memo keeps them alive, so `id` stays theirs).
    Fingerprints are Python hashes of the values' parts, 64 bits: equal fingerprints of
    different contexts (a page left stale) have a chance of about 2**-64 per changed page.
    """

    # Exact types: a subclass could compare differently, so it is never taken as unchanged.
    _SCALARS = frozenset((str, int, float, bool, type(None), datetime, date))

    def __init__(self, previous: dict[int, tuple[object, int]]):
        self.previous = previous
        self.memo: dict[int, tuple[object, int]] = {}

    def keep(self, value: object) -> None:
        """Carry `value`'s fingerprint over to the next rebuild, if it has one, without
        computing it (its page was found unchanged; other pages may list it later)."""
        key = id(value)
        if key not in self.memo:
            hit = self.previous.get(key)
            if hit is not None and hit[0] is value:
                self.memo[key] = hit

    def of(self, value: object) -> int:
        """The fingerprint of `value` (dataclasses, tuples, lists, dicts and scalars)."""
        cls = type(value)
        if cls in self._SCALARS:
            return hash((cls, value))
        key = id(value)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.previous.get(key)
            if hit is not None and hit[0] is value:
                self.memo[key] = hit
        if hit is not None and hit[0] is value:
            return hit[1]
        names = _field_names(cls)
        if names is not None:
            fingerprint = hash((cls, tuple([self.of(getattr(value, name)) for name in names])))
        elif cls is tuple or cls is list:
            fingerprint = hash((cls, tuple(map(self.of, value))))
        elif cls is dict:
            # In insertion order: page contexts are built in one fixed order, and a dict
            # built in another order only costs a needless re-render, never a stale page.
            items = tuple([(k, self.of(v)) for k, v in value.items()])
            fingerprint = hash((dict, items))
        else:
            # Anything else is never taken for unchanged: the page is rendered again.
            fingerprint = hash(("unknown", next(_FRESH)))
        self.memo[key] = (value, fingerprint)
        return fingerprint


# Context values made afresh on every plan that compare cheaply: URLs and titles, lists of
# entries (a month, the sitemap's URLs), paginations, and the facts of a tag whose entity
# changed (its pages are planned again, but most show what they showed).
_COMPARED = Fingerprints._SCALARS | {list, tuple, Pagination, EntityFacts}


def _same_page(page: Page, last: Page) -> bool:
    """Whether a page shows what `last` showed: the same `Page` (planned from the same
    objects), or the same template and context entries that are the same objects or equal
    values of the same exact type from `_COMPARED`."""
    if page is last:
        return True
    if page.template != last.template or len(page.context) != len(last.context):
        return False
    for (name, value), (last_name, last_value) in zip(
        page.context.items(), last.context.items(), strict=True
    ):
        if name != last_name:
            return False
        if value is not last_value and not (
            type(value) in _COMPARED and type(last_value) is type(value) and value == last_value
        ):
            return False
    return True
