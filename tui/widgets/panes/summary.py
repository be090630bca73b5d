"""The Summary pane: title, place · date, web address, lead, facts, people and warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.widgets.panes.base import BriefingPane
from tui.widgets.text import dateline, highlight, safe

if TYPE_CHECKING:
    from tui.core.model import Briefing
    from tui.widgets.panes.table import PaneSpec


def summary_text(doc: Briefing, bookmarked: bool = False) -> Text:
    """Everything the Summary pane shows, as one safe ``Text``."""
    out = Text()
    if bookmarked:
        out.append("★ ", style="bold")
    out.append_text(safe(doc.title, "bold"))
    out.append("\n")
    out.append_text(safe(dateline(doc), "italic"))
    if doc.url:
        out.append("\n")
        out.append_text(safe(doc.url, "dim"))
    out.append("\n\n")
    out.append_text(safe(doc.summary or "(no lead found)"))
    if doc.facts:
        out.append("\n\nFacts\n", style="bold underline")
        for fact in doc.facts:
            out.append("• ")
            out.append_text(safe(fact.text, "bold"))
            out.append(f"  {fact.kind}\n", style="dim")
    if doc.people:
        out.append("\nPeople\n", style="bold underline")
        for person in doc.people:
            out.append("• ")
            out.append_text(safe(person.name, "bold"))
            if person.role:
                out.append_text(safe(f", {person.role}", "dim"))
            out.append("\n")
    if doc.warnings:
        out.append("\nWarnings\n", style="bold underline")
        for warning in doc.warnings:
            out.append("⚠ ", style="bold")
            out.append_text(safe(warning))
            out.append("\n")
    out.rstrip()
    return out


def summary_plain(doc: Briefing) -> str:
    """The Summary pane's text without styles (what search looks in)."""
    return summary_text(doc).plain


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
            summary_text(briefing, briefing.id in bookmarked)
            if briefing
            else Text("No briefing open.", style="dim")
        )
        self.query_one("#summary-text", Static).update(highlight(body, query))
        if not same:
            self.scroll_home(animate=False)

    def match_indexes(self, query: str) -> list[int]:
        """``[0]`` when the summary contains ``query``."""
        if self.briefing is None:
            return []
        return [0] if query.casefold() in summary_plain(self.briefing).casefold() else []

    @property
    def current_item(self) -> Briefing | None:
        """The briefing itself."""
        return self.briefing
