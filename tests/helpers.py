"""Shared test helpers: build a small site into a temporary folder, parse and link-check it."""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

from generator.build import BuildResult, build
from generator.config import load_config

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
SEED = SEEDS / "000_2f4ad477c76ee4d8.txt"


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


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions hold even for root (who otherwise reads
    and writes anything): the capabilities that bypass them are dropped for the command."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
