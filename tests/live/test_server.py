"""A real preview server on 127.0.0.1: MIME types, 404, traversal, live reload, Ctrl-C."""

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from generator.live.server import LiveState, PreviewServer, inject_script
from tests.helpers import REPO, make_site

# Stopping waits for a search index under way and for the NLP's warm-up thread (up to a
# minute on a busy machine, by design: see `generator.live.session.Session.stop`).
STOP_WAIT = 90


@pytest.fixture
def site(tmp_path):
    out = tmp_path / "site"
    (out / "articles/one").mkdir(parents=True)
    (out / "static").mkdir()
    (out / "index.html").write_text("<html><body><h1>Home</h1></body></html>")
    (out / "articles/one/index.html").write_text("<html><BODY>One</BODY></html>")
    (out / "404.html").write_text("<html><body>Nothing here</body></html>")
    (out / "static/style.css").write_text("body{}")
    (out / "feed.xml").write_text("<feed/>")
    (out / "api.json").write_text("{}")
    (out / "robots.txt").write_text("User-agent: *\n")
    (out / "logo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "secret.txt").write_text("TOP SECRET")
    os.symlink(tmp_path / "secret.txt", out / "link.txt")
    return out


@pytest.fixture
def server(site):
    state = LiveState()
    server = PreviewServer(site, "/", state, "127.0.0.1", 0)
    yield server
    server.stop()
    assert not server.thread.is_alive()


def get(server, path, method="GET"):
    host, port = server.httpd.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.headers, body


def test_listens_on_loopback_only_by_default(server):
    assert server.httpd.server_address[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize(
    ("path", "ctype"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/static/style.css", "text/css; charset=utf-8"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/api.json", "application/json"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/logo.png", "image/png"),
    ],
)
def test_mime_types(server, path, ctype):
    status, headers, _ = get(server, path)
    assert status == 200
    assert headers["Content-Type"] == ctype


def test_folders_serve_index_html_and_redirect_without_slash(server):
    status, _, body = get(server, "/articles/one/")
    assert status == 200 and b"One" in body
    status, headers, _ = get(server, "/articles/one")
    assert status == 301 and headers["Location"] == "/articles/one/"


def test_missing_paths_get_the_sites_404_page(server):
    status, headers, body = get(server, "/no/such/page/")
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")
    assert b"Nothing here" in body


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/static/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/static/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/%2e%2e%5c%2e%2e%5csecret.txt",
        "/link.txt",
        "/index.html%00.txt",
        "//etc/passwd",
        "/%ff%fe",
    ],
)
def test_path_traversal_is_refused(server, path):
    status, _, body = get(server, path)
    assert status in (403, 404)
    assert b"TOP SECRET" not in body and b"root:" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/" + "a" * 300,  # one name over the file system's 255 bytes
        "/articles/" + "%C3%A9" * 200 + "/",  # 400 bytes once decoded
        "/" + "/".join(["b" * 250] * 20),  # a path over PATH_MAX
    ],
    ids=["long-name", "long-encoded-name", "long-path"],
)
def test_names_too_long_for_the_file_system_are_not_found(server, path):
    status, _, body = get(server, path)
    assert status == 404 and b"Nothing here" in body  # the site's 404 page
    assert get(server, "/")[0] == 200  # and the server goes on


def test_html_gets_the_reload_script_and_files_on_disk_stay_clean(server, site):
    _, _, body = get(server, "/articles/one/")
    assert body.endswith(b'<script src="/__digest/live.js" data-build="0"></script></BODY></html>')
    assert b"script" not in (site / "articles/one/index.html").read_bytes()
    _, _, css = get(server, "/static/style.css")
    assert css == b"body{}"
    status, _, script = get(server, "/__digest/live.js")
    assert status == 200 and b"EventSource" in script


def test_inject_script_without_a_body_end_appends():
    assert (
        inject_script(b"<p>x", 3) == b'<p>x<script src="/__digest/live.js" data-build="3"></script>'
    )


def read_events(sock_file, count):
    events, current = [], {}
    while len(events) < count:
        line = sock_file.readline().decode().rstrip("\n")
        if not line:
            if current:
                events.append(current)
                current = {}
            continue
        key, _, value = line.partition(": ")
        current[key] = value
    return events


def test_events_announce_each_build_and_errors_show_the_error_page(server):
    host, port = server.httpd.server_address[:2]
    sock = socket.create_connection((host, port), timeout=10)
    sock.sendall(f"GET /__digest/events HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    stream = sock.makefile("rb")
    while stream.readline() not in (b"\r\n", b""):
        pass  # response headers
    assert read_events(stream, 1)[0]["data"] == "0"

    server.state.publish("error: build failed: content/b.md: malformed <front matter>")
    assert read_events(stream, 1)[0] == {"event": "reload", "data": "1"}
    status, _, body = get(server, "/articles/one/")
    assert status == 500
    assert b"content/b.md: malformed &lt;front matter&gt;" in body
    assert b'data-build="1"' in body
    assert get(server, "/static/style.css")[0] == 200

    server.state.publish(None)
    assert read_events(stream, 1)[0]["data"] == "2"
    status, _, body = get(server, "/articles/one/")
    assert status == 200 and b"One" in body
    sock.close()


def test_stop_ends_open_event_streams(site):
    server = PreviewServer(site, "/", LiveState(), "127.0.0.1", 0)
    host, port = server.httpd.server_address[:2]
    before = set(threading.enumerate())
    sock = socket.create_connection((host, port), timeout=10)
    sock.sendall(b"GET /__digest/events HTTP/1.1\r\nHost: x\r\n\r\n")
    sock.recv(1000)
    streaming = set(threading.enumerate()) - before
    assert streaming  # the thread serving the event stream
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 5
    sock.settimeout(5)
    while sock.recv(1000):  # what was sent before stop, then the end of the stream
        pass
    sock.close()
    for thread in streaming | {server.thread}:
        thread.join(timeout=5)
        assert not thread.is_alive()


def test_served_under_the_base_path(site):
    server = PreviewServer(site, "/digest/", LiveState(), "127.0.0.1", 0)
    try:
        assert get(server, "/digest/")[0] == 200
        status, headers, _ = get(server, "/digest")
        assert status == 301 and headers["Location"] == "/digest/"
        assert get(server, "/index.html")[0] == 404
    finally:
        server.stop()


ARTICLE = """---
title: {title}
date: 2016-12-09
---

Officials from Russia and the United States met in Geneva on Friday to discuss a truce.
"""


@contextlib.contextmanager
def digest_session(root, args, preexec_fn=None):
    """`digest serve|watch` running in `root`, once it says it is watching: (process, output
    so far). Killed at the end if the test did not stop it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=preexec_fn,
    )
    try:
        lines = []
        while not any("watching" in line for line in lines):
            line = proc.stdout.readline().decode()
            assert line, "".join(lines)
            lines.append(line)
        yield proc, "".join(lines)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def ignore_sigint():
    # What a non-interactive shell does to a command it starts in the background (a CI job
    # runner may): the child inherits SIGINT ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.slow
def test_digest_serve_rebuilds_on_save_and_stops_cleanly_on_ctrl_c(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks in Geneva")})
    with digest_session(tmp_path, ["serve", "--port", "0"], ignore_sigint) as (proc, started):
        port = int(re.search(r"127\.0\.0\.1:(\d+)", started).group(1))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/articles/talks-in-geneva/")
        assert b"Talks in Geneva" in conn.getresponse().read()

        (tmp_path / "content/a.md").write_text(ARTICLE.format(title="Talks in Geneva resume"))
        rebuilt = proc.stdout.readline().decode()
        # A new headline over the same text: its analysis comes from the cache.
        assert rebuilt.startswith("1 article, ") and "; 0 analysed, 1 from the cache, " in rebuilt
        conn.request("GET", "/articles/talks-in-geneva-resume/")
        response = conn.getresponse()
        assert response.status == 200 and b"resume" in response.read()
        conn.close()

        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=STOP_WAIT) == 0
        assert "stopping" in proc.stdout.read().decode()


@pytest.mark.slow
def test_serve_on_every_interface_warns_and_says_how_to_keep_it_private(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks in Geneva")})
    args = ["serve", "--host", "0.0.0.0", "--port", "0"]
    with digest_session(tmp_path, args) as (proc, started):
        assert started.splitlines()[0] == (
            "warning: --host 0.0.0.0 listens on every network interface: anyone who can reach "
            "this machine can see the preview; leave out --host (or use --host 127.0.0.1) to "
            "keep it to this machine"
        )
        port = int(re.search(r"serving http://0\.0\.0\.0:(\d+)/ ", started).group(1))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/articles/talks-in-geneva/")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=STOP_WAIT) == 0
        assert proc.stdout.read().decode() == "stopping\n"


@pytest.mark.slow
def test_digest_watch_stops_cleanly_on_sigterm(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks in Geneva")})
    with digest_session(tmp_path, ["watch"], ignore_sigint) as (proc, _):
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_WAIT) == 0
        assert "stopping" in proc.stdout.read().decode()


def next_build(proc, seconds=90.0):
    """The next rebuild's summary line of a `digest watch|serve` process."""
    found = []

    def read():
        while line := proc.stdout.readline().decode():
            if " tag page" in line:
                found.append(line)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(seconds)
    assert found, f"no rebuild within {seconds} s"
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("poll", [False, True], ids=["inotify", "poll"])
def test_watch_follows_edits_new_folders_and_deletions(tmp_path, poll):
    # The watcher's paths spare the rebuild a listing of the folder; files it did not name
    # (a folder copied in, a deletion) must still be found.
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks in Geneva")})
    site = tmp_path / "site/articles"
    with digest_session(tmp_path, ["watch", *(["--poll"] if poll else [])]) as (proc, _):
        (tmp_path / "content/a.md").write_text(ARTICLE.format(title="Talks in Geneva resume"))
        assert next_build(proc).startswith("1 article, ")
        assert (site / "talks-in-geneva-resume/index.html").is_file()

        folder = tmp_path / "copied"
        folder.mkdir()
        (folder / "b.md").write_text(ARTICLE.format(title="Aid convoys reach Aleppo"))
        folder.rename(tmp_path / "content/2016")
        assert next_build(proc).startswith("2 articles, ")
        assert (site / "aid-convoys-reach-aleppo/index.html").is_file()

        (tmp_path / "content/a.md").unlink()
        assert next_build(proc).startswith("1 article, ")
        assert not (site / "talks-in-geneva-resume").exists()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_WAIT) == 0


def wait_for(check, seconds=30.0):
    """Poll `check()` until it is true; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.slow
def test_serve_recovers_when_the_content_folder_is_deleted_and_restored(tmp_path):
    make_site(tmp_path, {"a.md": ARTICLE.format(title="Talks in Geneva")})
    content = tmp_path / "content"
    with digest_session(tmp_path, ["serve", "--port", "0"]) as (_, started):
        port = int(re.search(r"127\.0\.0\.1:(\d+)", started).group(1))

        def status(path):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            conn.close()
            return response.status

        assert status("/articles/talks-in-geneva/") == 200
        shutil.copytree(content, tmp_path / "backup")
        shutil.rmtree(content)
        wait_for(lambda: status("/") == 500)  # the error page: no content folder
        shutil.copytree(tmp_path / "backup", content)
        wait_for(lambda: status("/") == 200)
        # Watched again after the restore: an edit shows up.
        (content / "a.md").write_text(ARTICLE.format(title="Talks in Geneva resume"))
        wait_for(lambda: status("/articles/talks-in-geneva-resume/") == 200)


def test_a_browser_that_drops_its_connection_is_no_error(server, capsys):
    # A browser that leaves a page closes its kept-alive connection, often with a response
    # it never read still on its way: its system resets the connection, and the handler
    # waiting for the next request gets ConnectionResetError. That is no server error.
    import struct

    for _ in range(5):
        client = socket.create_connection(server.httpd.server_address[:2])
        client.sendall(b"GET / HTTP/1.1\r\nHost: preview\r\n\r\n")
        time.sleep(0.1)  # the response arrives, unread
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
    time.sleep(0.5)
    assert get(server, "/")[0] == 200
    assert "Traceback" not in capsys.readouterr().err
