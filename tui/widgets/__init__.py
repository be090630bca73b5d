"""Widgets: the library list, the search bar and the reader panes (each imported when first used)."""

from __future__ import annotations

from typing import Any

__all__ = [
    "AreasPane",
    "BriefingPanes",
    "CommentsPane",
    "FilterBox",
    "LibraryList",
    "LibraryView",
    "PaneTabs",
    "QuotesPane",
    "SummaryPane",
]

_HOMES = {
    "AreasPane": "tui.widgets.panes.areas",
    "BriefingPanes": "tui.widgets.panes.container",
    "CommentsPane": "tui.widgets.panes.comments",
    "FilterBox": "tui.widgets.filter_box",
    "LibraryList": "tui.widgets.library_list",
    "LibraryView": "tui.widgets.library_list",
    "PaneTabs": "tui.widgets.panes.tabs",
    "QuotesPane": "tui.widgets.panes.quotes",
    "SummaryPane": "tui.widgets.panes.summary",
}


def __getattr__(name: str) -> Any:
    """Import a widget on first use: the first frame needs only the library list."""
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
