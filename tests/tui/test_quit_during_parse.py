"""Quitting works at once while a document is still being parsed."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.tui.conftest import wait_until
from tui.app import make_app


async def test_quit_while_a_briefing_is_parsing(
    tmp_path: Path, endless_parse: list[threading.Thread]
) -> None:
    doc = tmp_path / "slow.txt"
    doc.write_text("A Slow Briefing\n\nBody text.\n", encoding="utf-8")
    app = make_app(config_dir=tmp_path / "cfg", targets=(str(doc),))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: len(endless_parse) >= 1, what="a parse to start")
        await pilot.press("q")
        await wait_until(pilot, lambda: not app.is_running, timeout=30, what="the app to quit")
        # Every thread still parsing is a daemon: the interpreter exits without it, and
        # no worker thread of the app is left waiting on it.
        await wait_until(
            pilot,
            lambda: all(w.is_finished for w in app.workers),
            timeout=30,
            what="the workers to finish",
        )
    assert endless_parse and all(t.daemon for t in endless_parse)
