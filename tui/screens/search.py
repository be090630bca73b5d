"""Search in the open briefing and across the library: state, matching and the reader's keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.worker import get_current_worker

if TYPE_CHECKING:
    from tui.core.library import Entry
    from tui.core.model import Briefing
    from tui.screens.reader import ReaderScreen

SEARCH_ORDER = ("summary", "areas", "quotes", "comments")


class SearchState:
    """The search text, where it matched in the open briefing, and which match is current."""

    def __init__(self) -> None:
        self.query = ""
        self.matches: list[tuple[str, int]] = []
        self.position: int | None = None
        self.library_paths: set[str] | None = None

    def reset_position(self) -> None:
        """A new briefing: no current match yet."""
        self.matches = []
        self.position = None


def briefing_text(doc: Briefing) -> str:
    """Every searchable string in a briefing, joined."""
    parts = [doc.title, doc.place or "", doc.summary, doc.body]
    parts += [p for s in doc.sections for p in (s.heading or "", *s.paragraphs)]
    parts += [f"{a.name} {a.short or ''} {a.text}" for a in doc.areas]
    parts += [f"{q.text} {q.speaker or ''} {q.role or ''} {q.context}" for q in doc.quotes]
    parts += [f"{c.author} {c.text}" for c in doc.comments]
    parts += [f.text for f in doc.facts] + [p.name for p in doc.people]
    return "\n".join(parts)


def briefing_matches(screen: ReaderScreen, query: str) -> list[tuple[str, int]]:
    """``(pane, item index)`` for every match in the open briefing, pane by pane."""
    return [(name, i) for name in SEARCH_ORDER for i in screen.pane(name).match_indexes(query)]


def _search_fallback(query: str, entries: list[Entry]) -> set[str]:
    """Load each document and look for ``query`` (used when no library index is available)."""
    from tui.core.errors import BriefingError
    from tui.core.load import load_briefing

    worker = get_current_worker()
    needle = query.casefold()
    found: set[str] = set()
    for entry in entries:
        if worker.is_cancelled:
            break
        if entry.error:
            continue
        try:
            doc = load_briefing(entry.path)
        except BriefingError:
            continue
        if needle in briefing_text(doc).casefold():
            found.add(entry.path)
    return found


class SearchMixin:
    """The reader's ``/``, ``n`` and ``N`` (mixed into ``ReaderScreen``)."""

    def action_search(self: ReaderScreen) -> None:  # type: ignore[misc]
        """Open the search box."""
        from textual.widgets import Input

        boxes = self.query("#search")
        if boxes:
            box = boxes.first(Input)
        else:
            box = Input(placeholder="search this briefing and the library", id="search")
            self.mount(box)
        box.display = True
        box.value = self.search.query
        box.focus()

    def on_input_submitted(self: ReaderScreen, event) -> None:  # type: ignore[misc,no-untyped-def]
        """Run the search typed into the search box."""
        if event.input.id != "search":
            return
        event.stop()
        box = event.input
        box.display = False
        query = event.value.strip()
        if not query:
            self.clear_search()
            self.pane().focus()
            return
        self.search.query = query
        self.show_panes()
        self.search.matches = briefing_matches(self, query)
        self.search.position = None
        self.library.restrict(None, f"searching “{query}”…")
        self.update_title()
        self.search_library(query, list(self.library.entries))
        if self.search.matches:
            self.goto_match(0)
        else:
            self.pane().focus()
            self.notify(f"“{query}” is not in this briefing; searching the library…", markup=False)
        self.refresh_bindings()

    def search_library(self: ReaderScreen, query: str, entries: list[Entry]) -> None:  # type: ignore[misc]
        """Find the library documents containing ``query`` in a worker."""
        self.run_worker(
            lambda: self._search_library_thread(query, entries),
            thread=True,
            exclusive=True,
            group="search",
        )

    def _search_library_thread(self: ReaderScreen, query: str, entries: list[Entry]) -> None:  # type: ignore[misc]
        import os

        from tui.core.library import search

        worker = get_current_worker()
        # Right after a cold start the index is still being filled: wait for all of it,
        # rather than answer from part of the library.
        while not self.indexed.wait(0.1):
            if worker.is_cancelled:
                return
        by_abspath = {os.path.abspath(e.path): e.path for e in entries if not e.error}
        try:
            hits = search(query, limit=max(len(entries), 1), within=list(by_abspath))
        except (OSError, ValueError):
            hits = None
        if hits is None:
            paths = _search_fallback(query, entries)
        else:
            paths = {by_abspath[h.path] for h in hits if h.path in by_abspath}
        if not worker.is_cancelled:
            self.post_message(self.LibrarySearched(query, paths))

    def on_reader_screen_library_searched(  # type: ignore[misc]
        self: ReaderScreen, event: ReaderScreen.LibrarySearched
    ) -> None:
        """Narrow the library list to the documents that matched."""
        if event.query != self.search.query:
            return
        self.search.library_paths = event.paths
        self.library.restrict(event.paths, f"“{event.query}”")
        self.refresh_bindings()

    def clear_search(self: ReaderScreen) -> None:  # type: ignore[misc]
        """Forget the search: no highlights, the whole library again."""
        self.workers.cancel_group(self, "search")
        self.search = SearchState()
        self.library.restrict(None)
        self.show_panes()
        self.update_title()
        self.refresh_bindings()

    def goto_match(self: ReaderScreen, position: int) -> None:  # type: ignore[misc]
        """Focus the pane of match ``position`` and highlight its item."""
        from tui.widgets.pane import ItemPane

        matches = self.search.matches
        self.search.position = position
        name, index = matches[position]
        self.action_show_pane(name)
        pane = self.pane(name)
        if isinstance(pane, ItemPane):
            pane.highlighted = index
        self.update_title()

    def _step_match(self: ReaderScreen, step: int) -> None:  # type: ignore[misc]
        matches = self.search.matches
        pos = self.search.position
        target = (0 if step > 0 else len(matches) - 1) if pos is None else pos + step
        if matches and 0 <= target < len(matches):
            self.goto_match(target)
            return
        entry = self._match_neighbour(step)
        if entry is not None:

            def land() -> None:
                if self.search.matches:
                    self.goto_match(0 if step > 0 else len(self.search.matches) - 1)

            self.open_entry(entry, then=land)
        elif matches:
            self.goto_match(0 if step > 0 else len(matches) - 1)
            self.notify("Search wrapped around.", markup=False)
        else:
            self.notify(f"No matches for “{self.search.query}”.", severity="warning", markup=False)

    def _match_neighbour(self: ReaderScreen, step: int) -> Entry | None:  # type: ignore[misc]
        paths = self.search.library_paths or set()
        rows = [e for e in self.library.shown_rows if e.path in paths or e.path == self.open_path]
        index = next((i for i, e in enumerate(rows) if e.path == self.open_path), None)
        if index is None:
            return rows[0] if rows and rows[0].path in paths else None
        target = index + step
        if 0 <= target < len(rows) and rows[target].path in paths:
            return rows[target]
        return None

    def action_next_match(self: ReaderScreen) -> None:  # type: ignore[misc]
        """The next match (on into the next briefing that has one)."""
        self._step_match(1)

    def action_previous_match(self: ReaderScreen) -> None:  # type: ignore[misc]
        """The previous match (back into the previous briefing that has one)."""
        self._step_match(-1)
