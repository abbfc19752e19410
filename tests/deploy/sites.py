"""Helpers for the deploy tests: a small real site driven through `digest deploy`."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from generator.deploy.folder import MANIFEST
from generator.write import MARKER
from tests.helpers import make_site

ALPHA = """\
---
title: Aid convoy reaches Aleppo
date: 2016-12-15
source: Test Wire
---

The International Committee of the Red Cross said a convoy reached Aleppo on Thursday.
Officials in Geneva said more convoys would follow next week.
"""

BETA = """\
---
title: Talks resume in Geneva
date: 2016-12-16
source: Test Wire
---

John Kerry and Sergei Lavrov met in Geneva to discuss a ceasefire.
The talks ended without agreement on Friday.
"""

# An edit that changes the article's text and summary (and so its page, the index, feeds...).
ALPHA_EDITED = ALPHA.replace("next week.", "next week, weather permitting.")


def make_deploy_site(root: Path, deploy_toml: str, site_toml: str = "") -> Path:
    """A two-article site whose digest.toml holds `deploy_toml` (and `[site]` settings)."""
    config = f"[site]\n{site_toml}\n{deploy_toml}"
    return make_site(root, {"alpha.md": ALPHA, "beta.md": BETA}, config=config)


def deploy(capsys, root: Path, *args: str) -> tuple[int, str, str]:
    """Run `digest deploy ARGS --config root/digest.toml`: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(["deploy", *args, "--config", str(root / "digest.toml")])
    out, err = capsys.readouterr()
    return code, out, err


# Bookkeeping, not site files: the output's marker (never deployed) and the folder
# target's manifest (tests/deploy/test_folder.py checks it).
BOOKKEEPING = {MARKER, MANIFEST}


def files_of(folder: Path) -> dict[str, bytes]:
    """Relative path → content of every file below `folder` but the bookkeeping files."""
    return {
        rel: p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and (rel := p.relative_to(folder).as_posix()) not in BOOKKEEPING
    }


def differences(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    """Paths added, removed or changed between two snapshots."""
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
