"""The People screen, a person's page, quote search and the timeline, driven as a user would."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import DataTable, Label

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.people import PeopleScreen, PersonScreen, QuoteSearchScreen, TimelineScreen

DOCS = {
    "rome.txt": (
        "Rome Talks on Defence",
        "Rome, Italy – Monday, March 2, 2026 – Prime Minister Giorgia Meloni said that "
        '"defence spending must rise together." She added that "the alliance is stronger '
        'than ever."',
    ),
    "seoul.txt": (
        "Seoul Chip Forum",
        "Seoul, South Korea – Friday, May 8, 2026 – President Lee Jae Myung stated that "
        '"semiconductor supply chains need partners." Prime Minister Meloni said that '
        '"Italy wants to join the chip alliance."',
    ),
    "paris.txt": (
        "Café Diplomacy in Paris",
        "Paris, France – Tuesday, January 13, 2026 – Foreign Minister Amélie Durand noted "
        'that "the café was full of défense experts."',
    ),
}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name, (title, body) in DOCS.items():
        (lib / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return lib


@pytest.fixture
def app(tmp_path: Path, library: Path):  # type: ignore[no-untyped-def]
    return make_app(config_dir=tmp_path / "config", targets=(str(library),))


def table_rows(screen: PeopleScreen) -> list[tuple[str, str]]:
    table = screen.query_one(DataTable)
    return [
        (str(table.get_row_at(i)[0]), str(table.get_row_at(i)[2])) for i in range(table.row_count)
    ]


async def open_people(pilot) -> PeopleScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeopleScreen), what="People")
    screen = pilot.app.screen
    await wait_until(pilot, lambda: screen.data is not None, what="the quotes read")
    await wait_until(pilot, lambda: screen.query_one(DataTable).row_count > 0, what="the rows")
    await pilot.pause()
    await pilot.pause()
    return screen


async def test_people_lists_each_speaker_once_with_their_quote_count(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        assert table_rows(screen) == [
            ("Giorgia Meloni", "3"),
            ("Amélie Durand", "1"),
            ("Lee Jae Myung", "1"),
        ]
        status = str(screen.query_one(".people-status", Label).render())
        assert "3 speakers" in status and "5 quotes" in status


async def test_people_filter_and_sort(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        await pilot.press("s")  # by name
        assert [n for n, _ in table_rows(screen)] == [
            "Amélie Durand",
            "Giorgia Meloni",
            "Lee Jae Myung",
        ]
        await pilot.press("s")  # by most recent
        assert table_rows(screen)[0][0] in ("Giorgia Meloni", "Lee Jae Myung")
        assert [n for n, _ in table_rows(screen)][-1] == "Amélie Durand"
        await pilot.press("f", *"president")
        assert [n for n, _ in table_rows(screen)] == ["Lee Jae Myung"]
        await pilot.press("escape")
        assert len(table_rows(screen)) == 3, "escape clears the filter first"
        await pilot.press("escape")
        assert not isinstance(app.screen, PeopleScreen)


async def test_a_persons_page_opens_the_briefing_at_the_quote(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PersonScreen), what="the page")
        page = app.screen
        assert [r.text for r in page.rows] == [
            "Italy wants to join the chip alliance.",
            "defence spending must rise together.",
            "the alliance is stronger than ever.",
        ]
        assert page.query("#person-timeline"), "a quotes-per-month sparkline"
        await pilot.press("j", "enter")
        await wait_until(pilot, lambda: app.screen is app.screen_stack[0], what="the reader")
        await settle(pilot)
        reader = app.screen
        assert reader.briefing is not None and reader.briefing.title == "Rome Talks on Defence"
        pane = reader.panes.pane()
        assert pane.id == "quotes"
        assert pane.current_item.text == "defence spending must rise together."


async def test_bookmark_a_quote_from_a_persons_page(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PersonScreen), what="the page")
        await pilot.press("b")
        store = app.bookmarks

        def saved() -> bool:
            return any(b.text == "Italy wants to join the chip alliance." for b in store.all())

        await wait_until(pilot, saved, what="the bookmark")
        await settle(pilot)
    data = tomllib.loads((tmp_path / "config" / "bookmarks.toml").read_text(encoding="utf-8"))
    assert [b["text"] for b in data["bookmarks"]] == ["Italy wants to join the chip alliance."]
    assert data["bookmarks"][0]["speaker"] == "Meloni"  # as the briefing wrote it


async def test_unmerge_keeps_spellings_apart_and_persists(
    app, tmp_path: Path, library: Path
) -> None:  # type: ignore[no-untyped-def]
    (library / "milan.txt").write_text(
        "Milan Energy Week\n\nMilan, Italy – Monday, April 6, 2026 – Meloni said that "
        '"energy prices must come down." Prime Minister Giorgia Meloni added that "we will not wait."\n',
        encoding="utf-8",
    )
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        before = dict(table_rows(screen))
        assert before["Giorgia Meloni"] in ("4", "5")
        await pilot.press("u")
        after = dict(table_rows(screen))
        assert "Giorgia Meloni" in after and int(after["Giorgia Meloni"]) < int(
            before["Giorgia Meloni"]
        )
        prefs = tmp_path / "config" / "people.toml"
        await wait_until(pilot, prefs.exists, what="people.toml")
    apart = tomllib.loads(prefs.read_text(encoding="utf-8"))["apart"]
    assert "Giorgia Meloni" in apart and len(apart) >= 2
    again = make_app(config_dir=tmp_path / "config", targets=(str(library),))
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        assert dict(table_rows(screen)) == after, "the choice persists"


async def test_quote_search_with_filters(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(pilot)
        await pilot.press("slash")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteSearchScreen), what="search")
        await pilot.press(*"alliance speaker:meloni", "enter")
        search = app.screen
        assert [h.row.text for h in search.hits] == [
            "Italy wants to join the chip alliance.",
            "the alliance is stronger than ever.",
        ]
        await pilot.press("slash", "ctrl+u", *"defense since:2026-02", "enter")
        assert search.hits == []
        await pilot.press("ctrl+u", *"defense place:france", "enter")
        assert [h.row.title for h in search.hits] == ["Café Diplomacy in Paris"]
        first = search.hits[0]
        assert [first.row.text[a:b] for a, b in first.spans] == ["défense"]
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is app.screen_stack[0], what="the reader")
        await settle(pilot)
        assert app.screen.briefing.title == "Café Diplomacy in Paris"


async def test_timeline_counts_briefings_by_month(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen), what="timeline")
        screen = app.screen
        await wait_until(pilot, lambda: screen.data is not None, what="the quotes read")
        await pilot.pause()

        def status() -> str:
            return str(screen.query_one(".people-status", Label).render())

        assert status().startswith("3 briefings in 5 months")
        await pilot.press("f", *"place:korea")
        assert status().startswith("1 briefing in 1 months")
        await pilot.press("ctrl+u", *"speaker:meloni")
        assert status().startswith("2 briefings in 3 months")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_people(snap_compare, app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_people(pilot)

    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_person_page(snap_compare, app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_people(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, PersonScreen), what="page")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=before)
