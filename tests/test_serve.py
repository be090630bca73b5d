"""``briefing serve``: the reader in a web browser, opened in headless Chromium."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT

CHROMIUM = next(
    (p for name in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(name))),
    None,
)
UI_FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ui"
#: The newest briefing in ``tests/fixtures/ui``: the first row, and the briefing that opens.
FIRST_TITLE = "Alpine Summit Agrees Water Compact"
#: A title with Rich markup in it, which must show as written.
MARKUP_TITLE = "Markup [bold]Probe[/bold] Bulletin"

#: Before the page's scripts run: keep the xterm.js terminal that textual-serve's page makes
#: (assigned as ``this.terminal``), so the test can read the text it shows.
KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal", {
      value, writable: true, configurable: true, enumerable: true,
    });
    if (value && value.buffer && value.buffer.active) window.__briefingTerminal = value;
  },
});
"""
#: The terminal's rows as text, or null before the page has made its terminal.
SCREEN_TEXT = """
(() => {
  const term = window.__briefingTerminal;
  if (!term) return null;
  const buffer = term.buffer.active, rows = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : "");
  }
  return rows.join("\\n");
})()
"""
#: Whether the terminal has faded in over the start dialog (textual-serve's page classes).
TERMINAL_SHOWN = """
document.body.classList.contains("-first-byte") &&
getComputedStyle(document.querySelector(".textual-terminal")).opacity === "1"
"""

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="needs Chromium (Debian: apt-get install chromium; .ci/run installs it)",
)


def free_port() -> int:
    """A TCP port nothing listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` and everything it started (it leads its own process group)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(5)
            return


def group_alive(pgid: int) -> bool:
    """Whether any process of group ``pgid`` is still running (zombies aside)."""
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


async def wait_for_server(process: subprocess.Popen[bytes], port: int, deadline: float) -> str:
    """Wait until the server accepts connections on 127.0.0.1:``port``; return the first line
    it printed. Fails at once, with what it said, if it exits instead."""
    while True:
        if process.poll() is not None:
            _, err = process.communicate()
            pytest.fail(f"the server exited ({process.returncode}): {err.decode()}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            assert time.monotonic() < deadline, "the server never opened its port"
            await asyncio.sleep(0.1)
        else:
            writer.close()
            break
    assert process.stdout is not None
    line = await asyncio.wait_for(asyncio.to_thread(process.stdout.readline), 5)
    return line.decode()


class DevTools:
    """One page of a Chromium, driven over the DevTools protocol."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = iter(range(1, 1_000_000))

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command and return its result (events that come meanwhile are dropped)."""
        ident = next(self.ids)
        await self.ws.send_json({"id": ident, "method": method, "params": params})
        while True:
            message = json.loads((await self.ws.receive()).data)
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message["result"])

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def wait_for(self, expression: str, what: str, deadline: float) -> Any:
        """Poll until ``expression`` is truthy; fail naming ``what`` and the screen otherwise."""
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.2)
        pytest.fail(
            f"{what} never came; the page's terminal read:\n{await self.evaluate(SCREEN_TEXT)}"
        )


@pytest.fixture(params=["path", "config"])
def server(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``briefing serve`` on a free port of 127.0.0.1, with its own folders, serving
    ``tests/fixtures/ui`` named as a relative PATH, or as the library of the config folder
    that a relative ``--config-dir`` names: the app each browser tab starts must find them."""
    port = free_port()
    env = {
        **os.environ,
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
        "BRIEFING_STATE_DIR": str(tmp_path / "state"),
        "BRIEFING_WATCH": "0",
        "PYTHONPATH": str(REPO_ROOT),
    }
    if request.param == "path":
        cwd, args = UI_FIXTURES, ["."]
    else:
        (tmp_path / "own-config").mkdir()
        (tmp_path / "own-config" / "config.toml").write_text(
            f"version = 1\nlibrary = [{json.dumps(str(UI_FIXTURES))}]\n", encoding="utf-8"
        )
        cwd, args = tmp_path, ["--config-dir", "own-config"]
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own group: ctrl+c reaches it and the apps it starts
    )
    try:
        yield process, port
    finally:
        stop_group(process)


@pytest.fixture
async def page(tmp_path: Path) -> AsyncIterator[DevTools]:
    """A blank page in a headless Chromium of its own."""
    import aiohttp

    assert CHROMIUM is not None
    profile = tmp_path / "chromium"
    browser = subprocess.Popen(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # as root, as in CI
            "--disable-gpu",
            "--no-first-run",
            "--window-size=1280,800",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        active = profile / "DevToolsActivePort"
        while not active.exists() or not active.read_text().strip():
            assert browser.poll() is None, "Chromium exited at start"
            assert time.monotonic() < deadline, "Chromium opened no DevTools port"
            await asyncio.sleep(0.1)
        devtools_port = int(active.read_text().split()[0])
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{devtools_port}/json/list") as answer:
                targets = await answer.json()
            target = next(t for t in targets if t["type"] == "page")
            async with session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                yield DevTools(ws)
    finally:
        stop_group(browser)


def colours(png: bytes) -> tuple[int, str, float]:
    """How many colours a screenshot holds, its commonest one (``rgb(r, g, b)``) and that
    colour's share of the pixels."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    pixels = image.width * image.height
    counts = image.getcolors(maxcolors=pixels) or []
    n, (r, g, b) = max(counts)
    return len(counts), f"rgb({r}, {g}, {b})", n / pixels


@needs_chromium
async def test_serve_opens_in_a_browser(
    server: tuple[subprocess.Popen[bytes], int], page: DevTools, tmp_path: Path
) -> None:
    process, port = server
    deadline = time.monotonic() + 25
    line = await wait_for_server(process, port, deadline)
    url = f"http://127.0.0.1:{port}"
    assert line == f"briefing: open {url} in a browser (ctrl+c stops)\n"

    await page.call("Page.enable")
    await page.call("Page.addScriptToEvaluateOnNewDocument", source=KEEP_TERMINAL)
    await page.call("Page.navigate", url=url)
    # The briefing opens (its title over the panes) and the list shows every row's title as
    # written: markup in a title is text.
    wanted = json.dumps([FIRST_TITLE, MARKUP_TITLE])
    await page.wait_for(
        f"(() => {{ const s = {SCREEN_TEXT}; return s && {wanted}.every(t => s.includes(t)); }})()",
        f"the titles {FIRST_TITLE!r} and {MARKUP_TITLE!r}",
        deadline,
    )
    await page.wait_for(TERMINAL_SHOWN, "the terminal fading in", deadline)

    shot = base64.b64decode((await page.call("Page.captureScreenshot", format="png"))["data"])
    (tmp_path / "serve.png").write_bytes(shot)
    # Not blank: many colours, none filling the window, and the commonest one is the app's
    # background, not the page's own (which the start dialog or a dead terminal would show).
    count, commonest, share = colours(shot)
    page_background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert count > 8 and share < 0.95, (count, share, tmp_path / "serve.png")
    assert commonest != page_background, (commonest, tmp_path / "serve.png")

    # ctrl+c in the terminal that runs it (the whole foreground group gets SIGINT): the server
    # and the app it started for the browser stop, with no traceback.
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err.decode()
    # (textual-serve passes what an app wrote to stderr on to its own stdout)
    assert b"Traceback" not in out + err, (out + err).decode()
    while group_alive(process.pid) and time.monotonic() < deadline + 5:
        await asyncio.sleep(0.1)
    assert not group_alive(process.pid), "the served app outlived the server"


def test_a_missing_path_is_one_line_and_serves_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["serve", "--port", str(free_port()), "no-such-folder"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "briefing: no-such-folder: no such file or folder\n"


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "tui", "serve", "--host", "127.0.0.1", "--port", str(port)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            timeout=30,
        )
    assert done.returncode == 1
    assert done.stdout == ""  # no address to open
    assert done.stderr == (
        f"briefing: cannot serve on 127.0.0.1:{port}: "
        "the port is in use (choose another with --port N)\n"
    )


@pytest.mark.parametrize("port", ["70000", "0", "http"])
def test_a_port_out_of_range_is_a_usage_error(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    assert main(["serve", "--port", port]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith(f"argument --port: {port!r} is not a port (1 to 65535)\n")
