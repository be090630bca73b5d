"""Screens: the reader, help, bookmarks and small dialogs (imported when first used)."""

from __future__ import annotations

from typing import Any

__all__ = ["ArticleScreen", "HelpScreen", "ReaderScreen"]

_HOMES = {
    "ArticleScreen": "tui.screens.article",
    "HelpScreen": "tui.screens.help",
    "ReaderScreen": "tui.screens.reader",
}


def __getattr__(name: str) -> Any:
    """Import a screen on first use, so starting the reader loads only the reader."""
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
