"""Quote search across the library: words plus ``speaker:``, ``since:``, ``until:``, ``place:``."""

from __future__ import annotations

import datetime as dt
import re
import shlex
from dataclasses import dataclass, field

from tui.core.fold import find_spans
from tui.core.library.quotebook import QuoteBook, QuoteRow
from tui.core.library.speakers import People

__all__ = ["QuoteHit", "QuoteQuery", "parse_quote_query", "search_quotes"]

_FILTER = re.compile(r"^(speaker|since|until|place):(.*)$", re.I)


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    """What a quote search asks: words that must all appear, and optional filters."""

    words: tuple[str, ...] = ()
    speaker: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    problems: tuple[str, ...] = field(default=())


def _day(text: str, *, end: bool) -> dt.date | None:
    """``2026``, ``2026-03`` or ``2026-03-14`` as a day (the last day of a span when ``end``)."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            year, month = (int(x) for x in text.split("-"))
            first = dt.date(year, month, 1)
            if not end:
                return first
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_quote_query(
    text: str,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
) -> QuoteQuery:
    """Read what the user typed; keyword arguments (the CLI's options) win over filters."""
    try:
        parts = shlex.split(text)
    except ValueError:  # an unclosed quotation mark: take the words as they stand
        parts = text.split()
    words: list[str] = []
    found: dict[str, str] = {}
    for part in parts:
        m = _FILTER.match(part)
        if m and m.group(2):
            found[m.group(1).lower()] = m.group(2)
        else:
            words.append(part)
    given = {"speaker": speaker, "since": since, "until": until, "place": place}
    found.update({k: v for k, v in given.items() if v})
    problems = []
    days: dict[str, dt.date | None] = {}
    for name in ("since", "until"):
        days[name] = None
        if name in found:
            days[name] = _day(found[name], end=name == "until")
            if days[name] is None:
                problems.append(
                    f"{name}: {found[name]!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                )
    return QuoteQuery(
        words=tuple(words),
        speaker=found.get("speaker"),
        since=days["since"],
        until=days["until"],
        place=found.get("place"),
        problems=tuple(problems),
    )


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """A quote found: the row, who said it (a person key or None) and the matched spans."""

    row: QuoteRow
    person: str | None
    spans: tuple[tuple[int, int], ...]


def search_quotes(
    book: QuoteBook,
    people: People,
    query: QuoteQuery,
    *,
    within: list[str] | None = None,
    limit: int | None = None,
) -> list[QuoteHit]:
    """The quotes matching ``query``, newest first, with the matched words' spans."""
    persons = people.keys_matching(query.speaker) if query.speaker else None
    rows = book.quotes(
        within,
        words=query.words,
        since=query.since,
        until=query.until,
        place=query.place,
        persons=persons,
    )
    if limit is not None:
        rows = rows[:limit]
    return [QuoteHit(r, r.person, tuple(find_spans(r.text, list(query.words)))) for r in rows]
