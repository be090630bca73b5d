"""Driving the reader with keys and the mouse, asserting on what a user would notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from tests.tui.conftest import ALPINE, HARBOUR, PROBE, settle, wait_until
from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets import AreasPane, CommentsPane, LibraryView, QuotesPane
from tui.widgets.panes import PANES


def reader(app) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """The reader screen (the default screen)."""
    screen = app.screen_stack[0] if not isinstance(app.screen, ReaderScreen) else app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def open_title(app) -> str | None:  # type: ignore[no-untyped-def]
    """The title of the briefing the reader shows."""
    doc = reader(app).briefing
    return doc.title if doc else None


def toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of the notifications on screen (rendering them, as the screen would)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def prompt_text(pane, index: int) -> str:  # type: ignore[no-untyped-def]
    """The plain text shown for item ``index`` of a pane."""
    return pane.get_option_at_index(index).prompt.plain


def palette_highlights(app, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the command palette shows and highlights a command containing ``text``."""
    from textual.command import CommandList

    if not isinstance(app.screen, CommandPalette):
        return False
    commands = app.screen.query_one(CommandList)
    index = commands.highlighted
    if index is None or index >= commands.option_count:
        return False
    prompt = commands.get_option_at_index(index).prompt
    return text in getattr(prompt, "plain", str(prompt))


@pytest.fixture
def app(tmp_path: Path, fixtures_dir: Path):  # type: ignore[no-untyped-def]
    """The app on the UI fixtures."""
    return make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))


async def test_opens_newest_first_and_lists_errors(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        rows = reader(app).library.shown_rows
        assert [r.title for r in rows[:3]] == [ALPINE, HARBOUR, PROBE]
        broken = rows[-1]
        assert broken.error and "invalid JSON" in broken.error
        assert open_title(app) == ALPINE
        assert str(reader(app).query_one("#library-header").render()).startswith("Library · 4")


async def test_first_paint_does_not_wait_for_the_scan(
    tmp_path: Path, fixtures_dir: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    release = hold_scan()
    app = make_app(config_dir=tmp_path, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: reader(app).panes_ready, what="the panes")
        await pilot.pause()
        header = str(reader(app).query_one("#library-header").render())
        assert header.startswith("Scanning")
        assert reader(app).library.shown_rows == []
        release.set()
        await settle(pilot)
        assert open_title(app) == ALPINE
        assert "Scanning" not in str(reader(app).query_one("#library-header").render())


async def test_number_keys_and_tab_move_between_panes(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert app.focused.id == "library-view"
        for key, pane in [("2", "areas"), ("3", "quotes"), ("4", "comments"), ("1", "summary")]:
            await pilot.press(key)
            assert app.focused.id == pane
            assert reader(app).current_pane == pane
        await pilot.press("tab")
        assert app.focused.id == "areas"
        await pilot.press("tab", "tab", "tab")
        assert app.focused.id == "library-view"
        await pilot.press("shift+tab")
        assert app.focused.id == "comments"


async def test_a_wide_start_is_wide_until_the_terminal_narrows(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.has_class("-wide") and not screen.has_class("-narrow")
        assert [p.id for p in screen.query(".pane") if p.region.height] == [p.name for p in PANES]
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert screen.has_class("-narrow") and not screen.has_class("-wide")
        assert [p.id for p in screen.query(".pane") if p.display and p.region.height] == ["summary"]


async def test_narrow_shows_one_pane_as_tabs_and_wide_shows_all(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.has_class("-narrow")
        await pilot.press("3")
        await pilot.pause()
        shown = [p.id for p in screen.query(".pane") if p.display and p.region.height]
        assert shown == ["quotes"]
        assert screen.query_one("#pane-tabs").active == "tab-quotes"
        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert screen.has_class("-wide")
        shown = [p.id for p in screen.query(".pane") if p.region.height]
        assert shown == ["summary", "areas", "quotes", "comments"]


async def test_clicking_a_tab_switches_pane(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.click("#tab-comments")
        await pilot.pause()
        assert reader(app).current_pane == "comments"


async def test_j_k_g_G_move_within_a_pane(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        quotes = reader(app).query_one(QuotesPane)
        await pilot.press("3", "j")
        assert quotes.highlighted == 1
        await pilot.press("down")
        assert quotes.highlighted == 2
        await pilot.press("k")
        assert quotes.highlighted == 1
        await pilot.press("g")
        assert quotes.highlighted == 0
        await pilot.press("G")
        assert quotes.highlighted == 2


async def test_library_j_k_enter_opens_and_click_opens(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        view = reader(app).query_one(LibraryView)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        await pilot.press("k")
        assert view.current.title == ALPINE
        await pilot.click(LibraryView, offset=(3, 4))  # third row: two lines per row
        await settle(pilot)
        assert open_title(app) == PROBE


async def test_enter_and_space_show_a_quotes_context(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        quotes = reader(app).query_one(QuotesPane)
        await pilot.press("3", "j")
        assert "warned that" not in prompt_text(quotes, 1)
        await pilot.press("enter")
        assert "warned that" in prompt_text(quotes, 1)
        assert quotes.highlighted == 1
        await pilot.press("space")
        assert "warned that" not in prompt_text(quotes, 1)


async def test_brackets_move_between_briefings(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.check_action("previous_briefing", ()) is False
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert open_title(app) == PROBE
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert screen.briefing is None
        assert "invalid JSON" in str(screen.query_one("#doc-title").render())
        assert screen.check_action("next_briefing", ()) is False


async def test_c_copies_the_highlighted_quote_with_attribution(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "c")
        await wait_until(
            pilot, lambda: any("The glaciers are our reservoirs" in t for t in toasts(app))
        )
        assert app.clipboard == (
            '"The glaciers are our reservoirs of last resort." — Marco Bianchi, '
            "Undersecretary, Alpine Summit Agrees Water Compact, 2026-03-02"
        )


async def test_filter_as_you_type(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        library = reader(app).library
        await pilot.press("f")
        assert app.focused.id == "library-filter"
        await pilot.press(*"busan")
        assert [r.title for r in library.shown_rows] == [HARBOUR]
        assert str(library.query_one("#library-header").render()) == "showing 1 of 4"
        await pilot.press("enter")
        assert app.focused.id == "library-view"
        await pilot.press("enter")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        await pilot.press("f", *"zz", "escape")
        assert len(library.shown_rows) == 4
        assert app.focused.id == "library-view"
        await pilot.press("4")  # keys work again at once: escape left the filter box
        assert app.focused.id == "comments"


async def test_a_long_filter_scrolls_to_keep_the_cursor_in_view(app) -> None:  # type: ignore[no-untyped-def]
    typed = "abcdefghij" * 6  # twice as wide as the box
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f", *typed)
        await pilot.pause()
        box = app.focused
        assert box.value == typed
        assert reader(app).library.shown_rows == []
        assert box.scroll_offset.x > 0
        assert box.region.contains_point(box.cursor_screen_offset)
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_offset.x == 0
        assert box.region.contains_point(box.cursor_screen_offset)


async def test_filter_matches_dates_and_keeps_errors_visible(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        library = reader(app).library
        await pilot.press("f", *"2026-01")
        assert [r.title for r in library.shown_rows] == [PROBE]
        await pilot.press("escape")
        assert any(r.error for r in library.shown_rows)


async def test_search_highlights_and_n_N_walk_matches(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"reservoir", "enter")
        await settle(pilot)
        # summary, the "Reservoirs" area, one quote, one comment
        assert screen.search.matches == [
            ("summary", 0),
            ("areas", 1),
            ("quotes", 1),
            ("comments", 1),
        ]
        assert app.focused.id == "summary"
        await pilot.press("n")
        areas = screen.query_one(AreasPane)
        assert app.focused.id == "areas" and areas.highlighted == 1
        assert "match 2/4" in str(screen.query_one("#doc-title").render())
        prompt = areas.get_option_at_index(1).prompt
        assert any("reverse" in str(span.style) for span in prompt.spans)
        await pilot.press("n")
        assert app.focused.id == "quotes" and screen.query_one(QuotesPane).highlighted == 1
        await pilot.press("n")
        assert app.focused.id == "comments" and screen.query_one(CommentsPane).highlighted == 1
        await pilot.press("N")
        assert app.focused.id == "quotes"
        # only the alpine briefing mentions reservoirs: the list narrows to it
        assert [r.title for r in screen.library.shown_rows] == [ALPINE]
        assert str(screen.library.query_one("#library-header").render()) == "“reservoir” · 1/4"
        await pilot.press("escape")
        assert screen.search.query == ""
        assert len(screen.library.shown_rows) == 4
        assert screen.check_action("next_match", ()) is False


async def test_search_across_the_library_moves_on_to_the_next_briefing(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("slash", *"harbour master", "enter")
        await settle(pilot)
        assert screen.search.matches == []
        assert [r.title for r in screen.library.shown_rows] == [HARBOUR]
        await pilot.press("n")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        # On into the next briefing: its first match (the summary's) is the current one.
        assert app.focused.id == "summary" and screen.search.position == 0
        assert screen.search.matches[0] == ("summary", 0)
        quotes = screen.query_one(QuotesPane)
        assert ("quotes", 1) in screen.search.matches
        await pilot.press("n")
        assert app.focused.id == "quotes" and quotes.highlighted == 1


async def test_v_shows_the_article_and_escape_closes(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="v")
        article = app.screen
        await wait_until(pilot, lambda: bool(article.article.lines), what="the layout")
        assert any(b.text == "What was agreed" for b in article.article.blocks)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_lists_every_key_and_escape_closes(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from tui.screens.help import binding_groups, binding_rows

        rows = binding_rows(binding_groups(), app)
        described = {what for _keys, what, _where, _id in rows}
        from tui.screens.reader import ReaderScreen as Reader

        for binding in Reader.BINDINGS:
            assert binding.tooltip in described
        for needed in [
            "Quit briefing",
            "Show every key",
            "Choose a theme (shown as you move through the list)",
            "Command palette: every action",
            "Next item in the pane",
        ]:
            assert needed in described
        shown = " ".join(str(cell) for cell in app.screen.table.columns[1].cells)
        assert "Open the next briefing" in shown and "Filter the library list" in shown
        # Each row names the id config.toml's [keys] rebinds it by, beside its description.
        table = app.screen.table
        ids = [str(cell) for cell in table.columns[2].cells]
        does = [str(cell) for cell in table.columns[1].cells]
        assert ids[does.index("Open the next briefing")] == "next-briefing"
        assert ids[does.index("Quit briefing")] == "quit"
        for binding in Reader.BINDINGS:
            assert ids[does.index(binding.tooltip)] == binding.id
        # Rows sit under a heading naming the screen they work on.
        keys = [str(cell) for cell in table.columns[0].cells]
        assert keys.index("Reader") < does.index("Open the next briefing")
        assert keys.index("Article") < does.index("Search the article")
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_has_a_command_per_binding_and_opens_briefings(app) -> None:  # type: ignore[no-untyped-def]
    from tui.commands import command_entries
    from tui.screens.help import binding_groups

    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        names = [name for name, _help, _cb in command_entries(app, reader(app))]
        for where, bindings in binding_groups():
            if where not in ("anywhere", "reader", "in a pane", "library list"):
                continue  # the palette offers these on their own screens
            for binding in bindings:
                if binding.action in ("back", "command_palette"):
                    continue
                assert any(n.startswith(binding.tooltip) for n in names), binding
        assert f"Open briefing: {HARBOUR}" in names
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Open briefing: Harbour")
        await wait_until(pilot, lambda: palette_highlights(app, "Harbour"), what="the command")
        await pilot.press("enter")
        await settle(pilot)
        assert open_title(app) == HARBOUR


async def test_palette_runs_an_action(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Quotes")
        await wait_until(pilot, lambda: palette_highlights(app, "Quotes"), what="the command")
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).current_pane == "quotes"


async def test_a_theme_picked_with_t_is_there_at_the_next_start(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    import tomllib

    config = tmp_path / "config"
    first = make_app(config_dir=config, targets=(str(fixtures_dir),))

    def saved() -> object:
        try:
            return tomllib.loads((config / "config.toml").read_text(encoding="utf-8")).get("theme")
        except FileNotFoundError:
            return None

    async with first.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        before = first.theme
        await pilot.press("t", "j", "enter")
        chosen = first.theme
        assert chosen != before
        await wait_until(pilot, lambda: saved() == chosen, what="config.toml")
    second = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with second.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert second.theme == chosen


async def test_q_quits(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_q_types_into_the_filter_instead_of_quitting(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f", "q")
        assert app.is_running
        assert reader(app).library.filter_text == "q"


async def test_keymap_from_config_rebinds_keys(tmp_path: Path, fixtures_dir: Path) -> None:
    from tui.app import BriefingApp
    from tui.core.stores import Config, ConfigStore

    app = BriefingApp(
        config_store=ConfigStore(tmp_path / "config.toml"),
        config=Config(keys={"next-briefing": "x", "pane-quotes": "Q"}),
        targets=(fixtures_dir,),
    )
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert open_title(app) == HARBOUR
        await pilot.press("Q")
        assert app.focused.id == "quotes"
        await pilot.press("question_mark")
        from tui.screens.help import binding_groups, binding_rows

        keys = {what: k for k, what, _w, _id in binding_rows(binding_groups(), app)}
        assert keys["Open the next briefing"] == "x"


async def test_document_text_is_never_markup(app) -> None:  # type: ignore[no-untyped-def]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.open_path_with(str(Path(screen.targets[0]) / "markup-probe.json"))
        await settle(pilot)
        assert open_title(app) == PROBE
        summary = str(screen.query_one("#summary-text").render())
        assert "[link=http://e]y[/link]" in summary
        assert "\x1b" not in summary and "[31m" not in summary
        assert "red escapes" in summary
        quotes = screen.query_one(QuotesPane)
        first = prompt_text(quotes, 0)
        assert "[bold]x[/bold] is not bold" in first
        assert all(
            "bold" not in str(span.style) for span in quotes.get_option_at_index(0).prompt.spans
        )
        second = prompt_text(quotes, 1)
        assert "[link=http://e]y[/link]" in second and "\x1b" not in second
        assert "[bold]Areas[/bold]" in prompt_text(screen.query_one(AreasPane), 0)
        title = str(screen.query_one("#doc-title").render())
        assert "Markup [bold]Probe[/bold] Bulletin" in title
        await pilot.press("3", "c")
        await wait_until(pilot, lambda: bool(app.clipboard), what="the copy")
        assert app.clipboard.startswith('"[bold]x[/bold] is not bold" — Probe Speaker')
        assert any("[bold]x[/bold]" in t for t in toasts(app))


async def test_b_bookmarks_the_highlighted_quote_and_marks_it(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tui.core.stores import BookmarkStore

    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        quotes = reader(app).query_one(QuotesPane)
        store = BookmarkStore(tmp_path / "config" / "bookmarks.toml")
        await pilot.press("3", "j", "b")
        await settle(pilot)  # the save runs in a thread worker
        assert prompt_text(quotes, 1).startswith("★ “The glaciers")
        assert not prompt_text(quotes, 0).startswith("★")
        await wait_until(pilot, lambda: len(store.load().bookmarks) == 1, what="the save")
        on_disk = store.load().bookmarks
        assert [(b.kind, b.target_id, b.speaker) for b in on_disk] == [
            ("quote", "q-alp-2", "Marco Bianchi")
        ]
        await pilot.press("b")
        await settle(pilot)
        assert not prompt_text(quotes, 1).startswith("★")
        assert BookmarkStore(tmp_path / "config" / "bookmarks.toml").load().bookmarks == ()


async def test_b_on_areas_comments_and_the_summary(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tui.core.stores import BookmarkStore

    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("2", "j", "b", "4", "b", "1", "b")
        await settle(pilot)
        screen = reader(app)
        assert prompt_text(screen.query_one(AreasPane), 1).startswith("★ Reservoirs")
        assert prompt_text(screen.query_one(CommentsPane), 0).startswith("★ Hydrologist")
        assert str(screen.query_one("#summary-text").render()).startswith("★ Bookmarked")
        kinds = sorted(
            b.kind for b in BookmarkStore(tmp_path / "config" / "bookmarks.toml").load().bookmarks
        )
        assert kinds == ["area", "briefing", "comment"]


async def test_B_lists_bookmarks_and_enter_jumps_to_the_quote(app) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.bookmarks import BookmarksScreen

    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await pilot.press("3", "j", "b")  # Élodie Marchand's quote in the harbour briefing
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert open_title(app) == ALPINE
        await pilot.press("B")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen), what="B")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert open_title(app) == HARBOUR
        quotes = reader(app).query_one(QuotesPane)
        assert app.focused is quotes and quotes.highlighted == 1


async def test_bookmarks_survive_a_restart(tmp_path: Path, fixtures_dir: Path) -> None:
    first = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with first.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("3", "b")
        await settle(pilot)
    second = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with second.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert prompt_text(reader(second).query_one(QuotesPane), 0).startswith("★")


async def test_opens_the_first_readable_document_when_broken_files_sort_first(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("")
    (folder / "b-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "c-bad.toml").write_text('title = "x\n[broken\n')
    (folder / "d-line.txt").write_text("One line only\n")
    app = make_app(config_dir=tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        rows = reader(app).library.shown_rows
        assert len(rows) == 4 and sum(1 for r in rows if r.error) == 3
        assert open_title(app) == "One line only"
        for key in ["j", "j", "enter", "right_square_bracket", "2", "3", "4", "v", "escape"]:
            await pilot.press(key)
            await settle(pilot)
        # Every key did its job and none broke the reader: still on the readable document
        # (there is no next one to go to), on the Comments pane, the full text closed again.
        assert app.is_running and app.screen is reader(app)
        assert open_title(app) == "One line only"
        assert reader(app).current_pane == "comments"
        assert reader(app).library.shown_rows[reader(app).library.view.cursor].title == (
            "One line only"
        )


async def test_two_areas_of_the_same_name_both_show(tmp_path: Path) -> None:
    """A long report lists "Energy" in two sections: both are shown (it used to crash)."""
    doc = tmp_path / "lib" / "twice.md"
    doc.parent.mkdir()
    doc.write_text(
        "# Ports and Power\n\nOSLO, March 3, 2026 – Two rounds of talks.\n\n"
        "## First round\n\n- Energy: a cable survey.\n- Fisheries: shared quotas.\n\n"
        "## Second round\n\n- Energy: a storage fund.\n",
        encoding="utf-8",
    )
    app = make_app(tmp_path / "config", targets=(str(doc.parent),))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert open_title(app) == "Ports and Power"
        areas = reader(app).query_one(AreasPane)
        shown = [prompt_text(areas, i) for i in range(len(areas.items()))]
        assert sum(text.startswith("Energy") for text in shown) == 2, shown
