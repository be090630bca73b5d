"""What a new user hit (issue 15): keys listed on `?`, the help screen's own keys, the palette."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.clipboard import TOOLS as REAL_TOOLS
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.help import HelpScreen


@pytest.fixture
def app(tmp_path: Path, fixtures_dir: Path):  # type: ignore[no-untyped-def]
    """The app on the UI fixtures."""
    return make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))


def help_rows(app) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """The help table as the user sees it: (key, does, where, id) per row."""
    table = app.screen.table
    columns = [[str(cell) for cell in column.cells] for column in table.columns]
    rows: list[tuple[str, str, str, str]] = []
    where = ""
    for key, does, binding_id in zip(*columns, strict=True):
        if key and not does:  # a heading: the screen the rows below it work on
            where = key.lower()
        elif key:
            rows.append((key, does, where, binding_id))
    return rows


async def test_help_on_the_bookmarks_screen_lists_its_keys_first(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        rows = help_rows(app)
        assert rows[0][2] == "bookmarks"
        by_id = {row[3]: row for row in rows}
        for binding_id, key in [
            ("bookmarks-open", "⏎"),
            ("bookmarks-filter", "/"),
            ("bookmarks-edit", "e"),
            ("bookmarks-delete", "d"),
            ("bookmarks-undo", "u"),
            ("bookmarks-export", "x"),
            ("bookmarks-close", "esc"),
            ("bookmarks-edit-save", "^s"),
        ]:
            assert by_id[binding_id][0] == key, binding_id
        await pilot.press("escape")
        assert isinstance(app.screen, BookmarksScreen)


async def test_a_rebound_bookmarks_key_shows_on_help(tmp_path: Path, fixtures_dir: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('[keys]\nbookmarks-delete = "D"\n', encoding="utf-8")
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        assert {r[3]: r[0] for r in help_rows(app)}["bookmarks-delete"] == "D"


async def test_help_scrolls_with_vi_keys_and_space(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        box = app.screen.query_one("#help", VerticalScroll)
        await pilot.pause()
        assert box.max_scroll_y > 5
        await pilot.press("j")
        await wait_until(pilot, lambda: box.scroll_y == 1, what="j scrolls down")
        await pilot.press("k")
        await wait_until(pilot, lambda: box.scroll_y == 0, what="k scrolls up")
        await pilot.press("G")
        await wait_until(pilot, lambda: box.scroll_y == box.max_scroll_y, what="G: bottom")
        await pilot.press("g")
        await wait_until(pilot, lambda: box.scroll_y == 0, what="g: top")
        await pilot.press("space")
        await wait_until(pilot, lambda: box.scroll_y > 5, what="space: a page down")


async def test_palette_on_the_bookmarks_screen_offers_its_actions(app) -> None:  # type: ignore[no-untyped-def]
    from tui.commands import command_entries

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")
        names = [name for name, _help, _cb in command_entries(app, app.screen)]
        assert "Edit the note and tags (bookmarks)" in names
        assert "Export every bookmark (bookmarks)" in names


def footer_keys(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The keys the footer offers, as shown."""
    return [key.key_display or key.key for key in app.screen.query("FooterKey")]


async def test_an_empty_folder_says_how_to_add_briefings(tmp_path: Path) -> None:
    empty = tmp_path / "briefs"
    empty.mkdir()
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(empty),))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        box = screen.query_one("#library-empty")
        assert box.display and box.region.height > 5
        text = str(box.render())
        assert str(empty) in text
        assert str(config / "config.toml") in text and "library = [" in text
        assert "briefing add" in text
        assert not screen.query_one("#briefing-panes").display  # no "Opening…" pane
        assert "Opening" not in str(screen.query_one("#doc-title").render())
        keys = footer_keys(app)
        assert "b" not in keys and "/" not in keys and "c" not in keys
        assert "B" in keys and "q" in keys
        await pilot.press("b", "3", "slash")
        await pilot.pause()
        assert not app._notifications  # nothing to bookmark, and no complaint about it
        await pilot.press("B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")


DOC = """Lakeside Water Talks Open in Geneva

Geneva, Switzerland – Monday, March 2, 2026 – Delegates from two river states met today.

Minister Ana Ruiz said 'the river belongs to everyone downstream' before the session.

Minister Tomas Berg replied that 'no dam will be built without a shared survey' later on.
"""


def _quote_bookmark(path: Path, index: int):  # type: ignore[no-untyped-def]
    from tui.core.load import load_briefing
    from tui.core.stores import bookmark_for

    doc = load_briefing(path)
    return bookmark_for(doc, "quote", doc.quotes[index], path)


@pytest.mark.parametrize("how", ["other folder", "title edited"])
async def test_a_bookmark_opens_from_its_file_when_not_in_the_library(
    tmp_path: Path, fixtures_dir: Path, how: str
) -> None:
    from tui.core.stores import BookmarkStore

    folder = tmp_path / "a"
    folder.mkdir()
    doc = folder / "talks.txt"
    doc.write_text(DOC, encoding="utf-8")
    bm = _quote_bookmark(doc, 1)
    config = tmp_path / "config"
    assert BookmarkStore(config / "bookmarks.toml").add(bm).ok
    if how == "title edited":  # the briefing's id changes with its title; the quote's does not
        doc.write_text(DOC.replace("Open in Geneva", "Resume in Geneva"), encoding="utf-8")
        library = folder
    else:
        library = fixtures_dir
    app = make_app(config_dir=config, targets=(str(library),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        reader = app.screen
        assert all(e.id != bm.briefing_id for e in reader.library.entries)
        await pilot.press("B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")
        assert not app.screen.is_orphan(app.screen.current_bookmark())
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: app.screen is reader and reader.shown_path == str(doc),
            what="the bookmark's file open",
        )
        await settle(pilot)
        quotes = reader.panes.pane("quotes")
        assert app.focused is quotes
        assert quotes.current_item.id == bm.target_id
        assert "no dam will be built" in quotes.current_item.text


OTHER = """Harbour Board Meets in Lisbon

Lisbon, Portugal – Friday, May 8, 2026 – The harbour board met to plan new berths.
"""


async def test_a_title_edited_while_running_follows_into_the_list_and_filter(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    talks = folder / "talks.txt"
    talks.write_text(DOC, encoding="utf-8")
    (folder / "harbour.txt").write_text(OTHER, encoding="utf-8")
    app = make_app(config_dir=tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        reader = app.screen
        titles = [e.title for e in reader.library.shown_rows]
        assert titles == ["Harbour Board Meets in Lisbon", "Lakeside Water Talks Open in Geneva"]
        # Edited outside the app: a new title and a later date (so it sorts first now).
        talks.write_text(
            DOC.replace("Lakeside Water Talks Open", "Lakeside Water Accord Signed").replace(
                "Monday, March 2, 2026", "Monday, June 1, 2026"
            ),
            encoding="utf-8",
        )
        await pilot.press("j", "enter")  # open it from the list: it is read again
        await wait_until(
            pilot, lambda: reader.briefing and "Accord" in reader.briefing.title, what="reload"
        )
        await settle(pilot)
        rows = reader.library.shown_rows
        assert [e.title for e in rows] == [
            "Lakeside Water Accord Signed in Geneva",
            "Harbour Board Meets in Lisbon",
        ]
        assert reader.library.view.current.path == str(talks)  # the cursor went with it
        await pilot.press("f", *"accord")
        await pilot.pause()
        assert [e.path for e in reader.library.shown_rows] == [str(talks)]
        await pilot.press("escape", "f", *"talks open")
        await pilot.pause()
        assert reader.library.shown_rows == []


def toast_texts(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Title and message of every notification so far."""
    return [f"{n.title or ''}: {n.message}" for n in app._notifications]


@pytest.mark.parametrize(
    ("keys", "copied"),
    [
        (["2"], "Glacier Monitoring"),
        (["4"], '"'),
        (["3", "j"], '"The glaciers are our reservoirs of last resort." — Marco Bianchi'),
        (["1"], "Alpine Summit Agrees Water Compact — "),
    ],
    ids=["areas", "comments", "quotes", "summary"],
)
async def test_c_copies_the_focused_panes_highlight(app, keys: list[str], copied: str) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press(*keys, "c")
        await wait_until(pilot, lambda: app.clipboard, what="a copy")
        assert app.clipboard.startswith(copied)
        pane = app.screen.panes.pane()
        if keys[0] == "4":
            assert pane.current_item.text in app.clipboard
            assert pane.current_item.author in app.clipboard
        # No tool here: the text went to the terminal, and the notice does not claim more.
        notice = toast_texts(app)[-1]
        assert "only if the terminal allows it" in notice and "Copied" not in notice


def _fake_tool(tmp_path: Path, name: str, exit_code: int = 0) -> Path:
    """A clipboard program that writes what it is given to ``<name>.out``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    out = tmp_path / f"{name}.out"
    script = bin_dir / name
    script.write_text(f'#!/bin/sh\ncat > "{out}"\nexit {exit_code}\n', encoding="utf-8")
    script.chmod(0o755)
    return out


async def test_c_uses_the_system_clipboard_tool_when_there_is_one(
    app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import tui.clipboard

    monkeypatch.setattr(tui.clipboard, "TOOLS", REAL_TOOLS)  # the isolation fixture empties it
    assert tui.clipboard.TOOLS
    out = _fake_tool(tmp_path, "xclip")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "c")
        await wait_until(pilot, lambda: any("Copied (xclip)" in t for t in toast_texts(app)))
        assert out.read_text(encoding="utf-8").startswith('"The glaciers are our reservoirs')
        assert app.clipboard == ""  # nothing sent to the terminal


async def test_a_failing_tool_falls_back_to_the_terminal_and_says_so(
    app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("tui.clipboard.TOOLS", REAL_TOOLS)  # the isolation fixture empties it
    _fake_tool(tmp_path, "wl-copy", exit_code=1)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-9")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("3", "c")
        await wait_until(pilot, lambda: app.clipboard, what="the fallback")
        assert any("wl-copy failed" in t and "may drop it" in t for t in toast_texts(app))


async def test_a_quote_is_shown_without_its_lead_in_comma(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "pact.txt").write_text(
        "Port Pact Signed in Busan\n\n"
        "Busan, South Korea – Friday, May 8, 2026 – Two port cities signed a pact.\n\n"
        '"We will share every berth," Mayor Park Seo-yeon said at the ceremony.\n',
        encoding="utf-8",
    )
    app = make_app(config_dir=tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        quotes = app.screen.panes.pane("quotes")
        shown = quotes.get_option_at_index(0).prompt.plain
        assert "“We will share every berth”" in shown
        await pilot.press("3", "c")
        await wait_until(pilot, lambda: app.clipboard, what="a copy")
        assert app.clipboard.startswith('"We will share every berth" — Park Seo-yeon, Mayor')


async def test_unknown_key_ids_in_config_are_named_in_one_notice(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(
        '[keys]\nquit = "ctrl+q"\nnext-breifing = "x"\nbookmark-toggle = "m"\n', encoding="utf-8"
    )
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: app._notifications, what="the notice")
        notices = [n.message for n in app._notifications if "bind nothing" in n.message]
        assert len(notices) == 1
        assert "bookmark-toggle, next-breifing" in notices[0] and "quit" not in notices[0]


async def test_known_key_ids_raise_no_notice(tmp_path: Path, fixtures_dir: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(
        '[keys]\nquit = "ctrl+q"\nbookmarks-edit-save = "ctrl+o"\n', encoding="utf-8"
    )
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert not [n for n in app._notifications if "bind nothing" in n.message]


@pytest.mark.parametrize("facts", [True, False], ids=["with facts", "no facts"])
def test_each_summary_section_follows_one_blank_line(facts: bool) -> None:
    import dataclasses

    from tui.core.model import Person
    from tui.core.parse import parse_text
    from tui.widgets.panes.summary import summary_text

    doc = parse_text(DOC, origin="talks.txt")
    doc = dataclasses.replace(
        doc,
        facts=doc.facts if facts else (),
        people=(Person(name="Ana Ruiz", role="Minister"),),
        warnings=("an odd line",),
    )
    if facts:
        assert doc.facts
    text = summary_text(doc).plain
    for heading in ("People", "Warnings", *(["Facts"] if facts else [])):
        at = text.index(f"\n{heading}\n")
        assert text[at - 1] == "\n" and text[at - 2] != "\n", heading


async def test_the_footer_fits_80_columns_in_every_state(tmp_path: Path) -> None:
    """Every key the footer offers is whole at 80 columns, even with the most keys active:
    a briefing in the middle of the list (both [ and ]) while a search has matches."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    for n, month in enumerate(("March", "April", "May")):
        text = DOC.replace("Lakeside", f"Lakeside {n}").replace("March", month)
        (folder / f"talks-{n}.txt").write_text(text, encoding="utf-8")
    app = make_app(config_dir=tmp_path / "config", targets=(str(folder),))

    def fits() -> None:
        footer = app.screen.query_one("Footer")
        for key in footer.query("FooterKey"):
            assert key.region.right <= footer.region.right, f"{key.key} is cut off"

    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        fits()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        fits()
        await pilot.press("slash", *"river", "enter")
        await settle(pilot)
        screen = app.screen
        for action in ("previous_briefing", "next_briefing", "next_match", "previous_match"):
            assert screen.check_action(action, ()), action
        fits()
        keys = footer_keys(app)
        for key in ("[", "]", "n", "N", "/", "b", "B", "c", "q", "?"):
            assert key in keys, key


async def test_rows_with_the_same_title_say_their_format_and_folder(tmp_path: Path) -> None:
    from tui.core.parse import parse_text
    from tui.core.serialize import to_toml

    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "talks.txt").write_text(DOC, encoding="utf-8")
    (folder / "talks.toml").write_text(to_toml(parse_text(DOC, origin="talks.txt")), "utf-8")
    (folder / "harbour.txt").write_text(OTHER, encoding="utf-8")
    app = make_app(config_dir=tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        view = app.screen.library.view
        lines = [view.render_line(y).text.strip() for y in range(len(view.rows) * 2)]
        metas = {view.rows[i].path: lines[2 * i + 1] for i in range(len(view.rows))}
        assert metas[str(folder / "talks.txt")].startswith("text in briefs/ · 2026-03-02")
        assert metas[str(folder / "talks.toml")].startswith("toml in briefs/ · 2026-03-02")
        assert metas[str(folder / "harbour.txt")] == "2026-05-08 · Lisbon, Portugal"
