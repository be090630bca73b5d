"""Which document files a set of folders and files names (hidden entries and unknown suffixes skipped)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tui.core.load.registry import LIBRARY_SUFFIXES

__all__ = ["discover", "discover_paths"]


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
    """Briefing files under ``folder``, depth first, each folder's names sorted.

    A folder that cannot be listed, and a briefing-named entry that cannot be looked at (a
    symlink loop), are yielded too: reading them gives an error row that says why,
    instead of their vanishing from the library.
    """
    try:
        with os.scandir(folder) as it:
            items = sorted((e.name, e) for e in it if not e.name.startswith("."))
    except OSError:
        yield folder
        return
    subdirs = []
    for name, e in items:
        try:
            is_dir = e.is_dir()
        except OSError:
            if os.path.splitext(name)[1].lower() in LIBRARY_SUFFIXES:
                yield e.path
            continue
        if is_dir:
            if not e.is_symlink():  # as os.walk: a linked folder could loop back
                subdirs.append(e.path)
        elif os.path.splitext(name)[1].lower() in LIBRARY_SUFFIXES:
            yield e.path
    for d in subdirs:
        yield from _walk(d)
