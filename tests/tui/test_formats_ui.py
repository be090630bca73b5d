"""The new formats as a reader sees them in the app's panes."""

from __future__ import annotations

from pathlib import Path

from tui.core.load import load_briefing
from tui.widgets.summary_pane import summary_text

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


def test_summary_pane_shows_the_web_address_of_a_page() -> None:
    doc = load_briefing(SAMPLES / "portugal-senegal-fisheries-wind.html")
    lines = summary_text(doc).plain.splitlines()
    assert lines[2] == "https://ledger.example.org/2026/03/portugal-senegal-fisheries-wind"


def test_summary_pane_has_no_address_line_for_a_local_text() -> None:
    doc = load_briefing(SAMPLES / "korea-italy-summit.txt")
    assert doc.url is None
    assert "http" not in summary_text(doc).plain.splitlines()[2]
