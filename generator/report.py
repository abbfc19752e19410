"""Problems told to a person: the offending lines of a file, and a hint for the common
mistakes in Markdown front matter.

`digest build` prints these lines in the terminal; `digest serve` and `digest watch` print
them too and show a failed rebuild's lines on the browser's error page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from generator.config import ConfigError
from generator.problems import BuildFailed, Problem

# Lines shown before and after the offending one.
AROUND = 2
# Longer lines are cut: a minified template line would fill the screen.
WIDTH = 160
MARKDOWN = (".md", ".markdown")

_KEY_VALUE = re.compile(r"^(?P<indent>\s*)(?P<key>[\w-]+)\s*:\s*(?P<value>.*?)\s*$")
_NOT_TEXT = re.compile(r"'(?P<key>[\w-]+)' must be text, got (?P<kind>\w+)")
# A value starting with one of these is not plain text to YAML: a list, a mapping, a quoted
# string that may end early, an alias or anchor, a tag, a block, or reserved characters.
_SPECIAL_START = "[{'\"*&!|>%@`"
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def excerpt(path: Path, line: int, around: int = AROUND) -> list[str]:
    """The lines around `line` of a text file, numbered, the offending one marked with '>'.

    Empty when the file cannot be read (it may have gone since the problem was found).
    """
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    if not 1 <= line <= len(lines):
        return []
    first, last = max(1, line - around), min(len(lines), line + around)
    width = len(str(last))
    shown = []
    for number in range(first, last + 1):
        text = lines[number - 1].expandtabs(4)
        if len(text) > WIDTH:
            text = text[: WIDTH - 1] + "…"
        mark = ">" if number == line else " "
        shown.append(f"  {mark} {number:>{width}} | {text}".rstrip())
    return shown


def problem_lines(problem: Problem, content_dir: Path, show_source: bool = False) -> list[str]:
    """A problem's line, then a hint when it is a common front-matter mistake, then (with
    `show_source`) the lines of the file it is about."""
    lines = [str(problem)]
    rel = problem.path.split(" [")[0]
    if not rel.lower().endswith(MARKDOWN):
        return lines
    path = content_dir / rel
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return lines
    hint, line = front_matter_hint(problem.message, text.splitlines(), problem.line)
    if hint:
        lines.append(f"  hint: {hint}")
    if show_source and line:
        lines.extend(excerpt(path, line))
    return lines


def failure_lines(exc: BuildFailed, content_dir: Path, note: str = "") -> list[str]:
    """What a failed build prints: its problems (with their hints and lines), the error,
    and the lines of the file the failure is about."""
    lines = []
    for problem in exc.problems:
        lines.extend(problem_lines(problem, content_dir, show_source=True))
    lines.append(f"error: build failed: {exc}{note}")
    if exc.location is not None:
        lines.extend(excerpt(*exc.location))
    return lines


def config_error_lines(exc: ConfigError) -> list[str]:
    """A configuration error and, for TOML that does not parse, the lines around it."""
    lines = [f"error: {exc}"]
    found = _TOML_LINE.search(str(exc))
    if found and exc.path is not None:
        lines.extend(excerpt(exc.path, int(found.group(1))))
    return lines


def front_matter_hint(
    message: str, lines: list[str], line: int | None
) -> tuple[str | None, int | None]:
    """A hint for a Markdown file's front-matter problem, and the line it is about.

    `lines` are the file's lines, `line` the one the problem names (1-based), if any.
    """
    if "YAML front matter" in message:
        return _yaml_error_hint(message, lines, line), line
    if "front matter must be a mapping" in message:
        for number, text in enumerate(_front_matter(lines), start=2):
            match = re.match(r"^([\w-]+):(\S.*)$", text)
            if match:
                fixed = f"{match.group(1)}: {match.group(2)}"
                return f"put a space after the colon: {fixed}", number
        return "front matter is `key: value` lines between two `---` lines", line
    found = _NOT_TEXT.search(message)
    if found:
        for number, text in enumerate(_front_matter(lines), start=2):
            match = _KEY_VALUE.match(text)
            if match and match.group("key").lower() == found.group("key") and match["value"]:
                return (
                    f"YAML reads this value as a {found.group('kind')}; put it in double "
                    f"quotes: {_quoted(match)}",
                    number,
                )
    return None, line


def _yaml_error_hint(message: str, lines: list[str], line: int | None) -> str:
    block = _front_matter(lines)
    if any("\t" in text for text in block):
        return "indent with spaces: YAML does not allow tabs"
    text = lines[line - 1] if line and 1 <= line <= len(lines) else ""
    match = _KEY_VALUE.match(text)
    if match and match.group("indent") and "mapping values" in message:
        return f"front matter keys start at the beginning of the line: {text.strip()}"
    if "expected ',' or ']'" in message:
        return "a list [ ... ] is opened and never closed"
    if "expected ',' or '}'" in message:
        return "a mapping { ... } is opened and never closed"
    value = match.group("value") if match else ""
    if value and value[0] in "'\"" and value.count(value[0]) == 1:
        return f"a quote is opened and never closed: {_quoted(match)}"
    if value and (
        ": " in value or value.endswith(":") or " #" in value or value[0] in _SPECIAL_START
    ):
        return f"put the value in double quotes: {_quoted(match)}"
    if "end of stream" in message and "quoted" in message:
        return "a quote is opened and never closed"
    return (
        "a value containing ': ' or ' #', or starting with one of "
        f"{' '.join(_SPECIAL_START)}, must be in double quotes"
    )


def _front_matter(lines: list[str]) -> list[str]:
    """The lines between the opening `---` and the closing one (or the end)."""
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        return []
    block = []
    for text in lines[1:]:
        if text.strip() in ("---", "..."):
            break
        block.append(text)
    return block


def _quoted(match: re.Match[str]) -> str:
    """The `key: value` line with its value in double quotes."""
    value = match.group("value")
    if value[0] in "'\"" and value.count(value[0]) == 1:
        value = value[1:]  # "Talks end (never closed)
    elif len(value) > 1 and value[0] == "'" and value.count("'") > 2:
        value = value[1:-1] if value.endswith("'") else value[1:]  # 'It's over'
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{match.group("key")}: "{escaped}"'


def is_absolute(url: str) -> bool:
    """Whether `url` is a full http(s) address with a host."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def base_url_warning(base_url: str) -> str | None:
    """The warning `digest build` prints once when `base_url` is not a full address."""
    if is_absolute(base_url):
        return None
    return (
        f'warning: base_url "{base_url}" is not an absolute URL; feeds, the sitemap and share '
        'cards need one: set base_url in [site] to the address, e.g. "https://example.org/"'
    )
