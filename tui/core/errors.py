"""The one error type the core raises for input it cannot read."""

from __future__ import annotations


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
