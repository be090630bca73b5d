"""The live library: files added, changed or removed in its folders reach the list by message.

A thread worker waits on ``watchfiles`` for changes under the library's folders (and the
files opened by name), rescans just the documents that changed (through the index, so a
feed yields its entries) and posts one ``LibraryChanged`` per burst of changes. A rescan by
hand (``r``) posts the whole library the same way. The screen swaps the rows in place, so
the cursor stays on the row it was on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.core.library import Entry

#: Milliseconds watchfiles waits for a burst of changes to settle (its default is 1.6 s).
DEBOUNCE_MS = 250

__all__ = ["LibraryChanged", "rescan_files", "rescan_library", "watch_library"]


class LibraryChanged(Message):
    """Rows for files that changed: ``files`` (``None``: all of them) now hold ``entries``."""

    def __init__(self, files: set[str] | None, entries: list[Entry]) -> None:
        super().__init__()
        self.files, self.entries = files, entries


def rescan_library(targets: tuple[Path, ...], post: Callable[[Message], object]) -> None:
    """Scan the whole library again and post it as one change (``r``)."""
    from tui.core.library import discover, scan

    post(LibraryChanged(None, list(scan(discover(targets)))))


def rescan_files(files: set[str], post: Callable[[Message], object]) -> None:
    """Scan ``files`` (absolute paths) again and post their rows as one change; a file
    that is gone loses its rows."""
    from tui.core.library import scan

    present = sorted(p for p in files if os.path.isfile(p))
    post(LibraryChanged(files, list(scan(present))))


def _wanted(path: str, suffixes: frozenset[str]) -> bool:
    name = os.path.basename(path)
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in suffixes


def watch_library(
    targets: tuple[Path, ...],
    post: Callable[[Message], object],
    stop: threading.Event,
    ready: threading.Event | None = None,
) -> None:
    """Watch the library until ``stop`` is set, posting a ``LibraryChanged`` per burst.

    ``ready`` is set once the folders are being watched (a change before that is not seen:
    the scan that just ended covered it).
    """
    from watchfiles import watch

    from tui.core.load.registry import LIBRARY_SUFFIXES

    folders = [os.path.abspath(t) for t in targets if t.is_dir()]
    files = {os.path.abspath(t) for t in targets if t.is_file()}
    roots = sorted({*folders, *(os.path.dirname(f) for f in files)})
    if not roots:
        return

    def relevant(path: str) -> bool:
        if path in files:
            return True
        if not _wanted(path, LIBRARY_SUFFIXES):
            return False
        inside = [f for f in folders if path.startswith(f.rstrip(os.sep) + os.sep)]
        # hidden folders are not part of the library, as in a scan
        return any(
            not any(part.startswith(".") for part in os.path.relpath(path, f).split(os.sep))
            for f in inside
        )

    for changes in watch(
        *roots,
        stop_event=stop,
        debounce=DEBOUNCE_MS,
        step=50,
        recursive=True,
        raise_interrupt=False,
        yield_on_timeout=True,  # an empty set now and then: the watch is set up
        rust_timeout=300,
    ):
        if ready is not None:
            ready.set()
        if not changes:
            continue
        changed = {os.path.abspath(p) for _, p in changes}
        changed = {p for p in changed if relevant(p)}
        if not changed:
            continue
        rescan_files(changed, post)
