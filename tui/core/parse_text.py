"""Plain-text briefings: everything is inferred (placeholder until the real parser lands)."""

from __future__ import annotations

from tui.core.ids import briefing_id
from tui.core.model import Briefing, Section


def parse_text(source: str, *, origin: str) -> Briefing:
    """Parse a plain-text briefing."""
    lines = [ln.strip() for ln in source.splitlines() if ln.strip()]
    title = lines[0] if lines else origin
    body = lines[1:]
    return Briefing(
        id=briefing_id(title, None, None),
        source=origin,
        format="text",
        title=title,
        summary=body[0] if body else "",
        sections=(Section(None, tuple(body)),),
        body=source,
    )
