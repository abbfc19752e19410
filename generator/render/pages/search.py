"""The search page (`search/`): a form and the script that asks the Pagefind index
(`generator.search`). It shows nothing of the site's content itself, so its signature is
empty: it changes with the templates only."""

from __future__ import annotations

from generator.config import Config
from generator.render.pages.page import Page, Section, single
from generator.render.urls import SEARCH_URL


def sections(config: Config) -> list[Section]:
    """The search page; nothing with `[search]` off."""
    if not config.search.enabled:
        return []
    return [single(Page(SEARCH_URL, "search.html", {}, ()))]
