"""The fault probes of issue 21, end to end: `digest build` processes killed with SIGKILL at
every step of the write, SIGTERM, two builds at once, a full disk (a real tmpfs), a folder
that may not be written, outputs that are not ours, a corrupt or locked cache. The previous
site always survives whole, nothing is left behind for long, and every failure is one line.
"""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from generator import write
from generator.build import build
from generator.cli import main
from generator.config import load_config
from generator.write import MARKER
from tests.helpers import REPO, make_site, retired_trees_deleted, without_root_powers

ARTICLE = """---
title: {title}
date: 2016-12-{day:02d}
tags: [Ceasefire talks]
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.

The talks ended without an agreement, and both delegations said they would meet again.
"""

FIRST = {
    f"{day:02d}.md": ARTICLE.format(title=f"Talks in Geneva, day {day}", day=day)
    for day in range(1, 13)
}
ADDED = ("13.md", ARTICLE.format(title="Convoys leave Aleppo", day=13))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(root: Path) -> list[str]:
    """What writes of root/site left beside it."""
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".site."))


def leftovers_soon(root: Path, within: float = 20.0) -> list[str]:
    """What writes of root/site left beside it once the retired tree of the last build is
    deleted: a `digest build` exits without waiting for that (an `rm` process of its own
    deletes it), so it may be there a moment longer; never `within` seconds."""
    deadline = time.monotonic() + within
    while (found := leftovers(root)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


@dataclass(frozen=True)
class Sites:
    template: Path  # content FIRST, built, with the cache warm for FIRST and ADDED
    before: dict[str, bytes]  # its site
    after: dict[str, bytes]  # the site once ADDED is added

    def copy(self, to: Path) -> Path:
        """A copy of the template with ADDED written: the next build makes `after`."""
        shutil.copytree(self.template, to, symlinks=True)
        (to / "content" / ADDED[0]).write_text(ADDED[1])
        return to


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> Sites:
    base = tmp_path_factory.mktemp("faults")
    # An absolute base_url: a build of this site warns of nothing.
    template = make_site(
        base / "template", FIRST, config='[site]\nbase_url = "https://digest.example/"\n'
    )
    build(load_config(root=template))
    before = snapshot(template / "site")
    other = Sites(template, before, {}).copy(base / "other")
    build(load_config(root=other))
    retired_trees_deleted()
    # The template's cache then holds both sets of analyses: no process below needs spaCy.
    # Not the other site's spare (hard links to its output, copies once copied), which
    # every copy of the template would find stale and retire before its own write.
    shutil.rmtree(template / ".digest-cache")
    shutil.copytree(
        other / ".digest-cache",
        template / ".digest-cache",
        ignore=shutil.ignore_patterns(write.SPARE),
    )
    return Sites(template, before, snapshot(other / "site"))


def apply_fault(fault: str) -> None:
    """Arrange, in a child process, for it to die at one exact step of the write: a real
    SIGKILL (or SIGTERM) of the process itself at that step."""
    kind, _, arg = fault.partition(":")

    def die(signum=signal.SIGKILL):
        os.kill(os.getpid(), signum)

    if kind in ("kill-at-file", "term-at-file"):
        add, written = write.StagedSite.add, []

        def counting(self, rel, data):
            add(self, rel, data)
            written.append(rel)
            if len(written) == int(arg):
                die(signal.SIGKILL if kind == "kill-at-file" else signal.SIGTERM)

        write.StagedSite.add = counting
    elif kind == "kill-after-exchange":
        exchange = write._exchange

        def exchanging(a, b):
            done = exchange(a, b)
            die()
            return done

        write._exchange = exchanging
    elif kind == "kill-between-renames":
        write._exchange = lambda a, b: False  # a file system without an atomic exchange
        rename = os.rename

        def renaming(src, dst):
            rename(src, dst)
            # The output's retirement, not a spare's.
            if os.path.basename(dst).startswith(".site.old-"):
                die()

        os.rename = renaming
    elif kind == "pause-before-swap":
        swap = write._swap

        def pausing(staging, output):
            time.sleep(float(arg))
            return swap(staging, output)

        write._swap = pausing
    elif kind == "kill-while-retiring":
        delete = write._delete_trees

        def retiring(paths, detach=False):
            if not any(path.name.startswith(".site.old-") for path in paths):
                return delete(paths, detach)  # a spare given up, not the output's tree
            for path in paths:
                (path / write.MARKER).unlink()
            die()

        write._delete_trees = retiring


@dataclass(frozen=True)
class Done:
    returncode: int
    stderr: str


def digest(root: Path, *args: str, fault: str = "", kill_after: float | None = None) -> Done:
    """`digest ARGS` run in `root` by a child process forked from this one (so that it
    starts at once, its modules already imported), with `fault` applied in it; or killed
    with SIGKILL after `kill_after` seconds."""
    child = start(root, *args, fault=fault)
    if kill_after is not None:
        time.sleep(kill_after)
        os.kill(child[0], signal.SIGKILL)
    return finish(child)


def start(root: Path, *args: str, fault: str = "") -> tuple[int, IO[str]]:
    """Fork the child of `digest`; its process id and the file its stderr goes to."""
    err = tempfile.TemporaryFile("w+")  # noqa: SIM115 (closed by `finish`)
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.chdir(root)
            os.dup2(err.fileno(), 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            # pytest's capture stands in for sys.stdout and sys.stderr; the child's are
            # its own descriptors.
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            if fault:
                apply_fault(fault)
            code = main(list(args))
            # As the interpreter would before exiting: wait for the retired trees.
            for thread in threading.enumerate():
                if thread is not threading.current_thread() and not thread.daemon:
                    thread.join()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    return pid, err


def finish(child: tuple[int, IO[str]]) -> Done:
    """Wait for a child of `start`: its exit status and what it wrote on stderr."""
    pid, err = child
    _, status = os.waitpid(pid, 0)
    with err:
        err.seek(0)
        return Done(os.waitstatus_to_exitcode(status), err.read())


def rebuilt_cleanly(root: Path, sites: Sites) -> None:
    """The next plain `digest build` puts the new site in place and clears what was left."""
    done = digest(root, "build", "-q")
    assert done.returncode == 0, done.stderr
    site = snapshot(root / "site")
    differ = sorted(
        rel for rel in site.keys() | sites.after.keys() if site.get(rel) != sites.after.get(rel)
    )
    assert differ == [], done.stderr
    assert leftovers_soon(root) == []


@pytest.mark.parametrize(
    "fault",
    ["kill-at-file:1", "kill-at-file:20", "kill-between-renames"],
)
def test_a_build_killed_before_its_swap_leaves_the_previous_site(tmp_path, sites, fault):
    root = sites.copy(tmp_path / "root")
    done = digest(root, "build", "-q", fault=fault)
    assert done.returncode == -signal.SIGKILL
    if fault == "kill-between-renames":
        # The one window two renames leave: no site/ until the next start puts it back,
        # even a start whose build then fails.
        assert not (root / "site").exists()
        failed = digest(root, "build", "-q", "--content", str(root / "nothing-here"))
        assert failed.returncode == 1 and "does not exist" in failed.stderr
    assert snapshot(root / "site") == sites.before
    assert leftovers(root)  # what the kill left ...
    rebuilt_cleanly(root, sites)  # ... goes at the next build


@pytest.mark.parametrize("fault", ["kill-after-exchange", "kill-while-retiring"])
def test_a_build_killed_after_its_swap_has_the_new_site(tmp_path, sites, fault):
    root = sites.copy(tmp_path / "root")
    done = digest(root, "build", "-q", fault=fault)
    assert done.returncode == -signal.SIGKILL
    assert snapshot(root / "site") == sites.after
    assert leftovers(root)
    rebuilt_cleanly(root, sites)


def test_a_whole_site_build_leaves_its_first_edit_a_spare(tmp_path, sites, monkeypatch):
    root = sites.copy(tmp_path / "root")
    shutil.rmtree(root / "site")  # the build writes the whole site
    build(load_config(root=root))
    spare = root / ".digest-cache" / write.SPARE
    journal = json.loads((spare / write.JOURNAL).read_bytes())
    assert (journal["written"], journal["removed"]) == ([], [])
    assert snapshot(spare) == {**sites.after, write.JOURNAL: (spare / write.JOURNAL).read_bytes()}
    taken = []
    real_take = write.StagedSite._take_spare
    monkeypatch.setattr(
        write.StagedSite,
        "_take_spare",
        lambda self, spare, journal: taken.append(real_take(self, spare, journal)) or taken[-1],
    )
    (root / "content" / ADDED[0]).unlink()
    build(load_config(root=root))
    assert len(taken) == 1 and taken[0] is not None
    assert snapshot(root / "site") == sites.before


@pytest.mark.parametrize("fault", ["kill-at-file:1", "kill-after-exchange"])
def test_an_edit_killed_while_written_from_the_spare_loses_nothing(tmp_path, sites, fault):
    root = sites.copy(tmp_path / "root")
    assert digest(root, "build", "-q").returncode == 0
    added = root / "content" / ADDED[0]
    added.unlink()
    # An edit's build keeps the tree it retired as the spare of the next one.
    assert digest(root, "build", "-q").returncode == 0
    spare = root / ".digest-cache" / write.SPARE
    assert snapshot(spare) == {**sites.after, write.JOURNAL: (spare / write.JOURNAL).read_bytes()}
    assert snapshot(root / "site") == sites.before
    added.write_text(ADDED[1])
    done = digest(root, "build", "-q", fault=fault)
    assert done.returncode == -signal.SIGKILL
    # Killed while the spare was being written into, the site is the one before; after the
    # swap, the new one.
    assert snapshot(root / "site") == (sites.before if fault == "kill-at-file:1" else sites.after)
    assert leftovers(root)
    rebuilt_cleanly(root, sites)


def test_kills_at_random_moments_never_leave_half_a_site(tmp_path, sites):
    root = sites.copy(tmp_path / "root")
    started = time.monotonic()
    rebuilt_cleanly(root, sites)
    took = time.monotonic() - started
    rng = random.Random(21)
    for _ in range(8):
        shutil.rmtree(root / "site")
        shutil.copytree(sites.template / "site", root / "site")
        done = digest(root, "build", "-q", kill_after=rng.uniform(0.2, 1.1) * took)
        assert done.returncode in (0, -signal.SIGKILL)
        assert snapshot(root / "site") in (sites.before, sites.after)
    rebuilt_cleanly(root, sites)


def test_sigterm_during_the_write_removes_the_staging_folder(tmp_path, sites):
    root = sites.copy(tmp_path / "root")
    done = digest(root, "build", "-q", fault="term-at-file:20")
    assert done.returncode == 128 + signal.SIGTERM
    assert done.stderr == ""
    assert snapshot(root / "site") == sites.before
    assert leftovers_soon(root) == []


def test_builds_of_one_site_take_turns(tmp_path, sites):
    root = sites.copy(tmp_path / "root")
    # The first holds its staged site a while before swapping it in; the second, started
    # meanwhile, waits for it rather than clearing its staging folder as a leftover.
    first = start(root, "build", "-q", fault="pause-before-swap:1.5")
    time.sleep(0.5)
    second = start(root, "build", "-q")
    done = finish(first), finish(second)
    assert [d.returncode for d in done] == [0, 0], done
    assert done[0].stderr == ""
    assert done[1].stderr == (
        f"waiting for another digest process writing {root / 'site'} (lock {root / '.site.lock'})\n"
    )
    assert snapshot(root / "site") == sites.after
    assert leftovers_soon(root) == []


def test_output_folders_that_are_not_ours_are_refused(tmp_path, capsys, monkeypatch):
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks", day=9)})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "D/sub").mkdir(parents=True)
    (tmp_path / "D/thesis.txt").write_text("four years of work")
    (tmp_path / "digest.toml").write_text("[site]\ntitle = 'Mine'\n")
    (tmp_path / "site").write_text("a file called site")
    for output, why in [
        ("D", f"output folder {tmp_path / 'D'} holds files that digest did not write"),
        ("digest.toml", f"output folder {tmp_path / 'digest.toml'} would replace {tmp_path}/"),
        ("site", f"output {tmp_path / 'site'} is a file, not a folder"),
    ]:
        args = ["build", "-q"] + (["--output", output] if output != "site" else [])
        capsys.readouterr()
        assert main(args) == 1
        err = capsys.readouterr().err
        assert why in err and "Traceback" not in err
    assert (tmp_path / "D/thesis.txt").read_text() == "four years of work"
    assert (tmp_path / "D/sub").is_dir()
    assert (tmp_path / "digest.toml").read_text() == "[site]\ntitle = 'Mine'\n"
    assert (tmp_path / "site").read_text() == "a file called site"


def test_the_config_files_place_is_never_an_output_even_before_it_exists(
    tmp_path, capsys, monkeypatch
):
    # A site written to ./digest.toml would make every later `digest build` fail to read
    # its configuration.
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks", day=9)})
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-q", "--output", "digest.toml"]) == 1
    assert f"would replace {tmp_path / 'digest.toml'}" in capsys.readouterr().err
    assert not (tmp_path / "digest.toml").exists()
    assert main(["build", "-q"]) == 0


FULL_DISK = textwrap.dedent(
    """
    set -e
    mount -t tmpfs -o size=$SIZE tmpfs "$DISK"
    cp -a "$TEMPLATE" "$DISK/root"
    cp "$ADDED" "$DISK/root/content/"
    cd "$DISK/root"
    find site -type f | sort | xargs md5sum > "$DISK/before"
    # Fill the disk but for 64 KB: room for the cache's shared memory file, not for a site.
    dd if=/dev/zero of="$DISK/spare" bs=4096 count=16 2>/dev/null
    dd if=/dev/zero of="$DISK/filler" bs=4096 2>/dev/null || true
    rm "$DISK/spare"
    set +e
    "$PYTHON" -m generator build -q 2> "$DISK/err"
    echo "exit $?"
    cat "$DISK/err"
    find site -type f | sort | xargs md5sum | cmp -s - "$DISK/before" && echo "site unchanged"
    ls -a "$DISK/root" | grep '^\\.site\\.' || echo "nothing left"
    """
)


def test_a_full_disk_fails_the_build_in_one_line_and_keeps_the_site(tmp_path, sites):
    # A real tmpfs in a private mount namespace (unshare: no root needed where user
    # namespaces are allowed), filled up before the build.
    added = tmp_path / ADDED[0]
    added.write_text(ADDED[1])
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sum(f.stat().st_size for f in sites.template.rglob("*") if f.is_file())
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", FULL_DISK],
        env={
            **os.environ,
            "PYTHONPATH": str(REPO),
            "PYTHON": sys.executable,
            "DISK": str(disk),
            "TEMPLATE": str(sites.template),
            "ADDED": str(added),
            "SIZE": str(size * 2 + 1_000_000),
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "exit 1", done.stdout + done.stderr
    assert "Traceback" not in done.stdout, done.stdout
    (error,) = [line for line in lines if line.startswith("error:")]
    assert error.startswith("error: build failed: cannot write the site into ")
    assert "No space left on device" in error
    assert lines[-2:] == ["site unchanged", "nothing left"]


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, sites):
    root = sites.copy(tmp_path / "root")
    root.chmod(0o555)
    try:
        done = subprocess.run(
            [*without_root_powers(), sys.executable, "-m", "generator", "build", "-q"],
            cwd=root,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            check=False,
        )
    finally:
        root.chmod(0o755)
    assert done.returncode == 1
    assert done.stderr == f"error: build failed: cannot write beside {root / 'site'}: " + (
        "Permission denied\n"
    )
    assert snapshot(root / "site") == sites.before


def test_a_corrupt_cache_is_a_warning_and_the_build_goes_on(tmp_path, sites, capsys, monkeypatch):
    root = sites.copy(tmp_path / "root")
    monkeypatch.chdir(root)
    cache = root / ".digest-cache/analysis.sqlite"
    # Every page but the first (the probe's dd seek=10 count=30, on a cache this small).
    pages = cache.stat().st_size // 4096
    assert pages > 2
    with cache.open("r+b") as fh:  # dd if=/dev/urandom bs=4096 seek=1 conv=notrunc
        fh.seek(4096)
        fh.write(os.urandom((pages - 1) * 4096))
    capsys.readouterr()
    assert main(["build", "-q"]) == 0
    err = capsys.readouterr().err
    assert f"warning: {cache}: analysis cache was corrupt (" in err
    assert snapshot(root / "site") == sites.after
    assert [p.name for p in cache.parent.iterdir() if ".corrupt-" in p.name]
    # The next build has a good cache again, and says nothing.
    assert main(["build", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_a_cache_locked_by_another_process_is_waited_for(tmp_path, sites, capfd, monkeypatch):
    root = sites.copy(tmp_path / "root")
    monkeypatch.chdir(root)
    cache = root / ".digest-cache/analysis.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time; db = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "db.execute('PRAGMA locking_mode=EXCLUSIVE'); db.execute('BEGIN EXCLUSIVE');"
            "db.execute('DELETE FROM meta WHERE key = \"nothing\"');"
            "print('locked', flush=True); time.sleep(1.5); db.execute('COMMIT')",
            str(cache),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout.readline() == b"locked\n"
    assert main(["build", "-q"]) == 0
    holder.wait()
    err = capfd.readouterr().err
    assert f"waiting for {cache}: locked by another process" in err
    assert "warning" not in err
    assert snapshot(root / "site") == sites.after
    assert sqlite3.connect(cache).execute("SELECT COUNT(*) FROM analysis").fetchone()[0] > 0


def test_the_marker_is_what_makes_an_output_replaceable(tmp_path, sites):
    root = sites.copy(tmp_path / "root")
    assert (root / "site" / MARKER).is_file()
    (root / "site/notes.txt").write_text("mine")
    (root / "site" / MARKER).unlink()
    done = digest(root, "build", "-q")
    assert done.returncode == 1 and "notes.txt" in done.stderr
    assert (root / "site/notes.txt").read_text() == "mine"
