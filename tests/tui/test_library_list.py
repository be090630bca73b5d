"""The library list while a big scan arrives in batches: order, filter and cursor."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.tui.conftest import settle
from tui.app import make_app
from tui.core.library import Entry, sort_newest_first
from tui.widgets.library_list import LibraryList


def generated_entries(count: int, seed: int = 7) -> list[Entry]:
    """Varied entries: shared dates and titles, undated ones, errors, mixed case."""
    rng = random.Random(seed)
    words = ["Accord", "summit", "Talks", "ceasefire", "Harbour", "grain", "Élan", "vote"]
    entries = []
    for i in range(count):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        date = None
        if rng.random() > 0.1:
            date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 400))
        place = rng.choice(["Oslo", "Busan", "Geneva", None])
        error = "invalid JSON" if rng.random() < 0.02 else None
        entries.append(
            Entry(path=f"/lib/{i:05}.txt", title=title, date=date, place=place, error=error)
        )
    return entries


async def add_in_batches(pilot, library: LibraryList, entries: list[Entry], size: int = 250):  # type: ignore[no-untyped-def]
    """Feed the list as the scan does, yielding to the app between batches."""
    for start in range(0, len(entries), size):
        library.add_entries(entries[start : start + size])
        if start % (size * 8) == 0:
            await pilot.pause()


async def test_batches_keep_newest_first_order_and_the_cursor(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    app = make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "empty"),))
    entries = generated_entries(10_000)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen.query_one(LibraryList)
        await add_in_batches(pilot, library, entries[:3000])
        view = library.view
        view.cursor = 1234
        chosen = view.current
        assert chosen is not None
        await add_in_batches(pilot, library, entries[3000:])
        await pilot.pause()
        expected = sort_newest_first(entries)
        assert library.entries == expected
        assert library.shown_rows == expected
        assert view.current is chosen  # rows arrived above it, the highlight stayed on it
        assert view.cursor == expected.index(chosen)
        assert str(library.query_one("#library-header").render()) == "Library · 10000"


async def test_batches_arriving_under_a_filter_are_filtered(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    app = make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "empty"),))
    entries = generated_entries(4_000, seed=11)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen.query_one(LibraryList)
        await add_in_batches(pilot, library, entries[:1000])
        library.filter_text = "oslo"
        library.refilter()
        library.view.cursor = 5
        chosen = library.view.current
        await add_in_batches(pilot, library, entries[1000:])
        expected = [e for e in sort_newest_first(entries) if e.place == "Oslo"]
        assert library.shown_rows == expected
        assert library.view.current is chosen
        assert str(library.query_one("#library-header").render()).startswith(
            f"showing {len(expected)} of 4000"
        )


async def test_typing_and_erasing_a_filter_shows_exactly_the_matches(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    app = make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "empty"),))
    entries = generated_entries(10_000, seed=3)
    ordered = sort_newest_first(entries)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen.query_one(LibraryList)
        await add_in_batches(pilot, library, entries)
        await pilot.press("f")
        for typed in ["g", "ge", "gen", "gene", "gen", "ge", "g", "", "2020-0", "2020-02"]:
            await pilot.press("ctrl+a", "ctrl+k", *typed)
            await pilot.pause()
            hay = [" ".join(filter(None, [e.title, e.place, str(e.date or "")])) for e in ordered]
            expected = [e for e, h in zip(ordered, hay, strict=True) if typed in h.casefold()]
            assert library.shown_rows == expected, typed
            view = library.view
            # The scrollable height follows the rows, so the last one can be scrolled to.
            assert view.virtual_size.height == 2 * len(expected)
        await pilot.press("enter", "G")
        await pilot.pause()
        assert library.view.current is expected[-1]
        view = library.view
        bottom = view.scroll_offset.y + view.scrollable_content_region.height
        assert bottom == 2 * len(expected)  # scrolled right down to the last row


async def test_palette_finds_any_of_10000_briefings_but_lists_the_newest_first(
    tmp_path: Path,
) -> None:
    from textual.command import CommandList, CommandPalette

    from tests.tui.conftest import wait_until
    from tui.commands import DISCOVER_BRIEFINGS

    (tmp_path / "empty").mkdir()
    app = make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "empty"),))
    oldest = Entry(path="/lib/old.txt", title="Zebra Quartz Treaty", date=dt.date(1990, 1, 1))
    entries = [*generated_entries(10_000), oldest]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen.query_one(LibraryList)
        await add_in_batches(pilot, library, entries)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)

        def prompts() -> list[str]:
            return [
                str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
            ]

        await pilot.press("down")  # before typing: the palette shows what it discovered
        await wait_until(pilot, lambda: commands.option_count > 0, what="discovered commands")
        shown = [p for p in prompts() if p.startswith("Open briefing: ")]
        assert 0 < len(shown) <= DISCOVER_BRIEFINGS
        assert not any("Zebra Quartz" in p for p in shown)
        await pilot.press(*"zebra quartz")
        await wait_until(
            pilot,
            lambda: any("Open briefing: Zebra Quartz Treaty" in p for p in prompts()),
            what="the oldest briefing in the palette",
        )
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.open_path == "/lib/old.txt"
