"""The Textual-free core: document model, parsers, serialisers, library and stores."""

from __future__ import annotations

from typing import Any

__all__ = [
    "Area",
    "Briefing",
    "BriefingError",
    "Comment",
    "Fact",
    "Person",
    "Quote",
    "Section",
    "load_briefing",
]

# Imported on first use, so that ``import tui.core.config`` (the app's first frame) does
# not load the parsers and the model.
_HOMES = {
    "BriefingError": "tui.core.errors",
    "load_briefing": "tui.core.formats",
    **{
        name: "tui.core.model" for name in __all__ if name not in ("BriefingError", "load_briefing")
    },
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
