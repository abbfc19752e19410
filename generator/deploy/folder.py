"""The folder target (`file:///path`): mirror the site into a local folder, never touching
anything the deploys did not put there.

A manifest in the target (`MANIFEST`) lists the files earlier deploys wrote. A deploy writes
the site's new and changed files, deletes only files the manifest lists that the site no
longer has, and lists everything else it finds as "not ours, left alone" (a `.git`, an
`.htaccess`, uploads), as `hugo deploy` and rsync with `--delete` and filters do. Nothing is
ever written through a symlink: a site file below a symlinked folder of the target stops the
deploy before anything changes.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

from generator.deploy.plan import DeployError, Plan, compare, md5_hex, site_files

MANIFEST = ".digest-deploy.json"
# Temporary files of a copy (written beside the target, renamed over it), and of the manifest.
_PART_PREFIX = ".digest-deploy-"
_PART_SUFFIX = ".part"


def deploy_folder(
    site: Path,
    destination: Path,
    *,
    protected: list[Path],
    max_deletes: int,
    dry_run: bool,
    allow_deletes: bool,
) -> Plan:
    """Make `destination` hold the files of `site`; return what was (or would be) done.

    Files of earlier deploys that the site no longer has are deleted; files no deploy put
    there are left alone (and listed). `protected` folders (the site's sources) may be
    neither the destination nor inside it.
    """
    site = site.resolve()
    destination = destination.resolve()
    _check_destination(site, destination, protected)
    local = site_files(site)
    present, parts = _target_files(destination)
    ours = _manifest(destination) & present.keys()
    remote = {rel: _digest(present[rel]) for rel in local.keys() & present.keys()}
    plan = compare(destination.as_uri(), {rel: md5_hex(p) for rel, p in local.items()}, remote)
    deletes = tuple(sorted(ours - local.keys()))
    foreign = _grouped(sorted(present.keys() - local.keys() - ours), local.keys() | ours)
    plan = Plan(plan.target, plan.uploads, plan.changes, deletes, plan.unchanged, foreign)
    _check_no_links(destination, plan.uploads + plan.changes)
    plan = plan.check_deletes(max_deletes, allow_deletes, dry_run)
    if dry_run:
        return plan
    try:
        for part in parts:
            part.unlink(missing_ok=True)  # left by a deploy that was killed
        # New files before the changed pages that link to them, deletions last.
        for rel in plan.uploads + plan.changes:
            _copy(local[rel], destination / rel)
        for rel in plan.deletes:
            (destination / rel).unlink(missing_ok=True)
        _remove_emptied_folders(destination, plan.deletes)
        _write_manifest(destination, sorted(local))
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


def _target_files(destination: Path) -> tuple[dict[str, Path], list[Path]]:
    """Everything in the target that is not a folder (symlinks included, never followed),
    by relative path, and the temporary files killed deploys left."""
    found: dict[str, Path] = {}
    parts: list[Path] = []
    if not destination.is_dir():
        return found, parts
    todo = [(destination, "")]
    while todo:
        folder, prefix = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            raise DeployError(f"cannot read {folder}: {exc.strerror or exc}") from None
        for entry in entries:
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                todo.append((Path(entry.path), rel + "/"))
            elif entry.name.startswith(_PART_PREFIX) and entry.name.endswith(_PART_SUFFIX):
                parts.append(Path(entry.path))
            elif rel != MANIFEST:
                found[rel] = Path(entry.path)
    return found, parts


def _manifest(destination: Path) -> set[str]:
    """The files earlier deploys wrote (none without a readable manifest: then nothing is
    deleted)."""
    try:
        data = json.loads((destination / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {rel for rel in files if isinstance(rel, str)} if isinstance(files, list) else set()


def _write_manifest(destination: Path, files: list[str]) -> None:
    destination.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"generator": "news-digest", "files": files}, indent=0) + "\n"
    if _manifest_text(destination) == text:
        return
    fd, temporary = tempfile.mkstemp(prefix=_PART_PREFIX, suffix=_PART_SUFFIX, dir=destination)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, destination / MANIFEST)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _manifest_text(destination: Path) -> str | None:
    try:
        return (destination / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return None


def _digest(path: Path) -> str:
    """MD5 of a regular file; anything else (a symlink, a FIFO) is never read and never
    equal to a site file, so it is replaced by one."""
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            return md5_hex(path)
    except OSError:
        pass
    return "not a regular file"


def _grouped(foreign: list[str], kept: set[str]) -> tuple[str, ...]:
    """`foreign` paths, those of a top-level folder that holds nothing of the site's shown
    as one "folder/ (N files)" (a `.git` is thousands of files)."""
    used = {rel.split("/", 1)[0] for rel in kept}
    folders: dict[str, int] = {}
    single = []
    for rel in foreign:
        top, _, rest = rel.partition("/")
        if rest and top not in used:
            folders[top] = folders.get(top, 0) + 1
        else:
            single.append(rel)
    shown = [f"{top}/ ({n} file{'s' if n != 1 else ''})" for top, n in folders.items()]
    return tuple(sorted(shown + single))


def _check_no_links(destination: Path, rels: tuple[str, ...]) -> None:
    """Refuse, before anything is written, to write a file below a symlinked folder of the
    target: the link could lead anywhere (`static -> /elsewhere`)."""
    checked: set[str] = set()
    for rel in rels:
        parts = rel.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            if folder in checked:
                continue
            checked.add(folder)
            path = destination / folder
            if path.is_symlink():
                raise DeployError(
                    f"{path} is a symlink (to {os.readlink(path)}) and the site has files "
                    f"below it ({rel}); refusing to write through it: replace the link with "
                    "a folder, or deploy somewhere else"
                )


def _copy(source: Path, target: Path) -> None:
    # Written beside the target and renamed over it, so a web server never serves half a file
    # (a symlink standing where a site file goes is replaced, never written through).
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=_PART_PREFIX, suffix=_PART_SUFFIX, dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_emptied_folders(destination: Path, deleted: tuple[str, ...]) -> None:
    # Only folders that held a deleted file, deepest first, up to the target; a folder that
    # is not empty, or is a symlink, stops the climb.
    folders = {(destination / rel).parent for rel in deleted}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != destination and not folder.is_symlink():
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent
