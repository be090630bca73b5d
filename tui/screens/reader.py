"""The reader: the library list beside the open briefing's panes.

The screen coordinates; each job has its own place: the list (``LibraryList``), the panes
(``BriefingPanes``, from the pane table), the search box and its matches (``SearchBar``),
listing and indexing the library (``tui.screens.scanning``), searching the library
(``tui.screens.search``). Here: opening a briefing and the keys that act on it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.types import NoActiveAppError
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.host import host
from tui.keys import key_for
from tui.screens.handoffs import HANDOFF_BINDINGS, HandoffMixin
from tui.screens.layout import LAYOUT_BINDINGS, SPLIT_WIDTH, LayoutMixin
from tui.screens.reading import READING_BINDINGS, ReadingMixin
from tui.screens.scanning import Indexing, ScanProgress
from tui.widgets.library_list import LibraryList, LibraryView
from tui.widgets.panes.table import PANES, pane_bindings
from tui.widgets.text import safe, title_parts
from tui.widgets.title import TitleLine

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.clipboard import ClipboardTool
    from tui.core.article import Article
    from tui.core.library import Entry
    from tui.core.library.firstlook import FirstLook
    from tui.core.model import Briefing
    from tui.core.stores.people import PeoplePrefs
    from tui.screens.watching import LibraryChanged
    from tui.widgets.panes.container import BriefingPanes
    from tui.widgets.search_bar import SearchBar, SearchState

#: Actions whose keys are ordinary letters in a text box: while one is being typed in,
#: they are off (and out of the footer), whatever key the config binds them to.
TYPED_IN_A_BOX = frozenset({"show_pane", "search", "filter"})
#: Rows read from the index for the first frame (a tall terminal's worth and more).
CACHED_ROWS = 120
#: Seconds the first frame waits for a library's first look (see ``core.library.firstlook``);
#: a later answer is shown when it comes, unless the scan has listed rows by then.
FIRST_LOOK_WAIT = 0.05
#: Seconds between updates of the title line while a briefing opens, and the wait before
#: it counts the seconds (most briefings open well before).
OPENING_TICK, OPENING_SAYS_AFTER = 0.5, 1.0
#: A briefing this long (characters) is laid out for the Article view as soon as it is
#: shown; a shorter one takes a few ms when ``v`` is pressed.
PREPARE_ARTICLE_CHARS = 100_000
#: Footer groups: a pair of keys under one word, so the footer fits 80 columns.
BRIEFING_KEYS = Binding.Group("Briefing")
MATCH_KEYS = Binding.Group("Match")
#: Narrower than this, the footer leaves out its ``^p palette`` hint (``?`` lists it).
PALETTE_HINT_WIDTH = 100
#: Characters of a copied text its notice shows: one line of a notice.
PREVIEW = 38


class ReaderScreen(LayoutMixin, ReadingMixin, HandoffMixin, Screen[None]):
    """Coordinates the library list, the panes, the search bar, scanning and opening."""

    AUTO_FOCUS = ""  # on_mount focuses the library list
    #: The help's groups for this screen, listed first by ``?``.
    HELP_GROUP = ("reader", "in a pane", "library list")
    #: Keys act in the order typed, each with the focus the one before it left (see
    #: ``BriefingApp.on_event``).
    KEYS_AS_TYPED = True
    # Textual declares this attribute as an instance variable, so a ClassVar here is a
    # type error; it is still only ever read.
    HORIZONTAL_BREAKPOINTS = [(0, "-small"), (SPLIT_WIDTH, "-narrow"), (120, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "next_pane",
            "Next pane",
            show=False,
            tooltip="Focus the next pane",
            id="next-pane",
        ),
        Binding(
            "shift+tab",
            "previous_pane",
            "Previous pane",
            show=False,
            tooltip="Focus the previous pane",
            id="previous-pane",
        ),
        *pane_bindings(),
        Binding(
            "left_square_bracket",
            "previous_briefing",
            "Prev",
            tooltip="Open the previous briefing",
            id="previous-briefing",
            group=BRIEFING_KEYS,
        ),
        Binding(
            "right_square_bracket",
            "next_briefing",
            "Next",
            tooltip="Open the next briefing",
            id="next-briefing",
            group=BRIEFING_KEYS,
        ),
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="Search this briefing and the library",
            id="search",
        ),
        Binding(
            "n",
            "next_match",
            "Next match",
            tooltip="Go to the next search match",
            id="next-match",
            group=MATCH_KEYS,
        ),
        Binding(
            "N",
            "previous_match",
            "Prev match",
            tooltip="Go to the previous search match",
            id="previous-match",
            group=MATCH_KEYS,
        ),
        Binding(
            "f",
            "filter",
            "Filter",
            show=False,
            tooltip="Filter the library list",
            id="filter",
        ),
        Binding(
            "v",
            "full_text",
            "Read",
            tooltip="Read the whole briefing, formatted, with contents and search",
            id="full-text",
        ),
        Binding(
            "c",
            "copy_quote",
            "Copy",
            tooltip="Copy the highlighted quote, area or comment with its source",
            id="copy-quote",
        ),
        Binding(
            "b",
            "toggle_bookmark",
            "Bookmark",
            tooltip="Bookmark the highlighted quote, area or comment",
            id="toggle-bookmark",
        ),
        Binding("B", "bookmarks", "Marks", tooltip="Open the bookmarks screen", id="bookmarks"),
        Binding(
            "p",
            "people",
            "People",
            show=False,
            tooltip="Everyone quoted in the library, with their quotes",
            id="people",
        ),
        Binding(
            "T",
            "timeline",
            "Timeline",
            show=False,
            tooltip="Briefings by month, by place and speaker",
            id="timeline",
        ),
        Binding(
            "r",
            "rescan",
            "Rescan",
            show=False,
            tooltip="Scan the library folders again",
            id="rescan",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            show=False,
            tooltip="Stop opening a briefing, close the search box, clear the filter or search",
            id="back",
        ),
        *READING_BINDINGS,
        *LAYOUT_BINDINGS,
        *HANDOFF_BINDINGS,
    ]

    briefing: reactive[Briefing | None] = reactive(None, bindings=True)

    class Opened(Message):
        """A document finished loading (or failed: ``briefing`` is None, ``error`` set)."""

        def __init__(self, path: str, briefing: Briefing | None, error: str | None = None) -> None:
            super().__init__()
            self.path, self.briefing, self.error = path, briefing, error

    class LibrarySearched(Message):
        """Which library documents contain the search text."""

        def __init__(self, query: str, paths: set[str]) -> None:
            super().__init__()
            self.query, self.paths = query, paths

    def __init__(self, targets: tuple[Path, ...]) -> None:
        super().__init__()
        # Start with the breakpoint class the first resize would set: adding it then
        # would restyle every widget once more before the first frame.
        try:
            width = self.app.size.width
        except NoActiveAppError:
            width = 0
        self.add_class(
            [name for at, name in self.HORIZONTAL_BREAKPOINTS if width >= at][-1], update=False
        )
        self.targets = targets
        self.open_path: str | None = None
        self.open_error: str | None = None
        self.shown_path: str | None = None  # the document the panes show (open_path once loaded)
        self.user_chose = False
        self._after_open: Callable[[], None] | None = None
        self.panes_ready = False
        #: Set once the metadata index holds the whole library (library search waits).
        self.indexed = threading.Event()
        #: The newest readable row the index knew at start (opened before the scan ends).
        self._cached_first: Entry | None = None
        #: Set to stop the live-library watcher (started once the first scan is done).
        self._watching: threading.Event | None = None
        #: Set once the watcher is watching the folders.
        self.watch_ready = threading.Event()
        #: The entry being opened (the panes show ``shown_path`` until it has loaded).
        self._opening: Entry | None = None
        #: When the open in progress began (``time.monotonic()``), for its progress line.
        self._opening_since = 0.0
        self._opening_timer: Timer | None = None
        #: The open briefing laid out for the Article view (made in a thread after opening).
        self._article: tuple[Briefing, Article] | None = None
        #: The briefing being laid out in that thread, and whether ``v`` waits for it.
        self._preparing: Briefing | None = None
        self._article_wanted = False
        #: The scan finished and found nothing: an explanation stands in for the panes.
        self.library_empty = False
        #: The library changed while the first scan ran (``set_library``).
        self._rescan_when_scanned = False
        #: The rows are in their final order: the index knew the library, or the first
        #: scan has listed it. Keys typed at start wait for it (``ready``).
        self._listed = False

    def compose(self) -> ComposeResult:
        """The library on the left and the title line; the panes follow the first frame."""
        # No containers: the library is split off to the left (see briefing.tcss), and the
        # title, tabs and panes stack in what is left; each container would add its own
        # mount, styling and drawing to the first frame.
        yield LibraryList(id="library")
        yield TitleLine(Text("Opening the library…", style="dim"), id="doc-title")

    def on_mount(self) -> None:
        """Show the frame now; panes, footer and the scan follow right after it."""
        self.query_one(LibraryView).focus()
        self._show_cached()
        # The first frame is the library and a title line; the panes (empty until a
        # briefing loads anyway), the footer and the scan worker (which competes for
        # the GIL) come straight after it.
        self.call_after_refresh(self._build_rest)

    def _show_cached(self) -> None:
        """From the first frame: the newest title the index holds, then its newest rows.

        One indexed query (~2 ms at any library size); the scan then confirms, corrects
        or drops each row. A library never indexed shows "Opening the library…" instead.
        """
        from tui.core.library import newest

        try:
            rows = newest(self.targets, CACHED_ROWS)
        except OSError:
            return  # e.g. no cache folder can be made: the scan will say more
        # Rows from the index are in the order the scan will confirm; a first look's
        # (the newest files' openings) are not, nor is a library the scan is still listing.
        self._listed = bool(rows)
        look = host(self).first_look
        if not rows and look is not None:
            # A library never indexed: the rows a helper has read meanwhile (see firstlook).
            looked = look.rows(FIRST_LOOK_WAIT)
            if looked is None:
                self._await_first_look(look)
                return
            rows = looked
        self._show_rows(rows)

    def _show_rows(self, rows: list[Entry]) -> None:
        """Provisional rows before the scan: the newest title now, the rows next frame."""
        from tui.core.library import sort_newest_first

        if not rows:
            return
        # The title line is in the first frame; the rows follow in the next one (drawing
        # a screenful of rows would delay the first by ~4%).
        self.call_after_refresh(self.library.preload, rows)
        first = next((e for e in sort_newest_first(rows) if not e.error), None)
        if first is not None:
            self._cached_first = first
            self.query_one("#doc-title", TitleLine).show(*title_parts(first))
            if self.panes_ready and self.open_path is None:
                self.open_entry(first, chosen=False)

    @work(thread=True, group="first-look")
    def _await_first_look(self, look: FirstLook) -> None:
        """A first look not ready in time for the first frame: show it when it is."""
        rows = look.wait_rows()
        if rows:
            self.app.call_from_thread(self._late_first_look, rows)

    def _late_first_look(self, rows: list[Entry]) -> None:
        if not self.library.entries:  # the scan has not listed anything yet
            self._show_rows(rows)

    async def _build_rest(self) -> None:
        from textual.widgets import Footer

        from tui.widgets.panes.container import BriefingPanes
        from tui.widgets.search_bar import SearchBar

        await self.mount_all([BriefingPanes(PANES, id="briefing-panes"), SearchBar()])
        # Split off first, so it spans the whole width under the library too.
        wide = self.app.size.width >= PALETTE_HINT_WIDTH
        await self.mount(Footer(compact=True, show_command_palette=wide), before=0)
        self.panes_ready = True
        if self.small and self.targets and all(p.is_file() for p in self.targets):
            self.panes.focus_pane()  # `briefing FILE` on a small screen: the briefing at once
        self.refresh_bindings()
        self.start_reading()
        if self._cached_first is not None and self.open_path is None:
            self.open_entry(self._cached_first, chosen=False)
        self.run_worker(self._scan, thread=True, exclusive=True, group="scan")

    def ready(self) -> None:
        """Keys typed so far can act now if the panes show the briefing being opened (or
        the empty library's explanation). Keys typed at start also wait for the rows'
        final order: they count rows of the list as the user will see it, not of the few
        rows a new library shows before the scan has listed it. (Keys are held at most
        ``HOLD_KEYS_AT_MOST`` seconds, whatever the wait.)"""
        shown = self.library_empty or (
            self.open_path is not None and self.shown_path == self.open_path
        )
        if self.panes_ready and shown:
            host(self).release_keys(start=self._listed)

    def on_resize(self, event: events.Resize) -> None:
        """Keep the footer within the width: no palette hint when narrow."""
        from textual.widgets import Footer

        for footer in self.query(Footer):
            footer.show_command_palette = event.size.width >= PALETTE_HINT_WIDTH
        self.apply_layout()

    # -- the parts -----------------------------------------------------------------------

    @property
    def library(self) -> LibraryList:
        """The library list."""
        return self.query_one(LibraryList)

    @property
    def panes(self) -> BriefingPanes:
        """The open briefing's panes."""
        from tui.widgets.panes.container import BriefingPanes

        return self.query_one(BriefingPanes)

    @property
    def search_bar(self) -> SearchBar:
        """The search box, which keeps the search's state."""
        from tui.widgets.search_bar import SearchBar

        return self.query_one(SearchBar)

    @property
    def search(self) -> SearchState:
        """The search text and its matches (empty before the panes are built)."""
        from tui.widgets.search_bar import SearchState

        return self.search_bar.state if self.panes_ready else SearchState()

    @property
    def current_pane(self) -> str:
        """The name of the current pane."""
        return self.panes.current if self.panes_ready else PANES[0].name

    # -- panes -------------------------------------------------------------------------

    def action_show_pane(self, name: str) -> None:
        """Make ``name`` the current pane and focus it."""
        self.panes.focus_pane(name)

    def _pane_cycle(self, step: int) -> None:
        focused = self.focused
        panes = self.panes
        here = focused.id if focused is not None and focused.id in panes.names else None
        target = panes.step(here, step)
        if target is None:
            self.set_focus(self.query_one(LibraryView))
        else:
            panes.focus_pane(target)

    def action_next_pane(self) -> None:
        """Focus the next pane (the library list comes after the last)."""
        self._pane_cycle(1)

    def action_previous_pane(self) -> None:
        """Focus the previous pane."""
        self._pane_cycle(-1)

    # -- scanning ----------------------------------------------------------------------

    def _scan(self) -> None:
        """The scan worker: list the library, then index it (see ``tui.screens.scanning``)."""
        from tui.screens.scanning import scan_library

        worker = get_current_worker()
        try:
            scan_library(self.targets, self.post_message, lambda: worker.is_cancelled)
        finally:
            self.indexed.set()

    def on_indexing(self, event: Indexing) -> None:
        """Show indexing progress; put corrected rows in their place."""
        library = self.library
        if event.corrected:
            library.replace_entries(event.corrected)
        library.set_indexing(None if event.finished else (event.done, event.total))

    def on_scan_progress(self, event: ScanProgress) -> None:
        """Add the batch, show progress, open the newest briefing as soon as one is known."""
        if not self.is_attached:
            return  # the app is closing
        library = self.library
        if event.entries:
            library.add_entries(event.entries)
        library.set_progress(event.done, event.total, event.finished)
        if event.finished:
            self._listed = True
            self._show_empty_library(not library.entries)
        rows = library.shown_rows
        fresh = self.open_path is None or event.finished
        # Open the newest readable document (a broken file shows its error in the list).
        first = next((e for e in rows if not e.error), rows[0] if rows else None)
        if first is not None and not self.user_chose and fresh and first.path != self.open_path:
            self.open_entry(first, chosen=False)
        if event.finished:
            self.ready()  # unless the newest, just found, is still opening
            self.refresh_bindings()
            self._start_watching()
            if self._rescan_when_scanned:
                self._rescan_when_scanned = False
                self.action_rescan()

    # -- the live library ----------------------------------------------------------------

    def _start_watching(self) -> None:
        if self._watching is None and os.environ.get("BRIEFING_WATCH", "1") != "0":
            self._watching = threading.Event()
            self.run_worker(self._watch, thread=True, group="watch")

    def _watch(self) -> None:
        """The watcher worker (see ``tui.screens.watching``)."""
        from textual.worker import get_current_worker

        from tui.screens.watching import watch_library

        assert self._watching is not None
        stop, worker = self._watching, get_current_worker()

        class Stop:
            """Set when the screen goes or the worker is cancelled (the app is closing)."""

            def is_set(self) -> bool:
                return stop.is_set() or worker.is_cancelled

        watch_library(self.targets, self.post_message, Stop(), self.watch_ready)  # type: ignore[arg-type]

    def on_unmount(self) -> None:
        """Stop watching the folders; keep the reading place."""
        if self._watching is not None:
            self._watching.set()
        self.stop_reading()

    @work(thread=True, exclusive=True, group="rescan")
    def action_rescan(self) -> None:
        """Scan the library again (files added, changed or removed since)."""
        from tui.screens.watching import rescan_library

        rescan_library(self.targets, self.post_message)

    def set_library(self, targets: tuple[Path, ...]) -> None:
        """Make ``targets`` the library from now on: watch them and scan them again."""
        self.targets = targets
        self._show_empty_library(False)  # shown again, naming these, if they hold none
        if self.library.scanning is not None:
            # The first scan lists the old folders to the end: rescan once it has.
            self._rescan_when_scanned = True
            return
        if self._watching is not None:
            self._watching.set()
            self._watching = None
            self.watch_ready.clear()
            self._start_watching()
        self.action_rescan()

    def on_library_changed(self, event: LibraryChanged) -> None:
        """Put the changed files' rows in place; reload the open briefing if it changed.

        After a whole rescan, a library that turned out empty says so, and with the open
        briefing gone from it (or none open) the newest one opens.
        """
        from tui.core.load.registry import split_locator

        library = self.library
        path = self.open_path
        listed = path is not None and any(e.path == path for e in library.entries)
        library.apply_changes(event.files, event.entries)
        still_there = path is not None and any(e.path == path for e in event.entries)
        if event.files is None:
            self._show_empty_library(not library.entries)
            if path is None or (listed and not still_there):
                rows = library.shown_rows
                first = next((e for e in rows if not e.error), rows[0] if rows else None)
                if first is not None:
                    self.open_entry(first, chosen=False)
                return
        if path is None:
            return
        touched = event.files is None or split_locator(path)[0] in event.files
        if touched and still_there:
            self.load_document(path)

    def _show_empty_library(self, empty: bool) -> None:
        """An empty library: say where it looked and how to add briefings, not "Opening…"."""
        if empty == self.library_empty or not self.is_attached:
            return  # (not mounted: the app is closing)
        self.library_empty = empty
        self.panes.display = not empty
        if empty:
            from tui.widgets.empty_library import EmptyLibrary

            path = host(self).config_store.path
            self.query_one("#doc-title", Static).update(
                Text("No briefings found in the library.", style="dim")
            )
            add = key_for(self.app, self.BINDINGS, "add-folder")
            empty_state = EmptyLibrary(self.targets, path, add_key=add, id="library-empty")
            self.mount(empty_state, after=self.panes)
        else:
            self.query("#library-empty").remove()
        self.show_view()
        self.refresh_bindings()

    # -- opening -----------------------------------------------------------------------

    def open_entry(
        self, entry: Entry, *, chosen: bool = True, then: Callable[[], None] | None = None
    ) -> None:
        """Open a library entry (an entry with an error shows the error)."""
        self.remember_place()
        self.user_chose = self.user_chose or chosen
        if chosen:
            host(self).wait_for_open()  # keys typed next act on this briefing
        self._after_open = then
        self.open_path = entry.path
        self._opening = entry
        self._opening_since = time.monotonic()
        if self._opening_timer is None:
            self._opening_timer = self.set_interval(OPENING_TICK, self._opening_tick)
        self.library.set_open(entry.path)
        self.load_document(entry.path)
        if self.shown_path is not None:
            self.update_title()  # "opening …" beside the briefing still shown

    def opening_pending(self) -> bool:
        """Whether a briefing is being opened (the panes still show the one before it)."""
        return self._opening is not None and self.open_path != self.shown_path

    def _opening_tick(self) -> None:
        """While a long open runs, the title line counts its seconds; then the timer stops."""
        if self.opening_pending():
            if time.monotonic() - self._opening_since >= OPENING_SAYS_AFTER:
                self.update_title()
        elif self._opening_timer is not None:
            self._opening_timer.stop()
            self._opening_timer = None

    def stop_opening(self) -> bool:
        """``escape`` while a briefing opens: stop parsing it and stay on the one shown."""
        if not self.opening_pending():
            return False
        entry = self._opening
        host(self).drop_waiting_keys()  # they were typed for the briefing not opened
        self.workers.cancel_group(self, "open")
        self._opening, self._after_open = None, None
        self.open_path = self.shown_path
        self.library.set_open(self.shown_path)
        self.update_title()
        if entry is not None:
            self.notify(f"Stopped opening “{entry.title}”.", timeout=3, markup=False)
        return True

    def open_path_with(self, path: str, then: Callable[[], None] | None = None) -> None:
        """Open the document at ``path`` (from the palette or a bookmark)."""
        from tui.core.library import Entry

        entry = next((e for e in self.library.entries if e.path == path), None)
        self.open_entry(entry or Entry(path=path, title=Path(path).name), then=then)

    @work(thread=True, exclusive=True, group="article")
    def _prepare_article(self, doc: Briefing, width: int) -> None:
        """Lay ``doc`` out for the Article view while it is read in the panes."""
        from tui.screens.article import prepare

        article = prepare(doc, width)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._article_prepared, doc, article)

    def _article_prepared(self, doc: Briefing, article: Article) -> None:
        if doc is self._preparing:
            self._preparing = None
        if doc is self.briefing:
            self._article = (doc, article)
            if self._article_wanted and self.app.screen is self:
                self._article_wanted = False
                self.action_full_text()

    @work(thread=True, exclusive=True, group="open")
    def load_document(self, path: str) -> None:
        """Load one document off the UI thread."""
        from tui.core.errors import BriefingError
        from tui.core.load import Cancelled, load_guarded

        worker = get_current_worker()
        try:
            # (quitting never waits for a long parse, and a parse that never ends is an error)
            doc = load_guarded(path, cancelled=lambda: worker.is_cancelled)
        except Cancelled:
            return
        except BriefingError as exc:
            self.post_message(self.Opened(path, None, str(exc)))
        else:
            self.post_message(self.Opened(path, doc))

    def on_reader_screen_opened(self, event: ReaderScreen.Opened) -> None:
        """Show the loaded briefing in every pane."""
        if event.path != self.open_path:
            return
        self.open_error = event.error
        self.shown_path = event.path
        self.briefing = event.briefing
        if event.briefing is not None:
            self._refresh_row(event.path, event.briefing)
        self.show_panes()
        self.update_title()
        self.ready()
        then, self._after_open = self._after_open, None
        if event.briefing is not None:
            if then is None:  # not a jump to a bookmark or a search hit
                self.restore_place(event.briefing)
            self.start_read_timer(event.briefing)
            self._article, self._article_wanted = None, False
            if len(event.briefing.body) >= PREPARE_ARTICLE_CHARS:
                self._preparing = event.briefing
                self._prepare_article(event.briefing, self.app.size.width)
        if then is not None:
            then()

    def _refresh_row(self, path: str, doc: Briefing) -> None:
        """The document was read again: its row, sort place and filter follow what it says now."""
        from tui.core.library import entry_for

        library = self.library
        row = next((e for e in library.entries if e.path == path), None)
        if row is None:
            return  # opened from outside the library (a bookmark, the palette): no row
        fresh = entry_for(doc, path)
        if fresh != row:
            library.replace_entries([fresh])

    def update_title(self) -> None:
        """The title line: the open briefing (or its error), and the current search match."""
        title = self.query_one("#doc-title", TitleLine)
        doc = self.briefing
        if doc is None:
            title.update(safe(f"✗ {self.open_error}", "bold red") if self.open_error else "")
            return
        head, tail = title_parts(doc)
        opening = self._opening
        if opening is not None and self.open_path != self.shown_path:
            # Keys still act on the briefing shown; say that another one is on its way
            # and, once it takes a while, for how long and how to stop it (first: a long
            # title is what the width cuts).
            waited = time.monotonic() - self._opening_since
            if waited >= OPENING_SAYS_AFTER:
                tail = Text(f"{waited:.0f} s · escape stops · ", style="italic reverse")
            else:
                tail.append("  · ")
            tail.append_text(safe(f"opening “{opening.title}”…", "italic reverse"))
            title.show(head, tail)
            return
        search = self.search
        if search.query and search.position is not None and search.matches:
            tail.append(f"  · match {search.position + 1}/{len(search.matches)}", style="reverse")
        elif search.query:
            tail.append(f"  · {len(search.matches)} matches here", style="italic")
        title.show(head, tail)

    def show_panes(self) -> None:
        """Give the panes the open briefing, the search text and the bookmarks; find matches."""
        if not self.panes_ready:
            return
        doc, query = self.briefing, self.search.query
        self.panes.show(doc, query, host(self).bookmarked_ids(doc))
        self.search_bar.set_matches(self.panes.matches(query) if query and doc else [])

    @on(LibraryList.OpenRequested)
    def _open_requested(self, event: LibraryList.OpenRequested) -> None:
        self.open_entry(event.entry)
        self.opened_from_list()

    def _neighbour(self, step: int) -> Entry | None:
        rows = self.library.shown_rows
        index = next((i for i, e in enumerate(rows) if e.path == self.open_path), None)
        if index is None:
            return rows[0] if rows and step > 0 else None
        target = index + step
        return rows[target] if 0 <= target < len(rows) else None

    def action_previous_briefing(self) -> None:
        """Open the briefing above in the list."""
        if (entry := self._neighbour(-1)) is not None:
            self.open_entry(entry)

    def action_next_briefing(self) -> None:
        """Open the briefing below in the list."""
        if (entry := self._neighbour(1)) is not None:
            self.open_entry(entry)

    # -- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search box."""
        self.search_bar.open()

    def on_search_bar_searched(self, event: SearchBar.Searched) -> None:
        """A new search (or none): highlight it here, narrow the library to it."""
        query = event.query
        self.show_panes()
        if not query:
            self.workers.cancel_group(self, "search")
            self.library.restrict(None)
            self.update_title()
            self.refresh_bindings()
            return
        self.library.restrict(None, f"searching “{query}”…")
        self.update_title()
        self.search_library(query, list(self.library.entries))
        if not self.search_bar.goto_end(1):
            self.panes.focus_pane()
            self.notify(f"“{query}” is not in this briefing; searching the library…", markup=False)
        self.refresh_bindings()

    def on_search_bar_closed(self, event: SearchBar.Closed) -> None:
        """The box closed without a search: back to the pane."""
        self.panes.focus_pane()

    def on_search_bar_match_chosen(self, event: SearchBar.MatchChosen) -> None:
        """Show a match: focus its pane, highlight its item."""
        self.panes.goto(event.pane, event.index)
        self.update_title()

    def on_search_bar_past_the_end(self, event: SearchBar.PastTheEnd) -> None:
        """No more matches this way here: on into the next briefing that has one."""
        step = event.step
        entry = self._match_neighbour(step)
        if entry is not None:

            def land() -> None:
                self.search_bar.goto_end(step)

            self.open_entry(entry, then=land)
        elif self.search_bar.goto_end(step):
            self.notify("Search wrapped around.", markup=False)
        else:
            self.notify(f"No matches for “{self.search.query}”.", severity="warning", markup=False)

    def _match_neighbour(self, step: int) -> Entry | None:
        paths = self.search.library_paths or set()
        rows = [e for e in self.library.shown_rows if e.path in paths or e.path == self.open_path]
        index = next((i for i, e in enumerate(rows) if e.path == self.open_path), None)
        if index is None:
            return rows[0] if rows and rows[0].path in paths else None
        target = index + step
        if 0 <= target < len(rows) and rows[target].path in paths:
            return rows[target]
        return None

    def action_next_match(self) -> None:
        """The next match (on into the next briefing that has one)."""
        self.search_bar.step(1)

    def action_previous_match(self) -> None:
        """The previous match (back into the previous briefing that has one)."""
        self.search_bar.step(-1)

    @work(thread=True, exclusive=True, group="search")
    def search_library(self, query: str, entries: list[Entry]) -> None:
        """Find the library documents containing ``query`` (see ``tui.screens.search``)."""
        from tui.screens.search import library_matches

        worker = get_current_worker()

        def warn(message: str) -> None:
            self.app.call_from_thread(
                self.notify, message, title="Search", severity="warning", markup=False
            )

        paths = library_matches(
            query, entries, self.indexed, lambda: worker.is_cancelled, warn=warn
        )
        if paths is not None and not worker.is_cancelled:
            self.post_message(self.LibrarySearched(query, paths))

    def on_reader_screen_library_searched(self, event: ReaderScreen.LibrarySearched) -> None:
        """Narrow the library list to the documents that matched."""
        if event.query != self.search.query:
            return
        self.search.library_paths = event.paths
        self.library.restrict(event.paths, f"“{event.query}”")
        self.refresh_bindings()

    def clear_search(self) -> None:
        """Forget the search: no highlights, the whole library again."""
        self.search_bar.forget()

    # -- actions on the open briefing ----------------------------------------------------

    def action_copy_quote(self) -> None:
        """Copy the focused pane's highlighted item (Summary: the briefing) with its source.

        Through the system clipboard's tool where there is one; else by the terminal's
        OSC 52 sequence, which many terminals (and tmux by default) drop: the notice says so
        rather than claim the text arrived.
        """
        from tui.clipboard import clipboard_tool
        from tui.core.citation import citation

        _kind, item = self.panes.target()
        if self.briefing is None or item is None:
            self.notify("Nothing highlighted to copy.", severity="warning", markup=False)
            return
        text = citation(self.briefing, item)  # type: ignore[arg-type]
        tool = clipboard_tool()
        if tool is None:
            self.app.copy_to_clipboard(text)
            self.notify(
                f"{_preview(text)}\nPastes only if the terminal allows it"
                " (tmux: set -g set-clipboard on)",
                title="Sent to the terminal (OSC 52)",
                markup=False,
                timeout=8,
            )
            return
        self._copy_with(tool, text)

    @work(thread=True, group="copy")
    def _copy_with(self, tool: ClipboardTool, text: str) -> None:
        """Run the clipboard tool off the UI thread, then say how it went."""
        from tui.clipboard import copy_with

        problem = copy_with(tool, text)
        self.app.call_from_thread(self._copied, tool.name, text, problem)

    def _copied(self, tool: str, text: str, problem: str | None) -> None:
        if problem is None:
            self.notify(_preview(text), title=f"Copied ({tool})", markup=False)
            return
        self.app.copy_to_clipboard(text)
        self.notify(
            f"{problem}; sent to the terminal instead (OSC 52), which may drop it.",
            title="Copy",
            severity="warning",
            markup=False,
        )

    def action_full_text(self) -> None:
        """Open the Article view: the whole briefing formatted, at the search or last place."""
        doc = self.briefing
        if doc is None:
            return
        from tui.screens.article import ArticleScreen

        ready = self._article
        article = ready[1] if ready is not None and ready[0] is doc else None
        if article is None and self._preparing is doc:
            # Being laid out already: show it when that is done rather than doing it twice
            # at once (the two would share one core and both take twice as long).
            self._article_wanted = True
            return
        screen = ArticleScreen(
            doc, self.search.query, start=self.article_start(doc), article=article
        )
        self.app.push_screen(screen, lambda top: self.article_closed(doc, top))

    def action_filter(self) -> None:
        """Put the cursor in the library filter box."""
        self.library.focus_filter()

    def current_target(self) -> tuple[str, object | None]:
        """``(kind, item)`` the bookmark key acts on: the highlighted item, or the briefing."""
        return self.panes.target()

    def action_toggle_bookmark(self) -> None:
        """Bookmark (or un-bookmark) the highlighted quote, area or comment (Summary: the briefing)."""
        kind, item = self.current_target()
        if self.briefing is None or self.shown_path is None or item is None:
            self.notify("Nothing highlighted to bookmark.", severity="warning", markup=False)
            return
        added = host(self).toggle_bookmark(self.briefing, kind, item, self.shown_path)
        if added is None:
            return
        self.show_panes()
        self.notify(
            f"{kind.capitalize()} {'bookmarked ★' if added else 'bookmark removed'}", markup=False
        )

    def action_bookmarks(self) -> None:
        """Open the bookmarks screen."""
        ids = {e.id for e in self.library.entries if e.id}
        host(self).show_bookmarks(ids, self.jump_to_bookmark)

    def action_people(self) -> None:
        """Open the People screen on the library shown."""
        from tui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(*self._people_args()), self._open_quote)

    def action_timeline(self) -> None:
        """Open the timeline of the library shown."""
        from tui.screens.people import TimelineScreen

        self.app.push_screen(TimelineScreen(*self._people_args()), self._open_quote)

    def _people_args(self) -> tuple[list[str], PeoplePrefs | None, list[str]]:
        from tui.core.stores.people import FILE_NAME, PeoplePrefs

        folder = host(self).bookmarks_path
        prefs = PeoplePrefs(folder.parent / FILE_NAME) if folder is not None else None
        paths = [e.path for e in self.library.entries if not e.error]
        return paths, prefs, [str(t) for t in self.targets]

    def _open_quote(self, chosen: tuple[str, str] | None) -> None:
        if chosen is not None:
            self.user_chose = True
            self.jump_to(chosen[0], "quote", chosen[1])

    def jump_to_bookmark(self, bm: object | None) -> None:
        """Open the briefing of a bookmark chosen on the bookmarks screen and highlight it."""
        if bm is None:
            return
        briefing_id = getattr(bm, "briefing_id", None)
        entry = next((e for e in self.library.entries if e.id and e.id == briefing_id), None)
        path = entry.path if entry is not None else getattr(bm, "source", "")
        if not path:
            return
        self.user_chose = True
        self.jump_to(path, getattr(bm, "kind", ""), getattr(bm, "target_id", None))

    def jump_to(self, path: str, kind: str, target_id: str | None) -> None:
        """Open ``path`` and highlight the item ``target_id`` of ``kind``."""

        def highlight_target() -> None:
            self.panes.reveal(kind, target_id)

        if path == self.open_path and self.briefing is not None:
            highlight_target()
        else:
            self.open_path_with(path, then=highlight_target)

    def action_back(self) -> None:
        """Back out of whatever is open: search box, filter, search, then the list."""
        focused = self.focused
        if self.stop_opening():
            return
        if self.panes_ready and self.search_bar.close():
            self.panes.focus_pane()
        elif focused is not None and focused.id == "library-filter":
            self.library.clear_filter()
            self.set_focus(self.query_one(LibraryView))
        elif self.search.query:
            self.clear_search()
        elif self.library.filter_text:
            self.library.clear_filter()
        else:
            self.to_list()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that would do nothing now."""
        if action in TYPED_IN_A_BOX and isinstance(self.focused, Input):
            return False  # let the box being typed in have the key
        if not self.panes_ready and action not in ("filter", "back"):
            return False
        if self.library_empty and self.library.entries:
            self._show_empty_library(False)  # rows arrived after all (a rescan, the watcher)
        if self.library_empty and action not in ("bookmarks", "back", "add_folder", "rescan"):
            return False  # nothing to open, search, bookmark or copy
        if action == "previous_briefing":
            return self._neighbour(-1) is not None
        if action == "next_briefing":
            return self._neighbour(1) is not None
        if action in ("next_match", "previous_match"):
            return bool(self.search.query)
        if action == "copy_quote":
            return self.briefing is not None
        if action in ("full_text", "edit_source", "page_source"):
            return self.briefing is not None
        if action in ("toggle_bookmark", "bookmarks"):
            return host(self).bookmarks_available
        return True


def _preview(text: str) -> str:
    """The start of a copied text, on one line, for a notice."""
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"


__all__ = ["ReaderScreen"]
