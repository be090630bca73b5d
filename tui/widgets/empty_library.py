"""What the reader shows when the library holds no briefing: where it looked, how to add one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual.widgets import Static


def empty_library_text(
    folders: Sequence[Path], config_file: Path | None, add_key: str = ""
) -> Text:
    """The explanation: the folders looked in, then the ways to add briefings.

    Args:
        folders: what the library was read from (folders or files).
        config_file: ``config.toml``, whose ``library`` names the folders (None: unknown).
        add_key: the key that adds a folder from the app ("": not offered).
    """
    from tui.core.load.registry import LIBRARY_SUFFIXES

    out = Text()
    out.append("No briefings here yet.\n\n", style="bold")
    out.append("Looked in:\n")
    for folder in folders:
        missing = "" if folder.exists() else "  (no such folder)"
        out.append(f"  {folder}{missing}\n", style="italic")
    suffixes = " ".join(sorted(s for s in LIBRARY_SUFFIXES if s))
    out.append("\nTo add briefings:\n")
    if add_key:
        out.append("  • press ")
        out.append(add_key, style="bold")
        out.append(" to add a folder that holds some (kept in config.toml)\n")
    out.append(f"  • put files ({suffixes}) in a folder above and start briefing again\n")
    if config_file is not None:
        out.append(f"  • or name your folders in {config_file}:\n")
    else:
        out.append("  • or name your folders in config.toml:\n")
    out.append('        library = ["~/briefings"]\n', style="bold")
    out.append("  • or run ")
    out.append("briefing add FILE_OR_URL", style="bold")
    out.append(" to copy or fetch one into the library")
    return out


class EmptyLibrary(Static):
    """The empty state in place of the panes; document text never reaches it (paths only)."""

    def __init__(
        self,
        folders: Sequence[Path],
        config_file: Path | None,
        *,
        add_key: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(empty_library_text(folders, config_file, add_key), id=id)


__all__ = ["EmptyLibrary", "empty_library_text"]
