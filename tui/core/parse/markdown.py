"""Markdown briefings: front matter, ``#`` title, ``##`` sections, lists, ``>`` quotes, comments.

Front matter (TOML ``+++`` or simple YAML ``---``) wins over the text for title, date and
place; without it, the first ``#`` heading is the title and the first paragraph's dateline
gives place and date, as in plain text. All fields are plain text (inline markup removed).
A ``>`` block quote followed by (or ending with) a ``— Name, Role`` line is a quote with
that speaker; without one its speaker is null — unless it holds a reported sentence
(``> "…," the minister said.``), which goes to the Extractor like any paragraph.
"""

from __future__ import annotations

import re

from tui.core.model import Briefing
from tui.core.parse.assemble import (
    Meta,
    block_quote_unit,
    build,
    clean_title,
    split_title,
    title_from_origin,
)
from tui.core.parse.blocks import (
    Unit,
    body_units,
    bullet_match,
    ends_terminal,
    heading_text,
    is_rule,
    split_lines,
)
from tui.core.parse.comments import BOLD_AUTHOR, comments_header, parse_marked_comments
from tui.core.parse.frontmatter import read_front_matter
from tui.core.parse.inline import strip_inline
from tui.core.parse.text import read_header_line

_ATX = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})(?:\s+(?P<text>.*))?$")
_SETEXT = re.compile(r"^\s{0,3}(?P<ch>=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(?P<fence>`{3,}|~{3,})")
_QUOTE_LINE = re.compile(r"^\s{0,3}>\s?")
_LIST = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|\d{1,3}[.)])\s+(?P<body>.*)$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_ATTRIBUTION = re.compile(r"^\s*(?:[—―–]|--|-(?=\s))\s*(?P<who>\S.*)$")
#: The first characters a fence, heading, setext underline, block quote, rule, list item
#: or link definition can have (besides digits); a line starting otherwise is plain text.
_BLOCK_STARTS = frozenset("`~#=->*_+•·[")


def _atx_text(m: re.Match[str]) -> str:
    """A heading's text without the optional closing ``#``s (``## Title ##``)."""
    text = (m.group("text") or "").rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1].isspace()):
        text = bare.rstrip()
    return text


def _comments_line(s: str) -> tuple[int | None] | None:
    """``comments_header`` of a line's plain text; a long line is turned away unread.

    A header has at most 80 characters, and removing markup never lengthens a line (only
    text holding NUL characters, which markup removal uses internally, is read in full).
    """
    if len(s) > 80 and "\x00" not in s:
        return None
    return comments_header(strip_inline(s))


def _paragraphs(block: list[str]) -> list[str]:
    """Markdown joins a block's lines into one paragraph."""
    return [strip_inline(" ".join(block))]


def _attribution(line: str) -> str | None:
    m = _ATTRIBUTION.match(strip_inline(line.strip()))
    if m is None:
        return None
    who = m.group("who").strip()
    if len(who) > 100 or len(who.split()) > 14 or ":" in who or who.endswith(("!", "?")):
        return None
    return who


class _Reader:
    """Walks the Markdown lines once, producing units, the title and the comments."""

    def __init__(self, lines: list[str], start: int, meta: Meta) -> None:
        self.lines = lines
        self.i = start
        self.meta = meta
        self.units: list[Unit] = []
        self.block: list[str] = []

    def flush(self) -> None:
        if not self.block:
            return
        block, self.block = self.block, []
        if len(block) == 1 and BOLD_AUTHOR.match(block[0]) and block[0].strip().endswith("**"):
            text = heading_text(strip_inline(block[0]))
            if text is not None and self._next_is_body():
                self.units.append(Unit("heading", text))
                return
        if len(block) >= 2 and sum(len(s) for s in block) / len(block) >= 100:
            # one paragraph per line, plain-text style: let the text rules find headings too
            for u in body_units(block):
                u.text = strip_inline(u.text)
                if u.text:
                    self.units.append(u)
            return
        self.units.extend(Unit("para", p) for p in _paragraphs(block) if p)

    def _next_is_body(self) -> bool:
        for line in self.lines[self.i :]:
            if line.strip():
                return _ATX.match(line) is None
        return False

    def heading(self, level: int, text: str) -> None:
        self.flush()
        found = comments_header(text)
        if found is not None:
            self.comments(level, found[0])
            return
        if text:
            self.units.append(Unit("heading", text, level=level))

    def comments(self, level: int, declared: int | None) -> None:
        body: list[str] = []
        while self.i < len(self.lines):
            atx = _ATX.match(self.lines[self.i])
            if atx is not None and len(atx.group("hashes")) <= level:
                break
            body.append(self.lines[self.i])
            self.i += 1
        found, warnings = parse_marked_comments(body, declared)
        self.meta.declared = declared if self.meta.declared is None else self.meta.declared
        self.meta.comments.extend(found)
        self.meta.warnings.extend(warnings)

    def fence(self, fence: str) -> None:
        self.flush()
        code: list[str] = []
        while self.i < len(self.lines) and not self.lines[self.i].strip().startswith(fence):
            code.append(self.lines[self.i].strip())
            self.i += 1
        self.i += 1
        text = " ".join(s for s in code if s)
        if text:
            self.units.append(Unit("para", text))

    def quote(self, first: str) -> None:
        self.flush()
        q_lines = [first]
        while self.i < len(self.lines) and _QUOTE_LINE.match(self.lines[self.i]):
            q_lines.append(self._unquote(self.lines[self.i]))
            self.i += 1
        q_lines = [s for s in q_lines if s]
        attribution = _attribution(q_lines[-1]) if len(q_lines) >= 2 else None
        if attribution is not None:
            q_lines.pop()
        else:
            j = self.i
            if j < len(self.lines) and not self.lines[j].strip():
                j += 1  # one blank line may stand between a quote and its speaker
            if j < len(self.lines):
                line = self.lines[j]
                plain_dash = line.lstrip().startswith("- ")
                attribution = _attribution(line) if not (plain_dash and j > self.i) else None
                if attribution is not None:
                    self.i = j + 1
        if q_lines:
            self.units.append(block_quote_unit(strip_inline(" ".join(q_lines)), attribution))

    @staticmethod
    def _unquote(line: str) -> str:
        s = line
        while (m := _QUOTE_LINE.match(s)) is not None:
            s = s[m.end() :]
        return s.strip()

    def item(self, m: re.Match[str]) -> None:
        self.flush()
        indent = len(m.group("indent"))
        content = indent + len(m.group("marker")) + 1
        parts = [m.group("body").strip()]
        while self.i < len(self.lines):
            line = self.lines[self.i]
            s = line.strip()
            if not s:
                nxt = self.lines[self.i + 1] if self.i + 1 < len(self.lines) else ""
                lead = len(nxt) - len(nxt.lstrip())
                if nxt.strip() and lead >= content and not _LIST.match(nxt):
                    self.i += 1
                    continue
                break
            if _LIST.match(line) or _ATX.match(line) or _QUOTE_LINE.match(line) or is_rule(s):
                break
            lead = len(line) - len(line.lstrip())
            if lead < content and ends_terminal(parts[-1]):
                break  # an unindented line after a finished item starts a new paragraph
            parts.append(s)
            self.i += 1
        text = strip_inline(" ".join(p for p in parts if p))
        if text:
            self.units.append(Unit("bullet", text, indent, m.group("marker")))

    def run(self) -> None:
        lines = self.lines
        while self.i < len(lines):
            line = lines[self.i]
            s = line.strip()
            self.i += 1
            if not s:
                self.flush()
                continue
            if s.startswith("<!--"):
                self.flush()
                while "-->" not in lines[self.i - 1] and self.i < len(lines):
                    self.i += 1
                continue
            if s[0] not in _BLOCK_STARTS and not s[0].isdecimal():
                self._text(line, s)  # prose, most lines: none of the block patterns can match
            elif (f := _FENCE.match(line)) is not None:
                self.fence(f.group("fence"))
            elif (a := _ATX.match(line)) is not None:
                self.heading(len(a.group("hashes")), strip_inline(_atx_text(a)))
            elif (st := _SETEXT.match(line)) is not None and len(self.block) == 1:
                text, self.block = strip_inline(self.block[0]), []
                self.heading(1 if st.group("ch")[0] == "=" else 2, text)
            elif _QUOTE_LINE.match(line):
                self.quote(self._unquote(line))
            elif is_rule(s):
                self.flush()
            elif (li := _LIST.match(line)) is not None and bullet_match(line) is not None:
                self.item(li)
            else:
                self._text(line, s)
        self.flush()

    def _text(self, line: str, s: str) -> None:
        """A line that starts no block: a comments header, or a line of the paragraph."""
        found = _comments_line(s)
        if found is not None and (not self.block or found[0] is not None):
            self.flush()
            self.comments(1, found[0])
        elif not _REF_DEF.match(line):
            self.block.append(s)


def _title(lines: list[str], start: int, meta: Meta) -> int:
    """Take the title line (``#``, setext, or the first line) unless front matter named one."""
    k = start
    while k < len(lines) and (not lines[k].strip() or lines[k].lstrip().startswith("<!--")):
        if lines[k].lstrip().startswith("<!--"):
            while k < len(lines) and "-->" not in lines[k]:
                k += 1
        k += 1
    if k >= len(lines):
        return k
    line = lines[k]
    atx = _ATX.match(line)
    setext = k + 1 < len(lines) and lines[k + 1].strip()[:1] == "=" and _SETEXT.match(lines[k + 1])
    if atx is not None:
        text = strip_inline(_atx_text(atx))
        level = len(atx.group("hashes"))
        if comments_header(text) is not None or (meta.title and level > 1):
            return k
        meta.title = meta.title or text
        return k + 1
    if setext:
        meta.title = meta.title or strip_inline(line.strip())
        return k + 2
    if meta.title or _LIST.match(line) or _QUOTE_LINE.match(line) or _FENCE.match(line):
        return k
    title, rest, warning = split_title(strip_inline(clean_title(line)))
    meta.title = title
    if warning:
        meta.warnings.append(warning)
    if rest:
        lines[k] = rest
        return k
    return k + 1


def parse_markdown(source: str, *, origin: str, extract: bool = True) -> Briefing:
    """Parse a Markdown briefing; never raises, oddities become warnings."""
    lines = split_lines(source)
    fm = read_front_matter(lines)
    meta = Meta(
        title=fm.title or "",
        place=fm.place,
        date=fm.date,
        summary=fm.summary,
        tags=fm.tags,
        warnings=list(fm.warnings),
    )
    start = _title(lines, fm.end, meta)
    reader = _Reader(lines, start, meta)
    reader.run()
    while reader.units and reader.units[0].kind == "para":
        # a byline, date line or "Date: …" line under the title is metadata, not the lead
        if not read_header_line(meta, reader.units[0].text):
            break
        reader.units.pop(0)
    if not meta.title:
        meta.warnings.append("empty document")
        meta.title = title_from_origin(origin)
    return build(reader.units, meta, origin=origin, fmt="markdown", body=source, extract=extract)
