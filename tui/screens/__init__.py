"""Screens of the reader: the bookmarks screen and its dialogs (more to come)."""
