"""The Quotes pane: who said what, context on demand, bookmarked quotes marked ★."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from tui.core.citation import spoken
from tui.core.parse.language import display_marks
from tui.core.searchable import quote_text
from tui.widgets.panes.base import ItemPane
from tui.widgets.text import highlight, safe

if TYPE_CHECKING:
    from tui.core.model import Briefing, Quote
    from tui.widgets.panes.table import PaneSpec


UNATTRIBUTED = "unattributed"


def attribution(quote: Quote) -> str:
    """``Speaker, Role`` (either may be missing)."""
    return ", ".join(filter(None, [quote.speaker, quote.role])) or UNATTRIBUTED


class QuotesPane(ItemPane["Quote"]):
    """Lists a briefing's quotes: text, speaker and role; ``enter``/``space`` shows context."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "toggle_context",
            "Context",
            show=False,
            tooltip="Show or hide the quote's sentence (also enter)",
            id="quote-context",
        ),
    ]
    EMPTY = "No quotes found."

    def __init__(self, spec: PaneSpec) -> None:
        super().__init__(spec)
        self.expanded: set[str] = set()

    def items(self) -> Sequence[Quote]:
        """The briefing's quotes."""
        return self.briefing.quotes if self.briefing else ()

    def item_id(self, item: Quote) -> str:
        """The quote's id."""
        return item.id

    def item_text(self, item: Quote) -> str:
        """What search looks in (``tui.core.searchable``)."""
        return quote_text(item)

    def render_item(self, item: Quote) -> Text:
        """``★ “text”``, ``— Speaker, Role``, and the context when expanded."""
        query = self.query_text
        out = Text()
        if item.id in self.bookmarked:
            out.append("★ ", style="bold")
        opening, closing = display_marks(item.marks, self.briefing.lang if self.briefing else None)
        out.append(opening)
        out.append_text(highlight(safe(spoken(item.text)), query))
        out.append(f"{closing}\n")
        # Only the document's words are highlighted, never "unattributed" or "(no context)".
        who = attribution(item)
        said = safe(f"— {who}", "dim")
        out.append_text(said if who == UNATTRIBUTED else highlight(said, query))
        if item.id in self.expanded:
            out.append("\n")
            context = safe(item.context or "(no context)", "italic")
            out.append_text(highlight(context, query) if item.context else context)
        return out

    def show(
        self,
        briefing: Briefing | None,
        query: str | None = None,
        bookmarked: frozenset[str] = frozenset(),
    ) -> None:
        """Show a briefing; a different briefing starts with every context folded."""
        if briefing is None or self.briefing is None or briefing.id != self.briefing.id:
            self.expanded = set()
        super().show(briefing, query, bookmarked)

    def action_toggle_context(self) -> None:
        """Show or hide the highlighted quote's sentence."""
        quote = self.current_item
        if quote is not None:
            self.expanded ^= {quote.id}
            self.rebuild(self.highlighted)

    def action_select(self) -> None:
        """``enter`` toggles the context too."""
        self.action_toggle_context()
