"""Checking ``config.toml``'s ``[keys]`` before the app uses them.

An override is kept only if its binding id exists, every key in it is a key name Textual
knows, and none of its keys is already the key of another binding that is active at the
same time (its own group, or an app-wide one). Anything else keeps that binding's default
key and is reported in one line, so ``toggle-bookmark = "q"`` can never take ``q`` away
from quitting without a word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.app import App
from textual.binding import Binding, BindingType
from textual.keys import KEY_ALIASES, Keys, key_to_character

__all__ = ["check_keymap"]

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_NAMED = frozenset(k.value.rpartition("+")[2] for k in Keys) | frozenset(KEY_ALIASES)
#: The group whose keys work everywhere, so they conflict with every other group's.
ANYWHERE = "anywhere"
#: Groups (as the help screen names them) whose keys are live at the same time: the reader
#: screen's own keys with those of its panes and its library list.
TOGETHER = frozenset({frozenset({"reader", "in a pane"}), frozenset({"reader", "library list"})})


def _together(a: str, b: str) -> bool:
    return a == b or ANYWHERE in (a, b) or frozenset({a, b}) in TOGETHER


def _valid_key(key: str) -> bool:
    """Whether ``key`` (``m``, ``ctrl+q``, ``question_mark``, ``f5``) is a key name."""
    *mods, base = key.split("+")
    if not base or any(m not in _MODIFIERS for m in mods):
        return False
    return len(base) == 1 or base in _NAMED or key_to_character(base) is not None


def _keys(spec: str) -> list[str]:
    """The normalised keys of a key string (``"?,h"`` → ``["question_mark", "h"]``)."""
    normal = App._normalize_keymap({"_": spec})["_"]
    return [k.strip() for k in normal.split(",") if k.strip()]


def check_keymap(
    keys: Mapping[str, str], groups: Iterable[tuple[str, Iterable[BindingType]]]
) -> tuple[dict[str, str], list[str]]:
    """The overrides that can be used, and one line per override that cannot.

    Args:
        keys: binding id -> key string, as ``config.toml`` gives them.
        groups: (group name, bindings) for every place keys are bound; the group named
            ``ANYWHERE`` is active together with every other.
    """
    where: dict[str, str] = {}  # binding id -> its group
    slots: list[tuple[str, str, list[str]]] = []  # (group, id or action, default keys)
    for group, bindings in groups:
        for raw in bindings:
            if isinstance(raw, Binding):
                name = raw.id or raw.action
                if raw.id:
                    where.setdefault(raw.id, group)
                slots.append((group, name, _keys(raw.key)))
    problems: list[str] = []
    accepted: dict[str, list[str]] = {}
    for binding_id, spec in keys.items():
        if binding_id not in where:
            problems.append(f"unknown binding id {binding_id!r}")
            continue
        bad = [k for k in spec.split(",") if not _valid_key(k.strip())]
        if bad:
            problems.append(f"{binding_id!r}: {bad[0].strip()!r} is not a key name")
            continue
        accepted[binding_id] = _keys(spec)

    def effective(name: str, default: list[str]) -> list[str]:
        return accepted.get(name, default)

    usable: dict[str, str] = {}
    for binding_id, new_keys in list(accepted.items()):
        group = where[binding_id]
        clash = next(
            (
                (key, other)
                for other_group, other, default in slots
                if other != binding_id and _together(group, other_group)
                for key in effective(other, default)
                if key in new_keys
            ),
            None,
        )
        if clash is not None:
            key, other = clash
            problems.append(f"{binding_id!r}: {key!r} is already the key of {other!r}")
            del accepted[binding_id]  # (its default counts for the overrides after it)
            continue
        usable[binding_id] = keys[binding_id]
    return usable, problems
