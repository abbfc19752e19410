"""`digest deploy` to a git branch, pushed to a local bare repository with real git."""

import subprocess
from pathlib import Path

import pytest

from tests.deploy.sites import ALPHA_EDITED, deploy, differences, files_of, make_deploy_site


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


def branch_files(remote: Path, branch: str = "gh-pages") -> dict[str, bytes]:
    listing = git("--git-dir", str(remote), "ls-tree", "-r", "-z", "--name-only", branch)
    return {
        name: subprocess.run(
            ["git", "--git-dir", str(remote), "cat-file", "blob", f"{branch}:{name}"],
            capture_output=True,
            check=True,
        ).stdout
        for name in filter(None, listing.split("\0"))
    }


def commits(remote: Path, branch: str = "gh-pages") -> list[str]:
    return git("--git-dir", str(remote), "rev-list", branch).split()


def checkout_state(root: Path) -> tuple:
    """Everything a deploy must leave alone in the user's repository."""
    return (
        git("status", "--porcelain=v2", "--branch", "--untracked-files=all", cwd=root),
        git("rev-parse", "HEAD", cwd=root),
        git("for-each-ref", cwd=root),
        (root / ".git/index").read_bytes(),
        files_of(root / "content"),
    )


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A site in a git repository (with uncommitted work) whose origin is a bare repository."""
    for key, value in {
        "GIT_AUTHOR_NAME": "Ed Itor",
        "GIT_AUTHOR_EMAIL": "ed@example.org",
        "GIT_COMMITTER_NAME": "Ed Itor",
        "GIT_COMMITTER_EMAIL": "ed@example.org",
    }.items():
        monkeypatch.setenv(key, value)
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(remote))
    root = make_deploy_site(
        tmp_path / "site",
        '[deploy.pages]\nurl = "git+origin"\n',
        site_toml='cname = "news.example.org"',
    )
    (root / ".gitignore").write_text("/site/\n/.digest-cache/\n")
    git("init", "--quiet", "--initial-branch=main", cwd=root)
    git("add", ".", cwd=root)
    git("commit", "--quiet", "-m", "content", cwd=root)
    git("remote", "add", "origin", str(remote), cwd=root)
    # Uncommitted work: a staged edit and an untracked file.
    (root / "content/beta.md").write_text((root / "content/beta.md").read_text() + "\nMore.\n")
    git("add", "content/beta.md", cwd=root)
    (root / "notes.txt").write_text("not for the site")
    return root, remote


def test_git_deploy_commits_the_site_and_keeps_history(project, capsys):
    root, remote = project
    state = checkout_state(root)

    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0 and "upload  index.html" in out
    assert git("--git-dir", str(remote), "branch", "--list") == ""

    code, out, err = deploy(capsys, root)
    assert code == 0, err
    first = files_of(root / "site")
    assert branch_files(remote) == first
    assert first[".nojekyll"] == b"" and first["CNAME"] == b"news.example.org\n"
    assert len(commits(remote)) == 1
    head = git("rev-parse", "--short", "HEAD", cwd=root).strip()
    assert git("--git-dir", str(remote), "log", "-1", "--format=%s|%an", "gh-pages") == (
        f"Deploy the site built from {head}|Ed Itor\n"
    )

    code, out, _ = deploy(capsys, root)
    assert code == 0 and "up to date" in out
    assert len(commits(remote)) == 1, "an unchanged site must not add a commit"
    assert checkout_state(root) == state
    (first_commit,) = commits(remote)

    (root / "content/alpha.md").write_text(ALPHA_EDITED)
    state = checkout_state(root)
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0 and "change  index.html" in out
    assert len(commits(remote)) == 1

    code, _, _ = deploy(capsys, root)
    assert code == 0
    second = files_of(root / "site")
    assert branch_files(remote) == second
    tip, parent = commits(remote)
    assert parent == first_commit
    diff = git("--git-dir", str(remote), "diff-tree", "-r", "--name-only", parent, tip)
    assert set(diff.split()) == differences(first, second)
    assert 0 < len(diff.split()) < len(second)

    assert checkout_state(root) == state


def test_git_deploy_to_a_path_and_branch_after_the_hash(tmp_path, capsys):
    remote = tmp_path / "pages.git"
    git("init", "--quiet", "--bare", str(remote))
    root = make_deploy_site(tmp_path / "site", "")
    code, _, err = deploy(capsys, root, f"git+{remote}#public")
    assert code == 0, err
    assert branch_files(remote, "public") == files_of(root / "site")
    assert git("--git-dir", str(remote), "branch", "--list").split() == ["public"]


def test_git_deploy_keeps_other_files_history_when_branch_exists(tmp_path, capsys):
    # A branch made by another tool: the deploy commit goes on top of it.
    remote = tmp_path / "pages.git"
    git("init", "--quiet", "--bare", str(remote))
    other = tmp_path / "other"
    git("init", "--quiet", "--initial-branch=gh-pages", str(other))
    (other / "old.html").write_text("old site")
    git("add", ".", cwd=other)
    git("-c", "user.name=X", "-c", "user.email=x@x", "commit", "-qm", "old", cwd=other)
    git("push", "--quiet", str(remote), "gh-pages", cwd=other)
    old_tip = commits(remote)[0]

    root = make_deploy_site(tmp_path / "site", "")
    # file:// goes through git's pack protocol, as a push to a real host does.
    code, _, err = deploy(capsys, root, f"git+{remote.as_uri()}")
    assert code == 0, err
    assert commits(remote)[1:] == [old_tip]
    assert "old.html" not in branch_files(remote)


def test_the_site_repository_settings_reach_the_remote(project, capsys):
    # A URL rewrite (like the credential helpers and http headers CI systems put in the
    # repository's own config) is needed to reach this remote; the deploy must use it.
    root, remote = project
    git("config", f"url.{remote.parent}/.insteadOf", "pages-host:", cwd=root)
    code, _, err = deploy(capsys, root, "git+pages-host:remote.git#site")
    assert code == 0, err
    assert branch_files(remote, "site") == files_of(root / "site")


def test_unknown_remote_is_a_clear_error(tmp_path, capsys):
    root = make_deploy_site(tmp_path / "site", "")
    code, _, err = deploy(capsys, root, "git+upstream")
    assert code == 1 and "'upstream' is neither a path nor a remote" in err
    code, _, err = deploy(capsys, root, f"git+{tmp_path}#bad..branch")
    assert code == 1 and "'bad..branch' is not a valid branch name" in err
