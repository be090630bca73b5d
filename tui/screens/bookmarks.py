"""The bookmarks screen: every bookmark grouped by briefing; filter, jump, edit, delete, export.

How the reader uses it (``B``)::

    def action_show_bookmarks(self) -> None:
        ids = {entry.id for entry in library}           # briefings that can be opened
        self.app.push_screen(BookmarksScreen(keeper, available_ids=ids), self._jump_to)

    def _jump_to(self, bm: Bookmark | None) -> None:  # None: closed with escape
        ...  # open the briefing bm.briefing_id (file bm.source), highlight bm.target_id

And ``b`` on a highlighted quote / area / comment::

    bm = bookmark_for(doc, "quote", quote)        # tui.core.stores.bookmarks; "area", "comment"
    added = keeper.toggle(bm)                     # shown at once; saved in a thread worker

A bookmark whose briefing is not in ``available_ids`` still opens from its stored source
file while that exists (the reader finds the quote there by its id). Only one whose file is
gone too is "orphaned": shown dim, its copied text still readable in the detail box;
``enter`` on one explains instead of jumping.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.bookmarking import BookmarkKeeper
from tui.bookmarks_cli import export_to
from tui.core.citation import spoken
from tui.core.clean import clean, clean_line
from tui.core.stores.bookmarks import Bookmark, BookmarkKey
from tui.core.stores.export import group_by_briefing
from tui.core.stores.records import BookmarkKind, counted
from tui.keys import close_keys, vi_keys
from tui.screens.bookmark_dialogs import EditBookmarkDialog, ExportBookmarksDialog

ORPHAN = "orphaned"
_KIND_MARK: dict[BookmarkKind, str] = {"quote": "❝", "area": "■", "comment": "✎", "briefing": "▤"}
#: How many characters of a note its row shows (the detail box has all of it).
NOTE_PREVIEW = 30


def _quoted(bm: Bookmark) -> str:
    """A quote's text between curly marks, as the reader shows it."""
    return f"“{clean_line(spoken(bm.text), limit=200)}”"


def matches(bm: Bookmark, query: str) -> bool:
    """Whether every word of ``query`` appears in the bookmark's text, people, note or tags."""
    hay = " ".join(
        (bm.text, bm.speaker or "", bm.note, " ".join(bm.tags), bm.briefing_title, bm.kind)
    ).casefold()
    return all(word in hay for word in query.casefold().split())


class BookmarksScreen(Screen[Bookmark | None]):
    """Every bookmark, grouped by briefing; dismisses with the chosen one (or None)."""

    DEFAULT_CSS = """
    BookmarksScreen {
        layout: vertical;
    }
    BookmarksScreen #bookmarks-title {
        padding: 0 1;
        text-style: bold;
        color: $accent;
    }
    BookmarksScreen #bookmarks-filter {
        margin: 0 1;
    }
    BookmarksScreen #bookmarks-list {
        height: 1fr;
        margin: 0 1;
    }
    BookmarksScreen #bookmarks-detail-box {
        height: auto;
        max-height: 40%;
        margin: 0 1;
        padding: 0 1;
        border-top: solid $primary;
    }
    BookmarksScreen #bookmarks-detail.-orphaned {
        color: $text-muted;
    }
    """

    HELP_GROUP = "bookmarks"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open",
            "Open",
            tooltip="Open the bookmark's briefing at the bookmark",
            id="bookmarks-open",
        ),
        Binding(
            "slash", "focus_filter", "Filter", tooltip="Filter the bookmarks", id="bookmarks-filter"
        ),
        Binding("e", "edit", "Edit", tooltip="Edit the note and tags", id="bookmarks-edit"),
        Binding("d", "delete", "Delete", tooltip="Delete the bookmark", id="bookmarks-delete"),
        Binding("u", "undo", "Undo", tooltip="Bring back the last deleted", id="bookmarks-undo"),
        Binding("x", "export", "Export", tooltip="Export every bookmark", id="bookmarks-export"),
        Binding(
            "escape",
            "close",
            "Close",
            tooltip="Clear the filter, else back to the reader",
            id="bookmarks-close",
        ),
        *vi_keys("bookmarks", "bookmark"),
        *close_keys("bookmarks"),
    ]

    def __init__(self, store: BookmarkKeeper, *, available_ids: set[str] | None = None) -> None:
        super().__init__()
        #: The app's bookmarks: changed at once here, saved in a worker (failures reported).
        self.store = store
        self.available_ids = available_ids
        self._shown: dict[str, BookmarkKey] = {}
        self._deleted: list[Bookmark] = []
        self._current: Bookmark | None = None
        self._source_exists: dict[str, bool] = {}

    # ---- building

    def compose(self) -> ComposeResult:
        """Title, filter, the grouped list, the highlighted bookmark in full, footer."""
        yield Label("Bookmarks", id="bookmarks-title")
        yield Input(
            placeholder="Filter: words in text, speaker, note, tags…", id="bookmarks-filter"
        )
        yield OptionList(id="bookmarks-list")
        with VerticalScroll(id="bookmarks-detail-box"):
            yield Static(id="bookmarks-detail")
        yield Footer()

    def on_mount(self) -> None:
        """Show the list, and read the file afresh in a worker (other windows may have changed it)."""
        self.store.load(then=self.refresh_list)
        self.refresh_list()
        self.query_one("#bookmarks-list", OptionList).focus()

    def is_orphan(self, bm: Bookmark) -> bool:
        """Whether the bookmark can be opened neither from the library nor from its file."""
        if self.available_ids is None or bm.briefing_id in self.available_ids:
            return False
        return not self._file_exists(bm.source)

    def _file_exists(self, source: str) -> bool:
        """Whether a bookmark's stored source is a file (asked once per screen)."""
        known = self._source_exists.get(source)
        if known is None:
            try:
                known = bool(source) and not source.startswith("<") and Path(source).is_file()
            except OSError:
                known = False
            self._source_exists[source] = known
        return known

    def _row(self, bm: Bookmark) -> Content:
        orphan = self.is_orphan(bm)
        base = "dim" if orphan else ""
        parts: list[str | tuple[str, str]] = [
            (f" {_KIND_MARK.get(bm.kind, '•')} ", "bold" if not orphan else "dim"),
            (_quoted(bm) if bm.kind == "quote" else clean_line(bm.text, limit=200), base or ""),
        ]
        if bm.speaker:
            parts.append((f" — {clean_line(bm.speaker, limit=60)}", "italic " + base))
        if bm.tags:
            parts.append(("  #" + " #".join(clean_line(t) for t in bm.tags), "dim"))
        if bm.note:
            parts.append((f"  note: {clean_line(bm.note, limit=NOTE_PREVIEW)}", "dim"))
        if orphan:
            parts.append((f"  [{ORPHAN}]", "dim italic"))
        return Content.assemble(*parts)

    def _heading(self, bm: Bookmark) -> Content:
        title = clean_line(bm.briefing_title or bm.briefing_id, limit=120)
        date = f"  {bm.briefing_date.isoformat()}" if bm.briefing_date else ""
        orphan = f"  ({ORPHAN}: not in the library)" if self.is_orphan(bm) else ""
        return Content.assemble((title, "bold underline"), (date, "dim"), (orphan, "dim italic"))

    def refresh_list(self, select: Bookmark | None = None) -> None:
        """Rebuild the list from the store and the filter, keeping the cursor near its place.

        Args:
            select: put the cursor on this bookmark instead (if it is shown).
        """
        option_list = self.query_one("#bookmarks-list", OptionList)
        current = select or self.current_bookmark()
        old_index = option_list.highlighted
        query = self.query_one("#bookmarks-filter", Input).value
        # Newest first: the briefing bookmarked last on top, its newest bookmark first.
        matching = (bm for bm in self.store.all() if matches(bm, query))
        groups = group_by_briefing(matching, newest_first=True)
        options: list[Option | None] = []
        self._shown = {}
        for items in groups.values():
            if options:
                options.append(None)
            options.append(Option(self._heading(items[0]), disabled=True))
            for bm in items:
                option_id = f"bm-{len(self._shown)}"
                self._shown[option_id] = bm.key
                options.append(Option(self._row(bm), id=option_id))
        option_list.clear_options()
        option_list.add_options(options)
        total = len(self.store.all())
        shown = len(self._shown)
        title = f"Bookmarks ({total})" if shown == total else f"Bookmarks ({shown} of {total})"
        self.query_one("#bookmarks-title", Label).update(title)
        if not self._shown:
            if not self.store.loaded:
                empty = "Reading bookmarks…"
            elif not total:
                empty = "No bookmarks yet: press b on a quote."
            else:
                empty = "Nothing matches."
            option_list.add_option(Option(empty, disabled=True))
        self._restore_highlight(option_list, current, old_index)
        self._show_detail()
        self.refresh_bindings()

    def _restore_highlight(
        self, option_list: OptionList, previous: Bookmark | None, old_index: int | None
    ) -> None:
        if not self._shown:
            return
        ids = list(self._shown)
        if previous is not None:
            for option_id, key in self._shown.items():
                if key == previous.key:
                    option_list.highlighted = option_list.get_option_index(option_id)
                    return
        enabled = [option_list.get_option_index(i) for i in ids]
        target = old_index if old_index is not None else 0
        after = [i for i in enabled if i >= target]
        option_list.highlighted = after[0] if after else enabled[-1]

    def _show_detail(self) -> None:
        detail = self.query_one("#bookmarks-detail", Static)
        bm = self._current = self.current_bookmark()
        detail.set_class(bm is not None and self.is_orphan(bm), "-orphaned")
        if bm is None:
            detail.update("")
            return
        words = spoken(bm.text) if bm.kind == "quote" else bm.text
        parts: list[str | tuple[str, str]] = [(clean(words), "")]
        if bm.speaker:
            parts.append((f"\n— {clean_line(bm.speaker)}", "italic"))
        if bm.note:
            parts.append((f"\n\nNote: {clean(bm.note)}", ""))
        if bm.tags:
            parts.append((f"\nTags: {', '.join(clean_line(t) for t in bm.tags)}", "dim"))
        saved = bm.created.strftime("%Y-%m-%d %H:%M UTC")
        parts.append((f"\n{bm.kind} · {clean_line(bm.source)} · saved {saved}", "dim"))
        if self.is_orphan(bm):
            parts.append(
                (
                    f"\n{ORPHAN}: this briefing is not in the library; the text above is a copy.",
                    "italic",
                )
            )
        elif self.available_ids is not None and bm.briefing_id not in self.available_ids:
            parts.append(("\nnot in this library: enter opens it from its file", "italic"))
        detail.update(Content.assemble(*parts))

    # ---- state

    def current_bookmark(self) -> Bookmark | None:
        """The highlighted bookmark, if any."""
        option_list = self.query_one("#bookmarks-list", OptionList)
        index = option_list.highlighted
        if index is None or index >= option_list.option_count:
            return None
        key = self._shown.get(option_list.get_option_at_index(index).id or "")
        return self.store.get(key) if key else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim keys that do nothing right now; hide undo until something was deleted."""
        if action == "undo":
            return bool(self._deleted)
        if action in ("edit", "delete", "open"):
            return True if self._current is not None else None
        if action == "export":
            return True if self.store.all() else None
        return True

    def _report(self, done: str) -> None:
        # Shown at once; the keeper reports a save that fails.
        self.notify(done, markup=False)

    # ---- events

    @on(Input.Changed, "#bookmarks-filter")
    def _filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#bookmarks-filter")
    def _filter_submitted(self) -> None:
        self.action_open()

    @on(OptionList.OptionHighlighted, "#bookmarks-list")
    def _highlighted(self) -> None:
        self._show_detail()
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#bookmarks-list")
    def _selected(self) -> None:
        self.action_open()

    def on_key(self, event: events.Key) -> None:
        """In the filter, up and down still move through the list."""
        if event.key in ("up", "down") and self.focused is self.query_one("#bookmarks-filter"):
            option_list = self.query_one("#bookmarks-list", OptionList)
            if event.key == "down":
                option_list.action_cursor_down()
            else:
                option_list.action_cursor_up()
            event.stop()

    # ---- actions

    def action_open(self) -> None:
        """Close with the highlighted bookmark so the reader can jump to it."""
        bm = self.current_bookmark()
        if bm is None:
            return
        if self.is_orphan(bm):
            self.notify(
                "Its briefing is not in the library any more; the copied text is shown below.",
                severity="warning",
            )
            return
        self.dismiss(bm)

    def action_move(self, where: str) -> None:
        """``j``/``k``/``g``/``G`` in the list."""
        from tui.widgets.nav import move

        move(self.query_one("#bookmarks-list", OptionList), where)

    def action_focus_filter(self) -> None:
        """Type to filter."""
        self.query_one("#bookmarks-filter", Input).focus()

    def action_close(self) -> None:
        """Escape: clear and leave the filter first (as in the library filter); then close."""
        from tui.widgets.nav import leave_box

        box = self.query_one("#bookmarks-filter", Input)
        option_list = self.query_one("#bookmarks-list", OptionList)
        if leave_box(box, option_list):
            return
        if box.value:
            box.value = ""
            option_list.focus()
            return
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q``: back to the reader (only the reader quits)."""
        self.dismiss(None)

    def action_delete(self) -> None:
        """Delete the highlighted bookmark; ``u`` brings it back."""
        bm = self.current_bookmark()
        if bm is None:
            return
        self.store.remove(bm.key)
        self._deleted.append(bm)
        self.refresh_list()
        self._report("Deleted — press u to undo")

    def action_undo(self) -> None:
        """Restore the last deleted bookmark, note, tags and time included."""
        if not self._deleted:
            return
        bm = self._deleted.pop()
        self.store.add(bm)
        self.refresh_list(select=bm)
        self._report("Bookmark restored")

    def action_edit(self) -> None:
        """Edit the note and tags of the highlighted bookmark."""
        bm = self.current_bookmark()
        if bm is None:
            return

        def done(answer: tuple[str, tuple[str, ...]] | None) -> None:
            if answer is None:
                return
            note, tags = answer
            self.store.update(bm.key, note=note, tags=tags)
            self.refresh_list()
            self._report("Bookmark saved")

        self.app.push_screen(EditBookmarkDialog(bm, suggestions=self._tag_suggestions(bm)), done)

    def _tag_suggestions(self, bm: Bookmark) -> tuple[str, ...]:
        """Tags already used: first on this briefing's bookmarks, then elsewhere, newest first."""
        newest = sorted(self.store.all(), key=lambda b: b.created, reverse=True)
        same = [t for b in newest if b.briefing_id == bm.briefing_id for t in b.tags]
        other = [t for b in newest if b.briefing_id != bm.briefing_id for t in b.tags]
        return tuple(dict.fromkeys(t for t in (*same, *other) if t not in bm.tags))

    def action_export(self) -> None:
        """Write every bookmark to a file in the chosen format."""
        bookmarks = self.store.all()
        if not bookmarks:
            self.notify("No bookmarks to export.")
            return

        def done(answer: tuple[str, Path, bool] | None) -> None:
            if answer is None:
                return
            fmt, target, replace = answer
            problem = export_to(target, self.store.all(), fmt, overwrite=replace)
            if problem:
                self.notify(problem, severity="error", timeout=10, markup=False)
            else:
                count = counted(len(self.store.all()), "bookmark")
                self.notify(f"Exported {count} to {target}", markup=False)

        self.app.push_screen(ExportBookmarksDialog(len(bookmarks)), done)
