"""What every reader pane shares: its row of the pane table, the briefing it shows, and a
focusable list of items with vi keys (``ItemPane``, generic over the item type)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tui.core.model import Briefing
    from tui.widgets.panes.table import PaneSpec

T = TypeVar("T")


class PaneFocused(Message):
    """A pane got focus by keys or a click (it becomes the current pane)."""

    def __init__(self, pane: BriefingPane) -> None:
        super().__init__()
        self.pane = pane


if TYPE_CHECKING:
    _Widget = Widget
else:
    _Widget = object  # a mixin: Textual takes CSS only from a widget's first base


class BriefingPane(_Widget):
    """A pane of the reader: shown by :class:`BriefingPanes` from its row of the pane table.

    Mixed in after a widget class (``class QuotesPane(OptionList, BriefingPane)``), whose
    ``__init__`` a pane calls before this one. Subclasses implement ``show``,
    ``match_indexes``, ``current_item`` and ``reveal``.
    """

    def __init__(self, spec: PaneSpec) -> None:
        self.spec = spec
        self.briefing: Briefing | None = None
        self.query_text: str | None = None
        self.bookmarked: frozenset[str] = frozenset()
        self.border_title = spec.label

    def show(
        self, briefing: Briefing | None, query: str | None, bookmarked: frozenset[str]
    ) -> None:
        """Show ``briefing`` with ``query`` highlighted and ``bookmarked`` target ids marked."""
        raise NotImplementedError

    def match_indexes(self, query: str) -> list[int]:
        """Indexes of the items (for a pane without items: ``[0]``) containing ``query``."""
        raise NotImplementedError

    @property
    def current_item(self) -> object | None:
        """What ``b`` bookmarks here: the highlighted item (or the briefing)."""
        raise NotImplementedError

    def reveal(self, target_id: str | None = None, index: int | None = None) -> None:
        """Highlight the item with ``target_id`` (or at ``index``)."""

    def on_focus(self) -> None:
        """Tell the screen this is now the current pane."""
        self.post_message(PaneFocused(self))


class ItemPane(OptionList, BriefingPane, Generic[T]):
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

    #: Shown when the briefing has none.
    EMPTY = "Nothing here."

    def __init__(self, spec: PaneSpec) -> None:
        OptionList.__init__(self, id=spec.name, classes="pane", markup=False)
        BriefingPane.__init__(self, spec)

    def items(self) -> Sequence[T]:
        """The briefing's items this pane lists."""
        return ()

    def item_id(self, item: T) -> str | None:
        """A stable id for an item (used for options and bookmarks)."""
        return None

    def render_item(self, item: T) -> Text:
        """The prompt for one item."""
        return Text(str(item))

    def item_text(self, item: T) -> str:
        """All searchable text of an item."""
        return str(item)

    def show(
        self,
        briefing: Briefing | None,
        query: str | None = None,
        bookmarked: frozenset[str] = frozenset(),
    ) -> None:
        """Show ``briefing``'s items, highlighting ``query``; keeps the highlight if it can."""
        same = (
            briefing is not None and self.briefing is not None and briefing.id == self.briefing.id
        )
        keep = self.highlighted if same else None
        self.briefing = briefing
        self.query_text = query
        self.bookmarked = bookmarked
        self.rebuild(keep)

    def rebuild(self, keep: int | None = None) -> None:
        """Render every item again (after a change of query, bookmarks or expansion)."""
        items = self.items()
        if items:
            options: list[Option | None] = []
            for item in items:
                if options:
                    options.append(None)  # a divider line between items
                # No option id: two items may share one (areas of the same name have the
                # same content id), and OptionList refuses repeated ids.
                options.append(Option(self.render_item(item)))
            self.set_options(options)
            self.highlighted = min(keep or 0, len(items) - 1)
        else:
            self.set_options([Option(Text(self.EMPTY, style="dim italic"), disabled=True)])
            self.highlighted = None
        self.update_titles()

    def update_titles(self) -> None:
        """The border title with the count."""
        count = len(self.items())
        label = self.spec.label
        self.border_title = f"{label} ({count})" if self.briefing else label

    @property
    def current_item(self) -> T | None:
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

    def reveal(self, target_id: str | None = None, index: int | None = None) -> None:
        """Highlight the item with ``target_id`` (or at ``index``)."""
        if target_id is not None:
            ids = [self.item_id(i) for i in self.items()]
            index = ids.index(target_id) if target_id in ids else None
        if index is not None and 0 <= index < len(self.items()):
            self.highlighted = index
