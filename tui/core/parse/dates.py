"""Full dates as news copy writes them (``Monday, January 19, 2026``, ``19 Jan. 2026``, ISO)."""

from __future__ import annotations

import datetime as dt
import re


def _twelve(names: str) -> tuple[str, ...]:
    """The twelve month names written in one string."""
    return tuple(names.split())


#: Month names by language: the one definition the date pattern, the quick month test and
#: the facts' date patterns are built from. Each row is the twelve names (January first),
#: then the abbreviations that a full stop may follow. English names are capitalised in
#: running text; the others are written in lower case (French, Spanish, Italian,
#: Portuguese) or capitalised (German) and are matched either way.
MONTH_NAMES: dict[str, tuple[tuple[str, ...], dict[str, int]]] = {
    "en": (
        _twelve(
            "January February March April May June July August September October November December"
        ),
        {
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
        },
    ),
    "fr": (
        _twelve(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        # (and the names typed without accents)
        {
            "janv": 1,
            "févr": 2,
            "fév": 2,
            "avr": 4,
            "juil": 7,
            "déc": 12,
            "fevrier": 2,
            "aout": 8,
            "decembre": 12,
        },
    ),
    "es": (
        _twelve(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
            " diciembre"
        ),
        {"setiembre": 9},
    ),
    "de": (
        _twelve(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        {"jänner": 1, "maerz": 3, "mär": 3, "okt": 10, "dez": 12},
    ),
    "it": (
        _twelve(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre"
            " novembre dicembre"
        ),
        {},
    ),
    "pt": (
        _twelve(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
            " dezembro"
        ),
        {"fev": 2, "abr": 4, "ago": 8, "set": 9, "out": 10, "dez": 12},
    ),
}


#: Weekday names by language, Monday first (English is in the date pattern itself).
WEEKDAY_NAMES: dict[str, str] = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
#: A weekday of those languages, with an optional day and month after it: ``jeudi``,
#: ``Donnerstag, 12.``; or a day and month without a year: ``12 feb``, ``20 GEN``, ``12. Februar``.
PARTIAL_DATE = re.compile(
    r"^(?:(?:"
    + "|".join(w for row in WEEKDAY_NAMES.values() for w in row.split())
    + r")(?:\s+\d{1,2}\.?)?|\d{1,2}\.?\s+(?:de\s+)?(?:"
    + "|".join(
        sorted({n.casefold()[:3] for names, _ in MONTH_NAMES.values() for n in names}, reverse=True)
    )
    + r")[^\W\d]*\.?)(?:\s+\d{1,2}[:.h]\d{2})?$",
    re.IGNORECASE,
)

MONTH_NAMES_EN = {n.casefold(): 0 for n in (*MONTH_NAMES["en"][0], *MONTH_NAMES["en"][1])}
#: Every month name and abbreviation (case-folded) with its number.
MONTHS: dict[str, int] = {
    name: number
    for names, short in MONTH_NAMES.values()
    for name, number in (*((n.casefold(), k) for k, n in enumerate(names, 1)), *short.items())
}


def month_pattern(*, case_sensitive: bool = False) -> str:
    """An alternation of every month name, longest first (no group, no trailing dot).

    ``case_sensitive``: English names only capitalised (``May`` is a month, ``may`` a verb,
    abbreviations included), the others in lower case or capitalised, full names only.
    """
    if not case_sensitive:
        return "|".join(sorted(MONTHS, key=lambda n: (-len(n), n)))
    names: set[str] = set()
    for lang, (full, short) in MONTH_NAMES.items():
        for name in (*full, *short):
            if lang == "en":
                names.add(name[0].upper() + name[1:])
            elif name in full:
                low = name.casefold()
                names.add(f"[{low[0]}{low[0].upper()}]{low[1:]}")
    return "|".join(sorted(names, key=lambda n: (-len(n), n)))


def _initials(names: dict[str, int], width: int) -> str:
    """Character classes that the first ``width`` letters of every name fit (a look-ahead)."""
    return "".join(
        "[" + "".join(sorted({n[k] for n in names if len(n) > k})) + "]" for k in range(width)
    )


_MONTH = rf"(?P<{{g}}>{month_pattern()})\.?"
# (month-first dates are English: their shorter list keeps the pattern fast at every word)
_MONTH_EN = rf"(?P<m1>{'|'.join(sorted(MONTH_NAMES_EN, key=lambda n: (-len(n), n)))})\.?"
_WEEKDAY = r"(?:\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
# 19th, 1er (French), 12. (German), 1º (Spanish, Portuguese)
_DAY_ORD = r"(?:st|nd|rd|th|er|\.|º|°)?"

# Every date starts with a digit or the first three letters of a weekday or a month: the
# look-ahead turns most positions away at once, before the alternatives are tried.
_DATE = re.compile(
    rf"(?=\d|[mtwfs][aeouhr][nedutir]|{_initials(MONTH_NAMES_EN, 3)})(?:"
    + "|".join(
        (
            # January 19, 2026 · Jan. 19 2026 · January 19th, 2026 (optionally after a weekday)
            _WEEKDAY + _MONTH_EN + r"\s+(?P<d1>\d{1,2})" + _ORD + r",?\s+(?P<y1>\d{4})\b",
            # 19 January 2026 · 19th of January, 2026 · Monday 19 Jan 2026 · 12 février 2026
            # · 12. Februar 2026 · 12 de febrero de 2026 · 1º de março de 2026
            _WEEKDAY
            + r"\b(?P<d2>\d{1,2})"
            + _DAY_ORD
            + r"(?:\s+|-)(?:of\s+|de\s+)?"
            + _MONTH.format(g="m2")
            + r",?(?:\s+|-)(?:de\s+|del\s+)?(?P<y2>\d{4})\b",
            # 2026-01-19 · 2026/01/19
            # (a year may follow a CJK word straight away: 東洋日報日本語版2026.02.14)
            r"(?<![0-9A-Za-z])(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})(?!\d)(?![-/.]\d)",
            # 19/01/2026 · 19.01.2026 · 19-01-2026 · 01/19/2026 (only when unambiguous)
            r"(?<![0-9A-Za-z])(?<![-/.\d])(?P<a4>\d{1,2})(?P<s4>[-/.])(?P<b4>\d{1,2})(?P=s4)(?P<y4>\d{4})\b(?![-/.]\d)",
            # 2026년 1월 19일 (Korean) · 2026年1月19日 (Japanese, Chinese)
            r"(?P<y5>\d{4})\s*[년年]\s*(?P<m5>\d{1,2})\s*[월月]\s*(?P<d5>\d{1,2})\s*[일日]",
            # 2026. 1. 19. (Korean, each part closed by a dot and a space)
            r"(?<![0-9A-Za-z])(?P<y6>\d{4})\.[ \u00a0](?P<m6>\d{1,2})\.[ \u00a0](?P<d6>\d{1,2})\.",
        )
    )
    + ")",
    re.IGNORECASE,
)


# The digit comes before the look-behind so that the search can skip to digits (much faster).
_YEAR = re.compile(r"\d(?<!\d\d)\d{3}(?!\d)")
#: A month name as the big pattern reads it, with the character after it: a cheap test that
#: a year may be part of a written-out date.
#: The words before a year, to test cheaply whether one of them is a month name.
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")


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
    return MONTHS.get(name.lower()) or MONTHS.get(name.casefold(), 0)


def _from_match(m: re.Match[str], day_first: bool = False) -> dt.date | None:
    if m.group("m1"):
        return _make(m.group("y1"), _month(m.group("m1")), m.group("d1"))
    if m.group("m2"):
        return _make(m.group("y2"), _month(m.group("m2")), m.group("d2"))
    if m.group("y5"):
        return _make(m.group("y5"), int(m.group("m5")), m.group("d5"))
    if m.group("y6"):
        return _make(m.group("y6"), int(m.group("m6")), m.group("d6"))
    if m.group("y3"):
        return _make(m.group("y3"), int(m.group("m3")), m.group("d3"))
    a, b = int(m.group("a4")), int(m.group("b4"))
    if a > 12 >= b:
        return _make(m.group("y4"), b, str(a))
    if b > 12 >= a:
        return _make(m.group("y4"), a, str(b))
    if a == b or m.group("s4") == "." or day_first:
        # 05.01.2026: dots are written day-first wherever they are used (Europe, Asia)
        return _make(m.group("y4"), b, str(a))
    return None  # 03/04/2026: day-month or month-day? Not a guess worth making.


def _may_be_dated(text: str, start: int, y0: int, y1: int) -> bool:
    """Can a date matched from ``start`` hold the year at ``y0:y1``? (False: surely not.)

    Only as the year of a numeric date (``2026-01-19``, ``19/01/2026``) or after a month
    name (``January 19, 2026``, ``19 Jan 2026``): the big pattern is costly, this is not.
    """
    if text[y1 : y1 + 1] in ("-", "/", ".", "년", "年"):
        return True
    if (
        y0 >= 2
        and text[y0 - 1] in "/.-"
        and text[y0 - 2].isdigit()
        and not text[max(0, y0 - 5) : y0 - 1].isdigit()
    ):
        return True  # 19/01/2026, 19-01-2026 (not the second year of 2026-2030)
    return any(w.casefold() in MONTHS for w in _WORDS_BEFORE.findall(text, start, y0))


def find_date(text: str, *, day_first: bool = False) -> tuple[dt.date, int, int] | None:
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
        for m in _DATE.finditer(text, start, min(len(text), year.end() + 14)):
            if m.start() > year.start():
                break
            if m.end() > year.start():
                value = _from_match(m, day_first)
                if value is not None:
                    return value, m.start(), m.end()
    return None


def first_date(text: str, *, day_first: bool = False) -> dt.date | None:
    """The first full, valid date in ``text``, or ``None``."""
    found = find_date(text, day_first=day_first)
    return found[0] if found else None


def parse_date(text: str, *, day_first: bool = False) -> dt.date | None:
    """A date when ``text`` is (almost) nothing but a date, e.g. a front-matter value."""
    text = text.strip().strip("\"'")
    found = find_date(text, day_first=day_first)
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


#: A weekday, a morning or afternoon, in Japanese or Korean stamps.
_CJK_STAMP_WORDS = re.compile(
    r"[(（]?[月火水木金土日][)）]|[(（][월화수목금토일][)）]|[月火水木金土日]曜日?|[월화수목금토일]요일"
    r"|午前|午後|오전|오후|\d{1,2}時(?:\d{1,2}分)?|\d{1,2}시(?:\s*\d{1,2}분)?"
)
#: A Japanese or Korean weekday standing after a date: ``(木)``, ``（월）``, ``木曜日``.
CJK_WEEKDAY = re.compile(r"[(（]?[月火水木金土日월화수목금토일](?:曜日?|요일)?[)）]?")
#: The same in French, Spanish, German, Italian and Portuguese: weekdays, "Publié le",
#: "Veröffentlicht am", "Publicado em", "à 10h30", "um 10:30 Uhr".
_OTHER_STAMP_WORDS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(w for row in WEEKDAY_NAMES.values() for w in row.split())
    + r"|publi[ée]e?|mis|à|jour|veröffentlicht|aktualisiert|stand|am|um|uhr|publicado|"
    r"actualizado|atualizado|às|em|el|le|il|pubblicato|aggiornato|alle|\d{1,2}h\d{2})(?!\w)",
    re.IGNORECASE,
)


def is_date_line(text: str, *, day_first: bool = False) -> bool:
    """True for a short line that is only a date and time (``Updated: 19 Jan 2026, 10:32 GMT``).

    A row of labels one of which is that (``30/08/2024 | Press release | Distributed by X on
    30/08/2024 17:45``) is one too."""
    if " | " in text and len(text) <= 120:
        parts = text.split(" | ")
        dated = [p for p in parts if is_date_line(p, day_first=day_first)]
        return bool(dated) and all(p in dated or len(p.split()) <= 6 for p in parts)
    if len(text) > 80:
        return False
    found = find_date(text, day_first=day_first)
    if found is None:
        return False
    _, start, end = found
    rest = text[:start] + " " + text[end:]
    again = find_date(rest, day_first=day_first)  # "22 Dec, 2016 22 Dec, 2016": twice
    if again is not None:
        rest = rest[: again[1]] + " " + rest[again[2] :]
    rest = _STAMP_WORDS.sub("", rest)
    if not rest.isascii():
        rest = _CJK_STAMP_WORDS.sub("", rest)  # "2018年11月15日(木)", "2026. 1. 19.(월) 오후"
    if any(ch.isalnum() for ch in rest):
        rest = _OTHER_STAMP_WORDS.sub("", rest)  # "sexta-feira, 19 de maio de 2017"
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
