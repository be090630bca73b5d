"""The pane tabs of the narrow layout."""

from __future__ import annotations

from textual.widgets import Tab, Tabs


class PaneTabs(Tabs, can_focus=False):
    """Tabs for the four panes: clicked, never focused (keys move between the panes)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            Tab("1 Summary", id="tab-summary"),
            Tab("2 Areas", id="tab-areas"),
            Tab("3 Quotes", id="tab-quotes"),
            Tab("4 Comments", id="tab-comments"),
            id=id,
        )
