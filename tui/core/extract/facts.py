"""Figures and dates a reader scans for: money, dates, periods, percentages, counts.

Rules, chosen so a fact is something a reader would copy into notes:

* **money**: a currency sign or code with an amount (``$12.6 billion``, ``US$5 million``,
  ``€420 million``, ``£3bn``, ``USD 40 million``) or an amount with a currency word
  (``5 billion euros``, ``1.2 trillion won``).
* **date**: a day, month and year in any usual order (``January 19, 2026``,
  ``19 January 2026``, ``2026-01-19``), a month and year (``November 2023``) or a month and
  day (``March 3``). Weekdays are left out of the text.
* **period**: a span of years (``2026-2030``, ``2026–31``, ``from 2026 to 2030``,
  ``between 2024 and 2026``). A year inside a period is not also reported.
* **percent**: ``40 percent``, ``40%``, ``12.5 per cent``, ``3 percentage points``.
* **number**: an amount with a scale word or a thousands separator, with the words naming
  what is counted (``1.5 million households``, ``6,000 technicians``). Bare years and small
  counts (``12 days``, ``5 Comments``) are not facts.
"""

from __future__ import annotations

import re

from tui.core.model import FactKind
from tui.core.parse.dates import month_pattern

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:trillion|billion|million|thousand|crore|lakh)"
_SHORT_SCALE = r"(?:bn|mn|tn|m|k|b)"
_SIGN = r"(?:(?:US|USD|A|AU|C|CA|NZ|HK|S|NT|R|Mex)?\$|€|£|¥|₩|₹|₱|₦|₺|₫|₽|₪|฿)"
_CODE = r"(?:USD|EUR|GBP|JPY|KRW|CNY|RMB|INR|CHF|AUD|CAD|SEK|NOK|DKK|BRL|MXN|NGN|ZAR|TRY|VND|PHP|IDR|SGD|HKD|AED|SAR)"
_CURRENCY_WORD = (
    r"(?:(?:US |U\.S\. |Hong Kong |Australian |Canadian |Singapore )?dollars?|euros?|pounds?(?: sterling)?"
    r"|yen|won|yuan|renminbi|rupees?|pesos?|naira|reais|real|francs?|rand|ringgit|baht|dong"
    r"|liras?|lire|roubles?|rubles?|kronor|krona|kroner|krone|dirhams?|riyals?|shekels?|rupiah"
    r"|shillings?|cedis?|dinars?|zloty)"
)
_MONTH = rf"(?:(?:{month_pattern(case_sensitive=True)})\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"

_PATTERNS: tuple[tuple[FactKind, str], ...] = (
    ("date", rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
    ("date", rf"\b{_YEAR} ?[년年] ?(?:1[0-2]|0?[1-9]) ?[월月] ?(?:[12]\d|3[01]|0?[1-9]) ?[일日]"),
    ("period", rf"\b(?:from|between) (?:the years )?{_YEAR} (?:to|and|until|through) {_YEAR}\b"),
    ("period", rf"\b{_YEAR} ?[-–—/] ?(?:{_YEAR}|\d\d)\b(?![-–—/]\d)"),
    ("money", rf"{_SIGN} ?(?:{_AMOUNT})(?:(?: |-)?{_SCALE}\b|{_SHORT_SCALE}\b)?"),
    ("money", rf"\b{_CODE} ?(?:{_AMOUNT})(?: ?{_SCALE}\b|{_SHORT_SCALE}\b)?"),
    ("money", rf"\b[A-Z]{{3}} (?:{_AMOUNT}) {_SCALE}\b"),
    ("money", rf"\b(?:{_AMOUNT})(?: {_SCALE})? {_CURRENCY_WORD}\b"),
    ("percent", rf"\b(?:{_AMOUNT})[ -]?(?:%|(?:percent|per cent|pct)\b|percentage points?\b)"),
    ("date", rf"\b{_MONTH} {_DAY},? {_YEAR}\b"),
    ("date", rf"\b{_DAY}(?:\.|er|º)? (?:of |de )?{_MONTH},? (?:de |del )?{_YEAR}\b"),
    ("date", rf"\b{_MONTH},? {_YEAR}\b"),
    ("date", rf"\b{_MONTH} {_DAY}\b(?!,? ?\d)"),
    ("date", rf"\b{_DAY} (?:of )?{_MONTH}\b(?!,? ?\d)"),
    ("number", rf"\b(?:\d+(?:\.\d+)? {_SCALE}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?)\b"),
)


def _digit_first(pattern: str) -> bool:
    """Whether a fact pattern's first character is a digit (the others start with a letter
    or a currency sign)."""
    return pattern.removeprefix(r"\b").startswith((_YEAR, _DAY, f"(?:{_AMOUNT})", r"(?:\d"))


def _alternation(digit_first: bool) -> re.Pattern[str]:
    """The patterns that can start on a digit (or those that cannot), in table order."""
    return re.compile(
        "|".join(
            f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_PATTERNS) if _digit_first(p) == digit_first
        )
    )


# Split by what a fact starts with, so a match at a digit does not try the word patterns.
_FACT_AT_DIGIT = _alternation(True)
_FACT_AT_OTHER = _alternation(False)
_KINDS: dict[str, FactKind] = {f"k{i}": kind for i, (kind, _) in enumerate(_PATTERNS)}
_NOUN_WORD = re.compile(r"[ -]([A-Za-z]+(?:-[A-Za-z]+)*)")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "from",
        "with",
        "and",
        "or",
        "over",
        "per",
        "each",
        "this",
        "that",
        "than",
        "more",
        "less",
        "since",
        "until",
        "into",
        "across",
        "under",
        "as",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "will",
        "would",
        "has",
        "have",
        "had",
        "who",
        "which",
        "between",
        "during",
        "after",
        "before",
        "about",
        "annually",
        "last",
        "next",
        "this",
        "these",
        "those",
        "their",
        "its",
        "our",
        "her",
        "his",
        "up",
        "down",
        "out",
        "so",
        "but",
        "nor",
        "yet",
        "it",
        "they",
        "we",
    ]
)


def _noun_after(text: str, end: int) -> int:
    """Where the words naming what a number counts end (``households``, ``deck officers``)."""
    stop = end
    for count, word in enumerate(_NOUN_WORD.finditer(text, end, end + 60)):
        if count == 3 or word.start() != stop or word.group(1).casefold() in _STOP:
            break
        stop = word.end()
    return stop


_PERIOD_LEAD = re.compile(r"\b(?:from|between) (?:the years )?$")


def _may_lead(text: str, pos: int) -> bool:
    """Whether ``from ``/``between `` may end at ``pos`` (a string test before the regex)."""
    prev = text[pos - 1]
    # ``$`` also matches before a final newline, so a newline there leaves it to the regex
    return prev == "\n" or (prev == " " and text.endswith(("from ", "between ", "years "), 0, pos))


def find_facts(text: str, starts: list[int]) -> list[tuple[FactKind, int, int]]:
    """``(kind, start, end)`` of each fact beginning at one of ``starts``, never overlapping."""
    out: list[tuple[FactKind, int, int]] = []
    last = 0
    for pos in starts:
        if pos < last:
            continue
        m = None
        if pos >= 5 and text[pos].isdigit() and _may_lead(text, pos):
            lead = _PERIOD_LEAD.search(text, max(0, pos - 20), pos)
            if lead and lead.start() >= last:
                m = _FACT_AT_OTHER.match(text, lead.start())
        if m is None:
            m = (_FACT_AT_DIGIT if text[pos].isdecimal() else _FACT_AT_OTHER).match(text, pos)
        if m is None:
            continue
        kind = _KINDS[m.lastgroup or ""]
        start, end = m.span()
        if kind == "period" and not _plausible_period(m.group()):
            continue
        if kind == "number":
            if start and text[start - 1] in ".,$€£¥-":
                continue
            end = _noun_after(text, end)
        out.append((kind, start, end))
        last = end
    return out


def fact_starts(text: str, numbers: list[int], caps: list[tuple[int, int]]) -> list[int]:
    """Where facts may begin: digits and currency signs, and a word such as ``November``
    or ``USD`` standing right before a number (``numbers`` and ``caps`` as scan() found them)."""
    starts = list(numbers)
    if text.isascii():
        # A "$" or a digit after a space starts a number of its own, so the runs just before
        # the numbers are the ones to look at (fewer than all the runs).
        ends = {e: s for s, e in caps}
        for p in numbers:
            e = p if text[p] == "$" else p - 1 if p and text[p - 1] == " " else -1
            s = ends.get(e)
            if s is not None:
                starts.append(text.rfind(" ", s, e) + 1 or s)
        starts.sort()
        return starts
    n = len(text)
    for s, e in caps:
        if e < n and (text[e] == "$" or (text[e] in " \u00a0" and text[e + 1 : e + 2].isdigit())):
            starts.append(text.rfind(" ", s, e) + 1 or s)
    starts.sort()
    return starts


_YEARS = re.compile(r"\d+")


def _plausible_period(span: str) -> bool:
    """``2026-2030`` or ``2026-31`` run forward by at most a lifetime; ``2026-01`` does not."""
    nums = _YEARS.findall(span)
    first, second = int(nums[0]), nums[-1]
    last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    return first < last <= first + 100
