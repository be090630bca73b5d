"""While the next briefing loads, keys act on the briefing shown, and the screen says so."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import tui.core.load.loader as loader
from tests.tui.conftest import ALPINE, HARBOUR, settle, wait_until
from tui.app import TYPED_WITH_THE_CHOICE, make_app
from tui.core.stores import BookmarkStore
from tui.screens.reader import ReaderScreen


@pytest.fixture
def slow_harbour(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Loading the harbour briefing waits for the returned event (the others load as usual)."""
    gate = threading.Event()
    real = loader.load_briefing

    def load(path, **options):  # type: ignore[no-untyped-def]
        if "harbour" in str(path) and options.get("extract", True):
            gate.wait(60)
        return real(path, **options)

    monkeypatch.setattr(loader, "load_briefing", load)
    return gate


async def test_a_bookmark_made_while_the_next_briefing_loads_is_of_the_shown_one(
    tmp_path: Path, fixtures_dir: Path, slow_harbour: threading.Event
) -> None:
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        alpine = screen.briefing
        assert alpine is not None and alpine.title == ALPINE
        await pilot.press("right_square_bracket")  # the harbour briefing: slow to load
        title = screen.query_one("#doc-title")
        await wait_until(pilot, lambda: "opening" in str(title.render()))
        assert ALPINE in str(title.render()) and "opening “Harbour Accord" in str(title.render())
        # Keys typed as fast as the choice wait for the briefing chosen (test_fast_keys.py);
        # typed once the reader could see it is still opening, they act on the one shown.
        await pilot.pause(TYPED_WITH_THE_CHOICE + 0.05)
        await pilot.press("3", "b")
        slow_harbour.set()
        await settle(pilot)
        assert screen.briefing is not None and screen.briefing.title == HARBOUR
        assert "opening" not in str(title.render())
    saved = BookmarkStore(config / "bookmarks.toml").load().bookmarks
    assert [(b.briefing_id, b.target_id, Path(b.source).name) for b in saved] == [
        (alpine.id, alpine.quotes[0].id, "alpine-summit.json")
    ]


async def test_slash_finds_a_comment_author_across_the_library(tmp_path: Path) -> None:
    """``/`` on the samples: a reader comment's author narrows the list to its briefing."""
    from tui.core.paths import samples_dir

    app = make_app(config_dir=tmp_path / "config", targets=(str(samples_dir()),))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("slash", *"ZmeeLove", "enter")
        await wait_until(pilot, lambda: screen.search.library_paths is not None)
        assert [Path(p).name for p in screen.search.library_paths or ()] == [
            "korea-italy-summit.txt"
        ]
        assert [Path(r.path).name for r in screen.library.shown_rows] == ["korea-italy-summit.txt"]


async def test_a_long_open_counts_its_seconds_and_escape_stops_it(
    tmp_path: Path, fixtures_dir: Path, slow_harbour: threading.Event
) -> None:
    """A briefing that takes long to open (a document near the size limit) never holds the
    reader: its title line counts the seconds, escape stops it, the shown one stays."""
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("right_square_bracket")  # the harbour briefing: slow to load
        title = screen.query_one("#doc-title")
        await wait_until(pilot, lambda: "escape stops" in str(title.render()), what="seconds")
        await pilot.press("j")  # the reader still answers meanwhile
        await pilot.press("escape")
        await wait_until(pilot, lambda: "opening" not in str(title.render()), what="stopped")
        assert any("Stopped opening" in n.message for n in app._notifications)
        slow_harbour.set()  # the parse ends after all: its result is not shown
        await settle(pilot)
        assert screen.briefing is not None and screen.briefing.title == ALPINE
        assert ALPINE in str(title.render())
        await pilot.press("right_square_bracket")  # and it can be opened again
        await wait_until(
            pilot, lambda: screen.briefing is not None and screen.briefing.title == HARBOUR
        )


async def test_escape_stops_an_open_and_drops_the_keys_typed_with_the_choice(
    tmp_path: Path, fixtures_dir: Path, slow_harbour: threading.Event
) -> None:
    from textual import events

    from tui.widgets import QuotesPane

    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        # "] 3 b" in one burst: meant for the harbour briefing, which is slow to open.
        for key, char in (("right_square_bracket", "]"), ("3", "3"), ("b", "b")):
            app.post_message(events.Key(key, char))
        title = screen.query_one("#doc-title")
        await wait_until(pilot, lambda: "escape stops" in str(title.render()), what="seconds")
        assert app.focused is not screen.query_one(QuotesPane)  # 3 waits for the harbour
        await pilot.press("escape")
        await wait_until(pilot, lambda: "opening" not in str(title.render()), what="stopped")
        slow_harbour.set()
        await settle(pilot)
        assert screen.briefing is not None and screen.briefing.title == ALPINE
        assert app.focused is not screen.query_one(QuotesPane)  # 3 and b were dropped
    assert not BookmarkStore(config / "bookmarks.toml").load().bookmarks
