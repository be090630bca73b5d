"""Keys typed before the first briefing shows are held and replayed, never dropped.

(A burst after a pane switch is tested in a real terminal: ``test_e2e.py``.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.stores import BookmarkStore
from tui.screens.reader import ReaderScreen
from tui.widgets import QuotesPane

SECOND_QUOTE = "q-alp-2"  # the second quote of the newest fixture (Alpine)


def burst(app, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Queue ``keys`` all at once, as a fast typist (or a paste) does: none is handled yet."""
    for key in keys:
        app.post_message(events.Key(key, key))


def bookmarked(config: Path) -> list[str]:
    """Target ids on disk."""
    return [b.target_id for b in BookmarkStore(config / "bookmarks.toml").load().bookmarks]


def reader(app) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """The reader screen."""
    screen = app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


@pytest.mark.parametrize("start", range(3))
async def test_keys_typed_at_start_act_once_the_briefing_shows(
    start: int, tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        burst(app, "3jb")  # before the panes exist, or the briefing has loaded
        await settle(pilot)
        quotes = reader(app).query_one(QuotesPane)
        assert app.focused is quotes and quotes.highlighted == 1
    assert bookmarked(config) == [SECOND_QUOTE]


async def test_keys_wait_for_a_slow_first_briefing(
    tmp_path: Path, fixtures_dir: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    release = hold_scan()
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: reader(app).panes_ready, what="the panes")
        await pilot.press("3", "j", "b")  # the panes are there, but empty: nothing to act on
        await pilot.pause()
        assert reader(app).briefing is None
        release.set()
        await settle(pilot)
        quotes = reader(app).query_one(QuotesPane)
        assert app.focused is quotes and quotes.highlighted == 1
        assert not any("Nothing highlighted" in n.message for n in app._notifications)
    assert bookmarked(config) == [SECOND_QUOTE]


async def test_q_is_never_held(tmp_path: Path, fixtures_dir: Path, hold_scan) -> None:  # type: ignore[no-untyped-def]
    release = hold_scan()
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_until(pilot, lambda: reader(app).panes_ready, what="the panes")
            await pilot.press("q")
            await wait_until(pilot, lambda: not app.is_running, what="the app to quit")
    finally:
        release.set()
