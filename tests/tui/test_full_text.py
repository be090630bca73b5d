"""``v``: the document's own text, as written, not a summary rebuilt from what was parsed."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.dialogs import FullTextScreen

SOURCE = (
    "Ferry Route Opens\n\n"
    "Bergen, Norway, March 3, 2026 – The new ferry route opened on Tuesday.\n\n"
    "Boats sail at dawn and return at dusk.\n\n"
    "2 Comments\n\n"
    "Kari\nAbout time.\n\n"
    "Ola\nToo expensive.\n"
)


async def test_v_shows_the_document_as_written(tmp_path: Path) -> None:
    from textual.widgets import Static

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "ferry.txt").write_text(SOURCE, encoding="utf-8")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, FullTextScreen), what="v")
        rendered = app.screen.query_one(Static).render()
        text = getattr(rendered, "plain", str(rendered))
        # the dateline and the comments block are the document's words too
        assert "Bergen, Norway, March 3, 2026 – The new ferry route" in text
        assert "2 Comments" in text and "Too expensive." in text
