"""The pane table: a fifth pane is one widget class and one row, and everything follows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType

from tests.tui.conftest import FIXTURES
from tui.core.load import load_briefing
from tui.core.model import Person
from tui.widgets.panes import PANES, BriefingPanes, ItemPane, PaneSpec, pane_bindings
from tui.widgets.panes.table import pane_for_kind
from tui.widgets.text import safe


# Edit 1 of 2: the widget.
class PeoplePane(ItemPane[Person]):
    """The people a briefing names."""

    def items(self) -> Sequence[Person]:
        """The briefing's people."""
        return self.briefing.people if self.briefing else ()

    def item_id(self, item: Person) -> str:
        """The person's name."""
        return item.name

    def item_text(self, item: Person) -> str:
        """Name and role."""
        return f"{item.name} {item.role or ''}"

    def render_item(self, item: Person):  # type: ignore[no-untyped-def]
        """The name."""
        return safe(item.name)


# Edit 2 of 2: the row.
TABLE = (*PANES, PaneSpec("people", "5", "People", PeoplePane, "person"))


class PanesApp(App[None]):
    """The panes alone, with the keys the reader gives them."""

    BINDINGS: ClassVar[list[BindingType]] = [*pane_bindings(TABLE)]

    def compose(self) -> ComposeResult:
        """Just the panes."""
        yield BriefingPanes(TABLE)

    def action_show_pane(self, name: str) -> None:
        """What the reader does for keys 1–5."""
        self.query_one(BriefingPanes).focus_pane(name)


async def test_a_fifth_pane_gets_a_key_a_tab_a_cell_search_and_bookmarks() -> None:
    doc = load_briefing(FIXTURES / "alpine-summit.json")
    person = doc.people[0]
    app = PanesApp()
    async with app.run_test(size=(140, 40)) as pilot:
        panes = app.query_one(BriefingPanes)
        panes.show(doc, person.name, frozenset({person.name}))
        await pilot.pause()
        people = panes.pane("people")
        # A tab, labelled with its key.
        assert "5 People" in [str(t.label) for t in app.query("Tab")]
        # Its key focuses it.
        await pilot.press("5")
        assert app.focused is people and panes.current == "people"
        assert people.has_class("-active")
        # It shows its items, and its border counts them.
        assert people.option_count >= 1 and people.border_title.startswith("People (")
        # The search looks in it, after the four others.
        assert panes.matches(person.name)[-1][0] == "people"
        # ``b`` there bookmarks a person; a bookmark of a person jumps to it.
        assert panes.target() == ("person", person)
        assert pane_for_kind("person", TABLE) == "people"
        await pilot.press("1")
        panes.reveal("person", person.name)
        await pilot.pause()
        assert app.focused is people and people.current_item == person


def test_the_reader_keys_come_from_the_table() -> None:
    from tui.screens.reader import ReaderScreen

    keys = {b.key: b.action for b in ReaderScreen.BINDINGS if hasattr(b, "key")}  # type: ignore[union-attr]
    for spec in PANES:
        assert keys[spec.key] == f"show_pane('{spec.name}')"


async def test_a_pane_focused_before_its_items_arrive_highlights_the_first() -> None:
    doc = load_briefing(FIXTURES / "alpine-summit.json")
    app = PanesApp()
    async with app.run_test(size=(100, 30)) as pilot:
        panes = app.query_one(BriefingPanes)
        await pilot.press("3")
        quotes = panes.pane("quotes")
        assert app.focused is quotes and panes.target()[1] is None
        panes.show(doc, None, frozenset())
        await pilot.pause()
        assert panes.target() == ("quote", doc.quotes[0])
