"""Widgets: the library list and the four reader panes."""

from tui.widgets.areas_pane import AreasPane
from tui.widgets.comments_pane import CommentsPane
from tui.widgets.library_list import LibraryList, LibraryView
from tui.widgets.quotes_pane import QuotesPane
from tui.widgets.summary_pane import SummaryPane

__all__ = ["AreasPane", "CommentsPane", "LibraryList", "LibraryView", "QuotesPane", "SummaryPane"]
