"""A French and a German briefing on screen: language in the Summary, marks as written, citation."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import settle
from tui.app import make_app
from tui.screens.reader import ReaderScreen
from tui.widgets import QuotesPane

LANG = Path(__file__).resolve().parent.parent / "fixtures" / "lang"


async def test_french_quotes_keep_their_guillemets_and_copy_in_french(
    tmp_path: Path, samples_dir: Path
) -> None:
    app = make_app(tmp_path / "config", targets=(str(samples_dir / "senegal-france-ports.txt"),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert "· French" in str(screen.query_one("#doc-title").render())
        await pilot.press("3", "c")
        await pilot.pause()
        pane = screen.query_one(QuotesPane)
        assert pane.get_option_at_index(0).prompt.plain.startswith("«Ce partenariat")
        assert app.clipboard.startswith("« Ce partenariat doit profiter")
        assert "» — Bassirou Diomaye Faye, président, Le Sénégal" in app.clipboard


async def test_german_reversed_guillemets_are_shown_as_written(tmp_path: Path) -> None:
    app = make_app(tmp_path / "config", targets=(str(LANG / "de-wasserstoff.txt"),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(QuotesPane)
        shown = [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]
        assert shown[0].startswith("„Wir brauchen")
        assert shown[-1].startswith("»Wir stellen dafür 300 Millionen Euro bereit«")
