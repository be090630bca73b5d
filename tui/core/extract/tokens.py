"""One pass over a paragraph that finds everything the extractor looks at more closely.

A single regex whose first element is a character class lets the regex engine skip plain
lowercase prose in C; every hit is one of: a run of capitalised words (names, titles, months),
a digit run or currency sign (facts), a quotation mark, or a run of ``.!?…`` (sentence ends).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.extract.lexicon import DIGITS, PARTICLES, UPPER

_TOKEN_REST = r"[^\W\d_]*(?:['’-][^\W\d_]+)*"
# after a space: a middle initial (John F. Kennedy), another capitalised word, particles then
# one (von der Leyen), or al-Sisi
CAPS_REST = (
    rf"{_TOKEN_REST}(?:[ \u00a0](?:[{UPPER}]\.(?=[ \u00a0][{UPPER}])|[{UPPER}]{_TOKEN_REST}"
    rf"|(?=[a-z])(?:(?:{PARTICLES})[ \u00a0])+(?:[a-z]{{1,3}}['’-])?[{UPPER}]{_TOKEN_REST}"
    rf"|[a-z]{{1,3}}['’-][{UPPER}]{_TOKEN_REST}))*"
)
CURRENCY_SIGNS = "$€£¥₩₹₱₦₺₫₽₪฿"
MARKS = "\"“”«»„‚‹›'‘’「」『』"
_STOPS = ".!?…。！？"
# The group that took part names the hit (``lastindex``): 1 a run of capitalised words that
# starts a word, 2 sentence-ending punctuation, 3 quotation marks; none for a digit run, a
# currency sign, or a capital inside a word (``iPhone``, ``al-Saadi``), which is looked at.
_SCAN = re.compile(
    rf"[{UPPER}{DIGITS}{CURRENCY_SIGNS}{MARKS}{_STOPS}]"
    rf"(?:(?<=[{UPPER}])(?:(?<![\w-].)({CAPS_REST})|{CAPS_REST})|(?<=[{DIGITS}])[{DIGITS}]*"
    rf"|(?<=[{_STOPS}])([{_STOPS}]*)|(?<=[{MARKS}])([{MARKS}]*))?"
)


_LEAD_PARTICLES = frozenset(PARTICLES.split("|"))


def _lead_particle(text: str, dash: int) -> int | None:
    """The start of a lower-case particle such as ``al`` joined by ``-`` at ``dash``, if one."""
    start = dash
    while start > 0 and start > dash - 3 and text[start - 1].islower():
        start -= 1
    if start == dash or text[start:dash] not in _LEAD_PARTICLES:
        return None
    if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        return None
    return start


class Scan(NamedTuple):
    """Positions found in one paragraph, each list in text order."""

    caps: list[tuple[int, int]]  # runs of capitalised words (with particles: von der, bin)
    numbers: list[int]  # starts of digit runs and currency signs
    marks: list[int]  # quotation marks and apostrophes
    stops: list[tuple[int, int]]  # runs of sentence-ending punctuation


def scan(text: str) -> Scan:
    """Find capitalised runs, numbers, quotation marks and sentence ends in ``text``."""
    caps: list[tuple[int, int]] = []
    numbers: list[int] = []
    marks: list[int] = []
    stops: list[tuple[int, int]] = []
    for m in _SCAN.finditer(text):
        kind = m.lastindex
        if kind == 1:  # the most common hit
            start, end = m.span()
            if text[end - 1] == "r" and text.startswith((" Jr.", " Sr."), end - 3):
                end += 1  # "James Kennedy Jr. said": the suffix keeps its full stop
            caps.append((start, end))
        elif kind == 2:
            stops.append(m.span())
        elif kind == 3:
            start, end = m.span()
            if end - start <= 3:  # a longer run of marks is decoration, not quotation
                marks.extend(range(start, end))
        else:
            start, end = m.span()
            if not text[start].isalpha():  # a digit or a currency sign
                numbers.append(start)
            elif text[start - 1] == "-" and (lead := _lead_particle(text, start - 1)) is not None:
                caps.append((lead, end))  # "al-Saadi told reporters"
    return Scan(caps, numbers, marks, stops)
