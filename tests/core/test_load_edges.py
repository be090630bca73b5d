"""Loading at the edges: binary data after a long text opening, dates given with a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.load import load_briefing
from tui.core.serialize import to_dict


def test_nul_bytes_after_a_long_text_opening_are_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "archive.txt"
    opening = b"Port Talks Resume\n\n" + b"Delegates met again to talk about the port.\n" * 400
    path.write_bytes(opening + b"\x00\x00\x00\x01\x02binary payload\x00" * 4)
    assert len(opening) > 16_000
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    assert "binary" in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".toml", 'title = "Port Talks"\ndate = 2026-01-19T09:30:00Z\nsummary = "Talks."\n'),
        (".toml", 'title = "Port Talks"\ndate = 2026-01-19T23:30:00\nsummary = "Talks."\n'),
        (".json", '{"title": "Port Talks", "date": "2026-01-19", "summary": "Talks."}'),
    ],
)
def test_a_date_given_with_a_time_is_a_plain_date(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"talks{suffix}"
    path.write_text(text, encoding="utf-8")
    doc = load_briefing(path)
    assert to_dict(doc)["date"] == "2026-01-19"
