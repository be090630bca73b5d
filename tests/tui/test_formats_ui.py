"""The new formats as a reader sees them in the app's panes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.load import load_briefing
from tui.widgets.panes.summary import summary_text

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


def test_summary_pane_shows_the_web_address_of_a_page() -> None:
    doc = load_briefing(SAMPLES / "portugal-senegal-fisheries-wind.html")
    lines = summary_text(doc).plain.splitlines()
    assert lines[0] == "https://ledger.example.org/2026/03/portugal-senegal-fisheries-wind"


def test_summary_pane_has_no_address_line_for_a_local_text() -> None:
    doc = load_briefing(SAMPLES / "korea-italy-summit.txt")
    assert doc.url is None
    assert "http" not in summary_text(doc).plain


# --- the live library -------------------------------------------------------------------


def _write(path: Path, title: str, date: str = "March 3, 2026") -> None:
    path.write_text(
        f"{title}\n\nRome, Italy – Officials met on {date}, to talk.\n", encoding="utf-8"
    )


def _titles(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.title for e in app.screen_stack[0].library.shown_rows]


async def test_files_added_changed_and_removed_show_up_while_the_app_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_WATCH", "1")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    lib = tmp_path / "lib"
    lib.mkdir()
    _write(lib / "a.txt", "Alpha Talks Open", "March 1, 2026")
    _write(lib / "b.txt", "Bravo Talks Close", "March 2, 2026")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: len(_titles(app)) == 2, what="the first scan")
        await wait_until(pilot, app.screen_stack[0].watch_ready.is_set, what="the watcher")
        screen = app.screen_stack[0]
        view = screen.library.view
        view.cursor = 1  # the user is on "Alpha"
        assert view.current.title == "Alpha Talks Open"
        # a file dropped into the folder appears, newest first, the cursor stays on Alpha
        (lib / "feed.rss").write_bytes((SAMPLES / "pacific-desk-weekly.rss").read_bytes())
        await wait_until(pilot, lambda: len(_titles(app)) == 5, timeout=30, what="the feed")
        assert view.current.title == "Alpha Talks Open"
        # a changed title updates its row, and the filter finds the new title
        _write(lib / "b.txt", "Bravo Talks Renamed Zebra", "March 2, 2026")
        await wait_until(pilot, lambda: "Bravo Talks Renamed Zebra" in _titles(app), timeout=30)
        assert "Bravo Talks Close" not in _titles(app)
        screen.library.filter_text = "zebra"
        screen.library.refilter()
        await pilot.pause()
        assert _titles(app) == ["Bravo Talks Renamed Zebra"]
        screen.library.filter_text = ""
        screen.library.refilter()
        # a removed file's rows go, a feed's entries all together; the place is kept
        place = view.current.title
        (lib / "feed.rss").unlink()
        await wait_until(pilot, lambda: len(_titles(app)) == 2, timeout=30, what="removal")
        assert view.current.title == place


async def test_r_rescans_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    lib = tmp_path / "lib"
    lib.mkdir()
    _write(lib / "a.txt", "Alpha Talks Open")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert _titles(app) == ["Alpha Talks Open"]
        _write(lib / "c.txt", "Charlie Talks Begin", "March 9, 2026")
        (lib / "a.txt").unlink()
        await pilot.press("r")
        await wait_until(pilot, lambda: _titles(app) == ["Charlie Talks Begin"], what="rescan")
