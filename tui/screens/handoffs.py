"""The reader's hand-offs (keys ``e``, ``V``, ``a``): the user's editor and pager, more folders.

A mixin of :class:`~tui.screens.reader.ReaderScreen`. ``e`` and ``V`` give the terminal to
``$VISUAL``/``$EDITOR`` or ``$PAGER`` on the open briefing's file (the app suspended, then
back); after an editor the file is read again the way the folder watcher reads a changed
file. ``a`` asks for a folder, shows it in the library at once and saves it in config.toml.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding, BindingType

from tui.host import host

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message

    from tui.widgets.library_list import LibraryList

HANDOFF_BINDINGS: list[BindingType] = [
    Binding(
        "e",
        "edit_source",
        "Edit",
        show=False,
        tooltip="Edit the briefing's file in $VISUAL or $EDITOR, then read it again",
        id="edit-source",
    ),
    Binding(
        "V",
        "page_source",
        "Pager",
        show=False,
        tooltip="Read the briefing's file in $PAGER",
        id="page-source",
    ),
    Binding(
        "a",
        "add_folder",
        "Add folder",
        show=False,
        tooltip="Add a folder to the library (kept in config.toml)",
        id="add-folder",
    ),
]


class HandoffMixin:
    """Editor, pager and add-folder for the reader screen."""

    if TYPE_CHECKING:
        app: App[Any]
        open_path: str | None
        shown_path: str | None
        targets: tuple[Path, ...]

        @property
        def library(self) -> LibraryList: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def remember_place(self) -> None: ...
        def load_document(self, path: str) -> object: ...
        def post_message(self, message: Message) -> bool: ...
        def set_library(self, targets: tuple[Path, ...]) -> None: ...

    def action_edit_source(self) -> None:
        """Edit the open briefing's file; show what it says afterwards."""
        file = self._hand_off("editor")
        if file is not None:
            self._read_again(file)

    def action_page_source(self) -> None:
        """Read the open briefing's file in the pager."""
        self._hand_off("pager")

    def _hand_off(self, role: str) -> str | None:
        """Run the ``role`` program on the open briefing's file with the app suspended.

        Returns the file once the program has run (whatever its exit status), else None;
        every problem is a one-line notice.
        """
        from textual.app import SuspendNotSupported

        from tui.handoff import handoff_program, run_program, source_file

        path = self.shown_path
        if path is None:
            self._notice("No briefing open.")
            return None
        file = source_file(path)
        if file is None:
            self._notice(f"{Path(path).name} is not a file on disk; nothing to open.")
            return None
        program = handoff_program(role)
        if isinstance(program, str):
            self._notice(program)
            return None
        self.remember_place()  # read again, the briefing opens where the reader is now
        try:
            with self.app.suspend():
                problem = run_program(program, file)
        except SuspendNotSupported:
            self._notice(
                f"The {role} cannot run here: the app cannot hand over its terminal"
                " (as in a browser)."
            )
            return None
        if problem is not None:
            self._notice(problem)
        return file

    def _notice(self, message: str) -> None:
        self.notify(message, title="Hand-off", severity="warning", markup=False)

    def _read_again(self, file: str) -> None:
        """The file changed under us: reread it the way the folder watcher would."""
        from tui.core.load.registry import split_locator

        file = os.path.abspath(file)
        if any(split_locator(e.path)[0] == file for e in self.library.entries):
            # Its rows (a feed's entries too) and the open briefing, through LibraryChanged.
            self._rescan_file(file)
        elif self.open_path is not None:
            self.load_document(self.open_path)  # opened from outside the library: no row

    @work(thread=True, group="reread")
    def _rescan_file(self, file: str) -> None:
        from tui.screens.watching import rescan_files

        rescan_files({file}, self.post_message)

    # -- adding a folder -------------------------------------------------------------------

    def action_add_folder(self) -> None:
        """Ask for a folder to add to the library."""
        from tui.screens.add_folder import AddFolderDialog

        self.app.push_screen(AddFolderDialog(self.targets), self._add_folder)

    def _add_folder(self, folder: str | None) -> None:
        """Show ``folder`` in the library now; save it in config.toml in a thread.

        Started on paths from the command line, the folder joins those for this session
        (and is saved for the library of later starts). Otherwise the library shown is the
        one config.toml now names: what was there plus ``folder``, except the bundled
        samples, which stand in only while there is no library of one's own.
        """
        from tui.core.paths import samples_dir

        if folder is None:
            return
        new = Path(os.path.expanduser(folder))
        samples = not host(self.app).paths_given and self.targets == (samples_dir(),)
        self.set_library((new,) if samples else (*self.targets, new))
        self._save_folder(folder, samples)

    @work(thread=True, group="config")
    def _save_folder(self, folder: str, samples: bool) -> None:
        """Append ``folder`` to config.toml's ``library`` (in a thread), then say how it went."""
        from tui.core.paths import env_library

        store = host(self.app).config_store
        # A config without 'library' stood for $BRIEFING_LIBRARY: keep those folders.
        problem = store.add_library(folder, start=env_library())
        if problem is None:
            more = " (the samples are no longer listed)" if samples else ""
            message = f"Added {folder} to the library{more}; saved in {store.path.name}."
            self.app.call_from_thread(self.notify, message, title="Library", markup=False)
        else:
            self.app.call_from_thread(
                self.notify,
                f"{folder} is shown for this session only: {problem}",
                title="Library",
                severity="warning",
                markup=False,
            )


__all__ = ["HANDOFF_BINDINGS", "HandoffMixin"]
