"""The render stage: the site model becomes files (path → bytes), nothing is written yet.

Templates come from the site's `templates/` folder first and the packaged theme second, so
a site overrides the theme file by file. `plan_pages` lists every page with its template
and context; `render_site` renders them and adds static files, the JSON API and host files.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import is_not
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__
from generator.config import Config
from generator.link.site import Entity, EntityFacts, EntityRef, Entry, Site
from generator.render.entry_cache import EntryFragments
from generator.render.urls import absolute_url, base_path, output_file, page_url, relative_url

KIND_TITLES = {
    "person": "People",
    "organisation": "Organisations",
    "place": "Places",
    "topic": "Topics",
}


def theme_dir() -> Path:
    """The default theme shipped inside the package."""
    return Path(__file__).resolve().parent / "theme"


@dataclass(frozen=True)
class Page:
    url: str  # site URL, e.g. "tags/geneva/"
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Pagination:
    number: int
    count: int
    items: tuple
    prefix: str

    @property
    def previous(self) -> str | None:
        return page_url(self.prefix, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.prefix, self.number + 1) if self.number < self.count else None


def paginate(items: tuple, per_page: int, prefix: str) -> list[Pagination]:
    """Split items into pages of `per_page` (always at least one page)."""
    size = max(per_page, 1)
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [()]
    return [Pagination(n, len(chunks), chunk, prefix) for n, chunk in enumerate(chunks, start=1)]


def make_environment(config: Config) -> jinja2.Environment:
    """A Jinja2 environment: site templates over the theme, autoescaping HTML and XML."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(str(config.templates_dir)),
            jinja2.FileSystemLoader(str(theme_dir())),
        ]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=[EntryFragments],
    )
    env.globals["url"] = _url
    env.globals["absolute_url"] = lambda target: absolute_url(config.site.base_url, target)
    env.filters["isodate"] = lambda d: d.isoformat()
    env.filters["longdate"] = lambda d: f"{d.day} {d:%B %Y}"
    return env


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, target: str) -> str:
    # The 404 page is served at any depth, so it links from the site root instead.
    if context.get("absolute_links"):
        return base_path(context["config"].site.base_url) + target
    return relative_url(target, context["page_file"], context["config"].site.directory_urls)


def article_url(entry: Entry) -> str:
    return f"articles/{entry.slug}/"


def entity_url(slug: str) -> str:
    return f"tags/{slug}/"


def entity_feed_url(slug: str) -> str:
    return f"tags/{slug}/feed.xml"


TAGS_BY_NAME = "tags/"
TAGS_BY_COUNT = "tags/by-count/"


def month_url(year: int, month: int) -> str:
    return f"archive/{year:04d}/{month:02d}/"


FEED_SIZE = 50


class PagePlans:
    """Page groups planned by the last `plan_pages`, given again for the same objects.

    `digest serve` keeps the objects of entries and entities that did not change (the link
    stage returns them), so their pages come back as the very lists of `Page` objects of
    last time, and deciding that those pages are unchanged costs one identity check
    instead of building, comparing or fingerprinting their contexts. The entries and
    entities are compared with last time's in one pass at C speed: at 10,000 articles,
    planning each of their 15,000 groups on every save took 50 ms.
    """

    def __init__(self) -> None:
        self._last: dict[str, _Section] = {}
        self._next: dict[str, _Section] = {}

    def begin(self) -> None:
        self._next = {}

    def end(self) -> None:
        self._last, self._next = self._next, {}

    def section(
        self,
        name: str,
        items: Sequence[object],
        reach: int,
        settings: tuple,
        plan: Callable[[int], list[Page]],
    ) -> list[list[Page]]:
        """One group of pages per item, `plan(i)` for item `i`: last time's group where the
        item and its `reach` neighbours on each side are last time's objects (at any
        position) and `settings` equal last time's."""
        last = self._last.get(name)
        if last is None or last.settings != settings:
            groups = [plan(i) for i in range(len(items))]
        elif len(last.items) == len(items):
            groups = list(last.groups)
            for i in _changed(items, last.items, reach):
                groups[i] = plan(i)
        else:
            groups = _realigned(items, last, reach, plan)
        self._next[name] = _Section(list(items), settings, groups)
        return groups


@dataclass(frozen=True)
class _Section:
    items: list[object]
    settings: tuple
    groups: list[list[Page]]


def _changed(items: Sequence[object], last: Sequence[object], reach: int) -> list[int]:
    """Positions whose item, or an item up to `reach` places away, is not last time's."""
    changed = list(compress(range(len(items)), map(is_not, items, last)))
    if not reach or not changed:
        return changed
    near = {j for i in changed for j in range(i - reach, i + reach + 1)}
    return sorted(j for j in near if 0 <= j < len(items))


def _realigned(
    items: Sequence[object], last: _Section, reach: int, plan: Callable[[int], list[Page]]
) -> list[list[Page]]:
    """`PagePlans.section` after items came or went: each item is found at its old
    position by identity, and its group kept when its neighbours are the same too."""
    where = {id(item): j for j, item in enumerate(last.items)}
    groups = []
    for i, item in enumerate(items):
        j = where.get(id(item))
        if j is not None and all(
            _at(items, i + k) is _at(last.items, j + k) for k in range(-reach, reach + 1)
        ):
            groups.append(last.groups[j])
        else:
            groups.append(plan(i))
    return groups


def _at(items: Sequence[object], i: int) -> object | None:
    return items[i] if 0 <= i < len(items) else None


def plan_pages(site: Site, config: Config, plans: PagePlans | None = None) -> Iterator[Page]:
    """Every HTML and XML page of the site, in a fixed order."""
    for group in plan_page_groups(site, config, plans):
        yield from group


def plan_page_groups(
    site: Site, config: Config, plans: PagePlans | None = None
) -> Iterator[list[Page]]:
    """`plan_pages` in groups: an entry's page, an entity's pages and feed, and each other
    page alone. A group that `plans` found unchanged is last time's very list."""
    plans = plans or PagePlans()
    plans.begin()
    per_page = config.site.articles_per_page
    for pagination in paginate(site.entries, per_page, ""):
        yield [Page(page_url("", pagination.number), "index.html", {"pagination": pagination})]

    entries = site.entries
    yield from plans.section("entries", entries, 1, (), partial(_article_pages, entries))

    groups: dict[str, list[Entity]] = defaultdict(list)
    for entity in site.entities:
        groups[entity.kind].append(entity)
    # The tag index in two orders, as two pages, so sorting needs no JavaScript.
    for url, order, key in (
        (TAGS_BY_NAME, "name", lambda e: (e.name.casefold(), e.slug)),
        (TAGS_BY_COUNT, "count", lambda e: (-len(e.entries), e.name.casefold(), e.slug)),
    ):
        ordered = [
            (k, KIND_TITLES[k], [e.facts for e in sorted(groups[k], key=key)])
            for k in KIND_TITLES
            if groups.get(k)
        ]
        yield [Page(url, "tags.html", {"groups": ordered, "order": order})]
    settings = (per_page, config.site.title)
    entities = site.entities
    yield from plans.section(
        "entities", entities, 0, settings, lambda i: _entity_pages(entities[i], *settings)
    )

    months: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for entry in entries:
        months[(entry.article.date.year, entry.article.date.month)].append(entry)
    month_list = sorted(months, reverse=True)
    yield [
        Page(
            "archive/",
            "archive.html",
            {"months": [(y, m, len(months[(y, m)])) for y, m in month_list]},
        )
    ]
    for year, month in month_list:
        yield [
            Page(
                month_url(year, month),
                "month.html",
                {"year": year, "month": month, "entries": months[(year, month)]},
            )
        ]

    yield [Page("feed.xml", "atom.xml", {"entries": entries[:FEED_SIZE], "feed_url": "feed.xml"})]
    yield [Page("404.html", "404.html", {"absolute_links": True})]
    yield [Page("sitemap.xml", "sitemap.xml", {"urls": _sitemap_urls(site, config)})]
    yield [Page("robots.txt", "robots.txt", {})]
    plans.end()


def _article_pages(entries: Sequence[Entry], i: int) -> list[Page]:
    entry = entries[i]
    newer = entries[i - 1] if i > 0 else None
    older = entries[i + 1] if i + 1 < len(entries) else None
    context = {"entry": entry, "newer": newer, "older": older}
    return [Page(article_url(entry), "article.html", context)]


def _entity_pages(entity: Entity, per_page: int, site_title: str) -> list[Page]:
    prefix = entity_url(entity.slug)
    feed = entity_feed_url(entity.slug)
    facts = entity.facts
    pages = [
        Page(
            page_url(prefix, pagination.number),
            "tag.html",
            {"entity": facts, "pagination": pagination, "feed": feed},
        )
        for pagination in paginate(entity.entries, per_page, prefix)
    ]
    feed_context = {
        "entries": entity.entries[:FEED_SIZE],
        "feed_url": feed,
        "feed_home": prefix,
        "feed_title": f"{entity.name} · {site_title}",
    }
    return [*pages, Page(feed, "atom.xml", feed_context)]


def _sitemap_urls(site: Site, config: Config) -> list[tuple[str, str | None]]:
    urls: list[tuple[str, str | None]] = [
        ("", site.entries[0].article.date.date().isoformat() if site.entries else None)
    ]
    urls += [_entry_url(entry) for entry in site.entries]
    urls += [(TAGS_BY_NAME, None), (TAGS_BY_COUNT, None)]
    urls += [_entity_url(entity) for entity in site.entities]
    urls.append(("archive/", None))
    return urls


def _entry_url(entry: Entry) -> tuple[str, str]:
    return article_url(entry), entry.article.date.date().isoformat()


def _entity_url(entity: Entity) -> tuple[str, str]:
    return entity_url(entity.slug), entity.entries[0].article.date.date().isoformat()


def render_site(site: Site, config: Config) -> dict[str, bytes]:
    """Render every page and collect the static files: the complete output, in memory."""
    env = make_environment(config)
    common = common_context(site, config)
    files: dict[str, bytes] = {}
    for page in plan_pages(site, config):
        path, data = render_page(env, common, page)
        files[path] = data
    files.update(other_files(site, config))
    return files


def other_files(site: Site, config: Config) -> dict[str, bytes]:
    """Every output file that is not a rendered page (serve mode rebuilds these each time)."""
    return {**static_files(config), **api_files(site, config), **host_files(config)}


def common_context(site: Site, config: Config) -> dict[str, Any]:
    """What every template sees besides its page's own context."""
    return {
        "config": config,
        "site": config.site,
        "kind_titles": KIND_TITLES,
        "article_url": article_url,
        "entity_url": entity_url,
        "tags_by_name": TAGS_BY_NAME,
        "tags_by_count": TAGS_BY_COUNT,
        "month_url": month_url,
        "generator_version": __version__,
    }


def render_page(env: jinja2.Environment, common: dict[str, Any], page: Page) -> tuple[str, bytes]:
    """One page rendered: (output file path, bytes)."""
    path = output_file(page.url)
    template = env.get_template(page.template)
    context = {**common, **page.context, "page_url": page.url, "page_file": path}
    return path, template.render(context).encode("utf-8")


def host_files(config: Config) -> dict[str, bytes]:
    """`.nojekyll` (GitHub Pages publishes the files as they are) and, when a custom domain
    is configured, `CNAME`."""
    files = {".nojekyll": b""}
    if config.site.cname:
        files["CNAME"] = f"{config.site.cname.strip()}\n".encode()
    return files


def static_files(config: Config) -> dict[str, bytes]:
    """Files under `static/` of the theme and of the site's templates folder (site wins)."""
    found: dict[str, bytes] = {}
    for root in (theme_dir() / "static", config.templates_dir / "static"):
        if root.is_dir():
            for path in sorted(
                p for p in root.rglob("*") if p.is_file() and not p.name.startswith((".", "__"))
            ):
                found["static/" + path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def api_files(site: Site, config: Config) -> dict[str, bytes]:
    """`api/articles.json` and `api/entities.json`: the digest as data."""
    base = config.site.base_url
    entities = [entity.facts for entity in site.entities]
    return {
        "api/articles.json": _json_array([_article_json(e, base) for e in site.entries]),
        "api/entities.json": _json_array([_entity_json(e, base) for e in entities]),
    }


def _json_array(records: list[bytes]) -> bytes:
    # Joining bytes is a copy; joining the records as str and encoding the result (27 MB
    # at 10,000 articles, on every `digest serve` rebuild) cost ten times as much.
    return b"".join((b"[", b",".join(records), b"]\n"))


def _ref_json(ref: EntityRef, base: str) -> dict:
    return {
        "name": ref.name,
        "type": ref.kind,
        "slug": ref.slug,
        "url": absolute_url(base, entity_url(ref.slug)),
    }


def _article_json(entry: Entry, base: str) -> bytes:
    return _json(
        {
            "slug": entry.slug,
            "url": absolute_url(base, article_url(entry)),
            "title": entry.article.title,
            "date": entry.article.date.isoformat(),
            "source": entry.article.meta.source,
            "original_url": entry.article.meta.url,
            "summary": list(entry.summary),
            "entities": [_ref_json(r, base) for r in entry.entities],
        }
    )


def _entity_json(entity: EntityFacts, base: str) -> bytes:
    return _json(
        {
            **_ref_json(EntityRef(entity.name, entity.kind, entity.slug), base),
            "articles": entity.count,
            "aliases": list(entity.aliases),
            "co_mentions": [{**_ref_json(r, base), "count": n} for r, n in entity.co_mentions],
            "first_seen": entity.first_seen.isoformat(),
            "last_seen": entity.last_seen.isoformat(),
            "feed": absolute_url(base, entity_feed_url(entity.slug)),
        }
    )


def _json(data: Any) -> bytes:
    # Compact: Python's C JSON encoder only runs without `indent`.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
