"""A stand-in for the Extractor that records what the structure parser feeds it, in order."""

from __future__ import annotations

from typing import ClassVar


class ExtractorSpy:
    """Patch it over ``tui.core.extract.extractor.Extractor``; ``ExtractorSpy.fed`` is the feed log."""

    fed: ClassVar[list[tuple[str | None, ...]]] = []

    def __init__(self, lang: str | None = None) -> None:
        ExtractorSpy.fed = []

    def feed(self, text: str) -> None:
        """Record a paragraph."""
        ExtractorSpy.fed.append(("feed", text))

    def feed_title(self, title: str) -> None:
        """Not recorded: the title is read for its names only."""

    def feed_block_quote(
        self, text: str, speaker: str | None, role: str | None, context: str | None = None
    ) -> None:
        """Record a block quote with its given speaker and role."""
        ExtractorSpy.fed.append(("block", text, speaker, role))

    quotes = facts = people = ()
