"""`make fuzz`: every reader and front-matter format against generated and pathological input.

    python -m tests.load.fuzz [--examples N] [--family NAME ...]

Each generated family feeds N inputs (hypothesis, the strategies of `test_properties.py`
and front-matter ones of its own) through `read_content` and the cleaning stage, as a
build does, checking what the property tests check (only articles or reported problems,
path-safe slugs, no unsafe markup) and that each file stays within its time budget. The
pathological families are the inputs that once crashed, hung or blew up a build (nested
brackets, deep lists and quotes, YAML alias bombs, XML entity bombs, deep JSON), at sizes
up to the file-size limit. A watchdog ends the run with a traceback if one file ever takes
longer than `HARD_LIMIT`. Prints a table (docs/reliability.md has the last one); exits 1 on
any crash or budget overrun. Not part of `make test`: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import faulthandler
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load.readers import markdown
from tests.load.test_properties import (
    DATES,
    KEYS,
    check_file,
    dumps,
    encoded,
    feeds,
    files,
    html_pages,
    markdown_files,
    text_files,
    texty,
    words,
)

# A file of any other kind has this long (Markdown: its own budget, see `budget`).
OTHER_BUDGET = 5.0
# Scheduling noise on a shared machine, on top of every budget.
SLACK = 1.0
# Past this, the run is stopped with a traceback: a hang.
HARD_LIMIT = 120.0


def budget(name: str, data: bytes) -> float:
    """The seconds reading `data` as `name` may take."""
    if name.endswith(".md"):
        return markdown.BUDGET_SECONDS + len(data) / markdown.BUDGET_CHARS_PER_SECOND + SLACK
    return OTHER_BUDGET + SLACK


@dataclass
class Result:
    family: str
    inputs: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    biggest: int = 0
    crashes: list[str] = field(default_factory=list)
    over_budget: list[str] = field(default_factory=list)

    def row(self) -> str:
        return (
            f"| {self.family} | {self.inputs:,} | {len(self.crashes)} | {len(self.over_budget)} "
            f"| {self.slowest:.2f} s | {self.biggest:,} B | {self.seconds:.0f} s |"
        )


def probe(result: Result, name: str, data: bytes) -> None:
    """Read one file as the build does; record its time, a crash or a budget overrun."""
    faulthandler.dump_traceback_later(HARD_LIMIT, exit=True)
    # CPU time, as the Markdown budget counts it: on a shared machine, waiting for a core
    # is not the reader's doing (the watchdog above counts wall time).
    started = time.thread_time()
    try:
        check_file(name, data)
    except Exception as exc:
        result.crashes.append(
            f"{name} ({len(data):,} B): {type(exc).__name__}: {exc}"[:300] + f"\n    {data[:300]!r}"
        )
    finally:
        faulthandler.cancel_dump_traceback_later()
    took = time.thread_time() - started
    result.inputs += 1
    result.seconds += took
    result.biggest = max(result.biggest, len(data))
    if took > result.slowest:
        result.slowest = took
    if took > budget(name, data):
        result.over_budget.append(f"{name} ({len(data):,} B): {took:.1f} s\n    {data[:300]!r}")


# Front matter on its own: YAML documents with anchors, aliases, merge keys, tags, flow and
# block styles, and the text header's `Key: value` lines, then a short body.
yaml_scalars = st.one_of(
    texty,
    st.sampled_from([*DATES, "~", "null", "yes", "no", "0x1F", "1e3", ".inf", "'quoted'"]),
    st.sampled_from(["!!str 12", "!!int x", "!!binary aGVsbG8=", "!!python/object:os.system x"]),
)


@st.composite
def yaml_nodes(draw, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["scalar", "flow", "block", "alias"] if depth < 4 else ["scalar"]))
    anchor = f"&a{draw(st.integers(0, 3))} " if draw(st.booleans()) else ""
    if kind == "alias":
        return f"*a{draw(st.integers(0, 3))}"
    if kind == "scalar":
        return anchor + draw(yaml_scalars)
    items = draw(st.lists(yaml_nodes(depth + 1), max_size=4))
    if kind == "flow":
        return anchor + "[" + ", ".join(items) + "]"
    pad = "  " * (depth + 1)
    return anchor + "".join(f"\n{pad}- {item}" for item in items)


@st.composite
def yaml_front_matter(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(st.sampled_from([*KEYS, "<<", "extra", "a", "b"]))
        lines.append(f"{key}: {draw(yaml_nodes())}")
    front = "\n".join(lines)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(front)))
        front = front[:cut] + draw(words) + front[cut:]
    return f"---\n{front}\n---\n\n" + "\n\n".join(draw(st.lists(texty, max_size=3)))


@st.composite
def text_headers(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 10))):
        key = draw(st.one_of(st.sampled_from(KEYS), words))
        value = draw(st.one_of(texty, st.sampled_from(DATES)))
        lines.append(f"{key}:{draw(st.sampled_from(['', ' ', chr(9)]))}{value}")
    body = "\n".join(draw(st.lists(texty, max_size=4)))
    return "\n".join(lines) + draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", ""])) + body


GENERATED: dict[str, tuple[str, st.SearchStrategy[bytes]]] = {
    "text reader (.txt)": ("article.txt", files(text_files())),
    "Markdown reader (.md)": ("article.md", files(markdown_files())),
    "saved page reader (.html)": ("page.html", files(html_pages())),
    "feed reader (.rss)": ("feed.rss", files(feeds())),
    "JSON Lines reader (.jsonl)": ("dump.jsonl", files(dumps())),
    "YAML front matter (.md)": ("front.md", encoded(yaml_front_matter())),
    "text header (.txt)": ("header.txt", encoded(text_headers())),
}


def run_generated(family: str, examples: int) -> Result:
    name, strategy = GENERATED[family]
    result = Result(family)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def each(data: bytes) -> None:
        probe(result, name, data)

    each()
    return result


MAX_FILE = 5_000_000  # the default [build] max_file_size


def _front(body: str) -> str:
    return "---\ntitle: Pathological\n---\n\n" + body


def markdown_cases() -> Iterator[tuple[str, str]]:
    """(name, text) of Markdown that once took quadratic time or recursed too deep."""
    repeated = {
        "nested brackets": lambda n: "[" * n + "]" * n,
        "open brackets": lambda n: "[" * n,
        "images": lambda n: "![" * n,
        "link openers": lambda n: "[a](" * n,
        "reference openers": lambda n: "[a][" * n,
        "autolinks": lambda n: "<http://" * n,
        "angle brackets": lambda n: "<a" * n,
        "backticks": lambda n: "`a``" * n,
        "emphasis": lambda n: "*a**" * n,
        "underscores": lambda n: "_a__" * n,
        "html nesting": lambda n: '<div markdown="1">\n' * n,
        "table": lambda n: "|a" * n + "\n" + "|-" * n + "\n" + "|b" * n,
        "footnotes": lambda n: "[^a]" * n + "\n\n[^a]: x",
        "attribute lists": lambda n: "a {: " * n,
    }
    for label, make in repeated.items():
        for n in (1_000, 10_000, 100_000):
            yield f"{label} x{n}", _front(make(n))
    for depth in (10, 49, 50, 51, 250, 1_000, 3_000):
        yield f"list {depth} deep", _front("\n".join("\t" * i + "- a" for i in range(depth)))
        yield f"quote {depth} deep", _front(">" * depth + " a")
        yield f"quote lines {depth} deep", _front("\n".join(">" * i + " a" for i in range(depth)))
    big = "Officials met in Geneva on Friday to discuss a truce. " * 40
    yield "5 MB of prose", _front("\n\n".join([big] * (MAX_FILE // len(big) - 10)))


def yaml_cases() -> Iterator[tuple[str, str]]:
    """(name, text) of front matter that once expanded into gigabytes, or nests deep."""
    for width in (2, 9, 50):
        for depth in (2, 5, 9, 20):
            lines = ['a0: &a0 ["lol"]']
            for level in range(1, depth):
                refs = ",".join([f"*a{level - 1}"] * width)
                lines.append(f"a{level}: &a{level} [{refs}]")
            lines.append("tags: [" + ",".join([f"*a{depth - 1}"] * width) + "]")
            yield (
                f"alias bomb {width} wide, {depth} deep",
                "---\n" + "\n".join(lines) + "\n---\n\nx",
            )
    chain = ["m0: &m0 {k0: v}"]
    chain += [f"m{i}: &m{i} {{<<: *m{i - 1}, k{i}: v}}" for i in range(1, 500)]
    yield "merge key chain 500 deep", "---\n" + "\n".join(chain) + "\n---\n\nx"
    big = "x" * 100_000
    yield (
        "aliased 100 KB scalar x200",
        (f"---\na: &a {big}\ntags: [{','.join(['*a'] * 200)}]\n---\n\nx"),
    )
    for depth in (100, 999, 1_001, 100_000):
        yield f"flow nesting {depth} deep", "---\ntags: " + "[" * depth + "]" * depth + "\n---\n\nx"
        yield (
            f"map nesting {depth} deep",
            "---\ntags: " + "{a: " * depth + "1" + "}" * depth + "\n---\nx",
        )


def other_cases() -> Iterator[tuple[str, str, str]]:
    """(file name, case, text) for the other readers: entity bombs, deep nesting."""
    # Billion laughs: ten levels of ten references, 10**10 "lol"s if expanded.
    entities = ['<!ENTITY e0 "lol">']
    entities += [f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)]
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(entities)}]>'
    yield (
        "feed.rss",
        "XML entity bomb",
        bomb
        + (
            "<rss version='2.0'><channel><title>&e9;</title><item><title>&e9;</title>"
            "<description>&e9;</description></item></channel></rss>"
        ),
    )
    yield "page.html", "XML entity bomb", bomb + "<html><body><p>&e9;</p></body></html>"
    for depth in (1_000, 100_000):
        yield "page.html", f"elements {depth} deep", "<div>" * depth + "text" + "</div>" * depth
        yield (
            "feed.rss",
            f"elements {depth} deep",
            (
                "<rss><channel><item><description>"
                + "&lt;div&gt;" * depth
                + "text</description></item></channel></rss>"
            ),
        )
        yield (
            "dump.jsonl",
            f"JSON {depth} deep",
            '{"title": "x", "text": ' + "[" * depth + "]" * depth + "}",
        )
    yield "article.txt", "one 4 MB line", "Title: x\n\n" + "word " * 800_000


def run_pathological() -> list[Result]:
    results = []
    for family, cases in (
        (
            "pathological Markdown",
            (("article.md", label, text) for label, text in markdown_cases()),
        ),
        (
            "pathological YAML front matter",
            (("front.md", label, text) for label, text in yaml_cases()),
        ),
        ("entity bombs, deep HTML/XML/JSON", other_cases()),
    ):
        result = Result(family)
        for name, label, text in cases:
            before = len(result.crashes), len(result.over_budget)
            probe(result, name, text.encode("utf-8"))
            if (len(result.crashes), len(result.over_budget)) != before:
                print(f"  {family}: {label}: failed", file=sys.stderr)
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="inputs per family")
    parser.add_argument(
        "--family", action="append", choices=[*GENERATED, "pathological"], help="only these"
    )
    args = parser.parse_args(argv)
    chosen = args.family or [*GENERATED, "pathological"]
    results: list[Result] = []
    started = time.perf_counter()
    for family in chosen:
        print(f"{family} ...", file=sys.stderr, flush=True)
        if family == "pathological":
            results.extend(run_pathological())
        else:
            results.append(run_generated(family, args.examples))
    print(
        "| family | inputs | crashes | over budget | slowest file (CPU) | largest file | CPU time |"
    )
    print("|---|---|---|---|---|---|---|")
    for result in results:
        print(result.row())
    failed = [r for r in results if r.crashes or r.over_budget]
    for result in failed:
        for line in result.crashes + result.over_budget:
            print(f"{result.family}: {line}", file=sys.stderr)
    print(f"\n{sum(r.inputs for r in results):,} inputs in {time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
