"""Listing and indexing the library in a thread worker, reported to the screen by messages."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.core.library import Entry

#: Entries per message while listing.
BATCH = 250
#: Seconds between the scan's batches once the first one is on screen (each batch redraws).
BATCH_EVERY = 0.1
#: Seconds between indexing progress reports.
INDEXING_EVERY = 0.25


class ScanProgress(Message):
    """A batch of scanned entries (posted from the scan worker)."""

    def __init__(self, entries: list[Entry], done: int, total: int, finished: bool = False) -> None:
        super().__init__()
        self.entries, self.done, self.total, self.finished = entries, done, total, finished


class Indexing(Message):
    """Progress of indexing after a quick scan, with rows the full parse corrected."""

    def __init__(
        self, corrected: list[Entry], done: int, total: int, finished: bool = False
    ) -> None:
        super().__init__()
        self.corrected, self.done, self.total = corrected, done, total
        self.finished = finished


def scan_library(
    targets: tuple[Path, ...], post: Callable[[Message], object], cancelled: Callable[[], bool]
) -> None:
    """Discover and scan the library, posting entries in batches, then index it.

    A cold library is listed from a quick scan (each document's opening), then parsed
    whole and indexed; rows that parse differently are corrected as they come.
    """
    from tui.core.library import discover, scan

    paths = discover(targets)
    total = len(paths)
    post(ScanProgress([], 0, total))
    listed: dict[str, Entry] = {}
    batch: list[Entry] = []
    last = time.monotonic()
    done = 0
    for done, entry in enumerate(scan(paths, quick=True, cancelled=cancelled), 1):
        if cancelled():
            return
        batch.append(entry)
        if entry.provisional:
            listed[entry.path] = entry
        now = time.monotonic()
        if len(batch) >= BATCH or now - last > BATCH_EVERY:
            post(ScanProgress(batch, done, total))
            batch, last = [], now
    if cancelled():
        return  # (a scan cancelled mid-parse ends early: it has not listed everything)
    post(ScanProgress(batch, done, total, finished=True))
    if listed:
        _index_library(paths, listed, post, cancelled)


def _index_library(
    paths: list[Path],
    listed: dict[str, Entry],
    post: Callable[[Message], object],
    cancelled: Callable[[], bool],
) -> None:
    """The full scan after a quick one: index everything, correct rows that differ."""
    from tui.core.library import scan

    total = len(paths)
    corrected: list[Entry] = []
    last = time.monotonic()
    post(Indexing([], 0, total))
    for done, entry in enumerate(scan(paths, cancelled=cancelled), 1):
        if cancelled():
            return
        before = listed.get(entry.path)
        if before is not None and before != entry:
            corrected.append(entry)
        now = time.monotonic()
        if now - last > INDEXING_EVERY:
            post(Indexing(corrected, done, total))
            corrected, last = [], now
    if cancelled():
        return
    post(Indexing(corrected, total, total, finished=True))


__all__ = ["BATCH", "Indexing", "ScanProgress", "scan_library"]
