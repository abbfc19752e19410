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

from dataclasses import dataclass

import jinja2

from generator.config import Config
from generator.link.site import Site
from generator.render.api import ApiFiles
from generator.render.files import host_files, static_files
from generator.render.pages import plan_sections
from generator.render.pages.site_files import SitemapUrls
from generator.render.theme import common_context, make_environment, render_page, templates_stamp
from generator.render.urls import output_file


@dataclass(frozen=True)
class Rendered:
    """What one call of the render stage made."""

    pages: dict[str, bytes]  # the pages rendered this time, by output file
    other: dict[str, bytes]  # every file that is not a page: static files, the API, host files
    removed: tuple[str, ...]  # files of last call's pages that the site no longer has
    rendered: int  # pages rendered this time
    html_pages: int  # HTML pages of the whole site


@dataclass(frozen=True)
class _Group:
    signature: object
    pages: dict[str, object]  # URL → the page's signature
    html: int  # how many of them are HTML pages


class Renderer:
    """Renders a site's pages again and again, each page only when what it shows changed."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._env: jinja2.Environment | None = None
        self._stamp: tuple = ()
        self._groups: dict[str, _Group] = {}
        self._sitemap_urls = SitemapUrls()
        self._api = ApiFiles()

    def render(self, site: Site) -> Rendered:
        """The files of `site` that changed since the last call (every file on the first).

        Raises `jinja2.TemplateError` when a template fails; nothing of the call is kept
        then, so the next call renders the same pages again.
        """
        config = self.config
        stamp = templates_stamp(config)
        env, last = self._env, self._groups
        # New templates: every page is rendered again (last call's pages still tell which
        # files are gone).
        reuse = env is not None and stamp == self._stamp
        if not reuse:
            env = make_environment(config)
        common = common_context(config)
        files: dict[str, bytes] = {}
        removed: list[str] = []
        groups: dict[str, _Group] = {}
        rendered = 0
        for section in plan_sections(site, config, self._sitemap_urls):
            for i, (key, signature) in enumerate(
                zip(section.keys, section.signatures, strict=True)
            ):
                before = last.get(key)
                if reuse and before is not None and before.signature == signature:
                    groups[key] = before
                    continue
                made: dict[str, object] = {}
                kept = before.pages if reuse and before is not None else {}
                for page in section.plan(i):
                    made[page.url] = page.signature
                    if kept.get(page.url) == page.signature:
                        continue
                    path, data = render_page(env, common, page.url, page.template, page.context)
                    files[path] = data
                    rendered += 1
                if before is not None:
                    removed += [output_file(url) for url in before.pages.keys() - made.keys()]
                html = sum(1 for url in made if output_file(url).endswith(".html"))
                groups[key] = _Group(signature, made, html)
        for key in last.keys() - groups.keys():
            removed += [output_file(url) for url in last[key].pages]
        env.entry_fragments.trim(site.entries)
        other = {
            **static_files(config),
            **self._api(site, config.site.base_url),
            **host_files(config),
        }
        self._env, self._stamp, self._groups = env, stamp, groups
        html_pages = sum(group.html for group in groups.values())
        return Rendered(files, other, tuple(sorted(removed)), rendered, html_pages)


def render_site(site: Site, config: Config) -> dict[str, bytes]:
    """Every file of `site`, rendered from scratch: the complete output, in memory."""
    rendered = Renderer(config).render(site)
    return {**rendered.pages, **rendered.other}
