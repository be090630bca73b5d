"""The theme picker (``t``): a short list of the themes, each shown as the cursor reaches it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.keys import close_keys, vi_keys

#: Themes left out of the list: ``textual-ansi`` takes the terminal's own sixteen colours,
#: which the app's styles are not written for.
HIDDEN_THEMES = frozenset({"textual-ansi"})


def theme_names(available: Iterable[str]) -> list[str]:
    """The themes the picker lists, in name order."""
    return sorted(name for name in available if name not in HIDDEN_THEMES)


class ThemePicker(ModalScreen[str | None]):
    """Move through the themes to see each at once; ``enter`` keeps one, ``escape`` goes back.

    Dismissed with the chosen theme's name, or None: the theme it opened with is back.
    """

    HELP_GROUP = "theme"
    # Beside the reader, not over it: what the theme does must stay in view.
    DEFAULT_CSS = """
    ThemePicker {
        align: right top;
        background: transparent;
    }
    ThemePicker > Vertical {
        width: 30;
        height: auto;
        max-height: 80%;
        margin: 1 2;
        border: round $accent;
        background: $surface;
    }
    ThemePicker OptionList, ThemePicker OptionList:focus {
        height: auto;
        max-height: 100%;
        border: none;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "Back",
            tooltip="Back to the theme it had",
            id="theme-cancel",
        ),
        *vi_keys("theme", "theme"),
        *close_keys("theme", modal=True),
    ]

    def __init__(self, names: list[str], current: str) -> None:
        super().__init__()
        self.names = names
        #: The theme to go back to.
        self.before = current

    def compose(self) -> ComposeResult:
        """The list, the current theme highlighted."""
        with Vertical() as box:
            box.border_title = "Theme"
            box.border_subtitle = "enter keeps · esc"
            yield OptionList(*(Option(name, id=name) for name in self.names), id="theme-list")

    def on_mount(self) -> None:
        """Start on the theme in use."""
        themes = self.query_one(OptionList)
        if self.before in self.names:
            themes.highlighted = self.names.index(self.before)
        themes.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the highlighted theme at once."""
        name = event.option.id
        if name is not None and name in self.app.available_themes:
            self.app.theme = name

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Keep the chosen theme."""
        self.dismiss(event.option.id)

    def action_move(self, where: str) -> None:
        """``j``/``k``/``g``/``G`` in the list."""
        from tui.widgets.nav import move

        move(self.query_one(OptionList), where)

    def action_cancel(self) -> None:
        """Put the theme back as it was."""
        if self.before in self.app.available_themes:
            self.app.theme = self.before
        self.dismiss(None)

    def action_close_screen(self) -> None:
        """``q``: as escape, the theme as it was."""
        self.action_cancel()


__all__ = ["ThemePicker", "theme_names"]
