"""`digest build --keep-warm`: builds handed to the site's warm process (`generator.warm`)
equal cold builds, and the process steps aside whenever its memory could be wrong."""

import os
import random
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import msgspec
import pytest

from generator.build import build
from generator.config import ConfigError, load_config
from generator.stamps import output_stamps
from generator.warm.protocol import ADDRESS_FILE, Address
from tests.helpers import DIGEST, DIGEST_ENV, make_site, run_digest, snapshot
from tests.test_cli import forty_articles, interrupt_while_analysing  # noqa: F401
from tests.test_pipeline import _random_article, random_change, saved_output_stamps

CONFIG = (
    '[site]\nbase_url = "https://example.org/"\narticles_per_page = 2\n[search]\nshard_pages = 3\n'
)


def warm_pid(root: Path) -> int | None:
    """The pid of the site's warm process, from its address file; None without one."""
    try:
        return msgspec.json.decode(
            (root / ".digest-cache" / ADDRESS_FILE).read_bytes(), type=Address
        ).pid
    except FileNotFoundError:
        return None


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A process of this test's that ended and was not waited for is a zombie.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


def wait_gone(pid: int, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def sites():
    """The roots of the sites a test makes; their warm processes are stopped after it."""
    roots: list[Path] = []
    yield roots
    for root in roots:
        pid = warm_pid(root)
        if pid is not None and alive(pid):
            os.kill(pid, signal.SIGTERM)
            wait_gone(pid)


def warm_build(root: Path, *options: str, minutes: str = "5"):
    return run_digest("build", "--keep-warm", minutes, *options, cwd=root)


def cold_site(root: Path, tmp_path_factory, name: str, config: str = CONFIG) -> Path:
    """A cold build of `root`'s content in a folder of its own; its output folder."""
    cold = tmp_path_factory.mktemp(name)
    shutil.copytree(root / "content", cold / "content")
    (cold / "digest.toml").write_text(config)
    build(load_config(root=cold))
    return cold / "site"


def random_site(tmp_path_factory, sites: list[Path], rng: random.Random, articles: int) -> Path:
    """A site of `articles` random articles with `CONFIG`, its warm process stopped after
    the test."""
    root = make_site(
        tmp_path_factory.mktemp("site"),
        {f"a{i}.md": _random_article(rng, i) for i in range(articles)},
        CONFIG,
    )
    sites.append(root)
    return root


def test_warm_builds_after_random_edits_equal_cold_builds(tmp_path_factory, sites):
    rng = random.Random(2026)
    root = random_site(tmp_path_factory, sites, rng, 8)
    first = warm_build(root)
    assert first.returncode == 0, first.stderr
    assert re.match(r"8 articles, \d+ pages, \d+ tag pages, 0 warnings in ", first.stdout)
    # Said once, by the build that starts it.
    assert first.stderr == (
        "note: a warm build process now waits 5 minutes for the next build "
        f"({root / '.digest-cache' / 'warm.log'})\n"
    )
    pid = warm_pid(root)
    assert pid is not None and alive(pid)
    assert snapshot(root / "site") == snapshot(cold_site(root, tmp_path_factory, "cold"))
    made = 8
    for step in range(10):
        content = root / "content"
        made = random_change(rng, content, step, made)
        warm = warm_build(root)
        assert warm.returncode == 0, warm.stderr
        assert warm.stderr == "", warm.stderr
        # The same process answered: it was trusted, not started again.
        assert warm_pid(root) == pid and alive(pid), f"step {step}"
        cold = cold_site(root, tmp_path_factory, f"cold{step}")
        assert snapshot(root / "site") == snapshot(cold), f"step {step}"
        # The state it saved is the site's: a build without it goes on from there.
        assert saved_output_stamps(root / ".digest-cache") == output_stamps(root / "site")
    (content / "late.md").write_text(_random_article(rng, made))
    alone = run_digest("build", cwd=root)
    assert alone.returncode == 0 and "note" not in alone.stderr, alone.stderr
    assert snapshot(root / "site") == snapshot(cold_site(root, tmp_path_factory, "last"))


def test_the_warm_process_steps_aside_when_what_it_knows_changed(tmp_path_factory, sites):
    rng = random.Random(5)
    root = random_site(tmp_path_factory, sites, rng, 5)
    content = root / "content"

    def edit_and_build(step: int, *options: str) -> int:
        (content / f"n{step}.md").write_text(_random_article(rng, 100 + step))
        result = warm_build(root, *options)
        assert result.returncode == 0, result.stderr
        cold = cold_site(root, tmp_path_factory, f"cold{step}", (root / "digest.toml").read_text())
        assert snapshot(root / "site") == snapshot(cold), f"step {step}"
        pid = warm_pid(root)
        assert pid is not None and alive(pid)
        return pid

    first = edit_and_build(0)
    # The settings: a new process reads them.
    (root / "digest.toml").write_text(CONFIG.replace("= 2", "= 3"))
    second = edit_and_build(1)
    assert second != first and wait_gone(first)
    # Another build saved the state: the warm process's memory is behind it.
    (content / "other.md").write_text(_random_article(rng, 200))
    assert run_digest("build", cwd=root).returncode == 0
    third = edit_and_build(2)
    assert third != second and wait_gone(second)
    # The output folder changed under it.
    (root / "site" / "index.html").write_text("changed by hand")
    fourth = edit_and_build(3)
    assert fourth != third and wait_gone(third)
    # Another --strict.
    fifth = edit_and_build(4, "--strict")
    assert fifth != fourth and wait_gone(fourth)
    # Nothing changed: answered from the saved state, the process left as it was.
    again = warm_build(root, "--strict")
    assert again.returncode == 0 and warm_pid(root) == fifth and alive(fifth)


def test_a_failed_build_ends_the_warm_process_and_keeps_the_site(tmp_path, sites):
    root = make_site(tmp_path, {f"a{i}.md": _random_article(random.Random(i), i) for i in range(3)})
    sites.append(root)
    assert warm_build(root).returncode == 0
    pid = warm_pid(root)
    before = snapshot(root / "site")
    (root / "templates").mkdir()
    (root / "templates" / "base.html").write_text("{% block content %}{% endblock")
    failed = warm_build(root)
    without = run_digest("build", cwd=root)
    # The same report as a build in a process of its own.
    assert (failed.returncode, failed.stderr) == (without.returncode, without.stderr)
    assert failed.returncode == 1 and "template" in failed.stderr
    assert wait_gone(pid)
    assert snapshot(root / "site") == before


def test_the_warm_process_leaves_after_its_minutes(tmp_path, sites):
    root = make_site(tmp_path, {"a.md": _random_article(random.Random(1), 1)})
    sites.append(root)
    assert warm_build(root, minutes="0.02").returncode == 0
    pid = warm_pid(root)
    assert pid is not None
    assert wait_gone(pid, seconds=60)
    assert warm_pid(root) is None


@pytest.mark.slow
def test_ctrl_c_while_the_warm_process_analyses_leaves_the_site_and_ends_it(
    forty_articles,  # noqa: F811
    sites,
):
    root = forty_articles
    sites.append(root)
    code, shown = interrupt_while_analysing(["build", "--keep-warm", "5"], root)
    assert code == 130, shown
    *progress, last = [line for line in shown.splitlines() if line]
    assert last == "interrupted; the previous site was left as it was"
    assert all(line.startswith("analysing [") for line in progress), shown
    assert (root / "site/index.html").read_text() == "the previous site"
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []
    # It ends (and removes its address) right after its answer.
    deadline = time.monotonic() + 60
    while warm_pid(root) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert warm_pid(root) is None


def test_keep_warm_is_minutes_from_0_to_1440(tmp_path):
    (tmp_path / "digest.toml").write_text("[build]\nkeep_warm = -1\n")
    with pytest.raises(ConfigError, match="keep_warm: must be 0"):
        load_config(root=tmp_path)
    result = run_digest("build", "--keep-warm", "soon", cwd=tmp_path)
    assert result.returncode == 2 and "not a number of minutes" in result.stderr


def test_keep_warm_is_no_part_of_what_the_saved_state_was_made_with(tmp_path):
    # Turning it on or off (or --jobs) keeps the saved state: it changes nothing built.
    make_site(tmp_path, {"a.md": _random_article(random.Random(1), 1)})
    build(load_config(root=tmp_path))
    (tmp_path / "digest.toml").write_text("[build]\nkeep_warm = 0\njobs = 1\n")
    again = build(load_config(root=tmp_path))
    assert again.note is None and again.rendered == 0


@pytest.mark.slow
def test_a_build_whose_warm_process_is_killed_finishes_in_its_own_process(
    forty_articles,  # noqa: F811
    sites,
    tmp_path_factory,
):
    # As by the kernel's out-of-memory killer: no answer, no clean-up. The build says so and
    # builds in its own process (a new warm process might be killed the same way); the next
    # build starts a new one.
    root = forty_articles
    sites.append(root)
    (root / "site").rename(root / "old-site")  # not a site of digest's: refused otherwise
    build = subprocess.Popen(
        [str(DIGEST), "build", "--keep-warm", "5"],
        cwd=root,
        env=DIGEST_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while (first := warm_pid(root)) is None:
        assert time.monotonic() < deadline and build.poll() is None
        time.sleep(0.02)
    time.sleep(1.0)  # into its analysis (seconds long)
    os.kill(first, signal.SIGKILL)
    out, err = build.communicate(timeout=600)
    assert build.returncode == 0, err
    assert (
        "warning: the warm build process ended without an answer; building in this process" in err
    )
    assert out.startswith("40 articles, ")
    assert snapshot(root / "site") == snapshot(cold_site(root, tmp_path_factory, "cold", ""))
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []
    (root / "content" / "a0.md").write_text((root / "content" / "a0.md").read_text() + "\nMore.\n")
    again = warm_build(root)
    assert again.returncode == 0 and "warning: the warm" not in again.stderr, again.stderr
    second = warm_pid(root)
    assert second is not None and second != first and alive(second)
    assert snapshot(root / "site") == snapshot(cold_site(root, tmp_path_factory, "cold2", ""))


def test_the_setting_starts_a_warm_process_and_the_option_overrides_it(tmp_path, sites):
    root = make_site(tmp_path, {"a.md": _random_article(random.Random(3), 3)})
    (root / "digest.toml").write_text(CONFIG + "[build]\nkeep_warm = 0\n")
    sites.append(root)
    assert run_digest("build", cwd=root).returncode == 0
    assert warm_pid(root) is None
    (root / "digest.toml").write_text(CONFIG + "[build]\nkeep_warm = 5\n")
    assert run_digest("build", "--keep-warm", "0", cwd=root).returncode == 0
    assert warm_pid(root) is None
    (root / "content" / "b.md").write_text(_random_article(random.Random(4), 4))
    assert run_digest("build", cwd=root).returncode == 0
    pid = warm_pid(root)
    assert pid is not None and alive(pid)


def test_a_build_whose_warm_process_cannot_start_builds_in_its_own(
    tmp_path, tmp_path_factory, sites
):
    # The process's log cannot be made (a folder where it goes): no process, and the build
    # goes on as without --keep-warm.
    root = make_site(tmp_path, {"a.md": _random_article(random.Random(6), 6)}, CONFIG)
    sites.append(root)
    (root / ".digest-cache" / "warm.log").mkdir(parents=True)
    result = warm_build(root)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("1 article, ")
    assert warm_pid(root) is None
    assert snapshot(root / "site") == snapshot(cold_site(root, tmp_path_factory, "cold"))
