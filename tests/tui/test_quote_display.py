"""How a quote reads in the Quotes pane: its words, not the punctuation of the sentence around."""

from __future__ import annotations

import pytest

from tui.core.model import Quote
from tui.widgets.panes.quotes import QuotesPane
from tui.widgets.panes.table import PANES

SPEC = next(p for p in PANES if p.name == "quotes")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("We will not wait,", "“We will not wait”"),
        ("Is it over?", "“Is it over?”"),
        ("The talks ended.", "“The talks ended.”"),
    ],
)
def test_a_trailing_comma_is_not_shown(text: str, shown: str) -> None:
    pane = QuotesPane(SPEC)
    rendered = pane.render_item(Quote("q-1", text, "Ana Ruiz", None, text)).plain
    assert rendered.splitlines()[0] == shown
