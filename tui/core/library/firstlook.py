"""A new user's first look at a library the index has never seen: the newest few files.

With no index, the first frame has no rows to show; the quick scan lists them later, after
the parsers have loaded. So when ``briefing`` starts without an index, the command line
starts a helper process *before* it loads Textual: on another core, the helper reads the
openings of the few most recently modified documents (a head parse) and prints their rows,
and the reader shows them, and the newest title, in its first frame. The scan then
confirms, corrects or drops them, as it does for rows read from the index.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import heapq
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.library.rows import Entry

__all__ = ["FIRST_LOOK", "FirstLook", "first_rows", "main"]

#: Documents the first look reads: enough for a first screen of rows, few enough to be quick.
FIRST_LOOK = 12
#: Seconds a late first look is still waited for (off the UI thread).
LATE_LIMIT = 10.0
_BOOT = "from tui.core.library.firstlook import main; main()"


def first_rows(targets: Sequence[str | os.PathLike[str]], count: int = FIRST_LOOK) -> list[Entry]:
    """Provisional rows of the ``count`` most recently modified documents under ``targets``.

    Only formats whose opening is read without a large library (``FormatSpec.light``):
    loading lxml or pypdf for one page or one newsletter would cost the first look more
    than all the others together. The quick scan lists those a moment later.
    """
    from tui.core.library.digest import digest_file
    from tui.core.library.folders import discover_paths
    from tui.core.library.rows import Entry
    from tui.core.load.registry import spec_for

    def mtime(path: str) -> int:
        try:
            return os.stat(path).st_mtime_ns
        except OSError:
            return 0

    paths = [p for p in discover_paths(targets) if spec_for(p).light]
    newest = paths if len(paths) <= count else heapq.nlargest(count, paths, key=mtime)
    rows: list[Entry] = []
    for path in newest:
        id_, title, date, place, error, _text = digest_file(os.path.abspath(path), True)
        if error is not None:
            continue
        day = dt.date.fromisoformat(date) if date else None
        rows.append(Entry(os.path.abspath(path), title, day, place, id_, None, provisional=True))
    return rows


class FirstLook:
    """The helper process reading a first screen of rows while the app starts."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc = proc

    @classmethod
    def start(cls, paths: Sequence[str], config_dir: str | None) -> FirstLook | None:
        """Start the helper if the metadata index does not exist yet; else ``None``.

        Args:
            paths: what the command line names (none: the configured library).
            config_dir: ``--config-dir``, if given.
        """
        from tui.core.library.index import DB_NAME
        from tui.core.paths import cache_dir

        try:
            if (cache_dir() / DB_NAME).exists():
                return None  # the reader's first frame reads the index instead
            args = [sys.executable, "-c", _BOOT, config_dir or "", *paths]
            proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a terminal's signals are for the app
            )
        except (OSError, ValueError):
            return None
        return cls(proc)

    def rows(self, timeout: float) -> list[Entry] | None:
        """The helper's rows, waiting at most ``timeout`` seconds; ``None`` if not ready."""
        try:
            out, _err = self._proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        except (OSError, ValueError):
            return []
        return self._parse(out)

    def wait_rows(self, timeout: float = LATE_LIMIT) -> list[Entry]:
        """The helper's rows, waiting up to ``timeout`` seconds (for a thread, not the UI)."""
        try:
            out, _err = self._proc.communicate(timeout=timeout)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            return []  # by then the scan has listed the library anyway
        return self._parse(out) or []

    def close(self) -> None:
        """Stop the helper if it is still at work."""
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(OSError, ValueError):
            self._proc.communicate()

    @staticmethod
    def _parse(out: bytes | None) -> list[Entry] | None:
        from tui.core.library.rows import Entry

        try:
            raw = json.loads(out or b"[]")
            return [
                Entry(
                    path,
                    title,
                    dt.date.fromisoformat(date) if date else None,
                    place,
                    id_,
                    None,
                    provisional=True,
                )
                for path, id_, title, date, place in raw
            ]
        except (ValueError, TypeError):
            return None  # a helper that failed shows nothing; the scan lists everything


def main(argv: Sequence[str] | None = None) -> None:
    """Helper entry: ``CONFIG_DIR [PATH …]``; prints the first rows as one JSON list."""
    from tui.core.paths import config_dir, library_targets
    from tui.core.stores.config import ConfigStore

    if hasattr(os, "nice"):
        os.nice(5)  # the app, starting on the other core, comes first
    args = list(sys.argv[1:] if argv is None else argv)
    folder, paths = (args[0] or None) if args else None, args[1:]
    targets: Sequence[str | os.PathLike[str]] = paths or library_targets(
        ConfigStore(config_dir(folder) / "config.toml").load()
    )
    rows = first_rows(targets)
    out = [[e.path, e.id, e.title, e.date.isoformat() if e.date else None, e.place] for e in rows]
    sys.stdout.write(json.dumps(out))
    sys.stdout.flush()
