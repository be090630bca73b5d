"""Document text is data, never markup: every place that shows it, probed with one briefing.

``tests/fixtures/markup/everywhere.json`` puts Rich/Textual markup (``[bold red]…``,
``[link=…]``) and terminal escapes in every field a briefing has. Each test opens it and
reads back what a user would see: the markup must be shown literally, the escapes gone.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.widgets import AreasPane, CommentsPane, QuotesPane
from tui.widgets.library_list import LibraryView

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "markup"
TITLE = "Tide [bold red]Charter[/bold red] Signed"
SPEAKER = "Ada [bold red]Quill[/bold red]"
ROLE = "Harbour [i]Master[/i]"
AUTHOR = "[bold red]Mallow[/bold red]"


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app on the one markup-laden briefing."""
    return make_app(config_dir=tmp_path / "config", targets=(str(FOLDER),))


def reader(app):  # type: ignore[no-untyped-def]
    """The reader screen, under whatever is pushed on top of it."""
    return app.screen_stack[0]


def shown(widget) -> str:  # type: ignore[no-untyped-def]
    """The plain text a ``Static`` shows."""
    rendered = widget.render()
    return getattr(rendered, "plain", str(rendered))


def prompt(pane, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    """The plain text of option ``index`` of an option list."""
    option = pane.get_option_at_index(index).prompt
    return getattr(option, "plain", str(option))


def toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of the notifications on screen, as drawn."""
    out = []
    for toast in app.screen.query("Toast"):
        rendered = toast.render()
        out.append(getattr(rendered, "plain", str(rendered)))
    return out


async def open_probe(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the probe briefing to be open."""
    await settle(pilot)
    doc = reader(pilot.app).briefing
    assert doc is not None and doc.title == TITLE


async def test_panes_show_every_field_literally(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        screen = reader(app)
        summary = shown(screen.query_one("#summary-text"))
        for literal in (
            "[link=http://e]tide[/link]",
            "[b]$2 million[/b]",  # a fact
            SPEAKER,  # a person's name…
            ROLE,  # …and role
            "a [reverse]warning[/reverse] with markup",
        ):
            assert literal in summary, literal
        area = prompt(screen.query_one(AreasPane))
        assert "Tidal [b]Gauges[/b]" in area and "[i]TG[/i]" in area
        assert "[link=http://e]every[/link]" in area
        await pilot.press("3", "enter")  # the quote, with its sentence
        await pilot.pause()
        quote = prompt(screen.query_one(QuotesPane))
        assert "The [blink]sea[/blink] keeps" in quote
        assert f"{SPEAKER}, {ROLE}" in quote
        assert "[dim]at dawn[/dim]" in quote
        comment = prompt(screen.query_one(CommentsPane))
        assert AUTHOR in comment
        assert "[link=http://e]annex[/link]" in comment
        assert "\x1b" not in comment and "[31m" not in comment and "first." in comment
        # no style from the text: only the pane's own bold for the author
        spans = screen.query_one(CommentsPane).get_option_at_index(0).prompt.spans
        assert all("red" not in str(span.style) for span in spans)


async def test_header_and_library_row_show_the_title_literally(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        screen = reader(app)
        header = shown(screen.query_one("#doc-title"))
        assert TITLE in header and "[i]Port Vale[/i]" in header
        view = screen.query_one(LibraryView)
        lines = ["".join(seg.text for seg in view.render_line(y)) for y in range(2)]
        assert "Tide [bold red]Charter[/bold red]" in lines[0]  # the row is cut short after
        assert "[i]Port Vale[/i]" in lines[1]


async def test_full_text_shows_markup_literally_and_drops_escapes(app) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.article import ArticleScreen
    from tui.widgets.article import ArticleText

    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="article")
        view = app.screen.query_one(ArticleText)
        await wait_until(pilot, lambda: bool(view.article.lines), what="the layout")
        await pilot.pause()
        text = "\n".join(
            "".join(seg.text for seg in view.render_line(y)) for y in range(view.size.height)
        )
        assert "[u]Terms[/u]" in text and "[b]ten[/b]" in text
        assert "\x1b" not in text and "$2 million" in text


async def test_notice_after_copying_shows_the_speaker_literally(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_probe(pilot)
        await pilot.press("3", "c")
        await wait_until(pilot, lambda: toasts(app), what="the copy notice")
        assert any("The [blink]sea[/blink]" in t for t in toasts(app))
        assert app.clipboard.startswith('"The [blink]sea[/blink] keeps its own calendar." — Ada')
        assert SPEAKER in app.clipboard and TITLE in app.clipboard


async def test_palette_lists_the_briefing_title_literally(app) -> None:  # type: ignore[no-untyped-def]
    from textual.command import CommandList, CommandPalette

    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)

        def prompts() -> list[str]:
            return [prompt(commands, i) for i in range(commands.option_count)]

        def briefings() -> list[str]:
            # each hit is its name, then the file on a second line
            return [p.split("\n")[0] for p in prompts() if p.startswith("Open briefing: ")]

        await pilot.press("down")  # what the palette discovers before anything is typed
        await wait_until(pilot, briefings, what="the discovered briefing")
        assert briefings() == [f"Open briefing: {TITLE}"]

        def searched() -> list[str]:
            # a search hit has the letters typed highlighted; a discovered one has not
            options = [commands.get_option_at_index(i) for i in range(commands.option_count)]
            return [
                prompt(commands, i).split("\n")[0]
                for i, option in enumerate(options)
                if "Open briefing" in prompt(commands, i) and getattr(option.prompt, "spans", ())
            ]

        await pilot.press(*"tide charter")  # and what a search finds
        await wait_until(pilot, searched, what="the searched briefing")
        assert searched() == [f"Open briefing: {TITLE}"]


async def test_bookmarks_screen_and_export_show_text_literally(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import Input, OptionList, Static

    from tui.screens.bookmark_dialogs import ExportBookmarksDialog
    from tui.screens.bookmarks import BookmarksScreen

    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_probe(pilot)
        await pilot.press("3", "b", "4", "b", "B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")
        await pilot.pause()
        rows = app.screen.query_one("#bookmarks-list", OptionList)
        lines = [prompt(rows, i) for i in range(rows.option_count)]
        assert any(TITLE in line for line in lines)  # the heading
        assert any("The [blink]sea[/blink]" in line and SPEAKER in line for line in lines)
        comment = next(line for line in lines if "annex" in line)
        assert "[link=http://e]annex[/link]" in comment and AUTHOR in comment
        assert "\x1b" not in comment and "[31m" not in comment and "annex[/link] first." in comment
        # the quote, highlighted, is shown in full
        rows.highlighted = next(i for i, line in enumerate(lines) if "The [blink]sea" in line)
        await wait_until(
            pilot,
            lambda: (
                "The [blink]sea[/blink]" in shown(app.screen.query_one("#bookmarks-detail", Static))
            ),
            what="the quote's detail",
        )
        detail = shown(app.screen.query_one("#bookmarks-detail", Static))
        # the highlighted bookmark in full: the quote or the comment, as written
        assert ("The [blink]sea[/blink]" in detail and SPEAKER in detail) or (
            "[link=http://e]annex[/link] first." in detail and AUTHOR in detail
        )
        # export: the notes file keeps the text as written, the notice names the file as typed
        target = tmp_path / "notes [b]x.md"
        await pilot.press("x")
        await wait_until(
            pilot, lambda: isinstance(app.screen, ExportBookmarksDialog), what="export dialog"
        )
        box = app.screen.query_one(Input)
        box.value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, target.exists, what="the export file")
        notes = target.read_text(encoding="utf-8")
        assert "The [blink]sea[/blink] keeps" in notes and SPEAKER in notes
        assert AUTHOR in notes and "\x1b" not in notes
        await wait_until(pilot, lambda: any("Exported" in t for t in toasts(app)), what="notice")
        assert any(str(target) in t for t in toasts(app))


async def test_help_shows_its_bracketed_headings_literally(app) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from tui.screens.help import HelpScreen

    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        out = io.StringIO()
        Console(file=out, width=160).print(app.screen.table)
        assert "Id [keys]" in out.getvalue()


async def test_people_and_a_persons_page_show_names_and_quotes_literally(app) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import DataTable, Label

    from tui.screens.people import PeopleScreen, PersonScreen

    async with app.run_test(size=(120, 40)) as pilot:
        await open_probe(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PeopleScreen), what="People")
        people = app.screen
        table = people.query_one(DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, what="the people")
        name, offices = (shown_cell(c) for c in table.get_row_at(0)[:2])
        assert name.startswith("Ada [bold red]Quill")  # cut to the column, brackets kept
        assert offices.startswith("Harbour [i]Master[/")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PersonScreen), what="the person")
        await pilot.pause()
        labels = [shown(label) for label in app.screen.query(Label)]
        assert any(SPEAKER in text for text in labels)
        assert any("Harbour [i]Master[/i]" in text for text in labels)


def shown_cell(cell) -> str:  # type: ignore[no-untyped-def]
    """The plain text of a table cell."""
    return getattr(cell, "plain", str(cell))
