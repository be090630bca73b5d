"""Widgets: the library list and the four reader panes (each imported when first used)."""

from __future__ import annotations

from typing import Any

__all__ = [
    "AreasPane",
    "CommentsPane",
    "FilterBox",
    "LibraryList",
    "LibraryView",
    "PaneTabs",
    "QuotesPane",
    "SummaryPane",
]

_HOMES = {
    "AreasPane": "tui.widgets.areas_pane",
    "CommentsPane": "tui.widgets.comments_pane",
    "FilterBox": "tui.widgets.filter_box",
    "LibraryList": "tui.widgets.library_list",
    "LibraryView": "tui.widgets.library_list",
    "PaneTabs": "tui.widgets.pane_tabs",
    "QuotesPane": "tui.widgets.quotes_pane",
    "SummaryPane": "tui.widgets.summary_pane",
}


def __getattr__(name: str) -> Any:
    """Import a widget on first use: the first frame needs only the library list."""
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
