"""The `digest` command line. Each subcommand is a small function over the library API.

The build, and with it spaCy and sumy, is imported only by the commands that build: `digest`
and `digest --help` answer at once, and a Ctrl-C while they load is handled like any other.
"""

from __future__ import annotations

import argparse
import atexit
import errno
import ipaddress
import os
import shutil
import signal
import sys
import threading
import time
import webbrowser
from pathlib import Path
from typing import NoReturn

from generator import __version__
from generator.config import (
    KEEP_WARM_MAX,
    KEEP_WARM_RANGE,
    ConfigError,
    did_you_mean,
    load_config,
)
from generator.report import (
    base_url_warning,
    config_error_lines,
    failure_lines,
    problem_lines,
)
from generator.scaffold import ScaffoldError, scaffold

# 130 = 128 + SIGINT, what shells report for a command ended by Ctrl-C.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# As a shell reports a process that SIGPIPE ended.
EXIT_BROKEN_PIPE = 128 + 13


def run() -> NoReturn:
    """The `digest` command (`python -m generator` too): `main`, then the end of the
    process without the interpreter's teardown.

    The teardown frees, one by one, every object a build left in the process's caches (a
    second or more after a 10,000-article build's report), which nothing needs. What must
    run at exit still does, as the interpreter would run it: threads that are not daemons
    (a retired tree's deletion) are joined, the exit handlers run (they stop helper
    processes and remove their files), and the output is flushed. Under a profiler or a
    tracer (`python -m cProfile -m generator ...`, coverage) the process ends as usual, so
    that they write what they gathered.
    """
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # A reader that stopped early (`digest entities --review | head`): the rest has
        # nowhere to go, and the flush at exit would fail again without somewhere to write.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_BROKEN_PIPE
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Without a command, prints the help. A Ctrl-C ends any command with one line and exit
    status 130 (`digest serve` and `watch`, which Ctrl-C is how to stop, with 0).
    """
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser()
    if not argv:
        parser.print_help()
        return EXIT_OK
    try:
        args = parse_arguments(parser, argv)
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def parse_arguments(parser: Parser, argv: list[str]) -> argparse.Namespace:
    """`argv` parsed; a mistake exits with the usage of the command it was made in (2).

    argparse would report an unknown option of a command with the usage of `digest`
    itself, and a mistyped command without the one that was meant.
    """
    first = argv[0]
    if not first.startswith("-") and first not in parser.commands:
        parser.error(
            f"unknown command '{first}'; {did_you_mean(first, parser.commands)}"
            f"commands: {', '.join(parser.commands)}"
        )
    args, extras = parser.parse_known_args(argv)
    if extras:
        command = args.command_parser
        unknown = next((e.split("=")[0] for e in extras if e.startswith("-")), None)
        suggestion = did_you_mean(unknown, command.options).strip() if unknown else ""
        command.error(
            f"unrecognized arguments: {' '.join(extras)}"
            + (f"; {suggestion}" if suggestion else "")
        )
    return args


class Parser(argparse.ArgumentParser):
    """An argument parser that keeps its option strings and its commands, for suggestions."""

    def __init__(self, *args, **kwargs):
        # Before argparse's own __init__, which adds -h/--help through add_argument.
        self.options: list[str] = []
        self.commands: dict[str, Parser] = {}
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs) -> argparse.Action:
        """argparse's add_argument, remembering the option strings."""
        action = super().add_argument(*args, **kwargs)
        self.options.extend(action.option_strings)
        return action


def make_parser() -> Parser:
    """The parser of `digest` and its commands."""
    parser = Parser(
        prog="digest",
        description="Build a news digest website from a folder of articles.",
        epilog="Run 'digest COMMAND --help' for a command's options. "
        "Start a new site with 'digest init my-digest'.",
    )
    parser.add_argument("--version", action="version", version=f"news-digest {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    p = commands.add_parser("build", help="build content/ into the output folder")
    add_site_options(p)
    p.add_argument("--strict", action="store_true", help="fail (exit 1) on any warning")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    p.add_argument(
        "--timings", action="store_true", help="print the time each stage of the build took"
    )
    p.add_argument(
        "--keep-warm",
        type=_minutes,
        metavar="MINUTES",
        help="hand the build to a process that stays MINUTES for the next one, with the "
        "site in memory (default: [build] keep_warm; 0: off); see docs/scale.md",
    )
    add_cache_option(p)
    p.set_defaults(run=run_build, command_parser=p)

    p = commands.add_parser(
        "deploy",
        help="build, then publish the site to a git branch, rsync, S3 or a folder",
        description="Build the site, then publish it to TARGET: a [deploy.<name>] of "
        "digest.toml or a URL (git+<remote-or-path>#<branch>, rsync://host/module/path, "
        "[user@]host:path, s3://bucket/prefix, file:///path). See docs/deploy.md.",
    )
    p.add_argument("target", nargs="?", metavar="TARGET", help="default: [deploy] default")
    add_site_options(p)
    p.add_argument(
        "--dry-run", action="store_true", help="list what would change; leave the target as it is"
    )
    p.add_argument("--no-build", action="store_true", help="publish the output folder as it is")
    p.add_argument("--yes", action="store_true", help="allow deleting more than max_deletes files")
    p.add_argument("--strict", action="store_true", help="do not deploy if the build warns")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    add_cache_option(p)
    p.set_defaults(run=run_deploy, command_parser=p)

    p = commands.add_parser(
        "serve", help="build, serve on http://127.0.0.1:8000 and rebuild + reload on changes"
    )
    add_site_options(p)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1 only)"
    )
    p.add_argument(
        "--port", type=port_number, default=8000, help="port (default: 8000; 0: any free one)"
    )
    p.add_argument("--open", action="store_true", help="open the site in a web browser")
    add_watch_options(p)
    p.set_defaults(run=run_serve, command_parser=p)

    p = commands.add_parser("watch", help="build, then rebuild whenever the sources change")
    add_site_options(p)
    add_watch_options(p)
    p.set_defaults(run=run_watch, command_parser=p)

    p = commands.add_parser(
        "entities",
        help="print the tag pages the build will publish, each merge and each dropped name",
    )
    add_site_options(p)
    add_cache_option(p)
    p.add_argument(
        "--review",
        action="store_true",
        help="list the tag pages by doubt instead, the weakest evidence first: check those first",
    )
    p.set_defaults(run=run_entities)

    p = commands.add_parser(
        "edition",
        help="build, then print or write an edition's e-mail (HTML, text or a MIME message)",
        description="Build the site, then print the e-mail of an edition: the day DATE's, or "
        "with --week its ISO week's (default: the newest edition). --format eml makes a "
        "complete MIME message for sendmail or an SMTP relay; see docs/editions.md.",
    )
    p.add_argument(
        "date",
        nargs="?",
        metavar="DATE",
        help="YYYY-MM-DD, YYYY-Www, today or yesterday (default: the newest edition)",
    )
    p.add_argument("--week", action="store_true", help="the edition of DATE's ISO week")
    p.add_argument(
        "--format",
        choices=("html", "text", "eml"),
        default="html",
        help="the e-mail's HTML (default), its text, or both as a MIME message (eml)",
    )
    p.add_argument("--write", "-w", type=Path, metavar="FILE", help="write to FILE, not stdout")
    p.add_argument(
        "--from", dest="sender", default="", metavar="ADDRESS", help="eml: the From address"
    )
    p.add_argument(
        "--to",
        dest="recipients",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="eml: a To address (repeat for more)",
    )
    p.add_argument("--no-build", action="store_true", help="use the output folder as it is")
    add_site_options(p)
    add_cache_option(p)
    p.set_defaults(run=run_edition, command_parser=p, quiet=True, strict=False)

    p = commands.add_parser("init", help="create a new site in DIR")
    p.add_argument("directory", type=Path, metavar="DIR")
    p.set_defaults(run=run_init, command_parser=p)
    parser.commands = commands.choices
    return parser


def port_number(text: str) -> int:
    """A TCP port from the command line: 0 (any free port) to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port number: use 1-65535, or 0 for any free port"
        )
    return port


def add_site_options(parser: argparse.ArgumentParser) -> None:
    """--config, --content, --output: where the site and its parts are."""
    parser.add_argument("--config", type=Path, help="digest.toml to use (default: ./digest.toml)")
    parser.add_argument("--content", help="content folder (overrides [paths] content)")
    parser.add_argument("--output", help="output folder (overrides [paths] output)")


def add_cache_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-cache",
        dest="use_cache",
        action="store_false",
        help="analyse every article again and build every page, ignoring (and not writing) "
        "the analysis cache and the saved build state",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="processes that analyse articles (default: [build] jobs, or one per core)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse on a Dask cluster, e.g. tcp://host:8786 (default: [build] scheduler; "
        "needs pip install 'news-digest[dask]')",
    )


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if not 0 <= value <= KEEP_WARM_MAX:
        raise argparse.ArgumentTypeError(KEEP_WARM_RANGE)
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_watch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--poll", action="store_true", help="poll for changes (file systems without inotify)"
    )
    parser.add_argument(
        "--timings", action="store_true", help="print the time each stage of a rebuild took"
    )
    add_cache_option(parser)


def site_config(args: argparse.Namespace):
    """The configuration named by --config (or ./digest.toml), with command-line overrides."""
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"--config: no such file: {args.config}")
    config = load_config(args.config)
    return config.with_overrides(content=args.content, output=args.output)


class UsageError(Exception):
    """A command-line mistake (exit 2)."""


def setup_error(exc: Exception) -> int:
    """Report a problem found before any work started; returns the exit code.

    A broken `digest.toml` fails the command (1); a command-line mistake is a usage error (2).
    """
    if isinstance(exc, ConfigError):
        for line in config_error_lines(exc):
            print(line, file=sys.stderr)
        return EXIT_FAILED
    print(f"digest: {exc}", file=sys.stderr)
    return EXIT_USAGE


def build_and_report(config, args: argparse.Namespace, failed_note: str = "") -> int:
    """Build the site, print its problems and summary line; returns the exit code."""
    from generator.build import build
    from generator.problems import BuildFailed

    progress = Progress() if sys.stderr.isatty() and not args.quiet else None
    # Only in place of Python's own handler (not where SIGINT is ignored), on the main thread.
    remember = (
        progress is not None
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    if remember:
        signal.signal(signal.SIGINT, progress.interrupt)
    try:
        result = build(
            config,
            strict=args.strict,
            progress=progress,
            use_cache=args.use_cache,
            jobs=args.jobs,
            scheduler=args.scheduler,
            warm=warm_start(config, args),
        )
    except BuildFailed as exc:
        if progress:
            progress.finish()
        for line in failure_lines(exc, config.content_dir, failed_note):
            print(line, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        if progress:
            progress.finish()
        # The new site is written beside the old one and swapped in only at the very end.
        print(f"interrupted; the previous site was left as it was{failed_note}", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if remember:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    if progress:
        progress.finish()
    # Once per build, not per page: a preview needs no absolute URL, a published site does.
    warning = base_url_warning(config.site.base_url)
    if warning:
        print(warning, file=sys.stderr)
    for problem in result.problems:
        for line in problem_lines(problem, config.content_dir):
            print(line, file=sys.stderr)
    if result.note and not args.quiet:
        print(f"note: {result.note}", file=sys.stderr)
    if not args.quiet:
        print(result.summary_line(_shown(config.output_dir)))
    if getattr(args, "timings", False) and result.stages:
        print(result.stages_line())
    return EXIT_OK


def warm_start(config, args: argparse.Namespace):
    """The build's warm process wish (`generator.warm`): `--keep-warm`, else `[build]
    keep_warm`; None when off, and where the process cannot run (no `fcntl`)."""
    minutes = getattr(args, "keep_warm", None)
    if minutes is None:
        minutes = config.build.keep_warm
    if not minutes or os.name != "posix":
        return None
    from generator.warm.client import WarmStart

    return WarmStart(minutes, args.config, args.content, args.output)


def run_build(args: argparse.Namespace) -> int:
    try:
        config = site_config(args)
    except (UsageError, ConfigError) as exc:
        return setup_error(exc)
    return build_and_report(config, args)


def run_entities(args: argparse.Namespace) -> int:
    """`digest entities`: the report of `generator.link.report`."""
    from generator.link.report import print_report

    try:
        config = site_config(args)
    except (UsageError, ConfigError) as exc:
        return setup_error(exc)
    return print_report(config, use_cache=args.use_cache, review=args.review)


def run_deploy(args: argparse.Namespace) -> int:
    # Imported here: boto3 takes a noticeable time to import, and only deploy needs it.
    from generator.deploy.plan import DeployError
    from generator.deploy.publish import TargetError, choose_target, publish

    try:
        config = site_config(args)
        target = choose_target(config, args.target)
    except (UsageError, TargetError, ConfigError) as exc:
        return setup_error(exc)
    if not args.no_build:
        code = build_and_report(config, args, "; nothing was deployed")
        if code != EXIT_OK:
            return code
    try:
        plan = publish(
            config.output_dir, target, config, dry_run=args.dry_run, allow_deletes=args.yes
        )
    except DeployError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            "interrupted while publishing; the target may be partly updated: "
            "run the deploy again to finish it",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if args.dry_run:
        for line in plan.lines():
            print(line)
    if not args.quiet or args.dry_run:
        print(plan.summary(args.dry_run))
    return EXIT_OK


def run_edition(args: argparse.Namespace) -> int:
    from generator.editions.command import run

    return run(args)


def run_serve(args: argparse.Namespace) -> int:
    return _run_session(args, serve=True)


def run_watch(args: argparse.Namespace) -> int:
    return _run_session(args, serve=False)


def _run_session(args: argparse.Namespace, serve: bool) -> int:
    from generator.live.session import Session

    try:
        session = Session(
            lambda: site_config(args),
            args.config,
            use_cache=args.use_cache,
            jobs=args.jobs,
            scheduler=args.scheduler,
            timings=args.timings,
        )
    except (UsageError, ConfigError) as exc:
        return setup_error(exc)
    # Ctrl-C and a service manager's (or `kill`'s) SIGTERM both shut the session down, even
    # when it was started from a non-interactive shell's background, which ignores SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    if args.config is None:
        session.config_file = session.config.root / "digest.toml"
    try:
        url = None
        if serve:
            # Listening first: a port in use is reported at once, not after a whole build.
            try:
                url = session.serve(args.host, args.port)
            except OSError as exc:
                print(listen_error(args.host, args.port, exc), file=sys.stderr)
                return EXIT_FAILED
            warning = exposure_warning(args.host, session.server.httpd.server_address[0])
            if warning:
                print(warning, file=sys.stderr)
        # Watching before building: a save during the first build triggers a rebuild after it.
        session.watch(poll=args.poll)
        session.rebuild()
        session.warm_up()
        if url is not None:
            print(f"serving {url} (Ctrl-C to stop)", flush=True)
            if args.open:
                webbrowser.open(url)
        print("watching for changes", flush=True)
        # The kernel may hand Ctrl-C or SIGTERM to any of the session's threads; Python runs
        # the handler on the main thread only once it wakes, which a wait without a timeout
        # may never do. So it wakes four times a second.
        while True:
            time.sleep(0.25)
    except KeyboardInterrupt:
        print("stopping", flush=True)
    finally:
        session.stop()
    return EXIT_OK


def listen_error(host: str, port: int, exc: OSError) -> str:
    """Why `digest serve` cannot listen on host:port, and what to do instead."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EADDRINUSE, errno.EACCES):
        advice = "choose another port with --port, or --port 0 for any free one"
    else:  # a host name that does not resolve, an address this machine does not have
        advice = "check --host: an address of this machine, such as 127.0.0.1 (the default)"
    return f"digest: cannot listen on {host}:{port}: {reason}; {advice}"


def exposure_warning(host: str, bound: str) -> str | None:
    """A warning when the preview server listens beyond this machine, or None."""
    try:
        address = ipaddress.ip_address(bound.split("%")[0])
    except ValueError:
        return None
    if address.is_loopback:
        return None
    where = "every network interface" if address.is_unspecified else "a network interface"
    return (
        f"warning: --host {host} listens on {where}: anyone who can reach this machine can "
        "see the preview; leave out --host (or use --host 127.0.0.1) to keep it to this machine"
    )


def run_init(args: argparse.Namespace) -> int:
    try:
        created = scaffold(args.directory)
    except ScaffoldError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"created a new site in {args.directory}: {', '.join(created)}")
    digest = digest_command()
    print(
        f"next: cd {args.directory} && {digest} serve (a preview that follows your edits), "
        f"or {digest} build"
    )
    return EXIT_OK


def digest_command() -> str:
    """How to run this `digest` again from another folder: its name when the shell finds
    this same script on PATH, else its full path (a venv that is not activated)."""
    script = Path(sys.argv[0]).resolve()
    if script.name != "digest":  # python -m generator
        return f"{sys.executable} -m generator"
    found = shutil.which("digest")
    return "digest" if found and Path(found).resolve() == script else str(script)


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Progress:
    """A one-line progress bar on a terminal.

    While it is shown, a Ctrl-C is also remembered (`interrupt`, the SIGINT handler
    `build_and_report` installs) and raised again at the next step of the bar: Python drops
    an exception that a signal handler raises while a finalizer runs (a generator closed
    as it is freed, a `__del__`), and the analysis, the stage a Ctrl-C usually lands in,
    would then go on as if none had come."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.shown = False
        self.interrupted = False

    def interrupt(self, signum: int, frame) -> None:
        """The SIGINT handler while a build shows the bar: Python's, remembered."""
        self.interrupted = True
        raise KeyboardInterrupt

    def __call__(self, done: int, total: int) -> None:
        if self.interrupted:
            raise KeyboardInterrupt
        filled = self.WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        # Shown before it is written: a Ctrl-C right after the write still ends the line.
        self.shown = True
        self.stream.write(f"\ranalysing [{bar}] {done}/{total}")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.shown = False
