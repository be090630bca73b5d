"""Moving in a long library list: first and last row, a page at a time, a click on a row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.library import Entry
from tui.widgets.library_list import ROW_HEIGHT, LibraryList, LibraryView

COUNT = 120


def entries() -> list[Entry]:
    """Dated entries with one title each, newest first in the order made."""
    first = dt.date(2026, 6, 1)
    return [
        Entry(
            path=f"/lib/item-{i:03}.txt",
            title=f"Item {i:03} Accord",
            date=first - dt.timedelta(days=i),
            place="Oslo",
        )
        for i in range(COUNT)
    ]


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app on an empty folder; the test fills the list itself."""
    (tmp_path / "empty").mkdir()
    return make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "empty"),))


async def filled(pilot) -> LibraryView:  # type: ignore[no-untyped-def]
    """The list view, holding ``COUNT`` rows, focused, cursor on the first row."""
    await settle(pilot)
    library = pilot.app.screen.query_one(LibraryList)
    library.add_entries(entries())
    view = library.view
    view.focus()
    await pilot.pause()
    assert len(view.rows) == COUNT and view.cursor == 0
    return view


def row_title_at(view: LibraryView, y: int) -> str:
    """The text drawn on line ``y`` of the list (its title line or meta line)."""
    return "".join(seg.text for seg in view.render_line(y))


@pytest.mark.parametrize(("to_last", "to_first"), [("G", "g"), ("end", "home")])
async def test_first_and_last_row_keys(app, to_last: str, to_first: str) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        view = await filled(pilot)
        await pilot.press("j", "j", "j")
        assert view.cursor == 3
        await pilot.press(to_last)
        assert view.cursor == COUNT - 1
        assert view.current is not None and view.current.title == f"Item {COUNT - 1:03} Accord"
        await pilot.press(to_first)
        assert view.cursor == 0
        assert view.scroll_offset.y == 0  # the first row is in sight again


async def test_page_down_and_up_move_a_page(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        view = await filled(pilot)
        page = view.size.height // ROW_HEIGHT
        assert page > 3
        await pilot.press("pagedown")
        assert view.cursor == page
        await pilot.press("pagedown")
        assert view.cursor == 2 * page
        await pilot.press("pageup")
        assert view.cursor == page
        await pilot.press("pageup", "pageup")
        assert view.cursor == 0  # not past the first row


async def test_a_click_on_a_scrolled_list_opens_the_row_under_the_pointer(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        view = await filled(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert view.scroll_offset.y > 0
        y = 5  # the meta line of the third row on screen
        index = (y + view.scroll_offset.y) // ROW_HEIGHT
        title = row_title_at(view, y - 1)
        expected = view.rows[index]
        assert expected.title in title  # what the user sees there
        screen = app.screen
        assert screen.open_path is None
        await pilot.click(LibraryView, offset=(4, y))
        await wait_until(pilot, lambda: screen.open_path is not None, what="the click")
        assert screen.open_path == expected.path
        assert view.cursor == index
