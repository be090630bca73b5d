"""Read marks, places and the list order, as the reader uses them; saved in thread workers.

The reader asks this keeper whether a briefing is read, where its reader stopped (pane,
item, Article view place) and which order the list has; changes show at once and are
written a moment later in a worker (several changes, one write). The file is read in a
worker after the first frame, and written once more, synchronously, when the reader goes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from tui.core.stores.reading import Place, ReadingStore

#: Seconds a briefing is shown before it counts as read.
READ_AFTER = 3.0
#: Seconds changes wait before they are written (more changes join the same write).
SAVE_AFTER = 1.0


class ReadingKeeper:
    """The reader's read marks and places: changed on the UI thread, written in a worker."""

    def __init__(self, app: App[Any], on_loaded: Callable[[], None]) -> None:
        self.app = app
        self.on_loaded = on_loaded
        self.loaded = False
        self._store: ReadingStore | None = None
        self._lock = threading.Lock()  # one thread at a time in the store
        self._timer: Timer | None = None
        self._problem: str | None = None  # the last save's failure, said once

    @property
    def store(self) -> ReadingStore:
        """The store (made on first use)."""
        if self._store is None:
            from tui.core.paths import state_dir
            from tui.core.stores.reading import FILE_NAME, ReadingStore

            self._store = ReadingStore(state_dir() / FILE_NAME)
        return self._store

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the file in a worker; ``on_loaded`` runs on the UI thread after."""
        self.app.run_worker(self._load, thread=True, group="reading")

    def _load(self) -> None:
        with self._lock:
            message = self.store.load()
        self.app.call_from_thread(self._loaded, message)

    def _loaded(self, message: str | None) -> None:
        self.loaded = True
        if message:
            self.app.notify(message, title="Read marks", severity="warning", markup=False)
        self.on_loaded()

    def is_read(self, briefing_id: str | None) -> bool:
        """Whether the briefing is marked read."""
        if not briefing_id:
            return False
        with self._lock:
            return self.store.is_read(briefing_id)

    def place(self, briefing_id: str) -> Place:
        """Where the reader stopped in the briefing."""
        with self._lock:
            return self.store.get(briefing_id)

    def setting(self, key: str, default: str) -> str:
        """A list setting (the sort order)."""
        with self._lock:
            return self.store.setting(key, default)

    # -- changing ------------------------------------------------------------------------

    def update(self, briefing_id: str, **changes: Any) -> None:
        """Change the briefing's state now; written a moment later."""
        with self._lock:
            self.store.update(briefing_id, **changes)
        self._schedule()

    def set_setting(self, key: str, value: str) -> None:
        """Change a list setting now; written a moment later."""
        with self._lock:
            self.store.set_setting(key, value)
        self._schedule()

    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(SAVE_AFTER, self._save_soon)

    def _save_soon(self) -> None:
        self._timer = None
        self.app.run_worker(self._save, thread=True, group="reading")

    def _save(self) -> None:
        with self._lock:
            problem = self.store.save()
        if problem != self._problem:
            self._problem = problem
            if problem:
                self.app.call_from_thread(
                    self.app.notify,
                    f"{problem}; kept for this session",
                    title="Read marks",
                    severity="warning",
                    markup=False,
                )

    def flush(self) -> None:
        """Write what is not on disk yet, now (the reader is going)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._store is None:
            return
        with self._lock:
            self.store.save()


__all__ = ["READ_AFTER", "ReadingKeeper"]
