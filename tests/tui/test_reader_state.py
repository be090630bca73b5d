"""What the reader keeps across time: the briefing chosen last, and the theme chosen before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import ALPINE, HARBOUR, PROBE, settle, wait_until
from tui.app import make_app
from tui.screens.reader import ReaderScreen
from tui.widgets import QuotesPane


def reader(app) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """The reader screen."""
    screen = app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_a_late_result_for_a_briefing_left_behind_does_not_replace_the_open_one(
    tmp_path: Path, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load finished just as the user moved on: its result arrives after the next one."""
    from tui.core.load import load_briefing

    handled: list[str] = []
    real_opened = ReaderScreen.on_reader_screen_opened

    def spy(self, event):  # type: ignore[no-untyped-def]
        real_opened(self, event)
        handled.append(event.path)

    monkeypatch.setattr(ReaderScreen, "on_reader_screen_opened", spy)
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.briefing is not None and screen.briefing.title == ALPINE
        harbour = str(fixtures_dir / "harbour-accord.json")
        probe = str(fixtures_dir / "markup-probe.json")
        screen.open_path_with(probe)
        await wait_until(
            pilot,
            lambda: screen.briefing is not None and screen.briefing.title == PROBE,
            what="the briefing chosen last",
        )
        # the result of an earlier load, for a briefing the user has left, comes in late
        screen.post_message(ReaderScreen.Opened(harbour, load_briefing(harbour)))
        await wait_until(pilot, lambda: harbour in handled, what="the late result")
        await pilot.pause()
        assert screen.briefing is not None and screen.briefing.title == PROBE
        assert screen.open_path == probe and screen.shown_path == probe
        title = str(screen.query_one("#doc-title").render())
        assert PROBE in title and HARBOUR not in title
        quotes = screen.query_one(QuotesPane)
        assert quotes.briefing is not None and quotes.briefing.title == PROBE


@pytest.mark.parametrize("theme", ["nord", "gruvbox"])
async def test_the_theme_saved_in_config_is_applied_at_start(
    tmp_path: Path, fixtures_dir: Path, theme: str
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(f'version = 1\ntheme = "{theme}"\n', encoding="utf-8")
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == theme
        assert app.current_theme.name == theme
    # starting on it did not rewrite the file
    assert (config / "config.toml").read_text(encoding="utf-8") == (
        f'version = 1\ntheme = "{theme}"\n'
    )


async def test_an_unknown_saved_theme_falls_back_to_the_default(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('theme = "no-such-theme"\n', encoding="utf-8")
    default = make_app(config_dir=tmp_path / "other", targets=(str(fixtures_dir),)).theme
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == default
