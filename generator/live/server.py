"""The preview HTTP server of `digest serve`: the output folder, plus live reload.

Files are served from the output folder only: the request path is decoded once, must lie
under the site's base path, may not contain `..` or backslashes, and must still resolve
inside the folder after symlinks are followed. Folders serve their `index.html`, missing
files the site's `404.html`. HTML responses get a small script on the way out (files on
disk stay as built) that listens on an EventSource and reloads the page when a rebuild has
been written, and a search page when the search index was made again. While the last
rebuild failed, HTML requests get an error page instead.
"""

from __future__ import annotations

import html
import mimetypes
import re
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

EVENTS_PATH = "/__digest/events"
SCRIPT_PATH = "/__digest/live.js"

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".pdf": "application/pdf",
    ".wasm": "application/wasm",
}

# The live-reload script (see reload.js), served at SCRIPT_PATH.
LIVE_SCRIPT = (Path(__file__).resolve().parent / "reload.js").read_bytes()

_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
# A numbered line of a file in an error message (generator.report.excerpt).
_EXCERPT = re.compile(r"^  [> ] +\d+ \|")


def content_type(path: Path) -> str:
    """The Content-Type header for a file, by its extension."""
    suffix = path.suffix.lower()
    if suffix in TYPES:
        return TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def inject_script(page: bytes, build: int) -> bytes:
    """`page` with the live-reload script tag before its last `</body>` (or at the end)."""
    tag = f'<script src="{SCRIPT_PATH}" data-build="{build}"></script>'.encode()
    matches = list(_BODY_END.finditer(page))
    if not matches:
        return page + tag
    at = matches[-1].start()
    return page[:at] + tag + page[at:]


class LiveState:
    """The build number and error shown to browsers; SSE handlers wait on it."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.build = 0
        self.error: str | None = None
        # The version of the search index (`generator.search`), once one was made.
        self.index: str | None = None
        self.closed = False

    def publish(self, error: str | None = None) -> None:
        """A rebuild finished (and was written, unless `error`): tell every browser."""
        with self._changed:
            self.build += 1
            self.error = error
            self._changed.notify_all()

    def publish_index(self, version: str) -> None:
        """The search index was made again: tell the search pages."""
        with self._changed:
            self.index = version
            self._changed.notify_all()

    def wait(self, seen: int, seen_index: str | None, timeout: float) -> tuple[int, str | None]:
        """The build number and index version once either differs from what was seen, or
        after `timeout` seconds."""
        with self._changed:
            self._changed.wait_for(
                lambda: self.build != seen or self.index != seen_index or self.closed, timeout
            )
            return self.build, self.index

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()


def resolve(root: Path, base: str, request_path: str) -> tuple[str, Path | str | None]:
    """Map a request path to ("file", path), ("redirect", location), ("missing", None) or
    ("forbidden", None). `root` must be resolved; `base` is the site's path ("/", "/x/")."""
    path = unquote(urlsplit(request_path).path, errors="strict")
    if path + "/" == base:
        return "redirect", base
    if not path.startswith(base):
        return "missing", None
    rel = path[len(base) :]
    parts = rel.split("/")
    if "\0" in rel or "\\" in rel or any(p in ("..", ".") for p in parts) or rel.startswith("/"):
        return "forbidden", None
    try:
        target = (root / rel).resolve()
        if not target.is_relative_to(root):
            return "forbidden", None
        if target.is_dir():
            if rel and not rel.endswith("/"):
                return "redirect", path + "/"
            target = target / "index.html"
        if not target.is_file():
            return "missing", None
    except OSError:
        # A name longer than the file system allows (255 bytes), a path too long, a loop:
        # nothing the site can have there.
        return "missing", None
    return "file", target


def error_page(message: str, build: int) -> bytes:
    """The page shown instead of the site while the last rebuild failed.

    `message` is what the terminal showed: problem lines, hints ("  hint: ...") and the
    offending lines of a file ("  > 9 | ..." marks the line the problem is on).
    """
    shown = []
    for line in message.splitlines():
        text = html.escape(line)
        if _EXCERPT.match(line):
            text = f'<span class="source">{text}</span>'
            if line.lstrip().startswith(">"):
                text = f"<mark>{text}</mark>"
        elif line.startswith("  hint: "):
            text = f'<strong class="hint">{text}</strong>'
        shown.append(text)
    body = "\n".join(shown)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}}
pre{{background:#fee;border:1px solid #c00;padding:1rem;white-space:pre-wrap}}
.source{{color:#444}} mark{{background:#fc6;color:#000}} .hint{{color:#060}}</style>
</head><body><h1>Build failed</h1>
<p>The site was not updated. Fix the problem and save: this page reloads by itself.</p>
<pre id="digest-error">{body}</pre></body></html>
"""
    return inject_script(page.encode("utf-8"), build)


def make_handler(root: Path, base: str, state: LiveState) -> type[BaseHTTPRequestHandler]:
    """A request handler class serving `root` at `base` with live reload."""
    root = root.resolve()

    class Handler(BaseHTTPRequestHandler):
        server_version = "digest-serve"
        protocol_version = "HTTP/1.1"
        # Idle keep-alive connections end on their own (event streams write every 15 s).
        timeout = 60

        def do_GET(self) -> None:
            self._respond(head=False)

        def do_HEAD(self) -> None:
            self._respond(head=True)

        def _respond(self, head: bool) -> None:
            route = urlsplit(self.path).path
            if route == EVENTS_PATH:
                self._events()
                return
            if route == SCRIPT_PATH:
                self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", LIVE_SCRIPT, head)
                return
            try:
                kind, found = resolve(root, base, self.path)
            except UnicodeDecodeError:
                kind, found = "forbidden", None
            if kind == "redirect":
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", str(found))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if kind == "forbidden":
                self._send(HTTPStatus.FORBIDDEN, "text/plain; charset=utf-8", b"forbidden\n", head)
                return
            error, build = state.error, state.build
            if kind == "missing":
                status, path = HTTPStatus.NOT_FOUND, root / "404.html"
                if not path.is_file():
                    self._send(status, "text/plain; charset=utf-8", b"not found\n", head)
                    return
            else:
                status, path = HTTPStatus.OK, found
            ctype = content_type(path)
            if ctype.startswith("text/html") and error is not None:
                body = error_page(error, build)
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, ctype, body, head)
                return
            try:
                body = path.read_bytes()
            except OSError:
                self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n", head)
                return
            if ctype.startswith("text/html"):
                body = inject_script(body, build)
            self._send(status, ctype, body, head)

        def _send(self, status: int, ctype: str, body: bytes, head: bool) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            # A preview must never show a stale page from the browser's cache.
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            seen, seen_index = state.build, state.index
            try:
                self.wfile.write(f"retry: 500\nevent: reload\ndata: {seen}\n\n".encode())
                if seen_index is not None:
                    self.wfile.write(f"event: index\ndata: {seen_index}\n\n".encode())
                self.wfile.flush()
                while not state.closed:
                    build, index = state.wait(seen, seen_index, timeout=15)
                    if state.closed:
                        break
                    if build == seen and index == seen_index:
                        self.wfile.write(b": keep-alive\n\n")
                    if build != seen:
                        seen = build
                        self.wfile.write(f"event: reload\ndata: {build}\n\n".encode())
                    if index != seen_index:
                        seen_index = index
                        self.wfile.write(f"event: index\ndata: {index}\n\n".encode())
                    self.wfile.flush()
            except (ConnectionError, OSError):
                return

        def log_message(self, format: str, *args) -> None:
            # Every request on the terminal would drown the build messages.
            return

    return Handler


class _HTTPServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that leaves a page resets its kept-alive connection, often with a
        # response it never read on the way: the handler waiting for its next request
        # fails, and that is no error of the preview's to print a traceback for.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class PreviewServer:
    """A threaded HTTP server on its own thread; `stop()` ends it and every connection."""

    def __init__(self, root: Path, base: str, state: LiveState, host: str, port: int):
        self.state = state
        self.httpd = _HTTPServer((host, port), make_handler(root, base, state))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, name="digest-http"
        )
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}"

    def stop(self) -> None:
        self.state.close()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)
