"""Output files that are copied, not rendered: the theme's and the site's static files, and
the files static hosts read (`.nojekyll`, `CNAME`)."""

from __future__ import annotations

from generator.config import Config
from generator.render.theme import theme_dir


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


def host_files(config: Config) -> dict[str, bytes]:
    """`.nojekyll` (GitHub Pages publishes the files as they are) and, when a custom domain
    is configured, `CNAME`."""
    files = {".nojekyll": b""}
    if config.site.cname:
        files["CNAME"] = f"{config.site.cname.strip()}\n".encode()
    return files
