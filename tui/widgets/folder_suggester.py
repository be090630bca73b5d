"""Completion for a folder path typed into an ``Input`` (the next folder under what was typed)."""

from __future__ import annotations

import asyncio

from textual.suggester import Suggester

__all__ = ["FolderSuggester"]


class FolderSuggester(Suggester):
    """Suggests the next folder under the typed path (``~`` for home); see ``complete_folder``.

    The input shows the suggestion after the cursor; right arrow (or the dialog's tab)
    takes it. Never cached: folders come and go while the dialog is open.
    """

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        """The typed path completed to a folder, listed off the UI thread (a slow mount)."""
        from tui.core.library.typed_folder import complete_folder

        return await asyncio.to_thread(complete_folder, value)
