"""Handing a briefing's file to the user's own programs: ``$EDITOR`` and ``$PAGER``.

No Textual here: the reader asks :func:`handoff_program` and :func:`source_file` what to
run and on which file, and runs it with the app suspended (``tui.screens.handoffs``).
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from tui.core.load.registry import split_locator

#: Where each kind of program is looked for, in order, and what is used when none is set.
PROGRAMS: dict[str, tuple[tuple[str, ...], str]] = {
    "editor": (("VISUAL", "EDITOR"), "vi"),
    "pager": (("PAGER",), "less"),
}


@dataclass(frozen=True, slots=True)
class Program:
    """A command to hand a file to, and where it came from (for messages)."""

    #: "editor" or "pager".
    role: str
    #: The command and its own arguments (the file name is added last).
    argv: tuple[str, ...]
    #: ``$VISUAL``, ``$EDITOR``, ``$PAGER``, or "" for the fallback.
    origin: str


def handoff_program(role: str, environ: Mapping[str, str] | None = None) -> Program | str:
    """The program for ``role`` ("editor" or "pager"), or a one-line reason there is none.

    The first variable set wins (``$VISUAL`` before ``$EDITOR``), split as a shell would
    (``EDITOR="code --wait"``); else the fallback (``vi``, ``less``). A command that is
    not on ``PATH`` is a reason, not a program.
    """
    env = os.environ if environ is None else environ
    names, fallback = PROGRAMS[role]
    name = next((n for n in names if env.get(n, "").strip()), None)
    value = env[name] if name is not None else fallback
    origin = f"${name}" if name is not None else ""
    try:
        argv = tuple(shlex.split(value))
    except ValueError:
        return f"{origin} is not a command: {value}"
    if not argv:
        return f"{origin} is not a command: {value}"
    if shutil.which(argv[0], path=env.get("PATH")) is None:
        variables = " or ".join(f"${n}" for n in names)
        where = f" ({origin})" if origin else ""
        return f"No {role} found: “{argv[0]}”{where} is not installed; set {variables}."
    return Program(role, argv, origin)


def source_file(locator: str) -> str | None:
    """The file on disk that holds the briefing at ``locator`` (``feed.rss#3``: the feed),
    or None when there is no such file (gone since, or never a file)."""
    path = split_locator(locator)[0]
    return path if os.path.isfile(path) else None


def run_program(program: Program, file: str) -> str | None:
    """Run ``program`` on ``file`` in this terminal and wait; a one-line problem, or None.

    Never raises: it runs while the app is suspended, which must be resumed whatever
    happens. While it runs, ctrl+c belongs to the program (an editor cancels with it), so
    this process ignores it, as git does around an editor.
    """
    name = os.path.basename(program.argv[0])
    try:
        child = subprocess.Popen([*program.argv, file])
    except OSError as exc:
        return f"{name} could not start: {exc.strerror or exc}"
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        status = child.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if status != 0:
        return f"{name} exited with status {status}"
    return None


__all__ = ["PROGRAMS", "Program", "handoff_program", "run_program", "source_file"]
