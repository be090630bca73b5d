"""The one error type the core raises for input it cannot read, and how an error is printed."""

from __future__ import annotations

import sys


def one_line(text: str) -> str:
    """Escape control and other unprintable characters so ``text`` prints as one line."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


class BriefingError(Exception):
    """A document (or folder) that cannot be read; ``str()`` is one line naming the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{one_line(path)}: {one_line(message)}")
        self.path = path
        self.message = message


def print_error(message: str) -> None:
    """Print an error as the command line does: ``briefing: message``, one line on stderr."""
    sys.stderr.write(f"briefing: {one_line(message)}\n")
