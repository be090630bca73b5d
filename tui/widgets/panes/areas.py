"""The Areas pane: cooperation areas with their short form and description."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from tui.core.searchable import area_text
from tui.widgets.panes.base import ItemPane
from tui.widgets.text import highlight, safe

if TYPE_CHECKING:
    from tui.core.model import Area


class AreasPane(ItemPane["Area"]):
    """Lists a briefing's areas: name (short) and text."""

    EMPTY = "No cooperation areas found."

    def items(self) -> Sequence[Area]:
        """The briefing's areas."""
        return self.briefing.areas if self.briefing else ()

    def item_id(self, item: Area) -> str:
        """Areas carry no id in the model: derive one from the name."""
        from tui.core.stores.records import area_id

        return area_id(item)

    def item_text(self, item: Area) -> str:
        """What search looks in (``tui.core.searchable``)."""
        return area_text(item)

    def render_item(self, item: Area) -> Text:
        """``★ Name (Short)`` then the text."""
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
