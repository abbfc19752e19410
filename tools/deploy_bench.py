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
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import boto3
from moto.server import ThreadedMotoServer

from generator.build import build
from generator.config import DeployTarget, load_config
from generator.deploy.publish import Target, publish


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_rsync(folder: Path) -> tuple[subprocess.Popen, str]:
    conf = folder / "rsyncd.conf"
    served = folder / "served"
    served.mkdir()
    conf.write_text(
        f"use chroot = no\npid file = {folder / 'pid'}\n[site]\npath = {served}\n"
        f"read only = no\nuid = {os.getuid()}\ngid = {os.getgid()}\n"
    )
    port = free_port()
    daemon = subprocess.Popen(
        [
            "rsync",
            "--daemon",
            "--no-detach",
            f"--config={conf}",
            "--address=127.0.0.1",
            f"--port={port}",
        ]
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    return daemon, f"rsync://127.0.0.1:{port}/site/www"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=Path("content"))
    args = parser.parse_args()
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto logs every request
    with tempfile.TemporaryDirectory(prefix="deploy-bench-") as tmp:
        work = Path(tmp)
        root = work / "site"
        shutil.copytree(args.content, root / "content")
        config = load_config(root=root)
        build(config)

        subprocess.run(["git", "init", "-q", "--bare", str(work / "pages.git")], check=True)
        daemon, rsync_url = start_rsync(work)
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
            "rsync": DeployTarget(url=rsync_url),
            "s3": DeployTarget(url="s3://bench/site", endpoint_url=endpoint, region="us-east-1"),
        }
        rows = {name: [] for name in targets}
        try:
            for step in ("first", "unchanged", "edited"):
                if step == "edited":
                    article = sorted((root / "content").iterdir())[0]
                    with article.open("a", encoding="utf-8") as fh:
                        fh.write("\nA sentence added to measure a small deploy.\n")
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
            daemon.terminate()
            s3.stop()
        total = sum(1 for p in config.output_dir.rglob("*") if p.is_file())
        print(f"{total} files in the site built from {args.content}\n")
        print("| target | first deploy | nothing changed | one article edited |")
        print("|---|---|---|---|")
        for name, cells in rows.items():
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
