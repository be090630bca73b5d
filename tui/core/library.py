"""The library: which documents a set of folders holds, and their metadata for the list.

``scan`` answers from the metadata index (``tui.core.index``) for files whose size and
mtime are unchanged and parses the rest; ``search`` looks through every indexed document.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.formats import LIBRARY_SUFFIXES

if TYPE_CHECKING:
    from tui.core.index import Index
    from tui.core.index_search import Hit
    from tui.core.model import Briefing


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list: a document's metadata, or the error that stopped it.

    ``provisional``: read from the document's opening only (a quick scan); a full scan may
    still correct it. Entries compare equal whatever this flag says.
    """

    path: str
    title: str
    date: dt.date | None = None
    place: str | None = None
    id: str | None = None
    error: str | None = None
    provisional: bool = field(default=False, compare=False)


def discover(targets: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The document files named by ``targets`` (files as given; folders searched recursively).

    Hidden files and folders are skipped; so are files whose suffix is not a briefing format.
    """
    return [Path(p) for p in discover_paths(targets)]


def discover_paths(targets: Iterable[str | os.PathLike[str]]) -> list[str]:
    """``discover`` as path strings: cheaper for a large library (no ``Path`` per file)."""
    found: list[str] = []
    seen: set[str] = set()
    for target in targets:
        t = os.fspath(target)
        if os.path.isdir(t):
            for f in _walk(t):
                if f not in seen:
                    seen.add(f)
                    found.append(f)
        elif t not in seen:
            seen.add(t)
            found.append(t)
    return found


def _walk(folder: str) -> Iterator[str]:
    """Briefing files under ``folder``, depth first, each folder's names sorted."""
    try:
        with os.scandir(folder) as it:
            items = sorted((e.name, e) for e in it if not e.name.startswith("."))
    except OSError:
        return
    subdirs = []
    for name, e in items:
        try:
            is_dir = e.is_dir()
        except OSError:
            continue
        if is_dir:
            if not e.is_symlink():  # as os.walk: a linked folder could loop back
                subdirs.append(e.path)
        elif os.path.splitext(name)[1].lower() in LIBRARY_SUFFIXES:
            yield e.path
    for d in subdirs:
        yield from _walk(d)


def entry_for(doc: Briefing, path: str) -> Entry:
    """The list row for a parsed document."""
    return Entry(path=path, title=doc.title, date=doc.date, place=doc.place, id=doc.id)


def scan(
    paths: Iterable[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
    *,
    index: Index | None = None,
    quick: bool = False,
) -> Iterator[Entry]:
    """Yield an entry per path, in order; a document that fails yields an entry with ``error``.

    Unchanged files come from the metadata index without being read; ``index`` defaults to
    the one in the user cache dir. ``progress(done, total)`` is called now and then (at
    least for the first and the last path), not necessarily for every path. ``quick=True``:
    see ``Index.scan`` (provisional rows from a head parse, nothing indexed).
    """
    from tui.core.index import Index

    own = index is None
    idx = Index.default() if index is None else index
    try:
        yield from idx.scan(paths, progress, quick=quick)
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
    from tui.core.index import Index

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
) -> list[Hit]:
    """Indexed documents matching what the user typed, best first (any input is safe).

    Args:
        query: the words to find (the last one may be partly typed).
        limit: at most this many hits.
        within: only these paths (e.g. the library on screen); default every indexed file.
        index: the index to ask; defaults to the one in the user cache dir.
        snippets: only the best this many hits carry a snippet (the rest: ``""``).
    """
    from tui.core.index import Index

    own = index is None
    idx = Index.default() if index is None else index
    try:
        paths = None if within is None else [os.fspath(p) for p in within]
        return idx.search(query, limit, within=paths, snippets=snippets)
    finally:
        if own:
            idx.close()


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest first; undated documents after dated ones, then by title."""
    entries = list(entries)
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.title), reverse=True)
    rest = sorted((e for e in entries if not e.date), key=lambda e: e.title.casefold())
    return dated + rest
