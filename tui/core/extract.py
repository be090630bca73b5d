"""Quotes with their speakers, facts and people, mined from paragraphs in document order.

Placeholder API: the parsers call it; the real extraction replaces the internals.
"""

from __future__ import annotations

from tui.core.ids import IdMaker
from tui.core.model import Fact, Person, Quote


class Extractor:
    """Reads paragraphs in document order and collects quotes, facts and people.

    Feed every body paragraph and every area's text (not comments) in the order they stand
    in the document, so a pronoun or a surname resolves to the person named before it.
    """

    def __init__(self) -> None:
        self._quote_ids = IdMaker("q")
        self._quotes: list[Quote] = []
        self._facts: list[Fact] = []
        self._people: dict[str, Person] = {}

    def feed(self, text: str) -> None:
        """Read one paragraph (or an area's text): people named, quotes, facts."""

    def feed_block_quote(
        self, text: str, speaker: str | None, role: str | None, context: str | None = None
    ) -> None:
        """Record a quote whose speaker is given outright (a Markdown ``>`` block quote)."""
        self._quotes.append(Quote(self._quote_ids.make(text), text, speaker, role, context or text))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotes found so far, in document order."""
        return tuple(self._quotes)

    @property
    def facts(self) -> tuple[Fact, ...]:
        """The facts found so far, in document order."""
        return tuple(self._facts)

    @property
    def people(self) -> tuple[Person, ...]:
        """The people found so far, in order of first mention."""
        return tuple(self._people.values())
