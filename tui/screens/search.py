"""Searching the whole library for the text of the reader's search (run in a thread worker)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.library import Entry


def library_matches(
    query: str,
    entries: list[Entry],
    indexed: threading.Event,
    cancelled: Callable[[], bool],
    warn: Callable[[str], object] | None = None,
) -> set[str] | None:
    """The paths of ``entries`` whose document contains ``query`` (None when cancelled).

    Right after a cold start the index is still being filled: this waits for ``indexed``
    rather than answer from part of the library. Without a usable index, each document
    is read and searched, and ``warn`` is told why.
    """
    from tui.core.library import search

    while not indexed.wait(0.1):
        if cancelled():
            return None
    by_abspath = {os.path.abspath(e.path): e.path for e in entries if not e.error}
    problem: list[str] = []
    try:
        hits = search(query, limit=max(len(entries), 1), within=list(by_abspath), problem=problem)
    except (OSError, ValueError) as exc:
        hits = None
        problem.append(f"metadata cache unavailable ({exc}); searching the files")
    if hits is None:
        if warn is not None:
            warn(problem[0] if problem else "metadata cache unavailable; searching the files")
        return _search_each(query, entries, cancelled)
    return {by_abspath[h.path] for h in hits if h.path in by_abspath}


def _search_each(
    query: str, entries: list[Entry], cancelled: Callable[[], bool]
) -> set[str] | None:
    """Load each document and look for ``query`` (used when no library index is available)."""
    from tui.core.errors import BriefingError
    from tui.core.library import searchable_text
    from tui.core.load import load_briefing

    needle = query.casefold()
    found: set[str] = set()
    for entry in entries:
        if cancelled():
            return None
        if entry.error:
            continue
        try:
            doc = load_briefing(entry.path)
        except BriefingError:
            continue
        if needle in "\n".join(searchable_text(doc)).casefold():
            found.add(entry.path)
    return found


__all__ = ["library_matches"]
