"""Hostile shapes parse in linear time: a giant line, CJK on one line, many lists, many quotes.

Each parse runs in a child process with a generous time bound, so a parser gone quadratic
fails the test instead of hanging the suite. The shapes are a few hundred KB: a linear
parser takes well under a second on them, a quadratic one minutes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

#: Seconds a child may take to parse one shape (linear: ~0.5 s on a loaded machine).
BOUND = 30.0
SIZE = 256 * 1024


def _long_line(size: int) -> str:
    return ("word " * (size // 5)).strip() + "\n\nA body paragraph.\n"


def _cjk_line(size: int) -> str:
    return "合作与贸易的问题和港口建设" * (size // 39) + "\n\n正文。\n"


def _lists_between_paragraphs(size: int) -> str:
    out = ["Title of the briefing", ""]
    i = 0
    while sum(map(len, out)) < size:
        out += [f"Paragraph {i} says the talks went on for a while.", "", f"- Item {i}", ""]
        i += 1
    return "\n".join(out)


def _many_quotes(size: int) -> str:
    out = ["Title of the briefing", ""]
    i = 0
    while sum(map(len, out)) < size:
        line = f"The minister said 'round {i} went well' and \"more will come.\" She added “soon”."
        out += [line, ""]
        i += 1
    return "\n".join(out)


def _many_paragraphs(size: int) -> str:
    out = ["Title of the briefing", ""]
    i = 0
    while sum(map(len, out)) < size:
        out += [f"line {i} with words", ""]
        i += 1
    return "\n".join(out)


SHAPES = {
    "long line": (_long_line, "text"),
    "CJK on one line": (_cjk_line, "text"),
    "lists between paragraphs": (_lists_between_paragraphs, "text"),
    "many quotes": (_many_quotes, "text"),
    "many paragraphs": (_many_paragraphs, "text"),
    "long line, Markdown": (_long_line, "markdown"),
}

_CHILD = """
import sys
from tui.core.parse.markdown import parse_markdown
from tui.core.parse.text import parse_text
source = sys.stdin.read()
parse = parse_markdown if sys.argv[1] == "markdown" else parse_text
doc = parse(source, origin="hostile")
print(doc.title[:40])
"""


@pytest.mark.parametrize("shape", list(SHAPES))
def test_hostile_shape_parses_within_bound(shape: str) -> None:
    """Parsing finishes well within the bound (a quadratic parser runs for minutes)."""
    make, fmt = SHAPES[shape]
    source = make(SIZE)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, fmt],
            input=source,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO_ROOT,
            timeout=BOUND,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"parsing {len(source):,} characters shaped as {shape!r} took over {BOUND} s")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
