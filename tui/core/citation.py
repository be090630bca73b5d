"""What a reader copies: a quote, area, comment or briefing with where it comes from.

Also how a quote's words are shown: the comma that led into the attribution of
``"…," said X`` belongs to the sentence, not to the words, so it is dropped on screen and
in a citation (the parsed ``text`` keeps it, as the contract says).
"""

from __future__ import annotations

from tui.core.clean import clean
from tui.core.model import Area, Briefing, Comment, Quote

__all__ = ["citation", "spoken"]

#: Commas that hand a quote over to its attribution (ASCII, full-width, Arabic).
_LEAD_COMMAS = (",", "，", "،")


def spoken(text: str) -> str:
    """A quote's words as shown: without the comma that led into ``…," said X``."""
    words = text.rstrip()
    if words.endswith(_LEAD_COMMAS):
        return words[:-1].rstrip()
    return text


def _source(doc: Briefing) -> list[str]:
    """The briefing's title and date, for the end of a citation."""
    return [clean(doc.title), *([doc.date.isoformat()] if doc.date else [])]


def citation(doc: Briefing, item: Quote | Area | Comment | Briefing) -> str:
    """``item`` (of ``doc``) as one would paste it, with its attribution and source.

    A quote: ``"words" — Speaker, Role, Title, date``; an area: ``Name (Short): text —
    Title, date``; a comment: ``"text" — Author, comment on Title, date``; the briefing:
    its title, place and date, then its summary.
    """
    if isinstance(item, Quote):
        from tui.core.parse.language import citation_marks

        parts = [p for p in (item.speaker, item.role) if p]
        # In the document's language's marks (« … » for French, „…“ for German, 「…」).
        opening, closing = citation_marks(doc.lang)
        words = f"{opening}{clean(spoken(item.text))}{closing}"
        return f"{words} — " + ", ".join([*map(clean, parts), *_source(doc)])
    if isinstance(item, Area):
        short = f" ({clean(item.short)})" if item.short else ""
        return f"{clean(item.name)}{short}: {clean(item.text)} — " + ", ".join(_source(doc))
    if isinstance(item, Comment):
        source = ", ".join(_source(doc))
        return f'"{clean(item.text)}" — {clean(item.author)}, comment on {source}'
    where = ", ".join(p for p in (doc.place, doc.date.isoformat() if doc.date else None) if p)
    head = f"{clean(doc.title)} — {clean(where)}" if where else clean(doc.title)
    return f"{head}\n\n{clean(doc.summary)}" if doc.summary else head
