"""The Textual app: builds the stores once and shows the reader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen

from tui.keys import APP_BINDINGS

if TYPE_CHECKING:
    from textual.command import Provider

    from tui.core.model import Briefing
    from tui.core.stores import BookmarkStore, Config, ConfigStore
    from tui.screens.reader import ReaderScreen


def _palette_provider() -> type[Provider]:
    from tui.commands import BriefingCommands

    return BriefingCommands


class BriefingApp(App[None]):
    """A terminal reader for briefing documents."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {_palette_provider}
    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS

    def __init__(
        self,
        *,
        config_store: ConfigStore,
        config: Config,
        targets: tuple[Path, ...],
        bookmarks_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.config_store = config_store
        self.config = config
        self.targets = targets
        self.bookmarks_path = bookmarks_path
        self._bookmark_store: BookmarkStore | None = None
        if config.theme and config.theme in self.available_themes:
            self.theme = config.theme
        if config.keys:
            self._keymap = self._normalize_keymap(dict(config.keys))

    def get_default_screen(self) -> Screen[None]:
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
        self.notify(f"Theme: {self.theme}", markup=False)

    def watch_theme(self, theme: str) -> None:
        """Save a theme the user picked (by ``t`` or from the palette)."""
        if not self.is_running or theme == self.config.theme:
            return
        message = self.config_store.save_theme(theme)
        if message:
            self.notify(message, title="Theme not saved", severity="warning", markup=False)

    def on_mount(self) -> None:
        """Say what was wrong with the config; read the bookmarks off the UI thread."""
        if self.config.message:
            self.notify(self.config.message, title="config.toml", severity="warning", markup=False)
        if self.bookmarks_path is not None:
            # After the first frame: reading bookmarks must not delay it.
            self.call_after_refresh(
                self.run_worker, self._load_bookmarks, thread=True, group="bookmarks"
            )

    @property
    def bookmark_store(self) -> BookmarkStore | None:
        """The bookmark store (made on first use; None without a bookmarks file)."""
        if self._bookmark_store is None and self.bookmarks_path is not None:
            from tui.core.stores import BookmarkStore

            self._bookmark_store = BookmarkStore(self.bookmarks_path)
        return self._bookmark_store

    def _load_bookmarks(self) -> None:
        store = self.bookmark_store
        assert store is not None
        result = store.load()
        self.call_from_thread(self._bookmarks_loaded, result.message)

    def _bookmarks_loaded(self, message: str | None) -> None:
        if message:
            self.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        reader = self._reader()
        if reader is not None and reader.briefing is not None:
            reader.show_panes()  # a briefing opened before the bookmarks were read

    def _reader(self) -> ReaderScreen | None:
        from tui.screens.reader import ReaderScreen

        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    # -- bookmarks ---------------------------------------------------------------------

    @property
    def bookmarks_available(self) -> bool:
        """Whether there is a bookmark store to use."""
        return self.bookmarks_path is not None

    def bookmarked_ids(self, doc: Briefing | None) -> frozenset[str]:
        """Target ids of the bookmarked items of ``doc`` (the briefing's own id included)."""
        if self._bookmark_store is None or doc is None:
            return frozenset()
        return frozenset(b.target_id for b in self._bookmark_store.for_briefing(doc.id))

    def toggle_bookmark(self, doc: Briefing, kind: str, item: object, source: str) -> bool | None:
        """Add or remove the bookmark on ``item``; True when added, None when nothing happened."""
        store = self.bookmark_store
        if store is None:
            return None
        from tui.core.stores import bookmark_for

        bm = bookmark_for(doc, kind, item, source)  # type: ignore[arg-type]
        added, result = store.toggle(bm)
        if not result.ok:
            self.notify(
                result.message or "Bookmark kept for this session only: it could not be saved.",
                title="Bookmarks",
                severity="warning",
                timeout=10,
                markup=False,
            )
        return added

    def show_bookmarks(self, reader) -> None:  # type: ignore[no-untyped-def]
        """Push the bookmarks screen; a chosen bookmark opens in the reader."""
        store = self.bookmark_store
        if store is None:
            return
        from tui.screens.bookmarks import BookmarksScreen

        ids = {e.id for e in reader.library.entries if e.id}
        self.push_screen(BookmarksScreen(store, available_ids=ids), reader.jump_to_bookmark)


def library_targets(config: Config) -> tuple[Path, ...]:
    """The library: config ``library``, else ``$BRIEFING_LIBRARY``, else the samples."""
    from tui.core.paths import library_folders, samples_dir

    return library_folders(config.library) or (samples_dir(),)


def make_app(
    config_dir: str | os.PathLike[str] | None = None, targets: tuple[str, ...] = ()
) -> BriefingApp:
    """Build the app: config, stores, and what to open (``targets`` or the library)."""
    from tui.core.paths import config_dir as resolve_config_dir
    from tui.core.stores import ConfigStore

    folder = resolve_config_dir(config_dir)
    config_store = ConfigStore(folder / "config.toml")
    config = config_store.load()
    paths = tuple(Path(t) for t in targets) if targets else library_targets(config)
    return BriefingApp(
        config_store=config_store,
        config=config,
        targets=paths,
        bookmarks_path=folder / "bookmarks.toml",
    )
