"""The rsync target (`rsync://host/module/path` or `[user@]host:path`).

rsync compares checksums rather than times (every build rewrites every file), deletes what
the site no longer has, and swaps the updated files in together at the end of the transfer.
A dry pass first gives the plan, so the delete guard can stop a deploy before it starts.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.deploy.plan import DeployError, Plan, site_files
from generator.deploy.url import redact, shown
from generator.write import MARKER

RSYNC_OPTIONS = (
    "--recursive",
    "--links",
    "--checksum",
    "--delete",
    "--delete-after",
    "--delay-updates",
    # No --times: unchanged files keep their old modification time on the server, so their
    # Last-Modified (and conditional requests) stay valid across deploys.
    "--chmod=D755,F644",
    # The output's marker file is not part of the site.
    f"--exclude=/{MARKER}",
    "--timeout=120",
    "--out-format=%i %n",
)


def deploy_rsync(
    site: Path, destination: str, *, max_deletes: int, dry_run: bool, allow_deletes: bool
) -> Plan:
    """Mirror `site` to the rsync `destination`; return what was (or would be) done."""
    total = len(site_files(site))
    plan = _run(site, destination, total, dry_run=True)
    plan = plan.check_deletes(max_deletes, allow_deletes, dry_run)
    if dry_run or plan.empty:
        return plan
    return _run(site, destination, total, dry_run=False)


def _run(site: Path, destination: str, total: int, dry_run: bool) -> Plan:
    command = ["rsync", *RSYNC_OPTIONS, *(["--dry-run"] if dry_run else []), f"{site}/"]
    try:
        done = subprocess.run([*command, destination], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise DeployError("rsync is not installed (Debian/Ubuntu: apt install rsync)") from None
    if done.returncode != 0:
        raise DeployError(
            f"rsync to {shown(destination)} failed (exit {done.returncode}): "
            + redact(done.stderr.strip())
        )
    return parse_itemized(shown(destination), done.stdout, total)


def parse_itemized(target: str, output: str, total: int) -> Plan:
    """The plan in rsync's `%i %n` lines (only files count; folders come and go with them)."""
    uploads, changes, deletes = [], [], []
    for line in output.splitlines():
        code, name = line[:11], line[12:]
        if code.startswith("*deleting"):
            if not name.endswith("/"):
                deletes.append(name)
        elif len(code) == 11 and code[1] in "fL" and code[0] in "<>c":
            (uploads if code[2:].startswith("+++") else changes).append(name)
    return Plan(
        target=target,
        uploads=tuple(sorted(uploads)),
        changes=tuple(sorted(changes)),
        deletes=tuple(sorted(deletes)),
        unchanged=total - len(uploads) - len(changes),
    )
