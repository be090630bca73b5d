"""Fixtures for the Textual layer: a tmp config dir, the UI fixtures, an app ready to drive."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ui"

ALPINE = "Alpine Summit Agrees Water Compact"
HARBOUR = "Harbour Accord Signed in Busan (부산)"
PROBE = "Markup [bold]Probe[/bold] Bulletin"


@pytest.fixture(autouse=True)
def _no_folder_watcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apps in tests do not watch their folders (a watcher never finishes, so ``settle``
    would wait for ever); the live-library tests turn it back on."""
    monkeypatch.setenv("BRIEFING_WATCH", "0")


@pytest.fixture(autouse=True)
def _read_marks_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing shown does not turn read while a test looks at it (3 s in the app: a slow
    machine would otherwise draw a snapshot's first row either way); the read-state tests
    shorten it."""
    monkeypatch.setattr("tui.screens.reading.READ_AFTER", 3600.0)


@pytest.fixture
def hold_scan(monkeypatch: pytest.MonkeyPatch) -> Callable[..., threading.Event]:
    """``hold_scan()`` holds every library scan until the returned event is set;
    ``hold_scan(indexing_only=True)`` lets a quick scan through and holds the indexing pass."""
    import tui.core.library.sync as library

    def install(indexing_only: bool = False) -> threading.Event:
        gate = threading.Event()
        real_scan = library.scan

        def held_scan(paths, progress=None, **options):  # type: ignore[no-untyped-def]
            if not (indexing_only and options.get("quick")):
                gate.wait(60)
            yield from real_scan(paths, progress, **options)

        monkeypatch.setattr(library, "scan", held_scan)
        return gate

    return install


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of small briefings written for the UI tests."""
    return FIXTURES


def _quiet(app) -> bool:  # type: ignore[no-untyped-def]
    """Whether nothing is left to happen: no worker runs, the scan is done, the doc shown."""
    if any(not worker.is_finished for worker in app.workers):
        return False
    if app.bookmarks is not None and not app.bookmarks.loaded:
        return False  # the bookmarks worker starts after the first frame
    screen = app.screen_stack[0] if app.screen_stack else None
    if screen is None or not getattr(screen, "panes_ready", True):
        return False
    indexed = getattr(screen, "indexed", None)
    if indexed is not None and not indexed.is_set():
        return False
    library = screen.query("LibraryList")
    if library and (library.first().scanning or library.first().indexing):
        return False
    return getattr(screen, "shown_path", None) == getattr(screen, "open_path", None)


async def wait_until(pilot, predicate, timeout: float = 60.0, what: str = "") -> None:  # type: ignore[no-untyped-def]
    """Let the app run until ``predicate()`` holds; fail after ``timeout`` seconds.

    Tests wait on conditions, never on fixed durations: CI runs on a loaded machine.
    """
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what or predicate}")
        await pilot.pause(0.02)


async def workers_done(pilot, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until every worker has finished (cancelled counts), by polling.

    ``workers.wait_for_complete()`` can wait for ever on a worker cancelled before it
    started; this fails with a message after ``timeout`` seconds instead.
    """
    app = pilot.app
    await wait_until(
        pilot,
        lambda: all(w.is_finished for w in app.workers),
        timeout=timeout,
        what="the workers to finish",
    )


async def settle(pilot, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until scanning and loading are done and the screen has caught up."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    calm = 0
    while calm < 2:  # quiet twice in a row, with the message queue drained between
        await pilot.pause()
        await workers_done(pilot, timeout)
        await pilot.pause()
        calm = calm + 1 if _quiet(app) else 0
        if time.monotonic() > deadline:
            pytest.fail(f"the app did not settle within {timeout} s")
    await pilot.pause()
