"""The Textual app: builds the stores once and shows the reader."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App
from textual.binding import BindingType
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.widgets import Input

from tui.bookmarking import BookmarkKeeper
from tui.keys import APP_BINDINGS

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.command import Provider
    from textual.timer import Timer

    from tui.core.library.firstlook import FirstLook
    from tui.core.model import Briefing
    from tui.core.stores import Config, ConfigStore
    from tui.core.stores.bookmarks import Bookmark
    from tui.screens.reader import ReaderScreen


def _palette_provider() -> type[Provider]:
    from tui.commands import BriefingCommands

    return BriefingCommands


#: Seconds keys typed at start may be held while the first briefing opens.
HOLD_KEYS_AT_MOST = 5.0
#: Keys typed within this many seconds of choosing a briefing are typed for it: they wait
#: for it to open (see ``BriefingApp.wait_for_open``), at most ``WAIT_FOR_OPEN_AT_MOST``.
TYPED_WITH_THE_CHOICE = 0.25
WAIT_FOR_OPEN_AT_MOST = 60.0
#: The clock Textual stamps each message with (``Message.time``).
_clock = time.perf_counter if sys.platform == "win32" else time.monotonic


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
        paths_given: bool = False,
        bookmarks_path: Path | None = None,
        first_look: FirstLook | None = None,
    ) -> None:
        super().__init__()
        #: Started on paths from the command line (``targets``), not on the library.
        self.paths_given = paths_given
        self.first_look = first_look
        self.config_store = config_store
        self.config = config
        self.targets = targets
        self.bookmarks_path = bookmarks_path
        #: The bookmarks as shown; saved in thread workers (None: nowhere to keep them).
        self.bookmarks = (
            BookmarkKeeper(self, bookmarks_path, self._bookmarks_changed)
            if bookmarks_path is not None
            else None
        )
        #: Keys typed before the reader can act on them (replayed in order once it can).
        self._held_keys: list[events.Key] | None = []
        #: Keys that reached their bindings while a briefing the user chose was opening
        #: (``wait_for_open``): they act on it once it shows.
        self._waiting_keys: list[events.Key] | None = None
        self._waiting_timer: Timer | None = None
        self._waiting_since = 0.0
        #: Keys typed after one whose action has not landed yet (see ``on_event``).
        self._settling: list[events.Key] | None = None
        self._quit_when_saved = False  # q was pressed while a save ran
        self._quit_anyway = False  # the user was warned about unsaved bookmarks
        self._theme_lock = threading.Lock()
        self._theme_wanted: str | None = None
        self._theme_saved: str | None = config.theme
        self._theme_preview = False  # the theme picker is showing themes: save none yet
        #: The latest notice of each kind (see ``on_notify``).
        self._notices: dict[str, Notification] = {}
        if config.theme and config.theme in self.available_themes:
            self.theme = config.theme
        #: What was wrong with ``[keys]`` (told once the app is up; those keep their default).
        self.keymap_problems: list[str] = []
        if config.keys:
            from tui.keymap import ANYWHERE, check_keymap
            from tui.screens.help import binding_groups

            groups = [*binding_groups(), (ANYWHERE, App.BINDINGS)]
            keymap, self.keymap_problems = check_keymap(config.keys, groups)
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen[None]:
        """The reader on the library."""
        from tui.screens.reader import ReaderScreen

        return ReaderScreen(self.targets)

    def action_help(self) -> None:
        """Show every key."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            # A screen's own keys first (its HELP_GROUP names its group in the help).
            self.push_screen(HelpScreen(first=getattr(self.screen, "HELP_GROUP", None)))

    def action_pick_theme(self) -> None:
        """Choose a theme from a list that shows each as the cursor reaches it."""
        from tui.screens.theme_picker import ThemePicker, theme_names

        if isinstance(self.screen, ThemePicker):
            return
        self._theme_preview = True

        def chosen(name: str | None) -> None:
            self._theme_preview = False
            if name is not None:
                self._save_theme_soon(name)

        self.push_screen(ThemePicker(theme_names(self.available_themes), self.theme), chosen)

    def watch_theme(self, theme: str) -> None:
        """Save a theme the user picked (from the ``t`` list, or the palette)."""
        if self.is_running and not self._theme_preview:
            self._save_theme_soon(theme)

    def _save_theme_soon(self, theme: str) -> None:
        # Always through the worker: it alone knows what is on disk (a save may be under way).
        self._theme_wanted = theme
        self.run_worker(self._save_theme, thread=True, group="theme")

    def _save_theme(self) -> None:
        """The theme save, in a thread: the newest choice wins, one save at a time."""
        with self._theme_lock:
            theme = self._theme_wanted
            if theme is None or theme == self._theme_saved:
                return
            message = self.config_store.save_theme(theme)
            self._theme_saved = theme
        if message:
            self.call_from_thread(
                self.notify, message, title="Theme not saved", severity="warning", markup=False
            )

    # -- notices -------------------------------------------------------------------------

    def on_notify(self, event: Notify) -> None:
        """One toast of a kind at a time: a new notice takes the place of the one before.

        Runs before Textual adds ``event``'s notice. Every information notice is of one
        kind (a second ``b`` replaces "Quote bookmarked", ``c`` after ``b`` replaces it
        too); a warning or error replaces only the same warning, so a problem repeated
        (a save retried) is one toast, and no later notice of another kind clears it: it
        stays until it times out or is clicked, or good news under its title comes (the
        save that failed landed).
        """
        notice = event.notification
        kind = notice_kind(notice)
        gone = [n for k, n in self._notices.items() if k == kind or resolves(notice, n)]
        for before in gone:
            if before is not notice:
                # Textual's own way of forgetting one notice (its toast calls it when clicked).
                self._unnotify(before, refresh=False)
        dropped = {id(n) for n in gone}
        self._notices = {
            k: n for k, n in self._notices.items() if id(n) not in dropped and not n.has_expired
        }
        self._notices[kind] = notice

    # -- keys: in the order typed, on the briefing they were typed for ------------------

    async def on_event(self, event: events.Event) -> None:
        """Each key typed, in order: held until the reader can act on it, or while the
        briefing it was typed for opens; in the reader, acted on as it comes.

        Textual looks a key's binding up only once the key has passed the focused widget
        (a priority binding: as it comes), so a key could act before the keys typed ahead
        of it, or go to a widget the key before it was about to leave: ``j j 3`` showed
        Quotes before the list had moved. In the reader, outside a text box, a key's
        binding is looked up as it comes, and once a key has acted, the next ones wait a
        refresh for what it did to land (``f port`` types "port" in the filter box it
        mounts, ``v G`` goes to the end of the Article view it opens).
        """
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            return
        if self._held_keys is not None and not self._quits(event):
            self._held_keys.append(event)
            return
        waiting = self._waiting_keys
        if (
            waiting is not None
            and event.time <= self._waiting_since + TYPED_WITH_THE_CHOICE
            and not self._quits(event)
        ):
            waiting.append(event)
            return
        if self._settling is not None:
            self._settling.append(event)
            return
        if await self._acted_as_typed(event):
            # The next keys wait for what this one did to land (a box mounted and
            # focused, a screen pushed, the list shown again): the app's next refresh,
            # then the screen's, after what the action itself left for after a refresh.
            self._settling = []
            self.call_after_refresh(lambda: self.screen.call_after_refresh(self._settled))
            return
        await super().on_event(event)

    async def _acted_as_typed(self, event: events.Key) -> bool:
        """In the reader, outside a text box: run the key's binding now, if it has one."""
        if not getattr(self.screen, "KEYS_AS_TYPED", False) or isinstance(self.focused, Input):
            return False
        self.app_focus = True  # (as Textual's own handling of a key does)
        return await self._check_bindings(event.key, priority=True) or await self._check_bindings(
            event.key
        )

    async def _settled(self) -> None:
        keys, self._settling = self._settling or [], None
        for event in keys:  # (after one that acts, the rest wait again)
            await self.on_event(event)

    def release_keys(self, start: bool = True) -> None:
        """The reader can act now: replay the held keys, in order, before any newer one.

        ``start=False``: only those that waited for a briefing to open; keys typed at
        start stay held (the library is still being listed).
        """
        if (start and self._held_keys is not None) or self._waiting_keys is not None:
            # Run by the app's own message loop: keys it took meanwhile were held too.
            self.call_later(self._replay_keys, start)

    async def _replay_keys(self, start: bool = True) -> None:
        held: list[events.Key] = []
        if start:
            held, self._held_keys = self._held_keys or [], None
        if self._waiting_timer is not None:
            self._waiting_timer.stop()
            self._waiting_timer = None
        held += self._waiting_keys or []
        self._waiting_keys = None
        for event in held:  # one that opens a briefing makes the rest wait for it again
            await self.on_event(event)

    def wait_for_open(self) -> None:
        """A briefing the user chose is opening: keys typed with the choice act on it.

        ``j j j enter 3 j b`` typed in one burst bookmarks the second quote of the briefing
        ``enter`` opened, not of the one still shown while it loads. Keys typed within
        ``TYPED_WITH_THE_CHOICE`` seconds of the choice (faster than anyone reads the
        screen) wait for the open. A key typed later acts on what is shown (the title
        line says the next one is opening): ``escape`` then stops the open and drops the
        keys that waited for it. ``q`` never waits.
        """
        self._waiting_since = _clock()
        if self._waiting_keys is None:
            self._waiting_keys = []
            self._waiting_timer = self.set_timer(WAIT_FOR_OPEN_AT_MOST, self.release_keys)

    def drop_waiting_keys(self) -> None:
        """The open was stopped: the keys typed for the briefing it was opening go."""
        if self._waiting_timer is not None:
            self._waiting_timer.stop()
            self._waiting_timer = None
        self._waiting_keys = None

    def _quits(self, event: events.Key) -> bool:
        active = self.active_bindings.get(event.key)
        return active is not None and active.binding.action in ("quit", "app.quit")

    def on_mount(self) -> None:
        """Say what was wrong with the config; read the bookmarks off the UI thread."""
        if self.config.message:
            self.notify(self.config.message, title="config.toml", severity="warning", markup=False)
        # Never hold keys for long, whatever keeps the reader from being ready.
        self.set_timer(HOLD_KEYS_AT_MOST, self.release_keys)
        if self.keymap_problems:
            self.notify(
                f"[keys]: {'; '.join(self.keymap_problems)} (default keys kept for those)",
                title="config.toml",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if self.bookmarks is not None:
            # After the first frame: reading bookmarks must not delay it.
            self.call_after_refresh(self.bookmarks.load, self._bookmarks_changed)
            self.set_interval(self.bookmarks.retry_every, self.bookmarks.retry)
        if self.config.keys:
            # After the first frame too: knowing every id means importing every screen.
            self.call_after_refresh(self._check_key_ids)

    def _check_key_ids(self) -> None:
        """One notice naming the ``[keys]`` ids that no binding has (a typo rebinds nothing)."""
        from textual.binding import Binding

        from tui.screens.help import binding_groups

        groups = binding_groups()
        known = {b.id for _where, group in groups for b in group if isinstance(b, Binding) and b.id}
        unknown = sorted(set(self.config.keys) - known)
        if unknown:
            self.notify(
                f"[keys] ids that bind nothing: {', '.join(unknown)}. The ? screen lists the ids.",
                title="config.toml",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _bookmarks_changed(self) -> None:
        """What the keeper shows changed (read, or saved with other windows' changes)."""
        reader = self._reader()
        if reader is not None and reader.briefing is not None:
            reader.show_panes()
        if reader is not None and reader.reading is not None and reader.reading.loaded:
            reader.refresh_stars()
        keeper = self.bookmarks
        if keeper is not None and not keeper.unsaved:
            self._quit_anyway = False  # everything is on disk: a later failure warns again
        if self._quit_when_saved and keeper is not None and not keeper.saving:
            self._quit_when_saved = False
            self.request_quit()

    async def action_quit(self) -> None:
        """Quit, but never lose a bookmark without a word (see ``request_quit``)."""
        self.request_quit()

    def request_quit(self) -> None:
        """Quit now, or once a save under way has landed; warn first about unsaved changes.

        Changes that could not be saved are tried once more and the user is told: ``q``
        again quits anyway (and again while waiting for a save: quits without waiting).
        """
        keeper = self.bookmarks
        if keeper is None or self._quit_anyway:
            self.exit()
        elif keeper.saving:
            if self._quit_when_saved:
                self.exit()
                return
            self._quit_when_saved = True
            self.notify("Saving bookmarks… (q again quits without waiting)", markup=False)
        elif keeper.unsaved:
            self._quit_anyway = True
            keeper.retry()
            from tui.core.stores.records import counted

            verb = "is" if keeper.unsaved == 1 else "are"
            self.notify(
                f"{counted(keeper.unsaved, 'bookmark change')} {verb} not saved"
                f" ({keeper.problem or 'the file could not be written'})."
                " Trying again now; press q again to quit and lose them.",
                title="Bookmarks not saved",
                severity="error",
                timeout=15,
                markup=False,
            )
        else:
            self.exit()

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Quit: the reader keeps its place and read marks first (a quick, small write)."""
        reader = self._reader()
        if reader is not None:
            reader.stop_reading()
        super().exit(*args, **kwargs)

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
        return self.bookmarks is not None

    def bookmarked_ids(self, doc: Briefing | None) -> frozenset[str]:
        """Target ids of the bookmarked items of ``doc`` (the briefing's own id included)."""
        return frozenset() if self.bookmarks is None else self.bookmarks.ids_for(doc)

    def toggle_bookmark(self, doc: Briefing, kind: str, item: object, source: str) -> bool | None:
        """Add or remove the bookmark on ``item`` at once (saved in a worker).

        True when added, None when there is nowhere to keep bookmarks.
        """
        if self.bookmarks is None:
            return None
        from tui.core.stores import bookmark_for

        return self.bookmarks.toggle(bookmark_for(doc, kind, item, source))  # type: ignore[arg-type]

    def show_bookmarks(
        self, available_ids: set[str], then: Callable[[Bookmark | None], None]
    ) -> None:
        """Push the bookmarks screen; ``then`` gets the bookmark chosen (None: closed)."""
        if self.bookmarks is None:
            return
        from tui.screens.bookmarks import BookmarksScreen

        self.push_screen(BookmarksScreen(self.bookmarks, available_ids=available_ids), then)


def notice_kind(notice: Notification) -> str:
    """Which notices replace each other: all information notices; an identical warning."""
    if notice.severity == "information":
        return "information"
    return f"{notice.severity}\0{notice.title}\0{notice.message}"


def resolves(notice: Notification, problem: Notification) -> bool:
    """Whether ``notice`` is good news on ``problem``'s subject (information, same title)."""
    return (
        notice.severity == "information"
        and problem.severity != "information"
        and bool(notice.title)
        and notice.title == problem.title
    )


def make_app(
    config_dir: str | os.PathLike[str] | None = None,
    targets: tuple[str, ...] = (),
    *,
    first_look: FirstLook | None = None,
) -> BriefingApp:
    """Build the app: config, stores, and what to open (``targets`` or the library).

    ``first_look``: a helper already reading the newest documents of a library never
    indexed (started by the command line before Textual loads); the first frame shows them.
    """
    from tui.core.paths import config_dir as resolve_config_dir
    from tui.core.paths import library_targets
    from tui.core.stores import ConfigStore

    folder = resolve_config_dir(config_dir)
    config_store = ConfigStore(folder / "config.toml")
    config = config_store.load()
    paths = tuple(Path(t) for t in targets) if targets else library_targets(config)
    return BriefingApp(
        config_store=config_store,
        config=config,
        targets=paths,
        paths_given=bool(targets),
        bookmarks_path=folder / "bookmarks.toml",
        first_look=first_look,
    )


if TYPE_CHECKING:
    from tui.host import Host

    _IS_A_HOST: type[Host] = BriefingApp  # mypy checks the app offers what screens ask
