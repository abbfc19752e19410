"""What a deploy changes on its target: the common result of every kind of target.

A plan lists site files as uploaded (new on the target), changed and deleted; it is printed
by `--dry-run` and checked against the delete guard before anything is changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


class DeployError(Exception):
    """The deploy could not be done; the message says why (and never holds a secret)."""


@dataclass(frozen=True)
class Plan:
    target: str  # the target as shown to the user (no credentials)
    uploads: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    deletes: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.uploads or self.changes or self.deletes)

    def lines(self) -> list[str]:
        """One line per file the deploy touches: 'upload PATH', 'change PATH', 'delete PATH'."""
        return (
            [f"upload  {p}" for p in self.uploads]
            + [f"change  {p}" for p in self.changes]
            + [f"delete  {p}" for p in self.deletes]
        )

    def summary(self, dry_run: bool) -> str:
        counts = (
            f"{len(self.uploads)} new, {len(self.changes)} changed, "
            f"{len(self.deletes)} deleted, {self.unchanged} unchanged"
        )
        if dry_run:
            return f"dry run: {counts} → {self.target} (nothing was changed)"
        if self.empty:
            return f"{counts} → {self.target} (already up to date)"
        return f"{counts} → {self.target}"

    def check_deletes(self, max_deletes: int, allowed: bool) -> None:
        """Refuse a deploy deleting more than `max_deletes` files unless `allowed` (--yes)."""
        if len(self.deletes) > max_deletes and not allowed:
            raise DeployError(
                f"refusing to delete {len(self.deletes)} files from {self.target} "
                f"(more than max_deletes = {max_deletes}); check the target, then run "
                "again with --yes to allow it"
            )


def site_files(site: Path) -> dict[str, Path]:
    """Every file of the built site by its '/'-separated relative path, sorted."""
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


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
