"""Small screens over the reader: the full text of a briefing."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui.core.model import Briefing
from tui.widgets.text import highlight, safe


def full_text(doc: Briefing) -> str:
    """The document's text: its body, or (for structured input) its sections rebuilt."""
    if doc.body.strip():
        return doc.body
    parts = [doc.title, "", doc.summary]
    for section in doc.sections:
        if section.heading:
            parts += ["", section.heading]
        parts += ["", *section.paragraphs]
    return "\n".join(parts)


class FullTextScreen(ModalScreen[None]):
    """The whole document, scrollable; ``escape`` returns to the reader."""

    # Here rather than in briefing.tcss: parsed when the screen is first shown, not before
    # the reader's first frame.
    DEFAULT_CSS = """
    FullTextScreen {
        align: center middle;
    }
    FullTextScreen #full-text {
        width: 90%;
        height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,v,q", "dismiss", "Close", id="full-text-close"),
        Binding("j", "scroll('down')", "Down", show=False, id="full-text-down"),
        Binding("k", "scroll('up')", "Up", show=False, id="full-text-up"),
        Binding("g", "scroll('home')", "Top", show=False, id="full-text-top"),
        Binding("G", "scroll('end')", "Bottom", show=False, id="full-text-bottom"),
    ]

    def __init__(self, briefing: Briefing, query: str | None = None) -> None:
        super().__init__()
        self.briefing = briefing
        self.query_text = query

    def compose(self) -> ComposeResult:
        """A scrolling block of text under a title."""
        with VerticalScroll(id="full-text") as scroll:
            scroll.border_title = "Full text"
            yield Static(highlight(safe(full_text(self.briefing)), self.query_text))
        yield Footer()

    def action_scroll(self, where: str) -> None:
        """Scroll the text."""
        scroll = self.query_one("#full-text", VerticalScroll)
        {
            "down": scroll.scroll_down,
            "up": scroll.scroll_up,
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
        }[where]()
