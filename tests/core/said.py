"""What the extractor makes of a few paragraphs, for the speaker tests."""

from __future__ import annotations

from tui.core.extract import Extractor


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quote's first words and its speaker."""
    return said_in(None, *paragraphs)


def said_in(lang: str | None, *paragraphs: str) -> list[tuple[str, str | None]]:
    """The same, for paragraphs in ``lang``."""
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in ex.quotes]


def speakers_in(lang: str | None, *paragraphs: str) -> list[str | None]:
    """Each quote's speaker, for paragraphs in ``lang``."""
    return [speaker for _, speaker in said_in(lang, *paragraphs)]
