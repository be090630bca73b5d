"""The reader's panes: one table (``table.PANES``) drives their keys, tabs, grid and search order.

``BriefingPanes`` builds every pane of the table and is fed with one call; each pane is a
``BriefingPane`` (``ItemPane`` for a list of items). Names are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.widgets.panes.areas import AreasPane
    from tui.widgets.panes.base import BriefingPane, ItemPane, PaneFocused
    from tui.widgets.panes.comments import CommentsPane
    from tui.widgets.panes.container import BriefingPanes
    from tui.widgets.panes.quotes import QuotesPane
    from tui.widgets.panes.summary import SummaryPane
    from tui.widgets.panes.table import PANES, PaneSpec, pane_bindings, pane_for_kind
    from tui.widgets.panes.tabs import PaneTabs

__all__ = [
    "PANES",
    "AreasPane",
    "BriefingPane",
    "BriefingPanes",
    "CommentsPane",
    "ItemPane",
    "PaneFocused",
    "PaneSpec",
    "PaneTabs",
    "QuotesPane",
    "SummaryPane",
    "pane_bindings",
    "pane_for_kind",
]

_HOMES = {
    "PANES": "table",
    "AreasPane": "areas",
    "BriefingPane": "base",
    "BriefingPanes": "container",
    "CommentsPane": "comments",
    "ItemPane": "base",
    "PaneFocused": "base",
    "PaneSpec": "table",
    "PaneTabs": "tabs",
    "QuotesPane": "quotes",
    "SummaryPane": "summary",
    "pane_bindings": "table",
    "pane_for_kind": "table",
}


def __getattr__(name: str) -> Any:
    """Import a name on first use: the reader's first frame needs only the table."""
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f"tui.widgets.panes.{_HOMES[name]}"), name)
    raise AttributeError(name)
