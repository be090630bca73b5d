"""The help screen: every key, generated from the bindings (with the user's overrides)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import key_display, vi_keys

NOTES = (
    "Everywhere: escape backs out one level (a box is emptied and left, then a filter or "
    "search is cleared, then the screen closes; the reader stays). q quits from the reader "
    "and closes any other screen. j/k/g/G move in every list. In a text box, f1 shows "
    "these keys.",
    "Filter: f puts the cursor in the box above the list; type to filter by title, place "
    "or date; enter returns to the list; escape clears it.",
    "Search: / then a word and enter. Matches are highlighted in this briefing, the list "
    "narrows to the briefings that contain it, n/N go to the next/previous match (on into "
    "the next briefing); escape clears the search.",
    "Quotes: enter or space shows the sentence a quote came from. Mouse: click a row, a tab "
    "or a pane; the wheel scrolls.",
    "Rebind a key in config.toml: under [keys], write the id from the last column and the "
    'new key(s), e.g. next-briefing = "x" or quit = "q,ctrl+q".',
)


def binding_rows(
    groups: Iterable[tuple[str, Iterable[BindingType]]], app: App[object]
) -> list[tuple[str, str, str, str]]:
    """``(keys, what, where, id)`` per binding, keys as the user has them (keymap applied).

    ``id`` is the name ``config.toml``'s ``[keys]`` uses to rebind it ("" when it has none).
    """
    rows: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for where, bindings in groups:
        for raw in bindings:
            if not isinstance(raw, Binding) or raw.system:
                continue
            if (raw.id or raw.action) in seen:
                continue
            seen.add(raw.id or raw.action)
            keys = key_display(app, raw)
            rows.append((keys, raw.tooltip or raw.description or raw.action, where, raw.id or ""))
    return rows


def binding_groups() -> list[tuple[str, list[BindingType]]]:
    """Every place keys are bound, for the help screen and the command palette."""
    from tui.keys import APP_BINDINGS
    from tui.screens.add_folder import AddFolderDialog
    from tui.screens.article import ArticleScreen, ContentsScreen
    from tui.screens.bookmark_dialogs import (
        EditBookmarkDialog,
        ExportBookmarksDialog,
        FormatChoice,
    )
    from tui.screens.bookmarks import BookmarksScreen
    from tui.screens.people import PeopleScreen, PersonScreen, QuoteSearchScreen, TimelineScreen
    from tui.screens.reader import ReaderScreen
    from tui.screens.theme_picker import ThemePicker
    from tui.widgets.library_list import LibraryView
    from tui.widgets.panes.table import PANES

    return [
        (
            "anywhere",
            [
                *APP_BINDINGS,
                Binding(
                    "ctrl+p", "command_palette", "Commands", tooltip="Command palette: every action"
                ),
            ],
        ),
        ("reader", list(ReaderScreen.BINDINGS)),
        ("in a pane", pane_keys(w for s in PANES if isinstance(w := s.widget_class(), type))),
        ("library list", list(LibraryView.BINDINGS)),
        ("article", list(ArticleScreen.BINDINGS)),
        ("contents", list(ContentsScreen.BINDINGS)),
        ("bookmarks", list(BookmarksScreen.BINDINGS)),
        ("edit bookmark", list(EditBookmarkDialog.BINDINGS)),
        ("export", [*ExportBookmarksDialog.BINDINGS, *FormatChoice.BINDINGS]),
        ("add folder", list(AddFolderDialog.BINDINGS)),
        ("people", list(PeopleScreen.BINDINGS)),
        ("person", list(PersonScreen.BINDINGS)),
        ("quote search", list(QuoteSearchScreen.BINDINGS)),
        ("timeline", list(TimelineScreen.BINDINGS)),
        ("theme", list(ThemePicker.BINDINGS)),
        ("help", list(HelpScreen.BINDINGS)),
    ]


def pane_keys(widgets: Iterable[type]) -> list[BindingType]:
    """The keys bound in the panes, one binding per key (the one that says most)."""
    chosen: dict[str, Binding] = {}
    for widget in widgets:
        ours = [c for c in reversed(widget.__mro__) if c.__module__.startswith("tui.")]
        for cls in ours:
            for raw in cls.__dict__.get("BINDINGS", ()):
                if not isinstance(raw, Binding):
                    continue
                known = chosen.get(raw.key)
                if known is None or (raw.tooltip and not known.tooltip):
                    chosen[raw.key] = raw
    return list(chosen.values())


class HelpScreen(ModalScreen[None]):
    """Lists every key and what it does."""

    # Here rather than in briefing.tcss: parsed when the screen is first shown, not before
    # the reader's first frame.
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen #help {
        width: 90%;
        max-width: 100;
        height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-notes {
        margin-top: 1;
        color: $text-muted;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close", tooltip="Close", id="help-close"),
        *vi_keys("help", "line"),
        Binding(
            "space", "scroll('page')", "Page", show=False, tooltip="A page down", id="help-page"
        ),
    ]

    HELP_GROUP = "help"

    def __init__(self, first: str | tuple[str, ...] | None = None) -> None:
        """List every key; the group(s) called ``first`` (the screen it came from) on top."""
        super().__init__()
        self.first: tuple[str, ...] = (first,) if isinstance(first, str) else first or ()

    def compose(self) -> ComposeResult:
        """A table of keys and a few notes."""
        groups = binding_groups()
        first = self.first
        # Stable: the rest keep their order.
        groups.sort(key=lambda group: first.index(group[0]) if group[0] in first else len(first))
        self.table = table = Table(box=None, show_edge=False, pad_edge=False, expand=True)
        # Grouped under a heading per screen rather than a "Where" column, so what a key
        # does keeps the room; a key list as long as "b shift+space pgup ^b" wraps.
        table.add_column("Key", style="bold", max_width=14)
        table.add_column("Does", ratio=1)
        table.add_column(Text("Id [keys]"), style="dim", no_wrap=True)
        where_before = None
        for keys, what, where, binding_id in binding_rows(groups, self.app):
            if where != where_before:
                if where_before is not None:
                    table.add_row()
                table.add_row(Text(where.capitalize(), style="bold underline"))
                where_before = where
            table.add_row(Text(keys), Text(what), Text(binding_id or "—"))
        notes = Text("\n\n".join(NOTES))
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = "Keys · escape closes"
            yield Static(table)
            yield Static(notes, id="help-notes")

    def action_move(self, where: str) -> None:
        """``j``/``k``/``g``/``G``: scroll the list of keys."""
        from tui.widgets.nav import move

        move(self.query_one("#help", VerticalScroll), where)

    def action_scroll(self, where: str) -> None:
        """A page down the list of keys."""
        if where == "page":
            self.query_one("#help", VerticalScroll).scroll_page_down()
