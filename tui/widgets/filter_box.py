"""The library's filter box (imported when first opened, not before the first frame)."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class FilterBox(Input):
    """The filter box: an ``Input`` whose typing repaints it without a screen layout."""

    # Input sets ``virtual_size`` to the width of its text on every change, and that reactive
    # lays out the whole screen (~5 ms with the panes up, and a second frame for the list's
    # scrollbar). The box's own size never depends on it; scrolling reads it directly.
    virtual_size = Reactive(Size(0, 0), layout=False)
