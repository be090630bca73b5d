"""briefing: a terminal reader for briefing documents."""

from tui.__about__ import __version__

__all__ = ["__version__"]
