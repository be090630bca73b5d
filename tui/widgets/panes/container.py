"""The open briefing's panes, built from the pane table: tabs when narrow, a grid when wide."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Container
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Tabs

from tui.widgets.panes.base import BriefingPane, PaneFocused
from tui.widgets.panes.table import PANES, PaneSpec, pane_for_kind
from tui.widgets.panes.tabs import PaneTabs

if TYPE_CHECKING:
    from tui.core.model import Briefing


class BriefingPanes(Container):
    """Every pane of the table, fed with one call (:meth:`show`); one of them is current."""

    #: The current pane (the only one shown when narrow).
    current: reactive[str] = reactive("", init=False)

    class Changed(Message):
        """The current pane changed (by a key, a click or a tab)."""

        def __init__(self, panes: BriefingPanes, name: str) -> None:
            super().__init__()
            self.panes, self.name = panes, name

    def __init__(self, table: Sequence[PaneSpec] = PANES, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.table = tuple(table)
        self.names = tuple(spec.name for spec in self.table)
        self.set_reactive(BriefingPanes.current, self.names[0])

    def compose(self) -> ComposeResult:
        """The tabs above a box of panes (the stylesheet shows one or the other layout)."""
        yield PaneTabs(self.table, id="pane-tabs")
        with Container(id="panes"):
            for spec in self.table:
                yield spec.widget_class()(spec)

    def on_mount(self) -> None:
        """Mark the first pane current."""
        self.watch_current(self.current)

    def pane(self, name: str | None = None) -> BriefingPane:
        """The pane called ``name`` (default: the current one)."""
        return self.query_one(f"#{name or self.current}", BriefingPane)

    def panes(self) -> list[BriefingPane]:
        """Every pane, in table order."""
        return [self.pane(name) for name in self.names]

    def show(
        self, briefing: Briefing | None, query: str | None, bookmarked: frozenset[str]
    ) -> None:
        """Give every pane the briefing, the search text and the bookmarked target ids."""
        for pane in self.panes():
            pane.show(briefing, query, bookmarked)

    def focus_pane(self, name: str | None = None) -> BriefingPane:
        """Make ``name`` current and focus it now (keys that follow go to it)."""
        name = name or self.current
        self.current = name
        pane = self.pane(name)
        # Not ``pane.focus()``: that waits for the message queue, so a key typed right
        # after this one (``3 j``) would still go to the widget focused before.
        self.screen.set_focus(pane)
        return pane

    def step(self, name: str | None, step: int) -> str | None:
        """The pane ``step`` places after ``name`` (None: off either end of the table)."""
        if name not in self.names:
            return self.names[0] if step > 0 else self.names[-1]
        index = self.names.index(name) + step
        return self.names[index] if 0 <= index < len(self.names) else None

    def matches(self, query: str) -> list[tuple[str, int]]:
        """``(pane, item index)`` for every match of ``query``, pane by pane in table order."""
        return [(name, i) for name in self.names for i in self.pane(name).match_indexes(query)]

    def target(self) -> tuple[str, object | None]:
        """``(kind, item)`` that ``b`` acts on: the current pane's highlighted item."""
        pane = self.pane()
        return pane.spec.kind, pane.current_item

    def reveal(self, kind: str, target_id: str | None = None) -> None:
        """Focus the pane listing bookmarks of ``kind`` and highlight ``target_id`` in it."""
        self.focus_pane(pane_for_kind(kind, self.table)).reveal(target_id=target_id)

    def goto(self, name: str, index: int) -> None:
        """Focus pane ``name`` and highlight its item ``index``."""
        self.focus_pane(name).reveal(index=index)

    def watch_current(self, name: str) -> None:
        """Mark the current pane and its tab."""
        for other in self.names:
            self.pane(other).set_class(other == name, "-active")
        tabs = self.query_one(PaneTabs)
        if tabs.active != f"tab-{name}":
            tabs.active = f"tab-{name}"
        self.post_message(self.Changed(self, name))

    @on(PaneFocused)
    def _pane_focused(self, event: PaneFocused) -> None:
        """A pane got focus (keys or a click): it is the current pane now."""
        if event.pane.id in self.names:
            self.current = event.pane.spec.name

    @on(Tabs.TabActivated, "#pane-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        """A tab was clicked: show its pane."""
        event.stop()
        name = (event.tab.id or "").removeprefix("tab-")
        if name in self.names and name != self.current:
            self.focus_pane(name)


__all__ = ["BriefingPanes"]
