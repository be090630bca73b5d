"""The reader's title line: the briefing's title and, after it or below it, place and date.

The title is shown once, here (not again in the Summary pane). When title and dateline do
not fit one line, each gets a line of its own, cut with an ellipsis where it is too long:
a place name is never broken across lines.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.visual import VisualType
from textual.widgets import Static

#: The gap between the title and the dateline when they share a line.
GAP = "  "


def title_layout(title: Text, tail: Text, width: int) -> Text:
    """``title`` and ``tail`` on one line when they fit in ``width`` cells, else on two."""
    one = Text.assemble(title, GAP, tail) if tail.plain else title.copy()
    if width <= 0 or one.cell_len <= width:
        one.no_wrap = True
        return one
    lines = []
    for part in (title, tail):
        if part.plain:
            line = part.copy()
            line.truncate(width, overflow="ellipsis")
            lines.append(line)
    both = Text("\n").join(lines)
    both.no_wrap = True
    return both


class TitleLine(Static):
    """A Static that lays out a title and its dateline for the width it has."""

    def __init__(self, content: VisualType = "", *, id: str | None = None) -> None:
        super().__init__(content, id=id)
        self._parts: tuple[Text, Text] | None = None

    def show(self, title: Text, tail: Text) -> None:
        """Show ``title`` with ``tail`` (place, date, search status) after or below it."""
        self._parts = (title, tail)
        super().update(title_layout(title, tail, self.content_size.width))

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show something else (an error, "Opening…"), as any Static."""
        self._parts = None
        super().update(content, layout=layout)

    def on_resize(self, event: events.Resize) -> None:
        """Lay the parts out again for the new width."""
        if self._parts is not None:
            title, tail = self._parts
            super().update(title_layout(title, tail, self.content_size.width))
