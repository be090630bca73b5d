"""Notices stay out of the way: one at a time for repeated actions, narrow, problems kept;
``t`` is a theme list that shows each theme as the cursor reaches it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from tests.tui.conftest import settle, wait_until, workers_done
from tests.tui.test_saving import hold_lock
from tui.app import BriefingApp, make_app
from tui.screens.reader import ReaderScreen
from tui.screens.theme_picker import ThemePicker


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def app(config: Path, fixtures_dir: Path) -> BriefingApp:
    return make_app(config_dir=config, targets=(str(fixtures_dir),))


def notices(app: BriefingApp) -> list[str]:
    """The notices a user can see now (title: message)."""
    return [f"{n.title}: {n.message}" if n.title else n.message for n in app._notifications]


def toasts(app: BriefingApp) -> list[Toast]:
    """The toasts drawn on the screen."""
    return list(app.screen.query(Toast))


@pytest.mark.parametrize(
    ("keys", "last"),
    [
        (["3", "b", "b"], "Quote bookmark removed"),
        (["3", "b", "j", "b"], "Quote bookmarked ★"),
        (["3", "c", "j", "c"], "Sent to the terminal"),
        (["m", "m"], "Marked"),
        (["s", "s"], "Sorted"),
        (["3", "b", "c"], "Sent to the terminal"),
    ],
    ids=["b twice", "b on two quotes", "c twice", "m twice", "s twice", "b then c"],
)
async def test_a_repeated_action_leaves_one_notice(
    app: BriefingApp, keys: list[str], last: str
) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await workers_done(pilot)
        await wait_until(pilot, lambda: any(last in n for n in notices(app)), what=last)
        assert len(notices(app)) == 1, notices(app)
        await wait_until(pilot, lambda: len(toasts(app)) == 1, what="one toast drawn")
        # Narrow: the briefing beside it stays readable at 80 columns.
        assert toasts(app)[0].outer_size.width <= 42


async def test_a_save_that_failed_stays_while_other_notices_come_and_go(
    app: BriefingApp, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.bookmarks is not None
    app.bookmarks.retry_every = 0.2  # retried (and failing again) several times below
    posted: list[str] = []
    real_notify = app.notify

    def counting_notify(message: str, **options: object) -> None:
        posted.append(message)
        real_notify(message, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "notify", counting_notify)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.bookmarks.store.lock_timeout = 0.1
        holder = hold_lock(config / "bookmarks.toml.lock")
        try:
            await pilot.press("3", "b")

            def failed() -> list[str]:
                return [n for n in notices(app) if "kept for this session" in n]

            await wait_until(pilot, lambda: bool(failed()), what="the failed save")
            first = next(n for n in app._notifications if "kept for this session" in n.message)
            await wait_until(
                pilot,
                lambda: sum("kept for this session" in m for m in posted) >= 3,
                what="the retries to fail too",
            )
            await pilot.press("j", "c", "j", "b")
            await workers_done(pilot)
            await wait_until(pilot, lambda: "Quote bookmarked ★" in notices(app))
            # One notice of the problem (each retry's replaces the last), never pushed aside
            # by the bookmark and copy notices, of which one is left.
            assert len(failed()) == 1, notices(app)
            assert len(notices(app)) == 2, notices(app)
            assert first.severity == "warning"
            # It lasts until the next try, which says it again if that fails too.
            assert first.timeout > app.bookmarks.retry_every
        finally:
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.flush()
            holder.wait(10)
        # The retry lands: the good news takes the problem's place.
        await wait_until(pilot, lambda: any("earlier" in n for n in notices(app)), what="saved")
        assert not failed(), notices(app)


def saved_theme(config: Path) -> object:
    """The theme ``config.toml`` holds (None: none, or no file)."""
    try:
        return tomllib.loads((config / "config.toml").read_text(encoding="utf-8")).get("theme")
    except FileNotFoundError:
        return None


async def test_the_theme_list_previews_and_enter_keeps_and_saves(
    app: BriefingApp, config: Path
) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        before = app.theme
        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, ThemePicker), what="the list")
        await pilot.press("j")
        previewed = app.theme
        assert previewed != before, "the highlighted theme is shown at once"
        assert app.current_theme.name == previewed
        await pilot.press("j")
        assert app.theme not in (before, previewed)
        await workers_done(pilot)
        assert saved_theme(config) is None, "nothing is saved while choosing"
        chosen = app.theme
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")
        assert app.theme == chosen
        await wait_until(pilot, lambda: saved_theme(config) == chosen, what="config.toml")
        assert not [n for n in notices(app) if "Theme" in n], "no notice per theme"


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_escape_in_the_theme_list_puts_the_old_theme_back(
    app: BriefingApp, config: Path, key: str
) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        before = app.theme
        await pilot.press("t", "j", "j", "G")
        assert app.theme != before
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")
        assert app.theme == before and app.current_theme.name == before
        assert app.is_running
        await workers_done(pilot)
        assert saved_theme(config) is None


async def test_the_theme_list_opens_on_the_theme_in_use(config: Path, fixtures_dir: Path) -> None:
    config.mkdir(parents=True)
    (config / "config.toml").write_text('version = 1\ntheme = "nord"\n', encoding="utf-8")
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, ThemePicker), what="the list")
        picker = app.screen
        assert isinstance(picker, ThemePicker)
        themes = picker.query_one("#theme-list")
        assert picker.names[themes.highlighted] == "nord"  # type: ignore[attr-defined]
        assert "textual-ansi" not in picker.names
