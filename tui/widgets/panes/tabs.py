"""The pane tabs of the narrow layout, one per row of the pane table."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Tab, Tabs

from tui.widgets.panes.table import PaneSpec


class PaneTabs(Tabs, can_focus=False):
    """Tabs for the panes: clicked, never focused (keys move between the panes)."""

    def __init__(self, table: Sequence[PaneSpec], *, id: str | None = None) -> None:
        super().__init__(
            *(Tab(f"{spec.key} {spec.label}", id=f"tab-{spec.name}") for spec in table), id=id
        )
