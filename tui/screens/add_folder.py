"""The add-folder dialog (``a``): a path with folder completion; returns the folder to add."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tui.keys import close_keys, key_for
from tui.screens.bookmark_dialogs import DIALOG_CSS
from tui.widgets.folder_suggester import FolderSuggester

__all__ = ["AddFolderDialog"]


class AddFolderDialog(ModalScreen[str | None]):
    """Type a folder's path (completed as you type); returns it as config.toml will hold it.

    A path that is not a folder, cannot be read or is already in the library is said in
    the dialog, which stays open; escape returns None.
    """

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="AddFolderDialog")
        + """
    AddFolderDialog #add-folder-problem {
        color: $warning;
    }
    """
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Add nothing", id="add-folder-cancel"),
        Binding(
            "tab",
            "complete",
            "Complete",
            show=False,
            tooltip="Take the suggested folder (right arrow too)",
            id="add-folder-complete",
        ),
        *close_keys("add-folder", modal=True),
    ]
    HELP_GROUP = "add folder"

    def __init__(self, library: Iterable[str | os.PathLike[str]]) -> None:
        """``library``: the folders shown now (adding one of them again is refused)."""
        super().__init__()
        self.library = tuple(library)

    def compose(self) -> ComposeResult:
        """What to type, the path box, a line for problems, and Cancel / Add."""
        complete = key_for(self.app, self.BINDINGS, "add-folder-complete")
        cancel = key_for(self.app, self.BINDINGS, "add-folder-cancel")
        with Vertical():
            yield Label("Add a folder to the library", classes="-title")
            yield Input(
                id="add-folder-path",
                placeholder="~/briefings",
                suggester=FolderSuggester(),
            )
            yield Label(
                f"{complete} or → completes · enter adds · {cancel} cancels",
                id="add-folder-keys",
                classes="-hint",
                markup=False,
            )
            yield Label("", id="add-folder-problem", markup=False)
            with Horizontal(classes="-buttons"):
                yield Button("Cancel", id="add-folder-cancel")
                yield Button("Add", id="add-folder-add", variant="primary")

    @property
    def path_box(self) -> Input:
        """The path being typed."""
        return self.query_one("#add-folder-path", Input)

    def action_complete(self) -> None:
        """Take the suggested folder; with none (or elsewhere), move the focus on."""
        box = self.path_box
        if self.focused is box and box.cursor_at_end:
            before = box.value
            box.action_cursor_right()  # Input's own way to accept its suggestion
            if box.value != before:
                return
        self.focus_next()

    def action_cancel(self) -> None:
        """Add nothing."""
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q`` (outside the path box): add nothing."""
        self.dismiss(None)

    @on(Input.Submitted, "#add-folder-path")
    @on(Button.Pressed, "#add-folder-add")
    def _add(self) -> None:
        from tui.core.library.typed_folder import folder_to_add

        try:
            folder = folder_to_add(self.path_box.value, self.library)
        except ValueError as exc:
            self.query_one("#add-folder-problem", Label).update(str(exc))
            self.path_box.focus()
            return
        self.dismiss(folder)

    @on(Input.Changed, "#add-folder-path")
    def _typed(self) -> None:
        self.query_one("#add-folder-problem", Label).update("")

    @on(Button.Pressed, "#add-folder-cancel")
    def _cancel(self) -> None:
        self.action_cancel()
