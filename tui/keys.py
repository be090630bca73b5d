"""Keys as the user has them: a binding's keys with ``config.toml``'s ``[keys]`` applied."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding, BindingType


def bound_keys(app: App[object], binding: Binding) -> list[str]:
    """The keys that trigger ``binding`` now (the keymap's override, else its own)."""
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
