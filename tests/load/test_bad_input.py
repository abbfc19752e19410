"""A folder of nasty content built through the real CLI: every bad file is reported on one
line naming the file (and line) and the reason, the rest is built, and `--strict` fails the
build with exit 1 while leaving the previous site byte for byte as it was."""

import json
import os
from pathlib import Path

import pytest

from generator.cli import main
from tests.helpers import make_site
from tests.load.test_readers import PAGE

GOOD_MD = """---
title: Lavrov and Kerry end Geneva talks
date: 2016-12-09
---

Russian foreign minister Sergei Lavrov and US Secretary of State John Kerry ended talks in Geneva.

Diplomats said the two sides remained far apart on a ceasefire for Aleppo.
"""

GOOD_TXT = """Title: Evacuation of east Aleppo begins
Date: 2016-12-15

The first convoy of buses and ambulances left the besieged eastern districts of Aleppo.
The International Committee of the Red Cross said its teams were supervising the evacuation.
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Security Council votes on monitors</title><guid>w1</guid>
<pubDate>Mon, 19 Dec 2016 20:00:00 GMT</pubDate>
<description>The United Nations Security Council voted to send monitors to Aleppo.</description>
</item></channel></rss>"""

DUMP = "\n".join(
    [
        json.dumps(
            {
                "title": "Putin holds year-end news conference",
                "text": "Vladimir Putin spoke to reporters in Moscow for four hours.",
                "date": "2016-12-23",
                "source": "Dump",
            }
        ),
        '{"title": "broken line", "text": ',
    ]
)

# (file, line, reason) for every problem the non-strict build must report, in report order.
EXPECTED = [
    ("bad-date.md", None, "skipped: unparseable date 'next Tuesday'"),
    ("bad-yaml.md", 3, "skipped: malformed YAML front matter"),
    ("big.txt", None, "skipped: file is larger than the 4,000-byte limit (4,500 bytes)"),
    ("binary.txt", None, "skipped: binary file (contains NUL bytes)"),
    ("broken.rss", 3, "skipped: not a readable feed: no element found"),
    ("dump.jsonl", 2, "line skipped: invalid JSON"),
    ("empty.txt", None, "skipped: empty file"),
    ("fifo.txt", None, "skipped: not a regular file"),
    ("gone.txt", None, "skipped: cannot read file (No such file or directory)"),
    ("invalid.htm", None, "skipped: no readable text in the page"),
    ("truncated.html", None, "skipped: no readable text in the page"),
]


@pytest.fixture(scope="module")
def nasty(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("nasty")
    outside = root / "outside-secret.txt"
    outside.write_text("Title: Leaked\n\nTOP SECRET text from outside the content folder.\n")
    make_site(
        root,
        {
            "good.md": GOOD_MD,
            "good.txt": GOOD_TXT,
            "page.html": PAGE,
            "wire.xml": FEED,
            "dump.jsonl": DUMP,
            "empty.txt": b"",
            "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "truncated.html": "<!doctype html><html><head><title>Breaking: cou",
            "invalid.htm": "<<<<>>>> </div></div> <!-- never closed",
            "broken.rss": '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Cut',
            "bad-yaml.md": "---\ntitle: Fine\ntags: [unclosed\n---\n\nBody text.\n",
            "bad-date.md": "---\ntitle: When\ndate: next Tuesday\n---\n\nBody text.\n",
            "big.txt": "Title: Big\n\n" + "x" * (4_500 - 13) + "\n",
            "notes.pdf": b"%PDF-1.4 not a content format",
        },
        config="[build]\nmax_file_size = 4000\n",
    )
    content = root / "content"
    os.mkfifo(content / "fifo.txt")  # a reader would block on it forever
    (content / "gone.txt").symlink_to(content / "deleted-long-ago.txt")
    (content / "leak.txt").symlink_to(outside)
    return root


def run_cli(root: Path, capsys, monkeypatch, *args: str) -> tuple[int, list[str], str]:
    monkeypatch.chdir(root)
    code = main(["build", *args])
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out


def problem_lines(err: list[str]) -> list[str]:
    # The files' problems; not the warning about the site's settings (base_url is a path).
    return [
        line
        for line in err
        if line.startswith("warning: ") and not line.startswith("warning: base_url ")
    ]


def expected_lines(extra: list[tuple[str, int | None, str]] = ()) -> list[tuple[str, str]]:
    return sorted(
        (f"warning: {name}:{line}: " if line else f"warning: {name}: ", reason)
        for name, line, reason in [*EXPECTED, *extra]
    )


def matches(lines: list[str], expected: list[tuple[str, str]]) -> bool:
    return len(lines) == len(expected) and all(
        line.startswith(where + reason)
        for line, (where, reason) in zip(lines, expected, strict=True)
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_bad_files_are_reported_one_line_each_and_the_rest_is_built(nasty, capsys, monkeypatch):
    code, err, out = run_cli(nasty, capsys, monkeypatch)
    assert code == 0, err
    lines = sorted(problem_lines(err))
    assert matches(lines, expected_lines()), "\n".join(lines)
    assert f"{len(EXPECTED)} warnings" in out and "→ site" in out
    published = json.loads((nasty / "site/api/articles.json").read_text(encoding="utf-8"))
    assert sorted(a["title"] for a in published) == [
        "Aleppo talks end",
        "Evacuation of east Aleppo begins",
        "Lavrov and Kerry end Geneva talks",
        "Putin holds year-end news conference",
        "Security Council votes on monitors",
    ]
    built = b"".join(snapshot(nasty / "site").values())
    assert b"TOP SECRET" not in built  # the symlink out of content/ was not followed
    assert b"PDF" not in built


def test_strict_fails_with_every_problem_and_keeps_the_previous_site(nasty, capsys, monkeypatch):
    run_cli(nasty, capsys, monkeypatch)
    before = snapshot(nasty / "site")
    code, err, out = run_cli(nasty, capsys, monkeypatch, "--strict")
    assert code == 1
    unknown = ("notes.pdf", None, "no reader for this file type; file ignored")
    lines = sorted(problem_lines(err))
    assert matches(lines, expected_lines([unknown])), "\n".join(lines)
    assert err[-1].startswith("error: build failed: 12 problems with --strict")
    assert out == ""
    assert snapshot(nasty / "site") == before
