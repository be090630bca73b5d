"""The app's bookmarks: a change shows at once, and is saved in a thread worker.

The UI thread never waits for the disk (or for another window holding the lock): it reads
and changes :class:`BookmarkKeeper`'s view, and the store's saves run one after another in
a thread, in the order they were asked for. A save that fails is kept in memory, reported,
retried on a timer and at quit; when it finally lands, the user is told.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from tui.core.model import Briefing
    from tui.core.stores import BookmarkStore
    from tui.core.stores.bookmarks import Bookmark, BookmarkKey, LoadResult, SaveResult

#: Seconds between retries of changes that could not be saved.
RETRY_EVERY = 30.0

Job = Callable[["BookmarkStore"], "SaveResult"]


class BookmarkKeeper:
    """The bookmarks as the app shows them, and the thread that writes them."""

    def __init__(
        self, app: App[None], path: Path, on_change: Callable[[], None] | None = None
    ) -> None:
        self.app = app
        self.path = path
        #: Called on the UI thread after a save changed what is shown.
        self.on_change = on_change
        self._store: BookmarkStore | None = None
        self._view: dict[BookmarkKey, Bookmark] = {}
        self._jobs: deque[tuple[Job, bool]] = deque()  # (job, is a change of the user's)
        self._asked = 0  # changes asked for (UI thread)
        self._lock = threading.Lock()  # one thread at a time talks to the store
        self._unsaved = 0  # changes the store keeps in memory only (as of the last save)
        self._running = 0  # save workers started and not yet reported (UI thread)
        # Snapshots of the store are numbered under the lock; the view takes only a newer
        # one (a read's callback may arrive after a later save's).
        self._taken = 0
        self._applied = 0
        self.loaded = False
        #: Seconds between retries of changes that could not be saved.
        self.retry_every = RETRY_EVERY
        #: Why the last save failed (None once one succeeds).
        self.problem: str | None = None

    @property
    def store(self) -> BookmarkStore:
        """The store (made on first use)."""
        if self._store is None:
            from tui.core.stores import BookmarkStore

            self._store = BookmarkStore(self.path)
        return self._store

    # -- reading (UI thread, never the disk) ----------------------------------------------

    def all(self) -> tuple[Bookmark, ...]:
        """Every bookmark as shown, oldest first."""
        return tuple(self._view.values())

    def get(self, key: BookmarkKey) -> Bookmark | None:
        """The bookmark with ``key``, or None."""
        return self._view.get(key)

    def ids_for(self, doc: Briefing | None) -> frozenset[str]:
        """Target ids of the bookmarked items of ``doc`` (the briefing's own id included)."""
        if doc is None:
            return frozenset()
        return frozenset(b.target_id for b in self._view.values() if b.briefing_id == doc.id)

    @property
    def unsaved(self) -> int:
        """Changes not on disk yet: waiting for their turn, or kept after a failed save."""
        # A retry of what could not be saved is not one more change.
        return sum(1 for _job, change in self._jobs if change) + self._unsaved

    @property
    def saving(self) -> bool:
        """Whether a save is under way (its outcome not reported yet)."""
        return self._running > 0

    # -- changing (UI thread: the view at once, the disk in a worker) -----------------------

    def toggle(self, bm: Bookmark) -> bool:
        """Add ``bm`` if absent, else remove it; True when it is now bookmarked."""
        if bm.key in self._view:
            self.remove(bm.key)
            return False
        self.add(bm)
        return True

    def add(self, bm: Bookmark) -> None:
        """Add ``bm`` (kept as it is if its key is already there)."""
        self._view.setdefault(bm.key, bm)
        self._ask(lambda store: store.add(bm))

    def remove(self, key: BookmarkKey) -> None:
        """Remove the bookmark with ``key``."""
        self._view.pop(key, None)
        self._ask(lambda store: store.remove(key))

    def update(
        self, key: BookmarkKey, *, note: str | None = None, tags: tuple[str, ...] | None = None
    ) -> None:
        """Change a bookmark's note and/or tags."""
        from dataclasses import replace

        from tui.core.stores.records import clean_tags

        clean = None if tags is None else clean_tags(tags)
        shown = self._view.get(key)
        if shown is not None:
            shown = replace(shown, note=shown.note if note is None else note)
            self._view[key] = replace(shown, tags=shown.tags if clean is None else clean)
        self._ask(lambda store: store.update(key, note=note, tags=clean))

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the file in a worker (other windows may have changed it), then ``then()``."""
        self.app.run_worker(lambda: self._load(then), thread=True, group="bookmarks")

    def retry(self) -> None:
        """Try again to write changes that could not be saved (a timer calls this)."""
        if self._unsaved and not self._jobs and not self.saving:
            self._ask(lambda store: store.retry_pending(), count=False)

    # -- the worker ----------------------------------------------------------------------

    def _ask(self, job: Job, count: bool = True) -> None:
        self._jobs.append((job, count))
        if count:
            self._asked += 1
        self._running += 1
        self.app.run_worker(self._save, thread=True, group="bookmarks")

    def _load(self, then: Callable[[], None] | None) -> None:
        with self._lock:
            asked = self._asked
            result = self.store.load()
            snapshot = self.store.all()
            self._taken += 1
            taken = self._taken
        self.app.call_from_thread(self._loaded, result, (taken, snapshot), asked, then)

    def _show(self, snapshot: tuple[int, tuple[Bookmark, ...]], asked: int) -> None:
        """Show a snapshot of the store, unless newer changes or a newer snapshot exist."""
        taken, bookmarks = snapshot
        if taken > self._applied and asked == self._asked and not self._jobs:
            self._view = {b.key: b for b in bookmarks}
            self._applied = taken

    def _loaded(
        self,
        result: LoadResult,
        snapshot: tuple[int, tuple[Bookmark, ...]],
        asked: int,
        then: Callable[[], None] | None,
    ) -> None:
        self.loaded = True
        self._show(snapshot, asked)
        if result.message:
            self.app.notify(
                result.message, title="Bookmarks", severity="warning", timeout=10, markup=False
            )
        if then is not None:
            then()

    def _save(self) -> None:
        """Write every change asked for so far, in order (whichever worker gets here first)."""
        messages: list[tuple[bool, str]] = []
        with self._lock:
            asked = self._asked
            self._drain(lambda m: messages.append(m))
            snapshot = self.store.all()
            self._taken += 1
            taken = self._taken
        self.app.call_from_thread(self._saved, messages, (taken, snapshot), asked)

    def _drain(self, report: Callable[[tuple[bool, str]], object]) -> None:
        """Run the waiting jobs against the store (the caller holds the lock)."""
        store = self.store
        while self._jobs:
            job, _change = self._jobs.popleft()
            result = job(store)
            if not result.ok:
                report((False, result.message or "bookmarks not saved; kept for this session"))
            elif result.message:
                report((True, result.message))
        self._unsaved = store.pending

    def _saved(
        self,
        messages: list[tuple[bool, str]],
        snapshot: tuple[int, tuple[Bookmark, ...]],
        asked: int,
    ) -> None:
        self._running -= 1
        # Newer changes may be waiting: keep the view (it already shows them) until the
        # worker that writes them reports.
        self._show(snapshot, asked)
        for ok, message in messages:
            if ok:
                self.problem = None
                # Under the problem's title: this notice takes the problem's away.
                self.app.notify(message, title="Bookmarks", markup=False)
            else:
                self.problem = message
                # Up until the next try, which says it again (in its place) if it fails too:
                # the notice stays while the changes are not on disk.
                self.app.notify(
                    f"{message}; retrying every {self.retry_every:g} s",
                    title="Bookmarks",
                    severity="warning",
                    timeout=max(10.0, self.retry_every + 5),
                    markup=False,
                )
        if self.on_change is not None:
            self.on_change()


__all__ = ["RETRY_EVERY", "BookmarkKeeper"]
