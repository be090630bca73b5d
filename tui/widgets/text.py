"""Turning document text (data, never markup) into safe Rich ``Text`` with search highlights."""

from __future__ import annotations

import re

from rich.text import Text

from tui.core.clean import clean, clean_line

# ``clean`` is the core's one text cleaner, offered here beside the Rich helpers built on it.
__all__ = [
    "MATCH_STYLE",
    "clean",
    "clean_line",
    "contains",
    "dateline",
    "highlight",
    "safe",
    "title_parts",
]

MATCH_STYLE = "reverse"


def dateline(item: object) -> str:
    """``Place · YYYY-MM-DD`` of a briefing or a library entry, with whatever is known."""
    place, date = getattr(item, "place", None), getattr(item, "date", None)
    parts = [place, date.isoformat() if date else None]
    return " · ".join(p for p in parts if p) or "no place or date found"


def title_parts(item: object) -> tuple[Text, Text]:
    """The reader's title line for a briefing or a library entry: its title, and its place,
    date and (when not English) language.

    Each one line whatever the document holds: a line break or tab in a title or place
    (JSON and TOML documents can have them) is a space.
    """
    title = Text(clean_line(getattr(item, "title", "") or ""), style="bold")
    tail = clean_line(dateline(item))
    lang = getattr(item, "lang", None)
    if lang and lang != "en":  # English is what a reader assumes; others are said
        from tui.core.parse.language import language_name

        tail += f" · {language_name(lang)}"
    return title, Text(tail, style="dim")


def safe(text: str | None, style: str = "") -> Text:
    """A ``Text`` holding ``text`` literally: no markup, no escape sequences."""
    return Text(clean(text or ""), style=style)


def highlight(text: Text, query: str | None, style: str = MATCH_STYLE) -> Text:
    """Mark every case-insensitive occurrence of ``query`` in ``text`` (in place; returns it)."""
    if query:
        text.highlight_regex(re.compile(re.escape(query), re.IGNORECASE), style=style)
    return text


def highlight_within(
    text: Text, query: str | None, start: int, end: int | None = None, style: str = MATCH_STYLE
) -> Text:
    """Mark ``query`` in ``text[start:end]`` only (the rest is not the document's words)."""
    if query:
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        stop = len(text.plain) if end is None else end
        for match in pattern.finditer(text.plain, start, stop):
            text.stylize(style, match.start(), match.end())
    return text


def contains(haystack: str | None, query: str) -> bool:
    """Whether ``haystack`` contains ``query``, ignoring case."""
    if not haystack:
        return False
    return query.casefold() in haystack.casefold()
