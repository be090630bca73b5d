"""The same keys on every screen, as one table: (how to get there, key, what the user sees).

``escape`` backs out one level (a box: cleared and left; a filter or search: cleared; else
the screen closes; on the reader nothing closes), ``q`` quits from the reader only and
closes any other screen (a letter inside a text box), ``j``/``k``/``g``/``G`` move in every
list and scrolling view, and ``?`` (``f1`` where ``?`` would be typed) lists the keys with
the screen's own first. Each row runs in a fresh app on a generated library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, RadioSet, TextArea

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.load import load_briefing
from tui.core.stores import BookmarkStore, bookmark_for
from tui.screens.add_folder import AddFolderDialog
from tui.screens.article import ArticleScreen, ContentsScreen
from tui.screens.bookmark_dialogs import EditBookmarkDialog, ExportBookmarksDialog
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.help import HelpScreen
from tui.screens.people import PeopleScreen, PersonScreen, QuoteSearchScreen, TimelineScreen
from tui.screens.reader import ReaderScreen
from tui.screens.theme_picker import ThemePicker

SIZE = (80, 24)

# -- a library with long lists and long texts ----------------------------------------------

PLACES = [
    ("Oslo", "Norway"),
    ("Lisbon", "Portugal"),
    ("Nairobi", "Kenya"),
    ("Santiago", "Chile"),
    ("Hanoi", "Vietnam"),
    ("Accra", "Ghana"),
]
SURNAMES = [
    "Berg", "Costa", "Otieno", "Rojas", "Nguyen", "Mensah", "Larsen", "Duarte", "Kamau",
    "Fuentes", "Tran", "Owusu", "Dahl", "Ferreira", "Wanjiru", "Soto", "Pham", "Boateng",
    "Holm", "Pereira", "Njoroge", "Vega",
]  # fmt: skip
#: Short briefings besides the long one: over five years, so the timeline scrolls.
REPORTS = 20
SENTENCE = (
    "Officials from both governments met again to review the pipeline of joint projects, "
    "the financing still missing for the second phase, and the timetable agreed last year. "
)


def _dateline(day: dt.date, place: tuple[str, str]) -> str:
    return f"{place[0]}, {place[1]} – {day:%A}, {day:%B} {day.day}, {day.year} –"


def short_report(i: int) -> str:
    """One of many small briefings, a quarter apart, each quoting a different minister."""
    day = dt.date(2021 + i // 4, 3 * (i % 4) + 1, 4)
    who = SURNAMES[i % len(SURNAMES)]
    return (
        f"Report {i:02d} on Regional Cooperation\n\n"
        f"{_dateline(day, PLACES[i % len(PLACES)])} Minister Anna {who} said that "
        f'"the work on item {i} continues on schedule." {SENTENCE}\n'
    )


def long_report() -> str:
    """The newest briefing: a long lead, sections, many quotes by one speaker, comments."""
    day = dt.date(2026, 6, 30)
    lead = " ".join([SENTENCE] * 6)
    parts = [
        "Grand Review of the Corridor Programme\n",
        f"{_dateline(day, ('Geneva', 'Switzerland'))} {lead}\n",
    ]
    for n, heading in enumerate(["Background", "Trade", "Energy", "Ports", "Outlook"]):
        parts.append(f"{heading}\n")
        for k in range(3):
            parts.append(
                f"{SENTENCE * 3}Minister Anna Berg said that "
                f'"section {n} point {k} is where the money must go first."\n'
            )
    parts.append("3 Comments\n")
    for author in ("reader_one", "reader_two", "reader_three"):
        parts.append(f"{author}\nA useful summary of a long programme.\n")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Written once for the module, with one cache (index, quote book) all its rows share."""
    folder = tmp_path_factory.mktemp("keys-library")
    for i in range(REPORTS):
        (folder / f"report-{i:02d}.txt").write_text(short_report(i), encoding="utf-8")
    (folder / "grand-review.txt").write_text(long_report(), encoding="utf-8")
    return folder


@pytest.fixture
def app(tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch) -> App[None]:
    """The app on that library, with a dozen bookmarks on the long briefing's quotes."""
    # The library's index is made by the first row and read by the others (a cold start
    # indexes the library first: twice as long, a hundred times over).
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(library.parent / f"{library.name}-cache"))
    config = tmp_path / "config"
    config.mkdir()
    source = str(library / "grand-review.txt")
    doc = load_briefing(source)
    store = BookmarkStore(config / "bookmarks.toml")
    for quote in doc.quotes[:12]:
        assert store.add(bookmark_for(doc, "quote", quote, source)).ok
    return make_app(config_dir=config, targets=(str(library),))


# -- getting to each screen ------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """How to get to a screen from the reader: keys, the screen, and when it is ready."""

    keys: tuple[str, ...]
    screen: type[Screen[Any]]
    ready: Callable[[Screen[Any]], bool] = lambda _screen: True


def _rows(selector: str) -> Callable[[Screen[Any]], bool]:
    def ready(screen: Screen[Any]) -> bool:
        found = screen.query(selector)
        if not found:
            return False
        widget = found.first()
        count = widget.row_count if isinstance(widget, DataTable) else widget.option_count
        return count > 1

    return ready


def _people_ready(screen: Screen[Any]) -> bool:
    return getattr(screen, "data", None) is not None and _rows("#people-table")(screen)


PLACES_TO_GO: dict[str, Place] = {
    "reader": Place((), ReaderScreen),
    "article": Place(("v",), ArticleScreen, lambda s: s.text.max_scroll_y > 0),
    "contents": Place(("v", "o"), ContentsScreen, _rows("#contents-list")),
    "bookmarks": Place(("B",), BookmarksScreen, _rows("#bookmarks-list")),
    "edit bookmark": Place(("B", "e"), EditBookmarkDialog),
    "export": Place(("B", "x"), ExportBookmarksDialog),
    "add folder": Place(("a",), AddFolderDialog),
    "people": Place(("p",), PeopleScreen, _people_ready),
    "person": Place(("p", "enter"), PersonScreen, _rows("#person-quotes")),
    "quote search": Place(("p", "slash"), QuoteSearchScreen),
    "timeline": Place(
        ("T",), TimelineScreen, lambda s: s.query_one("#timeline-scroll").max_scroll_y > 0
    ),
    "help": Place(("question_mark",), HelpScreen),
    "theme": Place(("t",), ThemePicker),
}


async def go(pilot: Any, name: str) -> Screen[Any]:
    """From the reader to the screen called ``name``, every step waited for."""
    app = pilot.app
    await settle(pilot)
    place = PLACES_TO_GO[name]
    for done, key in enumerate(place.keys, 1):
        await pilot.press(key)
        # Each screen on the way is waited for (with its data) before the next key.
        step = next(p for p in PLACES_TO_GO.values() if p.keys == place.keys[:done])
        await wait_until(pilot, lambda s=step: isinstance(app.screen, s.screen), what=name)
        await wait_until(pilot, lambda s=step: s.ready(app.screen), what=f"{name} ready")
        await pilot.pause()
    return app.screen


# -- what the user sees -------------------------------------------------------------------


def find(app: App[None], selector: str) -> Widget:
    return app.screen.query_one(selector)


def cursor(widget: Widget) -> int | None:
    """The highlighted row of a list, a table, the library or a radio set."""
    if isinstance(widget, OptionList):
        return widget.highlighted
    if isinstance(widget, DataTable):
        return widget.cursor_row
    if isinstance(widget, RadioSet):
        return next(
            (i for i, b in enumerate(widget.query("RadioButton")) if b.has_class("-selected")),
            None,
        )
    return getattr(widget, "cursor", None)


def first_row(widget: Widget) -> int:
    """The first row a cursor can be on (a list's headings cannot have it)."""
    if isinstance(widget, OptionList):
        options = range(widget.option_count)
        return next(i for i in options if not widget.get_option_at_index(i).disabled)
    return 0


def last_row(widget: Widget) -> int:
    """The last row a cursor can be on."""
    if isinstance(widget, OptionList):
        options = reversed(range(widget.option_count))
        return next(i for i in options if not widget.get_option_at_index(i).disabled)
    if isinstance(widget, DataTable):
        return widget.row_count - 1
    if isinstance(widget, RadioSet):
        return len(widget.query("RadioButton")) - 1
    return len(widget.rows) - 1  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Expect:
    """What the user should see after the key; ``measure`` is taken before it."""

    check: Callable[[App[None], Any], bool]
    measure: Callable[[App[None]], Any] = lambda _app: None
    says: str = ""


def on(screen: type[Screen[Any]]) -> Expect:
    """That screen is on top and the app still runs."""
    return Expect(
        lambda app, _: app.is_running and isinstance(app.screen, screen),
        says=f"{screen.__name__} on top, still running",
    )


def quits() -> Expect:
    return Expect(lambda app, _: not app.is_running, says="the app quit")


def moved(selector: str, where: str) -> Expect:
    """The highlight moved a row down or up, or to the first or last row."""

    def check(app: App[None], before: int) -> bool:
        now = cursor(find(app, selector))
        want = {
            "down": before + 1,
            "up": before - 1,
            "top": first_row(find(app, selector)),
            "bottom": last_row(find(app, selector)),
        }[where]
        return now == want

    return Expect(check, lambda app: cursor(find(app, selector)), f"{selector} cursor {where}")


def scrolled(selector: str, where: str) -> Expect:
    """The view scrolled down or up, or to the top or the bottom."""

    def check(app: App[None], before: float) -> bool:
        view = find(app, selector)
        y = view.scroll_y
        return {
            "down": y > before,
            "up": y < before,
            "top": y == 0,
            "bottom": y == view.max_scroll_y and y > 0,
        }[where]

    return Expect(check, lambda app: find(app, selector).scroll_y, f"{selector} {where}")


def help_first(group: str) -> Expect:
    """The help is on top, the screen's own keys under the first heading."""

    def check(app: App[None], _: object) -> bool:
        if not isinstance(app.screen, HelpScreen):
            return False
        first = str(app.screen.table.columns[0]._cells[0])
        return first == group.capitalize()

    return Expect(check, says=f"help with {group!r} first")


def typed(selector: str, text: str) -> Expect:
    """The key went into the text box, the screen stays."""

    def check(app: App[None], _: object) -> bool:
        box = find(app, selector)
        value = box.text if isinstance(box, TextArea) else box.value  # type: ignore[attr-defined]
        return app.is_running and box.has_focus and value.endswith(text)

    return Expect(check, says=f"{text!r} typed in {selector}")


def left_box(selector: str, focus: str) -> Expect:
    """The box is empty and the focus back on the list; the screen stays."""

    def check(app: App[None], screen: Screen[Any]) -> bool:
        box = find(app, selector)
        assert isinstance(box, Input)
        return app.screen is screen and box.value == "" and find(app, focus).has_focus

    return Expect(check, lambda app: app.screen, f"{selector} cleared, {focus} focused")


def cleared(what: Callable[[App[None]], object]) -> Expect:
    """A filter or search applied is gone; the screen stays."""
    return Expect(
        lambda app, screen: app.screen is screen and not what(app),
        lambda app: app.screen,
        "cleared",
    )


def _reader(app: App[None]) -> ReaderScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


def vi_rows(place: str, pre: tuple[str, ...], selector: str, *, scroll: bool = False) -> list[Row]:
    """``j``, ``k``, ``G``, ``g`` in one list or view, one after the other."""
    expect = scrolled if scroll else moved
    steps = (("k", expect(selector, "up")), ("G", expect(selector, "bottom")))
    return [
        Row(place, pre, "j", expect(selector, "down"), (*steps, ("g", expect(selector, "top"))))
    ]


@dataclass(frozen=True)
class Row:
    """Go to ``place``, press ``pre`` then ``key``: the user sees ``expect``.

    ``then``: more keys pressed after it, each with what the user sees next.
    """

    place: str
    pre: tuple[str, ...]
    key: str
    expect: Expect = field(compare=False)
    then: tuple[tuple[str, Expect], ...] = field(default=(), compare=False)

    @property
    def steps(self) -> tuple[tuple[str, Expect], ...]:
        """Each key and what it shows, in order."""
        return ((self.key, self.expect), *self.then)

    @property
    def id(self) -> str:
        pre = " ".join(self.pre)
        keys = " ".join(key for key, _ in self.steps)
        says = "; ".join(expect.says for _, expect in self.steps)
        return f"{self.place}: {pre + ' ' if pre else ''}[{keys}] → {says}"


def _library_filter(app: App[None]) -> str:
    return _reader(app).library.filter_text


def _search(app: App[None]) -> str:
    return _reader(app).search.query


def _article_hits(app: App[None]) -> object:
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    return screen.text.hits


TABLE: list[Row] = [
    # The reader: the library list, a list pane, the Summary's scrolling text.
    *vi_rows("reader", (), "#library-view"),
    *vi_rows("reader", ("3",), "#quotes"),
    *vi_rows("reader", ("1",), "#summary", scroll=True),
    Row("reader", (), "escape", on(ReaderScreen)),
    Row("reader", ("3",), "escape", on(ReaderScreen)),
    Row("reader", ("f", *"report"), "escape", left_box("#library-filter", "#library-view")),
    Row("reader", ("f",), "escape", left_box("#library-filter", "#library-view")),
    Row("reader", ("f", *"report", "enter"), "escape", cleared(_library_filter)),
    Row("reader", ("slash", *"minister", "enter"), "escape", cleared(_search)),
    Row("reader", (), "q", quits()),
    Row("reader", ("f",), "q", typed("#library-filter", "q")),
    Row("reader", ("slash",), "q", typed("#search", "q")),
    Row("reader", (), "question_mark", help_first("reader")),
    Row("reader", ("3",), "question_mark", help_first("reader")),
    # The Article view and its contents.
    *vi_rows("article", (), "#article-text", scroll=True),
    Row("article", (), "escape", on(ReaderScreen)),
    Row("article", (), "q", on(ReaderScreen)),
    Row("article", ("slash", *"money"), "escape", cleared(_article_hits)),
    Row("article", ("slash", *"money", "enter"), "escape", cleared(_article_hits)),
    Row("article", ("slash",), "q", typed("#article-find", "q")),
    Row("article", (), "question_mark", help_first("article")),
    *vi_rows("contents", (), "#contents-list"),
    Row("contents", (), "escape", on(ArticleScreen)),
    Row("contents", (), "q", on(ArticleScreen)),
    Row("contents", (), "question_mark", help_first("contents")),
    # Bookmarks and their dialogs.
    *vi_rows("bookmarks", (), "#bookmarks-list"),
    Row("bookmarks", (), "escape", on(ReaderScreen)),
    Row("bookmarks", (), "q", on(ReaderScreen)),
    Row("bookmarks", ("slash", *"zz"), "escape", left_box("#bookmarks-filter", "#bookmarks-list")),
    Row("bookmarks", ("slash",), "q", typed("#bookmarks-filter", "q")),
    Row("bookmarks", (), "question_mark", help_first("bookmarks")),
    Row("edit bookmark", (), "escape", on(BookmarksScreen)),
    Row("edit bookmark", (), "q", typed("#edit-note", "q")),
    Row("edit bookmark", ("tab", "tab"), "q", on(BookmarksScreen)),
    Row("edit bookmark", (), "f1", help_first("edit bookmark")),
    Row("edit bookmark", ("tab", "tab"), "question_mark", help_first("edit bookmark")),
    Row("add folder", (), "escape", on(ReaderScreen)),
    Row("add folder", (), "q", typed("#add-folder-path", "q")),
    Row("add folder", ("tab", "tab"), "q", on(ReaderScreen)),
    Row("add folder", (), "f1", help_first("add folder")),
    Row("add folder", ("tab", "tab"), "question_mark", help_first("add folder")),
    Row("export", (), "escape", on(BookmarksScreen)),
    Row("export", (), "q", typed("#export-path", "q")),
    Row("export", ("shift+tab",), "q", on(BookmarksScreen)),
    Row("export", (), "f1", help_first("export")),
    Row("export", ("shift+tab",), "question_mark", help_first("export")),
    *vi_rows("export", ("shift+tab",), "#export-format"),
    # People, a person's page, quote search, the timeline.
    *vi_rows("people", (), "#people-table"),
    Row("people", (), "escape", on(ReaderScreen)),
    Row("people", (), "q", on(ReaderScreen)),
    Row("people", ("f", *"zz"), "escape", left_box("#people-filter", "#people-table")),
    Row("people", ("f",), "escape", left_box("#people-filter", "#people-table")),
    Row("people", ("f",), "q", typed("#people-filter", "q")),
    Row("people", (), "question_mark", help_first("people")),
    *vi_rows("person", (), "#person-quotes"),
    Row("person", (), "escape", on(PeopleScreen)),
    Row("person", (), "q", on(PeopleScreen)),
    Row("person", (), "question_mark", help_first("person")),
    *vi_rows("quote search", (*"money", "enter"), "#quotes-hits"),
    Row("quote search", (), "escape", on(PeopleScreen)),
    Row("quote search", tuple("zz"), "escape", left_box("#quotes-query", "#quotes-query")),
    Row("quote search", (*"money", "enter"), "escape", on(PeopleScreen)),
    Row("quote search", (), "q", typed("#quotes-query", "q")),
    Row("quote search", (*"money", "enter"), "q", on(PeopleScreen)),
    Row("quote search", (*"money", "enter"), "question_mark", help_first("quote search")),
    Row("quote search", (), "f1", help_first("quote search")),
    *vi_rows("timeline", (), "#timeline-scroll", scroll=True),
    Row("timeline", (), "escape", on(ReaderScreen)),
    Row("timeline", (), "q", on(ReaderScreen)),
    Row(
        "timeline", ("f", *"place:oslo"), "escape", left_box("#timeline-filter", "#timeline-scroll")
    ),
    Row("timeline", ("f",), "q", typed("#timeline-filter", "q")),
    Row("timeline", (), "question_mark", help_first("timeline")),
    # The help and the theme picker.
    *vi_rows("help", (), "#help", scroll=True),
    Row("help", (), "escape", on(ReaderScreen)),
    Row("help", (), "q", on(ReaderScreen)),
    Row("help", (), "question_mark", on(ReaderScreen)),
    *vi_rows("theme", (), "#theme-list"),
    Row("theme", (), "escape", on(ReaderScreen)),
    Row("theme", (), "q", on(ReaderScreen)),
    Row("theme", (), "question_mark", help_first("theme")),
]


def test_every_screen_is_in_the_table() -> None:
    """A screen added later gets its rows here too."""
    from tui.screens.help import binding_groups

    groups = {where for where, _ in binding_groups()} - {"anywhere", "in a pane", "library list"}
    assert groups <= set(PLACES_TO_GO), groups - set(PLACES_TO_GO)
    for key in ("escape", "q", "question_mark"):
        missing = {p for p in PLACES_TO_GO if not any(r.place == p and r.key == key for r in TABLE)}
        # The dialogs' help is f1 where ? is typed; each of them has a ? row from a button.
        assert not missing, f"no {key} row for {missing}"


@pytest.mark.parametrize("row", TABLE, ids=[row.id for row in TABLE])
async def test_keys_everywhere(app: App[None], row: Row) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await go(pilot, row.place)
        assert isinstance(screen, PLACES_TO_GO[row.place].screen)
        for key in row.pre:
            await pilot.press(key)
            await pilot.pause()
        for key, expect in row.steps:
            before = expect.measure(app)
            await pilot.press(key)
            await pilot.pause()
            await wait_until(
                pilot, lambda e=expect, b=before: e.check(app, b), timeout=5, what=expect.says
            )
