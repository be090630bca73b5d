"""The Textual-free core: document model, loader, parsers, extractor, library and stores.

The pipeline, one subpackage a stage: ``load`` (bytes to text, the format registry) →
``parse`` (text to a Briefing) → ``extract`` (quotes, speakers, facts, people) → ``library``
(discover, digest, index, search) → ``stores`` (bookmarks, config). The document itself is
``model``, ``ids``, ``serialize`` and ``errors`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.errors import BriefingError
    from tui.core.load.loader import load_briefing
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
# Imported on first use, so that ``import tui.core.stores.config`` (the app's first frame)
# does not load the parsers and the model.
__getattr__ = lazy_exports(
    __name__,
    {
        "BriefingError": "errors",
        "load_briefing": "load.loader",
        **{name: "model" for name in __all__ if name not in ("BriefingError", "load_briefing")},
    },
)
