"""The render stage: the site model becomes files (path → bytes); nothing is written yet.

`Renderer.render` plans every page in sections of groups (`pages`), renders the pages
whose signature changed since its last call — all of them on the first call, and again
whenever a template or the theme changed — and makes the files that are not pages (static
files, the API, host files). A group whose signature is last call's is not even planned:
at 10,000 articles a save re-plans a few dozen of some 15,000 groups. The signatures are
made of the versions of entries and entities (`generator.link.site`), so they mean the
same in every process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.build_state import StoredGroup, StoredRelated
from generator.config import Config
from generator.editions.plan import EditionPlanner
from generator.link.site import Site
from generator.link.site import version_of as signature_digest
from generator.render.api import ApiFiles
from generator.render.files import host_files, static_files
from generator.render.pages import plan_sections
from generator.render.pages.page import Page
from generator.render.pages.site_files import SitemapUrls
from generator.render.related import RelatedArticles
from generator.render.theme import common_context, make_environment, render_page
from generator.render.urls import output_file
from generator.stamps import templates_stamp


@dataclass(frozen=True)
class Rendered:
    """What one call of the render stage made: the pages to write, rendered one by one as
    they are read (so a whole site never sits in memory), and everything else."""

    pages: Iterable[tuple[str, bytes]]  # (output file, bytes); to be read once
    rendered: int  # how many pages `pages` gives
    files: tuple[str, ...]  # the output files `pages` gives, in its order
    other: dict[str, bytes]  # every file that is not a page: static files, the API, host files
    removed: tuple[str, ...]  # files of last call's pages that the site no longer has
    html_pages: int  # HTML pages of the whole site
    state: _State  # the renderer's state once these pages are written (see `commit`)

    @property
    def regrouped(self) -> bool:
        """Whether a group of pages was planned anew or is gone: the saved state's groups
        then change, even when no page needs rendering."""
        return bool(self.state.made or self.state.gone)


@dataclass(frozen=True)
class _State:
    env: jinja2.Environment
    stamp: tuple
    groups: dict[str, _Group]
    made: set[str]
    gone: set[str]


@dataclass(frozen=True)
class _Group:
    signature: object
    pages: dict[str, object]  # URL → the page's signature
    html: int  # how many of them are HTML pages
    # Restored from a saved run: `signature` and the pages' are their digests
    # (`link.site.version_of`: the same in every process), which this process compares with.
    digested: bool = False

    def holds(self, signature: object) -> bool:
        """Whether `signature` is the one this group was planned with."""
        if self.digested:
            return self.signature == signature_digest(signature)
        return self.signature == signature

    def shows(self, url: str, signature: object) -> bool:
        """Whether this group's page `url` was rendered with `signature`."""
        kept = self.pages.get(url)
        if kept is None:
            return False
        return kept == (signature_digest(signature) if self.digested else signature)


class Renderer:
    """Renders a site's pages again and again, each page only when what it shows changed.
    `once`: it renders once (a one-shot build), and keeps nothing only a next call would
    use."""

    def __init__(self, config: Config, once: bool = False, cache: Path | None = None) -> None:
        self.config = config
        self._cache = cache  # where compiled templates are kept between processes, if anywhere
        self._env: jinja2.Environment | None = None
        self._stamp: tuple = ()
        self._groups: dict[str, _Group] = {}
        self._sitemap_urls = SitemapUrls()
        self._related = RelatedArticles()
        self._editions = EditionPlanner()
        self._api = ApiFiles(keep=not once)
        self._made: set[str] = set()  # keys of the groups planned by the last call
        self._gone: set[str] = set()  # keys of the groups the last call found gone

    def restore(self, groups: Mapping[str, StoredGroup], stamp: tuple) -> None:
        """Start from the pages a saved run rendered (`generator.build_state`) with the
        templates of `stamp`: the next call renders only pages whose signature changed."""
        self._groups = {
            key: _Group(group.signature, dict(group.pages), group.html, digested=True)
            for key, group in groups.items()
        }
        self._stamp = stamp

    def restore_related(self, saved: StoredRelated) -> None:
        """Start the related articles from a saved run's answers (`render.related`)."""
        self._related.restore(saved)

    def stored_related(self, everything: bool = False) -> StoredRelated:
        """The related articles' answers made since the last save (`everything`: all)."""
        return self._related.stored(everything)

    @property
    def stamp(self) -> tuple:
        """The templates' stamp of the last call."""
        return self._stamp

    def templates_changed(self, since: tuple) -> bool:
        """Whether a template or a theme file changed since the templates had the stamp
        `since`."""
        return templates_stamp(self.config) != since

    def stored(self, everything: bool = False) -> tuple[dict[str, StoredGroup], set[str]]:
        """The groups the last call planned (`everything`: all groups), as
        `generator.build_state` keeps them, and the keys of the groups it found gone."""
        made = {}
        for key in self._groups if everything else self._made:
            group = self._groups[key]
            if group.digested:
                pages = tuple(group.pages.items())
                made[key] = StoredGroup(group.signature, pages, group.html)
                continue
            pages = tuple((url, signature_digest(sig)) for url, sig in group.pages.items())
            made[key] = StoredGroup(signature_digest(group.signature), pages, group.html)
        return made, self._gone

    def render(self, site: Site) -> Rendered:
        """The files of `site` that changed since the last call (every file on the first),
        planned; the pages are rendered as `Rendered.pages` is read, which raises
        `jinja2.TemplateError` when a template fails. Nothing of the call is kept until
        `commit` is called (once the files are written), so after a failure the next call
        renders the same pages again."""
        config = self.config
        stamp = templates_stamp(config)
        last = self._groups
        # New templates: every page is rendered again (last call's pages still tell which
        # files are gone).
        reuse = stamp == self._stamp
        env = (
            self._env if reuse and self._env is not None else make_environment(config, self._cache)
        )
        todo: list[Page] = []
        removed: list[str] = []
        groups: dict[str, _Group] = {}
        for section in plan_sections(
            site, config, self._sitemap_urls, self._related, self._editions
        ):
            for i, (key, signature) in enumerate(
                zip(section.keys, section.signatures, strict=True)
            ):
                before = last.get(key)
                if reuse and before is not None and before.holds(signature):
                    groups[key] = before
                    continue
                made: dict[str, object] = {}
                for page in section.plan(i):
                    made[page.url] = page.signature
                    if reuse and before is not None and before.shows(page.url, page.signature):
                        continue
                    todo.append(page)
                if before is not None:
                    removed += [output_file(url) for url in before.pages.keys() - made.keys()]
                html = sum(1 for url in made if output_file(url).endswith(".html"))
                groups[key] = _Group(signature, made, html)
        gone = last.keys() - groups.keys()
        for key in gone:
            removed += [output_file(url) for url in last[key].pages]
        other = {
            **static_files(config),
            **self._api(site, config.site.base_url),
            **host_files(config),
        }
        made = {key for key, group in groups.items() if group is not last.get(key)}
        html_pages = sum(group.html for group in groups.values())
        pages = _render_pages(env, common_context(config), todo, site)
        state = _State(env, stamp, groups, made, gone)
        files = tuple(output_file(page.url) for page in todo)
        return Rendered(pages, len(todo), files, other, tuple(sorted(removed)), html_pages, state)

    def commit(self, rendered: Rendered) -> None:
        """Keep what `rendered` planned: its files are written."""
        state = rendered.state
        self._env, self._stamp, self._groups = state.env, state.stamp, state.groups
        self._made, self._gone = state.made, state.gone


def _render_pages(
    env: jinja2.Environment, common: dict, todo: list[Page], site: Site
) -> Iterator[tuple[str, bytes]]:
    for page in todo:
        yield render_page(env, common, page.url, page.template, page.context)
    # The cards of entries no longer on the site go, once the pages are rendered.
    env.entry_fragments.trim(site.entries)


def render_site(site: Site, config: Config) -> dict[str, bytes]:
    """Every file of `site`, rendered from scratch: the complete output, in memory."""
    rendered = Renderer(config).render(site)
    return {**dict(rendered.pages), **rendered.other}
