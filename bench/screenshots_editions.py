"""Screenshots of a daily edition page and of its e-mail, in headless Chromium 600 px wide.

    python bench/screenshots_editions.py [--out docs/screenshots] [--workdir DIR]

Builds the repository's sample `content/` plus four short demo articles on 15 December 2016
(from other outlets, so the day has an order of weight to show) with a full `base_url`, then
opens `editions/2016-12-15/index.html` and its `email.html` in Debian's /usr/bin/chromium
(through Playwright, as the browser tests do) and saves full-page PNGs:
`edition-day.png` and `edition-email.png`.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DAY = "2016-12-15"

CONFIG = """\
[site]
title = "News Digest"
base_url = "https://digest.example.org/"
[editions]
time_zone = "Europe/Berlin"
email_title = "The Morning Digest"
"""

# Demo articles for the screenshots (not news reports): four outlets on one day.
DEMO = {
    "demo-convoy-stalls.md": (
        "Second convoy halted at a checkpoint west of Aleppo",
        "2016-12-15T16:40:00Z",
        "Levant Wire",
        "A second convoy of buses leaving eastern Aleppo was halted for several hours at a "
        "checkpoint west of the city on Thursday afternoon, aid workers said. The International "
        "Committee of the Red Cross said it was negotiating with the parties to let the "
        "convoy continue. About 3,000 people had left the city by the evening.",
    ),
    "demo-un-meeting.md": (
        "Security Council to meet on monitors for Aleppo",
        "2016-12-15T19:10:00Z",
        "Global Desk",
        "The United Nations Security Council will meet on Friday to discuss sending monitors "
        "to oversee the evacuation of Aleppo, diplomats in New York said. France drafted the "
        "resolution and said observers were needed to protect civilians. Russia said it would "
        "study the text.",
    ),
    "demo-aid-appeal.md": (
        "Aid agencies appeal for winter supplies for evacuees",
        "2016-12-15T11:25:00Z",
        "Relief Report",
        "Aid agencies appealed on Thursday for blankets, fuel and medicine for the families "
        "arriving in the countryside west of Aleppo. The World Health Organization said its "
        "teams had treated dozens of wounded people at the first stop of the convoys.",
    ),
    "demo-geneva-talks.md": (
        "Envoy says Geneva talks could resume in February",
        "2016-12-15T08:05:00Z",
        "Levant Wire",
        "The United Nations envoy for Syria, Staffan de Mistura, said on Thursday that talks "
        "in Geneva could resume in February. He said the evacuation of Aleppo must be "
        "completed before any political process could move forward.",
    ),
}


def main() -> None:
    """Build the demo site and take the two screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs/screenshots")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    root = args.workdir or Path(tempfile.mkdtemp(prefix="digest-editions-shots-"))
    if (root / "content").exists():
        shutil.rmtree(root / "content")
    shutil.copytree(REPO / "content", root / "content")
    for name, (title, date, source, body) in DEMO.items():
        front = f"---\ntitle: {title}\ndate: {date}\nsource: {source}\n---\n\n"
        (root / "content" / name).write_text(front + body + "\n", encoding="utf-8")
    (root / "digest.toml").write_text(CONFIG, encoding="utf-8")

    from playwright.sync_api import sync_playwright

    from generator.build import build
    from generator.config import load_config

    print(build(load_config(root=root)).summary_line(str(root / "site")))
    edition = root / "site/editions" / DAY
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page(viewport={"width": 600, "height": 900})
        for source, name in (
            ("index.html", "edition-day.png"),
            ("email.html", "edition-email.png"),
        ):
            page.goto((edition / source).as_uri(), wait_until="load")
            page.screenshot(path=str(args.out / name), full_page=True)
            print(args.out / name)
        browser.close()


if __name__ == "__main__":
    main()
