"""Oversized input in the new formats opens with a warning, in seconds, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.library import Index, scan
from tui.core.load import load_briefing, load_entries


def _items(count: int) -> str:
    return "".join(
        f"<item><title>Entry {n}</title><guid>g{n}</guid><description>Text {n}.</description></item>"
        for n in range(count)
    )


def test_ten_thousand_entry_feed_keeps_the_first_thousand(tmp_path: Path) -> None:
    path = tmp_path / "archive.rss"
    path.write_text(f"<rss version='2.0'><channel><title>A</title>{_items(10_000)}</channel></rss>")
    listed = load_entries(path, head=True)
    assert len(listed) == 1000
    assert listed[0].warnings[0] == "the feed has 10,000 entries; only the first 1,000 are read"
    assert load_briefing(f"{path}#2").title == "Entry 1"
    with pytest.raises(BriefingError, match=r"no entry 1001 \(the feed has 1000\)"):
        load_briefing(f"{path}#1001")


def test_a_19_mb_page_opens_with_a_warning(tmp_path: Path) -> None:
    para = "<p>Officials met again on Tuesday to review the plan, a spokesman said.</p>"
    path = tmp_path / "giant.html"
    body = para * (19_000_000 // len(para))
    path.write_text(
        f"<html><head><title>Giant Page</title></head><body><article>{body}</article></body></html>"
    )
    assert 18_000_000 < path.stat().st_size < 20 * 1024 * 1024
    doc = load_briefing(path, extract=False)
    assert doc.title == "Giant Page"
    assert "a very long page; only its first 2 MB are read" in doc.warnings


def test_a_page_over_the_size_limit_is_one_error_row(tmp_path: Path) -> None:
    path = tmp_path / "too-big.html"
    path.write_bytes(b"<html><body>" + b"x" * (21 * 1024 * 1024))
    (row,) = list(scan([path], index=Index(None)))
    assert row.error is not None and row.error.startswith("too large (21.0 MB")
