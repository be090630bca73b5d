"""Saving never blocks the screen: another process holding the bookmarks lock, a slow disk."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.stores import BookmarkStore
from tui.screens.reader import ReaderScreen
from tui.widgets import QuotesPane

HOLD = """
import sys
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def hold_lock(lock_file: Path) -> subprocess.Popen[str]:
    """Another process holding ``lock_file`` until its stdin gets a line."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def on_disk(config: Path) -> list[str]:
    """Target ids a fresh instance would read."""
    return [b.target_id for b in BookmarkStore(config / "bookmarks.toml").load().bookmarks]


async def test_b_marks_at_once_while_another_process_holds_the_lock(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        quotes = screen.query_one(QuotesPane)
        holder = hold_lock(config / "bookmarks.toml.lock")
        try:
            started = time.monotonic()
            await pilot.press("3", "b")
            # The star is there at once, not after the lock's timeout.
            await wait_until(
                pilot, lambda: quotes.get_option_at_index(0).prompt.plain.startswith("★")
            )
            assert time.monotonic() - started < 2.5
            # The screen keeps answering keys while the save waits for the lock.
            await pilot.press("j")
            await wait_until(pilot, lambda: quotes.highlighted == 1)
            await pilot.press("1")
            await wait_until(pilot, lambda: screen.current_pane == "summary")
            assert time.monotonic() - started < 2.5
            assert on_disk(config) == []  # not written while the lock is held
        finally:
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.flush()
            holder.wait(10)
        await wait_until(pilot, lambda: on_disk(config) != [], what="the save")
        assert len(on_disk(config)) == 1


def toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The notifications sent so far."""
    return [n.message for n in app._notifications]


async def test_a_bookmark_kept_for_the_session_is_retried_and_quitting_warns(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    assert app.bookmarks is not None
    app.bookmarks.retry_every = 0.3  # the timer's period
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        app.bookmarks.store.lock_timeout = 0.2  # give up on the lock quickly
        holder = hold_lock(config / "bookmarks.toml.lock")
        try:
            await pilot.press("3", "b")
            await wait_until(pilot, lambda: any("kept for this session" in t for t in toasts(app)))
            assert app.bookmarks.unsaved == 1
            # Quitting now warns and stays (once a retry under way has failed too).
            await pilot.press("q")
            await wait_until(
                pilot, lambda: any("not saved" in t and "q again" in t for t in toasts(app))
            )
            assert app.is_running
            # The try at quit fails too while the lock is held.
            await wait_until(pilot, lambda: not app.bookmarks.saving)
            assert app.bookmarks.unsaved == 1
        finally:
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.flush()
            holder.wait(10)
        # The timer retries; the user is told when it lands.
        await wait_until(pilot, lambda: on_disk(config) != [], what="the retried save")
        await wait_until(pilot, lambda: any("saved 1 earlier" in t for t in toasts(app)))
        assert app.bookmarks.unsaved == 0
        await pilot.press("q")
        await wait_until(pilot, lambda: not app.is_running, what="the app to quit")


async def test_q_right_after_b_waits_for_the_save(tmp_path: Path, fixtures_dir: Path) -> None:
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        holder = hold_lock(config / "bookmarks.toml.lock")
        try:
            await pilot.press("3", "b", "q")
            await pilot.pause()
            assert app.is_running  # waiting for the save, not quitting without it
        finally:
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.flush()
            holder.wait(10)
        await wait_until(pilot, lambda: not app.is_running, what="the app to quit")
    assert len(on_disk(config)) == 1
