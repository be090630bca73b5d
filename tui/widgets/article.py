"""The Article view's text: a scrolling view that draws only the lines on screen.

The layout (blocks, wrapping, search) is the core's :mod:`tui.core.article`; this widget
turns the visible lines into strips with the theme's colours. A 1 MB document is wrapped
once per width and never rendered whole.
"""

from __future__ import annotations

import itertools
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.article import Article, Hit, Line, line_of, spans_on

#: Component classes, one per kind of text (set in DEFAULT_CSS with the theme's colours).
_BLOCK_CLASSES = {
    "title": "article--title",
    "meta": "article--meta",
    "heading": "article--heading",
    "comments": "article--heading",
    "author": "article--author",
}
_SPAN_CLASSES = {
    "quote": "article--quote",
    "speaker": "article--speaker",
    "unattributed": "article--unattributed",
    "fact": "article--fact",
}


class ArticleText(ScrollView, can_focus=True):
    """The formatted document, scrolled by lines; search hits marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *_BLOCK_CLASSES.values(),
        *_SPAN_CLASSES.values(),
        "article--bullet",
        "article--hit",
        "article--hit-current",
    }
    DEFAULT_CSS = """
    ArticleText {
        background: $surface;
        padding: 0 2;
        overflow-y: scroll;  /* always: a scrollbar appearing would wrap 1 MB again */
    }
    ArticleText > .article--title { text-style: bold; color: $text; }
    ArticleText > .article--meta { color: $text-muted; text-style: italic; }
    ArticleText > .article--heading { text-style: bold; color: $accent; }
    ArticleText > .article--author { text-style: bold; color: $text-muted; }
    ArticleText > .article--quote { color: $text-primary; }
    ArticleText > .article--speaker { color: $text-accent; text-style: italic; }
    ArticleText > .article--unattributed { color: $text-muted; text-style: italic; }
    ArticleText > .article--fact { text-style: underline; }
    ArticleText > .article--bullet { color: $accent; }
    ArticleText > .article--hit { background: $warning 40%; }
    ArticleText > .article--hit-current { background: $warning; color: $background; }
    """

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.hits: list[Hit] = []
        self.current: int | None = None  # index into hits
        self._hits_in: dict[int, list[tuple[int, Hit]]] = {}  # block -> (index, hit)
        self._styles: dict[str, Style] = {}

    # -- layout ------------------------------------------------------------------------

    #: Columns of padding either side (DEFAULT_CSS) and the scrollbar's.
    PADDING, SCROLLBAR = 2, 2

    def text_width(self) -> int:
        """Columns for the text (the widget's width inside its padding, less the scrollbar)."""
        return max(self.scrollable_content_region.width - 1, 10)

    @classmethod
    def width_for(cls, screen_width: int) -> int:
        """``text_width`` of the view filling a screen ``screen_width`` columns wide."""
        return max(screen_width - 2 * cls.PADDING - cls.SCROLLBAR - 1, 10)

    def relayout(self) -> None:
        """Wrap for the current width, keeping the block at the top in view."""
        width = self.text_width()
        size = Size(width, len(self.article.lines))
        if width == self.article.width and self.article.lines and self.virtual_size == size:
            return
        top = self.article.block_at(round(self.scroll_y)) if self.article.lines else 0
        self.article.wrap(width)  # (nothing to do when laid out ahead for this width)
        self.virtual_size = Size(width, len(self.article.lines))
        if top:
            self.scroll_to(y=self.article.first[top], animate=False, immediate=True)
        self._styles.clear()
        self.refresh()

    def on_resize(self) -> None:
        """A new width wraps the text again."""
        self.relayout()

    def notify_style_update(self) -> None:
        """The theme changed: fetch the colours again."""
        super().notify_style_update()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    # -- places ------------------------------------------------------------------------

    @property
    def top_block(self) -> int:
        """The block at the top of the view (a place that survives a new width)."""
        return self.article.block_at(round(self.scroll_y))

    def show_block(self, block: int) -> None:
        """Scroll so that ``block`` is at the top."""
        self.relayout()
        first = self.article.first
        if first:
            y = first[max(0, min(block, len(first) - 1))]
            self.scroll_to(y=y, animate=False, immediate=True)

    def show_hit(self, index: int) -> None:
        """Make hit ``index`` the current one and scroll it into view (a third down)."""
        if not self.hits:
            return
        self.current = index % len(self.hits)
        hit = self.hits[self.current]
        self.relayout()
        y = line_of(self.article.lines, self.article.first, hit.block, hit.start)
        if not (self.scroll_y <= y < self.scroll_y + self.size.height):
            self.scroll_to(y=max(0, y - self.size.height // 3), animate=False, immediate=True)
        self.refresh()

    def set_hits(self, hits: list[Hit]) -> None:
        """Mark these occurrences (none: clear the marks)."""
        self.hits = hits
        self.current = None
        self._hits_in = {}
        for i, hit in enumerate(hits):
            self._hits_in.setdefault(hit.block, []).append((i, hit))
        self.refresh()

    # -- drawing -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One screen line: the document's words with their styles."""
        scroll_y = round(self.scroll_offset.y)
        width = self.size.width
        base = self.rich_style
        index = scroll_y + y
        lines = self.article.lines
        if index >= len(lines) or lines[index].block < 0:
            return Strip.blank(width, base)
        segments = self._segments(lines[index], base)
        return Strip(segments).crop_extend(0, width, base)

    def _segments(self, line: Line, base: Style) -> list[Segment]:
        block = self.article.blocks[line.block]
        style = base
        if block.kind in _BLOCK_CLASSES:
            style = base + self._style(_BLOCK_CLASSES[block.kind])
        segments: list[Segment] = []
        if line.indent:
            segments.append(Segment(" " * line.indent, base))
        if line.bullet:
            segments.append(Segment(line.bullet, base + self._style("article--bullet")))
        # Cut points: the line's ends, its spans' ends, its hits' ends.
        marks: list[tuple[int, int, Style]] = []
        for span in spans_on(block, line.start, line.end):
            marks.append((span.start, span.end, self._style(_SPAN_CLASSES[span.style])))
        for i, hit in self._hits_in.get(line.block, ()):
            if hit.start < line.end and line.start < hit.end:
                name = "article--hit-current" if i == self.current else "article--hit"
                marks.append((hit.start, hit.end, self._style(name)))
        cuts = {line.start, line.end}
        for a, b, _ in marks:
            cuts.update(c for c in (a, b) if line.start < c < line.end)
        points = sorted(cuts)
        text = block.text
        for a, b in itertools.pairwise(points):
            piece = style
            for s, e, extra in marks:
                if s <= a and b <= e:
                    piece = piece + extra
            segments.append(Segment(text[a:b], piece))
        return segments
