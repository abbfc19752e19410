"""Proof that a refactoring changed no output: the same sites built by two revisions.

    python bench/same_output.py [--rev REV] [--new REV] [--workdir /tmp/digest-same-output]
                                [--sizes 1000] [--text 300] [--keep]

Builds three sites with the code of git revision REV (default: HEAD, checked out into a
temporary worktree) and with the code of this checkout as it is (or of revision --new,
checked out likewise, so that editing the checkout meanwhile changes nothing), each into
its own output folder with its own analysis cache, and compares the two output trees file
by file, byte by byte:
the repository's sample `content/`, a synthetic corpus of `--sizes` articles with YAML
front matter, and one of `--text` scraped plain-text articles (boilerplate to strip, no
dates) from ../shared/bench/make_corpus.py. Prints every file that differs or exists on
one side only and exits 1 when any does. Both builds run the NLP cold (the analysis cache
key covers the analysis code, which a refactoring moves), so allow a few minutes.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPUS_ARGS = ("--subdir", "content", "--style")


def corpora(workdir: Path, size: int, text: int) -> dict[str, Path]:
    """The sites to build: name → site folder (with content/)."""
    sites = {"sample": REPO}
    for name, n, style in (("yaml", size, "dual"), ("text", text, "text")):
        if not n:
            continue
        site = workdir / f"{name}-{n}"
        if not (site / "content").is_dir():
            if not MAKE_CORPUS.is_file():
                sys.exit(
                    f"{MAKE_CORPUS} is missing: it makes the synthetic corpora and lives in "
                    "../shared/bench beside the checkout, outside the repository; without it, "
                    "pass --workdir holding corpora made earlier, or --sizes 0 --text 0 to "
                    "compare the sample content/ only"
                )
            subprocess.run(
                [sys.executable, str(MAKE_CORPUS), str(n), str(site), *CORPUS_ARGS, style],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        sites[f"{name}-{n}"] = site
    return sites


def build(code: Path, site: Path, output: Path, cache: Path) -> None:
    """`digest build` of `site` with the generator package found in `code`."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    config = ["--config", str(site / "digest.toml")] if (site / "digest.toml").is_file() else []
    command = [sys.executable, "-c", _RUN, *config, "--content", str(site / "content")]
    command += ["--output", str(output)]
    result = subprocess.run(
        command, cwd=cache, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"build of {site} with {code} failed:\n{result.stderr}")


# The package is imported from PYTHONPATH, ahead of any installed copy.
_RUN = (
    "import sys; sys.path.insert(0, __import__('os').environ['PYTHONPATH']); "
    "from generator.cli import main; sys.exit(main(['build', '--quiet', *sys.argv[1:]]))"
)


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, or exist in one only ('/'-paths)."""
    found = []
    stack = [filecmp.dircmp(left, right)]
    while stack:
        cmp = stack.pop()
        rel = Path(cmp.left).relative_to(left)
        found += [f"only in {REV_LABEL}: {(rel / n).as_posix()}" for n in cmp.left_only]
        found += [f"only in checkout: {(rel / n).as_posix()}" for n in cmp.right_only]
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found += [f"differs: {(rel / n).as_posix()}" for n in [*mismatch, *errors]]
        stack.extend(cmp.subdirs.values())
    return sorted(found)


REV_LABEL = "revision"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--new", help="a revision to compare instead of the checkout")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-same-output"))
    parser.add_argument("--sizes", type=int, default=1000)
    parser.add_argument("--text", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the output trees")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    sites = corpora(args.workdir, args.sizes, args.text)
    scratch = Path(tempfile.mkdtemp(prefix="same-output-", dir=args.workdir))
    trees = [scratch / "rev"] + ([scratch / "new"] if args.new else [])
    for tree, rev in zip(trees, (args.rev, args.new), strict=False):
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
    codes = ((REV_LABEL, trees[0]), ("checkout", trees[1] if args.new else REPO))
    failed = False
    try:
        for name, site in sites.items():
            outputs = []
            for label, code in codes:
                cache = scratch / f"{name}-{label}-cwd"
                cache.mkdir()
                output = scratch / f"{name}-{label}-site"
                build(code, site, output, cache)
                outputs.append(output)
            found = differences(*outputs)
            files = sum(1 for p in outputs[1].rglob("*") if p.is_file())
            print(f"{name}: {files} files, {len(found)} differences")
            for line in found[:50]:
                print(f"  {line}")
            failed |= bool(found)
    finally:
        for tree in trees:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False
            )
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
