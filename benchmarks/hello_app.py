"""The baseline for first paint: a bare Textual app that shows one line of text."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class Hello(App[None]):
    """One line of text, nothing else."""

    def compose(self) -> ComposeResult:
        """The line the benchmark waits for."""
        yield Static("hello from a bare textual app")


if __name__ == "__main__":
    Hello().run()
