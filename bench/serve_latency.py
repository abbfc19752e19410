"""Save → reload latency of `digest serve`, measured the way a browser sees it.

    python bench/serve_latency.py [--sizes 1000 10000] [--styles yaml text] [--edits 12]
                                  [--template-edits 3] [--workdir /tmp/digest-serve-bench]
                                  [--stories on off] [--first-save-after SECONDS]

For each corpus (generated once with ../shared/bench/make_corpus.py and kept in --workdir):
warm the analysis cache with `digest build`, start `digest serve --port 0` as a subprocess,
connect an EventSource-style client to it, then edit one article --edits times and time each
file write → reload event at the client; then edit the article template and time that too.
Prints p50 / p95 / max per corpus and per `[stories] enabled` value asked for (`--stories
off on` compares a site without stories with the same site with them, in one run). The
machine's CPU may be shared: compare figures taken in one run rather than across runs.

The first save after start-up is reported apart from the others (which the p50 is of): it
is made --first-save-after seconds after the server printed "watching" (0: at once), and
pays for whatever start-up left to the first change. "ready" is when the server said it
had restored what a change needs (`ready for changes`, printed with --timings).
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPUS_ARGS = ("--subdir", "content", "--style")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def env() -> dict[str, str]:
    # The checkout's code, unless the caller points PYTHONPATH elsewhere on purpose.
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(REPO)}


def corpus(workdir: Path, style: str, size: int) -> Path:
    site = workdir / f"{style}-{size}"
    if not (site / "content").is_dir():
        if not MAKE_CORPUS.is_file():
            sys.exit(
                f"{MAKE_CORPUS} is missing: it makes the synthetic corpora and lives in "
                "../shared/bench beside the checkout, outside the repository; without it, "
                f"pass --workdir holding corpora made earlier ({style}-{size}/content)"
            )
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(size), str(site), *CORPUS_ARGS, style],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return site


class EventClient:
    """Reads the server's event stream on a thread; each reload event goes into a queue."""

    def __init__(self, port: int):
        self.events: queue.Queue[tuple[float, str]] = queue.Queue()
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__digest/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.stream = self.sock.makefile("rb")
        while self.stream.readline() not in (b"\r\n", b""):
            pass
        threading.Thread(target=self._read, daemon=True).start()
        self.next(timeout=10)  # the greeting with the current build number

    def _read(self) -> None:
        event = None
        for raw in self.stream:
            line = raw.decode().rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "reload":
                self.events.put((time.perf_counter(), line[6:]))

    def next(self, timeout: float) -> float:
        return self.events.get(timeout=timeout)[0]

    def close(self) -> None:
        self.sock.close()


def start_server(
    site: Path, verbose: bool, ready: list[float]
) -> tuple[subprocess.Popen, int, list[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", "0", "--timings"],
        cwd=site,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    port = None
    for line in proc.stdout:
        lines.append(line.rstrip())
        found = re.search(r"127\.0\.0\.1:(\d+)", line)
        if found:
            port = int(found.group(1))
        if line.startswith("watching"):
            break
    if port is None:
        proc.kill()
        raise SystemExit("digest serve did not start:\n" + "\n".join(lines))
    threading.Thread(
        target=_collect, args=(proc.stdout, lines, verbose, ready), daemon=True
    ).start()
    return proc, port, lines


def _collect(stream, lines: list[str], verbose: bool, ready: list[float]) -> None:
    for line in stream:
        lines.append(line.rstrip())
        if line.startswith("ready for changes"):
            ready.append(time.perf_counter())
        if verbose:
            progress("serve | " + line.rstrip())


def set_stories(site: Path, enabled: bool) -> None:
    """Write `[stories] enabled` into the site's digest.toml (the rest of it kept)."""
    config = site / "digest.toml"
    text = config.read_text(encoding="utf-8") if config.is_file() else ""
    text = text.split(STORIES_MARK)[0]
    value = "true" if enabled else "false"
    config.write_text(f"{text}{STORIES_MARK}[stories]\nenabled = {value}\n", encoding="utf-8")


STORIES_MARK = "# serve_latency.py --stories\n"


def measure(
    site: Path, edits: int, template_edits: int, verbose: bool, first_save_after: float
) -> dict[str, object]:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "-q"],
        cwd=site,
        env=env(),
        check=True,
        stderr=subprocess.DEVNULL,
    )
    first_build = time.perf_counter() - started

    started = time.perf_counter()
    ready: list[float] = []
    proc, port, _ = start_server(site, verbose, ready)
    startup = time.perf_counter() - started
    client = EventClient(port)
    time.sleep(max(0.0, started + startup + first_save_after - time.perf_counter()))
    articles = sorted((site / "content").iterdir())
    target = articles[len(articles) // 2]
    original = target.read_bytes()
    template = site / "templates" / "article.html"
    theme = REPO / "templates" / "article.html"
    saves, renders = [], []
    try:
        for i in range(edits):
            text = original.decode().rstrip("\n")
            # A text never saved before, so the edited article really is analysed again
            # (the same edits in an earlier run would be answered from the cache).
            stamp = time.time_ns()
            text += f"\n\nEdit number {i} of this article was saved for benchmark run {stamp}.\n"
            written = time.perf_counter()
            target.write_text(text, encoding="utf-8")
            saves.append(client.next(timeout=600) - written)
            progress(f"save {i + 1}: {saves[-1]:.3f} s")
            time.sleep(0.3)
        template.parent.mkdir(exist_ok=True)
        for i in range(template_edits):
            # Inside the content block, so that every article page really changes.
            body = theme.read_text(encoding="utf-8").replace(
                "{% block content %}", f"{{% block content %}}<!-- template edit {i} -->", 1
            )
            written = time.perf_counter()
            template.write_text(body, encoding="utf-8")
            renders.append(client.next(timeout=1800) - written)
            progress(f"template edit {i + 1}: {renders[-1]:.3f} s")
            time.sleep(0.3)
    finally:
        client.close()
        target.write_bytes(original)
        template.unlink(missing_ok=True)
        if template.parent.is_dir() and not any(template.parent.iterdir()):
            template.parent.rmdir()
        # SIGTERM, not SIGINT: a benchmark started in the background ignores SIGINT.
        proc.send_signal(signal.SIGTERM)
        # At 10,000 articles the state saved at stop is large: a loaded machine takes minutes.
        proc.wait(timeout=900)
    return {
        "first_build": first_build,
        "startup": startup,
        "ready": ready[0] - started if ready else None,
        "saves": saves,
        "renders": renders,
    }


def progress(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def summary(values: list[float]) -> str:
    if not values:
        return "-"
    return (
        f"p50 {statistics.median(values):.3f} s, p95 {percentile(values, 95):.3f} s, "
        f"max {max(values):.3f} s (n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--styles", nargs="+", default=["yaml", "text"])
    parser.add_argument("--edits", type=int, default=12)
    parser.add_argument("--template-edits", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-serve-bench"))
    parser.add_argument("--stories", nargs="+", choices=["on", "off"], default=["on"])
    parser.add_argument(
        "--first-save-after",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long after start-up before the first save (default: save at once)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="print digest serve's output as it comes"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"CPU cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}")
    for size in args.sizes:
        for style in args.styles:
            site = corpus(args.workdir, style, size)
            for stories in args.stories:
                set_stories(site, stories == "on")
                result = measure(
                    site, args.edits, args.template_edits, args.verbose, args.first_save_after
                )
                print(f"\n{style} corpus, {size} articles, stories {stories} ({site})")
                print(f"  digest build (first):      {result['first_build']:.1f} s")
                print(f"  digest serve start-up:     {result['startup']:.1f} s")
                ready = result["ready"]
                print(
                    "  ready for changes:         "
                    + (f"{ready:.1f} s after start" if ready is not None else "-")
                )
                saves = result["saves"]
                first = f"{saves[0]:.3f} s" if saves else "-"
                print(
                    f"  first save → reload:       {first} "
                    f"(saved {args.first_save_after:g} s after start-up)"
                )
                print(f"  later saves → reload:      {summary(saves[1:])}")
                print(f"  template edit → reload:    {summary(result['renders'])}")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
