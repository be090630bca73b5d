"""Loading a document: read bytes, decode, pick a parser from the format registry, the quick head read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.load.guard import PARSE_SECONDS, Cancelled, load_entries_guarded, load_guarded
    from tui.core.load.head import HEAD_CHARS
    from tui.core.load.loader import document_head, load_briefing, load_entries
    from tui.core.load.read import MAX_BYTES, decode, read_bytes
    from tui.core.load.registry import (
        FORMATS,
        LIBRARY_SUFFIXES,
        FormatSpec,
        entry_locator,
        format_for,
        parse_source,
        spec_for,
        split_locator,
    )

__all__ = [
    "FORMATS",
    "HEAD_CHARS",
    "LIBRARY_SUFFIXES",
    "MAX_BYTES",
    "PARSE_SECONDS",
    "Cancelled",
    "FormatSpec",
    "decode",
    "document_head",
    "entry_locator",
    "format_for",
    "load_briefing",
    "load_entries",
    "load_entries_guarded",
    "load_guarded",
    "parse_source",
    "read_bytes",
    "spec_for",
    "split_locator",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "document_head": "loader",
        "load_briefing": "loader",
        "load_entries": "loader",
        "Cancelled": "guard",
        "PARSE_SECONDS": "guard",
        "load_guarded": "guard",
        "load_entries_guarded": "guard",
        "MAX_BYTES": "read",
        "decode": "read",
        "read_bytes": "read",
        "FORMATS": "registry",
        "LIBRARY_SUFFIXES": "registry",
        "FormatSpec": "registry",
        "format_for": "registry",
        "parse_source": "registry",
        "spec_for": "registry",
        "entry_locator": "registry",
        "split_locator": "registry",
        "HEAD_CHARS": "head",
    },
)
