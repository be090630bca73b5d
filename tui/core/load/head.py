"""The quick "head" read: the opening of a document, where its title, date and place are decided."""

from __future__ import annotations

import re

__all__ = ["HEAD_CHARS", "head_html", "head_prose", "head_toml", "head_whole"]

#: How much of a text or Markdown document a head parse reads (then up to a paragraph end).
HEAD_CHARS = 1000
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_FENCE_LINE = re.compile(r"^[ \t]*(?:---|\+\+\+|\.\.\.)[ \t]*$", re.M)
#: A TOML table header ends the top-level keys (title, date, place, id, summary).
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.M)
#: Where a web page's ``<head>`` ends (or, without one, its body starts).
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)


def head_whole(text: str) -> str:
    """The whole text: for formats that parse fast and cannot be cut (JSON)."""
    return text


def head_html(text: str) -> str:
    """A web page's ``<head>`` (title, date and canonical URL are there), up to ``</head>``."""
    end = _HEAD_END.search(text, 0, 262144)
    return text if end is None else text[: end.start()] + "</head></html>"


def head_toml(text: str) -> str:
    """The top-level keys of a TOML document, before its first table."""
    table = _TOML_TABLE.search(text)
    return text if table is None else text[: table.start()]


def head_prose(text: str) -> str:
    """Any front matter, then about ``HEAD_CHARS`` characters cut at a paragraph's end.

    When paragraphs run long, the cut falls at the end of a line instead.
    """
    start = 0
    first = text.lstrip()[:3]
    if first in ("---", "+++"):
        opening = _FENCE_LINE.search(text)
        closing = _FENCE_LINE.search(text, opening.end()) if opening else None
        if closing is not None:
            start = closing.end()
    if len(text) <= start + HEAD_CHARS:
        return text
    para = _PARAGRAPH_END.search(text, start + HEAD_CHARS, start + 2 * HEAD_CHARS)
    if para is not None:
        return text[: para.start()]
    line_end = text.find("\n", start + HEAD_CHARS)
    return text if line_end < 0 else text[:line_end]
