"""`digest build` at newsroom scale, with the analysis on a Dask cluster.

    python bench/scale.py [--size 100000] [--workers 2] [--workdir /tmp/digest-scale]
                          [--local] [--skip-cold] [--no-search]

Makes a corpus of --size synthetic articles (../shared/bench/make_corpus.py, YAML front
matter), starts a Dask scheduler and --workers workers on this machine the way a real
cluster is started (`dask scheduler`, `dask worker --nthreads 1`; see docs/scale.md), or a
pool of processes with --local, and times three builds, each a new `digest build --timings`
process: cold (no analysis cache, no saved state: the NLP runs on the workers), no change,
and one article edited. Prints each build's wall time, stage times, peak memory of the
`digest` process and the cost per article, and what the same per-article costs would make
of 1,000,000 articles. Takes hours at 100,000 articles: the NLP does about a dozen
articles a second per worker. `--no-search` builds with `[search] enabled = false`:
Pagefind's memory grows with the pages (2.6 GB at 10,000 articles; see docs/performance.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPUS_ARGS = ("--subdir", "content", "--style", "yaml")
NO_DASHBOARD = ("--dashboard-address", ":0")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_cluster(workers: int, folder: Path) -> tuple[str, list[subprocess.Popen]]:
    """A scheduler and `workers` single-threaded workers on 127.0.0.1; their address."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [str(Path(sys.executable).parent / "dask")]
    log = (folder / "cluster.log").open("ab")
    processes = [
        subprocess.Popen(
            [*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), *NO_DASHBOARD],
            stdout=log,
            stderr=log,
        )
    ]
    time.sleep(3)
    for _ in range(workers):
        processes.append(
            subprocess.Popen(
                [*dask, "worker", address, "--nthreads", "1", "--host", "127.0.0.1", *NO_DASHBOARD],
                stdout=log,
                stderr=log,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
        )
    time.sleep(5)
    return address, processes


def build(site: Path, extra: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak memory (MB) of the `digest` process and its report."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "generator", "build", "--timings", *extra]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=site, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(command)} failed:\n{err.read().decode()}")
        return seconds, usage.ru_maxrss // 1024, out.read().decode().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-scale"))
    parser.add_argument("--local", action="store_true", help="a local process pool, no Dask")
    parser.add_argument("--skip-cold", action="store_true", help="keep the analysis cache")
    parser.add_argument(
        "--no-search", action="store_true", help="build with [search] enabled = false"
    )
    args = parser.parse_args()
    site = args.workdir / f"yaml-{args.size}"
    if not (site / "content").is_dir():
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(args.size), str(site), *CORPUS_ARGS],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    settings = site / "digest.toml"
    if args.no_search:
        settings.write_text("[search]\nenabled = false\n")
    else:
        settings.unlink(missing_ok=True)
    cluster: list[subprocess.Popen] = []
    extra = ["--jobs", str(args.workers)]
    if not args.local:
        address, cluster = start_cluster(args.workers, args.workdir)
        extra = ["--scheduler", address]
    try:
        shutil.rmtree(site / "site", ignore_errors=True)
        if not args.skip_cold:
            shutil.rmtree(site / ".digest-cache", ignore_errors=True)
        (site / ".digest-cache" / "build.sqlite").unlink(missing_ok=True)
        runs = {}
        runs["cold"] = build(site, extra)
        print_run("cold", runs["cold"], args.size)
        runs["no change"] = build(site, extra)
        print_run("no change", runs["no change"], args.size)
        target = sorted((site / "content").glob("*.md"))[args.size // 2]
        target.write_text(target.read_text() + "\nThe benchmark edited this article.\n")
        runs["edit"] = build(site, extra)
        print_run("edit", runs["edit"], args.size)
    finally:
        for process in reversed(cluster):
            process.send_signal(signal.SIGINT)
        for process in cluster:
            process.wait(timeout=60)
    per_article = runs["cold"][0] / args.size
    print(
        f"\ncold: {per_article * 1000:.1f} ms per article with {args.workers} workers; "
        f"1,000,000 articles on {args.workers} workers ≈ {per_article * 1e6 / 3600:.1f} h"
    )
    return 0


def print_run(name: str, run: tuple[float, int, str], size: int) -> None:
    seconds, peak, report = run
    print(f"{name}: {seconds:.1f} s ({seconds / size * 1000:.2f} ms per article), peak {peak} MB")
    for line in report.splitlines():
        print(f"  {line}")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
