"""What `c` copies, and a quote's words as shown: the lead-in comma of `"…," said X` dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.citation import citation, spoken
from tui.core.model import Area, Comment, Quote
from tui.core.parse import parse_text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("We will build the port together,", "We will build the port together"),
        ("We will build the port together, ", "We will build the port together"),
        ("Nous construirons le port，", "Nous construirons le port"),
        ("It is done.", "It is done."),
        ("Is it done?", "Is it done?"),
        ("Never again!", "Never again!"),
        ("one, two, three", "one, two, three"),
        ("…", "…"),
        ("", ""),
    ],
)
def test_spoken_drops_only_a_trailing_lead_in_comma(text: str, shown: str) -> None:
    assert spoken(text) == shown


DOC = parse_text(
    "Port Pact Signed in Busan\n\n"
    "Busan, South Korea – Friday, May 8, 2026 – Two port cities signed a pact.\n\n"
    '"We will share every berth," Mayor Park Seo-yeon said at the ceremony.\n',
    origin="pact.txt",
)


def test_a_quote_is_cited_without_its_lead_in_comma() -> None:
    quote = DOC.quotes[0]
    assert quote.text == "We will share every berth,"  # the contract keeps what stood there
    assert citation(DOC, quote) == (
        '"We will share every berth" — Park Seo-yeon, Mayor, Port Pact Signed in Busan, 2026-05-08'
    )


def test_other_items_are_cited_with_their_source() -> None:
    area = Area(name="Shore Power", short="SP", text="plugs at every berth")
    comment = Comment(id="c-1", author="dockhand", text="About time.")
    assert citation(DOC, area) == (
        "Shore Power (SP): plugs at every berth — Port Pact Signed in Busan, 2026-05-08"
    )
    assert citation(DOC, comment) == (
        '"About time." — dockhand, comment on Port Pact Signed in Busan, 2026-05-08'
    )
    whole = citation(DOC, DOC)
    assert whole.startswith("Port Pact Signed in Busan — Busan, South Korea, 2026-05-08\n\n")
    assert "Two port cities signed a pact." in whole


def test_citations_carry_no_terminal_escapes() -> None:
    quote = Quote(id="q", text="bad\x1b[31m red", speaker="X\x07", role=None, context="")
    text = citation(DOC, quote)
    assert "\x1b" not in text and "\x07" not in text
    assert DOC.date == dt.date(2026, 5, 8)
