"""The library list: a filter box over a fast line-based list of briefings (10,000 rows ok)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.widgets.text import clean_line

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from tui.core.library import Entry

ROW_HEIGHT = 2


def entry_meta(entry: Entry, *, same_title: bool = False) -> str:
    """The second line of a row: date · place, or the error.

    ``same_title``: another row has this title (a ``.txt`` and its ``--toml`` copy, or one
    file in two folders), so the line also says which this is: its format and folder.
    """
    if entry.error:
        return entry.error
    # The origin first: the list is narrow, and the end of a long line is cut off.
    parts = [origin(entry.path)] if same_title else []
    parts.append(entry.date.isoformat() if entry.date else "undated")
    if entry.place:
        parts.append(entry.place)
    return " · ".join(parts)


def origin(path: str) -> str:
    """``toml in briefs/``: a document's format and the folder it is in."""
    from tui.core.load.registry import spec_for

    folder = os.path.basename(os.path.dirname(path)) or os.path.dirname(path)
    return f"{spec_for(path).name} in {folder}/"


def title_key(entry: Entry) -> str:
    """What makes two rows' titles look the same in the list."""
    return " ".join(entry.title.split()).casefold()


class LibraryView(ScrollView, can_focus=True):
    """A list of library entries drawn line by line, so its cost does not grow with its size."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-view--cursor",
        "library-view--title",
        "library-view--read",
        "library-view--meta",
        "library-view--error",
        "library-view--open",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "cursor_down",
            "Down",
            show=False,
            tooltip="Next briefing in the list",
            id="library-down",
        ),
        Binding(
            "k,up",
            "cursor_up",
            "Up",
            show=False,
            tooltip="Previous briefing in the list",
            id="library-up",
        ),
        Binding(
            "g,home",
            "first",
            "First",
            show=False,
            tooltip="First briefing in the list",
            id="library-first",
        ),
        Binding(
            "G,end",
            "last",
            "Last",
            show=False,
            tooltip="Last briefing in the list",
            id="library-last",
        ),
        Binding(
            "pagedown",
            "page_down",
            "Page down",
            show=False,
            tooltip="A page down the list",
            id="library-page-down",
        ),
        Binding(
            "pageup",
            "page_up",
            "Page up",
            show=False,
            tooltip="A page up the list",
            id="library-page-up",
        ),
        Binding(
            "enter",
            "select",
            "Open",
            show=False,
            tooltip="Open the highlighted briefing",
            id="library-open",
        ),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Selected(Message):
        """The user chose an entry (enter or click)."""

        def __init__(self, view: LibraryView, entry: Entry) -> None:
            super().__init__()
            self.view = view
            self.entry = entry

        @property
        def control(self) -> LibraryView:
            """The list that sent this."""
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Entry] = []
        self.open_path: str | None = None
        #: How many entries of the library have each title (see ``title_key``).
        self.title_counts: Counter[str] = Counter()
        #: (component, background) -> its text style blended over that background.
        self._text_styles: dict[tuple[str, object, bool], Style] = {}
        #: Whether a row is unread (bold, with a dot) and whether it has bookmarks (★);
        #: set by the reader once it knows (until then, neither is shown).
        self.unread: Callable[[Entry], bool] | None = None
        self.starred: Callable[[Entry], bool] = _never

    def notify_style_update(self) -> None:
        """The theme or stylesheet changed: blend the text colours again."""
        self._text_styles.clear()
        super().notify_style_update()

    def row_text_style(self, component: str, row: Style, *, colour: bool = True) -> Style:
        """``component``'s text style with its colour blended over ``row``'s background.

        Theme text colours such as ``$text-muted`` are translucent (``auto 60%``): taken
        as they are, without the background under them, they come out opaque white,
        unreadable on a light theme and brighter than the titles on a dark one.
        ``colour=False`` keeps only bold, italic and the like (the row's colour rules).
        """
        key = (component, row.bgcolor, colour)
        style = self._text_styles.get(key)
        if style is None:
            styles = self.get_component_styles(component)
            style = styles.partial_rich_style if colour else styles.text_style
            if colour and styles.has_rule("color") and row.bgcolor is not None:
                under = Color.from_rich_color(row.bgcolor)
                over = styles.color
                color = under + (under.get_contrast_text(over.a) if styles.auto_color else over)
                style = style + Style(color=color.rich_color)
            self._text_styles[key] = style
        return style

    def set_rows(self, rows: list[Entry], keep: str | None = None, index: int = 0) -> None:
        """Show ``rows``; the cursor goes to the entry with path ``keep``, else to ``index``."""
        self.rows = rows
        if keep is not None:
            index = next((i for i, e in enumerate(rows) if e.path == keep), 0)
        self._set_virtual_height(len(rows) * ROW_HEIGHT)
        self.set_reactive(LibraryView.cursor, min(index, max(len(rows) - 1, 0)))
        self.scroll_to_cursor(animate=False)
        self.refresh()

    def _set_virtual_height(self, height: int) -> None:
        """Resize the scrollable area, laying out the screen again only when it must.

        Setting ``virtual_size`` re-lays out the whole screen (a third of a filter keystroke
        at 10,000 rows); when the vertical scrollbar stays as it is, updating the scroll
        state of this widget alone is enough.
        """
        size = Size(self.size.width, height)
        if size == self.virtual_size:
            return
        window = self.container_size.height
        same_bar = (self.virtual_size.height > window) == (height > window)
        if self.is_mounted and window and same_bar and size.width == self.virtual_size.width:
            self.set_reactive(LibraryView.virtual_size, size)
            self._scroll_update(size)  # scrollbar thumb and scroll limits (Textual pinned)
        else:
            self.virtual_size = size

    @property
    def current(self) -> Entry | None:
        """The entry under the cursor."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def validate_cursor(self, value: int) -> int:
        """Keep the cursor on a row."""
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self) -> None:
        """Follow the cursor."""
        self.scroll_to_cursor()
        self.refresh()

    def scroll_to_cursor(self, animate: bool = False) -> None:
        """Scroll so the cursor row is visible."""
        region = Region(0, self.cursor * ROW_HEIGHT, max(self.size.width, 1), ROW_HEIGHT)
        self.scroll_to_region(region, animate=animate, force=True, immediate=True)

    def render_line(self, y: int) -> Strip:
        """One screen line: the title or the meta line of a row."""
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        index, part = divmod(line, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        # Textual's cached form of ``rich_style`` (computing that walks every ancestor),
        # renewed when the styles change.
        base = self.visual_style.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        entry = self.rows[index]
        style = base
        if entry.path == self.open_path:
            style = style + self.get_component_rich_style("library-view--open")
        # The cursor row keeps the cursor's own foreground, which the theme makes contrast
        # with the cursor's background; muted or error colours over it would not.
        colour = index != self.cursor
        if not colour:
            style = style + self.get_component_rich_style("library-view--cursor")
        if part == 0:
            known = self.unread is not None
            unread = not entry.error and (self.unread is None or self.unread(entry))
            if entry.error:
                mark = "✗ "
            elif entry.path == self.open_path:
                mark = "▶ "
            else:
                mark = "● " if unread and known else "  "
            component = "library-view--error" if entry.error else "library-view--title"
            if not entry.error and not unread:
                component = "library-view--read"
            text = Text(mark + clean_line(entry.title), end="")
            text.stylize(self.row_text_style(component, style, colour=colour))
        else:
            component = "library-view--error" if entry.error else "library-view--meta"
            same = self.title_counts[title_key(entry)] > 1
            star = "★ " if self.starred(entry) else "  "
            text = Text(star + clean_line(entry_meta(entry, same_title=same)), end="")
            text.stylize(self.row_text_style(component, style, colour=colour))
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = [
            Segment(s.text, style + s.style if s.style else style)
            for s in text.render(self.app.console)
        ]
        return Strip(segments, width).crop(scroll_x, scroll_x + width)

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual size in step with the width."""
        self.virtual_size = Size(event.size.width, len(self.rows) * ROW_HEIGHT)

    def action_cursor_down(self) -> None:
        """Move to the next row."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Move to the previous row."""
        self.cursor -= 1

    def action_first(self) -> None:
        """Move to the first row."""
        self.cursor = 0

    def action_last(self) -> None:
        """Move to the last row."""
        self.cursor = len(self.rows) - 1

    def action_page_down(self) -> None:
        """Move down a page."""
        self.cursor += max(self.size.height // ROW_HEIGHT, 1)

    def action_page_up(self) -> None:
        """Move up a page."""
        self.cursor -= max(self.size.height // ROW_HEIGHT, 1)

    def action_select(self) -> None:
        """Open the entry under the cursor."""
        if self.current is not None:
            from tui.host import Host

            if isinstance(self.app, Host):
                # Keys typed after enter act on this briefing: they wait from now, not
                # from when the reader gets the message (they could overtake it).
                self.app.wait_for_open()
            self.post_message(self.Selected(self, self.current))

    def on_click(self, event: events.Click) -> None:
        """Clicking a row selects and opens it."""
        index = (event.y + int(self.scroll_offset.y)) // ROW_HEIGHT
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.action_select()


class LibraryList(Vertical):
    """Header, filter box and list; filters as you type, keeps rows newest first."""

    class OpenRequested(Message):
        """Open this entry in the reader."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.filter_text = ""
        self.only_paths: set[str] | None = None
        self.scanning: tuple[int, int] | None = (0, 0)
        #: (done, total) while the library is being indexed after a quick scan.
        self.indexing: tuple[int, int] | None = None
        self.search_label = ""
        self._hay: dict[str, str] = {}  # path -> text the filter looks in, made once
        # (needle, restriction, entry count) of the rows shown, to narrow them as one types.
        self._last_scope: tuple[str, set[str] | None, int] = ("", None, 0)
        #: Rows shown from the index before the scan, by path, until the scan finds them.
        self._unconfirmed: dict[str, Entry] = {}
        from tui.core.library.rows import newest_first_key

        #: The order of the rows (``s`` changes it); newest first unless chosen otherwise.
        self.sort_key: Callable[[Entry], tuple[object, ...]] = newest_first_key

    def compose(self) -> ComposeResult:
        """Header, filter box, list."""
        yield Static("Scanning…", id="library-header")
        # The real Input is mounted on first use (``f`` or a click): one widget less to
        # import, style and draw before the first frame.
        yield Static("filter (f)", id="library-filter-hint")
        yield LibraryView(id="library-view")

    @property
    def view(self) -> LibraryView:
        """The list of rows."""
        return self.query_one(LibraryView)

    @property
    def shown_rows(self) -> list[Entry]:
        """The rows now shown, in order."""
        return self.view.rows

    def preload(self, entries: Iterable[Entry]) -> None:
        """Show rows known from the index before the scan; the scan confirms, corrects or
        drops each of them (a file may have changed or gone since)."""
        new = list(entries)
        self._unconfirmed.update((e.path, e) for e in new)
        self._swap(set(), new)

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Add scanned entries, each put in its place (newest first); the cursor stays put.

        A batch costs O(batch × log n) comparisons, not a sort of the whole list, and the
        filter is applied to the new entries only. An entry already shown from the index
        (``preload``) stays as it is when unchanged, and is replaced when not.
        """
        new = list(entries)
        changed: set[str] = set()
        if self._unconfirmed:
            fresh = []
            for entry in new:
                shown = self._unconfirmed.pop(entry.path, None)
                if shown is None or shown != entry:
                    fresh.append(entry)
                    if shown is not None:
                        changed.add(entry.path)
            new = fresh
        self._swap(changed, new)

    def replace_entries(self, entries: Iterable[Entry]) -> None:
        """Put corrected entries in place of those with the same paths (cursor stays put)."""
        fresh = {e.path: e for e in entries}
        if fresh:
            self._swap(set(fresh), list(fresh.values()))

    def apply_changes(self, files: set[str] | None, entries: Iterable[Entry]) -> None:
        """The rows of ``files`` (every row: ``None``) become ``entries``; a file's entries
        (``feed.rss#2``) count as its rows. The cursor stays on its row."""
        from tui.core.load.registry import split_locator

        gone = {e.path for e in self.entries if files is None or split_locator(e.path)[0] in files}
        if files is None:
            self._unconfirmed.clear()  # a whole rescan confirms or drops every row
        self._swap(gone, list(entries))

    def drop_unconfirmed(self) -> None:
        """Remove the preloaded rows the finished scan did not find (files gone since)."""
        if self._unconfirmed:
            gone = set(self._unconfirmed)
            self._unconfirmed.clear()
            self._swap(gone, [])

    def _swap(self, gone: set[str], new: list[Entry]) -> None:
        """Remove the entries at paths ``gone``, insert ``new``; the cursor stays on its row."""
        from bisect import bisect_right, insort

        key = self.sort_key
        view = self.view
        keep = view.current.path if view.current is not None else None
        titles = view.title_counts
        if gone:
            titles.subtract(title_key(e) for e in self.entries if e.path in gone)
            self.entries = [e for e in self.entries if e.path not in gone]
            view.set_rows([e for e in view.rows if e.path not in gone], keep=keep)
        titles.update(title_key(e) for e in new)
        self._hay.update((e.path, _haystack(e)) for e in new)
        for entry in new:
            insort(self.entries, entry, key=key)
        rows = list(view.rows)
        cursor = view.cursor if view.current is not None else -1
        for entry in filter(self._wanted, new):
            at = bisect_right(rows, key(entry), key=key)
            rows.insert(at, entry)
            if at <= cursor:
                cursor += 1
        view.set_rows(rows, index=max(cursor, 0))
        if keep in gone:
            view.cursor = next((i for i, e in enumerate(view.rows) if e.path == keep), 0)
        self.update_header()

    def set_sort(self, key: Callable[[Entry], tuple[object, ...]]) -> None:
        """Put every row in a new order; the cursor stays on its row."""
        self.sort_key = key
        self.entries.sort(key=key)
        self._last_scope = ("", None, -1)  # the next filter starts from every entry
        self.refilter()

    def _wanted(self, entry: Entry) -> bool:
        """Whether ``entry`` passes the filter text and any search restriction."""
        if self.only_paths is not None and entry.path not in self.only_paths:
            return False
        needle = self.filter_text.casefold().strip()
        return not needle or needle in self._hay[entry.path]

    def set_progress(self, done: int, total: int, finished: bool = False) -> None:
        """Show scanning progress in the header."""
        self.scanning = None if finished else (done, total)
        if finished:
            self.drop_unconfirmed()
        self.update_header()

    def set_indexing(self, progress: tuple[int, int] | None) -> None:
        """Show indexing progress (``None``: the index is complete)."""
        self.indexing = progress
        hint = "filter (f)"
        if progress is not None:
            done, count = progress
            hint += f" · index {done * 100 // max(count, 1)}%"
        for shown in self.query("#library-filter-hint").results(Static):
            shown.update(Text(hint), layout=False)  # gone once the filter box is in use

    def set_open(self, path: str | None) -> None:
        """Mark the open document's row."""
        view = self.view
        view.open_path = path
        if path is not None and view.current is not None and view.current.path != path:
            index = next((i for i, e in enumerate(view.rows) if e.path == path), None)
            if index is not None:
                view.cursor = index
        view.refresh()

    def restrict(self, paths: set[str] | None, label: str = "") -> None:
        """Show only these paths (a library search), or everything again with ``None``."""
        self.only_paths = paths
        self.search_label = label
        self.refilter()

    def refilter(self) -> None:
        """Apply the filter text and any search restriction."""
        needle = self.filter_text.casefold().strip()
        view = self.view
        scope = (needle, self.only_paths, len(self.entries))
        last_needle, last_only, last_count = self._last_scope
        if (
            last_needle
            and last_needle in needle
            and last_only is self.only_paths
            and (last_count == len(self.entries))
        ):
            # Typing on: what matches now is among what matched a keystroke ago.
            rows = [e for e in view.rows if needle in self._hay[e.path]]
        else:
            rows = list(self.entries)
            if self.only_paths is not None:
                rows = [e for e in rows if e.path in self.only_paths]
            if needle:
                rows = [e for e in rows if needle in self._hay[e.path]]
        self._last_scope = scope
        keep = view.current.path if view.current else view.open_path
        view.set_rows(rows, keep=keep)
        self.update_header()

    def update_header(self) -> None:
        """Count, progress and search in the header."""
        total = len(self.entries)
        shown = len(self.shown_rows)
        if self.search_label:
            text = f"{self.search_label} · {shown}/{total}"
        elif shown != total or self.filter_text.strip():
            text = f"showing {shown} of {total}" + ("…" if self.scanning else "")
        elif self.scanning is not None:
            done, count = self.scanning
            text = f"Scanning {done}/{count}…" if count else "Scanning…"
        else:
            text = f"Library · {total}"
        self.query_one("#library-header", Static).update(Text(text), layout=False)

    def _filter_changed(self, value: str) -> None:
        """Filter as the user types (called as the box's value changes, see ``focus_filter``)."""
        if value != self.filter_text:
            self.filter_text = value
            self.refilter()

    def on_input_changed(self, event) -> None:  # type: ignore[no-untyped-def]
        """The box's ``Changed`` message: already acted on by ``_filter_changed``."""
        if event.input.id == "library-filter":
            event.stop()

    def on_input_submitted(self, event) -> None:  # type: ignore[no-untyped-def]
        """``enter`` in the filter box goes back to the list."""
        if event.input.id == "library-filter":
            event.stop()
            self.view.focus()

    @on(LibraryView.Selected)
    def _selected(self, event: LibraryView.Selected) -> None:
        event.stop()
        self.post_message(self.OpenRequested(event.entry))

    def on_click(self, event: events.Click) -> None:
        """A click on the filter hint opens the filter box."""
        if event.widget is not None and event.widget.id == "library-filter-hint":
            self.focus_filter()

    def focus_filter(self) -> None:
        """Put the cursor in the filter box."""
        from tui.widgets.filter_box import FilterBox

        boxes = self.query("#library-filter")
        if boxes:
            boxes.first().focus()
            return
        box = FilterBox(placeholder="filter: title, place or date", id="library-filter")
        self.mount(box, after="#library-filter-hint")
        self.query_one("#library-filter-hint").remove()
        # Watched rather than waiting for its Changed message: the rows then change in the
        # same keystroke as the box, and both land in one frame instead of two (a frame is
        # 1/60 s apart at best; the message arrived after the box's own repaint was drawn).
        self.watch(box, "value", self._filter_changed, init=False)
        box.focus()

    def clear_filter(self) -> bool:
        """Empty the filter box; whether there was anything to clear."""
        boxes = self.query("#library-filter")
        if not boxes:
            return False
        box = boxes.first()
        had = bool(box.value)  # type: ignore[attr-defined]
        box.value = ""  # type: ignore[attr-defined]
        self._filter_changed("")
        return had


def _never(_entry: Entry) -> bool:
    return False


def _haystack(entry: Entry) -> str:
    return " ".join(
        filter(None, [entry.title, entry.place, entry.date.isoformat() if entry.date else None])
    ).casefold()
