"""Structured briefings: TOML and JSON documents with the contract's fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.model import Briefing, Format

__all__ = ["parse_json", "parse_toml"]


def parse_toml(text: str, *, origin: str, extract: bool = True) -> Briefing:
    """A TOML briefing (``extract`` is ignored: its quotes and facts are given)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BriefingError(origin, f"invalid TOML: {exc}") from exc
    except RecursionError as exc:
        raise BriefingError(origin, "invalid TOML: nested too deeply") from exc
    return _from_mapping(data, origin=origin, fmt="toml")


def parse_json(text: str, *, origin: str, extract: bool = True) -> Briefing:
    """A JSON briefing: exactly the ``briefing parse --json`` object."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingError(origin, f"invalid JSON: {exc}") from exc
    except RecursionError as exc:
        raise BriefingError(origin, "invalid JSON: nested too deeply") from exc
    if not isinstance(data, dict):
        raise BriefingError(origin, f"a JSON briefing must be an object, not {type(data).__name__}")
    return _from_mapping(data, origin=origin, fmt="json")


def _from_mapping(data: dict[str, Any], *, origin: str, fmt: Format) -> Briefing:
    """``serialize.from_mapping``, with nesting too deep to walk refused like bad syntax."""
    from tui.core.serialize import from_mapping

    try:
        return from_mapping(data, origin=origin, fmt=fmt)
    except RecursionError as exc:
        raise BriefingError(origin, f"invalid {fmt.upper()}: nested too deeply") from exc
