"""Document text is data: escape sequences and control characters are stripped."""

from __future__ import annotations

import pytest

from tui.widgets.text import clean, highlight, safe


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("a\x1b]8;;http://e\x07link\x1b]8;;\x07b", "alinkb"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("c1 \x9b31m", "c1 31m"),
        ("[bold]x[/bold]", "[bold]x[/bold]"),
        ("keeps\nnew lines\tand tabs", "keeps\nnew lines\tand tabs"),
        ("Séoul 부산", "Séoul 부산"),
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_safe_is_literal_and_highlight_marks_matches() -> None:
    text = safe("[link=http://e]y[/link] Reservoir reservoir")
    assert text.plain == "[link=http://e]y[/link] Reservoir reservoir"
    highlight(text, "RESERVOIR")
    assert [(s.start, s.end) for s in text.spans] == [(24, 33), (34, 43)]
