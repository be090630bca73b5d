"""The Article view: the whole briefing formatted for reading, with contents and search."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.article import Article, Landmark, find, landmarks
from tui.core.clean import clean_line
from tui.core.model import Briefing
from tui.keys import close_keys
from tui.widgets.article import ArticleText


class ArticleScreen(Screen[int]):
    """The whole briefing, formatted: title block, headings, paragraphs, lists, each quote
    with its speaker, facts, comments at the end.

    Args:
        briefing: the document.
        query: a search to open at (the reader's current one); its first hit is shown.
        start: the block to open at (from :attr:`ArticleText.top_block` of an earlier
            visit); ignored when ``query`` has a hit.

    Dismissed with the block at the top of the view, so the reader can come back to it.
    """

    HELP_GROUP = "article"
    DEFAULT_CSS = """
    ArticleScreen #article-status {
        height: 1;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
    }
    ArticleScreen #article-find {
        display: none;
        height: 1;
        border: none;
        padding: 0 1;
    }
    ArticleScreen #article-find.-open { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="Clear the search, else back", id="article-back"),
        Binding("q,v", "close", "Close", show=False, tooltip="Back to the reader", id="article-close"),
        Binding("slash", "find", "Search", tooltip="Search the article", id="article-find"),
        Binding("n", "next_hit", "Next", tooltip="Next occurrence", id="article-next"),
        Binding("N", "previous_hit", "Prev", show=False, tooltip="Previous occurrence",
                id="article-previous"),
        Binding("o", "contents", "Contents", tooltip="Jump to a section", id="article-contents"),
        Binding("j,down", "scroll('down')", "Down", show=False, tooltip="Line down",
                id="article-down"),
        Binding("k,up", "scroll('up')", "Up", show=False, tooltip="Line up", id="article-up"),
        Binding("space,pagedown,ctrl+f", "scroll('page_down')", "Page", show=False,
                tooltip="Page down", id="article-page-down"),
        Binding("b,shift+space,pageup,ctrl+b", "scroll('page_up')", "Page up", show=False,
                tooltip="Page up", id="article-page-up"),
        Binding("g,home", "scroll('home')", "Top", show=False, tooltip="Top", id="article-top"),
        Binding("G,end", "scroll('end')", "End", show=False, tooltip="Bottom",
                id="article-bottom"),
    ]  # fmt: skip

    def __init__(
        self,
        briefing: Briefing,
        query: str | None = None,
        start: int = 0,
        article: Article | None = None,
    ) -> None:
        """``article``: ``briefing`` already laid out (see ``prepare``), else it is done here."""
        super().__init__()
        self.briefing = briefing
        self.query_text = (query or "").strip()
        self.start = start
        self.article = article if article is not None else Article.of(briefing)
        self.marks: list[Landmark] = landmarks(self.article.blocks)

    def compose(self) -> ComposeResult:
        """The text, a search line (hidden until ``/``), a status line, the footer."""
        yield ArticleText(self.article, id="article-text")
        yield Input(placeholder="Search the article; enter keeps it", id="article-find")
        yield Static(id="article-status", markup=False)
        yield Footer(compact=True)

    @property
    def text(self) -> ArticleText:
        """The scrolling text."""
        return self.query_one(ArticleText)

    def on_mount(self) -> None:
        """Lay out for this width, open at the search or the place asked for."""
        text = self.text
        text.focus()
        self.call_after_refresh(self._open_at)

    def _open_at(self) -> None:
        text = self.text
        text.relayout()
        if self.query_text:
            self.query_one("#article-find", Input).value = self.query_text
            text.set_hits(find(self.article.blocks, self.query_text))
        if text.hits:
            text.show_hit(0)
        elif self.start:
            text.show_block(self.start)
        self.update_status()

    # -- status --------------------------------------------------------------------------

    def update_status(self) -> None:
        """Section · how far · search count."""
        text = self.text
        article = self.article
        parts: list[str] = []
        if article.lines:
            block = article.blocks[text.top_block]
            parts.append(block.section or clean_line(self.briefing.title, 60))
            bottom = text.scroll_y + text.size.height
            share = 100 if bottom >= len(article.lines) else int(100 * bottom / len(article.lines))
            parts.append(f"{share}%")
        if self.query_text:
            count = len(text.hits)
            if not count:
                parts.append(f"“{self.query_text}” not found")
            else:
                at = (text.current or 0) + 1
                parts.append(f"“{self.query_text}” {at}/{count}")
        self.query_one("#article-status", Static).update(" · ".join(parts))

    def on_mouse_scroll_down(self, _event: events.MouseScrollDown) -> None:
        """Keep the status line in step with the wheel."""
        self.call_after_refresh(self.update_status)

    def on_mouse_scroll_up(self, _event: events.MouseScrollUp) -> None:
        """Keep the status line in step with the wheel."""
        self.call_after_refresh(self.update_status)

    # -- keys ----------------------------------------------------------------------------

    def action_scroll(self, where: str) -> None:
        """Scroll the text by a line, a page, or to an end."""
        text = self.text
        {
            "down": lambda: text.scroll_to(y=text.scroll_y + 1, animate=False, immediate=True),
            "up": lambda: text.scroll_to(y=text.scroll_y - 1, animate=False, immediate=True),
            "page_down": lambda: text.scroll_to(
                y=text.scroll_y + max(text.size.height - 2, 1), animate=False, immediate=True
            ),
            "page_up": lambda: text.scroll_to(
                y=text.scroll_y - max(text.size.height - 2, 1), animate=False, immediate=True
            ),
            "home": lambda: text.scroll_to(y=0, animate=False, immediate=True),
            "end": lambda: text.scroll_to(y=text.max_scroll_y, animate=False, immediate=True),
        }[where]()
        self.update_status()

    def action_find(self) -> None:
        """Open the search line."""
        box = self.query_one("#article-find", Input)
        box.add_class("-open")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as you type: every occurrence marked, the first after the top shown."""
        self.query_text = event.value.strip()
        text = self.text
        text.set_hits(find(self.article.blocks, self.query_text))
        if text.hits:
            top = text.top_block
            after = next((i for i, h in enumerate(text.hits) if h.block >= top), 0)
            text.show_hit(after)
        self.update_status()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        """Enter: keep the search, back to the text (n and N step through it)."""
        self._close_find()

    def _close_find(self) -> None:
        box = self.query_one("#article-find", Input)
        box.remove_class("-open")
        self.text.focus()

    def action_next_hit(self) -> None:
        """The next occurrence (wrapping round)."""
        self._step(1)

    def action_previous_hit(self) -> None:
        """The previous occurrence (wrapping round)."""
        self._step(-1)

    def _step(self, by: int) -> None:
        text = self.text
        if not text.hits:
            if self.query_text:
                self.notify(f"“{self.query_text}” is not in this article", markup=False)
            return
        text.show_hit((text.current if text.current is not None else -1 if by > 0 else 0) + by)
        self.update_status()

    def action_back(self) -> None:
        """Escape: clear and close the search line, else clear the search, else back."""
        from tui.widgets.nav import leave_box

        box = self.query_one("#article-find", Input)
        if leave_box(box, self.text) or box.has_class("-open"):
            self._close_find()
            return
        if self.query_text:
            box.value = ""  # clears the marks (on_input_changed)
            self.query_text = ""
            self.text.set_hits([])
            self.update_status()
            return
        self.action_close()

    def action_close(self) -> None:
        """Back to the reader, saying where the reading stopped."""
        self.dismiss(self.text.top_block)

    def action_contents(self) -> None:
        """Pick a section to jump to."""

        def jump(block: int | None) -> None:
            if block is not None:
                self.text.show_block(block)
                self.update_status()

        self.app.push_screen(ContentsScreen(self.marks, self.text.top_block), jump)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search line has the focus, letters are typed, not keys."""
        finds = self.query("#article-find")  # (none yet: a key typed with the v that opened it)
        if finds and finds.first(Input).has_focus and action not in ("back",):
            return False
        if action in ("next_hit", "previous_hit") and not self.query_text:
            return None  # shown dimmed: nothing to step through
        return True


def prepare(briefing: Briefing, screen_width: int) -> Article:
    """``briefing`` laid out for the Article view ahead of ``v`` (the reader does it in a
    thread once a briefing is shown: a 1 MB report then opens without the ~0.2 s wait)."""
    article = Article.of(briefing)
    article.wrap(ArticleText.width_for(screen_width))
    return article


class ContentsScreen(ModalScreen[int | None]):
    """The article's table of contents: enter jumps, escape goes back."""

    DEFAULT_CSS = """
    ContentsScreen { align: center middle; }
    ContentsScreen > Vertical {
        width: 70%;
        max-width: 80;
        height: auto;
        max-height: 80%;
        border: round $accent;
        background: $surface;
    }
    ContentsScreen OptionList, ContentsScreen OptionList:focus {
        height: auto;
        max-height: 100%;
        border: none;
    }
    """
    HELP_GROUP = "contents"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o", "dismiss_none", "Back", tooltip="Back to the article",
                id="contents-back"),
        *close_keys("contents", modal=True),
        Binding("j", "move('down')", "Down", show=False, tooltip="Next section",
                id="contents-down"),
        Binding("k", "move('up')", "Up", show=False, tooltip="Previous section", id="contents-up"),
        Binding("g", "move('top')", "First", show=False, tooltip="First section",
                id="contents-first"),
        Binding("G", "move('bottom')", "Last", show=False, tooltip="Last section",
                id="contents-last"),
    ]  # fmt: skip

    def __init__(self, marks: list[Landmark], current: int) -> None:
        super().__init__()
        self.marks = marks
        self.current = current

    def compose(self) -> ComposeResult:
        """The landmarks, the one the reader is in highlighted."""
        with Vertical() as box:
            box.border_title = "Contents"
            yield OptionList(
                *(Option(("  " * m.level) + clean_line(m.label, 70)) for m in self.marks),
                id="contents-list",
            )

    def on_mount(self) -> None:
        """Highlight the section the reader is in."""
        here = max((i for i, m in enumerate(self.marks) if m.block <= self.current), default=0)
        option_list = self.query_one(OptionList)
        option_list.highlighted = here
        option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Jump to the chosen landmark."""
        self.dismiss(self.marks[event.option_index].block)

    def action_dismiss_none(self) -> None:
        """Back without jumping."""
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q``: back to the article without jumping."""
        self.dismiss(None)

    def action_move(self, where: str) -> None:
        """vi keys in the list."""
        from tui.widgets.nav import move

        move(self.query_one(OptionList), where)
