"""`digest deploy` with rsync: a real rsync daemon on 127.0.0.1 serving a temporary folder."""

import pytest

from generator.deploy.rsync import parse_itemized
from tests.deploy.sites import (
    ALPHA_EDITED,
    deploy,
    differences,
    files_of,
    make_deploy_site,
)
from tools.local_servers import rsync_daemon


@pytest.fixture
def daemon(tmp_path):
    """rsync://127.0.0.1:<port>/site/ writes into tmp_path/served."""
    with rsync_daemon(tmp_path) as (url, served):
        yield url, served


def test_rsync_mirrors_the_site_and_sends_only_changes(tmp_path, capsys, daemon):
    url, served = daemon
    root = make_deploy_site(tmp_path / "site", f'[deploy.web]\nurl = "{url}/www"\n')
    target = served / "www"

    code, out, err = deploy(capsys, root, "--dry-run")
    assert code == 0, err
    assert "upload  index.html" in out and not target.exists()

    assert deploy(capsys, root)[0] == 0
    first = files_of(target)
    assert first == files_of(root / "site")
    times = {p: (target / p).stat().st_mtime_ns for p in first}

    code, out, _ = deploy(capsys, root)
    assert code == 0 and "up to date" in out

    (root / "content/alpha.md").write_text(ALPHA_EDITED)
    (root / "content/beta.md").unlink()
    (target / "stale.html").write_text("from an old deploy")
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0 and "delete  stale.html" in out and "change  index.html" in out
    assert (target / "stale.html").exists()

    code, out, _ = deploy(capsys, root)
    assert code == 0
    second = files_of(target)
    assert second == files_of(root / "site")
    # Checksums, not times, decide: files with the same content are left as they were.
    for p in set(first) - differences(first, second):
        assert (target / p).stat().st_mtime_ns == times[p], p


def test_rsync_delete_guard(tmp_path, capsys, daemon):
    url, served = daemon
    root = make_deploy_site(tmp_path / "site", f'[deploy.web]\nurl = "{url}"\nmax_deletes = 1\n')
    assert deploy(capsys, root)[0] == 0
    (served / "a.html").write_text("a")
    (served / "b.html").write_text("b")
    code, _, err = deploy(capsys, root)
    assert code == 1 and "refusing to delete 2 files" in err
    assert (served / "a.html").exists()
    code, out, _ = deploy(capsys, root, "--dry-run")  # lists rather than refuses
    assert code == 0 and "delete  a.html" in out and "delete  b.html" in out
    assert "needs --yes" in out and (served / "a.html").exists()
    assert deploy(capsys, root, "--yes")[0] == 0
    assert not (served / "a.html").exists() and files_of(served) == files_of(root / "site")


def test_rsync_failure_is_reported(tmp_path, capsys, daemon):
    url, _ = daemon
    root = make_deploy_site(tmp_path / "site", "")
    code, _, err = deploy(capsys, root, url.replace("/site", "/nomodule"))
    assert code == 1 and "rsync to rsync://127.0.0.1" in err and "failed" in err


def test_itemized_output_is_read_as_a_plan():
    output = "\n".join(
        [
            "cd+++++++++ articles/x/",
            "<f+++++++++ articles/x/index.html",
            "<fcs....... index.html",
            ".f..t...... static/style.css",
            "*deleting   old/page.html",
            "*deleting   old/",
        ]
    )
    plan = parse_itemized("t", output, total=3)
    assert plan.uploads == ("articles/x/index.html",)
    assert plan.changes == ("index.html",)
    assert plan.deletes == ("old/page.html",)
    assert plan.unchanged == 1
