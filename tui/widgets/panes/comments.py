"""The Comments pane: author and text, with found vs declared counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from tui.core.searchable import comment_text
from tui.widgets.panes.base import ItemPane
from tui.widgets.text import highlight, safe

if TYPE_CHECKING:
    from tui.core.model import Comment


class CommentsPane(ItemPane["Comment"]):
    """Lists a briefing's reader comments; a count mismatch is flagged in the border."""

    EMPTY = "No comments."

    def items(self) -> Sequence[Comment]:
        """The briefing's comments."""
        return self.briefing.comments if self.briefing else ()

    def item_id(self, item: Comment) -> str:
        """The comment's id."""
        return item.id

    def item_text(self, item: Comment) -> str:
        """What search looks in (``tui.core.searchable``)."""
        return comment_text(item)

    def render_item(self, item: Comment) -> Text:
        """``★ Author`` then the text."""
        out = Text()
        if item.id in self.bookmarked:
            out.append("★ ", style="bold")
        out.append_text(safe(item.author, "bold"))
        out.append("\n")
        out.append_text(safe(item.text))
        return highlight(out, self.query_text)

    def update_titles(self) -> None:
        """Border title, and ``N found · M declared`` (a mismatch is highlighted)."""
        super().update_titles()
        doc = self.briefing
        if doc is None:
            self.border_subtitle = ""
            self.remove_class("-mismatch")
            return
        found = len(doc.comments)
        declared = doc.comment_count_declared
        if declared is None:
            self.border_subtitle = f"{found} found · none declared"
        else:
            self.border_subtitle = f"{found} found · {declared} declared"
        self.set_class(declared is not None and declared != found, "-mismatch")
