"""Document text made safe to show: terminal escape sequences and control characters removed.

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
