"""A library indexed before: its newest rows and title are in the first frame."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LATE_TITLE
from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.library import discover, scan
from tui.screens.reader import ReaderScreen


async def test_indexed_library_shows_rows_before_the_scan_which_then_corrects_them(
    tmp_path: Path, late_date_library: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    list(scan(discover([late_date_library])))  # an earlier session indexed the folder
    # Since then: one briefing deleted, one retitled.
    (late_date_library / "item-4.txt").unlink()
    (late_date_library / "item-3.txt").write_text(
        "Talks Item Three Revised\n\nOslo, Norway, Jan. 4, 2026 - Revised.\n", encoding="utf-8"
    )
    gate = hold_scan()
    app = make_app(config_dir=tmp_path / "config", targets=(str(late_date_library),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = app.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        await pilot.pause()
        # Before the scan has read a file: the rows as indexed, the newest title on top.
        assert str(screen.query_one("#library-header").render()).startswith("Scanning")
        titles = [r.title for r in screen.library.shown_rows]
        assert titles[:3] == [LATE_TITLE, "Talks Item 4", "Talks Item 3"]
        assert str(screen.query_one("#doc-title").render()).startswith(LATE_TITLE)
        await wait_until(pilot, lambda: screen.open_path is not None, what="opening")
        gate.set()
        await settle(pilot)
        titles = [r.title for r in screen.library.shown_rows]
        assert titles == [
            LATE_TITLE,
            "Talks Item Three Revised",
            "Talks Item 2",
            "Talks Item 1",
            "Talks Item 0",
        ]
        assert str(screen.query_one("#library-header").render()) == "Library · 5"
        assert screen.briefing is not None and screen.briefing.title == LATE_TITLE
