"""Read marks, places and the list order: shown in the list, kept across restarts (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.paths import state_dir
from tui.core.stores.reading import FILE_NAME, ReadingStore
from tui.screens.article import ArticleScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.library_list import LibraryView


def write_library(folder: Path) -> Path:
    folder.mkdir()
    for i, (city, day) in enumerate((("Oslo", 9), ("Bergen", 7), ("Tromsø", 5), ("Alta", 3))):
        body = "\n\n".join(f"Paragraph {n} of the report from {city}." for n in range(40))
        (folder / f"brief-{i}.txt").write_text(
            f"{city} Harbour Talks\n\n{city}, Norway, March {day}, 2026 – Talks began.\n\n"
            f'Mayor Ada Berg said the port "will stay open all winter."\n\n'
            f'Harbour master Jon Lie said crews "are ready for the storms."\n\n'
            f"{body}\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return write_library(tmp_path / "lib")


@pytest.fixture(autouse=True)
def quick_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing counts as read a moment after it is shown (3 s in the app)."""
    import tui.screens.reading as reading

    monkeypatch.setattr(reading, "READ_AFTER", 0.2)


def rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The list's lines as drawn."""
    view = app.screen.query_one(LibraryView)
    return [
        "".join(s.text for s in view.render_line(y)).rstrip()
        for y in range(min(view.size.height, len(view.rows) * 2))
    ]


def row_of(app, city: str) -> str:  # type: ignore[no-untyped-def]
    return next(line for line in rows(app) if f"{city} Harbour Talks" in line)


async def ready(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    await wait_until(pilot, lambda: reader.reading is not None and reader.reading.loaded,
                     what="the read marks")  # fmt: skip
    return reader


def on_disk() -> ReadingStore:
    store = ReadingStore(state_dir() / FILE_NAME)
    store.load()
    return store


async def test_unread_rows_have_a_dot_and_the_open_one_becomes_read(
    lib: Path, tmp_path: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(120, 30)) as pilot:
        reader = await ready(pilot)
        assert row_of(app, "Bergen").startswith("● ")
        assert row_of(app, "Oslo").startswith("▶ ")  # the open one
        doc = reader.briefing
        assert doc is not None
        await wait_until(pilot, lambda: reader.reading.is_read(doc.id), what="read")
        await pilot.press("j")  # the open row is read: no dot once the cursor leaves it
        await wait_until(pilot, lambda: on_disk().is_read(doc.id), what="the save")
        assert not on_disk().is_read(reader.library.view.current.id)


async def test_m_toggles_and_M_marks_every_row_read(lib: Path, tmp_path: Path) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(120, 30)) as pilot:
        reader = await ready(pilot)
        await pilot.press("j")  # Bergen, in the list
        await pilot.press("m")
        assert not row_of(app, "Bergen").startswith("● ")
        await pilot.press("m")
        assert row_of(app, "Bergen").startswith("● ")
        await pilot.press("M")
        assert not any(line.startswith("● ") for line in rows(app))
        ids = [e.id for e in reader.library.entries]
        await pilot.press("q")
    store = on_disk()
    assert all(store.is_read(i) for i in ids if i)


async def test_pane_item_and_article_place_come_back_after_a_restart(
    lib: Path, tmp_path: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await ready(pilot)
        await pilot.press("3", "j")  # the Quotes pane, its second quote
        assert reader.panes.current == "quotes"
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="article")
        article = app.screen
        await wait_until(pilot, lambda: bool(article.article.lines), what="the layout")
        await pilot.press("space", "space")
        top = article.text.top_block
        assert top > 5
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")
        await pilot.press("q")
    # a second run, as after a restart
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await ready(pilot)
        await wait_until(pilot, lambda: reader.panes.current == "quotes", what="the pane")
        assert reader.panes.pane().highlighted == 1
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="article")
        article = app.screen
        await wait_until(pilot, lambda: bool(article.article.lines), what="the layout")
        await wait_until(pilot, lambda: article.text.top_block == top, what="the place")


async def test_the_order_is_chosen_with_s_and_kept(lib: Path, tmp_path: Path) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(120, 30)) as pilot:
        reader = await ready(pilot)

        def cities() -> list[str]:
            return [e.title.split()[0] for e in reader.library.shown_rows]

        assert cities() == ["Oslo", "Bergen", "Tromsø", "Alta"]  # newest first
        await pilot.press("s")
        assert cities() == ["Alta", "Tromsø", "Bergen", "Oslo"]  # oldest first
        await pilot.press("s")
        assert cities() == ["Alta", "Bergen", "Oslo", "Tromsø"]  # by title
        await pilot.press("q")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(120, 30)) as pilot:
        reader = await ready(pilot)
        await wait_until(
            pilot,
            lambda: (
                [e.title.split()[0] for e in reader.library.shown_rows]
                == ["Alta", "Bergen", "Oslo", "Tromsø"]
            ),
            what="the order kept",
        )


async def test_keys_typed_before_the_marks_are_read_win_over_the_remembered_place(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from tui.reading import ReadingKeeper

    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await ready(pilot)
        await pilot.press("2")  # the place kept: the Areas pane
        await wait_until(pilot, lambda: reader.panes.current == "areas", what="areas")
        await pilot.press("q")
    gate = threading.Event()
    real_load = ReadingKeeper._load

    def slow_load(self: ReadingKeeper) -> None:
        gate.wait(30)
        real_load(self)

    monkeypatch.setattr(ReadingKeeper, "_load", slow_load)
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await wait_until(pilot, lambda: reader.briefing is not None, what="the briefing")
        assert reader.reading is not None and not reader.reading.loaded
        await pilot.press("3", "j")  # typed while the marks are still being read
        gate.set()
        await wait_until(pilot, lambda: reader.reading is not None and reader.reading.loaded)
        await settle(pilot)
        assert reader.panes.current == "quotes"
        assert reader.panes.pane().highlighted == 1


async def test_a_read_mark_due_as_the_app_closes_is_kept_without_an_error(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read timer can fire while the app shuts down, once the list is taken down (a CI
    run failed this way): the mark is still saved and nothing raises."""
    from textual.css.query import NoMatches

    import tui.screens.reading as reading

    def gone(self: ReaderScreen) -> None:
        raise NoMatches("the list is gone")

    monkeypatch.setattr(reading, "READ_AFTER", 3600.0)  # the timer must still be pending
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(120, 30)) as pilot:
        reader = await ready(pilot)
        doc = reader.briefing
        assert doc is not None and reader._read_timer is not None
        assert reader.reading is not None and not reader.reading.is_read(doc.id)
        reader._read_timer.stop()
        with monkeypatch.context() as m:
            m.setattr(ReaderScreen, "library", property(gone))  # as during shutdown
            reader._shown_long_enough(doc)
        assert reader.reading is not None and reader.reading.is_read(doc.id)
        await pilot.press("q")
    assert on_disk().is_read(doc.id)
