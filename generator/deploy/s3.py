"""The S3 target (`s3://bucket/prefix`): AWS or any S3-compatible host, through boto3.

Only files whose MD5 differs from the object's ETag are uploaded (single-part uploads have
the MD5 as ETag; anything else simply counts as changed), objects the site no longer has are
deleted, and every object gets a Content-Type and a Cache-Control for its kind of file.
Credentials come from boto3's usual chain (environment, ~/.aws, instance roles) and are
never printed.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
import botocore.config
import botocore.exceptions

from generator.config import DeployTarget
from generator.deploy.plan import DeployError, Plan, compare, md5_hex, site_files
from generator.deploy.url import S3Url

CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "json": "application/json",
    "xml": "application/xml",
    "txt": "text/plain; charset=utf-8",
    "svg": "image/svg+xml",
    "woff2": "font/woff2",
}

# Pages, feeds and data change with every new article; theme files rarely do.
PAGE_CACHE = "public, max-age=300"
ASSET_CACHE = "public, max-age=86400"
CACHE_CONTROL = {ext: PAGE_CACHE for ext in ("html", "xml", "json", "txt")} | {
    "default": ASSET_CACHE
}

# Built-in table only: the system's mime.types differs between machines.
_MIME = mimetypes.MimeTypes()
_WORKERS = 8


def content_type(rel: str, head: bytes = b"") -> str:
    """The Content-Type of the site file `rel` (whose first bytes are `head`)."""
    ext = Path(rel).suffix.lower().lstrip(".")
    if ext == "xml" and b"<feed" in head and b"http://www.w3.org/2005/Atom" in head:
        return "application/atom+xml"
    if ext in CONTENT_TYPES:
        return CONTENT_TYPES[ext]
    return _MIME.guess_type(rel, strict=False)[0] or "application/octet-stream"


def cache_control(rel: str, overrides: Mapping[str, str]) -> str:
    """The Cache-Control of `rel`: by extension, the target's settings over the defaults."""
    table = {**CACHE_CONTROL, **overrides}
    ext = Path(rel).suffix.lower().lstrip(".")
    return table.get(ext, table["default"])


def deploy_s3(
    site: Path, url: S3Url, options: DeployTarget, *, dry_run: bool, allow_deletes: bool
) -> Plan:
    """Sync `site` to the bucket; return what was (or would be) done."""
    label = f"s3://{url.bucket}/{url.prefix}"
    local = site_files(site)
    try:
        client = _client(options)
        remote = _remote_etags(client, url)
        plan = compare(label, {rel: md5_hex(p) for rel, p in local.items()}, remote)
        plan = plan.check_deletes(options.max_deletes, allow_deletes, dry_run)
        if dry_run or plan.empty:
            return plan
        # New files first, then the changed pages that link to them, deletions last: a
        # visitor during the deploy never follows a link to a page not there yet.
        with ThreadPoolExecutor(_WORKERS) as pool:
            for wave in (plan.uploads, plan.changes):
                sent = [
                    pool.submit(_upload, client, url, rel, local[rel], options.cache_control)
                    for rel in wave
                ]
                for future in sent:
                    future.result()
        _delete(client, url, plan.deletes)
    except botocore.exceptions.NoCredentialsError:
        raise DeployError(
            f"no credentials for {label}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
            "or AWS_PROFILE, or configure ~/.aws/credentials"
        ) from None
    except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError, ValueError) as exc:
        raise DeployError(f"deploy to {label} failed: {exc}") from None
    return plan


def _client(options: DeployTarget):
    return boto3.session.Session().client(
        "s3",
        endpoint_url=options.endpoint_url or None,
        region_name=options.region or None,
        config=botocore.config.Config(retries={"max_attempts": 5, "mode": "standard"}),
    )


def _remote_etags(client, url: S3Url) -> dict[str, str]:
    found: dict[str, str] = {}
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=url.bucket, Prefix=url.prefix)
    for page in pages:
        for item in page.get("Contents", ()):
            rel = item["Key"][len(url.prefix) :]
            if rel and not rel.endswith("/"):
                found[rel] = item["ETag"].strip('"')
    return found


def _upload(client, url: S3Url, rel: str, path: Path, overrides: Mapping[str, str]) -> None:
    data = path.read_bytes()
    client.put_object(
        Bucket=url.bucket,
        Key=url.prefix + rel,
        Body=data,
        ContentType=content_type(rel, data[:512]),
        CacheControl=cache_control(rel, overrides),
        # The bucket checks the upload against it; a corrupted transfer is refused.
        ContentMD5=base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode(),
    )


def _delete(client, url: S3Url, rels: tuple[str, ...]) -> None:
    for start in range(0, len(rels), 1000):
        batch = rels[start : start + 1000]
        answer = client.delete_objects(
            Bucket=url.bucket,
            Delete={"Objects": [{"Key": url.prefix + rel} for rel in batch], "Quiet": True},
        )
        if answer.get("Errors"):
            first = answer["Errors"][0]
            raise DeployError(
                f"could not delete {len(answer['Errors'])} objects, "
                f"e.g. {first.get('Key')}: {first.get('Code')} {first.get('Message')}"
            )
