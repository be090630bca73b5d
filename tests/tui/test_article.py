"""``v``: the Article view — the whole briefing formatted, with contents, search and places."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.article import ArticleScreen, ContentsScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article import ArticleText

SOURCE = (
    "Ferry Route Opens Between Bergen and Hirtshals\n\n"
    "Bergen, Norway, March 3, 2026 – The new ferry route opened on Tuesday, with two\n"
    "sailings a day and a fare of 40 euros.\n\n"
    'Harbour Director Ingrid Solheim said the line would "bring the two coasts within a\n'
    'morning of each other." She added that freight would follow in May.\n\n'
    "What the ports agreed\n\n"
    "- Shared Berths (SB): Each port keeps a berth free for the other's ships.\n"
    "- Night Pilots: Pilots on call from dusk to dawn on both sides of the strait.\n\n"
    "Weather and the winter timetable\n\n"
    '"[bold]Storms[/bold] will test us," Solheim said. "The winter timetable is the real test."\n\n'
    "Boats sail at dawn and return at dusk; the ferry is the third on the strait.\n\n"
    "2 Comments\n\n"
    "Kari\nAbout time, the ferry was overdue.\n\n"
    "Ola\nToo expensive for families.\n"
)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ferry.txt").write_text(SOURCE, encoding="utf-8")
    return folder


def all_lines(screen: ArticleScreen) -> list[str]:
    """Every line of the article as laid out at the screen's width (indents included)."""
    art = screen.article
    out = []
    for line in art.lines:
        if line.block < 0:
            out.append("")
        else:
            text = art.blocks[line.block].text[line.start : line.end]
            out.append(" " * line.indent + line.bullet + text)
    return out


def visible(screen: ArticleScreen) -> list[str]:
    """What is on screen in the text view, line by line."""
    view = screen.query_one(ArticleText)
    return [
        "".join(seg.text for seg in view.render_line(y)).rstrip() for y in range(view.size.height)
    ]


def status(screen: ArticleScreen) -> str:
    from textual.widgets import Static

    return str(screen.query_one("#article-status", Static).render())


async def open_article(pilot, *keys: str) -> ArticleScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press(*keys, "v")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen), what="v")
    screen = pilot.app.screen
    await wait_until(pilot, lambda: bool(screen.article.lines), what="the layout")
    await pilot.pause()
    return screen


async def test_the_article_is_formatted_in_reading_order(lib: Path, tmp_path: Path) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_article(pilot)
        lines = all_lines(screen)
        text = "\n".join(lines)
        flat = " ".join(text.split())  # the words, whatever the width
        order = [
            "Ferry Route Opens Between Bergen and Hirtshals",  # the title block
            "Bergen, Norway · 2026-03-03",  # its place and date
            "Bergen, Norway, March 3, 2026 – The new ferry route",  # the dateline, as written
            'morning of each other." [— Ingrid Solheim] She added',  # the quote, who said it
            "What the ports agreed",  # a heading
            "• Shared Berths (SB): Each port keeps",  # a list item
            "Comments (2)",  # the comments at the end
            "Kari About time",
            "Too expensive for families.",
        ]
        at = [flat.find(o) for o in order]
        assert -1 not in at, [o for o, i in zip(order, at, strict=True) if i < 0]
        assert at == sorted(at), at
        # list items and comments are indented; the first item under its bullet
        assert any(line.startswith("  • Shared Berths") for line in lines)
        assert "  Too expensive for families." in lines
        # hard-wrapped lines are one paragraph again, wrapped to the screen
        assert "with two sailings a day" in flat
        # a speaker named right after the quote is not repeated
        assert '"[bold]Storms[/bold] will test us," Solheim said.' in flat
        assert 'real test." [— Ingrid Solheim]' in flat  # the next quote of hers is marked
        # markup is shown as written, never applied
        assert any("[bold]Storms[/bold]" in line for line in lines)


async def test_search_steps_through_every_occurrence_with_a_count(
    lib: Path, tmp_path: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_article(pilot)
        await pilot.press("slash", *"test", "enter")
        # "test" twice in one paragraph: two occurrences, not one paragraph
        assert len(screen.text.hits) == 2
        assert screen.text.hits[0].block == screen.text.hits[1].block
        await wait_until(pilot, lambda: "1/2" in status(screen), what="the count")
        await pilot.press("n")
        assert "2/2" in status(screen)
        await pilot.press("n")  # round again
        assert "1/2" in status(screen)
        await pilot.press("N")
        assert "2/2" in status(screen)
        # escape clears the search first, then goes back
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen) and not screen.text.hits
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")


async def test_opens_at_the_readers_search(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    filler = "\n\n".join(f"Paragraph {i} says nothing of note at all." for i in range(80))
    (lib / "long.txt").write_text(
        f"Long Report\n\nOslo, Norway, May 2, 2026 – Start.\n\n{filler}\n\nThe needle is here.\n",
        encoding="utf-8",
    )
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        reader.search.query = "needle"
        screen = await open_article(pilot)
        await wait_until(pilot, lambda: "1/1" in status(screen), what="the hit")
        assert any("The needle is here." in line for line in visible(screen))


async def test_contents_jump_and_scroll_keys(lib: Path, tmp_path: Path) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(80, 12)) as pilot:
        screen = await open_article(pilot)
        assert "Ferry Route Opens" in visible(screen)[0]
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ContentsScreen), what="contents")
        labels = [m.label for m in screen.marks]
        assert labels == ["Top", "What the ports agreed", "Weather and the winter timetable",
                          "Comments (2)"]  # fmt: skip
        await pilot.press("j", "j", "enter")
        await wait_until(pilot, lambda: app.screen is screen, what="the jump")
        assert visible(screen)[0] == "Weather and the winter timetable"
        assert "Weather" in status(screen)
        await pilot.press("g")
        assert "Ferry Route Opens" in visible(screen)[0]
        await pilot.press("j")
        assert screen.text.scroll_y == 1
        await pilot.press("k", "space")
        assert screen.text.scroll_y == screen.text.size.height - 2  # a page, keeping two lines
        await pilot.press("G")
        assert "Too expensive for families." in "\n".join(visible(screen))
        assert "100%" in status(screen)


async def test_the_place_is_kept_when_the_article_is_opened_again(
    lib: Path, tmp_path: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(80, 12)) as pilot:
        screen = await open_article(pilot)
        await pilot.press("o", "j", "enter")  # the first heading
        await wait_until(pilot, lambda: app.screen is screen, what="the jump")
        top = visible(screen)[0]
        assert top == "What the ports agreed"
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="back")
        again = await open_article(pilot)
        assert again is not screen
        assert visible(again)[0] == top


async def test_escape_sequences_and_controls_never_reach_the_terminal(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "odd.txt").write_text(
        "Odd [red]Title[/red]\n\nRome, Italy, June 1, 2026 – A \x1b[31mred\x1b[0m word and"
        " a bell\x07 and [link=http://x]a link[/link].\n",
        encoding="utf-8",
    )
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_article(pilot)
        shown = "\n".join(visible(screen))
        assert "Odd [red]Title[/red]" in shown and "[link=http://x]a link[/link]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "A red word" in shown


async def test_a_long_report_laid_out_ahead_opens_and_scrolls(tmp_path: Path) -> None:
    """A long briefing is laid out while it is read in the panes; v then shows that layout,
    and it scrolls to its end (the layout made ahead has the view's width)."""
    folder = tmp_path / "long"
    folder.mkdir()
    paragraphs = [
        f"Paragraph {n} on harbour dredging, cranes and rail sidings." for n in range(2500)
    ]
    (folder / "long.txt").write_text(
        "Long Report on Ports\n\nOSLO, March 3, 2026 – The survey began.\n\n"
        + "\n\n".join(paragraphs)
        + "\n",
        encoding="utf-8",
    )
    app = make_app(tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await wait_until(pilot, lambda: reader._article is not None, what="the layout ahead")
        prepared = reader._article[1]  # type: ignore[index]
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="v")
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article is prepared  # not laid out a second time
        text = screen.query_one(ArticleText)
        await wait_until(pilot, lambda: text.max_scroll_y > 1000, what="the whole length")
        await pilot.press("G")
        await wait_until(pilot, lambda: text.scroll_y == text.max_scroll_y, what="the end")
        assert "Paragraph 2499" in all_lines(screen)[-1]


async def test_v_while_a_long_report_is_laid_out_waits_for_that_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """v pressed before the layout made ahead is done shows it when it is (once, not twice)."""
    import threading

    import tui.screens.article as article_screen

    folder = tmp_path / "long"
    folder.mkdir()
    body = "\n\n".join(f"Paragraph {n} on ferry timetables and port fees." for n in range(2500))
    (folder / "long.txt").write_text(f"Long Ferry Report\n\n{body}\n", encoding="utf-8")
    gate = threading.Event()
    made: list[object] = []
    real_prepare = article_screen.prepare

    def slow_prepare(doc, width):  # type: ignore[no-untyped-def]
        gate.wait(30)
        made.append(real_prepare(doc, width))
        return made[-1]

    monkeypatch.setattr(article_screen, "prepare", slow_prepare)
    app = make_app(tmp_path / "config", targets=(str(folder),))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await wait_until(pilot, lambda: reader._preparing is not None, what="the layout ahead")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)  # waiting for the layout
        gate.set()
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen), what="v")
        assert app.screen.article is made[0] and len(made) == 1
