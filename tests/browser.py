"""A headless Chromium for tests about what a person sees, driven by Playwright.

Debian's /usr/bin/chromium (installed by `make test` through tools/system-deps.sh), never
Playwright's own browser download. Use it from a test module with

    from tests.browser import browser_page  # noqa: F401 (a fixture)

    def test_something(browser_page):  # noqa: F811
        browser_page.goto(url)

One browser per test process, started on first use; each test gets a fresh context.
`browser_pages` makes more, with context options (`browser_pages(color_scheme="dark")`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


_started: dict[str, object] = {}


def _chromium(config: pytest.Config) -> Browser:
    """The session's headless Chromium, started on first use and closed when pytest ends."""
    if "browser" not in _started:
        assert CHROMIUM.is_file(), f"{CHROMIUM} missing: run `bash tools/system-deps.sh`"
        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        _started["browser"] = browser

        def close() -> None:
            browser.close()
            playwright.stop()
            _started.clear()

        config.add_cleanup(close)
    return _started["browser"]


@pytest.fixture
def browser_page(request: pytest.FixtureRequest) -> Iterator[Page]:
    """A blank page of headless Chromium, in a fresh context (no cookies, no cache)."""
    context = _chromium(request.config).new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def browser_pages(request: pytest.FixtureRequest) -> Iterator[Callable[..., Page]]:
    """Makes blank pages, each in a fresh context with Playwright's context options."""
    contexts = []

    def make(**options) -> Page:
        context = _chromium(request.config).new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()
