"""Who said what: the People screen, a person's page, quote search and the library timeline.

The reader pushes ``PeopleScreen(paths, prefs)`` (``p``) or ``TimelineScreen`` (``T``).
Each dismisses with ``(path, quote_id)`` when the reader chose a quote to open, else None.
The quote book is brought up to date in a thread worker; the screen shows progress meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from tui.core.clean import clean_line
from tui.host import host
from tui.keys import close_keys, vi_keys

if TYPE_CHECKING:
    from tui.core.library.people import PeopleData
    from tui.core.library.quote_search import QuoteHit
    from tui.core.library.quotebook import QuoteRow
    from tui.core.library.speakers import Speaker
    from tui.core.stores.people import PeoplePrefs

#: What a people view dismisses with: the quote to open, as (document path, quote id).
Chosen = tuple[str, str] | None
SORTS = ("quotes", "name", "recent")


def _span(first: dt.date | None, last: dt.date | None) -> str:
    """A date range, compact: ``2026-01-19``, or ``2025-03…2026-05`` across days."""
    if first is None or last is None:
        return "undated"
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()[:7]}…{last.isoformat()[:7]}"


def _where(row: QuoteRow) -> str:
    parts = [clean_line(row.title, limit=60)]
    if row.date:
        parts.append(row.date.isoformat())
    if row.place:
        parts.append(clean_line(row.place, limit=40))
    return " · ".join(parts)


def quote_option(row: QuoteRow, who: str | None, spans: tuple[tuple[int, int], ...] = ()) -> Text:
    """A quote as the people views list it: the words, who, where, and the sentence."""
    words = clean_line(row.text, limit=400)
    text = Text("“")
    body = Text(words)
    for a, b in spans:
        if b <= len(words):
            body.stylize("bold reverse", a, b)
    text.append_text(body)
    text.append("”")
    if who:
        text.append(f"\n  — {clean_line(who, limit=80)}", style="bold")
    text.append(f"\n  {_where(row)}", style="dim")
    if row.context and row.context != row.text:
        text.append(f"\n  {clean_line(row.context, limit=300)}", style="italic dim")
    text.append("\n ")  # a blank line between quotes
    return text


def _months(days: list[dt.date]) -> tuple[list[str], list[float]]:
    """Every month from the first to the last day, and how many days fall in each."""
    if not days:
        return [], []
    counts = Counter((d.year, d.month) for d in days)
    (y, m), end = min(counts), max(counts)
    labels, values = [], []
    while (y, m) <= end:
        labels.append(f"{y:04d}-{m:02d}")
        values.append(float(counts.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return labels, values


class _PeopleBase(Screen[Chosen]):
    """Shared by the people views: the data, loading it, opening and bookmarking quotes."""

    def __init__(
        self, paths: list[str], prefs: PeoplePrefs | None, scope: list[str] | None = None
    ) -> None:
        super().__init__()
        self.paths = paths
        self.prefs = prefs
        self.scope = scope or []
        self.data: PeopleData | None = None

    #: The list or view ``j``/``k``/``g``/``G`` move in (a CSS selector).
    MOVES_IN = "OptionList"

    def action_move(self, where: str) -> None:
        """``j``/``k``/``g``/``G`` in the screen's list or view."""
        from tui.widgets.nav import move

        move(self.query_one(self.MOVES_IN), where)

    def action_close_screen(self) -> None:
        """``q``: close this screen (only the reader quits)."""
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="people")
    def load(self) -> None:
        """Bring the quote book up to date (progress shown) and merge the speakers."""
        from textual.worker import get_current_worker

        from tui.core.library.people import read_people_soon

        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if done == 1 or done == total or done % 25 == 0:
                self.app.call_from_thread(self.show_progress, done, total)

        for data in read_people_soon(
            self.paths,
            self.prefs,
            scope=self.scope,
            progress=progress,
            cancelled=lambda: worker.is_cancelled,
        ):
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self.loaded, data)

    def show_progress(self, done: int, total: int) -> None:
        """Say how far reading the quotes has got."""
        self.query_one(".people-status", Label).update(f"Reading quotes… {done}/{total}")

    def loaded(self, data: PeopleData) -> None:
        """Show ``data`` (subclasses draw it)."""
        self.data = data
        if data.problem:
            self.notify(data.problem, severity="warning", markup=False)

    def bookmark_quote(self, row: QuoteRow) -> None:
        """Bookmark (or un-bookmark) the quote ``row`` from its briefing, read off the UI thread."""
        self._bookmark(row)

    @work(thread=True, group="people-bookmark")
    def _bookmark(self, row: QuoteRow) -> None:
        from tui.core.errors import BriefingError
        from tui.core.load import load_briefing

        try:
            doc = load_briefing(row.path)
        except BriefingError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        quote = next((q for q in doc.quotes if q.id == row.quote_id), None)
        if quote is None:
            message = "That quote is no longer in its briefing; reopen the screen to refresh."
            self.app.call_from_thread(self.notify, message, severity="warning", markup=False)
            return

        def toggle() -> None:
            added = host(self).toggle_bookmark(doc, "quote", quote, row.path)
            if added is not None:
                self.notify(
                    "Quote bookmarked ★" if added else "Quote bookmark removed", markup=False
                )

        self.app.call_from_thread(toggle)


class PeopleScreen(_PeopleBase):
    """Every speaker in the library: offices, counts, dates; filter, sort, open a person."""

    AUTO_FOCUS = "#people-table"
    HELP_GROUP = "people"
    MOVES_IN = "#people-table"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_person", "Open", tooltip="Open the person's page", id="people-open"),
        Binding(
            "s", "cycle_sort", "Sort", tooltip="Sort by quotes, name or date", id="people-sort"
        ),
        Binding(
            "slash",
            "search_quotes",
            "Quotes",
            tooltip="Search quote texts across the library",
            id="people-search-quotes",
        ),
        Binding("f", "focus_filter", "Filter", tooltip="Filter the people", id="people-filter"),
        Binding(
            "u",
            "separate",
            "Unmerge",
            tooltip="Keep a person's spellings apart",
            id="people-unmerge",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            tooltip="Clear the filter, else back to the reader",
            id="people-back",
        ),
        *vi_keys("people", "person"),
        *close_keys("people"),
    ]

    def __init__(
        self, paths: list[str], prefs: PeoplePrefs | None, scope: list[str] | None = None
    ) -> None:
        super().__init__(paths, prefs, scope)
        self.sort = SORTS[0]
        self._shown: list[Speaker] = []

    def compose(self) -> ComposeResult:
        """Title and status, filter, the table of people, footer."""
        yield Label("People", classes="people-title")
        yield Label("Reading quotes…", classes="people-status")
        yield Input(placeholder="Filter people: name or office…", id="people-filter")
        table: DataTable[str | Text] = DataTable(
            id="people-table", cursor_type="row", zebra_stripes=True
        )
        yield table
        yield Footer()

    def on_mount(self) -> None:
        """Columns, then read the quotes in a worker."""
        table = self.query_one(DataTable)
        # Fixed widths: the table is refilled as the quote book catches up, and must not
        # change shape under the reader (names and offices are cut to these widths).
        for label, width in (
            ("Name", 24),
            ("Offices", 24),
            ("Quotes", 6),
            ("Docs", 4),
            ("Dates", 17),
        ):
            table.add_column(label, width=width, key=label.lower())
        self.load()

    def loaded(self, data: PeopleData) -> None:
        """Fill the table."""
        super().loaded(data)
        self.refresh_table()

    def _sorted(self) -> list[Speaker]:
        from tui.people_cli import sort_speakers

        assert self.data is not None
        return sort_speakers(list(self.data.people.speakers), self.sort)

    def refresh_table(self, keep: str | None = None) -> None:
        """Draw the people who match the filter, in the chosen order."""
        if self.data is None:
            return
        from tui.core.fold import fold

        needle = fold(self.query_one("#people-filter", Input).value.strip())
        table = self.query_one(DataTable)
        current = keep or (
            self._shown[table.cursor_row].key if self._shown and table.row_count else None
        )
        self._shown = [
            s
            for s in self._sorted()
            if not needle or any(needle in fold(x) for x in (s.name, *s.aliases, *s.offices))
        ]
        table.clear()
        for s in self._shown:
            table.add_row(
                Text(clean_line(s.name, limit=22)),
                Text(clean_line("; ".join(s.offices), limit=20)),
                str(s.quotes),
                str(s.briefings),
                _span(s.first, s.last),
                key=s.key,
            )
        total = len(self.data.people.speakers)
        shown = f"{len(self._shown)} of {total}" if len(self._shown) != total else str(total)
        self.query_one(".people-status", Label).update(
            f"{shown} speaker{'s' if total != 1 else ''} · {self.data.quotes} quotes · "
            f"sorted by {self.sort} (s)"
        )
        keys = [s.key for s in self._shown]
        if current in keys:
            table.move_cursor(row=keys.index(current))

    @property
    def current(self) -> Speaker | None:
        """The highlighted person."""
        table = self.query_one(DataTable)
        if not self._shown or not 0 <= table.cursor_row < len(self._shown):
            return None
        return self._shown[table.cursor_row]

    @on(Input.Changed, "#people-filter")
    def _filter_changed(self) -> None:
        self.refresh_table()

    @on(Input.Submitted, "#people-filter")
    def _filter_submitted(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open_person()

    def action_focus_filter(self) -> None:
        """Type to filter the people."""
        self.query_one("#people-filter", Input).focus()

    def action_cycle_sort(self) -> None:
        """By quote count, by name, by most recent."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_table()

    def action_open_person(self) -> None:
        """Open the highlighted person's page."""
        person = self.current
        if person is None or self.data is None:
            return
        self.app.push_screen(PersonScreen(self.data, person.key), self._chosen)

    def action_search_quotes(self) -> None:
        """Search quote texts across the library."""
        if self.data is not None:
            self.app.push_screen(QuoteSearchScreen(self.data), self._chosen)

    def _chosen(self, chosen: Chosen) -> None:
        if chosen is not None:
            self.dismiss(chosen)

    def action_separate(self) -> None:
        """Undo a merge: the highlighted person's spellings become people of their own."""
        person = self.current
        if person is None or self.data is None or self.prefs is None:
            return
        if len(person.aliases) < 2:
            self.notify(f"{person.name} is one spelling; nothing to unmerge.", markup=False)
            return
        apart = self.data.apart | set(person.aliases)
        self.data = self.data.regroup(frozenset(apart))
        self.refresh_table()
        self._save_apart(person.aliases, person.name)

    @work(thread=True, group="people-prefs")
    def _save_apart(self, names: tuple[str, ...], who: str) -> None:
        assert self.prefs is not None
        try:
            self.prefs.set_apart(names)
        except OSError as exc:
            message = f"Not saved ({exc.strerror or exc}); kept apart for this session."
            self.app.call_from_thread(self.notify, message, severity="warning", markup=False)
            return
        message = f"{who}: {len(names)} spellings kept apart from now on ({self.prefs.path.name})."
        self.app.call_from_thread(self.notify, message, markup=False)

    def action_back(self) -> None:
        """Clear and leave the filter first, then close."""
        from tui.widgets.nav import leave_box

        box = self.query_one("#people-filter", Input)
        table = self.query_one(DataTable)
        if leave_box(box, table):
            return
        if box.value:
            box.value = ""
            table.focus()
        else:
            self.dismiss(None)


class _QuoteList(_PeopleBase):
    """A people view listing quotes: ``enter`` opens the briefing at one, ``b`` bookmarks it."""

    def listed(self) -> list[QuoteRow]:
        """The quotes in the list, in its order (subclasses say which)."""
        raise NotImplementedError

    @property
    def current(self) -> QuoteRow | None:
        """The highlighted quote."""
        index = self.query_one(OptionList).highlighted
        rows = self.listed()
        return None if index is None or index >= len(rows) else rows[index]

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_open_quote()

    def action_open_quote(self) -> None:
        """Open the briefing at the highlighted quote."""
        row = self.current
        if row is not None:
            self.dismiss((row.path, row.quote_id))

    def action_bookmark(self) -> None:
        """Bookmark the highlighted quote."""
        row = self.current
        if row is not None:
            self.bookmark_quote(row)


class PersonScreen(_QuoteList):
    """One person: offices, a quotes-per-month sparkline, every quote newest first."""

    HELP_GROUP = "person"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open_quote",
            "Open",
            tooltip="Open the briefing at the quote",
            id="person-open",
        ),
        Binding("b", "bookmark", "Bookmark", tooltip="Bookmark the quote", id="person-bookmark"),
        Binding("escape", "back", "Back", tooltip="Back to the people", id="person-back"),
        *vi_keys("person", "quote"),
        *close_keys("person"),
    ]

    def __init__(self, data: PeopleData, key: str) -> None:
        super().__init__(list(data.paths), None)
        self.data = data
        self.key = key
        self.rows = data.book.quotes(data.paths, persons=[key])

    def compose(self) -> ComposeResult:
        """Name, offices and counts, the timeline, the quotes."""
        assert self.data is not None
        person = self.data.people.get(self.key)
        name = person.name if person else self.key
        yield Label(Text(clean_line(name, limit=80)), classes="people-title")
        if person is not None:
            offices = "; ".join(person.offices) or "no office given"
            yield Label(
                Text(
                    f"{clean_line(offices, limit=120)} · {person.quotes} quote"
                    f"{'s' if person.quotes != 1 else ''} in {person.briefings} briefing"
                    f"{'s' if person.briefings != 1 else ''} · {_span(person.first, person.last)}"
                ),
                classes="people-status",
            )
        labels, values = _months([r.date for r in self.rows if r.date])
        if values:
            yield Label(f"Quotes per month, {labels[0]} to {labels[-1]}", classes="people-caption")
            line = Sparkline(values, id="person-timeline")
            # A column or three a month: one busy month must not look like a flat line.
            line.styles.max_width = max(3 * len(values), 6)
            yield line
        yield OptionList(
            *(
                Option(quote_option(r, ", ".join(x for x in (r.speaker, r.role) if x)), id=f"{i}")
                for i, r in enumerate(self.rows)
            ),
            id="person-quotes",
        )
        yield Footer()

    def on_mount(self) -> None:
        """Focus the quotes."""
        self.query_one(OptionList).focus()

    def listed(self) -> list[QuoteRow]:
        """The quotes in the list, in its order."""
        return self.rows

    def action_back(self) -> None:
        """Back to the people."""
        self.dismiss(None)


class QuoteSearchScreen(_QuoteList):
    """Quote texts across the library, with ``speaker:``, ``since:``, ``until:``, ``place:``."""

    HELP_GROUP = "quote search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open_quote",
            "Open",
            tooltip="Open the briefing at the quote",
            id="quotes-open",
        ),
        Binding("b", "bookmark", "Bookmark", tooltip="Bookmark the quote", id="quotes-bookmark"),
        Binding(
            "slash", "focus_query", "Search", tooltip="Back to the search box", id="quotes-search"
        ),
        Binding(
            "escape",
            "back",
            "Back",
            tooltip="Clear and leave the search box, else back to the people",
            id="quotes-back",
        ),
        *vi_keys("quotes", "quote"),
        *close_keys("quotes"),
    ]

    def __init__(self, data: PeopleData) -> None:
        super().__init__(list(data.paths), None)
        self.data = data
        self.hits: list[QuoteHit] = []

    def compose(self) -> ComposeResult:
        """The query box, how many hits, the hits."""
        yield Label("Search quotes", classes="people-title")
        yield Input(
            placeholder="words  speaker:NAME  since:2026-01  until:2026-06  place:Rome",
            id="quotes-query",
        )
        yield Label("Type words; enter shows the quotes.", classes="people-status")
        yield OptionList(id="quotes-hits")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the query box."""
        self.query_one(Input).focus()

    @on(Input.Submitted, "#quotes-query")
    def _run(self, event: Input.Submitted) -> None:
        from tui.core.library.quote_search import parse_quote_query, search_quotes

        assert self.data is not None
        query = parse_quote_query(event.value)
        status = self.query_one(".people-status", Label)
        if query.problems:
            status.update(Text(query.problems[0]))
            return
        self.hits = search_quotes(
            self.data.book, self.data.people, query, within=list(self.data.paths), limit=500
        )
        hits = self.query_one(OptionList)
        hits.clear_options()
        for i, hit in enumerate(self.hits):
            person = self.data.people.get(hit.person) if hit.person else None
            who = person.name if person else hit.row.speaker or "unattributed"
            hits.add_option(Option(quote_option(hit.row, who, hit.spans), id=str(i)))
        status.update(f"{len(self.hits)} quote{'s' if len(self.hits) != 1 else ''}")
        if self.hits:
            hits.highlighted = 0
            hits.focus()

    def listed(self) -> list[QuoteRow]:
        """The hits' quotes, in the list's order."""
        return [hit.row for hit in self.hits]

    def action_focus_query(self) -> None:
        """Back to the query box."""
        self.query_one(Input).focus()

    def action_back(self) -> None:
        """Clear the query box, then leave it for the quotes found, then close."""
        from tui.widgets.nav import leave_box

        box = self.query_one(Input)
        hits = self.query_one(OptionList) if self.hits else None
        if box.has_focus and (box.value or hits is not None):
            leave_box(box, hits)
        else:
            self.dismiss(None)


class TimelineScreen(_PeopleBase):
    """Briefings by month, filterable by ``place:`` and ``speaker:``."""

    AUTO_FOCUS = "#timeline-scroll"
    HELP_GROUP = "timeline"
    MOVES_IN = "#timeline-scroll"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f,slash",
            "focus_filter",
            "Filter",
            tooltip="Filter by place:… or speaker:…",
            id="timeline-filter",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            tooltip="Clear the filter, else back to the reader",
            id="timeline-back",
        ),
        *vi_keys("timeline", "month"),
        *close_keys("timeline"),
    ]

    def compose(self) -> ComposeResult:
        """The filter, the months."""
        yield Label("Timeline", classes="people-title")
        yield Label("Reading quotes…", classes="people-status")
        yield Input(placeholder="f: filter by place:Seoul  speaker:Meloni", id="timeline-filter")
        with VerticalScroll(id="timeline-scroll"):
            yield Static(id="timeline-months")
        yield Footer()

    def action_focus_filter(self) -> None:
        """Type to filter the months."""
        self.query_one("#timeline-filter", Input).focus()

    @on(Input.Submitted, "#timeline-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#timeline-scroll").focus()

    def on_mount(self) -> None:
        """Read the library in a worker."""
        self.load()

    def loaded(self, data: PeopleData) -> None:
        """Draw the months."""
        super().loaded(data)
        self.redraw()

    @on(Input.Changed, "#timeline-filter")
    def redraw(self) -> None:
        """Count the matching briefings per month and draw a bar for each."""
        if self.data is None:
            return
        from rich.bar import Bar
        from rich.table import Table

        from tui.core.fold import fold
        from tui.core.library.quote_search import parse_quote_query

        query = parse_quote_query(self.query_one("#timeline-filter", Input).value)
        docs = self.data.book.documents(self.data.paths)
        if query.place:
            docs = [d for d in docs if fold(query.place) in fold(d.place or "")]
        if query.speaker:
            keys = self.data.people.keys_matching(query.speaker)
            said = self.data.book.paths_quoting(keys)
            docs = [d for d in docs if d.path in said]
        labels, values = _months([d.date for d in docs if d.date])
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        table.add_column(justify="right", no_wrap=True)
        top = max(values, default=0) or 1
        for label, value in zip(reversed(labels), reversed(values), strict=True):
            table.add_row(label, Bar(top, 0, value, color="cyan"), str(int(value)))
        undated = sum(1 for d in docs if d.date is None)
        self.query_one("#timeline-months", Static).update(table)
        self.query_one(".people-status", Label).update(
            f"{len(docs)} briefing{'s' if len(docs) != 1 else ''} in {len(labels)} months"
            + (f" · {undated} undated" if undated else "")
        )

    def action_back(self) -> None:
        """Clear and leave the filter first, then close."""
        from tui.widgets.nav import leave_box

        box = self.query_one("#timeline-filter", Input)
        if leave_box(box, self.query_one("#timeline-scroll")):
            return
        if box.value:
            box.value = ""
        else:
            self.dismiss(None)
