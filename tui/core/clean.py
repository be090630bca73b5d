"""Document text made safe to show: terminal escape sequences and control characters removed.

Also removed: the invisible characters that change how a terminal lays text out without
being seen — bidirectional overrides, embeddings and isolates (U+202A–202E, U+2066–2069,
marks), which can make a line read backwards, and zero-width spaces and joiners (a joined
emoji is one glyph on screen but several to the layout, which misaligns borders). The
zero-width non-joiner that Persian spelling needs is kept.

Document text is data, never commands: every place that shows it (the reader, the bookmarks
screen, ``briefing bookmarks``, a Markdown export) cleans it with these two functions.
"""

from __future__ import annotations

import re

__all__ = ["clean", "clean_line"]

# CSI, OSC (ended by BEL or ST) and two-character escape sequences, then any C0/C1 control
# character left over (newline and tab are kept: they are layout, not commands).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
    "|[\u061c\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean(text: str) -> str:
    """``text`` with terminal escape sequences and control characters removed (lines kept)."""
    return _ESCAPES.sub("", text)


def clean_line(text: str, limit: int | None = None) -> str:
    """``text`` cleaned onto one line: every run of white space (line breaks too) one space.

    Args:
        text: document text.
        limit: at most this many characters; a longer text is cut and ends in ``…``.
    """
    # White space first (a carriage return or form feed separates words, it is not dropped),
    # then what is left of escapes and controls, then the spaces that removal may pair up.
    line = " ".join(clean(" ".join(text.split())).split())
    if limit and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line
