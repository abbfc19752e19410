"""Template errors told the way a theme's author needs them: the template, the line, and a
word on the common ones.

Jinja2 names the file and line of a syntax error itself. An error while rendering (an
undefined variable or attribute, a missing include) is raised from the Python code Jinja2
compiled the template to; Jinja2 rewrites that traceback so that each template's frame
carries the template's file name and line, and that is where the location is read from.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from types import TracebackType

import jinja2

from generator.config import did_you_mean

# StrictUndefined's message for a missing attribute of one of our objects:
# "'generator.articles.Article object' has no attribute 'titel'".
_NO_ATTRIBUTE = re.compile(r"^'(?P<type>[\w.]+) object' has no attribute '(?P<name>[^']+)'$")
_UNDEFINED = re.compile(r"^'[^']+' is undefined$")


@dataclass(frozen=True)
class TemplateProblem:
    """What went wrong, in which template file and on which line (when known)."""

    message: str
    path: str | None = None  # the template file as Jinja2 loaded it
    line: int | None = None
    # Where the macro the error is in was called: (file, line).
    called_from: tuple[str, int] | None = None

    @property
    def location(self) -> tuple[Path, int] | None:
        """(file, line) of the error, for showing the offending lines."""
        if self.path is None or self.line is None:
            return None
        return Path(self.path), self.line

    def __str__(self) -> str:
        text = self.message
        if self.path is not None:
            where = shown_path(self.path) + (f":{self.line}" if self.line else "")
            text = f"{where}: {text}"
        if self.called_from is not None:
            caller, line = self.called_from
            text += f" (in a macro called from {shown_path(caller)}:{line})"
        return text


def template_problem(exc: jinja2.TemplateError) -> TemplateProblem:
    """The template, line and a readable message for an error Jinja2 raised."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateProblem(exc.message or str(exc), exc.filename or exc.name, exc.lineno)
    if isinstance(exc, jinja2.TemplatesNotFound):
        message = str(exc)
    elif isinstance(exc, jinja2.TemplateNotFound):
        message = f"template not found: {exc.name}"
    else:
        message = _readable(str(exc))
    frames = _template_frames(exc.__traceback__)
    if not frames:
        return TemplateProblem(message)
    (path, line, function) = frames[-1]
    called_from = None
    if function == "template":
        # Jinja2 names the frames of macros (and call blocks) "template": say where the
        # macro was used, the nearest frame outside its file.
        outside = [(p, n) for p, n, _ in frames[:-1] if p != path]
        called_from = outside[-1] if outside else None
    return TemplateProblem(message, path, line, called_from)


def shown_path(path: str) -> str:
    """A template's path relative to the working folder when it lies inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return path


def _template_frames(tb: TracebackType | None) -> list[tuple[str, int, str]]:
    """(file, line, function) of each template frame of a traceback Jinja2 rewrote,
    outermost first. Jinja2 gives those frames the exception in their globals."""
    frames = []
    while tb is not None:
        frame = tb.tb_frame
        if "__jinja_exception__" in frame.f_globals:
            frames.append((frame.f_code.co_filename, tb.tb_lineno, frame.f_code.co_name))
        tb = tb.tb_next
    return frames


def _readable(message: str) -> str:
    """Jinja2's message with our class names shortened and the likely fix added."""
    if _UNDEFINED.match(message):
        return f"{message} (docs/themes.md lists the variables each template gets)"
    match = _NO_ATTRIBUTE.match(message)
    if match is None:
        return message
    qualified, name = match.group("type"), match.group("name")
    module, _, class_name = qualified.rpartition(".")
    cls = getattr(sys.modules.get(module), class_name, None) if module else None
    if not isinstance(cls, type):
        return message
    known = [f.name for f in fields(cls)] if is_dataclass(cls) else []
    known += [a for a in dir(cls) if not a.startswith("_") and a not in known]
    suggestion = did_you_mean(name, known).rstrip(" ")
    return f"'{class_name}' object has no attribute '{name}'" + (
        f"; {suggestion}" if suggestion else ""
    )
