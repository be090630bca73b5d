"""How the reader looks: main screen wide and narrow, quotes with context, the help screen."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import settle, wait_until
from tui.app import make_app


def build(tmp_path: Path, fixtures_dir: Path):  # type: ignore[no-untyped-def]
    """The app on the fixtures with a fresh config dir (so the default theme)."""
    return make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))


def test_main_wide(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(120, 40), run_before=settle)


def test_main_narrow(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(80, 24), run_before=settle)


def test_main_at_100x30(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(100, 30), run_before=settle)


def test_main_at_200x50(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(200, 50), run_before=settle)


def test_briefing_view_at_80x24(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Below 100 columns the briefing, once opened, takes the whole width."""

    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: pilot.app.screen.has_class("-reading"), what="reading")
        await settle(pilot)

    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(80, 24), run_before=before)


def test_quotes_with_context_narrow(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("3", "j", "enter")
        quotes = pilot.app.screen.query_one("#quotes")
        await wait_until(pilot, lambda: bool(quotes.expanded), what="the quote's context")
        await settle(pilot)

    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(80, 24), run_before=before)


def test_markup_probe_wide(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)

    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(120, 40), run_before=before)


def test_help_screen(snap_compare, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: len(pilot.app.screen_stack) > 1, what="the help screen")
        await settle(pilot)

    assert snap_compare(build(tmp_path, fixtures_dir), terminal_size=(100, 40), run_before=before)
