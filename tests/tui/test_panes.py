"""What the pane borders say: item counts, and comments found against comments declared."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import ALPINE, HARBOUR, settle, wait_until
from tui.app import make_app
from tui.widgets import AreasPane, CommentsPane, QuotesPane


async def test_borders_count_items_and_flag_a_comment_count_mismatch(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    app = make_app(config_dir=tmp_path / "config", targets=(str(fixtures_dir),))
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.briefing.title == ALPINE
        comments = screen.query_one(CommentsPane)
        assert screen.query_one(AreasPane).border_title == "Areas (3)"
        assert screen.query_one(QuotesPane).border_title == "Quotes (3)"
        assert comments.border_title == "Comments (2)"
        assert comments.border_subtitle == "2 found · 3 declared"
        assert comments.has_class("-mismatch")
        await pilot.press("right_square_bracket")
        await wait_until(pilot, lambda: screen.briefing.title == HARBOUR, what="the next one")
        assert comments.border_subtitle == "2 found · 2 declared"
        assert not comments.has_class("-mismatch")
