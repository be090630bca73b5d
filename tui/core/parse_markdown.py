"""Markdown briefings (placeholder until the real parser lands)."""

from __future__ import annotations

from dataclasses import replace

from tui.core.model import Briefing
from tui.core.parse_text import parse_text


def parse_markdown(source: str, *, origin: str) -> Briefing:
    """Parse a Markdown briefing."""
    return replace(parse_text(source.lstrip("#+ \n"), origin=origin), format="markdown")
