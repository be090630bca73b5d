"""The quote book's rows: a quote with where it stands, and a briefing for the timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["DocRow", "QuoteRow"]


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote and where it stands: its briefing's path, id, title, date and place."""

    path: str
    briefing_id: str
    title: str
    date: dt.date | None
    place: str | None
    quote_id: str
    text: str
    speaker: str | None
    role: str | None
    context: str
    #: The key of the person the speaker was merged into (see ``speakers``), once grouped.
    person: str | None = None


@dataclass(frozen=True, slots=True)
class DocRow:
    """One briefing the quote book knows: for the timeline."""

    path: str
    title: str
    date: dt.date | None
    place: str | None
