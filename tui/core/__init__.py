"""The Textual-free core: document model, parsers, serialisers, library and stores."""

from tui.core.errors import BriefingError
from tui.core.formats import load_briefing
from tui.core.model import Area, Briefing, Comment, Fact, Person, Quote, Section

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
