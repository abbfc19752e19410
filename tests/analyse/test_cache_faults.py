"""The analysis cache under faults: locks held by another process, corruption, a full disk,
paths that are not a cache, tables of another program. Each is a warning and a build without
the cache (or with a fresh one); no cache file is ever deleted, only a corrupt one moved aside.
"""

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.analyse.cache import CACHE_FILE, AnalysisCache
from generator.articles import Analysis, Mention
from tests.helpers import without_root_powers


def analysis(n: int) -> Analysis:
    return Analysis(
        summary=(f"Sentence {n} of a summary, long enough to take some room in a page.",) * 3,
        mentions=tuple(Mention(f"Name {n} {m}", "person", 2) for m in range(10)),
    )


def filled(folder: Path, rows: int) -> dict[str, Analysis]:
    """A cache of `rows` analyses in `folder`; the analyses by key."""
    items = {f"{n:064x}": analysis(n) for n in range(rows)}
    cache = AnalysisCache(folder, "v1")
    cache.put_many(items)
    cache.close()
    return items


class Warnings(list):
    def __call__(self, path, message):
        self.append((path, message))


HOLD = textwrap.dedent(
    """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "exclusive":
        # Nobody else may even read: what a tool holding the file to itself does.
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('holder', 'x')")
    else:
        # A writer in the middle of a long transaction: readers go on, writers wait.
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('holder', 'x')")
    print("locked", flush=True)
    sys.stdin.readline()
    db.execute("COMMIT")
    """
)


@pytest.fixture
def holder():
    """Start another process holding a lock on a SQLite file until the test lets go."""
    started = []

    def hold(path: Path, kind: str) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path), kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert proc.stdout.readline() == b"locked\n"
        started.append(proc)
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


def test_a_cache_locked_by_another_process_is_waited_for_then_done_without(tmp_path, holder, capfd):
    items = filled(tmp_path, 20)
    path = tmp_path / CACHE_FILE
    holder(path, "exclusive")
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v1", warn=warnings, wait=0.5)
    assert cache.db is None
    assert cache.get_many(list(items)) == {}
    cache.put_many({"k": analysis(99)})  # nothing stored, nothing raised
    assert "waiting for" in capfd.readouterr().err
    assert warnings == [
        (str(path), "analysis cache is locked by another process (waited 0 s); building without it")
    ]
    assert path.is_file()  # never deleted


def test_a_lock_released_while_waiting_gives_the_cache_back(tmp_path, holder):
    items = filled(tmp_path, 20)
    proc = holder(tmp_path / CACHE_FILE, "exclusive")
    # Released a moment after the cache starts waiting for it.
    subprocess.Popen(["sh", "-c", f"sleep 0.5; echo > /proc/{proc.pid}/fd/0"])
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v1", warn=warnings, wait=20)
    assert cache.get_many(list(items)) == items
    assert warnings == []
    cache.close()


def test_a_writer_holding_the_cache_costs_the_stores_not_the_build(tmp_path, holder):
    items = filled(tmp_path, 20)
    holder(tmp_path / CACHE_FILE, "write")
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v1", warn=warnings, wait=0.3)
    assert cache.get_many(list(items)) == items  # readers are never blocked (WAL)
    cache.put_many({"new": analysis(99)})
    assert [m for _, m in warnings] == [
        "analysis cache is locked by another process (waited 0 s); "
        "not used for the rest of this run"
    ]
    assert cache.get_many(["new"]) == {}


def test_a_full_disk_is_a_warning(tmp_path):
    filled(tmp_path, 5)
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v1", warn=warnings)
    # SQLite's own "database or disk is full", as on a full disk: no page may be added.
    pages = cache.db.execute("PRAGMA page_count").fetchone()[0]
    cache.db.execute(f"PRAGMA max_page_count = {pages}")
    cache.put_many({f"{n:064x}": analysis(n) for n in range(100, 400)})
    assert [m for _, m in warnings] == [
        "analysis cache cannot be written: the disk is full; not used for the rest of this run"
    ]
    assert len(AnalysisCache(tmp_path, "v1")) == 5


def test_corrupt_pages_move_the_cache_aside_and_a_fresh_one_is_used(tmp_path):
    filled(tmp_path, 400)
    path = tmp_path / CACHE_FILE
    assert path.stat().st_size > 41 * 4096
    # dd if=/dev/urandom of=analysis.sqlite bs=4096 seek=10 count=30 conv=notrunc
    with path.open("r+b") as fh:
        fh.seek(10 * 4096)
        fh.write(os.urandom(30 * 4096))
    damaged = path.read_bytes()
    probe = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        probe.execute("SELECT COUNT(*), MAX(value) FROM analysis").fetchall()
    probe.close()

    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v1", warn=warnings)
    (aside,) = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert aside.read_bytes() == damaged
    (message,) = [m for _, m in warnings]
    assert message.startswith("analysis cache was corrupt (") and aside.name in message
    assert len(cache) == 0
    cache.put_many({"k": analysis(1)})
    assert cache.get_many(["k"]) == {"k": analysis(1)}


def test_garbage_in_place_of_the_cache_is_moved_aside_not_deleted(tmp_path):
    garbage = b"this is not sqlite at all, and never was" * 10
    (tmp_path / CACHE_FILE).write_bytes(garbage)
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v", warn=warnings)
    assert len(cache) == 0 and cache.db is not None
    (aside,) = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert aside.read_bytes() == garbage
    assert "file is not a database" in warnings[0][1]


def test_paths_that_cannot_hold_a_cache_are_warnings(tmp_path):
    (tmp_path / "a" / CACHE_FILE).mkdir(parents=True)
    (tmp_path / "b").write_text("a file where the cache folder should be")
    for folder, reason in [
        (tmp_path / "a", "is a folder, not a file"),
        (tmp_path / "b", f"cannot be created: {tmp_path / 'b'} is a file, not a folder"),
    ]:
        warnings = Warnings()
        cache = AnalysisCache(folder, "v", warn=warnings)
        assert cache.db is None and cache.get_many(["x"]) == {}
        assert warnings == [
            (str(folder / CACHE_FILE), f"analysis cache {reason}; building without it")
        ]
    assert (tmp_path / "a" / CACHE_FILE).is_dir()
    assert (tmp_path / "b").read_text() == "a file where the cache folder should be"


def test_a_database_of_another_program_is_left_alone(tmp_path):
    path = tmp_path / CACHE_FILE
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE analysis (id INTEGER PRIMARY KEY, payload BLOB)")
    db.execute("INSERT INTO analysis VALUES (1, x'00ff')")
    db.commit()
    db.close()
    before = path.read_bytes()
    warnings = Warnings()
    cache = AnalysisCache(tmp_path, "v", warn=warnings)
    assert cache.db is None
    assert warnings == [
        (
            str(path),
            "analysis cache is not a file of this program (tables analysis are not its own); "
            "left as it is, building without it",
        )
    ]
    assert path.read_bytes() == before


def test_rows_nested_too_deep_or_of_the_wrong_type_are_misses(tmp_path):
    cache = AnalysisCache(tmp_path, "v")
    nested = "[" * 100_000 + "]" * 100_000
    cache.db.executemany(
        "INSERT INTO analysis VALUES (?, ?)", [("deep", nested), ("number", 42), ("ok", "{}")]
    )
    cache.db.commit()
    cache.put_many({"good": analysis(1)})
    assert cache.get_many(["deep", "number", "ok", "good"]) == {"good": analysis(1)}


OPEN_AND_STORE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from generator.analyse.cache import AnalysisCache
    from generator.articles import Analysis
    warnings = []
    cache = AnalysisCache(Path(sys.argv[1]), "v1", warn=lambda p, m: warnings.append(m))
    found = cache.get_many(["0" * 64])
    cache.put_many({"new": Analysis(("A summary.",), ())})
    print(len(found), "|".join(warnings))
    """
)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("read-only", "0 analysis cache is read-only (attempt to write a readonly database)"),
        ("unreadable", "0 analysis cache cannot be read: Permission denied"),
    ],
)
def test_a_read_only_or_unreadable_cache_is_a_warning(tmp_path, mode, expected):
    filled(tmp_path, 1)
    path = tmp_path / CACHE_FILE
    before = path.read_bytes()
    if mode == "read-only":
        path.chmod(0o444)
        tmp_path.chmod(0o555)
    else:
        tmp_path.chmod(0o000)
    try:
        done = subprocess.run(
            [*without_root_powers(), sys.executable, "-c", OPEN_AND_STORE, str(tmp_path)],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        )
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith(expected), done.stdout
    assert path.read_bytes() == before
