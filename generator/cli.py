"""The `digest` command line. Each subcommand is a small function over the library API."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from generator import __version__
from generator.config import ConfigError, load_config
from generator.pipeline import build
from generator.problems import BuildFailed
from generator.scaffold import ScaffoldError, scaffold

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    return args.run(args)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", description="Build a news digest website from a folder of articles."
    )
    parser.add_argument("--version", action="version", version=f"news-digest {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    p = commands.add_parser("build", help="build content/ into the output folder")
    add_site_options(p)
    p.add_argument("--strict", action="store_true", help="fail (exit 1) on any warning")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    add_cache_option(p)
    p.set_defaults(run=run_build)

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
    p.set_defaults(run=run_deploy)

    p = commands.add_parser(
        "serve", help="build, serve on http://127.0.0.1:8000 and rebuild + reload on changes"
    )
    add_site_options(p)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1 only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0: any free)")
    p.add_argument("--open", action="store_true", help="open the site in a web browser")
    add_watch_options(p)
    p.set_defaults(run=run_serve)

    p = commands.add_parser("watch", help="build, then rebuild whenever the sources change")
    add_site_options(p)
    add_watch_options(p)
    p.set_defaults(run=run_watch)

    p = commands.add_parser(
        "entities",
        help="print the tag pages the build will publish, each merge and each dropped name",
    )
    add_site_options(p)
    add_cache_option(p)
    p.set_defaults(run=run_entities)

    p = commands.add_parser("init", help="create a new site in DIR")
    p.add_argument("directory", type=Path, metavar="DIR")
    p.set_defaults(run=run_init)
    return parser


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
        help="analyse every article again, ignoring (and not writing) the analysis cache",
    )


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
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"digest: {exc}", file=sys.stderr)
    return EXIT_USAGE


def build_and_report(config, args: argparse.Namespace, failed_note: str = "") -> int:
    """Build the site, print its problems and summary line; returns the exit code."""
    progress = Progress() if sys.stderr.isatty() and not args.quiet else None
    try:
        result = build(config, strict=args.strict, progress=progress, use_cache=args.use_cache)
    except BuildFailed as exc:
        if progress:
            progress.finish()
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"error: build failed: {exc}{failed_note}", file=sys.stderr)
        return EXIT_FAILED
    if progress:
        progress.finish()
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if not args.quiet:
        print(result.summary_line(_shown(config.output_dir)))
    return EXIT_OK


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
    return print_report(config, use_cache=args.use_cache)


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
    if args.dry_run:
        for line in plan.lines():
            print(line)
    if not args.quiet or args.dry_run:
        print(plan.summary(args.dry_run))
    return EXIT_OK


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
        # Watching first: a save during the first build triggers a rebuild after it.
        session.watch(poll=args.poll)
        session.rebuild()
        session.warm_up()
        if serve:
            try:
                url = session.serve(args.host, args.port, args.open)
            except OSError as exc:
                print(f"digest: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
                return EXIT_FAILED
            print(f"serving {url} (Ctrl-C to stop)", flush=True)
        print("watching for changes", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopping", flush=True)
    finally:
        session.stop()
    return EXIT_OK


def run_init(args: argparse.Namespace) -> int:
    try:
        created = scaffold(args.directory)
    except ScaffoldError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"created a new site in {args.directory}: {', '.join(created)}")
    print(f"next: cd {args.directory} && digest build")
    return EXIT_OK


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Progress:
    """A one-line progress bar on a terminal."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        filled = self.WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\ranalysing [{bar}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.shown = False
