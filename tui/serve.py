"""``briefing serve``: the reader in a web browser, through textual-serve.

Each browser tab that connects gets its own app process, started with the command line the
plain ``briefing`` command would run; the page draws that process's terminal output.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import shlex
import socket
import sys
import time
from collections.abc import Awaitable, Sequence

from aiohttp import web
from textual_serve.server import Server

from tui.core.errors import print_error

#: Hosts that mean "every interface": no browser can open them, so the URL names this machine.
WILDCARD_HOSTS = ("", "0.0.0.0", "::")
#: Seconds the server waits, when it stops, for the apps it asked to quit.
APPS_QUIT_TIMEOUT = 5.0


def public_url(host: str, port: int) -> str:
    """The address a browser opens for a server listening on ``host``:``port``."""
    if host in WILDCARD_HOSTS:
        host = socket.gethostname()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"http://{host}:{port}"


def app_command(argv: Sequence[str]) -> str:
    """The shell command line that textual-serve runs for each browser tab.

    ctrl+c in the server's terminal reaches every process of its foreground group, the apps
    included; they ignore it, so that each quits the ordinary way when the server, stopping,
    asks it to (as closing its tab does).
    """
    if os.name != "posix":
        return shlex.join(argv)
    return f"trap '' INT; exec {shlex.join(argv)}"


class BriefingServer(Server):
    """textual-serve's server with one line of output instead of its banner and request log,
    and a stop that waits for the apps it started."""

    def initialize_logging(self) -> None:
        """Report only warnings and errors (an app that failed to start), one line each."""
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("briefing serve: %(message)s"))
        logging.basicConfig(level=logging.WARNING, handlers=[handler])

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: textual-serve's banner would go here, before the port is even open."""

    async def wait_for_apps(self, app: web.Application) -> None:
        """Once every page's connection is closed (and its app asked to quit), wait until the
        apps have exited: one still running when the event loop closes would leave a
        traceback, and maybe its last save unfinished."""
        if not hasattr(os, "waitid"):  # not on macOS or Windows: a moment instead
            await asyncio.sleep(0.5)
            return
        deadline = time.monotonic() + APPS_QUIT_TIMEOUT
        while time.monotonic() < deadline:
            try:  # peek only: asyncio's child watcher reaps them
                os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            except ChildProcessError:
                break  # no child left
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)  # asyncio's own handling of their exits

    async def make_web_app(self) -> web.Application:
        """textual-serve's web application, plus the wait for the apps when it stops."""
        app = await self._make_app()
        app.on_cleanup.append(self.wait_for_apps)
        return app

    def serve(self, debug: bool = False) -> None:
        """Listen until ctrl+c (SIGINT) or SIGTERM; say where to point the browser once the
        port is open."""
        self.debug = debug
        self.initialize_logging()
        announce = f"briefing: open {self.public_url} in a browser (ctrl+c stops)"
        app: Awaitable[web.Application] = self.make_web_app()
        web.run_app(
            app,
            host=self.host,
            port=self.port,
            handle_signals=True,
            print=lambda *_: print(announce, flush=True),
        )


def serve(argv: Sequence[str], *, host: str, port: int) -> int:
    """Serve the app that ``argv`` runs, one process per browser tab, until ctrl+c.

    Returns:
        The exit status: 0 after ctrl+c, 1 when the port cannot be opened.
    """
    server = BriefingServer(
        app_command(argv), host=host, port=port, title="briefing", public_url=public_url(host, port)
    )
    try:
        server.serve()
    except OSError as exc:  # the port is taken, the host unknown, …
        if exc.errno == errno.EADDRINUSE:
            reason = "the port is in use (choose another with --port N)"
        else:
            reason = (exc.strerror or str(exc)).lower()
        print_error(f"cannot serve on {host}:{port}: {reason}")
        return 1
    return 0
