"""The Summary pane: the web address, the lead, facts, people and warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.searchable import contains, summary_parts
from tui.widgets.panes.base import BriefingPane
from tui.widgets.text import highlight, highlight_within, safe

if TYPE_CHECKING:
    from tui.core.model import Briefing
    from tui.widgets.panes.table import PaneSpec


def _heading(out: Text, name: str) -> None:
    """Start a section: one blank line after whatever came before, then its name."""
    out.rstrip()
    out.append(f"\n\n{name}\n", style="bold underline")


def summary_text(doc: Briefing, bookmarked: bool = False, query: str | None = None) -> Text:
    """Everything the Summary pane shows, as one safe ``Text``.

    ``query`` is highlighted in the document's own words only (what search looks in, see
    ``tui.core.searchable``), never in the pane's headings, the date or the warnings.
    """

    def words(text: str | None, style: str = "") -> Text:
        return highlight(safe(text, style), query)

    out = Text()
    # The title, place, date and language are on the title line above the panes.
    if bookmarked:
        out.append("★ Bookmarked\n\n", style="bold")
    if doc.url:
        out.append_text(safe(doc.url, "dim"))
        out.append("\n\n")
    out.append_text(words(doc.summary) if doc.summary else safe("(no lead found)"))
    if doc.facts:
        _heading(out, "Facts")
        for fact in doc.facts:
            out.append("• ")
            out.append_text(words(fact.text, "bold"))
            out.append(f"  {fact.kind}\n", style="dim")
    if doc.people:
        _heading(out, "People")
        for person in doc.people:
            out.append("• ")
            out.append_text(words(person.name, "bold"))
            if person.role:
                out.append_text(highlight_within(safe(f", {person.role}", "dim"), query, 2))
            out.append("\n")
    if doc.warnings:
        _heading(out, "Warnings")
        for warning in doc.warnings:
            out.append("⚠ ", style="bold")
            out.append_text(safe(warning))
            out.append("\n")
    out.rstrip()
    return out


class SummaryPane(VerticalScroll, BriefingPane):
    """The briefing's summary, scrolled with ``j``/``k``; ``b`` here marks the briefing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False, id="summary-down"),
        Binding("k", "scroll_up", "Up", show=False, id="summary-up"),
        Binding("g", "scroll_home", "Top", show=False, id="summary-top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="summary-bottom"),
    ]

    def __init__(self, spec: PaneSpec) -> None:
        VerticalScroll.__init__(self, id=spec.name, classes="pane")
        BriefingPane.__init__(self, spec)

    def compose(self) -> ComposeResult:
        """One block of text."""
        yield Static(Text("Opening…", style="dim"), id="summary-text")

    def show(
        self,
        briefing: Briefing | None,
        query: str | None = None,
        bookmarked: frozenset[str] = frozenset(),
    ) -> None:
        """Show ``briefing``'s summary, highlighting ``query``."""
        same = (
            briefing is not None and self.briefing is not None and briefing.id == self.briefing.id
        )
        self.briefing = briefing
        self.query_text = query
        self.bookmarked = bookmarked
        body = (
            summary_text(briefing, briefing.id in bookmarked, query)
            if briefing
            else Text("No briefing open.", style="dim")
        )
        self.query_one("#summary-text", Static).update(body)
        if not same:
            self.scroll_home(animate=False)

    def match_indexes(self, query: str) -> list[int]:
        """``[0]`` when the summary contains ``query``."""
        if self.briefing is None:
            return []
        doc = self.briefing
        return [0] if any(contains(p, query) for p in (doc.title, *summary_parts(doc))) else []

    @property
    def current_item(self) -> Briefing | None:
        """The briefing itself."""
        return self.briefing
