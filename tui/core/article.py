"""A briefing laid out for reading: blocks of styled text, wrapped to a width, searchable.

The Article view draws what this module computes, line by line; nothing here knows about
Textual. A document becomes a list of :class:`Block` (title, meta line, headings,
paragraphs, list items, comments), each with styled spans (quotes and their speakers,
facts); :func:`wrap_blocks` cuts them into :class:`Line` records for one width, and
:func:`find` returns every occurrence of a search as block offsets, which stay valid
whatever the width. Places in the article are kept as block numbers for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tui.core.clean import clean_line
from tui.core.model import Briefing

Kind = Literal["title", "meta", "heading", "paragraph", "item", "comments", "author", "comment"]
Style = Literal["quote", "speaker", "unattributed", "fact"]

__all__ = [
    "Block",
    "Hit",
    "Landmark",
    "Line",
    "Span",
    "build_blocks",
    "cell_width",
    "find",
    "landmarks",
    "wrap_blocks",
    "wrap_offsets",
]


@dataclass(frozen=True, slots=True)
class Span:
    """A styled stretch of a block's text: ``text[start:end]`` (a quote, its speaker, a fact)."""

    start: int
    end: int
    style: Style


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the article: a paragraph, a heading, a list item, a comment…"""

    kind: Kind
    text: str
    spans: tuple[Span, ...] = ()
    #: the section heading this block falls under (for the table of contents and status)
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line: ``blocks[block].text[start:end]``, indented by ``indent`` columns."""

    block: int
    start: int
    end: int
    indent: int = 0
    #: "• " on the first line of a list item; "" elsewhere
    bullet: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a search: ``blocks[block].text[start:end]``."""

    block: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Landmark:
    """An entry of the table of contents."""

    label: str
    block: int
    level: int = 1


# -- building ------------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:[-*•‣◦–·]|\d{1,3}[.)])\s+(\S.*)$")


def _with_quotes(
    text: str, quotes: Sequence[tuple[str, str]], start: int
) -> tuple[str, list[Span], int]:
    """``text`` with each quote it holds marked and its speaker written after it.

    ``quotes`` are ``(words, speaker)``, cleaned, tried in document order from ``start``; returns the new text, the spans and
    the index of the first quote not yet placed. A quote that is not in this paragraph (it
    may be in a comment, or its marks were repaired) is looked for only a few quotes ahead,
    so one missing quote never hides the rest. The speaker (" [— Name]", an editor's
    insertion as in print) is part of the block's text, so lines wrap around it and a
    search for the name finds the quote.
    """
    spans: list[Span] = []
    placed = start
    out: list[str] = []
    pos = 0  # in ``text``
    shift = 0  # characters added so far
    for i in range(start, min(start + 8, len(quotes))):
        words, speaker = quotes[i]
        if not words:
            continue
        at = text.find(words, pos)
        if at < 0:
            continue
        end = at + len(words)
        spans.append(Span(at + shift, end + shift, "quote"))
        # The speaker goes after the closing mark (and a comma or full stop inside it).
        close = end
        while close < len(text) and text[close] in "\"'”’»«」』“‘,.!?":
            close += 1
        out.append(text[pos:close])
        # Not when the text names the speaker right after ("…," Lee said / — Ada Lee).
        if not speaker or speaker.split()[-1] not in text[close : close + len(speaker) + 24]:
            label = f" [— {speaker}]" if speaker else " [unattributed]"
            out.append(label)
            style: Style = "speaker" if speaker else "unattributed"
            spans.append(Span(close + shift, close + shift + len(label), style))
            shift += len(label)
        pos = close
        placed = i + 1
    out.append(text[pos:])
    return "".join(out), spans, placed


def _fact_pattern(doc: Briefing) -> re.Pattern[str] | None:
    texts = sorted({clean_line(f.text) for f in doc.facts if len(f.text.strip()) > 1}, key=len)
    if not texts:
        return None
    return re.compile("|".join(re.escape(t) for t in reversed(texts)))


def _fact_spans(text: str, pattern: re.Pattern[str] | None, taken: list[Span]) -> list[Span]:
    if pattern is None:
        return []
    out: list[Span] = []
    for m in pattern.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in taken):
            continue  # inside a quote or a speaker: their style says enough
        out.append(Span(m.start(), m.end(), "fact"))
    return out


_FRONT = re.compile(r"\A\s*(\+\+\+|---)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def _paragraphs(body: str, markdown: bool) -> list[tuple[str, bool]]:
    """The body's paragraphs as written, each with whether it was a list item.

    Blank lines separate paragraphs and a hard-wrapped paragraph's lines are joined; a body
    without any blank line (one paragraph per line) is read line by line. A bulleted or
    numbered line starts a list item; a Markdown heading is a paragraph of its own.
    """
    body = _FRONT.sub("", body, count=1) if markdown else body
    lines = body.splitlines()
    by_line = not any(not line.strip() for line in lines[1:-1])
    out: list[tuple[str, bool]] = []
    current: list[str] = []
    item = False

    def flush() -> None:
        nonlocal current, item
        if current:
            text = " ".join(current)
            out.append((text, item))
        current, item = [], False

    for raw in lines:
        line = raw.strip()
        if markdown and line.startswith(">"):
            line = line.lstrip("> ").strip()  # a block quote: its words, without the marks
        if not line or (markdown and _RULE.match(line)):
            flush()
            continue
        m = _LIST_ITEM.match(line)
        heading = _MD_HEADING.match(line) if markdown else None
        if m is not None or heading is not None or by_line:
            flush()
            if m is not None:
                current, item = [m.group(1)], True
            elif heading is not None:
                out.append((heading.group(1), False))
            else:
                current = [line]
            continue
        current.append(line)
    flush()
    return out


def _comment_start(paragraphs: Sequence[str], doc: Briefing) -> int | None:
    """Where the reader comments begin among ``paragraphs`` (their header included)."""
    if not doc.comments:
        return None
    first = doc.comments[0]
    author, words = clean_line(first.author), clean_line(first.text)[:40]
    for i in range(len(paragraphs) - 1, -1, -1):
        text = paragraphs[i]
        if (text == author or text.startswith(author)) and (
            words in text or (i + 1 < len(paragraphs) and paragraphs[i + 1].startswith(words))
        ):
            if i > 0 and len(paragraphs[i - 1]) <= 60:
                return i - 1  # "5 Comments", "Kommentare (4)": the header goes with them
            return i
    return None


def _meta(doc: Briefing) -> str:
    from tui.core.parse.language import language_name

    meta = [doc.place, doc.date.isoformat() if doc.date else None]
    if doc.lang:
        meta.append(language_name(doc.lang))
    meta.append(doc.format)
    if doc.url:
        meta.append(doc.url)
    return clean_line(" · ".join(m for m in meta if m))


def _written(doc: Briefing) -> list[tuple[str | None, str, bool]]:
    """``(heading, paragraph, is_item)`` in reading order, with a heading row per section."""
    if doc.body.strip():
        from tui.core.parse.inline import strip_inline

        markdown = doc.format == "markdown"
        raw = _paragraphs(doc.body, markdown)
        texts = [clean_line(strip_inline(t) if markdown else t) for t, _ in raw]
        headings = {clean_line(s.heading) for s in doc.sections if s.heading}
        stop = _comment_start(texts, doc)
        title = clean_line(doc.title)
        out: list[tuple[str | None, str, bool]] = []
        for i, (text, (_, item)) in enumerate(zip(texts, raw, strict=True)):
            if stop is not None and i >= stop:
                break
            if not text or (i == 0 and text == title):
                continue
            out.append((text if text in headings else None, text, item))
        return out
    out = []
    if not doc.sections and doc.summary:
        return [(None, clean_line(doc.summary), False)]
    for section in doc.sections:
        if section.heading:
            head = clean_line(section.heading)
            out.append((head, head, False))
        out += [(None, clean_line(p), False) for p in section.paragraphs if p.strip()]
    return out


def build_blocks(doc: Briefing) -> list[Block]:
    """The document as blocks, in reading order: title, meta line, the text, comments.

    The text is the document as written (its body; for TOML and JSON, its sections), so
    nothing the parser set aside is lost: datelines, bylines, notes at the end.
    """
    blocks: list[Block] = [Block("title", clean_line(doc.title) or "(untitled)")]
    blocks.append(Block("meta", _meta(doc)))
    facts = _fact_pattern(doc)
    quotes = [(clean_line(q.text), clean_line(q.speaker or "")) for q in doc.quotes]
    quote_at = 0
    section: str | None = None
    for heading, text, item in _written(doc):
        if heading is not None:
            section = heading
            blocks.append(Block("heading", heading, section=section))
            continue
        text, spans, quote_at = _with_quotes(text, quotes, quote_at)
        spans += _fact_spans(text, facts, spans)
        spans.sort(key=lambda s: (s.start, s.end))
        blocks.append(Block("item" if item else "paragraph", text, tuple(spans), section))
    if doc.comments:
        declared = doc.comment_count_declared
        label = f"Comments ({len(doc.comments)}"
        label += f" of {declared})" if declared and declared != len(doc.comments) else ")"
        blocks.append(Block("comments", label, section=label))
        for c in doc.comments:
            blocks.append(Block("author", clean_line(c.author) or "anonymous", section=label))
            blocks.append(Block("comment", clean_line(c.text), section=label))
    return blocks


# -- the table of contents -----------------------------------------------------------------


def landmarks(blocks: Sequence[Block]) -> list[Landmark]:
    """What the table of contents lists: the top, every heading, the comments.

    A document without headings gets its first quote as a landmark too, so the list is
    never just "Top".
    """
    marks = [Landmark("Top", 0, 0)]
    for i, block in enumerate(blocks):
        if block.kind in ("heading", "comments"):
            marks.append(Landmark(block.text, i))
    if len(marks) == 1 or (len(marks) == 2 and blocks[marks[1].block].kind == "comments"):
        first_quote = next(
            (i for i, b in enumerate(blocks) if any(s.style == "quote" for s in b.spans)), None
        )
        if first_quote is not None:
            marks.append(Landmark("First quote", first_quote))
            marks.sort(key=lambda m: m.block)
    return marks


# -- wrapping ------------------------------------------------------------------------------


def cell_width(text: str) -> int:
    """Terminal columns ``text`` takes (East Asian wide and full-width characters take two)."""
    if text.isascii():
        return len(text)
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


_WORD = re.compile(r"\S+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Where ``text`` breaks into lines of at most ``width`` columns: ``(start, end)`` pairs.

    Breaks at spaces; a word wider than a line (a URL, a run of Hangul or Han) is cut by
    columns. Every character but the spaces at the breaks is on some line.
    """
    width = max(width, 4)
    if not text:
        return [(0, 0)]
    out: list[tuple[int, int]] = []
    start = end = -1
    used = 0
    wide = not text.isascii()
    for m in _WORD.finditer(text):
        a, b = m.start(), m.end()
        w = cell_width(m.group()) if wide else b - a
        if start >= 0 and used + 1 + w <= width:
            end, used = b, used + 1 + w
            continue
        if start >= 0:
            out.append((start, end))
        while w > width:  # cut a long word by columns
            taken, cut = 0, a
            while cut < b:
                cw = cell_width(text[cut]) if wide else 1
                if taken + cw > width:
                    break
                taken, cut = taken + cw, cut + 1
            out.append((a, cut))
            a = cut
            w = cell_width(text[a:b]) if wide else b - a
        start, end, used = a, b, w
    if start >= 0:
        out.append((start, end))
    return out or [(0, 0)]


#: Columns a list item and a comment are indented by.
ITEM_INDENT = 2
COMMENT_INDENT = 2


def wrap_blocks(blocks: Sequence[Block], width: int) -> tuple[list[Line], list[int]]:
    """Screen lines for ``width`` columns, and each block's first line.

    Paragraphs are separated by a blank line; a heading has a blank line before it; list
    items follow each other without one, indented under a bullet.
    """
    lines: list[Line] = []
    first: list[int] = []
    previous: Kind | None = None
    for b, block in enumerate(blocks):
        gap = previous is not None and not (
            (block.kind == "item" and previous == "item")
            or (block.kind == "meta" and previous == "title")
            or (block.kind == "comment" and previous == "author")
        )
        if gap:
            lines.append(Line(-1, 0, 0))
        first.append(len(lines))
        indent = 0
        if block.kind == "item":
            indent = ITEM_INDENT + 2  # the text; the bullet hangs in the two columns before
        elif block.kind in ("comment", "author"):
            indent = COMMENT_INDENT
        for n, (start, end) in enumerate(wrap_offsets(block.text, width - indent)):
            if block.kind == "item" and n == 0:
                lines.append(Line(b, start, end, ITEM_INDENT, "• "))
            else:
                lines.append(Line(b, start, end, indent))
        previous = block.kind
    return lines, first


# -- search --------------------------------------------------------------------------------


def find(blocks: Sequence[Block], query: str) -> list[Hit]:
    """Every occurrence of ``query`` (ignoring case), in reading order."""
    query = query.strip()
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [
        Hit(b, m.start(), m.end())
        for b, block in enumerate(blocks)
        for m in pattern.finditer(block.text)
    ]


def line_of(lines: Sequence[Line], first: Sequence[int], block: int, offset: int) -> int:
    """The screen line that shows ``blocks[block].text[offset]``."""
    if not first:
        return 0
    y = first[min(block, len(first) - 1)]
    while y + 1 < len(lines) and lines[y + 1].block == block and lines[y + 1].start <= offset:
        y += 1
    return y


def spans_on(block: Block, start: int, end: int) -> Iterator[Span]:
    """The block's spans that overlap ``text[start:end]``."""
    for span in block.spans:
        if span.start < end and start < span.end:
            yield span


@dataclass
class Article:
    """A document laid out at one width; re-wrapped when the width changes."""

    blocks: list[Block]
    width: int = 0
    lines: list[Line] = field(default_factory=list)
    first: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Briefing) -> Article:
        """Lay out ``doc`` (no width yet)."""
        return cls(build_blocks(doc))

    def wrap(self, width: int) -> None:
        """Cut the blocks into lines for ``width`` columns (nothing to do if unchanged)."""
        if width != self.width or not self.lines:
            self.lines, self.first = wrap_blocks(self.blocks, width)
            self.width = width

    def block_at(self, y: int) -> int:
        """The block shown on line ``y`` (or the next block, on a blank line)."""
        for line in self.lines[max(y, 0) :]:
            if line.block >= 0:
                return line.block
        return max(len(self.blocks) - 1, 0)
