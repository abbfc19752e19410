"""What a `digest build` and the warm build process say to each other: one JSON object per
line, the build's request, then the process's answers (progress, then the outcome)."""

from __future__ import annotations

import socket

import msgspec

from generator.build import BuildResult
from generator.problems import Problem

# The files of a site's warm build process, in its cache folder.
ADDRESS_FILE = "warm.json"
LOCK_FILE = "warm.lock"
LOG_FILE = "warm.log"


class Address(msgspec.Struct, frozen=True):
    """Where the process listens (`ADDRESS_FILE`), and the secret a build must send."""

    pid: int
    port: int
    secret: str


class Request(msgspec.Struct, frozen=True):
    """A build, and what its process found, for the warm one to tell whether its memory
    still holds."""

    secret: str
    code: str  # `build_state.code_fingerprint()` of the code on disk now
    config: str  # `build_state.config_fingerprint()` of the settings as read now
    strict: bool
    jobs: int | None
    scheduler: str | None
    saved: str | None  # the saved state's token (`Restored.saved`); None: not usable
    site: bool  # whether the output folder holds the site the saved state says it wrote
    minutes: float  # how long to wait for the next build after this one
    progress: bool  # whether to send the analysis's progress


class Failure(msgspec.Struct, frozen=True):
    """A `BuildFailed`, carried across."""

    message: str
    problems: tuple[Problem, ...] = ()
    location: tuple[str, int] | None = None


class Answer(msgspec.Struct, frozen=True, omit_defaults=True):
    """One line from the warm process. `kind`: "progress" (`done` of `total` articles
    analysed), "result", "failed", "interrupted", "aside" (it stepped aside: `message`
    says why) or "error" (a bug: `message` is the traceback)."""

    kind: str
    done: int = 0
    total: int = 0
    result: BuildResult | None = None
    failure: Failure | None = None
    message: str = ""


def send(connection: socket.socket, message: Request | Answer) -> None:
    """Write one message as a line."""
    connection.sendall(msgspec.json.encode(message) + b"\n")


def decode(line: bytes, kind: type[Request] | type[Answer]) -> Request | Answer:
    """The message of one line; raises `msgspec.DecodeError` (or `ValidationError`)."""
    return msgspec.json.decode(line, type=kind)
