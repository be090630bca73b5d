"""The one table of reader panes: each row gives a pane its key, tab, grid cell, search place
and bookmark kind; the bindings, the tabs, the help and the jump to a bookmark read it.

A new pane is a widget module (a :class:`~tui.widgets.panes.base.BriefingPane`) and one row
here. This module imports no widget: the reader's first frame needs only the names.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from textual.widget import Widget

    #: What makes a pane from its row (a ``BriefingPane`` class).
    PaneFactory = Callable[["PaneSpec"], Widget]


@dataclass(frozen=True, slots=True)
class PaneSpec:
    """One pane of the reader, in the order the panes are shown, cycled and searched."""

    #: The widget's id, the ``show_pane`` parameter and the binding id's tail.
    name: str
    #: The key that shows it.
    key: str
    #: Its tab and border title.
    label: str
    #: ``"module:Class"`` of a ``BriefingPane`` (imported when the panes are built, after the
    #: first frame), or the class itself.
    widget: str | PaneFactory
    #: The bookmark kind of what ``b`` marks in it (``"briefing"``: the briefing itself).
    kind: str

    def widget_class(self) -> PaneFactory:
        """The pane's widget class."""
        if not isinstance(self.widget, str):
            return self.widget
        module, _, name = self.widget.partition(":")
        cls: PaneFactory = getattr(import_module(module), name)
        return cls

    def binding(self) -> Binding:
        """The key binding that shows this pane (id ``pane-NAME``, rebindable in config).

        Not a priority binding: keys typed in one burst act in the order typed. A priority
        key is acted on as it arrives, ahead of the keys before it still on their way to
        the focused widget, so ``j j 3`` showed Quotes before the list had moved. ``3 j``
        still moves in Quotes: a key's binding is looked up once it has passed the
        focused widget, with the focus as it is then. A text box takes the key as text.
        """
        return Binding(
            self.key,
            f"show_pane('{self.name}')",
            self.label,
            show=False,
            tooltip=f"Show the {self.label} pane",
            id=f"pane-{self.name}",
        )


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("summary", "1", "Summary", "tui.widgets.panes.summary:SummaryPane", "briefing"),
    PaneSpec("areas", "2", "Areas", "tui.widgets.panes.areas:AreasPane", "area"),
    PaneSpec("quotes", "3", "Quotes", "tui.widgets.panes.quotes:QuotesPane", "quote"),
    PaneSpec("comments", "4", "Comments", "tui.widgets.panes.comments:CommentsPane", "comment"),
)


def pane_bindings(table: Sequence[PaneSpec] = PANES) -> list[Binding]:
    """One binding per pane, in table order."""
    return [spec.binding() for spec in table]


def pane_for_kind(kind: str, table: Sequence[PaneSpec] = PANES) -> str:
    """The name of the pane that lists bookmarks of ``kind`` (the first pane otherwise)."""
    return next((spec.name for spec in table if spec.kind == kind), table[0].name)


__all__ = ["PANES", "PaneSpec", "pane_bindings", "pane_for_kind"]
