"""`digest build`'s side of the warm build process: hand the run over, starting the process
when the site has none, and report its answer as the build's own."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec

from generator.build import BuildResult
from generator.build_state import BuildState, StateError, code_fingerprint, config_fingerprint
from generator.config import Config
from generator.problems import BuildFailed
from generator.warm.protocol import (
    ADDRESS_FILE,
    LOCK_FILE,
    LOG_FILE,
    Address,
    Answer,
    Request,
    decode,
    send,
)

# How long a build waits for a new warm process to listen (it imports the pipeline), for
# one that stepped aside to end, and for an interrupted run to stop.
START_TIMEOUT = 60.0
END_TIMEOUT = 30.0


@dataclass(frozen=True)
class WarmStart:
    """A build's wish for a warm process, and how to start one: the minutes it waits for
    the next build, and the command line's site options (it reads the settings as the
    build did)."""

    minutes: float
    config_file: Path | None = None
    content: str | None = None
    output: str | None = None


def hand_over(
    config: Config,
    state: BuildState,
    warm: WarmStart,
    *,
    strict: bool,
    jobs: int | None,
    scheduler: str | None,
    progress: Callable[[int, int], None] | None,
    started: float,
) -> BuildResult | None:
    """The result of the build run by the site's warm process (started if there is none or
    the one there stepped aside), timed from `started` (`time.perf_counter`, when the build
    began); None when none could run it (the caller builds itself). Raises `BuildFailed`
    and `KeyboardInterrupt` as a build does."""
    try:
        restored = state.load()
        saved, site = restored.saved, restored.site
    except StateError:
        saved, site = None, False
    # The warm process writes the state: this process lets go of the file first.
    state.close()
    request = Request(
        secret="",
        code=code_fingerprint(),
        config=config_fingerprint(config),
        strict=strict,
        jobs=jobs,
        scheduler=scheduler,
        saved=saved,
        site=site,
        minutes=warm.minutes,
        progress=progress is not None,
    )
    folder = config.cache_dir
    address = _read_address(folder / ADDRESS_FILE)
    answer = None if address is None else _ask(address, request, progress)
    started_here = False
    if answer is None or answer.kind == "aside":
        if answer is not None and not _wait_for_end(folder):
            return None
        address = _start(folder, warm, strict, jobs, scheduler)
        answer = None if address is None else _ask(address, request, progress)
        started_here = address is not None
    if answer is not None and answer.kind == "error":
        print(
            f"warning: the warm build process failed (its traceback is in {folder / LOG_FILE});"
            " building in this process",
            file=sys.stderr,
        )
        with (folder / LOG_FILE).open("a", encoding="utf-8") as log:
            log.write(answer.message)
        return None
    if answer is not None and answer.kind == "gone":
        # Killed (the kernel's out-of-memory killer, a person): not started again for this
        # build, which might kill the next one too.
        print(
            "warning: the warm build process ended without an answer; building in this process",
            file=sys.stderr,
        )
        return None
    if answer is None or answer.kind == "aside":
        return None
    if answer.kind == "failed":
        failure = answer.failure
        assert failure is not None
        where = failure.location
        location = None if where is None else (Path(where[0]), where[1])
        raise BuildFailed(failure.message, failure.problems, location)
    if answer.kind == "interrupted":
        raise KeyboardInterrupt
    assert answer.result is not None
    result = dataclasses.replace(answer.result, seconds=time.perf_counter() - started)
    if started_here:
        # A process left running is said once, when it starts (as Gradle says of its daemon).
        started_note = (
            f"a warm build process now waits {warm.minutes:g} minutes for the next build "
            f"({folder / LOG_FILE})"
        )
        note = started_note if result.note is None else f"{result.note}; {started_note}"
        result = dataclasses.replace(result, note=note)
    return result


def _ask(
    address: Address, request: Request, progress: Callable[[int, int], None] | None
) -> Answer | None:
    """The warm process's answer to `request`: None when it cannot be reached (a process
    that ended since it wrote its address), `Answer("gone")` when it ended without
    answering. A Ctrl-C here interrupts its run, waits for it to stop, and is raised."""
    try:
        connection = socket.create_connection(("127.0.0.1", address.port), timeout=5)
    except OSError:
        return None
    with connection:
        connection.settimeout(None)
        lines = connection.makefile("rb")
        try:
            send(connection, msgspec.structs.replace(request, secret=address.secret))
            while True:
                answer = _next(lines)
                if answer is None:
                    return Answer("gone")
                if answer.kind != "progress":
                    return answer
                if progress is not None:
                    progress(answer.done, answer.total)
        except KeyboardInterrupt:
            _interrupt(address, connection, lines)
            raise
        except OSError:
            return Answer("gone")


def _next(lines) -> Answer | None:
    line = lines.readline()
    if not line:
        return None
    try:
        answer = decode(line, Answer)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    assert isinstance(answer, Answer)
    return answer


def _interrupt(address: Address, connection: socket.socket, lines) -> None:
    """Stop the warm process's run as a Ctrl-C stops a build, and wait until it has (its
    run leaves the previous site as it was), so that the build's report is true. `lines`
    is the reader of `connection` the answers were read from (it may hold the next ones)."""
    try:
        os.kill(address.pid, signal.SIGINT)
    except OSError:
        return
    connection.settimeout(END_TIMEOUT)
    try:
        while (answer := _next(lines)) is not None and answer.kind == "progress":
            pass
    except OSError:
        pass


def _read_address(path: Path) -> Address | None:
    try:
        return msgspec.json.decode(path.read_bytes(), type=Address)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None


def _wait_for_end(folder: Path) -> bool:
    """Wait until the site's warm process that stepped aside has ended (its lock free);
    whether it did in time."""
    deadline = time.monotonic() + END_TIMEOUT
    with (folder / LOCK_FILE).open("a") as lock:
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.02)
                continue
            fcntl.flock(lock, fcntl.LOCK_UN)
            return True


def _start(
    folder: Path, warm: WarmStart, strict: bool, jobs: int | None, scheduler: str | None
) -> Address | None:
    """Start the site's warm process; its address once it listens, or None when it could
    not start (or another build started one first: then that one's)."""
    command = [sys.executable, "-m", "generator.warm", "--minutes", str(warm.minutes)]
    for option, value in (
        ("--config", warm.config_file),
        ("--content", warm.content),
        ("--output", warm.output),
        ("--jobs", jobs),
        ("--scheduler", scheduler),
    ):
        if value is not None:
            command += [option, str(value)]
    if strict:
        command.append("--strict")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / LOG_FILE).open("wb") as log:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                # Its own session: a Ctrl-C in the terminal reaches the build, which passes
                # it on while a run is under way, and not the process between builds.
                start_new_session=True,
            )
    except OSError:
        return None  # a cache folder it cannot write: the build runs here
    assert process.stdout is not None
    with process.stdout:
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
        words = process.stdout.readline().split() if ready else []
    if words[:1] == [b"busy"]:
        return _read_address(folder / ADDRESS_FILE)
    if len(words) != 3 or words[0] != b"ready":
        process.kill()
        return None
    return Address(process.pid, int(words[1]), words[2].decode())
