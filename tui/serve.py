"""``briefing serve``: the reader in a web browser, through textual-serve.

Each browser tab that connects gets its own app process, started with the command line the
plain ``briefing`` command would run; the page draws that process's terminal output.
"""

from __future__ import annotations

import errno
import logging
import socket
import sys

from aiohttp import web
from textual_serve.server import Server

from tui.core.errors import print_error

#: Hosts that mean "every interface": no browser can open them, so the URL names this machine.
WILDCARD_HOSTS = ("", "0.0.0.0", "::")


def public_url(host: str, port: int) -> str:
    """The address a browser opens for a server listening on ``host``:``port``."""
    if host in WILDCARD_HOSTS:
        host = socket.gethostname()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"http://{host}:{port}"


class BriefingServer(Server):
    """textual-serve's server with one line of output instead of its banner and request log."""

    def initialize_logging(self) -> None:
        """Report only warnings and errors (an app that failed to start), one line each."""
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("briefing serve: %(message)s"))
        logging.basicConfig(level=logging.WARNING, handlers=[handler])

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: textual-serve's banner would go here, before the port is even open."""

    def serve(self, debug: bool = False) -> None:
        """Listen until ctrl+c (SIGINT) or SIGTERM; say where to point the browser once the
        port is open."""
        self.debug = debug
        self.initialize_logging()
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=True,
            print=lambda *_: print(
                f"briefing: open {self.public_url} in a browser (ctrl+c stops)", flush=True
            ),
        )


def serve(command: str, *, host: str, port: int) -> int:
    """Serve the app that ``command`` (a shell command line) runs until ctrl+c.

    Returns:
        The exit status: 0 after ctrl+c, 1 when the port cannot be opened.
    """
    server = BriefingServer(
        command, host=host, port=port, title="briefing", public_url=public_url(host, port)
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
