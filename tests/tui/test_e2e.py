"""End to end: the installed ``briefing`` script in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.conftest import ALPINE

TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).with_name("briefing")
pytestmark = pytest.mark.skipif(
    TMUX is None or not SCRIPT.exists(), reason="needs tmux and the installed briefing script"
)


#: The app takes its size from the terminal, not from COLUMNS and LINES: a tmux server that
#: the test run starts inherits the run's (80×24, set while tests run), and a 100-column
#: session would otherwise be drawn at 80.
UNSIZED = "-u COLUMNS -u LINES"


def tmux(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a tmux command."""
    assert TMUX is not None
    return subprocess.run([TMUX, *args], capture_output=True, text=True, check=False)


class Terminal:
    """A tmux session running one command."""

    def __init__(self, name: str) -> None:
        self.name = name

    def screen(self) -> str:
        """What the terminal shows now."""
        return tmux("capture-pane", "-p", "-t", self.name).stdout

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Poll the screen until ``text`` shows; fail with the last screen otherwise."""
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        pytest.fail(f"{text!r} never showed; the screen was:\n{shown}")

    def wait_gone(self, text: str, timeout: float = 30.0) -> str:
        """Poll until ``text`` is no longer shown."""
        deadline = time.monotonic() + timeout
        shown = self.screen()
        while text in shown and time.monotonic() < deadline:
            time.sleep(0.1)
            shown = self.screen()
        assert text not in shown, shown
        return shown

    def press(self, *keys: str) -> None:
        """Send keys (tmux key names)."""
        for key in keys:
            tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def alive(self) -> bool:
        """Whether the session still runs."""
        return tmux("has-session", "-t", self.name).returncode == 0


@pytest.fixture
def terminal(tmp_path: Path, fixtures_dir: Path) -> Iterator[Terminal]:
    """``briefing FIXTURES`` in a 100×30 tmux session with tmp config and cache dirs."""
    name = f"briefing-e2e-{os.getpid()}-{time.monotonic_ns()}"
    env = (
        f"BRIEFING_CONFIG_DIR={shlex.quote(str(tmp_path / 'config'))} "
        f"BRIEFING_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))} "
        f"BRIEFING_STATE_DIR={shlex.quote(str(tmp_path / 'state'))} "
        "TERM=xterm-256color"
    )
    command = f"env {UNSIZED} {env} {shlex.quote(str(SCRIPT))} {shlex.quote(str(fixtures_dir))}"
    started = tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
    assert started.returncode == 0, started.stderr
    try:
        yield Terminal(name)
    finally:
        tmux("kill-session", "-t", name)


def test_briefing_runs_in_a_terminal(terminal: Terminal) -> None:
    terminal.wait_for(ALPINE)
    first = terminal.wait_for("Library · 4")  # the scan may still run when the title shows
    assert ALPINE in first
    assert "broken.json" in first
    terminal.press("2")
    areas = terminal.wait_for("Areas (3)")
    assert "Glacier Monitoring" in areas
    terminal.press("j")
    terminal.press("]")
    terminal.wait_for("Harbour Accord Signed in Busan")
    shown = terminal.wait_for("Green Corridors")
    assert "Areas (2)" in shown
    terminal.press("?")
    terminal.wait_for("Keys · escape closes")
    help_screen = terminal.wait_for("next-pane")  # the table may draw in parts
    assert "pane-summary" in help_screen  # the reader's own keys first
    terminal.press("G")  # the end: the help's own keys, then the notes
    bottom = terminal.wait_for("Rebind a key in config.toml")
    assert "help-page" in bottom and "pane-summary" not in bottom
    terminal.press("Escape")
    terminal.wait_gone("Keys · escape closes")
    terminal.press("q")
    deadline = time.monotonic() + 30
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not terminal.alive()


def _bookmarked(config: Path) -> list[str]:
    """Target ids in the bookmarks file (empty while it does not exist)."""
    from tui.core.stores import BookmarkStore

    return [b.target_id for b in BookmarkStore(config / "bookmarks.toml").load().bookmarks]


@pytest.mark.parametrize("when", ["at-start", "as-the-title-shows", "after-a-switch"])
@pytest.mark.parametrize("start", range(2))
def test_keys_typed_in_one_burst_are_neither_dropped_nor_misrouted(
    when: str, start: int, tmp_path: Path, fixtures_dir: Path
) -> None:
    """``3 j b`` typed as one burst bookmarks the second quote, however early it is typed."""
    name = f"briefing-burst-{os.getpid()}-{time.monotonic_ns()}"
    config = tmp_path / "config"
    env = (
        f"BRIEFING_CONFIG_DIR={shlex.quote(str(config))} "
        f"BRIEFING_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))} "
        f"BRIEFING_STATE_DIR={shlex.quote(str(tmp_path / 'state'))} "
        "TERM=xterm-256color"
    )
    command = f"env {UNSIZED} {env} {shlex.quote(str(SCRIPT))} {shlex.quote(str(fixtures_dir))}"
    started = tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
    assert started.returncode == 0, started.stderr
    terminal = Terminal(name)
    try:
        if when == "as-the-title-shows":
            terminal.wait_for(ALPINE)
        elif when == "after-a-switch":
            terminal.wait_for("Library · 4")
            terminal.wait_for("Marco Bianchi, Undersecretary")  # the briefing is shown
            terminal.press("4")
            terminal.wait_for("Comments (2)")
        tmux("send-keys", "-t", name, "3jb")  # one write: the keys arrive together
        deadline = time.monotonic() + 30
        while not _bookmarked(config) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _bookmarked(config) == ["q-alp-2"], terminal.screen()
        assert "★ “The glaciers" in terminal.wait_for("★")
    finally:
        tmux("kill-session", "-t", name)
