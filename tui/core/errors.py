"""The one error type the core raises for input it cannot read."""

from __future__ import annotations


class BriefingError(Exception):
    """A document (or folder) that cannot be read; ``str()`` is one line naming the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
