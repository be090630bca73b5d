"""Small modals of the bookmarks screen: edit a bookmark's note and tags, choose an export."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, TextArea

from tui.core.stores.bookmarks import Bookmark, parse_tags
from tui.core.stores.export import DEFAULT_EXPORT, EXPORT_FORMATS
from tui.core.stores.records import counted
from tui.keys import close_keys, key_for, vi_keys

EXPORT_DEFAULT = "~/briefing-bookmarks.md"

#: The look of the small dialogs (``{name}``: the dialog class); the add-folder one too.
DIALOG_CSS = """
{name} {{
    align: center middle;
    background: $background 60%;
}}
{name} > Vertical {{
    width: 70;
    max-width: 100%;
    height: auto;
    max-height: 100%;
    padding: 1 2;
    border: thick $primary;
    background: $panel;
}}
{name} Label.-title {{
    text-style: bold;
    color: $accent;
    margin-bottom: 1;
}}
{name} Label.-hint {{
    color: $text-muted;
}}
{name} #export-warning {{
    color: $warning;
}}
{name} Horizontal.-buttons {{
    height: auto;
    align-horizontal: right;
}}
{name} Button {{
    margin-left: 1;
}}
"""


class EditBookmarkDialog(ModalScreen[tuple[str, tuple[str, ...]] | None]):
    """Edit a bookmark's note and comma-separated tags; returns (note, tags) or None."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="EditBookmarkDialog")
        + """
    EditBookmarkDialog TextArea {
        height: 5;
    }
    """
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", tooltip="Leave it unchanged", id="bookmarks-edit-cancel"
        ),
        Binding("ctrl+s", "save", "Save", tooltip="Save note and tags", id="bookmarks-edit-save"),
        *close_keys("bookmarks-edit", modal=True),
    ]
    HELP_GROUP = "edit bookmark"

    def __init__(self, bookmark: Bookmark, *, suggestions: tuple[str, ...] = ()) -> None:
        """Edit ``bookmark``; ``suggestions`` are tags already in use, shown as examples."""
        super().__init__()
        self.bookmark = bookmark
        self.suggestions = suggestions

    def compose(self) -> ComposeResult:
        """A note box, a tags line, how to save, and Save / Cancel."""
        save = key_for(self.app, self.BINDINGS, "bookmarks-edit-save")
        cancel = key_for(self.app, self.BINDINGS, "bookmarks-edit-cancel")
        if self.suggestions:
            placeholder = "e.g. " + ", ".join(self.suggestions[:3])
        else:
            placeholder = "words to group bookmarks by, separated by commas"
        with Vertical():
            yield Label("Edit bookmark", classes="-title")
            yield Label("Note", classes="-hint")
            yield TextArea(self.bookmark.note, id="edit-note", soft_wrap=True)
            yield Label("Tags (comma-separated)", classes="-hint")
            yield Input(", ".join(self.bookmark.tags), id="edit-tags", placeholder=placeholder)
            yield Label(
                f"{save} saves (or enter in Tags) · {cancel} cancels",
                id="edit-keys",
                classes="-hint",
                markup=False,
            )
            with Horizontal(classes="-buttons"):
                yield Button("Cancel", id="edit-cancel")
                yield Button("Save", id="edit-save", variant="primary")

    def on_mount(self) -> None:
        """Start at the end of the note."""
        note = self.query_one("#edit-note", TextArea)
        note.move_cursor(note.document.end)
        note.focus()

    def action_save(self) -> None:
        """Return what was typed."""
        note = self.query_one("#edit-note", TextArea).text.strip()
        tags = parse_tags(self.query_one("#edit-tags", Input).value)
        self.dismiss((note, tags))

    def action_cancel(self) -> None:
        """Leave the bookmark as it was."""
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q`` (outside the text boxes): leave the bookmark as it was."""
        self.dismiss(None)

    @on(Input.Submitted, "#edit-tags")
    @on(Button.Pressed, "#edit-save")
    def _save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-cancel")
    def _cancel(self) -> None:
        self.action_cancel()


class FormatChoice(RadioSet):
    """The export formats, moved through with ``j``/``k``/``g``/``G`` as well as the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = vi_keys("export-format", "format")

    def action_move(self, where: str) -> None:
        """Highlight another format (space or enter chooses it)."""
        from tui.widgets.nav import move

        move(self, where)


class ExportBookmarksDialog(ModalScreen[tuple[str, Path, bool] | None]):
    """Choose an export format and file; returns (format, path, replace) or None.

    An existing file is replaced only after the user asks twice for the same name.
    """

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ExportBookmarksDialog")
        + """
    ExportBookmarksDialog RadioSet {
        width: 100%;
        margin-bottom: 1;
    }
    """
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "Cancel",
            tooltip="Close without exporting",
            id="bookmarks-export-cancel",
        ),
        *close_keys("bookmarks-export", modal=True),
    ]
    HELP_GROUP = "export"

    def __init__(self, count: int, path: str = EXPORT_DEFAULT) -> None:
        super().__init__()
        self.count = count
        self.initial_path = path
        self._confirmed: Path | None = None  # the existing file the user agreed to replace

    def compose(self) -> ComposeResult:
        """Format choice, file name, and Export / Cancel."""
        with Vertical():
            yield Label(f"Export {counted(self.count, 'bookmark')}", classes="-title")
            with FormatChoice(id="export-format"):
                for fmt in EXPORT_FORMATS:
                    yield RadioButton(
                        fmt.label, value=fmt.name == DEFAULT_EXPORT, id=f"fmt-{fmt.name}"
                    )
            yield Label("File", classes="-hint")
            yield Input(self.initial_path, id="export-path")
            yield Label("", id="export-warning", markup=False)
            with Horizontal(classes="-buttons"):
                yield Button("Cancel", id="export-cancel")
                yield Button("Export", id="export-go", variant="primary")

    def on_mount(self) -> None:
        """Start in the file name: enter exports straight away."""
        self.query_one("#export-path", Input).focus()

    @property
    def format(self) -> str:
        """The chosen format name."""
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return DEFAULT_EXPORT
        return pressed.id.removeprefix("fmt-")

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        """Follow the format with the file's suffix, if it still has one of ours."""
        box = self.query_one("#export-path", Input)
        path = Path(box.value)
        suffixes = {f.name: f.suffixes[0] for f in EXPORT_FORMATS}
        if path.suffix in suffixes.values():
            box.value = str(path.with_suffix(suffixes[self.format]))

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        """A new name: any agreement to replace was for the old one."""
        self._confirmed = None
        self.query_one("#export-warning", Label).update("")
        self.query_one("#export-go", Button).label = "Export"

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Give a file name to export to.", severity="warning")
            return
        target = Path(value).expanduser()
        exists = target.is_file()
        if exists and self._confirmed != target:
            self._confirmed = target
            self.query_one("#export-warning", Label).update(
                f"{target.name} already exists: press Replace (or enter) again to overwrite it, "
                "or change the name."
            )
            self.query_one("#export-go", Button).label = "Replace"
            return
        self.dismiss((self.format, target, exists))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q`` (outside the file name): close without exporting."""
        self.dismiss(None)
