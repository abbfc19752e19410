"""Measure `digest deploy` on every kind of target: a first deploy, a deploy with nothing
changed, and a deploy after one article was edited (files sent and seconds).

    .venv/bin/python tools/deploy_bench.py [--content content]

Builds a copy of the content folder with the real pipeline, then deploys it to a local
folder, a bare git repository, an rsync daemon and moto's S3 server, all on this machine
(so the times measure the tool, not a network). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import boto3
from local_servers import free_port, rsync_daemon
from moto.server import ThreadedMotoServer

from generator.config import DeployTarget, load_config
from generator.deploy.publish import Target, publish
from generator.pipeline import build


def add_a_sentence(article: Path) -> None:
    """An editor's small correction: a sentence added to the body's first paragraph.

    Not at the end of the file: a scraped article's last lines are its outlet and comment
    footers, and text after them would stop them being recognised as footers.
    """
    lines = article.read_text(encoding="utf-8").split("\n")
    # The body starts after the first blank line (header lines or front matter before it).
    blank = next((i for i, line in enumerate(lines) if not line.strip()), -1)
    first = next(i for i in range(blank + 1, len(lines)) if lines[i].strip())
    lines[first] += " A sentence was added here to measure a small deploy."
    article.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=Path("content"))
    args = parser.parse_args()
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto logs every request
    with tempfile.TemporaryDirectory(prefix="deploy-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        root = work / "site"
        shutil.copytree(args.content, root / "content")
        config = load_config(root=root)
        build(config)

        subprocess.run(["git", "init", "-q", "--bare", str(work / "pages.git")], check=True)
        rsync_url, _ = stack.enter_context(rsync_daemon(work))
        port = free_port()
        s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        s3.start()
        endpoint = f"http://127.0.0.1:{port}"
        boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(
            Bucket="bench"
        )
        targets = {
            "folder": DeployTarget(url=(work / "www").as_uri()),
            "git": DeployTarget(url=f"git+{work / 'pages.git'}"),
            "rsync": DeployTarget(url=f"{rsync_url}/www"),
            "s3": DeployTarget(url="s3://bench/site", endpoint_url=endpoint, region="us-east-1"),
        }
        rows = {name: [] for name in targets}
        try:
            for step in ("first", "unchanged", "edited"):
                if step == "edited":
                    add_a_sentence(sorted((root / "content").iterdir())[0])
                    build(config)
                for name, options in targets.items():
                    started = time.perf_counter()
                    plan = publish(
                        config.output_dir,
                        Target(name, options),
                        config,
                        dry_run=False,
                        allow_deletes=False,
                    )
                    seconds = time.perf_counter() - started
                    sent = len(plan.uploads) + len(plan.changes)
                    rows[name].append(f"{sent} sent, {len(plan.deletes)} deleted, {seconds:.2f} s")
        finally:
            s3.stop()
        total = sum(1 for p in config.output_dir.rglob("*") if p.is_file())
        print(f"{total} files in the site built from {args.content}\n")
        print("| target | first deploy | nothing changed | one article edited |")
        print("|---|---|---|---|")
        for name, cells in rows.items():
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
