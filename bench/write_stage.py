"""What the write stage's three ways of writing cost on a site the size of a 10,000-article
digest: a whole new tree swapped in (`write_site`), the previous tree plus a few changed
files swapped in (`write_changes`, unchanged files hard-linked), and the same files
rewritten in place (`update_site`, serve and watch).

    .venv/bin/python bench/write_stage.py [--files 34000] [--changed 25] [--dir DIR]

Each figure is the median of `--runs` runs; the deletion of the retired tree, which runs in
the background, is timed apart.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from generator.write import update_site, write_changes, write_site


def pages(count: int, size: int, version: str) -> dict[str, bytes]:
    """`count` pages of `size` bytes laid out like a site: three to a folder."""
    body = (f"<p>{version} " + "x" * size)[:size].encode()
    return {f"articles/a{n // 3:05d}/page-{n % 3}.html": body for n in range(count)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=34_000)
    parser.add_argument("--size", type=int, default=8_000, help="bytes per page")
    parser.add_argument("--changed", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="where to write (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
        output = Path(scratch) / "site"
        site = pages(args.files, args.size, "one")
        changed = dict(list(pages(args.changed, args.size, "two").items()))
        removed = [sorted(site)[-1]]
        figures: dict[str, list[float]] = {}

        def note(name: str, started: float) -> float:
            now = time.perf_counter()
            figures.setdefault(name, []).append(now - started)
            return now

        write_site(site, output).join()
        for _ in range(args.runs):
            started = time.perf_counter()
            retired = write_site(site, output)
            started = note("write_site", started)
            retired.join()
            started = note("  then retiring the old tree (background)", started)
            retired = write_changes(changed, removed, output)
            started = note("write_changes", started)
            retired.join()
            started = note("  then retiring the old tree (background) ", started)
            update_site(changed, [], output)
            note("update_site", started)
        print(f"{args.files:,} files of {args.size:,} bytes, {args.changed} changed:")
        for name, values in figures.items():
            print(f"{name:40s} {statistics.median(values):7.3f} s")


if __name__ == "__main__":
    main()
