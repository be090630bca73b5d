"""From units to a Briefing: lead and dateline, sections, areas, the Extractor, comments."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tui.core.dateline import Dateline, split_dateline
from tui.core.dates import first_date
from tui.core.extract import Extractor
from tui.core.ids import IdMaker, briefing_id
from tui.core.model import Area, Briefing, Comment, Format, Section
from tui.core.structure import FUNCTION_WORDS, Unit, ends_terminal, heading_text, unwrap_emphasis

_AREA_SPLIT = re.compile(r"\s*(?::|\s[–-]{1,2}\s|\s?[—―]\s?)\s*")
_SHORT = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]{1,24})\)$")
_TITLE_PREFIX = re.compile(r"^(?:#+\s*|(?:title|headline)\s*:\s*)", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^(.{10,200}?[.!?])\s+(?=[A-Z\"'“‘])")
_AREA_CUE = re.compile(
    r"\b(?:areas?\b|fields?\b|sectors?\b|co-?operat|collaborat|partner|priorit|pillars?\b|agree|"
    r"deals?\b|covers?\b|domains?\b|initiatives?\b|projects?\b|commit|memorand|mous?\b|"
    r"plans?\b|tracks?\b|focus|themes?\b|pledge|work\b|joint\b|cooperation)",
    re.IGNORECASE,
)
_PAREN_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$")
_QUOTE_CHARS = "\"'“”‘’«»„"
_LIST_TRAIL = ";,."
_QUOTE_OPEN = "\"'“‘«„"
_QUOTE_CLOSE = "\"'”’»“"
_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}


@dataclass(slots=True)
class Meta:
    """What a parser knows before the body is read: title, explicit fields, comments."""

    title: str
    place: str | None = None
    date: dt.date | None = None  # an explicit date (front matter, a ``Date:`` line)
    fallback_date: dt.date | None = None  # a date line under the title
    summary: str | None = None
    tags: tuple[str, ...] = ()
    comments: list[tuple[str, str]] = field(default_factory=list)
    declared: int | None = None
    comments_header: bool = False
    warnings: list[str] = field(default_factory=list)


def clean_title(line: str) -> str:
    """The title line without stray markup (``# …``, ``Title: …``, ``**…**``, ``=== … ===``)."""
    s = _TITLE_PREFIX.sub("", line.strip())
    return unwrap_emphasis(s.strip("#= ").strip())


def split_title(line: str) -> tuple[str, str | None, str | None]:
    """``(title, rest, warning)``: a giant first line gives its opening sentence as the title."""
    if len(line) <= 200:
        return line, None, None
    warning = "no separate title line; the title is the opening sentence"
    m = _FIRST_SENTENCE.match(line)
    if m is not None:
        return m.group(1), line[m.end() :], warning
    cut = line[:100].rsplit(" ", 1)[0] if " " in line[:100] else line[:100]
    return cut + "…", line, warning


def title_from_origin(origin: str) -> str:
    """A title for a document that has none: its file name without the suffix."""
    stem = origin.replace("\\", "/").rsplit("/", 1)[-1]
    return (stem.rsplit(".", 1)[0] if "." in stem[1:] else stem) or "Untitled"


def _short_form(name: str) -> tuple[str, str | None]:
    m = _SHORT.match(name)
    if m is None:
        return name, None
    short = m.group("short").strip()
    if not any(ch.isalpha() for ch in short) or len(short.split()) > 3:
        return name, None
    return m.group("name").strip(), short


def _capitalised_share(words: list[str]) -> float:
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return sum(1 for w in content if w[:1].isupper()) / max(1, len(content))


def parse_area(text: str) -> Area | None:
    """``Name (Short): description`` (or ``Name — description``, or a bare ``Name``) → Area."""
    text = text.strip()
    if not text:
        return None
    m = _AREA_SPLIT.search(text, 1, 110)
    if m is not None:
        name = text[: m.start()].strip()
        desc = text[m.end() :].strip()
        words = name.split()
        if (
            name
            and len(words) <= 10
            and (name[0].isupper() or name[0].isdigit())
            and not any(ch in name for ch in _QUOTE_CHARS)
            and not ends_terminal(name.rstrip(")"))
            and words[-1].lower() not in FUNCTION_WORDS
            and (len(words) <= 5 or _capitalised_share(words) >= 0.6)
        ):
            name, short = _short_form(name)
            return Area(name, short, desc)
    bare = text.rstrip(_LIST_TRAIL).strip()
    words = bare.split()
    if (
        bare
        and len(words) <= 8
        and len(bare) <= 80
        and not ends_terminal(bare)
        and not any(ch in bare for ch in _QUOTE_CHARS)
    ):
        name, short = _short_form(bare)
        return Area(name, short, "")
    return None


def parse_attribution(line: str) -> tuple[str | None, str | None]:
    """``— Rosa Tavares Lima, Minister of the Sea`` → (speaker, role); ``-- Name`` → (name, None)."""
    s = line.strip().lstrip("-–—―~ ").strip().rstrip(".")
    s = s.strip("*_ ").strip()
    if not s:
        return None, None
    m = _PAREN_ROLE.match(s)
    if m is not None:
        return m.group("name").strip(), m.group("role").strip() or None
    name, sep, role = s.partition(",")
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


def _area_lists(units: list[Unit]) -> list[list[int]]:
    """Indexes of top-level bullet units grouped into lists, keeping lists that read as areas."""
    lists: list[tuple[list[int], str]] = []
    cue = ""
    prev_bullet = False
    base = 0
    for i, u in enumerate(units):
        if u.kind == "bullet":
            if prev_bullet and u.indent > base + 1:
                continue  # a nested item belongs to its parent's list, not the areas
            if not prev_bullet:
                base = u.indent
                lists.append(([], cue))
            lists[-1][0].append(i)
            prev_bullet = True
            continue
        prev_bullet = False
        if u.kind == "heading":
            cue = u.text
        elif u.kind == "para":
            cue = f"{cue} {u.text[-200:]}"
    if len(lists) <= 1:
        return [ix for ix, _ in lists]
    cued = [ix for ix, c in lists if _AREA_CUE.search(c)]
    return cued or [ix for ix, _ in lists]


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
    for i in paras[:2]:
        dateline = split_dateline(units[i].text)
        if dateline is not None:
            start, carrier = i, i
            break
    else:
        dateline, start, carrier = None, paras[0], None
    lead: list[int] = []
    if start < first_heading < len(units):
        for i in range(start, first_heading):
            if units[i].kind == "bullet" and lead:
                break
            if units[i].kind == "para":
                lead.append(i)
    return lead or [start], dateline, carrier


def _numbered_headings(units: list[Unit]) -> None:
    """``1. Background`` standing alone over a paragraph is a numbered heading, not a list."""
    for i, u in enumerate(units):
        if u.kind != "bullet" or not u.marker[:1].isdigit():
            continue
        if i > 0 and units[i - 1].kind == "bullet":
            continue
        if i + 1 >= len(units) or units[i + 1].kind != "para":
            continue
        text = heading_text(u.text)
        if text is not None and _AREA_SPLIT.search(text) is None:
            units[i] = Unit("heading", text)


def _strict_area(text: str) -> bool:
    """``Name (Short): description`` with a short Title Case name, as written without a bullet."""
    m = _AREA_SPLIT.search(text, 1, 70)
    if m is None or text[m.start() : m.end()].strip() != ":":
        return False
    name, short = _short_form(text[: m.start()].strip())
    words = name.split()
    return (
        len(name) >= 2
        and 1 <= len(words) <= 6
        and (short is not None or _capitalised_share(words) == 1.0)
        and not any(ch.isdigit() for ch in name)
        and bool(text[m.end() :].strip())
    )


def _unbulleted_areas(units: list[Unit]) -> None:
    """With no lists at all, runs of ``Name: description`` paragraphs under a heading or an
    intro that speaks of areas (fields, sectors, cooperation …) are the areas."""
    if any(u.kind == "bullet" for u in units):
        return
    run: list[int] = []
    cue = ""
    for i, u in enumerate([*units, Unit("heading", "")]):
        if u.kind == "para" and _strict_area(u.text):
            run.append(i)
            continue
        if len(run) >= 2 and _AREA_CUE.search(cue):
            for j in run:
                units[j].kind = "bullet"
        run = []
        if u.kind == "heading":
            cue = u.text
        elif u.kind == "para":
            cue = f"{cue} {u.text[-200:]}"


def _areas_from_subheadings(units: list[Unit]) -> list[Area]:
    """``## Areas of cooperation`` over ``### Name (Short)`` subsections, each with its text."""
    for i, u in enumerate(units):
        if u.kind != "heading" or not u.level or not _AREA_CUE.search(u.text):
            continue
        found: list[Area] = []
        for j in range(i + 1, len(units)):
            sub = units[j]
            if sub.kind == "heading" and sub.level <= u.level:
                break
            if sub.kind == "heading" and sub.level > u.level:
                nxt = units[j + 1] if j + 1 < len(units) else None
                name, short = _short_form(sub.text)
                text = nxt.text if nxt is not None and nxt.kind == "para" else ""
                found.append(Area(name, short, text))
        if len(found) >= 2:
            return found
    return []


def build(units: list[Unit], meta: Meta, *, origin: str, fmt: Format, body: str) -> Briefing:
    """Assemble the briefing, feeding the Extractor in document order (never comments)."""
    _numbered_headings(units)
    _unbulleted_areas(units)
    # A short line between the title and a datelined lead is a subtitle, not a section.
    if (
        len(units) >= 2
        and units[0].kind == "heading"
        and units[1].kind == "para"
        and split_dateline(units[1].text) is not None
    ):
        units[0].kind = "para"
    lead, dateline, carrier = _lead(units)
    lead_texts = [
        dateline.rest if (dateline is not None and i == carrier) else units[i].text for i in lead
    ]
    summary = meta.summary if meta.summary else "\n\n".join(lead_texts)
    place = meta.place or (dateline.place if dateline else None)
    date = meta.date or first_date(" ".join(lead_texts))
    if date is None and dateline is not None:
        date = dateline.date
    date = date or meta.fallback_date

    area_ix = {i for ix in _area_lists(units) for i in ix}
    areas: list[Area] = []
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    started = False
    ex = Extractor()
    for i, u in enumerate(units):
        if u.kind == "heading":
            if started:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs, started = u.text, [], True
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
                    ex.feed(area.text)
                continue
        ex.feed(dateline.rest if (dateline is not None and i == carrier) else u.text)
    if started:
        sections.append(Section(heading, tuple(paragraphs)))
    if not areas:
        areas = _areas_from_subheadings(units)

    ids = IdMaker("c")
    comments = tuple(Comment(ids.make(a, t), a, t) for a, t in meta.comments)
    warnings = list(meta.warnings)
    if meta.declared is not None and meta.declared != len(comments):
        noun = "comment" if meta.declared == 1 else "comments"
        warnings.append(f"{meta.declared} {noun} declared, {len(comments)} found")
    elif meta.comments_header and not comments:
        warnings.append("a comments header with no comments after it")
    if not units:
        warnings.append("no text after the title")
    return Briefing(
        id=briefing_id(meta.title, date.isoformat() if date else None, place),
        source=origin,
        format=fmt,
        title=meta.title,
        place=place,
        date=date,
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
