"""Keys: the app-wide bindings, and a binding's keys as the user has them.

The app-wide keys are kept apart from the app so the help screen and the palette can list
them without importing the app (which imports them). The helpers apply ``config.toml``'s
``[keys]`` (the app's keymap) to a binding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.app import App

APP_BINDINGS: list[BindingType] = [
    Binding("q", "quit", "Quit", tooltip="Quit briefing", id="quit"),
    Binding("question_mark", "help", "Help", tooltip="Show every key", id="help"),
    # Not in the footer, which must fit 80 columns; ? and the palette list it.
    Binding(
        "t", "cycle_theme", "Theme", show=False, tooltip="Switch to the next theme", id="theme"
    ),
]


def bound_keys(app: App[object], binding: Binding) -> list[str]:
    """The keys that trigger ``binding`` now (the keymap's override, else its own)."""
    # The keymap is set with ``App.set_keymap``; Textual offers no public way to read it.
    keymap: dict[str, str] = getattr(app, "_keymap", {})
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


def key_display(app: App[object], binding: Binding, *, first: bool = False) -> str:
    """How the footer would write ``binding``'s keys (``^s``, ``esc``); ``first``: one only."""
    keys = bound_keys(app, binding)
    if first:
        keys = keys[:1]
    return " ".join(app.get_key_display(Binding(k, "")) for k in keys)


def key_for(app: App[object], bindings: list[BindingType], binding_id: str) -> str:
    """The first key of the binding called ``binding_id`` among ``bindings`` ("" if none)."""
    for binding in bindings:
        if isinstance(binding, Binding) and binding.id == binding_id:
            return key_display(app, binding, first=True)
    return ""


__all__ = ["APP_BINDINGS", "bound_keys", "key_display", "key_for"]
