"""From units to a Briefing: lead and dateline, sections, areas, the Extractor, comments."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.core.ids import IdMaker, briefing_id
from tui.core.model import Area, Briefing, Comment, Fact, Format, Person, Quote, Section
from tui.core.parse.areas import (
    area_lists,
    areas_from_subheadings,
    marked_headings,
    numbered_headings,
    parse_area,
    unbulleted_areas,
)
from tui.core.parse.blocks import Unit, ends_terminal, unwrap_emphasis, word_set
from tui.core.parse.dateline import Dateline, is_strong, parse_place, split_dateline
from tui.core.parse.dates import first_date, is_date_line
from tui.core.parse.language import detect_language, no_rules_warning

if TYPE_CHECKING:
    # The extractor is imported where it is used: a light parse (the library index, the
    # quick scan) seldom needs it, and it is the biggest part of the parser to load.
    from tui.core.extract.extractor import Extractor

_TITLE_PREFIX = re.compile(r"^(?:#+\s*|(?:title|headline)\s*:\s*)", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"(.+?[.!?][\"'”’»]?)\s+(?=[A-Z\"'“‘«])")
_SENTENCE_WINDOW = 264  # the longest opening sentence (200) and the white space after it
_ABBREVIATIONS = word_set(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St Gen Col Lt Sen Rep Gov "
    "Prof Jr Sr Inc Co Corp Ltd No vs"
)
_PAREN_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$")
_QUOTE_OPEN = "\"'“‘«„"
_QUOTE_CLOSE = "\"'”’»“"
_CONTINUED = {"“": "”", "«": "»", "‘": "’"}
_QUOTE_MARKS = '"“”‘«»„'
_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}


NO_TITLE = "no separate title line; the title is the opening sentence"


@dataclass(slots=True)
class Meta:
    """What a parser knows before the body is read: title, explicit fields, comments."""

    title: str
    place: str | None = None
    date: dt.date | None = None  # an explicit date (front matter, a ``Date:`` line)
    fallback_date: dt.date | None = None  # a date line under the title
    late_date: dt.date | None = None  # a labelled date further on, or one ending the title
    late_place: str | None = None  # a place ending the title ("Briefing, Moscow, June 11, 2025")
    summary: str | None = None
    lang: str | None = None  # the document's language, when known before its body is read
    tags: tuple[str, ...] = ()
    comments: list[tuple[str, str]] = field(default_factory=list)
    declared: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def day_first(self) -> bool:
        """Whether ``03/04/2026`` means the 3rd of April (everywhere but in English)."""
        return self.lang is not None and self.lang != "en"


def clean_title(line: str) -> str:
    """The title line without stray markup (``# …``, ``Title: …``, ``**…**``, ``=== … ===``)."""
    s = _TITLE_PREFIX.sub("", line.strip())
    return unwrap_emphasis(s.strip("#= ").strip())


def _opening_sentence(text: str) -> str | None:
    """The first sentence of ``text`` (10–200 characters, not cut at ``Jan.`` or ``U.S.``)."""
    # A sentence longer than 200 characters is refused anyway; searching only the opening
    # keeps the lazy pattern linear on a giant line with no sentence end (it is quadratic
    # in the length it searches).
    for m in _FIRST_SENTENCE.finditer(text, 0, _SENTENCE_WINDOW):
        head = text[: m.end(1)]
        last = head.rsplit(None, 1)[-1].rstrip(".")
        if last in _ABBREVIATIONS or (len(last) <= 3 and "." in last):
            continue
        if len(head) >= 10:
            return head if len(head) <= 200 else None
    return None


def _headline(sentence: str) -> str:
    """A sentence used as a title: without its closing full stop, as headlines are written."""
    s = sentence.rstrip()
    return s[:-1].rstrip() if s.endswith(".") and not s.endswith("..") else s


def split_title(line: str) -> tuple[str, str | None, str | None]:
    """``(title, rest, warning)`` for a first line that is really the lead, not a title.

    A giant first line, a sentence of twenty words or more, or one that opens with a
    dateline and reads as a sentence (``Rome – Italy and Brazil agreed … . The deal …``),
    is the lead: the title is its
    opening sentence (after the dateline, without the full stop) and ``rest`` is the whole
    line, which stays the first paragraph of the body.
    """
    dateline = split_dateline(line) if len(line) > 40 else None
    lead = (
        dateline is not None
        and dateline.place is not None
        and len(dateline.rest.split()) >= 6
        and ends_terminal(dateline.rest)
    )
    # (a first line of twenty words or more ending on a full stop is a sentence: the lead)
    sentence = len(line) > 120 and line.rstrip().endswith(".") and len(line.split()) >= 20
    if not sentence and len(line) > 60 and not line.isascii():
        # (Japanese and Korean leads: sentences ending on "。" or "다.", which headlines don't)
        sentence = "。" in line or line.rstrip().endswith("다.")
    if len(line) <= 200 and not lead and not sentence:
        return line, None, None
    text = dateline.rest if lead and dateline is not None else line
    return lead_headline(text), line, NO_TITLE


def lead_headline(text: str) -> str:
    """A title made from a lead paragraph: its opening sentence, without the full stop."""
    if "。" in text[:120]:  # a Japanese lead: its first sentence
        return text[: text.index("。")]
    sentence = _opening_sentence(text + " X") if len(text) > 10 else None
    if sentence is not None:
        return _headline(sentence)
    cut = text[:100].rsplit(" ", 1)[0] if " " in text[:100] else text[:100]
    return cut + "…" if len(text) > 100 else _headline(text)


def title_from_origin(origin: str) -> str:
    """A title for a document that has none: its file name without the suffix."""
    stem = origin.replace("\\", "/").rsplit("/", 1)[-1]
    return (stem.rsplit(".", 1)[0] if "." in stem[1:] else stem) or "Untitled"


def parse_attribution(line: str) -> tuple[str | None, str | None]:
    """``— Rosa Tavares Lima, Minister of the Sea`` → (speaker, role); ``-- Name`` → (name, None).

    A title before the name (``— Defense Secretary Gilberto Reyes``) is split off as the role.
    """
    s = line.strip().lstrip("-–—―~ ").strip().rstrip(".")
    s = s.strip("*_ ").strip()
    if not s:
        return None, None
    m = _PAREN_ROLE.match(s)
    if m is not None:
        return m.group("name").strip(), m.group("role").strip() or None
    name, sep, role = s.partition(",")
    if not sep and len(name.split()) >= 3:
        # "— Defense Secretary Gilberto Reyes": the title stands before the name
        from tui.core.extract.extractor import Extractor

        ex = Extractor()
        ex.feed(f"{name} said so.")
        if len(ex.people) == 1 and name.endswith(ex.people[0].name) and ex.people[0].role:
            return ex.people[0].name, ex.people[0].role
    return name.strip() or None, (role.strip() or None) if sep else None


def standalone_quote(text: str) -> str | None:
    """The words of a paragraph that is one quotation and nothing else, marks removed."""
    s = text.strip().rstrip(".,;:")
    if len(s) < 3 or s[0] not in _QUOTE_OPEN or s[-1] not in _QUOTE_CLOSE:
        return None
    inner = s[1:-1].strip()
    closing = _PAIRS.get(s[0])
    if closing is not None and closing in inner:
        return None  # "…," he said, "…": more than one quotation
    return inner or None


def block_quote_unit(text: str, attribution: str | None) -> Unit:
    """A ``>`` block quote with its ``— Name, Role`` line (or none) as a unit.

    Without an attribution, a block that holds a reported sentence (``> "…," she said.``)
    stays a paragraph for the Extractor; otherwise it is a quote (speaker null if unsigned).
    """
    inner = standalone_quote(text)
    if attribution is None and inner is None and any(ch in text for ch in _QUOTE_MARKS):
        return Unit("para", text)
    text = inner or text
    speaker, role = parse_attribution(attribution) if attribution else (None, None)
    context = f"{text} — {attribution}" if attribution else text
    return Unit("quote", text, speaker=speaker, role=role, context=context)


#: A photo caption's credit: ``(Photo By Ana Reyes/Pool)``, ``(REUTERS/…)``, ``AP Photo/…``.
_CAPTION = re.compile(
    r"\((?:[A-Z]+ )?Photos?\b|\bPhoto(?:graph)?s? (?:by|By|credit)\b|\bREUTERS/|\bAP Photo\b"
    r"|/Getty\b|/AFP\b"
    # "… on Feb. 14, 2012. [Liu Wei/Xinhua]": a credit in square brackets ending the caption
    r"|\[[^\]]{0,40}\b(?:Xinhua|Reuters|AFP|AP|Photo|Getty|EPA|IANS|PTI|ANI|Agencies)\b[^\]]{0,30}\]\s*$"
)


def is_caption(text: str) -> bool:
    """Whether a paragraph is a photo caption (its credit names the photographer)."""
    return ("hoto" in text or "/" in text or "]" in text) and _CAPTION.search(text) is not None


def _lead(units: list[Unit]) -> tuple[list[int], Dateline | None, int | None]:
    """Indexes of the summary paragraphs, the dateline, and which unit carried it.

    The lead is the paragraphs before the first heading (stopping at a list); with no
    heading at all, just the first paragraph. A dateline is looked for in the first two
    paragraphs (a subtitle may stand before it), and the lead starts there.
    """
    first_heading = next((i for i, u in enumerate(units) if u.kind == "heading"), len(units))
    paras = [i for i, u in enumerate(units) if u.kind == "para"]
    if not paras:
        return [], None, None
    dateline: Dateline | None = None
    # (a photo caption standing first is not the lead)
    start = next((i for i in paras[:3] if not is_caption(units[i].text)), paras[0])
    carrier = None
    for k, i in enumerate(paras[:8]):  # (a wire's dateline may stand under page furniture)
        found = split_dateline(units[i].text)
        if found is not None and is_caption(units[i].text):
            # "UNITED STATES - MAY 19: From left, … (Photo By …)" is no dateline; one on a
            # line of its own above a caption is ("LONDON (Reuters) —" / "Ministers meet …")
            head = units[i].text[: units[i].text.find(found.rest)]
            if "\n" not in head and "(" not in head:
                continue
        # a wire dateline may stand below a caption, a byline or a "1 Min Read"
        if found is not None and (k < 2 or is_strong(units[i].text, found)):
            dateline, start, carrier = found, i, i
            break
    lead: list[int] = []
    if start < first_heading < len(units):
        for i in range(start, first_heading):
            if units[i].kind == "bullet" and lead:
                break
            if units[i].kind == "para":
                lead.append(i)
    return lead or [start], dateline, carrier


_OPENING_MARKS = frozenset("\"“«„'‘")
#: "On the vote: “…”": a short lead-in ending in a colon, then the quotation
_LEAD_IN = re.compile(r"[^\"“«„‘.!?]{1,100}:[ \u00a0]*[\"“«„‘]")


def _opens_with_quote(text: str) -> bool:
    """A paragraph that starts with a quotation, perhaps after a short lead-in and a colon."""
    # (the lead-in's colon stands within its first 101 characters: most paragraphs have none,
    # and the regex would try every shorter lead-in before failing)
    return text[:1] in _OPENING_MARKS or (":" in text[:101] and _LEAD_IN.match(text) is not None)


#: ``울산=한국경제 기자 박서준``, ``부산=뉴스1 김민지 기자``: a Korean wire's place, source and
#: reporter on a line of their own over the lead
_KO_BYLINE_LINE = re.compile(
    r"^(?P<place>[가-힣]{1,10})\s*=\s*(?P<who>[^\s=()]{1,12})"
    r"(?=(?:\s+[^\s=]{1,12}){1,3}\s*=?$).*(?:기자|특파원|통신원)"
)


def _join_dateline_line(units: list[Unit]) -> None:
    """``New Delhi, September 8`` on a line of its own over the lead: the lead's dateline.

    (A line with a full date is read as a header line before the units are made.)"""
    for k in range(min(5, len(units) - 1)):  # (below a caption and a stamp too)
        u, nxt = units[k], units[k + 1]
        if u.kind not in ("heading", "para") or nxt.kind != "para":
            continue
        t = u.text.strip()
        ko = _KO_BYLINE_LINE.match(t) if "=" in t[:12] else None
        if ko is not None and split_dateline(nxt.text) is None:
            # "울산=한국경제 기자 박서준" on a line of its own: the lead's place and source
            nxt.text = f"({ko.group('place')}={ko.group('who')}) {nxt.text}"
            del units[k]
            return
        if t[:1] == "(" and t[-1:] == ")":
            t = t[1:-1]  # "(Paris, April 16, 2007)": a press release's place line
        t = t.rstrip(" –—-")  # "SANTIAGO, 2 Mar. (EUROPA PRESS) -" over the lead
        if len(t) > 60 or "," not in t or not any(map(str.isdigit, t)) or "\n" in t:
            continue
        where = parse_place(t)
        if where is not None and where[0] and split_dateline(nxt.text) is None:
            nxt.text = f"{t} — {nxt.text}"
            del units[k]
            return


def _continued_quote(text: str, nxt: Unit | None) -> bool:
    """Does a quotation left open at the end of ``text`` go on in paragraph ``nxt``?

    Newspaper style: a quotation running over paragraphs has no closing mark at the end of
    each paragraph and an opening mark at the start of the next one.
    """
    if nxt is None or nxt.kind != "para" or not nxt.text:
        return False
    mark = nxt.text[0]
    if mark == '"':
        left_open = text.count('"') % 2 == 1
    elif mark == "‘":
        left_open = "‘" in text  # (’ is an apostrophe too: the quote finder decides below)
    else:
        close = _CONTINUED.get(mark)
        left_open = close is not None and text.count(mark) > text.count(close)
    if not left_open:
        return False
    # the marks do not pair up; the quote finder says whether one really runs to the end
    # ("“… granted too,“ he said." closes with the opening mark typed again)
    from tui.core.extract.quotes import find_quotes
    from tui.core.extract.tokens import scan

    spans = find_quotes(text, scan(text).marks)
    return bool(spans) and spans[-1][1] >= len(text)


class _NoExtractor:
    """Stands in for the Extractor and reads nothing: quotes, facts and people stay empty
    (the light parse)."""

    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()

    def feed(self, text: str) -> None:
        """Skip the paragraph."""

    def feed_title(self, title: str) -> None:
        """Skip the title."""

    def feed_speaker_line(self, line: str) -> None:
        """Skip the line."""

    def feed_block_quote(
        self, text: str, speaker: str | None, role: str | None, context: str | None = None
    ) -> None:
        """Skip the block quote."""


def build(
    units: list[Unit], meta: Meta, *, origin: str, fmt: Format, body: str, extract: bool = True
) -> Briefing:
    """Assemble the briefing, feeding the Extractor in document order (never comments).

    With ``extract=False`` quotes, facts and people are left empty; all else is the same.
    """
    lang = meta.lang or detect_language(body)
    numbered_headings(units)
    marked_headings(units)
    unbulleted_areas(units)
    # A short line between the title and a datelined lead is a subtitle, not a section.
    if (
        len(units) >= 2
        and units[0].kind == "heading"
        and units[1].kind == "para"
        and split_dateline(units[1].text) is not None
    ):
        units[0].kind = "para"
    _join_dateline_line(units)
    lead, dateline, carrier = _lead(units)
    lead_texts = [
        dateline.rest if (dateline is not None and i == carrier) else units[i].text for i in lead
    ]
    summary = meta.summary if meta.summary else "\n\n".join(lead_texts)
    place = meta.place or (dateline.place if dateline else None) or meta.late_place
    date = meta.date
    if date is None and meta.fallback_date is None:
        # (a date in the lead's prose, "the briefing from April 1, 2010", is what happened
        # then; a date line under the title, when there is one, says when it was written)
        date = first_date(" ".join(lead_texts), day_first=lang not in (None, "en"))
    if date is None and dateline is not None:
        date = dateline.date
    if date is None and dateline is not None and carrier is not None and lang not in (None, "en"):
        # "Brasília, 12/02/2026 – …": a numeric date in the dateline, read day-first
        head = units[carrier].text[: max(0, len(units[carrier].text) - len(dateline.rest))]
        date = first_date(head, day_first=True)
    date = date or meta.fallback_date or meta.late_date
    if date is None and lead:
        # "Agency News PTI| Jun 13, 2020 07:26 PM IST" between the title and a lead whose
        # dateline gives no year: the first full date on a short line (not a sentence, not a
        # caption) above the lead
        for k, u in enumerate(units[: lead[0] + 4]):
            if k >= lead[0] and not is_date_line(u.text):
                continue  # (below the lead's start, only a line that is a date: "Tuesday, May 9")
            if len(u.text) <= 80 and u.kind in ("para", "heading") and not ends_terminal(u.text):
                date = first_date(u.text, day_first=lang not in (None, "en"))
                if date is not None:
                    break

    area_ix = {i for ix in area_lists(units) for i in ix}
    areas: list[Area] = []
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    started = False
    ex: Extractor | _NoExtractor = _NoExtractor()
    if extract:
        from tui.core.extract.extractor import Extractor

        ex = Extractor(lang)
        ex.feed_title(meta.title)
    carry: str | None = None  # a paragraph whose quotation goes on in the next one
    for i, u in enumerate(units):
        if u.kind == "heading":
            if started:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs, started = u.text, [], True
            nxt = units[i + 1] if i + 1 < len(units) else None
            if nxt is not None and nxt.kind == "para" and _opens_with_quote(nxt.text):
                ex.feed_speaker_line(u.text)  # "Ana Lima (Green Alliance)" over her words
            continue
        started = True
        if u.kind == "quote":
            paragraphs.append(u.context or u.text)
            ex.feed_block_quote(u.text, u.speaker, u.role, u.context)
            continue
        paragraphs.append(u.text)
        if u.kind == "bullet" and i in area_ix:
            area = parse_area(u.text)
            if area is not None:
                areas.append(area)
                if area.text:
                    if area.text[:1] in _OPENING_MARKS:
                        ex.feed_speaker_line(area.name)  # "- Dana Roe: “…”": hers
                    ex.feed(area.text)
                continue
        text = dateline.rest if (dateline is not None and i == carrier) else u.text
        if carry is not None:
            text = f"{carry} {text[1:].lstrip()}"
            carry = None
        if u.kind == "para" and _continued_quote(
            text, units[i + 1] if i + 1 < len(units) else None
        ):
            carry = text
            continue
        ex.feed(text)
    if carry is not None:
        ex.feed(carry)
    if started:
        sections.append(Section(heading, tuple(paragraphs)))
    if not areas:
        areas = areas_from_subheadings(units)

    ids = IdMaker("c")
    comments = tuple(Comment(ids.make(a, t), a, t) for a, t in meta.comments)
    warnings = list(meta.warnings)
    no_rules = no_rules_warning(lang)
    if no_rules:
        warnings.append(no_rules)
    if meta.declared is not None and meta.declared != len(comments):
        noun = "comment" if meta.declared == 1 else "comments"
        warnings.append(f"{meta.declared} {noun} declared, {len(comments)} found")
    if not units:
        warnings.append("no text after the title")
    return Briefing(
        id=briefing_id(meta.title, date.isoformat() if date else None, place),
        source=origin,
        format=fmt,
        title=meta.title,
        place=place,
        date=date,
        lang=lang,
        summary=summary,
        sections=tuple(sections),
        areas=tuple(areas),
        quotes=ex.quotes,
        comments=comments,
        comment_count_declared=meta.declared,
        facts=ex.facts,
        people=ex.people,
        warnings=tuple(warnings),
        tags=meta.tags,
        body=body,
    )
