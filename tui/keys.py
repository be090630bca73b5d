"""The app-wide keys, kept apart from the app so the help screen and the palette can list
them without importing the app (which imports them)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP_BINDINGS: list[BindingType] = [
    Binding("q", "quit", "Quit", tooltip="Quit briefing", id="quit"),
    Binding("question_mark", "help", "Help", tooltip="Show every key", id="help"),
    Binding("t", "cycle_theme", "Theme", tooltip="Switch to the next theme", id="theme"),
]

__all__ = ["APP_BINDINGS"]
