"""Extraction from paragraphs: quotes with their speakers, facts and people, behind one Extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.extract.extractor import Extractor
    from tui.core.extract.facts import find_facts
    from tui.core.extract.quotes import find_quotes

__all__ = [
    "Extractor",
    "find_facts",
    "find_quotes",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "Extractor": "extractor",
        "find_quotes": "quotes",
        "find_facts": "facts",
    },
)
