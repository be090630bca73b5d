"""Notices built from file contents or paths are text, never markup."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from tests.conftest import summit_bookmark
from tests.tui.conftest import wait_until
from tui.bookmarking import BookmarkKeeper
from tui.core.stores import BookmarkStore
from tui.screens.bookmarks import BookmarksScreen

HOSTILE = """
[[bookmarks]]
kind = "quote"
briefing_id = "b-x"
target_id = "q-x"
text = "a bad date"
briefing_date = "[/x] [link=https://example.invalid]click[/link]"
created = 2026-01-20T09:30:00Z
"""


class Host(App[None]):
    """Pushes the bookmarks screen."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.keeper = BookmarkKeeper(self, path)

    def on_mount(self) -> None:
        self.push_screen(BookmarksScreen(self.keeper, available_ids=set()))


async def test_the_load_report_shows_markup_literally(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.toml"
    store = BookmarkStore(path)
    assert store.add(summit_bookmark("quote", "q-1", "Fine words.")).ok
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(HOSTILE)
    app = Host(path)

    def reported() -> list[object]:
        return [n for n in app._notifications if "could not be read" in n.message]

    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: bool(reported()), what="the load report")
        await pilot.pause()
        shown = [n for n in app._notifications if "could not be read" in n.message]
        assert "[/x]" in shown[0].message
        assert not shown[0].markup
        assert isinstance(app.screen, BookmarksScreen)
    assert app.return_code in (None, 0)
