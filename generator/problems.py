"""Problems found with single inputs, reported with their path and carried through every stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input, reported with its path (and line when known)."""

    path: str
    message: str
    line: int | None = None
    level: str = "warning"  # "warning" | "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{self.level}: {where}: {self.message}"


@dataclass
class Problems:
    """Collects problems during a build; the one mutable object passed between stages."""

    items: list[Problem] = field(default_factory=list)

    def warn(self, path: str, message: str, line: int | None = None) -> None:
        self.items.append(Problem(path, message, line, "warning"))

    def error(self, path: str, message: str, line: int | None = None) -> None:
        self.items.append(Problem(path, message, line, "error"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]


class BuildFailed(Exception):
    """The build stopped; the previous output was left untouched.

    `location` is the file and line the failure is about, when there is one (a template
    error): the report shows those lines.
    """

    def __init__(
        self,
        message: str,
        problems: tuple[Problem, ...] = (),
        location: tuple[Path, int] | None = None,
    ):
        super().__init__(message)
        self.problems = problems
        self.location = location
