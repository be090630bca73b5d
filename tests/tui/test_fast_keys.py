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


@pytest.mark.parametrize("width", [80, 120])
async def test_a_pane_key_typed_after_list_keys_waits_its_turn(
    width: int, tmp_path: Path, fixtures_dir: Path
) -> None:
    # "j j 3" in one burst: the cursor moves two rows, then Quotes shows what is open.
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.library.shown_rows
        burst(app, "jj3")
        await settle(pilot)
        assert screen.library.view.cursor == 2
        assert app.focused is screen.query_one(QuotesPane)
        assert screen.open_path == rows[0].path  # only `enter` opens the row under the cursor


async def test_filter_and_search_keys_after_list_keys_get_none_of_them_as_text(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    from textual.widgets import Input

    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        burst(app, "jjf")
        await settle(pilot)
        assert screen.library.view.cursor == 2
        box = app.focused
        assert isinstance(box, Input) and box.id == "library-filter" and box.value == ""
        await pilot.press("escape")
        await settle(pilot)
        burst(app, "kk")
        app.post_message(events.Key("slash", "/"))
        await settle(pilot)
        assert screen.library.view.cursor == 0
        box = app.focused
        assert isinstance(box, Input) and box.id == "search" and box.value == ""


async def test_tab_typed_after_list_keys_waits_its_turn(tmp_path: Path, fixtures_dir: Path) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        burst(app, "jj")
        app.post_message(events.Key("tab", "\t"))
        await settle(pilot)
        assert screen.library.view.cursor == 2
        assert app.focused is not screen.library.view


@pytest.mark.parametrize("width", [80, 120])
async def test_keys_typed_after_enter_act_on_the_briefing_it_opens(
    width: int, tmp_path: Path, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "j enter 3 j b" in one burst, with the opening slowed: the bookmark is the second
    # quote of the briefing enter opened, not of the one shown while it loaded.
    import tui.core.load as load_module
    from tui.core.load.loader import load_briefing

    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.library.shown_rows
        target = next(r for r in rows[1:] if not r.error and len(load_briefing(r.path).quotes) >= 2)
        real_load = load_module.load_guarded

        def slow_load(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            import time

            time.sleep(0.3)
            return real_load(path, *args, **kwargs)

        monkeypatch.setattr(load_module, "load_guarded", slow_load)
        burst(app, "j" * rows.index(target))
        app.post_message(events.Key("enter", "\r"))
        burst(app, "3jb")
        await settle(pilot)
        assert screen.open_path == target.path
        quotes = screen.query_one(QuotesPane)
        assert app.focused is quotes and quotes.highlighted == 1
    assert bookmarked(config) == [load_briefing(target.path).quotes[1].id]


async def test_text_typed_right_after_slash_or_f_goes_into_the_box(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    from textual.widgets import Input

    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        burst(app, "jfharb")
        await settle(pilot)
        box = app.focused
        assert isinstance(box, Input) and box.id == "library-filter" and box.value == "harb"
        await pilot.press("escape", "escape")
        await settle(pilot)
        burst(app, "3")
        app.post_message(events.Key("slash", "/"))
        burst(app, "accord")
        await settle(pilot)
        box = app.focused
        assert isinstance(box, Input) and box.id == "search" and box.value == "accord"


async def test_a_small_screen_burst_opens_a_briefing_and_comes_back_to_the_list(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    # 80 columns: "j enter 3 escape j" opens the second row, shows its quotes, goes back to
    # the list and moves to the third row.
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.library.shown_rows
        burst(app, "j")
        app.post_message(events.Key("enter", "\r"))
        burst(app, "3")
        app.post_message(events.Key("escape", "\x1b"))
        burst(app, "j")
        await settle(pilot)
        assert screen.open_path == rows[1].path
        assert app.focused is screen.library.view and screen.has_class("-listing")
        assert screen.library.view.cursor == 2
