"""Every built-in theme paints the library list on its surface, with readable text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color

from tests.tui.conftest import settle
from tui.app import make_app

#: One light and one dark theme of each built-in family (the family's only theme when it
#: has just one). ``ansi-*`` use the terminal's own colours and are left to it.
THEME_FAMILIES = {
    "textual": ("textual-light", "textual-dark"),
    "solarized": ("solarized-light", "solarized-dark"),
    "atom-one": ("atom-one-light", "atom-one-dark"),
    "catppuccin": ("catppuccin-latte", "catppuccin-mocha"),
    "rose-pine": ("rose-pine-dawn", "rose-pine"),
    "nord": ("nord",),
    "gruvbox": ("gruvbox",),
    "dracula": ("dracula",),
    "tokyo-night": ("tokyo-night",),
    "monokai": ("monokai",),
    "flexoki": ("flexoki",),
}
SNAPSHOT_THEMES = [theme for pair in THEME_FAMILIES.values() for theme in pair]


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = color.rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _library_cells(app):  # type: ignore[no-untyped-def]
    """``(row, part, text, fg, bg)`` of each lettered segment the library list shows."""
    region = app.screen.query_one("#library-view").region
    strips = app.screen._compositor.render_strips()
    for y in range(region.y, region.bottom):
        row, part = divmod(y - region.y, 2)
        for seg in strips[y].crop(region.x, region.right):
            if not any(ch.isalnum() for ch in seg.text):
                continue
            style = seg.style
            fg = Color.from_rich_color(style.color) if style and style.color else None
            bg = Color.from_rich_color(style.bgcolor) if style and style.bgcolor else None
            yield row, part, seg.text, fg, bg


@pytest.mark.parametrize("theme", sorted(n for pair in THEME_FAMILIES.values() for n in pair))
async def test_library_list_is_readable_in_every_theme(
    theme: str, tmp_path: Path, fixtures_dir: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = theme
        await pilot.pause()
        await pilot.pause()
        surface = Color.parse(app.get_css_variables()["surface"])
        view = app.screen.query_one("LibraryView")
        rows = view.rows
        titles, metas = [], []
        for row, part, text, fg, bg in _library_cells(app):
            assert fg is not None and bg is not None, f"{text!r} has no colour of its own"
            if row == view.cursor or row >= len(rows) or rows[row].path == view.open_path:
                continue  # the cursor row and the open row take the theme's own accents
            assert bg == surface, f"{text!r} is not on the theme's surface"
            ratio = contrast(fg, bg)
            if rows[row].error:
                assert ratio >= 2.0, f"{text!r}: contrast {ratio:.2f}"
                continue
            assert ratio >= 3.0, f"{text!r}: contrast {ratio:.2f} in {theme}"
            (titles if part == 0 else metas).append(ratio)
        assert titles and metas
        # The date and place line is quieter than the title, never brighter.
        assert max(metas) < min(titles)


@pytest.mark.parametrize("theme", SNAPSHOT_THEMES)
def test_snapshot_main_screen_per_theme(
    theme: str, snap_compare, tmp_path: Path, fixtures_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(f'theme = "{theme}"\n', encoding="utf-8")
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
