"""The Textual app: builds the stores once and shows the reader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tui.core.config import Config, ConfigStore
from tui.core.model import Briefing


def _palette_provider():  # type: ignore[no-untyped-def]
    from tui.commands import BriefingCommands

    return BriefingCommands


class BriefingApp(App[None]):
    """A terminal reader for briefing documents."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {_palette_provider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit briefing", id="quit"),
        Binding("question_mark", "help", "Help", tooltip="Show every key", id="help"),
        Binding("t", "cycle_theme", "Theme", tooltip="Switch to the next theme", id="theme"),
    ]

    def __init__(
        self,
        *,
        config_store: ConfigStore,
        config: Config,
        targets: tuple[Path, ...],
        bookmark_store: object | None = None,
    ) -> None:
        super().__init__()
        self.config_store = config_store
        self.config = config
        self.targets = targets
        self.bookmark_store = bookmark_store
        if config.theme and config.theme in self.available_themes:
            self.theme = config.theme
        if config.keys:
            self._keymap = self._normalize_keymap(dict(config.keys))

    def get_default_screen(self) -> Screen:
        """The reader on the library."""
        from tui.screens.reader import ReaderScreen

        return ReaderScreen(self.targets)

    def action_help(self) -> None:
        """Show every key."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_cycle_theme(self) -> None:
        """Switch to the next theme and remember it."""
        names = sorted(n for n in self.available_themes if n != "textual-ansi")
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}")

    def watch_theme(self, theme: str) -> None:
        """Save a theme the user picked (by ``t`` or from the palette)."""
        if not self.is_running or theme == self.config.theme:
            return
        try:
            self.config_store.save_theme(theme)
        except OSError as exc:
            self.notify(f"Could not save the theme: {exc.strerror or exc}", severity="error")

    # -- bookmarks (the store is optional until it lands) ------------------------------

    @property
    def bookmarks_available(self) -> bool:
        """Whether there is a bookmark store to use."""
        return self.bookmark_store is not None

    def bookmarked_ids(self, doc: Briefing | None) -> frozenset[str]:
        """Ids of the items of ``doc`` that are bookmarked."""
        return frozenset()

    def toggle_bookmark(
        self, doc: Briefing, kind: str, target_id: str, item: object
    ) -> bool | None:
        """Add or remove a bookmark; True when added, None when nothing happened."""
        return None

    def show_bookmarks(self, reader: Screen) -> None:
        """Push the bookmarks screen."""


def library_targets(config: Config) -> tuple[Path, ...]:
    """The library: config ``library``, else ``$BRIEFING_LIBRARY``, else the samples."""
    from tui.core.paths import LIBRARY_ENV, samples_dir

    if config.library:
        return tuple(Path(p).expanduser() for p in config.library)
    env = os.environ.get(LIBRARY_ENV, "")
    folders = [p for p in env.split(os.pathsep) if p.strip()]
    if folders:
        return tuple(Path(p).expanduser() for p in folders)
    return (samples_dir(),)


def make_app(
    config_dir: str | os.PathLike[str] | None = None, targets: tuple[str, ...] = ()
) -> BriefingApp:
    """Build the app: config, stores, and what to open (``targets`` or the library)."""
    from tui.core.paths import config_dir as resolve_config_dir

    folder = resolve_config_dir(config_dir)
    config_store = ConfigStore(folder / "config.toml")
    config = config_store.load()
    paths = tuple(Path(t) for t in targets) if targets else library_targets(config)
    return BriefingApp(config_store=config_store, config=config, targets=paths)
