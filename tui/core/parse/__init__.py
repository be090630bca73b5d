"""Parsing decoded text into a Briefing: plain text, Markdown, TOML/JSON, and their building blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.parse.dates import as_date, first_date, parse_date
    from tui.core.parse.markdown import parse_markdown
    from tui.core.parse.structured import parse_json, parse_toml
    from tui.core.parse.text import parse_text

__all__ = [
    "as_date",
    "first_date",
    "parse_date",
    "parse_json",
    "parse_markdown",
    "parse_text",
    "parse_toml",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "parse_text": "text",
        "parse_markdown": "markdown",
        "parse_json": "structured",
        "parse_toml": "structured",
        "as_date": "dates",
        "first_date": "dates",
        "parse_date": "dates",
    },
)
