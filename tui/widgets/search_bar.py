"""The in-briefing search: a box for the text, where it matched, and which match is current.

The bar keeps the search's state and posts what the user asked for; the screen shows the
matches (it feeds them back with :meth:`SearchBar.set_matches`) and searches the library.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.message import Message
from textual.widgets import Input


class SearchState:
    """The search text, where it matched in the open briefing, and which match is current."""

    def __init__(self, query: str = "") -> None:
        self.query = query
        #: ``(pane, item index)`` of every match in the open briefing.
        self.matches: list[tuple[str, int]] = []
        self.position: int | None = None
        #: The library documents containing the text (None: not known yet).
        self.library_paths: set[str] | None = None


class SearchBar(Input):
    """``/`` opens it; enter searches; ``n``/``N`` step through the matches."""

    @dataclass
    class Searched(Message):
        """A new search text (``""``: the search was cleared)."""

        query: str

    @dataclass
    class MatchChosen(Message):
        """Show match ``position``: item ``index`` of pane ``pane``."""

        pane: str
        index: int

    @dataclass
    class PastTheEnd(Message):
        """No match left this way (``step``: +1 next, -1 previous) in this briefing."""

        step: int

    @dataclass
    class Closed(Message):
        """The box was closed without a new search."""

    def __init__(self) -> None:
        super().__init__(placeholder="search this briefing and the library", id="search")
        self.display = False
        self.state = SearchState()

    def open(self) -> None:
        """Show the box with the current text, ready to type."""
        self.display = True
        self.value = self.state.query
        # Now, not after the message queue: the letters typed right after ``/`` land here.
        self.screen.set_focus(self)

    def close(self) -> bool:
        """Hide the box; whether it was open."""
        shown = bool(self.display)
        self.display = False
        return shown

    def forget(self) -> None:
        """Forget the search (the screen then clears its highlights)."""
        self.state = SearchState()
        self.post_message(self.Searched(""))

    def set_matches(self, matches: list[tuple[str, int]]) -> None:
        """Where the text is in the briefing now shown (no current match yet)."""
        self.state.matches, self.state.position = matches, None

    def goto(self, position: int) -> None:
        """Make match ``position`` current."""
        self.state.position = position
        pane, index = self.state.matches[position]
        self.post_message(self.MatchChosen(pane, index))

    def goto_end(self, step: int) -> bool:
        """The first match (``step`` > 0) or the last; whether there is one."""
        matches = self.state.matches
        if not matches:
            return False
        self.goto(0 if step > 0 else len(matches) - 1)
        return True

    def step(self, step: int) -> None:
        """The next (``step`` = 1) or previous (-1) match, or say there is none this way."""
        matches, pos = self.state.matches, self.state.position
        target = (0 if step > 0 else len(matches) - 1) if pos is None else pos + step
        if matches and 0 <= target < len(matches):
            self.goto(target)
        else:
            self.post_message(self.PastTheEnd(step))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        query = event.value.strip()
        if not query:
            self.forget()
            self.post_message(self.Closed())
            return
        self.state = SearchState(query)
        self.post_message(self.Searched(query))
