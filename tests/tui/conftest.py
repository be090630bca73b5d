"""Fixtures for the Textual layer: a tmp config dir, the UI fixtures, an app ready to drive."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ui"

ALPINE = "Alpine Summit Agrees Water Compact"
HARBOUR = "Harbour Accord Signed in Busan (부산)"
PROBE = "Markup [bold]Probe[/bold] Bulletin"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real config or cache dir; never pick up a real library."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of small briefings written for the UI tests."""
    return FIXTURES


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until scanning and loading are done and the screen has caught up."""
    app = pilot.app
    for _ in range(5):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()
