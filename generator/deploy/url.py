"""Deploy target URLs: what each accepted form means, checked without touching anything.

This module imports nothing heavy, so the configuration can validate URLs when it loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

FORMS = (
    "git+<remote-or-path>#<branch>, rsync://host/module/path, [user@]host:path, "
    "s3://bucket/prefix or file:///path"
)

# scp-like rsync/ssh destinations: "host:path" or "user@host:path" (not "C:\\...", not "x://").
_SCP_LIKE = re.compile(r"^(?:[\w.-]+@[\w.-]+|[\w.-]{2,}):(?!//)")


@dataclass(frozen=True)
class GitUrl:
    remote: str  # a remote name, a path or any URL git understands
    branch: str  # "" when the URL names none


@dataclass(frozen=True)
class RsyncUrl:
    destination: str  # as rsync takes it: rsync://host/module/path or [user@]host:path


@dataclass(frozen=True)
class S3Url:
    bucket: str
    prefix: str  # "" or "some/folder/" (always with the trailing slash)


@dataclass(frozen=True)
class FolderUrl:
    path: Path


DeployUrl = GitUrl | RsyncUrl | S3Url | FolderUrl


def parse_url(url: str) -> DeployUrl:
    """The target a deploy URL names; `ValueError` naming the accepted forms otherwise."""
    if url.startswith("git+"):
        remote, _, branch = url[4:].partition("#")
        if not remote:
            raise ValueError(f"url = {url!r}: git+ needs a remote or a path")
        return GitUrl(remote=remote, branch=branch)
    parts = urlsplit(url)
    if parts.scheme == "rsync":
        if not parts.netloc or parts.path.strip("/") == "":
            raise ValueError(f"url = {url!r}: rsync:// needs a host and a module")
        return RsyncUrl(destination=url)
    if parts.scheme == "s3":
        if not parts.netloc:
            raise ValueError(f"url = {url!r}: s3:// needs a bucket name")
        prefix = parts.path.strip("/")
        return S3Url(bucket=parts.netloc, prefix=f"{prefix}/" if prefix else "")
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost") or not parts.path.startswith("/"):
            raise ValueError(f"url = {url!r}: use file:///absolute/path")
        return FolderUrl(path=Path(unquote(parts.path)))
    if _SCP_LIKE.match(url):
        return RsyncUrl(destination=url)
    raise ValueError(f"url = {url!r} is not a deploy target; use {FORMS}")


def redact(text: str) -> str:
    """`text` (a tool's error output) with credentials in any URL it holds replaced by '***'."""
    return re.sub(r"[a-z0-9+.-]+://[^\s@/]*@", lambda m: shown(m.group(0)), text, flags=re.I)


def shown(url: str) -> str:
    """`url` safe to print: credentials in it (https://user:token@...) become '***'."""
    found = re.match(r"^([a-z0-9+.-]*://)([^/@]*)@", url, re.IGNORECASE)
    if not found:
        return url
    scheme, user = found.groups()
    # An https user part is often a token on its own; an ssh user ("git@") is not secret.
    if ":" in user or "http" in scheme.lower():
        return f"{scheme}***@{url[found.end() :]}"
    return url
