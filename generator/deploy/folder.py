"""The folder target (`file:///path`): mirror the site into a local folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from generator.deploy.plan import DeployError, Plan, compare, md5_hex, site_files


def deploy_folder(
    site: Path,
    destination: Path,
    *,
    protected: list[Path],
    max_deletes: int,
    dry_run: bool,
    allow_deletes: bool,
) -> Plan:
    """Make `destination` hold exactly the files of `site`; return what was (or would be) done.

    `protected` folders (the site's sources) may be neither the destination nor inside it,
    since mirroring deletes everything the site does not have.
    """
    site = site.resolve()
    destination = destination.resolve()
    _check_destination(site, destination, protected)
    local = site_files(site)
    remote = site_files(destination) if destination.is_dir() else {}
    plan = compare(
        destination.as_uri(),
        {rel: md5_hex(p) for rel, p in local.items()},
        {rel: md5_hex(p) for rel, p in remote.items()},
    )
    plan.check_deletes(max_deletes, allow_deletes)
    if dry_run or plan.empty:
        return plan
    try:
        # New files before the changed pages that link to them, deletions last.
        for rel in plan.uploads + plan.changes:
            _copy(local[rel], destination / rel)
        for rel in plan.deletes:
            (destination / rel).unlink()
        _remove_empty_folders(destination)
    except OSError as exc:
        raise DeployError(f"cannot write {destination}: {exc}") from None
    return plan


def _check_destination(site: Path, destination: Path, protected: list[Path]) -> None:
    if destination.exists() and not destination.is_dir():
        raise DeployError(f"{destination} exists and is not a folder")
    for path in protected:
        if path.resolve().is_relative_to(destination):
            raise DeployError(
                f"mirroring into {destination} would delete {path.resolve()}; choose another folder"
            )
    if destination.is_relative_to(site) or site.is_relative_to(destination):
        raise DeployError(f"{destination} overlaps the built site {site}; choose another folder")


def _copy(source: Path, target: Path) -> None:
    # Written beside the target and renamed over it, so a web server never serves half a file.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".digest-", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_empty_folders(root: Path) -> None:
    # Deepest first, so a folder emptied by removing its empty subfolders goes too.
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
