"""What the extractor makes of a few paragraphs, for the speaker tests."""

from __future__ import annotations

from tui.core.extract import Extractor


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quote's first words and its speaker."""
    ex = Extractor()
    for p in paragraphs:
        ex.feed(p)
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in ex.quotes]
