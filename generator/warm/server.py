"""The warm build process (`python -m generator.warm`): one pipeline, run for each build
handed to it, kept between builds (see the package's docstring)."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hmac
import os
import secrets
import signal
import socket
import sys
import traceback
from pathlib import Path

import msgspec

from generator.build import BuildResult
from generator.build_state import BuildState, code_fingerprint, config_fingerprint
from generator.collector import FULL_COLLECTION_EVERY, settle_garbage
from generator.config import Config, load_config
from generator.pipeline import Pipeline
from generator.problems import BuildFailed
from generator.warm.protocol import (
    ADDRESS_FILE,
    LOCK_FILE,
    LOG_FILE,
    Address,
    Answer,
    Failure,
    Request,
    decode,
    send,
)


class WarmServer:
    """Answers the builds that connect to `listener`, one at a time, with one pipeline,
    until none came for the requested minutes or it stepped aside."""

    def __init__(
        self,
        config: Config,
        listener: socket.socket,
        secret: str,
        *,
        strict: bool,
        jobs: int | None,
        scheduler: str | None,
        minutes: float,
    ) -> None:
        self.config = config
        self._config_print = config_fingerprint(config)  # what each build's must be
        self.listener = listener
        self.secret = secret
        self.options = (strict, jobs, scheduler)
        self.minutes = minutes
        self.pipeline: Pipeline | None = None  # made by the first build
        self._connection: socket.socket | None = None  # of the build being run
        self._runs = 0

    def serve(self) -> None:
        """Answer builds until it is time to go."""
        while True:
            self.listener.settimeout(self.minutes * 60)
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                return
            with connection:
                connection.settimeout(None)
                if not self._answer(connection):
                    return

    def close(self) -> None:
        """Let go of the pipeline's state file and helper processes."""
        if self.pipeline is not None:
            self.pipeline.close()

    def _answer(self, connection: socket.socket) -> bool:
        """Run the build `connection` asks for; whether to wait for the next one."""
        try:
            line = connection.makefile("rb").readline()
            request = decode(line, Request)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return True  # not a build of this site: nothing to answer
        assert isinstance(request, Request)
        if not hmac.compare_digest(request.secret, self.secret):
            return True
        reason = self._changed(request)
        if reason is not None:
            _reply(connection, Answer("aside", message=reason))
            return False
        self.minutes = request.minutes
        self._connection = connection if request.progress else None
        try:
            result = self._run()
        except BuildFailed as exc:
            location = None if exc.location is None else (str(exc.location[0]), exc.location[1])
            _reply(connection, Answer("failed", failure=Failure(str(exc), exc.problems, location)))
            return False
        except KeyboardInterrupt:
            _reply(connection, Answer("interrupted"))
            return False
        except Exception:
            _reply(connection, Answer("error", message=traceback.format_exc()))
            return False
        finally:
            self._connection = None
        _reply(connection, Answer("result", result=result))
        self._runs += 1
        if self._runs == 1:
            return self._prepare()
        settle_garbage(full=self._runs % FULL_COLLECTION_EVERY == 1)
        return True

    def _changed(self, request: Request) -> str | None:
        """Why the pipeline's memory cannot be trusted for `request`; None when it can."""
        if request.code != code_fingerprint():
            return "the code changed"
        if request.config != self._config_print:
            return "the settings changed"
        if (request.strict, request.jobs, request.scheduler) != self.options:
            return "the build asks for other --strict, --jobs or --scheduler"
        if self.pipeline is None:
            return None  # the first build: its run starts from the saved state
        state = self.pipeline.state
        assert state is not None
        if request.saved != state.saved_token:
            return "the saved build state is not the one this process saved"
        if not request.site:
            return "the output folder changed"
        return None

    def _run(self) -> BuildResult:
        if self.pipeline is None:
            strict, jobs, scheduler = self.options
            config = self.config
            self.pipeline = Pipeline(
                config,
                strict=strict,
                jobs=jobs,
                scheduler=scheduler,
                progress=self._progress,
                state=BuildState(config.cache_dir, config, strict=strict),
                resident=True,
            )
        return self.pipeline.run()

    def _prepare(self) -> bool:
        """After the first build: every stage's memory and the models, as serve's start-up
        makes them (a first run that found nothing changed restored little)."""
        assert self.pipeline is not None
        try:
            self.pipeline.prepare()
        except BuildFailed:
            return False
        settle_garbage(full=True)
        return True

    def _progress(self, done: int, total: int) -> None:
        if self._connection is not None:
            try:
                send(self._connection, Answer("progress", done=done, total=total))
            except OSError:
                self._connection = None  # the build is gone; its run goes on


def _reply(connection: socket.socket, answer: Answer) -> None:
    # The build that asked may be gone.
    with contextlib.suppress(OSError):
        send(connection, answer)


def main(argv: list[str] | None = None) -> int:
    """Start a site's warm build process: print "ready PORT SECRET" when it listens, then
    answer builds; exits 3 when the site has one already."""
    parser = argparse.ArgumentParser(prog="python -m generator.warm")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--content")
    parser.add_argument("--output")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--scheduler")
    parser.add_argument("--minutes", type=float, required=True)
    args = parser.parse_args(argv)
    config = load_config(args.config).with_overrides(content=args.content, output=args.output)
    folder = config.cache_dir
    folder.mkdir(parents=True, exist_ok=True)
    lock = (folder / LOCK_FILE).open("a")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print("busy", flush=True)
        return 3
    listener = socket.create_server(("127.0.0.1", 0))
    secret = secrets.token_hex(16)
    address = Address(os.getpid(), listener.getsockname()[1], secret)
    _write_address(folder / ADDRESS_FILE, address)
    # Ctrl-C reaches this process from its build (`client.py`), a `kill` as SIGTERM: both
    # end a run as a Ctrl-C ends a build, the previous site left as it was.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    print(f"ready {address.port} {secret}", flush=True)
    log = os.open(folder / LOG_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(log, sys.stdout.fileno())
    os.dup2(log, sys.stderr.fileno())
    server = WarmServer(
        config,
        listener,
        secret,
        strict=args.strict,
        jobs=args.jobs,
        scheduler=args.scheduler,
        minutes=args.minutes,
    )
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        _remove_address(folder / ADDRESS_FILE)
        listener.close()
        server.close()
    return 0


def _write_address(path: Path, address: Address) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(msgspec.json.encode(address))
    os.replace(temporary, path)


def _remove_address(path: Path) -> None:
    """Remove the address file if it is still this process's."""
    try:
        if msgspec.json.decode(path.read_bytes(), type=Address).pid == os.getpid():
            path.unlink()
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        pass
