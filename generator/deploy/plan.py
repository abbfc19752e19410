"""What a deploy changes on its target: the common result of every kind of target.

A plan lists site files as uploaded (new on the target), changed and deleted; it is printed
by `--dry-run` and checked against the delete guard before anything is changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from generator.write import MARKER


class DeployError(Exception):
    """The deploy could not be done; the message says why (and never holds a secret)."""


@dataclass(frozen=True)
class Plan:
    target: str  # the target as shown to the user (no credentials)
    uploads: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    deletes: tuple[str, ...] = ()
    unchanged: int = 0
    # What is in the target but was never deployed there ("name" or "folder/ (N files)"):
    # left alone, and listed so.
    foreign: tuple[str, ...] = ()
    # More deletions than the guard allows (a dry run lists them instead of refusing).
    guarded: str = ""

    @property
    def empty(self) -> bool:
        return not (self.uploads or self.changes or self.deletes)

    def lines(self) -> list[str]:
        """One line per file the deploy touches ('upload PATH', 'change PATH', 'delete
        PATH'), then what it leaves alone ('keep PATH (not ours, left alone)')."""
        return (
            [f"upload  {p}" for p in self.uploads]
            + [f"change  {p}" for p in self.changes]
            + [f"delete  {p}" for p in self.deletes]
            + [f"keep    {p} (not ours, left alone)" for p in self.foreign]
        )

    def summary(self, dry_run: bool) -> str:
        counts = (
            f"{len(self.uploads)} new, {len(self.changes)} changed, "
            f"{len(self.deletes)} deleted, {self.unchanged} unchanged"
        )
        if self.foreign:
            shown = ", ".join(self.foreign[:3]) + (", ..." if len(self.foreign) > 3 else "")
            counts += f", {len(self.foreign)} not ours left alone ({shown})"
        if dry_run:
            note = f"; {self.guarded}" if self.guarded else ""
            return f"dry run: {counts} → {self.target} (nothing was changed{note})"
        if self.empty:
            return f"{counts} → {self.target} (already up to date)"
        return f"{counts} → {self.target}"

    def check_deletes(self, max_deletes: int, allowed: bool, dry_run: bool = False) -> Plan:
        """Refuse a deploy deleting more than `max_deletes` files unless `allowed` (--yes).

        A dry run is not refused: it lists the deletions, and the plan it returns says that
        a real deploy would need --yes."""
        if len(self.deletes) <= max_deletes or allowed:
            return self
        if dry_run:
            return replace(
                self,
                guarded=f"a real deploy would delete more than max_deletes = {max_deletes} "
                "files and needs --yes",
            )
        raise DeployError(
            f"refusing to delete {len(self.deletes)} files from {self.target} "
            f"(more than max_deletes = {max_deletes}); check the target, then run "
            "again with --yes to allow it"
        )


def site_files(site: Path) -> dict[str, Path]:
    """Every file of the built site by its '/'-separated relative path, sorted (not the
    output's marker: it says the folder is a build output, and is not part of the site)."""
    return {
        rel: p
        for p in sorted(site.rglob("*"))
        if p.is_file() and (rel := p.relative_to(site).as_posix()) != MARKER
    }


def md5_hex(path: Path) -> str:
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def compare(target: str, local: Mapping[str, str], remote: Mapping[str, str]) -> Plan:
    """The plan turning `remote` into `local` (both map relative path → content digest)."""
    return Plan(
        target=target,
        uploads=tuple(sorted(p for p in local if p not in remote)),
        changes=tuple(sorted(p for p in local if p in remote and remote[p] != local[p])),
        deletes=tuple(sorted(p for p in remote if p not in local)),
        unchanged=sum(1 for p in local if remote.get(p) == local[p]),
    )
