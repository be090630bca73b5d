"""Command palette: a command for every key, and "Open briefing …" for each library entry."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.dom import DOMNode
from textual.markup import escape

from tui.screens.help import binding_groups
from tui.widgets.text import clean


def highlight_plain(matcher: Matcher, name: str) -> Content:
    """``name`` as plain content (never markup) with the matched letters highlighted."""
    content = Content(name)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize("reverse", offset, offset + 1)
    return content


def command_entries(app, screen) -> list[tuple[str, str, Callable[[], object]]]:  # type: ignore[no-untyped-def]
    """``(name, help, callback)`` for every bound action, then one per library entry."""
    from tui.screens.dialogs import FullTextScreen
    from tui.screens.reader import ReaderScreen
    from tui.widgets.library_list import LibraryView

    reader = screen if isinstance(screen, ReaderScreen) else None
    owners: dict[str, DOMNode | None] = {"anywhere": app, "reader": reader}
    if reader is not None:
        owners["in a pane"] = reader.pane()
        owners["library list"] = reader.query_one(LibraryView)
    owners["full text"] = screen if isinstance(screen, FullTextScreen) else None
    entries: list[tuple[str, str, Callable[[], object]]] = []
    seen: set[str] = set()
    for where, bindings in binding_groups():
        owner = owners.get(where)
        if owner is None:
            continue
        for binding in bindings:
            if not hasattr(binding, "action") or binding.action == "command_palette":
                continue
            key = binding.id or binding.action
            if key in seen or binding.action == "back":
                continue
            seen.add(key)
            name = binding.tooltip or binding.description
            if where not in ("anywhere", "reader"):
                name = f"{name} ({where})"
            keymap: dict[str, str] = getattr(app, "_keymap", {})
            first = keymap.get(binding.id or "", binding.key).split(",")[0].strip()
            keys = app.get_key_display(binding.__class__(first, ""))
            entries.append(
                (name, f"key {escape(keys)}", partial(app.run_action, binding.action, owner))
            )
    if reader is not None:
        for entry in reader.library.entries:
            entries.append(
                (
                    f"Open briefing: {clean(entry.title)}",
                    escape(clean(entry.path)),
                    partial(reader.open_entry, entry),
                )
            )
    return entries


class BriefingCommands(Provider):
    """Every reader action and every library document, searchable by name."""

    async def discover(self) -> Hits:
        """All commands, before anything is typed."""
        for name, help_text, callback in command_entries(self.app, self.screen):
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands matching ``query``."""
        matcher = self.matcher(query)
        for name, help_text, callback in command_entries(self.app, self.screen):
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, highlight_plain(matcher, name), callback, text=name, help=help_text
                )
