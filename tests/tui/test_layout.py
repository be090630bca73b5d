"""Room on small screens (issue 12): the list hidden or resized and remembered, two full-width
views below 100 columns, the title shown once and never broken inside a place name."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.reader import ReaderScreen
from tui.widgets.library_list import LibraryList, LibraryView
from tui.widgets.panes.container import BriefingPanes
from tui.widgets.panes.quotes import QuotesPane
from tui.widgets.title import title_layout


def reader(app) -> ReaderScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def shown(widget) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``widget`` takes room on the screen now."""
    return widget.display and widget.region.width > 0 and widget.region.height > 0


async def test_a_small_screen_shows_the_list_then_the_briefing_each_at_full_width(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    app = make_app(tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        library, panes = screen.query_one(LibraryList), screen.query_one(BriefingPanes)
        assert shown(library) and library.region.width == 80
        assert not shown(panes)
        # A title the side-by-side list cut at ~24 columns is whole.
        row = "".join(s.text for s in screen.query_one(LibraryView).render_line(0))
        assert "Alpine Summit Agrees Water Compact" in row
        await pilot.press("enter")
        await wait_until(pilot, lambda: shown(panes), what="the briefing")
        assert not shown(library) and panes.region.width == 80
        await pilot.press("escape")
        await wait_until(pilot, lambda: shown(library), what="back to the list")
        assert not shown(panes)
        await pilot.press("3")  # a pane key goes to the briefing
        await wait_until(pilot, lambda: isinstance(app.focused, QuotesPane), what="quotes")
        assert shown(panes) and not shown(library)
        await pilot.press("L")  # and L goes back and forth
        await wait_until(pilot, lambda: shown(library), what="L: the list")


async def test_one_file_on_a_small_screen_opens_at_the_briefing(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    one = fixtures_dir / "alpine-summit.json"
    assert one.is_file()
    app = make_app(tmp_path / "config", targets=(str(one),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert shown(screen.query_one(BriefingPanes))
        assert not shown(screen.query_one(LibraryList))


async def test_the_list_hides_and_resizes_and_both_are_remembered(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    app = make_app(config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        library = screen.query_one(LibraryList)
        await wait_until(pilot, lambda: screen.reading is not None and screen.reading.loaded)
        before = library.outer_size.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await wait_until(pilot, lambda: library.outer_size.width == before + 8, what="wider")
        await pilot.press("less_than_sign")
        await wait_until(pilot, lambda: library.outer_size.width == before + 4, what="narrower")
        panes_before = screen.query_one(BriefingPanes).region.width
        await pilot.press("L")
        await wait_until(pilot, lambda: not shown(library), what="hidden")
        assert screen.query_one(BriefingPanes).region.width > panes_before
        assert not isinstance(app.focused, LibraryView)  # the keys go to the briefing
        await pilot.press("j")  # and do not move a list nobody sees
    again = make_app(config, targets=(str(fixtures_dir),))
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(again)
        library = screen.query_one(LibraryList)
        await wait_until(pilot, lambda: not shown(library), what="still hidden after a restart")
        await pilot.press("L")
        await wait_until(pilot, lambda: shown(library), what="shown")
        assert library.outer_size.width == before + 4  # the width chosen before
        await wait_until(pilot, lambda: isinstance(again.focused, LibraryView), what="focus")


async def test_the_title_is_shown_once_above_the_panes(tmp_path: Path, fixtures_dir: Path) -> None:
    app = make_app(tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        doc = screen.briefing
        assert doc is not None
        header = str(screen.query_one("#doc-title").render())
        assert doc.title in header
        summary = str(screen.query_one("#summary-text").render())
        assert doc.title not in summary


def test_title_and_place_share_a_line_when_they_fit_and_never_break_a_place() -> None:
    title, tail = Text("Harbour Talks"), Text("Port Moresby, Papua New Guinea · 2026-03-02")
    assert title_layout(title, tail, 80).plain == (
        "Harbour Talks  Port Moresby, Papua New Guinea · 2026-03-02"
    )
    two = title_layout(title, tail, 50).plain.split("\n")
    assert two == ["Harbour Talks", "Port Moresby, Papua New Guinea · 2026-03-02"]
    narrow = title_layout(Text("A very long title about ports " * 3), tail, 30).plain.split("\n")
    assert len(narrow) == 2 and all(len(line) <= 30 for line in narrow)
    assert narrow[0].endswith("…") and narrow[1].startswith("Port Moresby, Papua")
