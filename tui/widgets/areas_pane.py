"""The Areas pane: cooperation areas with their short form and description."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from tui.core.bookmark_data import area_id
from tui.core.model import Area
from tui.widgets.pane import ItemPane
from tui.widgets.text import highlight, safe


class AreasPane(ItemPane):
    """Lists a briefing's areas: name (short) and text."""

    LABEL = "Areas"
    EMPTY = "No cooperation areas found."
    KIND = "area"

    def items(self) -> Sequence[Area]:
        """The briefing's areas."""
        return self.briefing.areas if self.briefing else ()

    def item_id(self, item: object) -> str:
        """Areas carry no id in the model: derive one from the name."""
        assert isinstance(item, Area)
        return area_id(item)

    def item_text(self, item: object) -> str:
        """Name, short form and text."""
        assert isinstance(item, Area)
        return " ".join(filter(None, [item.name, item.short, item.text]))

    def render_item(self, item: object) -> Text:
        """``★ Name (Short)`` then the text."""
        assert isinstance(item, Area)
        out = Text()
        if self.item_id(item) in self.bookmarked:
            out.append("★ ", style="bold")
        out.append_text(safe(item.name, "bold"))
        if item.short:
            out.append(" (")
            out.append_text(safe(item.short, "italic"))
            out.append(")")
        if item.text:
            out.append("\n")
            out.append_text(safe(item.text))
        return highlight(out, self.query_text)
