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
    # Every other screen binds q to close itself: only the reader quits.
    Binding("q", "quit", "Quit", tooltip="Quit briefing", id="quit"),
    # f1 too: it reaches the keys from inside a text box, where ? is typed.
    Binding(
        "question_mark,f1",
        "help",
        "Help",
        tooltip="Show every key",
        id="help",
    ),
    # Not in the footer, which must fit 80 columns; ? and the palette list it.
    Binding(
        "t",
        "pick_theme",
        "Theme",
        show=False,
        tooltip="Choose a theme (shown as you move through the list)",
        id="theme",
    ),
]

#: Where ``j``/``k``/``g``/``G`` move in :func:`vi_keys` bindings (``action_move``'s parameter).
MOVES = ("down", "up", "top", "bottom")


def vi_keys(prefix: str, noun: str) -> list[BindingType]:
    """``j``/``k``/``g``/``G`` for a screen's list or scrolling view (ids ``PREFIX-down`` …).

    The screen implements ``action_move(where)`` (see :func:`tui.widgets.vi.move`).
    """
    return [
        Binding(
            key,
            f"move('{where}')",
            label,
            show=False,
            tooltip=f"{tip} {noun}",
            id=f"{prefix}-{where}",
        )
        for key, where, label, tip in (
            ("j", "down", "Down", "Next"),
            ("k", "up", "Up", "Previous"),
            ("g", "top", "Top", "First"),
            ("G", "bottom", "Bottom", "Last"),
        )
    ]


def close_keys(prefix: str, *, modal: bool = False) -> list[BindingType]:
    """``q`` closes a screen other than the reader (id ``PREFIX-quit``); it never quits.

    A modal screen cuts off the app's keys, so there ``?`` and ``f1`` (help) are bound too.
    The screen implements ``action_close_screen``.
    """
    keys: list[BindingType] = [
        Binding(
            "q",
            "close_screen",
            "Close",
            show=False,
            tooltip="Close this screen",
            id=f"{prefix}-quit",
        )
    ]
    if modal:
        keys.append(
            Binding(
                "question_mark,f1",
                "app.help",
                "Help",
                show=False,
                tooltip="Show every key",
                id=f"{prefix}-help",
            )
        )
    return keys


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


__all__ = [
    "APP_BINDINGS",
    "MOVES",
    "bound_keys",
    "close_keys",
    "key_display",
    "key_for",
    "vi_keys",
]
