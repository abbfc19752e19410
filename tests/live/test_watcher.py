"""A real watchdog observer on temporary folders: bursts coalesce, editor junk is ignored."""

import os
import shutil
import threading
import time

import pytest

from generator.live.watcher import Watcher, WatchSpec, is_ignored_name

QUIET = 0.15
POLL_INTERVAL = 0.1
# The polling observer hands over what changed once per interval: a quiet window of three
# intervals keeps one burst one batch when a busy machine delays a poll (two intervals
# were seen to split a burst of 50 writes in three while other work ran on both cores).
POLL_QUIET = 3 * POLL_INTERVAL


class Rebuilds:
    """Records each batch of paths the watcher hands over."""

    def __init__(self):
        self.batches: list[set[str]] = []
        self.event = threading.Event()

    def __call__(self, paths):
        self.batches.append(set(paths))
        self.event.set()

    def settle(self, seconds=1.5):
        """Wait until no rebuild has arrived for `seconds`."""
        while True:
            self.event.clear()
            if not self.event.wait(seconds):
                return self.batches


@pytest.fixture(params=[False, True], ids=["inotify", "poll"])
def watched(request, tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "site", tmp_path / ".cache"
    for folder in (content, output, cache):
        folder.mkdir()
    (content / "a.md").write_text("first")
    rebuilds = Rebuilds()
    spec = WatchSpec((content,), (tmp_path / "digest.toml",), (output, cache))
    poll = request.param
    quiet = POLL_QUIET if poll else QUIET
    watcher = Watcher(spec, rebuilds, poll=poll, quiet=quiet, poll_interval=POLL_INTERVAL)
    time.sleep(0.3)  # the polling observer takes its first snapshot
    yield tmp_path, rebuilds
    watcher.stop()
    assert not watcher.observer.is_alive()
    assert not watcher.debouncer._thread.is_alive()


def test_a_burst_of_50_writes_is_one_rebuild(watched):
    root, rebuilds = watched
    for i in range(50):
        (root / "content" / f"n{i:02d}.md").write_text(f"article {i}")
    batches = rebuilds.settle()
    assert len(batches) == 1
    assert {os.path.basename(p) for p in batches[0]} == {f"n{i:02d}.md" for i in range(50)}


@pytest.mark.parametrize(
    "name",
    [".a.md.swp", "a.md~", ".#a.md", "4913", "a.md___jb_tmp___", "#a.md#", "a.md.swx"],
)
def test_editor_temp_and_swap_files_trigger_nothing(watched, name):
    root, rebuilds = watched
    path = root / "content" / name
    path.write_text("temp")
    path.unlink()
    assert rebuilds.settle(1.0) == []


def test_output_folder_and_cache_trigger_nothing(watched):
    root, rebuilds = watched
    (root / "site/index.html").write_text("built")
    (root / ".cache/analysis.sqlite").write_text("cached")
    (root / "notes.txt").write_text("not watched")
    assert rebuilds.settle(1.0) == []


def test_an_atomic_save_is_one_rebuild(watched):
    root, rebuilds = watched
    temp = root / "content" / ".a.md.tmp1234"
    temp.write_text("second version")
    os.replace(temp, root / "content/a.md")
    batches = rebuilds.settle()
    assert len(batches) == 1
    assert str(root / "content/a.md") in batches[0]


def test_the_config_file_is_watched(watched):
    root, rebuilds = watched
    (root / "digest.toml").write_text("[site]\ntitle = 'x'\n")
    batches = rebuilds.settle()
    assert batches == [{str(root / "digest.toml")}]


def test_ignored_names():
    assert is_ignored_name("draft.md.swp") and is_ignored_name("4913")
    assert not is_ignored_name("story.md") and not is_ignored_name("2016-12-09.txt")


def test_a_watched_folder_created_later_is_watched(tmp_path):
    content, templates = tmp_path / "content", tmp_path / "templates"
    content.mkdir()
    rebuilds = Rebuilds()
    watcher = Watcher(WatchSpec((content, templates)), rebuilds, quiet=QUIET)
    try:
        templates.mkdir()
        (templates / "article.html").write_text("first")
        assert len(rebuilds.settle()) == 1
        (templates / "article.html").write_text("second")
        batches = rebuilds.settle()
        assert len(batches) == 2 and str(templates / "article.html") in batches[1]
    finally:
        watcher.stop()


def test_a_finished_file_rebuilds_after_the_short_settle_time_and_a_burst_still_coalesces(
    tmp_path,
):
    content = tmp_path / "content"
    content.mkdir()
    rebuilds = Rebuilds()
    watcher = Watcher(WatchSpec((content,)), rebuilds, quiet=3.0, longest=5.0, settled=0.1)
    try:
        started = time.monotonic()
        (content / "one.md").write_text("closed after writing")
        assert rebuilds.event.wait(2.0)  # well before the 3 s quiet time
        assert time.monotonic() - started < 2.0
        assert rebuilds.settle(0.5) == [{str(content / "one.md")}]
        for i in range(50):
            (content / f"n{i:02d}.md").write_text(f"article {i}")
        batches = rebuilds.settle(2.5)
        assert len(batches) == 2
        assert len(batches[1]) == 50
    finally:
        watcher.stop()


@pytest.mark.parametrize("how", ["deleted", "moved away"])
def test_a_watched_folder_that_goes_and_comes_back_is_watched_again(watched, how):
    root, rebuilds = watched
    content = root / "content"
    if how == "deleted":
        shutil.rmtree(content)
    else:
        content.rename(root / "content.bak")
    assert str(content) in set().union(*rebuilds.settle(0.6))
    rebuilds.batches.clear()

    restored = root / "restored"
    restored.mkdir()
    (restored / "a.md").write_text("restored")
    restored.rename(content)
    assert str(content) in set().union(*rebuilds.settle(0.6))
    rebuilds.batches.clear()

    # Watched again, file by file: an edit inside the restored folder is seen.
    (content / "a.md").write_text("edited after the restore")
    (content / "b.md").write_text("new after the restore")
    changed = set().union(*rebuilds.settle(0.6))
    assert {str(content / "a.md"), str(content / "b.md")} <= changed
