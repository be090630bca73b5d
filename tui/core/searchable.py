"""What a search looks at in a briefing, defined once: the open briefing's ``/`` (pane by
pane) and the library index (column by column) both read :func:`searchable`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import Area, Briefing, Comment, Quote


@dataclass(frozen=True, slots=True)
class Searchable:
    """A briefing's searchable text, one string per thing a reader pane shows."""

    #: The Summary pane: the title, then place, lead, each fact and each person.
    title: str
    summary: tuple[str, ...]
    #: One string per area, quote and comment (the pane's items, in order).
    areas: tuple[str, ...]
    quotes: tuple[str, ...]
    comments: tuple[str, ...]
    #: Headings and paragraphs: the full text, which holds every quoted sentence.
    body: tuple[str, ...]


def area_text(area: Area) -> str:
    """An area's searchable text: name, short form and description."""
    return " ".join(filter(None, [area.name, area.short, area.text]))


def quote_text(quote: Quote) -> str:
    """A quote's searchable text: its words, speaker, role and sentence."""
    return " ".join(filter(None, [quote.text, quote.speaker, quote.role, quote.context]))


def comment_text(comment: Comment) -> str:
    """A comment's searchable text: author and words."""
    return " ".join(filter(None, [comment.author, comment.text]))


def summary_parts(doc: Briefing) -> tuple[str, ...]:
    """The Summary pane's searchable strings besides the title: place, lead, facts, people."""
    parts = [doc.place or "", doc.summary]
    parts += [f.text for f in doc.facts]
    parts += [" ".join(filter(None, [p.name, p.role])) for p in doc.people]
    return tuple(p for p in parts if p)


def searchable(doc: Briefing) -> Searchable:
    """Everything a search finds in ``doc``, grouped as the reader's panes show it."""
    return Searchable(
        title=doc.title,
        summary=summary_parts(doc),
        areas=tuple(area_text(a) for a in doc.areas),
        quotes=tuple(quote_text(q) for q in doc.quotes),
        comments=tuple(comment_text(c) for c in doc.comments),
        body=tuple(p for s in doc.sections for p in (s.heading or "", *s.paragraphs) if p),
    )


def contains(text: str, query: str) -> bool:
    """Whether ``text`` contains ``query``, ignoring case (how ``/`` matches)."""
    return query.casefold() in text.casefold()


__all__ = [
    "Searchable",
    "area_text",
    "comment_text",
    "contains",
    "quote_text",
    "searchable",
    "summary_parts",
]
