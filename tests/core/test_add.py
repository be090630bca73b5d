"""``briefing add`` and ``briefing refresh`` against a local HTTP server the test starts."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.errors import BriefingError
from tui.core.library import discover, scan
from tui.core.library.add import SOURCES_FILE, add, refresh
from tui.core.library.fetch import fetch
from tui.core.load import load_briefing, load_entries

REPO = Path(__file__).resolve().parents[2]
PAGE = (REPO / "briefings" / "portugal-senegal-fisheries-wind.html").read_bytes()
FEED = (REPO / "briefings" / "pacific-desk-weekly.rss").read_bytes()
NEW_ITEM = (
    b"<item><title>Vanuatu and France Map the Seabed Together</title>"
    b"<link>https://pacificdesk.example.org/2026/03/vanuatu-france-seabed</link>"
    b'<guid isPermaLink="false">pacificdesk-2026-0307</guid>'
    b"<pubDate>Sat, 07 Mar 2026 09:00:00 +1100</pubDate>"
    b"<description>Port Vila, Vanuatu - Vanuatu and France will map the seabed around"
    b" Efate. Vanuatu's Lands Minister Joel Tari said the maps would &quot;show what the"
    b" sea has been hiding.&quot;</description></item>"
)


class _Site:
    """What the local server answers; tests change it between requests."""

    def __init__(self) -> None:
        self.feed = FEED
        self.etag = '"v1"'
        self.requests: list[tuple[str, str | None]] = []


def _handler(site: _Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            """Quiet."""

        def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (the timeout test)
                self.wfile.write(body)

        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("If-None-Match")))
            if self.path == "/news/page":
                self._send(200, PAGE, "text/html; charset=utf-8")
            elif self.path == "/feed":
                if self.headers.get("If-None-Match") == site.etag:
                    self.send_response(304)
                    self.end_headers()
                else:
                    self._send(200, site.feed, "application/rss+xml", ETag=site.etag)
            elif self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/news/page")
                self.end_headers()
            elif self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
            elif self.path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
            elif self.path == "/huge-unannounced":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                block = b"<p>" + b"x" * 65536 + b"</p>"
                with contextlib.suppress(OSError):  # the client stops reading, as it should
                    for _ in range(50 * 16):
                        self.wfile.write(block)
                self.close_connection = True
            elif self.path == "/slow":
                time.sleep(3)
                self._send(200, PAGE, "text/html")
            elif self.path == "/picture":
                self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
            else:
                self._send(404, b"not here", "text/plain")

    return Handler


@pytest.fixture
def site() -> Iterator[tuple[str, _Site]]:
    state = _Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


def test_add_a_page_saves_it_under_its_title_with_its_address(
    site: tuple[str, _Site], tmp_path: Path
) -> None:
    base, _ = site
    added = add(f"{base}/news/page", tmp_path)
    assert (
        added.path == tmp_path / "portugal-and-senegal-sign-fisheries-and-offshore-wind-pact.html"
    )
    assert added.quotes == 3 and added.date is not None
    assert SOURCES_FILE in {p.name for p in tmp_path.iterdir()}
    assert f"{base}/news/page" in (tmp_path / SOURCES_FILE).read_text(encoding="utf-8")
    # the hidden record is not a briefing of the library
    assert [p.name for p in discover([tmp_path])] == [added.path.name]
    # a second add of the same title does not overwrite the first
    assert add(f"{base}/news/page", tmp_path).path.name.endswith("-2.html")


def test_add_prints_what_was_added(
    site: tuple[str, _Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    assert main(["add", f"{base}/moved", "--to", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (
        "Portugal and Senegal Sign Fisheries and Offshore Wind Pact (2026-03-11, 3 quotes found)"
        in out
    )


def test_add_a_feed_then_refresh_adds_only_new_entries(
    site: tuple[str, _Site], tmp_path: Path
) -> None:
    base, state = site
    added = add(f"{base}/feed", tmp_path)
    assert added.path.name == "pacific-desk-weekly.rss" and added.entries == 3
    before = {d.id for d in load_entries(added.path)}
    # nothing new: a conditional request, answered 304
    assert refresh((tmp_path,)) == [(f"{added.path}: unchanged", None)]
    assert state.requests[-1] == ("/feed", '"v1"')
    # the feed gains an entry and drops its oldest
    items = FEED.split(b"<item>")
    state.feed = items[0] + NEW_ITEM + b"<item>" + b"<item>".join(items[1:3]) + b"</channel></rss>"
    state.etag = '"v2"'
    assert refresh((tmp_path,)) == [(f"{added.path}: 1 new entry", None)]
    docs = load_entries(added.path)
    assert docs[0].title == "Vanuatu and France Map the Seabed Together"
    assert len(docs) == 4 and before < {d.id for d in docs}  # the dropped one is kept
    assert [(q.speaker, q.role) for q in docs[0].quotes] == [("Joel Tari", "Lands Minister")]
    # and the library lists it
    assert "Vanuatu and France Map the Seabed Together" in {e.title for e in scan([added.path])}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/loop", "more than 5 redirects; stopped"),
        ("/huge", "larger than 20 MB; not fetched"),
        ("/huge-unannounced", "larger than 20 MB; not fetched"),
        ("/picture", "unsupported content type image/png"),
    ],
)
def test_bad_answers_are_one_line(
    site: tuple[str, _Site], tmp_path: Path, path: str, message: str
) -> None:
    base, _ = site
    with pytest.raises(BriefingError) as info:
        add(f"{base}{path}", tmp_path)
    assert str(info.value) == f"{base}{path}: {message}"
    assert list(tmp_path.iterdir()) == []  # nothing half-saved


def test_a_server_that_does_not_answer_times_out(site: tuple[str, _Site]) -> None:
    base, _ = site
    with pytest.raises(BriefingError, match="no answer within 1 s"):
        fetch(f"{base}/slow", timeout=1.0)


def test_cli_add_errors_are_one_line_on_stderr(
    site: tuple[str, _Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    assert main(["add", f"{base}/missing", "--to", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == f"briefing: {base}/missing: HTTP 404 Not Found\n"


def test_add_a_local_file_copies_it(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    added = add(str(REPO / "briefings" / "korea-italy-summit.txt"), library)
    assert added.path.name == "historic-summit-bolsters-bilateral-relations.txt"
    assert load_briefing(added.path).title == "Historic Summit Bolsters Bilateral Relations"
    assert not (library / SOURCES_FILE).exists()
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(BriefingError, match="not a format briefing reads"):
        add(str(bad), library)
