"""Shared test helpers: build a small site into a temporary folder, parse and link-check it."""

from __future__ import annotations

import os
import posixpath
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

from generator.build import BuildResult, build
from generator.config import load_config
from generator.write import RETIRE_THREAD

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_2f4ad477c76ee4d8.txt"
# The `digest` script of the environment running the tests.
DIGEST = Path(sys.executable).with_name("digest")
# argparse wraps usage lines to the terminal's width; a fixed width keeps them exact.
DIGEST_ENV = {**os.environ, "COLUMNS": "80", "PYTHONPATH": str(REPO)}


def run_digest(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """`digest ARGS` run to its end in `cwd`: exit status, stdout and stderr as text."""
    return subprocess.run(
        [str(DIGEST), *args], cwd=cwd, env=DIGEST_ENV, capture_output=True, text=True, timeout=300
    )


def make_site(root: Path, files: dict[str, str | bytes], config: str | None = None) -> Path:
    """Write content files (paths relative to content/) and an optional digest.toml."""
    for rel, data in files.items():
        path = root / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    (root / "content").mkdir(parents=True, exist_ok=True)
    if config is not None:
        (root / "digest.toml").write_text(config, encoding="utf-8")
    return root


def build_dir(root: Path, strict: bool = False) -> BuildResult:
    """Build the site rooted at `root` (reading its digest.toml when present)."""
    return build(load_config(root=root), strict=strict)


def parse(path: Path):
    """An html5lib tree (xml.etree elements, no namespaces) of an HTML file."""
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def internal_links(site: Path) -> list[tuple[str, str]]:
    """(page, href) for every link, stylesheet and script reference in every HTML page."""
    found = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        tree = parse(page)
        for el in tree.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value:
                    found.append((rel, value))
    return found


def broken_links(site: Path, base_path: str = "/") -> list[str]:
    """Every internal reference that does not resolve to a file of the site.

    Relative links resolve against the page; root-relative links must start with `base_path`
    (the site's sub-path) and resolve below it. External links are not checked.
    """
    broken = []
    for page, href in internal_links(site):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith(("#", "mailto:")):
            continue
        path = unquote(parts.path)
        if not path:
            continue
        if path.startswith("/"):
            if not path.startswith(base_path):
                broken.append(f"{page}: {href} (outside {base_path})")
                continue
            target = path[len(base_path) :]
        else:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
            if target.startswith(".."):
                broken.append(f"{page}: {href} (leaves the site)")
                continue
        file = site / target
        if file.is_dir() or target.endswith("/") or target in ("", "."):
            file = file / "index.html"
        if not file.is_file():
            broken.append(f"{page}: {href}")
    return broken


# A small site of three articles, two of them about one topic.
ARTICLE = """---
title: {title}
date: {date}
tags: [{tag}]
---

{body}

The talks ended without an agreement, and both delegations said they would meet again.

Aid agencies warned that food and medicine were running out in the city.
"""


def article(title, date, tag="Ceasefire talks", body=None):
    body = body or f"Officials from Russia and the United States met in Geneva about {title}."
    return ARTICLE.format(title=title, date=date, tag=tag, body=body)


SITE = {
    "a.md": article("Talks in Geneva", "2016-12-09"),
    "b.md": article("Second round of talks", "2016-12-10"),
    "c.md": article("Convoys leave Aleppo", "2016-12-11", tag="Evacuation"),
}


def retired_trees_deleted() -> None:
    """Wait for this process's deletions of retired trees (`generator.write.Retired`): a
    build returns while they run, so a test removing or copying the cache folder (where
    the spare's retired trees are) would race them."""
    for thread in threading.enumerate():
        if thread.name == RETIRE_THREAD:
            thread.join()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions hold even for root (who otherwise reads
    and writes anything): the capabilities that bypass them are dropped for the command."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def record_rendered(monkeypatch) -> list[str]:
    """From now on, the URL of every page the render stage renders, in order (the list
    given back fills as pages are rendered; `clear()` it between runs)."""
    from generator import render

    rendered: list[str] = []
    real = render.render_page

    def recording(env, common, url, *rest):
        rendered.append(url)
        return real(env, common, url, *rest)

    monkeypatch.setattr(render, "render_page", recording)
    return rendered


def record_word_counts(monkeypatch) -> list[str]:
    """From now on, every text whose lower-case words the link stage counts
    (`link.text_state`), in order; `clear()` it between runs."""
    from generator.link import text_state

    counted: list[str] = []
    pattern = text_state._LOWER_WORD

    class Counting:
        def findall(self, text: str) -> list[str]:
            counted.append(text)
            return pattern.findall(text)

    monkeypatch.setattr(text_state, "_LOWER_WORD", Counting())
    return counted


def missing_set_lines(err: str, missing: Path) -> tuple[str, str]:
    """An evaluation command's message for a default set that is not there
    (`generator.evaluate.missing_default_set`), checked to name `missing` and to say why:
    its second line (what to pass) and third (the example command), for the caller's own
    checks."""
    first, why, example = err.splitlines()
    assert first == f"error: no evaluation set given, and the default one is not here: {missing}"
    assert why.startswith("The evaluation sets are not in the repository")
    return why, example
