"""`digest deploy` to an S3 bucket: real boto3 against moto's standalone server on 127.0.0.1."""

import hashlib
import os

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.deploy.sites import (
    ALPHA_EDITED,
    deploy,
    differences,
    files_of,
    make_deploy_site,
)
from tools.local_servers import free_port

SECRET = "dummy-secret-9f3a1c"


@pytest.fixture(scope="module")
def endpoint():
    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    os.environ.update(AWS_ACCESS_KEY_ID="dummy-key", AWS_SECRET_ACCESS_KEY=SECRET)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def bucket(endpoint, request):
    """A fresh versioned bucket: every upload adds a version, so uploads can be counted."""
    name = "site-" + hashlib.md5(request.node.name.encode()).hexdigest()[:12]
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=name)
    client.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    return client, name


def make_s3_site(tmp_path, endpoint, name, extra=""):
    return make_deploy_site(
        tmp_path / "site",
        f'[deploy.cdn]\nurl = "s3://{name}/news"\nendpoint_url = "{endpoint}"\n'
        f'region = "us-east-1"\ncache_control = {{ css = "public, max-age=604800" }}\n{extra}',
    )


def objects(client, name) -> dict[str, bytes]:
    listing = client.list_objects_v2(Bucket=name).get("Contents", [])
    return {o["Key"]: client.get_object(Bucket=name, Key=o["Key"])["Body"].read() for o in listing}


def uploads(client, name) -> dict[str, int]:
    """How many times each key was written."""
    counts: dict[str, int] = {}
    for page in client.get_paginator("list_object_versions").paginate(Bucket=name):
        for version in page.get("Versions", []):
            counts[version["Key"]] = counts.get(version["Key"], 0) + 1
    return counts


def under(prefix, files):
    return {f"{prefix}/{k}": v for k, v in files.items()}


def test_s3_uploads_only_changes_and_deletes_removed_files(tmp_path, capsys, bucket, endpoint):
    client, name = bucket
    root = make_s3_site(tmp_path, endpoint, name)

    code, out, err = deploy(capsys, root, "--dry-run")
    assert code == 0, err
    assert "upload  index.html" in out and objects(client, name) == {}

    assert deploy(capsys, root)[0] == 0
    first = files_of(root / "site")
    assert objects(client, name) == under("news", first)
    assert set(uploads(client, name).values()) == {1}

    code, out, _ = deploy(capsys, root)
    assert code == 0 and "up to date" in out
    assert set(uploads(client, name).values()) == {1}, "nothing may be uploaded again"

    (root / "content/alpha.md").write_text(ALPHA_EDITED)
    (root / "content/beta.md").unlink()
    code, out, _ = deploy(capsys, root, "--dry-run")
    assert code == 0 and "delete  articles/talks-resume-in-geneva/index.html" in out
    assert objects(client, name) == under("news", first)

    code, _, _ = deploy(capsys, root)
    assert code == 0
    second = files_of(root / "site")
    assert objects(client, name) == under("news", second)
    changed = differences(first, second) & second.keys()
    written_twice = {k for k, n in uploads(client, name).items() if n == 2}
    assert written_twice == {f"news/{p}" for p in changed & first.keys()}
    assert 0 < len(written_twice) < len(second)


def test_s3_content_types_and_cache_control(tmp_path, capsys, bucket, endpoint):
    client, name = bucket
    root = make_s3_site(tmp_path, endpoint, name)
    assert deploy(capsys, root)[0] == 0
    site = root / "site"

    def head(rel):
        return client.head_object(Bucket=name, Key=f"news/{rel}")

    expected = {
        "index.html": ("text/html; charset=utf-8", "public, max-age=300"),
        "feed.xml": ("application/atom+xml", "public, max-age=300"),
        "sitemap.xml": ("application/xml", "public, max-age=300"),
        "api/articles.json": ("application/json", "public, max-age=300"),
        "robots.txt": ("text/plain; charset=utf-8", "public, max-age=300"),
    }
    css = next(p.relative_to(site).as_posix() for p in site.rglob("*.css"))
    expected[css] = ("text/css; charset=utf-8", "public, max-age=604800")
    for rel, (content_type, cache) in expected.items():
        answer = head(rel)
        assert (answer["ContentType"], answer["CacheControl"]) == (content_type, cache), rel
        md5 = hashlib.md5((site / rel).read_bytes()).hexdigest()
        assert answer["ETag"].strip('"') == md5


def test_s3_delete_guard_stops_a_mass_delete(tmp_path, capsys, bucket, endpoint):
    client, name = bucket
    root = make_s3_site(tmp_path, endpoint, name, "max_deletes = 3")
    assert deploy(capsys, root)[0] == 0
    for n in range(4):
        client.put_object(Bucket=name, Key=f"news/old/{n}.html", Body=b"old")
    client.put_object(Bucket=name, Key="elsewhere.html", Body=b"not ours")
    before, written = objects(client, name), uploads(client, name)

    code, _, err = deploy(capsys, root)
    assert code == 1 and "refusing to delete 4 files" in err
    assert objects(client, name) == before and uploads(client, name) == written

    assert deploy(capsys, root, "--yes")[0] == 0
    after = objects(client, name)
    assert not any(k.startswith("news/old/") for k in after)
    assert after["elsewhere.html"] == b"not ours", "keys outside the prefix are not ours"


def test_s3_credentials_are_never_printed_or_written(tmp_path, capsys, bucket, endpoint):
    _, name = bucket
    root = make_s3_site(tmp_path, endpoint, name)
    code, out, err = deploy(capsys, root)
    assert code == 0
    assert SECRET not in out + err
    for path in root.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_s3_missing_bucket_is_a_clear_error(tmp_path, capsys, endpoint):
    root = make_s3_site(tmp_path, endpoint, "no-such-bucket")
    code, _, err = deploy(capsys, root)
    assert code == 1 and "NoSuchBucket" in err and SECRET not in err
