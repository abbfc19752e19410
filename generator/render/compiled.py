"""Compiled templates kept in the cache folder, so that a new process does not compile them
again.

Jinja compiles each template to Python source and then to a code object the first time a
process asks for it; a build in a process of its own (every `digest build`) pays for
that on every run, whatever changed. This cache keeps the code objects, written with
`marshal` as Python's own `.pyc` files are, under `<cache>/templates/`. Jinja's own file
cache stores its checksum with `pickle`; this one writes a text header instead, so that
nothing in the cache folder is unpickled.

A file is used only when its header names this format, this Python's bytecode version, the
Jinja version and environment settings it was compiled under, and the checksum Jinja
computed from the template's current source; anything else (another Python or Jinja, other
settings, an edited template, a truncated or foreign file) is compiled afresh and written
over. Files are written to a temporary name and renamed, so a killed build leaves either
the old file or the new one.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import tempfile
import types
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

FORMAT = b"news-digest compiled template 1"
FOLDER = "templates"


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's code objects for the templates, kept in `folder` between processes.
    `settings` describes the environment the templates are compiled in (its options and
    extensions): code compiled under other settings is not used."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        made_by = f"{importlib.util.MAGIC_NUMBER.hex()} jinja {jinja2.__version__} {settings}"
        self._made_by = hashlib.sha256(made_by.encode()).hexdigest().encode()

    def _header(self, bucket: Bucket) -> bytes:
        return b"\n".join((FORMAT, self._made_by, bucket.checksum.encode(), b""))

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.code"

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` from its file when the file was written for this template's
        current source by this Python; leave it empty otherwise."""
        try:
            data = self._path(bucket).read_bytes()
        except OSError:
            return
        header = self._header(bucket)
        if not data.startswith(header):
            return
        try:
            code = marshal.loads(data[len(header) :])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Write `bucket`'s code object to its file; a folder that cannot be written to
        only means the next process compiles the template again."""
        if bucket.code is None:
            return
        target = self._path(bucket)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(self._header(bucket))
                marshal.dump(bucket.code, out)
            os.replace(temporary, target)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
