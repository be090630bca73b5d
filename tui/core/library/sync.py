"""Keeping the index in step with the folders: scan, the newest rows, and library search.

``scan`` answers from the metadata index (``tui.core.library.index``) for files whose size and
mtime are unchanged and parses the rest; ``search`` looks through every indexed document.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.library.fts import Hit
    from tui.core.library.index import Index
    from tui.core.library.rows import Entry


def scan(
    paths: Iterable[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
    *,
    index: Index | None = None,
    quick: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Entry]:
    """Yield an entry per path, in order; a document that fails yields an entry with ``error``.

    Unchanged files come from the metadata index without being read; ``index`` defaults to
    the one in the user cache dir. ``progress(done, total)`` is called now and then (at
    least for the first and the last path), not necessarily for every path. ``quick=True``:
    see ``Index.scan`` (provisional rows from a head parse, nothing indexed).
    """
    from tui.core.library.index import Index

    own = index is None
    idx = Index.default() if index is None else index
    try:
        yield from idx.scan(paths, progress, quick=quick, cancelled=cancelled)
    finally:
        if own:
            idx.close()


def newest(
    targets: Iterable[str | os.PathLike[str]], limit: int = 100, *, index: Index | None = None
) -> list[Entry]:
    """The newest entries the metadata index holds for ``targets``, without a scan.

    Fast enough for a first frame; rows may be stale (``provisional``), and a library never
    indexed gives ``[]``. A scan afterwards says what is really there.
    """
    from tui.core.library.index import Index

    own = index is None
    idx = Index.default() if index is None else index
    try:
        return idx.newest(targets, limit)
    finally:
        if own:
            idx.close()


def search(
    query: str,
    limit: int = 200,
    *,
    within: Iterable[str | os.PathLike[str]] | None = None,
    index: Index | None = None,
    snippets: int = 100,
    problem: list[str] | None = None,
) -> list[Hit] | None:
    """Indexed documents matching what the user typed, best first (any input is safe).

    ``None`` when the index cannot answer (see ``Index.search``); the reason is appended
    to ``problem`` when a list is given.

    Args:
        query: the words to find (the last one may be partly typed).
        limit: at most this many hits.
        within: only these paths (e.g. the library on screen); default every indexed file.
        index: the index to ask; defaults to the one in the user cache dir.
        snippets: only the best this many hits carry a snippet (the rest: ``""``).
    """
    from tui.core.library.index import Index

    own = index is None
    idx = Index.default() if index is None else index
    try:
        paths = None if within is None else [os.fspath(p) for p in within]
        hits = idx.search(query, limit, within=paths, snippets=snippets)
        if hits is None and problem is not None and idx.problem:
            problem.append(idx.problem)
        return hits
    finally:
        if own:
            idx.close()
