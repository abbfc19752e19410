"""Story pages and what links to them, in a real browser: axe finds no serious or critical
accessibility violation, in the light and the dark colour scheme."""

from __future__ import annotations

import json

import pytest

from tests.browser import browser_pages  # noqa: F401 (a fixture)
from tests.render.test_pages_browser import AXE, axe_violations
from tests.stories.test_site import built  # noqa: F401 (a fixture)


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_story_pages(built, browser_pages, scheme):  # noqa: F811
    assert AXE.is_file(), f"{AXE} missing: run `make test` (npm ci installs axe-core)"
    site, _ = built
    stories = json.loads((site / "api/stories.json").read_text())
    story = max(stories, key=lambda s: len(s["articles"]))
    pages = {
        "story": f"stories/{story['slug']}/index.html",
        "article in a story": f"articles/{story['articles'][1]}/index.html",
        "home, by story": "index.html",
        "tag with stories": "tags/kessel-ridge/index.html",
    }
    page = browser_pages(color_scheme=scheme)
    for name, path in pages.items():
        page.goto((site / path).as_uri(), wait_until="load")
        assert axe_violations(page) == [], name
