"""Full dates as news copy writes them (``Monday, January 19, 2026``, ``19 Jan. 2026``, ISO)."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?:\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

# Every date starts with a digit or the first three letters of a weekday or a month: the
# look-ahead turns most positions away at once, before the alternatives are tried.
_DATE = re.compile(
    r"(?=\d|[mtwfsjaond][aeouhrcp][nedutibrylgpvc])(?:"
    + "|".join(
        (
            # January 19, 2026 · Jan. 19 2026 · January 19th, 2026 (optionally after a weekday)
            _WEEKDAY
            + _MONTH.format(g="m1")
            + r"\s+(?P<d1>\d{1,2})"
            + _ORD
            + r",?\s+(?P<y1>\d{4})\b",
            # 19 January 2026 · 19th of January, 2026 · Monday 19 Jan 2026
            _WEEKDAY
            + r"\b(?P<d2>\d{1,2})"
            + _ORD
            + r"(?:\s+|-)(?:of\s+)?"
            + _MONTH.format(g="m2")
            + r",?(?:\s+|-)(?P<y2>\d{4})\b",
            # 2026-01-19 · 2026/01/19
            r"\b(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})(?!\d)(?![-/.]\d)",
            # 19/01/2026 · 19.01.2026 · 01/19/2026 (only when unambiguous)
            r"\b(?<![-/.\d])(?P<a4>\d{1,2})(?P<s4>[/.])(?P<b4>\d{1,2})(?P=s4)(?P<y4>\d{4})\b(?![-/.]\d)",
        )
    )
    + ")",
    re.IGNORECASE,
)


# The digit comes before the look-behind so that the search can skip to digits (much faster).
_YEAR = re.compile(r"\d(?<!\d\d)\d{3}(?!\d)")
#: A month name as the big pattern reads it, with the character after it: a cheap test that
#: a year may be part of a written-out date.
_MONTH_NEAR = re.compile(
    r"(?=[jfmasond][aeopuc][nbrylgptvc])"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[.,\s-]",
    re.IGNORECASE,
)


def _make(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _month(name: str) -> int:
    """The number of a month name the date pattern matched (0 if it is none after all).

    The pattern ignores case the Unicode way, so "ſept" (long s) matches like "sept";
    ``casefold`` maps it back, and whatever still is not a month is no date.
    """
    return _MONTHS.get(name.lower()) or _MONTHS.get(name.casefold(), 0)


def _from_match(m: re.Match[str]) -> dt.date | None:
    if m.group("m1"):
        return _make(m.group("y1"), _month(m.group("m1")), m.group("d1"))
    if m.group("m2"):
        return _make(m.group("y2"), _month(m.group("m2")), m.group("d2"))
    if m.group("y3"):
        return _make(m.group("y3"), int(m.group("m3")), m.group("d3"))
    a, b = int(m.group("a4")), int(m.group("b4"))
    if a > 12 >= b:
        return _make(m.group("y4"), b, str(a))
    if b > 12 >= a:
        return _make(m.group("y4"), a, str(b))
    if a == b or m.group("s4") == ".":
        # 05.01.2026: dots are written day-first wherever they are used (Europe, Asia)
        return _make(m.group("y4"), b, str(a))
    return None  # 03/04/2026: day-month or month-day? Not a guess worth making.


def _may_be_dated(text: str, start: int, y0: int, y1: int) -> bool:
    """Can a date matched from ``start`` hold the year at ``y0:y1``? (False: surely not.)

    Only as the year of a numeric date (``2026-01-19``, ``19/01/2026``) or after a month
    name (``January 19, 2026``, ``19 Jan 2026``): the big pattern is costly, this is not.
    """
    if text[y1 : y1 + 1] in ("-", "/", ".") or (y0 and text[y0 - 1] in "/."):
        return True
    return _MONTH_NEAR.search(text, start, y0) is not None


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first full, valid date in ``text`` with its span, or ``None``.

    Every full date holds a four-digit year, so only a short window around each year is
    searched with the big pattern: fast on long paragraphs.
    """
    pos = 0
    while (year := _YEAR.search(text, pos)) is not None:  # (cheaper than finditer on short text)
        pos = year.end()
        start = max(0, year.start() - 40)
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # never cut a word or a day number in two
        if not _may_be_dated(text, start, year.start(), year.end()):
            continue
        for m in _DATE.finditer(text, start, min(len(text), year.end() + 8)):
            if m.start() > year.start():
                break
            if m.end() > year.start():
                value = _from_match(m)
                if value is not None:
                    return value, m.start(), m.end()
    return None


def first_date(text: str) -> dt.date | None:
    """The first full, valid date in ``text``, or ``None``."""
    found = find_date(text)
    return found[0] if found else None


def parse_date(text: str) -> dt.date | None:
    """A date when ``text`` is (almost) nothing but a date, e.g. a front-matter value."""
    text = text.strip().strip("\"'")
    found = find_date(text)
    if found is None:
        return None
    value, start, end = found
    rest = (text[:start] + text[end:]).strip(" ,.")
    # allow a trailing time or zone: "2026-01-19T09:30:00Z", "January 19, 2026 10:32 GMT"
    if not rest or re.fullmatch(r"[T ]?[\d:.+\-Z ]*(?:[AP]M)?\s*[A-Z]{0,4}", rest, re.I):
        return value
    return None


_STAMP_WORDS = re.compile(
    r"\b(?:updated|posted|published|on|at|last|modified|edited|dated?|filed|created|first|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|[ap]\.?m\.?|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|kst|jst|ist|[a-z]{2,4}t|"
    r"(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)\b",
    re.IGNORECASE,
)


def is_date_line(text: str) -> bool:
    """True for a short line that is only a date and time (``Updated: 19 Jan 2026, 10:32 GMT``)."""
    if len(text) > 80:
        return False
    found = find_date(text)
    if found is None:
        return False
    _, start, end = found
    rest = text[:start] + " " + text[end:]
    again = find_date(rest)  # "22 Dec, 2016 22 Dec, 2016": the same date twice
    if again is not None:
        rest = rest[: again[1]] + " " + rest[again[2] :]
    rest = _STAMP_WORDS.sub("", rest)
    return not any(ch.isalnum() for ch in rest)


def as_date(value: object) -> dt.date | None:
    """A date as TOML or JSON gives it (a date, a date-time, or ``YYYY-MM-DD`` text).

    Raises:
        ValueError: anything else, or text that is not an ISO date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(f"not a date: {value!r}")
