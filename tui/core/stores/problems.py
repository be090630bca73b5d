"""One-line reasons why a store's file cannot be read or written, naming the right thing."""

from __future__ import annotations

import os
from pathlib import Path

from tui.core.stores.safefile import describe_os_error, lock_path_for

__all__ = ["explain_os_error"]


def explain_os_error(path: Path, exc: OSError) -> str:
    """Why ``path`` (a store's file) could not be used: the folder that is a file, the lock
    that is a folder, else the reason for the folder it lives in."""
    folder = path.parent
    for above in (folder, *folder.parents):
        if os.path.lexists(above):
            if not above.is_dir():
                return f"{above} is a file, not a folder (the config folder must be a folder)"
            break
    lock = lock_path_for(path)
    if lock.is_dir():
        return f"{lock} is a folder, not a lock file; remove it"
    if path.is_dir():
        return f"{path} is a folder, not a file; move it away"
    return describe_os_error(folder, exc)
