"""The theme: the Jinja environment pages are rendered with, and what every template sees.

Templates come from the site's `templates/` folder first and the packaged theme second (the
top-level `templates/` of the checkout, shipped as `generator/render/theme`), so a site
overrides the theme file by file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__
from generator.config import Config
from generator.render import entry_cache
from generator.render.compiled import FOLDER as COMPILED_FOLDER
from generator.render.compiled import CompiledTemplates
from generator.render.entry_cache import EntryFragments
from generator.render.marks import mark_summary
from generator.render.share import news_article, outlet
from generator.render.urls import (
    SEARCH_URL,
    TAGS_BY_COUNT,
    TAGS_BY_NAME,
    absolute_url,
    article_url,
    base_path,
    entity_url,
    month_url,
    output_file,
    relative_url,
    story_url,
)
from generator.stamps import THEME_DIR

KIND_TITLES = {
    "person": "People",
    "organisation": "Organisations",
    "place": "Places",
    "topic": "Topics",
}


def theme_dir() -> Path:
    """The default theme shipped inside the package."""
    return THEME_DIR


def make_environment(config: Config, cache: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment: site templates over the theme, autoescaping HTML and XML.
    With a `cache` folder, compiled templates are kept there for the next process
    (`generator.render.compiled`)."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(str(config.templates_dir)),
            jinja2.FileSystemLoader(str(theme_dir())),
        ]
    )
    escaped = ["html", "xml"]
    options: dict[str, Any] = {"trim_blocks": True, "lstrip_blocks": True}
    options["keep_trailing_newline"] = True
    if cache is not None:
        # What the compiled code depends on besides the template: these options, the
        # escaped kinds of file and the source of the one extension, which adds a tag.
        extension = Path(entry_cache.__file__).read_bytes()
        settings = f"{sorted(options.items())} {escaped} {hashlib.sha256(extension).hexdigest()}"
        options["bytecode_cache"] = CompiledTemplates(cache / COMPILED_FOLDER, settings)
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(escaped),
        undefined=jinja2.StrictUndefined,
        extensions=[EntryFragments],
        **options,
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


def common_context(config: Config) -> dict[str, Any]:
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
        "story_url": story_url,
        "search_url": SEARCH_URL,
        "generator_version": __version__,
        "mark_summary": mark_summary,
        "outlet": outlet,
        "news_article": news_article,
    }


def render_page(
    env: jinja2.Environment, common: dict[str, Any], url: str, template: str, context: dict
) -> tuple[str, bytes]:
    """One page rendered: (output file path, bytes)."""
    path = output_file(url)
    page = {**common, **context, "page_url": url, "page_file": path}
    return path, env.get_template(template).render(page).encode("utf-8")
