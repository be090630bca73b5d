"""Datelines: ``Seoul, South Korea – …``, ``GENEVA (Reuters) —``, ``Brussels, 4 March 2026 --``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.core.parse.blocks import search_from_mark, word_set
from tui.core.parse.dates import CJK_WEEKDAY, PARTIAL_DATE, find_date, first_date
from tui.core.parse.languages import normalise_wire, wire_dateline

#: The dash ending a dateline: any Unicode dash, a spaced hyphen, or a double hyphen.
_DASH = re.compile(r"\s*[–—―]+\s*|\s+-{1,2}\s+|\s*--\s*|(?<=\))\s+-(?=[A-Z])")
_DASH_MARK = re.compile(r"[–—―-]")
#: ``NEW DELHI: …`` (the colon form is only trusted with an all-caps place).
_COLON = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,40})?)\s*:\s+")
_AGENCY = re.compile(r"\s*\((?P<who>[A-Za-z][\w&.'’ /-]{0,30})\)")  # (Reuters), (dpa)
AGENCIES = word_set(
    "reuters xinhua yonhap bloomberg kyodo anadolu tass efe dpa ansa bernama antara afp ap "
    "pti ani ians ria interfax sputnik irna kuna wam spa qna mena bna apa app upi cnn"
)
_AGENCIES = AGENCIES
#: ``MOSCOW. March 5``: a shouted place ended by a full stop instead of a comma
_CAPS_DOT = re.compile(r"^([A-Z][A-Z'’ -]{2,30})\.\s+(?=[A-Z0-9])")
_BODIES_IN_CAPS = word_set("nato opec asean unesco unicef fifa otan onu ocde oecd mercosur")
_MIDDLE_DOT = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]{2,25}(?:[ /][A-ZÀ-ÖØ-Þ][\w'’-]{1,25}){0,2}) · (?=[A-ZÀ-ÖØ-Þ])"
)
_CAPS_STOP = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{2,30})\.\s+(?=[A-ZÀ-ÖØ-Þ])")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_SITE = re.compile(r"[A-Za-z]\.[A-Za-z]{2,}$")
_EMPTY_PARENS = re.compile(r"\(\s*[,\s]*\)")
_BRACKETED = re.compile(r"\s*\[[^\]]{1,30}\]")  # "New Delhi [India]": the country in brackets
#: ``PRAGUE (UrduPoint News / Sputnik - 01st July, 2021) The Czech …``: a place in capitals
#: and the agency in brackets, no dash after them.
_CAPS_AGENCY = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{2,30}?)\s*,?\s*(?P<who>\([^()]{2,80}\))\s*:?\s*(?=[A-Z])"
)
#: ``Mumbai, Apr 22 (PTI) Union Minister …``, ``LONDON, July 13 (Reuters) A British …``: a
#: place and a date, then a news agency in brackets, then the text with no dash or colon.
_PLACE_DATE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][^()\n:]{1,60}?)\s*\((?P<who>[A-Za-z][\w&.'’ /-]{0,30})\)\s*(?=[A-Z\"“])"
)
#: ``Kabul: Direct talks …, an official said`` — one place word before a colon, trusted when
#: the sentence reports what someone said.
_PLACE_WORDS = r"[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,2}"
_PLACES_COLON = re.compile(
    rf"^(?P<place>{_PLACE_WORDS}(?:,\s(?:[A-Z]{{2}}|[A-Z]\.[A-Z]\.|{_PLACE_WORDS})){{1,2}}):\s+(?=[A-Z])"
)
_PLACE_DATE_STOP = re.compile(
    r"^(?P<prefix>[^\W\d_][^\n,.;:!?]{1,40},[^\n;:!?]{3,40}?\b(?:19|20)\d\d)\.[ \u00a0]+(?=[^\W\d_])"
)
_WORD_COLON = re.compile(r"^(?P<place>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?):\s+(?=[A-Z])")
#: ``By Ana Lima – `` before a dateline: a byline of one to four names and a dash.
_BYLINE_FIRST = re.compile(
    r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}\s*[–—―-]{1,2}\s+(?=[A-Z])",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|reported|denied|stated"
    # a wire lead tells when: "… on Saturday denied …"
    r"|on\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b"
)
#: ``MOSCOW, December 7. /TASS/.`` — the agency between slashes ends the dateline.
_SLASH_AGENCY = re.compile(
    r"^(?P<place>[^/\n]{2,80}?)\.?\s*/\s*[A-Z][\w&.-]{1,20}\s*/\.?(?:\s+(?:--|[–—]))?\s+"
)
#: ``ISLAMABAD, May 25 (APP):``, ``New Delhi [India], February 14 (ANI):``,
#: ``United Nations, April 7:`` — any place before a colon, trusted with an agency or a date.
_PAREN_COUNTRY = re.compile(r"\s*\(([A-Z][\w .'’-]{1,30})\)(?=,)")
_COLON_ANY = re.compile(r"^(?P<place>[^:\n]{3,80}?)\s*:\s*(?=\S)")
# (a month's name or its short form, never a longer word: "Marseille", "Junín" are places)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_PARTIAL_DATE = re.compile(
    # (the look-ahead: a digit, or the first three letters of a weekday or month, as in dates)
    r"^(?=\d|[mtwfsjaond][aeouhrcp][nedutibrylgpvc])"
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
    rf"|{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?"
    rf"|\d{{4}}|\d{{1,2}}:\d{{2}}.*|{_MONTH}\.?)$",
    re.IGNORECASE,
)
_CONNECTORS = word_set(
    "de del della dei di da do dos das du des la le les el al am an im upon on sur of the y en "
    "au aux bin city es der den sul op aan"
)
_SPACED = re.compile(r",(?=\d{4}\b)")  # "28th August,2013"
_SOURCE_WORDS = word_set("news newswire radio tv television")
_EDITIONS = word_set("final edition extra")
_NOT_PLACES = word_set(
    "breaking update updated exclusive analysis note opinion comment live watch video photos "
    "factbox explainer summary background context correction by from editor's editor’s "
    "warning alert urgent flash bulletin president prime minister secretary chancellor king "
    "queen prince princess dr mr mrs ms sir general ambassador senator governor mayor foreign "
    "vice deputy chief spokesman spokeswoman spokesperson officials file photo photos caption "
    "pictured release date published posted"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline split off a lead paragraph."""

    place: str | None
    date: dt.date | None
    rest: str  # the paragraph with the dateline removed


def _uncased_place(word: str) -> bool:
    """A word in a script without case that may name a place (not 외교부, a ministry)."""
    return word[0].isalpha() and not word[0].islower() and not word.endswith(_BODY_ENDS)


_BODY_ENDS = tuple("부청처원회실국당省庁")


def _place_word_ok(word: str, first: bool) -> bool:
    if not first and word.lower() in _CONNECTORS:
        return True
    head = word.lstrip("(\"'“‘")
    # (a letter is never a digit, so an all-letter word needs no digit test)
    return (
        bool(head)
        and (head[0].isupper() or _uncased_place(head))  # 서울, 東京
        and (word.isalpha() or not any(map(str.isdigit, word)))
        and (word.isalpha() or not any(c in "|/\\#@*=+<>" for c in word))  # "PTI|": a label
        and (word.isalpha() or _SITE.search(word) is None)  # "PanARMENIAN.Net": a website
    )


def _normalise_word(word: str, shortest: int) -> str:
    if word.isupper() and sum(map(str.isalpha, word)) >= shortest:
        return word.title().replace("’S", "’s").replace("'S", "'s")
    return word


def normalise_place(place: str) -> str:
    """A place as written, with shouted wire-style names title-cased.

    ``GENEVA`` → ``Geneva``, ``NEW DELHI`` → ``New Delhi``; short all-caps parts that are
    likely abbreviations (``UK``, ``UAE``, ``D.C.``) are kept.
    """
    out: list[str] = []
    for part in place.split(","):
        words = part.split()
        if not words:
            continue
        shortest = 3 if len(words) > 1 else 4
        if len(words) > 1 and not all(w.isupper() for w in words if any(c.isalpha() for c in w)):
            out.append(" ".join(words))  # "Hong Kong SAR": only a shouted name is recased
            continue
        out.append(
            " ".join(
                (w.lower() if k else w.title())
                if w.lower() in _CONNECTORS
                else _normalise_word(w, shortest)
                for k, w in enumerate(words)
            )
        )
    return ", ".join(out)


def _drop_agency(m: re.Match[str]) -> str:
    """``(Reuters)``, ``(AP)`` go; a part of a name inside a place stays: ``Frankfurt (Oder),``."""
    rest = m.string[m.end() :].lstrip()
    name_part = rest.startswith(",") and not m.group("who").isupper()
    return m.group(0) if name_part and m.group("who").casefold() not in _AGENCIES else ""


#: Words left before a date taken out of a dateline (``le`` 15 janvier, ``am`` 3. März).
_DATE_ARTICLES = frozenset(("le", "el", "il", "am", "den", "a", "o", "lo", "ce"))


_INITIAL_END = re.compile(r"(?:^|[\s.])\w\.$")  # "D.C.", "Washington D.C.": an abbreviation


def parse_place(prefix: str) -> tuple[str | None, dt.date | None] | None:
    """Read ``Seoul, South Korea`` / ``SEOUL, Jan 19 (Reuters)`` / ``Brussels, 4 March 2026``.

    Returns ``(place, date)`` or ``None`` when the prefix does not look like a dateline.
    """
    if ". " in prefix[:32]:
        prefix = _CAPS_DOT.sub(r"\1, ", prefix, count=1)  # "MOSCOW. March 5 (Interfax)"
    if "(" in prefix:
        if prefix.count("(") != prefix.count(")"):
            return None  # "MULTAN , (Point News": cut inside a bracket
        prefix = _AGENCY.sub(_drop_agency, prefix)
    stamped: dt.date | None = None
    if "[" in prefix:
        # "ZIZ News[28th August,2013]": a date in brackets is the report's
        stamped = next(
            (d for b in _BRACKETED.findall(prefix) if (d := first_date(_SPACED.sub(", ", b)))),
            None,
        )
        prefix = _BRACKETED.sub("", prefix)
    prefix = prefix.strip(" ,")
    if not prefix or len(prefix) > 100:
        return None
    date: dt.date | None = None
    found = find_date(prefix)
    if found is None and "/" in prefix and (day := find_date(prefix, day_first=True)):
        # "Brasília, 12/02/2026": a numeric date the order of which the lead's language
        # settles; the place is read here, the date from the lead
        prefix = f"{prefix[: day[1]]},{prefix[day[2] :]}"
    if found is not None:
        date, start, end = found
        prefix = f"{prefix[:start]},{prefix[end:]}"
        if "(" in prefix:
            prefix = _EMPTY_PARENS.sub("", prefix)
    places: list[str] = []
    for raw in prefix.split(","):
        part = raw.strip(" =\u00a0")  # ("부산 = 2026년 1월 30일 –": the date's sign left over)
        if _CLOCK.fullmatch(part):
            break  # "20 November 2019 06:37, UK": after the time, its zone, not a place
        # ("Lima, lunes 16 de febrero de 2026.—": the full stop the date leaves behind)
        if not part.strip(".") or _PARTIAL_DATE.match(part) or PARTIAL_DATE.match(part):
            continue
        if not part.isascii() and CJK_WEEKDAY.fullmatch(part):  # 2018年11月15日(木)
            continue
        if part.endswith(".") and not _INITIAL_END.search(part):
            part = part.rstrip(".").rstrip()  # "BUENOS AIRES.— …": the stop before the dash
        if part.casefold() in _DATE_ARTICLES:
            continue  # "BRUXELLES, le 15 janvier 2026", "Madrid, a 3 de mayo": the date's article
        words = part.split()
        if len(words) > 5 or not all(_place_word_ok(w, i == 0) for i, w in enumerate(words)):
            return None
        if part.lower() in _NOT_PLACES or words[0].lower() in _NOT_PLACES:
            return None
        if not _OFFICES.isdisjoint(w.casefold() for w in words):
            return None  # "Official Spokesperson (Name):" introduces a speaker, not a place
        if words[-1].lower() in _EDITIONS:
            return None  # "WEST END FINAL", "Late Edition": a paper's edition, not a place
        if part.casefold() in _AGENCIES:
            return None  # "TASS" on a line of its own names the source, not the place
        if any(w.casefold() in _SOURCE_WORDS for w in words):
            if stamped is None:
                return None  # "ZIZ News": a source, not a place
            continue
        places.append(part)
    date = date or stamped
    if not places and date is None:
        return None
    if len(places) > 4:
        return None
    return (normalise_place(", ".join(places)) if places else None), date


#: Offices that never stand anywhere in a place's name.
_OFFICES = word_set("spokesman spokeswoman spokesperson minister secretary ambassador")
#: The last word of a newsroom's name: "(CNN Business)", "(Acme News)", "(Sahel Wire)".
_NEWSROOM_WORDS = word_set("news business wire newswire")


def _news_source(who: str) -> bool:
    """Whether the words in brackets after a place name a news agency or a newsroom."""
    words = [w.casefold() for w in re.split(r"[\s/]+", who) if w]
    return any(w in _AGENCIES for w in words) or (
        len(words) >= 2 and words[-1] in _NEWSROOM_WORDS and who[:1].isupper()
    )


def split_dateline(paragraph: str, *, wire: bool = True) -> Dateline | None:
    """The dateline at the start of a lead paragraph, or ``None`` if it has none."""
    if paragraph.startswith(("By ", "BY ")) and (b := _BYLINE_FIRST.match(paragraph)):
        # "By Ana Lima – LUSAKA (ZNA) – …": the byline goes, the dateline after it counts
        after = split_dateline(paragraph[b.end() :], wire=wire)
        return after if after is not None and after.place else None
    if (paragraph[:1] in "([【" or "=" in paragraph[:12]) and (
        found := wire_dateline(paragraph)
    ) is not None:
        return Dateline(found[0], None, found[1])  # (서울=연합뉴스) …, 【ソウル共同】…
    m = search_from_mark(_DASH, _DASH_MARK, paragraph, 0, 160)
    if m is not None and m.start() > 0:
        rest = paragraph[m.end() :].strip()
        parsed = parse_place(paragraph[: m.start()])
        if parsed is not None and rest and not rest[0].islower():
            return Dateline(parsed[0], parsed[1], rest)
    if (
        " · " in paragraph[:40] and (d := _MIDDLE_DOT.match(paragraph)) is not None
    ):  # "Kassel · Die Ministerin sagte …": the place, a middle dot, the lead
        rest = paragraph[d.end() :].strip()
        parsed = parse_place(d.group("place"))
        if parsed is not None and parsed[0] and len(rest.split()) >= 6 and " · " not in rest:
            return Dateline(parsed[0], parsed[1], rest)  # (not "Politik · Inland · …")
    c = _CAPS_STOP.match(paragraph) if ". " in paragraph[:34] else None
    if (
        c is not None
        and sum(map(str.isalpha, c.group("place"))) >= 4
        and c.group("place").casefold() not in _BODIES_IN_CAPS
    ):
        # "MILANO. Il gruppo ha annunciato …": a shouted place ended by a full stop
        parsed = parse_place(c.group("place"))
        rest = paragraph[c.end() :].strip()
        if parsed is not None and parsed[0] and len(rest.split()) >= 6:
            return Dateline(parsed[0], None, rest)
    c = _COLON.match(paragraph)
    if c is not None:
        rest = paragraph[c.end() :].strip()
        parsed = parse_place(c.group("place"))
        if parsed is not None and parsed[0] and rest and not rest[0].islower():
            return Dateline(parsed[0], parsed[1], rest)
    c = _CAPS_AGENCY.match(paragraph) if paragraph[:1].isupper() and "(" in paragraph[:40] else None
    if c is not None:
        parsed = parse_place(c.group("place"))
        rest = paragraph[c.end() :].strip()
        if parsed is not None and parsed[0] and len(rest.split()) >= 6:
            stamp = find_date(c.group("who"))
            return Dateline(parsed[0], stamp[0] if stamp else None, rest)
    c = _PLACE_DATE_AGENCY.match(paragraph) if "(" in paragraph[:70] else None
    if c is not None and _news_source(c.group("who")):
        parsed = parse_place(c.group("place"))
        rest = paragraph[c.end() :].strip()
        if parsed is not None and parsed[0] and len(rest.split()) >= 6:
            return Dateline(parsed[0], parsed[1], rest)
    first, nl, body = paragraph.partition("\n")
    if nl and len(first) <= 60 and "," in first and any(map(str.isdigit, first)):
        # "New Delhi, September 8" on a line of its own above the text
        parsed = parse_place(first)
        body = body.strip()
        if parsed is not None and parsed[0] and body[:1].isupper():
            return Dateline(parsed[0], parsed[1], body)
    c = _PLACE_DATE_STOP.match(paragraph) if "," in paragraph[:40] else None
    if (
        c is not None
        and (parsed := parse_place(c.group("prefix"))) is not None
        and parsed[0]
        and parsed[1]
        and not paragraph[c.end() :].lstrip()[:1].islower()
    ):
        # "Berlin, 3. März 2026. Deutschland und …": a place and a date closed by a full stop
        return Dateline(parsed[0], parsed[1], paragraph[c.end() :].strip())
    c = _PLACES_COLON.match(paragraph) if ":" in paragraph[:70] else None
    if c is not None and (parsed := parse_place(c.group("place"))) is not None and parsed[0]:
        # "Washington, DC, United States: Getting to …": a place named in parts, then a colon
        return Dateline(parsed[0], parsed[1], paragraph[c.end() :].strip())
    c = _WORD_COLON.match(paragraph) if ":" in paragraph[:45] else None
    if c is not None:
        rest = paragraph[c.end() :].strip()
        first = rest.split(". ", 1)[0]
        parsed = parse_place(c.group("place"))
        if (
            parsed is not None
            and parsed[0]
            and _REPORTED.search(first)
            and not first.rstrip().endswith("?")
            and not first.startswith(("I ", "We ", "I'", "I’"))
        ):
            return Dateline(parsed[0], parsed[1], rest)
    for form in (_SLASH_AGENCY, _COLON_ANY):
        if (form is _SLASH_AGENCY and "/" not in paragraph[:100]) or (
            form is _COLON_ANY and ":" not in paragraph[:100]
        ):
            continue
        c = form.match(paragraph)
        if c is None:
            continue
        prefix = c.group("place")
        if form is _COLON_ANY and not (
            "(" in prefix or ("," in prefix and any(map(str.isdigit, prefix)))
        ):
            continue  # "Question: …", "Kerry: …": a label, not a place
        if form is _SLASH_AGENCY and "(" in prefix:
            prefix = _PAREN_COUNTRY.sub(r", \1", prefix)  # "Windhoek (Namibia), March 8."
        rest = paragraph[c.end() :].strip()
        parsed = parse_place(prefix)
        if parsed is not None and parsed[0] and rest and not rest[0].islower():
            return Dateline(parsed[0], parsed[1], rest)
    if wire and ("(" in paragraph[:160] or ".-" in paragraph[:160]):
        other = normalise_wire(paragraph)  # (ANSA) - ROMA, 20 GEN - …; BERLIN (dpa) - …
        if other != paragraph:
            return split_dateline(other, wire=False)
    return None


def is_strong(paragraph: str, dateline: Dateline) -> bool:
    """Whether a dateline is one a wire writes (an agency, or a place in capitals).

    Such a dateline is looked for a few paragraphs down, past captions and bylines.
    """
    prefix = paragraph[: max(0, len(paragraph) - len(dateline.rest))]
    words = prefix.split()
    return bool(words) and (
        "(" in prefix or "/" in prefix or (len(words[0]) > 2 and words[0].rstrip(",").isupper())
    )
