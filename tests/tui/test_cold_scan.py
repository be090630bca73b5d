"""A cold library: listed from a quick scan, then indexed, with rows corrected in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import LATE_TITLE as LATE
from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.reader import ReaderScreen


def _texts(screen: ReaderScreen) -> tuple[str, str]:
    header = str(screen.query_one("#library-header").render())
    hint = screen.query("#library-filter-hint")
    return header, str(hint.first().render()) if hint else ""


async def test_cold_library_is_listed_first_then_indexed_and_corrected(
    tmp_path: Path, late_date_library: Path, monkeypatch: pytest.MonkeyPatch, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    from tui.core.library import index

    monkeypatch.setattr(index, "QUICK_MIN_JOBS", 1)  # treat this small library as a big one
    gate = hold_scan(indexing_only=True)  # the indexing pass waits until the test has looked
    app = make_app(config_dir=tmp_path / "config", targets=(str(late_date_library),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = app.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        await wait_until(pilot, lambda: _texts(screen)[0] == "Library · 6", what="the list")
        await wait_until(pilot, lambda: "index 0%" in _texts(screen)[1], what="indexing")
        rows = {r.title: r for r in screen.library.shown_rows}
        assert rows[LATE].date is None  # what the opening alone says
        assert not screen.indexed.is_set()

        # A library search asked now waits for the index rather than answer from part of it.
        await pilot.press("slash", *"fieldwork", "enter")
        await wait_until(pilot, lambda: "searching" in _texts(screen)[0], what="the search")
        # The indexing pass is held (the gate), so this is the search waiting, not slow.
        assert screen.search.library_paths is None
        assert not screen.indexed.is_set()

        gate.set()
        await settle(pilot)
        assert _texts(screen)[1] == "filter (f)"
        assert [r.title for r in screen.library.shown_rows] == [LATE]
        await pilot.press("escape")  # clears the search: the whole library again
        await settle(pilot)
        shown = screen.library.shown_rows
        assert len(shown) == 6
        assert shown[0].title == LATE and str(shown[0].date) == "2026-03-03"  # now the newest
