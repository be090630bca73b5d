"""A folder path as the user types it: what it completes to, and whether it can join the library."""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = ["complete_folder", "folder_to_add"]


def complete_folder(typed: str) -> str | None:
    """``typed`` completed to the next folder, or None when no folder name fits.

    The part after the last ``/`` is the start of a folder name in the folder before it
    (``~`` stands for home): ``~/bri`` → ``~/briefs/``; ``~/briefs/`` → its first folder.
    Names are sorted; hidden folders only when the typed part starts with a dot. What was
    typed stays as it is (``~`` is not expanded in the result), so it can be accepted as
    the input's completion.
    """
    if not typed:
        return None
    if typed == "~":
        return "~/" if os.path.isdir(os.path.expanduser("~")) else None
    head, sep, part = typed.rpartition("/")
    base = os.path.expanduser(head + sep) if sep else os.curdir
    try:
        with os.scandir(base) as it:
            names = sorted(
                e.name
                for e in it
                if e.name.startswith(part)
                and (part.startswith(".") or not e.name.startswith("."))
                and _is_dir(e)
            )
    except (OSError, ValueError):  # (ValueError: a NUL in the name)
        return None
    return f"{head}{sep}{names[0]}/" if names else None


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def folder_to_add(typed: str, library: Iterable[str | os.PathLike[str]]) -> str:
    """The folder to add to the library for ``typed``, as it will be written in config.toml.

    ``~/…`` stays ``~/…`` (the file reads the same on another machine); any other path is
    made absolute. Raises ``ValueError`` with a one-line message when it cannot be added:
    nothing typed, no such folder, not a folder, not readable, or already in ``library``
    (the folders shown now), itself or inside one of them.
    """
    text = typed.strip()
    if not text:
        raise ValueError("Type the path of a folder.")
    try:
        full = os.path.abspath(os.path.expanduser(text))
        exists, is_dir = os.path.exists(full), os.path.isdir(full)
    except ValueError:
        raise ValueError(f"Not a valid path: {text}") from None
    if not exists:
        raise ValueError(f"No such folder: {text}")
    if not is_dir:
        raise ValueError(f"Not a folder: {text}")
    if not os.access(full, os.R_OK | os.X_OK):
        raise ValueError(f"Cannot read {text} (permission denied)")
    real = os.path.realpath(full)
    for folder in library:
        there = os.path.realpath(os.path.expanduser(os.fspath(folder)))
        if real == there:
            raise ValueError(f"Already in the library: {text}")
        if os.path.isdir(there) and real.startswith(there.rstrip(os.sep) + os.sep):
            raise ValueError(f"Already in the library, inside {folder}")
    return os.path.normpath(text) if text.startswith("~") else full
