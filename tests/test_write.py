"""The write stage: only its own folders are replaced, swaps are atomic, writers take turns,
and what killed writes leave is put back or cleared."""

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator import write
from generator.write import (
    MARKER,
    OutputError,
    StagedSite,
    check_output_dir,
    update_site,
    write_changes,
    write_site,
)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def beside(output: Path) -> list[str]:
    """What lies beside the output, apart from the output itself."""
    return sorted(p.name for p in output.parent.iterdir() if p != output)


def test_every_output_is_marked_and_a_marked_folder_is_replaced(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one", "a/b.html": b"b"}, out).join()
    assert (out / MARKER).is_file()
    write_site({"index.html": b"two"}, out).join()
    assert tree(out) == {"index.html": b"two"}
    assert beside(out) == []


@pytest.mark.parametrize("checked", ["check_output_dir", "write_site"])
def test_a_folder_of_other_files_is_refused_and_left_as_it_was(tmp_path, checked):
    out = tmp_path / "D"
    (out / "sub").mkdir(parents=True)
    (out / "thesis.txt").write_text("four years of work")
    (out / "sub/notes.txt").write_text("notes")
    with pytest.raises(OutputError, match=rf"{out}.*thesis\.txt"):
        if checked == "check_output_dir":
            check_output_dir(out, [tmp_path / "content"])
        else:
            write_site({"index.html": b"x"}, out)
    assert tree(out) == {"thesis.txt": b"four years of work", "sub/notes.txt": b"notes"}
    assert beside(out) == []


def test_a_file_at_the_output_path_is_refused(tmp_path):
    out = tmp_path / "site"
    out.write_text("a file named site")
    with pytest.raises(OutputError, match=rf"{out} is a file"):
        write_site({"index.html": b"x"}, out)
    assert out.read_text() == "a file named site"
    (tmp_path / "link").symlink_to(out)
    with pytest.raises(OutputError, match="is a file"):
        check_output_dir(tmp_path / "link", [])
    assert out.read_text() == "a file named site"


def test_an_empty_folder_and_a_site_written_before_markers_are_replaced(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    write_site({"index.html": b"x"}, empty).join()
    assert tree(empty) == {"index.html": b"x"}

    old = tmp_path / "old"
    for rel in ("index.html", ".nojekyll", "api/articles.json", "tags/x/index.html"):
        (old / rel).parent.mkdir(parents=True, exist_ok=True)
        (old / rel).write_text("built by an older digest")
    check_output_dir(old, [])
    write_site({"index.html": b"new"}, old).join()
    assert tree(old) == {"index.html": b"new"}

    # The same names and one more: not a site of ours.
    (tmp_path / "mixed/api").mkdir(parents=True)
    for rel in ("index.html", ".nojekyll", "api/articles.json", "thesis.txt"):
        (tmp_path / "mixed" / rel).write_text("x")
    with pytest.raises(OutputError, match=r"thesis\.txt"):
        check_output_dir(tmp_path / "mixed", [])


def test_an_output_that_would_replace_the_sources_is_refused(tmp_path):
    (tmp_path / "content").mkdir()
    with pytest.raises(OutputError, match="would replace"):
        check_output_dir(tmp_path, [tmp_path / "content"])
    with pytest.raises(OutputError, match="would replace"):
        check_output_dir(tmp_path / "content", [tmp_path / "content"])


def test_files_are_written_as_they_come_not_gathered_first(tmp_path):
    out = tmp_path / "site"
    seen = []

    def pages():
        for n in range(3):
            yield f"p{n}.html", b"page"
            (staging,) = [p for p in tmp_path.iterdir() if p.name.startswith(".site.new-")]
            seen.append(sorted(p.name for p in staging.iterdir()))

    write_site(pages(), out).join()
    assert seen == [["p0.html"], ["p0.html", "p1.html"], ["p0.html", "p1.html", "p2.html"]]
    assert tree(out) == {f"p{n}.html": b"page" for n in range(3)}


def test_a_failure_midway_keeps_the_previous_site_and_leaves_nothing(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out).join()

    def pages():
        yield "a.html", b"fine"
        raise RuntimeError("renderer broke")

    with pytest.raises(RuntimeError):
        write_site(pages(), out)
    with pytest.raises(ValueError, match="not a relative site path"):
        write_site({"../escape.html": b"x"}, out)
    assert tree(out) == {"index.html": b"one"}
    assert beside(out) == []
    assert not (tmp_path / "escape.html").exists()


def test_write_changes_links_unchanged_files_and_swaps_atomically(tmp_path):
    out = tmp_path / "site"
    write_site(
        {"index.html": b"home", "a/index.html": b"a", "b/index.html": b"b", "c.css": b"c"}, out
    ).join()
    inode = (out / "c.css").stat().st_ino
    (out / "a/.index.html.x1y2z3.digest-part").write_bytes(b"left by a killed serve")
    write_changes({"index.html": b"home 2", "d/index.html": b"d"}, ["b/index.html"], out).join()
    assert tree(out) == {
        "index.html": b"home 2",
        "a/index.html": b"a",
        "c.css": b"c",
        "d/index.html": b"d",
    }
    assert (out / "c.css").stat().st_ino == inode  # a hard link, not a copy
    assert (out / MARKER).is_file()
    assert beside(out) == []

    def changes():
        yield "index.html", b"home 3"
        raise RuntimeError("renderer broke")

    before = tree(out)
    with pytest.raises(RuntimeError):
        write_changes(changes(), [], out)
    assert tree(out) == before and beside(out) == []


def test_a_detached_deletion_is_a_process_of_its_own_session_that_outlives_the_writer(
    tmp_path,
):
    out = tmp_path / "site"
    write_site({"index.html": b"one", "a/index.html": b"a"}, out).join()
    write_site({"index.html": b"two"}, out).join()
    retired = write_site({"index.html": b"three"}, out, detach=True)
    # The marker goes before the call returns: a tree half deleted is never put back.
    assert all(not (path / MARKER).exists() for path in retired.paths)
    rm = retired._process
    assert rm is not None and retired._thread is None
    # Its own session: a signal to the builder's process group (Ctrl-C) does not stop it.
    assert os.getsid(rm.pid) == rm.pid != os.getsid(0)
    retired.join()
    assert rm.returncode == 0
    assert tree(out) == {"index.html": b"three"} and beside(out) == []


def test_without_rm_a_detached_deletion_falls_back_to_a_thread(tmp_path, monkeypatch):
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out).join()
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    retired = write_changes({"index.html": b"two"}, [], out, detach=True)
    assert retired._process is None and retired._thread is not None
    retired.join()
    assert tree(out) == {"index.html": b"two"} and beside(out) == []


def test_write_changes_lets_a_new_file_replace_a_previous_folder(tmp_path):
    out = tmp_path / "site"
    write_site({"x/index.html": b"folder", "y.html": b"y"}, out).join()
    write_changes({"x": b"now a file"}, ["x/index.html"], out).join()
    assert tree(out) == {"x": b"now a file", "y.html": b"y"}


def test_without_an_atomic_exchange_two_renames_do_the_swap(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out).join()
    write_site({"index.html": b"two"}, out).join()
    assert tree(out) == {"index.html": b"two"} and beside(out) == []


def test_leftovers_of_killed_writes_are_removed_and_a_lost_site_is_put_back(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"previous"}, out).join()
    # What a kill between the two renames of a swap leaves: the previous site aside (an
    # older retired one too), a staged one never swapped in, and no output.
    older = tmp_path / ".site.old-older"
    (older / "index.html").parent.mkdir(parents=True)
    (older / "index.html").write_bytes(b"older")
    (older / MARKER).write_bytes(b"")
    os.utime(older / MARKER, ns=(10**9, 10**9))
    out.rename(tmp_path / ".site.old-abc123")
    staged = tmp_path / ".site.new-def456"
    staged.mkdir()
    (staged / "half.html").write_bytes(b"half")

    check_output_dir(out, [])
    assert tree(out) == {"index.html": b"previous"}
    with StagedSite(out) as site:
        site.add("index.html", b"next")
        site.commit().join()
    assert tree(out) == {"index.html": b"next"}
    assert beside(out) == []


def test_update_site_rewrites_in_place_and_removes_emptied_folders(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one", "a/index.html": b"a", "b/index.html": b"b"}, out).join()
    inode = (out / "b/index.html").stat().st_ino
    update_site({"index.html": b"two"}, ["a/index.html"], out)
    assert tree(out) == {"index.html": b"two", "b/index.html": b"b"}
    assert (out / "b/index.html").stat().st_ino == inode
    assert not (out / "a").exists() and beside(out) == []


HOLD_LOCK = textwrap.dedent(
    """
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    os.unlink(sys.argv[1])
    """
)


def hold_lock(lock: Path, seconds: float) -> subprocess.Popen:
    """Another process holding `lock` for `seconds`, as a second writer would."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock), str(seconds)], stdout=subprocess.PIPE
    )
    assert holder.stdout.readline() == b"locked\n"
    return holder


def test_a_second_writer_waits_for_the_lock_then_writes(tmp_path, capfd):
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out).join()
    holder = hold_lock(tmp_path / ".site.lock", 0.6)
    started = time.monotonic()
    write_site({"index.html": b"two"}, out).join()
    waited = time.monotonic() - started
    holder.wait()
    assert waited >= 0.5
    assert f"waiting for another digest process writing {out}" in capfd.readouterr().err
    assert tree(out) == {"index.html": b"two"}


def test_a_writer_gives_up_on_a_lock_held_too_long(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out).join()
    holder = hold_lock(tmp_path / ".site.lock", 5)
    try:
        with (
            pytest.raises(OutputError, match="another digest process has been writing"),
            StagedSite(out, lock_wait=0.3) as site,
        ):
            site.add("index.html", b"two")
            site.commit()
    finally:
        holder.kill()
        holder.wait()
    assert tree(out) == {"index.html": b"one"}
    assert [p for p in beside(out) if p != ".site.lock"] == []


def test_a_full_disk_in_place_is_an_output_error_and_leaves_whole_files(tmp_path, monkeypatch):
    out = tmp_path / "site"
    write_site({"a.html": b"a1", "b.html": b"b1"}, out).join()
    real = os.fdopen
    calls = []

    def filling(fd, *args, **kwargs):
        # ENOSPC injected at the second file's write, where a full disk would stop it.
        calls.append(fd)
        if len(calls) == 2:
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, *args, **kwargs)

    monkeypatch.setattr(write.os, "fdopen", filling)
    with pytest.raises(OutputError, match=rf"cannot write the site into {out}: No space left"):
        update_site({"a.html": b"a2", "b.html": b"b2"}, [], out)
    assert tree(out) == {"a.html": b"a2", "b.html": b"b1"}  # each file whole, old or new
    assert [p.name for p in out.iterdir() if p.name.endswith(write.PART_SUFFIX)] == []


# Paths of the random writes below: files that stand where others have folders, deep and
# shallow, and a folder that `before_swap` rewrites (as the search index does).
SHAPES = (
    "index.html",
    "a",
    "a/index.html",
    "a/b/index.html",
    "a/b",
    "b/index.html",
    "b/c/d.html",
    "c.css",
    "pagefind/x.js",
    "pagefind/f/1.pf",
    "pagefind/f",
)


def _prefix_free(rng, paths: list[str]) -> list[str]:
    kept: list[str] = []
    for path in rng.sample(paths, len(paths)):
        if not any(path.startswith(k + "/") or k.startswith(path + "/") for k in kept):
            kept.append(path)
    return kept


def test_an_edit_written_from_the_spare_equals_one_written_from_hard_links(tmp_path, monkeypatch):
    """Random writes of two outputs, one bringing its spare up (the way every edit after
    the first is written), one hard-linking every file into an empty folder (its spare
    thrown away before each write): the same trees every time, and neither output changes
    while a write runs (a spare's file is a hard link to the output's)."""
    import random
    import shutil

    taken = []
    real_take = StagedSite._take_spare

    def counted_take(self, spare, journal):
        staging = real_take(self, spare, journal)
        taken.append(staging is not None)
        return staging

    monkeypatch.setattr(StagedSite, "_take_spare", counted_take)
    rng = random.Random(20261205)
    for run in range(25):
        outs = [tmp_path / f"{run}-spare" / "site", tmp_path / f"{run}-links" / "site"]
        spares = [out.parent / "cache" / "spare-site" for out in outs]
        first = {p: rng.randbytes(3) for p in _prefix_free(rng, list(SHAPES))}
        for number, out in enumerate(outs):
            # A one-shot build's whole site leaves a spare for its first edit.
            write_site(first, out, spare=spares[number], keep_spare=number == 0).join()
        for step in range(8):
            kind = rng.random()
            changes = {p: rng.randbytes(3) for p in _prefix_free(rng, rng.sample(SHAPES, 3))}
            if kind < 0.1:
                # Serve rewrites files in place (never a file where a folder is).
                changes = {p: rng.randbytes(3) for p in tree(outs[0]) if rng.random() < 0.3}
            gone = [p for p in tree(outs[0]) if rng.random() < 0.3 and p != MARKER]
            index = {p: rng.randbytes(2) for p in ("pagefind/x.js", "pagefind/y/2.pf")}
            index = dict(rng.sample(sorted(index.items()), rng.randint(0, 2)))
            found = []
            for number, out in enumerate(outs):
                spare = spares[number]
                if number == 1:
                    shutil.rmtree(spare, ignore_errors=True)
                before = tree(out)

                def rewrite_index(staged, out=out, before=before, index=index):
                    # The output is as it was while the new tree is made.
                    assert tree(out) == before
                    shutil.rmtree(staged / "pagefind", ignore_errors=True)
                    for rel, data in index.items():
                        (staged / rel).parent.mkdir(parents=True, exist_ok=True)
                        (staged / rel).write_bytes(data)

                if kind < 0.1:
                    write.update_site(changes, gone, out, spare)  # serve: the spare goes stale
                elif kind < 0.15:
                    write_site(
                        changes, out, spare=spare, keep_spare=number == 0, volatile=["pagefind"]
                    ).join()
                else:
                    write_changes(
                        changes, gone, out, rewrite_index, volatile=["pagefind"], spare=spare
                    ).join()
                found.append(tree(out))
                assert beside(out) in ([], ["cache"])
                if spare.parent.exists():
                    assert sorted(p.name for p in spare.parent.iterdir()) in ([], ["spare-site"])
            assert found[0] == found[1], (run, step)
    # Every edit of the first output but those after a serve write was written from the
    # spare (a whole site leaves one too).
    assert len(taken) > 100 and all(taken)


def test_a_whole_site_kept_as_spare_is_the_output_in_hard_links(tmp_path, monkeypatch):
    out = tmp_path / "site"
    spare = tmp_path / "cache" / write.SPARE
    write_site({"index.html": b"one", "a/b.html": b"b"}, out, spare=spare, keep_spare=True)
    assert tree(spare) == tree(out) | {write.JOURNAL: (spare / write.JOURNAL).read_bytes()}
    assert (spare / "a/b.html").stat().st_ino == (out / "a/b.html").stat().st_ino
    taken = []
    real_take = StagedSite._take_spare
    monkeypatch.setattr(
        StagedSite,
        "_take_spare",
        lambda self, spare, journal: taken.append(journal) or real_take(self, spare, journal),
    )
    marker = write._marker_id(out)
    write_changes({"a/c.html": b"c"}, ["index.html"], out, spare=spare).join()
    assert taken == [{"marker": marker, "written": [], "removed": [], "volatile": []}]
    assert tree(out) == {"a/b.html": b"b", "a/c.html": b"c"}
    # The next edit's spare is the tree that one retired.
    assert tree(spare) == {
        "index.html": b"one",
        "a/b.html": b"b",
        write.JOURNAL: (spare / write.JOURNAL).read_bytes(),
    }


def test_a_spare_that_cannot_be_made_leaves_nothing_and_the_site_stands(tmp_path, monkeypatch):
    out = tmp_path / "site"
    spare = tmp_path / "cache" / write.SPARE
    made = []

    def failing_link(source, target):
        made.append(target)
        if len(made) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        os.link(source, target)

    monkeypatch.setattr(write, "_link_or_copy", failing_link)
    files = {"index.html": b"one", "a/b.html": b"b", "a/c.html": b"c"}
    write_site(files, out, spare=spare, keep_spare=True).join()
    assert len(made) == 2
    assert tree(out) == files
    assert list(spare.parent.iterdir()) == []
