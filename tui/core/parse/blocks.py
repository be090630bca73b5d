"""Lines into units: paragraphs (hard-wrapped or one per line), headings and bullet items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.parse.dates import is_date_line

_INVISIBLE_MAP: dict[str, str | None] = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": "    ",
    "\u200b": None,  # zero-width space
    "\u200c": None,
    "\ufeff": None,  # stray BOM
    "\x0c": None,  # form feed
    "\x0b": " ",
}
_ODD_CHARS = tuple((k, v or "") for k, v in _INVISIBLE_MAP.items())
#: A line of only rule characters: ``-----``, ``=====``, ``* * *``, ``___``.
_RULE = re.compile(r"^\s*(?:([-=_*~#•·])\s*){3,}$")
_RULE_CHARS = frozenset("-=_*~#•·")
_TERMINAL_CHARS = ".!?:;…。！？："
_CLOSING_CHARS = "\"'”’»“«)]*_」』）"
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?P<marker>[-*+•·・‣◦▪▸►■□◆◇▶▷●○–—]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][)]|\([a-zA-Z]\))"
    r"(?:\s+|(?<=・))(?P<body>\S.*)$"  # (Japanese writes ・宇宙開発 with no space)
)
#: A sentence ending inside a line ("… the talks. Both …"): not a heading.
_SENTENCE_BREAK = re.compile(r"[a-z\u00df-\u00ff]{2,}[.!?]\s+\S")
_WRAPPING = re.compile(r"^\*\*(.+)\*\*$|^__(.+)__$")
#: A block-quote line as in e-mail and Markdown: ``> words``.
_QUOTE_LINE = re.compile(r"^\s{0,3}>(?:\s|$)")


def word_set(words: str) -> frozenset[str]:
    """A frozenset of the space-separated words (for readable word lists)."""
    return frozenset(words.split())


FUNCTION_WORDS = word_set(
    "a an the of and or nor to in on for with by at from as that which who whose its their his "
    "her our is are was were be been but than into over under about between after before while "
    "would will could should can may has have had said says include includes including "
    "following follows below these those such this"
)
_QUESTION_ENDINGS = word_set("is are was were be been this these those")
#: Words a heading cannot end with ("What Is" may end a question heading; "the" may not).
_NO_HEADING_END = FUNCTION_WORDS - _QUESTION_ENDINGS
_LEADING_QUOTE = tuple("\"'“‘«„»「『")
_SIGNED = ("—", "―", "--")


def split_lines(source: str) -> list[str]:
    """Lines of a source (any newline style) with tabs, odd spaces and invisible characters
    normalised and trailing space removed."""
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    for odd, plain in _ODD_CHARS:
        if odd in source:  # str.translate is slow per character; most text has none of these
            source = source.replace(odd, plain)
    return list(map(str.rstrip, source.split("\n")))


def search_from_mark(
    pattern: re.Pattern[str], marks: re.Pattern[str], text: str, pos: int = 0, endpos: int = -1
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a pattern whose every match is white space
    and then a character ``marks`` finds: the search skips to the white space before the
    first such character (most text has none) instead of trying every position."""
    endpos = len(text) if endpos < 0 else endpos
    first = marks.search(text, pos, endpos)
    if first is None:
        return None
    start = first.start()
    while start > pos and text[start - 1].isspace():
        start -= 1
    return pattern.search(text, start, endpos)


def is_capital(ch: str) -> bool:
    """A capital letter, or a letter of a script without case (Hangul, kana, Han)."""
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def is_rule(line: str) -> bool:
    """True for a decorative rule line such as ``-----`` or ``* * *``."""
    first = line[:1]
    if first and first not in _RULE_CHARS and not first.isspace():
        return False  # (cheaper than the pattern, and the usual answer)
    return bool(_RULE.match(line))


def ends_terminal(text: str) -> bool:
    """True when the text ends a sentence (or a clause introducing a list).

    That is a terminal mark followed only by closing quotes, brackets or emphasis (and
    perhaps one newline); only the tail is looked at, so long paragraphs cost nothing.
    """
    if text.endswith("\n"):
        text = text[:-1]
    text = text.rstrip(_CLOSING_CHARS)
    return bool(text) and text[-1] in _TERMINAL_CHARS


def bullet_match(line: str) -> re.Match[str] | None:
    """The bullet item on this line (marker, indent, body), or ``None``."""
    if line[:1].isalpha() and line[1:2] != ")":
        return None  # a line of text: only "a) …" starts with a letter (cheap, and usual)
    m = _BULLET.match(line)
    if m is None:
        return None
    marker = m.group("marker")
    body = m.group("body")
    if marker in "–—" and m.group("indent") == "" and body[:1].islower():
        return None  # a dash starting a sentence fragment, not a list
    return m


def unwrap_emphasis(text: str) -> str:
    """``**Heading**`` → ``Heading`` (a whole line in bold)."""
    m = _WRAPPING.match(text)
    return (m.group(1) or m.group(2)).strip() if m else text


def heading_text(line: str) -> str | None:
    """The heading this line would be, if it looks like one on its own (context aside)."""
    if len(line) > 200:
        return None
    s = line.strip(" #=")
    if len(s) > 90 and s[:2] not in ("**", "__") and not s.endswith(":"):
        return None  # too long, and nothing below could shorten it (most prose lines)
    s = unwrap_emphasis(s)
    colon = s.endswith(":")
    if colon:
        s = s[:-1].rstrip()
    if not s or len(s) > 90 or not (is_capital(s[0]) or s[0].isdigit()):
        return None
    words = s.split()
    if len(words) > 12 or (colon and len(words) > 6):
        return None
    if colon and len(words) > 2 and not _title_case(words):
        return None
    # "What Comes Next?" is a heading; a longer question is a one-line paragraph
    question = s.endswith("?") and "?" not in s[:-1] and len(words) <= 8
    body = s[:-1] if question else s
    if not body or body[-1] in ".!?;,…:-–—" or ends_terminal(body):
        return None
    if s.startswith(_LEADING_QUOTE) or (
        any(map(s.__contains__, ".!?")) and _SENTENCE_BREAK.search(s)  # (cheap test first)
    ):
        return None
    if body.split()[-1].lower() in _NO_HEADING_END or is_date_line(s):
        return None
    return s


def _title_case(words: list[str]) -> bool:
    return all(
        is_capital(w[:1]) or w[:1].isdigit() for w in words if w.lower() not in FUNCTION_WORDS
    )


@dataclass(slots=True)
class Unit:
    """One structural piece of a body, in document order."""

    kind: str  # "para" | "bullet" | "heading" | "quote"
    text: str
    indent: int = 0
    marker: str = ""
    speaker: str | None = None
    role: str | None = None
    context: str | None = None
    level: int = 0  # a Markdown heading's level; 0 where the text gives none


@dataclass(slots=True)
class _Layout:
    wrapped: bool
    width: int
    blank_separated: bool


def _layout(stripped: list[str], bullets: list[re.Match[str] | None]) -> _Layout:
    """Is the text hard-wrapped, how wide, and are paragraphs separated by blank lines?"""
    lengths: list[int] = []
    wrapped_widths: list[int] = []
    evidence = 0
    long_lines = 0
    groups = 0
    prev = ""
    for s, bullet in zip(stripped, bullets, strict=True):
        if not s:
            prev = ""
            continue
        is_bullet = bullet is not None
        if not prev:
            groups += 1
        if not is_bullet:
            lengths.append(len(s))
            if len(s) >= 110:
                long_lines += 1
            if prev and not ends_terminal(prev):
                last = prev.rsplit(None, 1)[-1].lower()
                if s[0].islower() or last in FUNCTION_WORDS or prev.endswith(","):
                    evidence += 1
                    wrapped_widths.append(len(prev))
        prev = s
    if not lengths:
        return _Layout(False, 0, False)
    width = max(wrapped_widths, default=0)
    wrapped = evidence >= 1 and long_lines <= 0.3 * len(lengths) and width >= 40
    return _Layout(wrapped, width, groups >= 2)


def _next_nonblank(stripped: list[str], i: int) -> str | None:
    for j in range(i + 1, len(stripped)):
        if stripped[j]:
            return stripped[j]
    return None


def body_units(lines: list[str], *, detect_headings: bool = True) -> list[Unit]:
    """Split body lines into paragraphs, headings and bullet items.

    Handles one paragraph per line (no blank lines), hard-wrapped paragraphs separated by
    blank lines, and mixtures; wrapped bullet items join their continuation lines. Runs of
    ``> …`` lines are one paragraph marked ``>`` (a block quote, as in Markdown).
    """
    # Each line stripped and matched as a bullet once; the layout and the loop share them.
    stripped = [line.strip() for line in lines]
    bullets = [bullet_match(line) if s else None for line, s in zip(lines, stripped, strict=True)]
    layout = _layout(stripped, bullets)
    units: list[Unit] = []
    parts: list[str] = []
    cur: Unit | None = None

    def flush() -> None:
        nonlocal cur, parts
        if cur is not None and parts:
            cur.text = " ".join(parts)
            units.append(cur)
        cur, parts = None, []

    for i, line in enumerate(lines):
        s = stripped[i]
        if not s or is_rule(s):
            flush()
            continue
        if ">" in line[:4] and _QUOTE_LINE.match(line):
            text = s.lstrip("> ").strip()
            if cur is not None and cur.marker == ">" and parts and text.startswith(_SIGNED):
                flush()  # "> — Name, Role" closing the block: its speaker line
                units.append(Unit("para", text))
                continue
            if cur is None or cur.marker != ">":
                flush()
                cur, parts = Unit("para", "", 0, ">"), []
            if text:
                parts.append(text)
            continue
        if cur is not None and cur.marker == ">":
            flush()  # a block quote ends at the first line without ``>``
        b = bullets[i]
        if b is not None and not (cur is not None and _continues_number(cur, parts, b)):
            flush()
            cur = Unit("bullet", "", len(b.group("indent")), b.group("marker"))
            parts = [b.group("body").strip()]
            continue
        indent = len(line) - len(line.lstrip())
        heading: str | None = None  # looked for at most once per line
        looked = False
        if cur is not None and _should_join(cur, parts[-1], s, indent, layout):
            if detect_headings and ends_terminal(parts[-1]):
                heading, looked = _heading_here(stripped, i, layout), True
            if heading is None:
                parts.append(s)
                continue
        flush()
        if detect_headings and not looked:
            heading = _heading_here(stripped, i, layout)
        if heading is not None:
            units.append(Unit("heading", heading))
            continue
        cur = Unit("para", "", indent)
        parts = [s]
    flush()
    return units


def _continues_number(cur: Unit, parts: list[str], b: re.Match[str]) -> bool:
    """A wrapped line that happens to start with ``12.`` continues its paragraph."""
    marker = b.group("marker")
    return marker[:1].isdigit() and cur.kind == "para" and not ends_terminal(parts[-1])


def _should_join(cur: Unit, last: str, s: str, indent: int, layout: _Layout) -> bool:
    """Does line ``s`` continue the unit whose last line is ``last``?"""
    if cur.kind == "heading":
        return False
    lower = s[0].islower()
    if cur.kind == "bullet":
        if indent > cur.indent:
            return True
        if ends_terminal(last):
            return False
        return layout.wrapped or lower
    if not ends_terminal(last):
        if lower or layout.wrapped:
            return True
        tail = last.rsplit(None, 1)[-1].lower()
        return last[-1] in ",-–—(" or tail in FUNCTION_WORDS
    if not layout.wrapped or not layout.width:
        return False
    n = len(last)
    if layout.blank_separated:
        return 0.6 * layout.width <= n <= 1.2 * layout.width
    return 0.75 * layout.width <= n <= 1.2 * layout.width


def _heading_here(stripped: list[str], i: int, layout: _Layout) -> str | None:
    """The heading line ``i`` is, if heading-like and followed by body text; else ``None``."""
    s = stripped[i]
    text = heading_text(s)
    if text is None:
        return None
    if layout.wrapped and layout.width and len(s) >= 0.85 * layout.width and len(s) > 50:
        return None
    nxt = _next_nonblank(stripped, i)
    if nxt is None or nxt[0].islower():
        return None
    if s.rstrip("*_ ").endswith(":") and bullet_match(nxt) is not None:
        return None  # "Fields:" introducing a list is part of the text
    if is_rule(nxt) and _next_nonblank(stripped, i + 1) is None:
        return None
    return text
