"""Screenshots of the default theme for the docs (docs/screenshots/), made from the
repository's sample `content/`.

    python bench/screenshots.py [--out docs/screenshots] [--workdir /tmp/digest-screenshots]

Builds the sample site with this checkout's code into --workdir (its own output and cache,
so the checkout's site/ is left alone), serves it on 127.0.0.1 with `digest serve`'s own
server, and has headless Chromium (Debian's /usr/bin/chromium, driven by Playwright, as in
the tests) photograph the home, article, tag and search pages at 1280 and 390 pixels
wide, in the light colour scheme. Each picture shows the top of the page, at most
`HEIGHT` pixels of it. Needs `make test`'s installs (Playwright, Chromium).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from generator.build import build
from generator.config import load_config
from generator.live.server import LiveState, PreviewServer

REPO = Path(__file__).resolve().parent.parent
# As in tests/browser.py: Debian's Chromium, never a browser Playwright downloads.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
WIDTHS = (1280, 390)
HEIGHT = 1800
# (name, page, what to wait for before the picture)
PAGES = (
    ("home", "", "main"),
    ("article", "articles/evacuation-of-east-aleppo-begins-after-days-of-delay/", "main"),
    ("tag", "tags/aleppo/", "main"),
    ("search", "search/?q=Aleppo+convoy", "#search-results li"),
)


def make_site(workdir: Path) -> Path:
    """The sample site built into `workdir/site`."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    shutil.copytree(REPO / "content", workdir / "content")
    config = load_config(root=workdir)
    build(config)
    return config.output_dir


def shoot(site: Path, out: Path) -> list[Path]:
    """Photograph every page of `PAGES` at every width of `WIDTHS` into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    server = PreviewServer(site, "/", LiveState(), "127.0.0.1", 0)
    made = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for width in WIDTHS:
                context = browser.new_context(
                    viewport={"width": width, "height": 900}, color_scheme="light"
                )
                page = context.new_page()
                for name, path, ready in PAGES:
                    page.goto(f"{server.url}/{path}")
                    page.wait_for_selector(ready)
                    height = min(HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
                    target = out / f"{name}-{width}.png"
                    page.screenshot(
                        path=str(target),
                        full_page=True,
                        clip={"x": 0, "y": 0, "width": width, "height": height},
                    )
                    made.append(target)
                context.close()
            browser.close()
    finally:
        server.stop()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-screenshots"))
    args = parser.parse_args()
    site = make_site(args.workdir)
    for path in shoot(site, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
