"""The git target (`git+<remote-or-path>#<branch>`): the site as a commit on a branch.

Everything happens in a scratch repository in a temporary folder: the branch's tip is
fetched from the remote, the site's files are hashed into a tree with git's own plumbing
(`hash-object`, `update-index`, `write-tree`, `commit-tree`), and the new commit, whose
parent is the branch's tip, is pushed. The user's repository, working tree, index and current
branch are never touched. Nothing is committed when the tree is unchanged.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from generator.deploy.plan import DeployError, Plan, compare, site_files
from generator.deploy.url import GitUrl, redact, shown

# Variables that would point git at another repository (set inside git hooks, for example).
_REPOSITORY_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY")
_FALLBACK_IDENTITY = ("digest deploy", "digest-deploy@localhost")
# Settings of the site's repository that reaching its remotes may depend on: credential
# helpers, http headers (CI systems such as GitHub Actions keep the token there), URL
# rewrites, the ssh command.
_REACH_SETTINGS = re.compile(r"^(credential\.|http\.|url\.|core\.sshcommand$)")


def deploy_git(site: Path, url: GitUrl, branch: str, root: Path, *, dry_run: bool) -> Plan:
    """Commit `site` as the new tip of `branch` on the remote and push it.

    `root` is the site's folder: relative paths and remote names ("origin") are resolved
    against it (a remote name through the git repository it is in).
    """
    branch = url.branch or branch
    remote = resolve_remote(url.remote, root)
    label = f"git+{shown(remote)}#{branch}"
    if _ask(["check-ref-format", "--branch", branch], root) is None:
        raise DeployError(f"{branch!r} is not a valid branch name")
    with tempfile.TemporaryDirectory(prefix="digest-deploy-") as scratch:
        repo = Scratch(Path(scratch), root)
        parent = repo.fetch(remote, branch)
        tree, new = repo.write_tree(site)
        old = repo.blobs(parent) if parent else {}
        plan = compare(label, new, old)
        if dry_run or plan.empty:
            return plan
        commit = repo.commit(tree, parent, _message(root))
        repo.run(["push", "--quiet", remote, f"{commit}:refs/heads/{branch}"], "push")
    return plan


def resolve_remote(remote: str, root: Path) -> str:
    """A URL or path git can fetch from: URLs as given, paths made absolute, remote names
    looked up in the repository that holds `root`."""
    if "://" in remote or ":" in remote.split("/", 1)[0]:
        return remote
    path = (root / remote).resolve()
    if path.exists():
        return str(path)
    url = _ask(["remote", "get-url", remote], root)
    if url is None:
        raise DeployError(
            f"{remote!r} is neither a path nor a remote of a git repository at {root}"
        )
    return url.strip()


class Scratch:
    """A temporary bare repository holding the deploy branch, with its own index."""

    def __init__(self, folder: Path, root: Path):
        self.root = root
        self.env = _clean_env() | {
            "GIT_DIR": str(folder / "repo.git"),
            "GIT_INDEX_FILE": str(folder / "index"),
        }
        self.env.update(_identity(root))
        self.env.update(_reach_settings(root, self.env))
        _git(["init", "--quiet", "--bare", str(folder / "repo.git")], cwd=root, what="init")

    def run(self, args: list[str], what: str, stdin: str | None = None) -> str:
        return _git(args, cwd=self.root, what=what, env=self.env, stdin=stdin)

    def fetch(self, remote: str, branch: str) -> str | None:
        """The tip of `branch` on the remote, None if it has none."""
        ref = f"refs/heads/{branch}"
        listed = self.run(["ls-remote", "--heads", remote, ref], "ls-remote")
        if not listed.strip():
            return None
        # Only the tip is needed (its tree to compare, its id as the parent), so a deploy
        # costs the same however long the branch's history grows; the push is a fast-forward
        # onto a commit the remote has.
        self.run(["fetch", "--quiet", "--no-tags", "--depth=1", remote, f"+{ref}:{ref}"], "fetch")
        return self.run(["rev-parse", "--verify", f"{ref}^{{commit}}"], "rev-parse").strip()

    def write_tree(self, site: Path) -> tuple[str, dict[str, str]]:
        """The tree object of the site's files, and path → blob id of each file."""
        files = site_files(site)
        # --no-filters: the user's autocrlf or attributes must not alter the published bytes.
        ids = self.run(
            ["hash-object", "-w", "--no-filters", "--stdin-paths"],
            "hash-object",
            stdin="".join(f"{p}\n" for p in files.values()),
        ).split()
        blobs = dict(zip(files, ids, strict=True))
        entries = "".join(f"100644 {blob}\t{rel}\0" for rel, blob in blobs.items())
        self.run(["update-index", "-z", "--add", "--index-info"], "update-index", stdin=entries)
        return self.run(["write-tree"], "write-tree").strip(), blobs

    def blobs(self, commit: str) -> dict[str, str]:
        """Path → blob id of every file in `commit`."""
        listing = self.run(["ls-tree", "-r", "-z", commit], "ls-tree")
        found = {}
        for entry in filter(None, listing.split("\0")):
            meta, path = entry.split("\t", 1)
            found[path] = meta.split()[2]
        return found

    def commit(self, tree: str, parent: str | None, message: str) -> str:
        parents = ["-p", parent] if parent else []
        return self.run(["commit-tree", tree, *parents, "-m", message], "commit-tree").strip()


def _git(
    args: list[str], *, cwd: Path, what: str, env: dict | None = None, stdin: str | None = None
) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            env=env or _clean_env(),
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise DeployError("git is not installed") from None
    if done.returncode != 0:
        raise DeployError(f"git {what} failed: {redact(done.stderr.strip())}")
    return done.stdout


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES}


def _identity(root: Path) -> dict[str, str]:
    """Author and committer for the deploy commit: the user's git identity when set
    (including the site repository's own), a neutral one otherwise."""
    found = {}
    for key, fallback in zip(("name", "email"), _FALLBACK_IDENTITY, strict=True):
        value = (_ask(["config", "--get", f"user.{key}"], root) or "").strip() or fallback
        for role in ("AUTHOR", "COMMITTER"):
            found.setdefault(f"GIT_{role}_{key.upper()}", value)
    return {k: v for k, v in found.items() if k not in os.environ}


def _reach_settings(root: Path, env: dict[str, str]) -> dict[str, str]:
    """The site repository's own settings for reaching remotes, as GIT_CONFIG_* variables
    (read only; passed in the environment, so no token shows in a process list)."""
    listing = _ask(["config", "--local", "--null", "--list"], root)
    if listing is None:
        return {}
    start = int(env.get("GIT_CONFIG_COUNT", "0"))
    chosen = [
        entry.partition("\n")
        for entry in listing.split("\0")
        if _REACH_SETTINGS.match(entry.partition("\n")[0])
    ]
    found = {"GIT_CONFIG_COUNT": str(start + len(chosen))}
    for i, (key, _, value) in enumerate(chosen, start=start):
        found[f"GIT_CONFIG_KEY_{i}"] = key
        found[f"GIT_CONFIG_VALUE_{i}"] = value
    return found


def _message(root: Path) -> str:
    """The commit message, naming the source commit when the site is in a git repository."""
    source = _ask(["rev-parse", "--short", "HEAD"], root)
    return f"Deploy the site built from {source.strip()}" if source else "Deploy the site"


def _ask(args: list[str], root: Path) -> str | None:
    """The output of a read-only git command run in the site's folder; None if it fails
    (no repository there, no such setting)."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=root, env=_clean_env(), capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise DeployError("git is not installed") from None
    return done.stdout if done.returncode == 0 else None
