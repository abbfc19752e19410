"""`digest edition [DATE] [--week] [--format html|text|eml]`: an edition's e-mail, printed or
written to a file, from the site the build wrote (`editions/<key>/email.html` and
`email.txt`); `eml` is a complete MIME message for a mail tool to send (docs/editions.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

from generator.config import Config, ConfigError
from generator.editions.mail import email_message, has_absolute_base
from generator.editions.periods import Period, parse_time_zone


def run(args: argparse.Namespace) -> int:
    """`digest edition`: check what can be made, build (unless --no-build), then print the
    e-mail or write it to --write's file; returns the exit code (see docs/editions.md)."""
    # Imported here: the command line imports this module only when the command runs.
    from generator import cli

    try:
        config = cli.site_config(args)
        try:
            period = chosen_period(args.date, args.week, config)
        except ValueError as exc:
            raise cli.UsageError(f"DATE: {exc}") from None
        week = args.week or (period is not None and period.kind == "week")
        check_can_mail(config, week)
    except (cli.UsageError, ConfigError) as exc:
        return cli.setup_error(exc)
    except EditionError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return cli.EXIT_FAILED
    if not args.no_build:
        code = cli.build_and_report(config, args, "; no edition was made")
        if code != cli.EXIT_OK:
            return code
    try:
        data = edition_output(
            config, period, week, args.format, args.sender, tuple(args.recipients)
        )
    except EditionError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return cli.EXIT_FAILED
    if args.write is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        args.write.write_bytes(data)
    return cli.EXIT_OK


class EditionError(Exception):
    """No e-mail can be made: editions are off, base_url is not a full URL, or there is no
    edition for the period asked for."""


def chosen_period(text: str | None, week: bool, config: Config) -> Period | None:
    """The period DATE and --week name: a day ("2016-12-09", "today", "yesterday" in the
    editions' time zone) or its ISO week, or a week key ("2016-W49"); None without DATE
    (the newest edition). `ValueError` for a DATE that is none of these."""
    if text is None:
        return None
    word = text.strip().lower()
    if word in ("today", "yesterday"):
        today = datetime.now(parse_time_zone(config.editions.time_zone)).date()
        period = Period.day(today - timedelta(days=1 if word == "yesterday" else 0))
    else:
        period = Period.parse(text)
    return Period.week(period.start) if week else period


def check_can_mail(config: Config, week: bool) -> None:
    """`EditionError` when this site's configuration makes no e-mail of that kind."""
    settings = config.editions
    if not settings.enabled:
        raise EditionError("editions are off: set enabled = true in [editions] of digest.toml")
    if week and not settings.weekly:
        raise EditionError("weekly editions are off: set weekly = true in [editions]")
    if not week and not settings.daily:
        raise EditionError(
            "daily editions are off: ask for a week with --week, or set daily = true in [editions]"
        )
    if not has_absolute_base(config.site.base_url):
        raise EditionError(
            "an e-mail needs absolute links, so [site] base_url must be a full URL such as "
            f'"https://example.org/digest/" (it is {config.site.base_url!r})'
        )


def edition_output(
    config: Config,
    period: Period | None,
    week: bool,
    kind: str,
    sender: str = "",
    recipients: tuple[str, ...] = (),
) -> bytes:
    """The e-mail of `period`'s edition (the newest edition of its kind when None) as
    `kind` ("html", "text" or "eml"), read from the built site."""
    folder = config.output_dir / "editions"
    if period is None:
        period = _newest(folder, week)
    files = folder / period.key
    html_file, text_file = files / "email.html", files / "email.txt"
    if not (html_file.is_file() and text_file.is_file()):
        raise EditionError(_missing(period, folder, config))
    if kind == "html":
        return html_file.read_bytes()
    if kind == "text":
        return text_file.read_bytes()
    title = config.editions.email_title or config.site.title
    message = email_message(
        html_file.read_text(encoding="utf-8"),
        text_file.read_text(encoding="utf-8"),
        f"{title} · {period.title}",
        sender=sender,
        recipients=recipients,
        base_url=config.site.base_url,
    )
    return bytes(message)


_KEYS = {False: re.compile(r"^\d{4}-\d{2}-\d{2}$"), True: re.compile(r"^\d{4}-W\d{2}$")}


def _editions(folder: Path, week: bool) -> list[str]:
    """The keys of the built editions of one kind, oldest first."""
    if not folder.is_dir():
        return []
    pattern = _KEYS[week]
    return sorted(p.name for p in folder.iterdir() if pattern.match(p.name) and p.is_dir())


def _newest(folder: Path, week: bool) -> Period:
    keys = _editions(folder, week)
    if not keys:
        raise EditionError("the site has no editions yet: add articles to the content folder")
    return Period.parse(keys[-1])


def _missing(period: Period, folder: Path, config: Config) -> str:
    """Why there is no e-mail for `period`, and which editions there are."""
    week = period.kind == "week"
    keys = _editions(folder, week)
    zone = config.editions.time_zone
    when = f"the week {period.key}" if week else period.key
    reason = f"no edition for {when}: no article was published then (days in {zone})"
    if not keys:
        return f"{reason}; the site has no editions yet"
    return f"{reason}; editions run from {keys[0]} to {keys[-1]}"
