"""Where a `digest build`'s memory goes: resident size after each stage, and the peak.

    python bench/memory.py SITE [--edit] [--top N] [--jobs 1]

Runs the build of the site folder SITE (its `digest.toml`, `content/`, analysis cache and
saved state as they are) in this process, stage by stage as `digest build` runs them,
with a thread reading the resident size (`/proc/self/statm`) every 5 ms: prints the size
after each stage and the peak (`VmHWM`). `--edit` first appends a sentence to the middle
article of `content/` (a one-article edit build, as bench/scale.py makes). `--top N` also
traces allocations (`tracemalloc`, several times slower) and prints the N source lines
holding the most memory after each stage from the link stage on.

Measures, not tests: the figures go in docs/performance.md with this command.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.config import load_config  # noqa: E402
from generator.pipeline import Pipeline  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
# The stages' methods, in the order the pipeline calls them; the size is read after each.
STEPS = (
    ("state read", "state", "load"),
    ("state decoded", "state", "load_contents"),
    ("load", "loader", "load"),
    ("clean", "cleaner", "clean"),
    ("analyse", "analyser", "analyse"),
    ("link", "linker", "link"),
    ("stories", "stories", "run"),
    ("plan", "renderer", "render"),
    ("render+write+search", "writer", "write"),
)


def resident() -> int:
    """This process's resident size in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE // 2**20


def peak() -> int:
    """This process's peak resident size (VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


class Sampler(threading.Thread):
    """The largest resident size seen since the last `take`."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.highest = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.005):
            self.highest = max(self.highest, resident())

    def take(self) -> int:
        highest, self.highest = max(self.highest, resident()), 0
        return highest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--edit", action="store_true", help="edit one article first")
    parser.add_argument("--top", type=int, default=0, help="trace allocations, show N lines")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    os.chdir(args.site)
    if args.edit:
        files = sorted(Path("content").glob("*.md"))
        target = files[len(files) // 2]
        target.write_text(target.read_text() + "\nThe memory benchmark edited this article.\n")
    if args.top:
        tracemalloc.start()
    sampler = Sampler()
    sampler.start()
    started = time.perf_counter()
    print(f"start: {resident()} MB")
    # As `digest build` makes it (`generator.build`).
    pipeline = Pipeline(load_config(root=Path(".")), jobs=args.jobs, once=True)
    for name, owner, method in STEPS:
        _report_after(type(getattr(pipeline, owner)), name, method, sampler, started, args.top)
    result = pipeline.run()
    sampler.done.set()
    print(result.summary_line("site"))
    print(f"peak of the process (VmHWM): {peak()} MB")
    return 0


def _report_after(stage: type, name, method, sampler, started, top) -> None:
    """Wrap the stage's `method` to print the resident size once it returns (on the class:
    the pipeline makes a new renderer and writer for a first run)."""
    inner = getattr(stage, method)

    def wrapped(*args, **kwargs):
        result = inner(*args, **kwargs)
        elapsed = time.perf_counter() - started
        during = sampler.take()
        print(f"after {name}: {resident()} MB (highest during: {during} MB) at {elapsed:.1f} s")
        if top and name in ("link", "stories", "plan", "render+write+search"):
            _print_top(top)
        sys.stdout.flush()
        return result

    setattr(stage, method, wrapped)


def _print_top(count: int) -> None:
    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("lineno")
    print(f"  traced: {sum(stat.size for stat in stats) // 2**20} MB; largest lines:")
    for stat in stats[:count]:
        frame = stat.traceback[0]
        where = Path(frame.filename)
        if where.is_relative_to(REPO):
            where = where.relative_to(REPO)
        print(f"  {stat.size / 2**20:7.1f} MB {stat.count:9d} blocks  {where}:{frame.lineno}")


if __name__ == "__main__":
    sys.exit(main())
