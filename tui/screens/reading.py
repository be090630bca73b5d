"""The reader's read marks, places and list order (keys ``m``, ``M``, ``s``).

A mixin of :class:`~tui.screens.reader.ReaderScreen`: a briefing shown for a few seconds
(or read in the Article view) counts as read; the list shows unread ones with a dot and in
bold and a ★ where there are bookmarks; opening a briefing again puts the reader back on
the pane and item they left, and the Article view at its place, also after a restart.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import Binding, BindingType
from textual.css.query import NoMatches

from tui.reading import READ_AFTER, ReadingKeeper

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from tui.core.library import Entry
    from tui.core.model import Briefing
    from tui.widgets.library_list import LibraryList
    from tui.widgets.panes.container import BriefingPanes

READING_BINDINGS: list[BindingType] = [
    Binding(
        "m",
        "toggle_read",
        "Read",
        show=False,
        tooltip="Mark the briefing read or unread",
        id="toggle-read",
    ),
    Binding(
        "M",
        "all_read",
        "All read",
        show=False,
        tooltip="Mark every briefing in the list read",
        id="all-read",
    ),
    Binding("s", "sort", "Sort", show=False, tooltip="Change the order of the list", id="sort"),
]


class ReadingMixin:
    """Read marks, places and the list order for the reader screen."""

    if TYPE_CHECKING:
        app: App[Any]
        briefing: Briefing | None
        open_path: str | None
        panes_ready: bool
        BINDINGS: ClassVar[list[BindingType]]

        @property
        def library(self) -> LibraryList: ...
        @property
        def panes(self) -> BriefingPanes: ...
        def call_after_refresh(self, callback: Any, *args: Any) -> bool: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...

    reading: ReadingKeeper | None = None
    _read_timer: Timer | None = None

    # -- set-up --------------------------------------------------------------------------

    def start_reading(self) -> None:
        """Read the marks in a worker, after the first frame."""
        self.reading = ReadingKeeper(self.app, self._reading_loaded)
        self.call_after_refresh(self.reading.load)

    def _reading_loaded(self) -> None:
        keeper = self.reading
        assert keeper is not None
        view = self.library.view
        view.unread = lambda entry: not keeper.is_read(entry.id)
        self.refresh_stars()
        order = keeper.setting("sort", "newest")
        if order != "newest":
            self._apply_sort(order)
        view.refresh()
        doc = self.briefing
        if doc is not None:
            if self._not_moved_yet():  # keys typed at start win over a place read late
                self.restore_place(doc)
            self.start_read_timer(doc)
        self.reading_loaded()

    def reading_loaded(self) -> None:
        """Hook: whatever else the state folder holds applies now (the list's layout)."""

    def _not_moved_yet(self) -> bool:
        """Whether the reader is still where the briefing opened: first pane, no pane focused."""
        if not self.panes_ready:
            return True
        panes = self.panes
        return panes.current == panes.names[0] and self.app.focused not in panes.panes()

    def refresh_stars(self) -> None:
        """★ on the rows of briefings with bookmarks (after any bookmark change)."""
        keeper = getattr(self.app, "bookmarks", None)
        ids = {b.briefing_id for b in keeper.all()} if keeper is not None else set()
        self.library.view.starred = lambda entry: entry.id in ids
        self.library.view.refresh()

    def stop_reading(self) -> None:
        """The reader is going: remember its place and write what is not saved yet."""
        self.remember_place()
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if self.reading is not None:
            self.reading.flush()

    # -- opening and leaving a briefing --------------------------------------------------

    def remember_place(self) -> None:
        """Keep the pane and item shown for the open briefing."""
        doc = self.briefing
        if self.reading is None or not self.reading.loaded or doc is None or not self.panes_ready:
            return
        from textual.css.query import NoMatches

        try:
            pane = self.panes.pane()
        except NoMatches:
            return  # the screen is being taken down: the place was kept as it changed
        self.reading.update(doc.id, pane=pane.spec.name, item=getattr(pane, "highlighted", None))

    def on_option_list_option_highlighted(self, _event: object) -> None:
        """An item was highlighted in a pane: that is the place now."""
        self.remember_place()

    def on_briefing_panes_changed(self, _event: object) -> None:
        """Another pane is current: that is the place now."""
        self.remember_place()

    def restore_place(self, doc: Briefing) -> None:
        """Back on the pane and item the reader left in ``doc`` (focus stays where it is)."""
        if self.reading is None or not self.reading.loaded or not self.panes_ready:
            return
        place = self.reading.place(doc.id)
        if place.pane is None or place.pane not in self.panes.names:
            return
        panes = self.panes
        pane = panes.pane(place.pane)
        if panes.app.focused in panes.panes():
            panes.focus_pane(place.pane)
        else:
            panes.current = place.pane
        if place.item is not None:
            pane.reveal(index=place.item)

    def start_read_timer(self, doc: Briefing) -> None:
        """``doc`` is shown: it counts as read if it still is in a few seconds."""
        if self._read_timer is not None:
            self._read_timer.stop()
        if self.reading is None or not self.reading.loaded or self.reading.is_read(doc.id):
            return
        self._read_timer = self.app.set_timer(READ_AFTER, lambda: self._shown_long_enough(doc))

    def _shown_long_enough(self, doc: Briefing) -> None:
        self._read_timer = None
        if self.briefing is doc and self.reading is not None:
            self.reading.update(doc.id, read=True)
            with suppress(NoMatches):  # the timer fired as the app closed, the list gone
                self.library.view.refresh()

    # -- the Article view's place --------------------------------------------------------

    def article_start(self, doc: Briefing) -> int:
        """The block the Article view opens at: where the reader left it."""
        return self.reading.place(doc.id).article if self.reading is not None else 0

    def article_closed(self, doc: Briefing, top: int | None) -> None:
        """The Article view was closed at ``top``: keep the place; the briefing was read."""
        if self.reading is not None and top is not None:
            self.reading.update(doc.id, article=top, read=True)
            self.library.view.refresh()

    # -- keys ----------------------------------------------------------------------------

    def _target_entry(self) -> Entry | None:
        view = self.library.view
        if view.has_focus and view.current is not None:
            return view.current
        return next((e for e in self.library.entries if e.path == self.open_path), None)

    def action_toggle_read(self) -> None:
        """Mark the highlighted (or open) briefing read, or unread again."""
        entry = self._target_entry()
        if self.reading is None or entry is None or not entry.id:
            return
        read = not self.reading.is_read(entry.id)
        self.reading.update(entry.id, read=read)
        if self._read_timer is not None and not read:
            self._read_timer.stop()  # unread on purpose: the timer must not undo that
            self._read_timer = None
        self.library.view.refresh()
        self.notify(f"Marked {'read' if read else 'unread'}", timeout=2, markup=False)

    def action_all_read(self) -> None:
        """Mark every briefing shown in the list read (m on one makes it unread again)."""
        if self.reading is None:
            return
        rows = [e for e in self.library.shown_rows if e.id and not self.reading.is_read(e.id)]
        for entry in rows:
            assert entry.id is not None
            self.reading.update(entry.id, read=True)
        self.library.view.refresh()
        from tui.core.stores.records import counted

        self.notify(f"Marked {counted(len(rows), 'briefing')} read", timeout=3, markup=False)

    def action_sort(self) -> None:
        """Show the list in the next order: newest, oldest, title, place, unread first."""
        from tui.core.library.rows import SORT_NAMES, SORT_ORDERS

        if self.reading is None:
            return
        now = self.reading.setting("sort", "newest")
        order = (
            SORT_ORDERS[(SORT_ORDERS.index(now) + 1) % len(SORT_ORDERS)]
            if now in SORT_ORDERS
            else SORT_ORDERS[0]
        )
        self.reading.set_setting("sort", order)
        self._apply_sort(order)
        self.notify(f"Sorted {SORT_NAMES[order]} (s: next order)", timeout=3, markup=False)

    def _apply_sort(self, order: str) -> None:
        from tui.core.library.rows import sort_key

        keeper = self.reading
        read = (lambda e: keeper.is_read(e.id)) if keeper is not None else None
        self.library.set_sort(sort_key(order, read))


__all__ = ["READING_BINDINGS", "ReadingMixin"]
