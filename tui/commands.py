"""Command palette: a command for every key, and "Open briefing …" for each library entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.dom import DOMNode
from textual.markup import escape
from textual.screen import Screen

from tui.keys import key_display
from tui.screens.help import binding_groups
from tui.widgets.text import clean

if TYPE_CHECKING:
    from tui.core.library import Entry

#: Briefings listed before anything is typed (the newest ones).
DISCOVER_BRIEFINGS = 200
#: Matching briefings scored and shown per keystroke (the newest matches): scoring every
#: one of 10,000 titles with the fuzzy matcher would take longer than a keystroke should.
SEARCH_BRIEFINGS = 50


def highlight_plain(matcher: Matcher, name: str) -> Content:
    """``name`` as plain content (never markup) with the matched letters highlighted."""
    content = Content(name)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize("reverse", offset, offset + 1)
    return content


def command_entries(
    app: App[object], screen: Screen[object], briefings: int | None = None
) -> list[tuple[str, str, Callable[[], object]]]:
    """``(name, help, callback)`` for every bound action, then one per library entry.

    ``briefings`` caps the library entries (newest first); None lists them all.
    """
    from tui.screens.reader import ReaderScreen
    from tui.widgets.library_list import LibraryView

    reader = screen if isinstance(screen, ReaderScreen) else None
    owners: dict[str, DOMNode | None] = {"anywhere": app, "reader": reader}
    if reader is not None:
        owners["in a pane"] = reader.panes.pane() if reader.panes_ready else None
        owners["library list"] = reader.query_one(LibraryView)
    # Any other screen: its own keys (its HELP_GROUP names them in the help).
    group = getattr(screen, "HELP_GROUP", None)
    if reader is None and isinstance(group, str):
        owners[group] = screen
    entries: list[tuple[str, str, Callable[[], object]]] = []
    seen: set[str] = set()
    for where, bindings in binding_groups():
        owner = owners.get(where)
        if owner is None:
            continue
        for binding in bindings:
            if not isinstance(binding, Binding) or binding.action == "command_palette":
                continue
            key = binding.id or binding.action
            if key in seen or binding.action == "back":
                continue
            seen.add(key)
            name = binding.tooltip or binding.description
            if where not in ("anywhere", "reader"):
                name = f"{name} ({where})"
            keys = key_display(app, binding, first=True)
            entries.append(
                (name, f"key {escape(keys)}", partial(app.run_action, binding.action, owner))
            )
    if reader is not None:
        library = reader.library.entries
        for entry in library if briefings is None else library[:briefings]:
            entries.append(briefing_entry(reader, entry))
    return entries


def briefing_entry(reader, entry: Entry) -> tuple[str, str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    """The "Open briefing: …" command for one library entry."""
    return (
        briefing_command_name(entry),
        escape(clean(entry.path)),
        partial(reader.open_entry, entry),
    )


def briefing_command_name(entry: Entry) -> str:
    """What the palette shows (and matches) for a library entry."""
    return f"Open briefing: {clean(entry.title)}"


def in_order(query: str) -> re.Pattern[str]:
    """A pattern finding the letters of ``query`` in order: the fuzzy matcher's own test.

    Anchored and possessive (each letter's first occurrence after the previous one), so it
    runs in C in one pass over a name, without backtracking; the (slow) scoring is left to
    the few names that can match.
    """
    parts = [f"[^{re.escape(c)}]*+{re.escape(c)}" for c in query.lower()]
    return re.compile(r"\A" + "".join(parts), re.DOTALL)


def matching_briefings(names: list[tuple[str, Entry]], query: str, limit: int) -> Iterator[Entry]:
    """Entries whose lower-cased command name (``names``, newest first) matches ``query``.

    At most ``limit`` of them, the newest.
    """
    match = in_order(query).match
    found = 0
    for lowered, entry in names:
        if match(lowered) is not None:
            yield entry
            found += 1
            if found >= limit:
                return


class BriefingCommands(Provider):
    """Every reader action and every library document, searchable by name."""

    _names: list[tuple[str, Entry]] | None = None  # made on the first keystroke

    def briefing_names(self, reader) -> list[tuple[str, Entry]]:  # type: ignore[no-untyped-def]
        """``(lower-cased command name, entry)`` per library entry, newest first."""
        if self._names is None or len(self._names) != len(reader.library.entries):
            self._names = [(briefing_command_name(e).lower(), e) for e in reader.library.entries]
        return self._names

    async def discover(self) -> Hits:
        """All commands and the newest briefings, before anything is typed."""
        for name, help_text, callback in command_entries(
            self.app, self.screen, briefings=DISCOVER_BRIEFINGS
        ):
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands matching ``query``; briefings are searched across the whole library."""
        from tui.screens.reader import ReaderScreen

        matcher = self.matcher(query)
        for name, help_text, callback in command_entries(self.app, self.screen, briefings=0):
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, highlight_plain(matcher, name), callback, text=name, help=help_text
                )
        reader = self.screen if isinstance(self.screen, ReaderScreen) else None
        if reader is None:
            return
        for entry in matching_briefings(self.briefing_names(reader), query, SEARCH_BRIEFINGS):
            name, help_text, callback = briefing_entry(reader, entry)
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, highlight_plain(matcher, name), callback, text=name, help=help_text
                )
