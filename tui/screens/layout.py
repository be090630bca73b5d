"""Room on the reader screen: hide the library list, resize it, one view at a time when small.

A mixin of :class:`~tui.screens.reader.ReaderScreen`. Below :data:`SPLIT_WIDTH` columns the
list and the briefing are two full-width views: the list while it has the focus, the
briefing once a pane has it (``enter`` on a row, a pane key, ``L``); ``escape`` in the
briefing, with nothing else to back out of, returns to the list. Wider, ``L`` hides or
shows the list and ``<``/``>`` narrow or widen it; both are remembered (the state folder,
beside the read marks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    from tui.reading import ReadingKeeper
    from tui.widgets.library_list import LibraryList
    from tui.widgets.panes.container import BriefingPanes

#: Narrower than this (columns), the list and the briefing take turns at the full width.
SPLIT_WIDTH = 100
#: The list's width limits (columns) and the step of ``<``/``>``.
LIST_MIN, LIST_STEP = 16, 4
#: The widest the list may be, as a share of the screen (the briefing keeps the rest).
LIST_MAX_SHARE = 0.7

LAYOUT_BINDINGS: list[BindingType] = [
    Binding(
        "L",
        "toggle_list",
        "List",
        show=False,
        tooltip="Hide or show the library list (small screens: list or briefing)",
        id="toggle-list",
    ),
    Binding(
        "less_than_sign",
        "list_width(-1)",
        "Narrower",
        show=False,
        tooltip="Make the library list narrower",
        id="list-narrower",
    ),
    Binding(
        "greater_than_sign",
        "list_width(1)",
        "Wider",
        show=False,
        tooltip="Make the library list wider",
        id="list-wider",
    ),
]


class LayoutMixin:
    """The list's width and visibility, and the two views of a small screen."""

    if TYPE_CHECKING:
        app: App[Any]
        focused: Widget | None
        panes_ready: bool
        library_empty: bool
        reading: ReadingKeeper | None

        @property
        def library(self) -> LibraryList: ...
        @property
        def panes(self) -> BriefingPanes: ...
        def has_class(self, *names: str) -> bool: ...
        def set_class(self, add: bool, *names: str, update: bool = True) -> Any: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def call_after_refresh(self, callback: Any, *args: Any) -> bool: ...
        def set_focus(
            self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
        ) -> None: ...

    #: The list's width in columns when the user chose one (else the stylesheet's).
    list_width: int | None = None
    list_hidden = False

    @property
    def small(self) -> bool:
        """Whether the list and the briefing take turns (a screen under SPLIT_WIDTH)."""
        return self.has_class("-small")

    def apply_layout(self) -> None:
        """Size and show the list as chosen, for the screen's width now.

        Inline styles only for what the user chose; the stylesheet has the rest (a small
        screen's full-width list included, so the first frame needs none of this).
        """
        styles = self.library.styles
        chosen = None if self.small else self.list_width
        styles.width = chosen
        styles.min_width = chosen
        styles.max_width = chosen
        styles.display = "none" if self.list_hidden and not self.small else None
        self.show_view()

    def reading_loaded(self) -> None:
        """The remembered width and visibility (kept with the read marks) apply now."""
        if self.reading is None:
            return
        width = self.reading.setting("list_width", "")
        self.list_width = int(width) if width.isdigit() else None
        self.list_hidden = self.reading.setting("list", "shown") == "hidden"
        if self.list_hidden and not self.small and self._in_list():
            self._focus_briefing()
        self.apply_layout()

    def _in_list(self) -> bool:
        focused = self.focused
        return focused is not None and self.library in focused.ancestors_with_self

    def show_view(self) -> None:
        """On a small screen: the list while it has the focus, else the briefing."""
        # (an empty library has no list to choose from: its explanation is shown instead)
        listing = (
            self.small and not self.library_empty and (self._in_list() or not self.panes_ready)
        )
        self.set_class(listing, "-listing")
        self.set_class(self.small and not listing, "-reading")

    def on_descendant_focus(self, _event: object) -> None:
        """The focus moved: on a small screen, that may be to the other view."""
        self.show_view()

    def _focus_briefing(self) -> None:
        if self.panes_ready:
            self.panes.focus_pane()

    def _focus_list(self) -> None:
        # After the next refresh: a list that was hidden cannot take the focus before then.
        # Then at once (not ``focus()``, which waits for the queue): a key typed right
        # after escape goes to the list.
        self.call_after_refresh(lambda: self.set_focus(self.library.view))

    def to_list(self) -> bool:
        """``escape`` with nothing else to back out of: back to the list when it is a view."""
        if self.small and not self._in_list():
            self._focus_list()
            return True
        return False

    def opened_from_list(self) -> None:
        """``enter`` on a row: on a small screen the briefing takes the screen."""
        if self.small:
            self._focus_briefing()

    def action_toggle_list(self) -> None:
        """Hide or show the list; on a small screen, go to the list or to the briefing."""
        if self.small:
            if self._in_list():
                self._focus_briefing()
            else:
                self._focus_list()
            return
        self.list_hidden = not self.list_hidden
        if self.list_hidden and self._in_list():
            self._focus_briefing()
        self.apply_layout()
        if not self.list_hidden:
            self._focus_list()
        if self.reading is not None:
            self.reading.set_setting("list", "hidden" if self.list_hidden else "shown")

    def action_list_width(self, step: int) -> None:
        """Narrow (``-1``) or widen (``1``) the list by a few columns."""
        if self.small or self.list_hidden:
            return
        now = self.list_width or self.library.outer_size.width
        widest = max(LIST_MIN, int(self.app.size.width * LIST_MAX_SHARE))
        width = min(widest, max(LIST_MIN, now + step * LIST_STEP))
        if width == now:
            return
        self.list_width = width
        self.apply_layout()
        if self.reading is not None:
            self.reading.set_setting("list_width", str(width))


__all__ = ["LAYOUT_BINDINGS", "SPLIT_WIDTH", "LayoutMixin"]
