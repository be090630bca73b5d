"""What the four reader panes share: a focusable list of items with vi keys and a title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tui.core.model import Briefing

#: The type of item a pane lists (``Area``, ``Quote``, ``Comment``).
ItemT = TypeVar("ItemT")


class ItemPane(OptionList, Generic[ItemT]):
    """A pane listing a briefing's items (areas, quotes, comments), one option per item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j", "cursor_down", "Down", show=False, tooltip="Next item in the pane", id="pane-down"
        ),
        Binding(
            "k", "cursor_up", "Up", show=False, tooltip="Previous item in the pane", id="pane-up"
        ),
        Binding("g", "first", "Top", show=False, tooltip="First item in the pane", id="pane-top"),
        Binding(
            "G", "last", "Bottom", show=False, tooltip="Last item in the pane", id="pane-bottom"
        ),
    ]

    #: Shown in the border and on the tab.
    LABEL = "Items"
    #: Shown when the briefing has none.
    EMPTY = "Nothing here."
    KIND = "item"

    class Focused(Message):
        """The pane got focus (the screen makes it the current pane)."""

        def __init__(self, pane: ItemPane[Any]) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False, classes="pane")
        self.briefing: Briefing | None = None
        self.query_text: str | None = None
        self.bookmarked: frozenset[str] = frozenset()

    def items(self) -> Sequence[ItemT]:
        """The briefing's items this pane lists."""
        return ()

    def item_id(self, item: ItemT) -> str | None:
        """A stable id for an item (used for options and bookmarks)."""
        return None

    def render_item(self, item: ItemT) -> Text:
        """The prompt for one item."""
        return Text(str(item))

    def item_text(self, item: ItemT) -> str:
        """All searchable text of an item."""
        return str(item)

    def show(self, briefing: Briefing | None, query: str | None = None) -> None:
        """Show ``briefing``'s items, highlighting ``query``; keeps the highlight if it can."""
        same = (
            briefing is not None and self.briefing is not None and briefing.id == self.briefing.id
        )
        keep = self.highlighted if same else None
        self.briefing = briefing
        self.query_text = query
        self.rebuild(keep)

    def rebuild(self, keep: int | None = None) -> None:
        """Render every item again (after a change of query, bookmarks or expansion)."""
        items = self.items()
        if items:
            options: list[Option | None] = []
            for item in items:
                if options:
                    options.append(None)  # a divider line between items
                options.append(Option(self.render_item(item), id=self.item_id(item)))
            self.set_options(options)
            self.highlighted = min(keep or 0, len(items) - 1)
        else:
            self.set_options([Option(Text(self.EMPTY, style="dim italic"), disabled=True)])
            self.highlighted = None
        self.update_titles()

    def update_titles(self) -> None:
        """The border title with the count."""
        count = len(self.items())
        self.border_title = f"{self.LABEL} ({count})" if self.briefing else self.LABEL

    @property
    def current_item(self) -> ItemT | None:
        """The highlighted item."""
        items = self.items()
        if self.highlighted is None or not 0 <= self.highlighted < len(items):
            return None
        return items[self.highlighted]

    def match_indexes(self, query: str) -> list[int]:
        """Indexes of items containing ``query`` (case-insensitive)."""
        needle = query.casefold()
        return [
            i for i, item in enumerate(self.items()) if needle in self.item_text(item).casefold()
        ]

    def on_focus(self) -> None:
        """Tell the screen this is now the current pane."""
        self.post_message(self.Focused(self))
