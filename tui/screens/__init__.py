"""Screens: the reader, help, bookmarks and small dialogs."""

from tui.screens.dialogs import FullTextScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen

__all__ = ["FullTextScreen", "HelpScreen", "ReaderScreen"]
