"""A library never indexed: a helper reads the newest documents' openings while the app
starts, and the first frame shows their rows and the newest title (issue 18)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import LATE_TITLE
from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.core.library import DB_NAME, discover, scan
from tui.core.library.firstlook import FIRST_LOOK, FirstLook, first_rows
from tui.core.paths import cache_dir
from tui.screens.reader import ReaderScreen


def _age(folder: Path) -> None:
    """Give every file an mtime in the order of its name, the last name the newest."""
    for i, path in enumerate(sorted(folder.iterdir())):
        os.utime(path, ns=(1_700_000_000_000_000_000 + i * 10**9,) * 2)


def test_first_rows_are_the_most_recently_changed_documents_as_the_scan_lists_them(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(FIRST_LOOK + 5):
        (lib / f"doc-{i:02d}.txt").write_text(
            f"Report Number {i}\n\nOslo, Norway, Jan. {i + 1}, 2026 - Item {i} agreed.\n",
            encoding="utf-8",
        )
    _age(lib)
    rows = first_rows([lib])
    newest = sorted(lib.iterdir())[-FIRST_LOOK:]
    assert sorted(Path(r.path).name for r in rows) == [p.name for p in newest]
    assert all(r.provisional for r in rows)
    scanned = {e.path: e for e in scan(discover([lib]))}
    assert all(scanned[r.path] == r for r in rows)  # the scan confirms every one


def test_first_look_leaves_pages_pdfs_and_mail_to_the_scan(tmp_path: Path) -> None:
    """Reading one web page or PDF would load lxml or pypdf: more than the rest together."""
    import sys

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a-note.txt").write_text("Plain Note\n\nRome, March 2, 2026 - Talks.\n")
    (lib / "b-page.html").write_text("<html><head><title>Page</title></head><body>x</body>")
    (lib / "c-letter.eml").write_text("Subject: Letter\n\nBody.\n")
    (lib / "d-brief.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (lib / "e-feed.rss").write_text("<rss><channel><title>Feed</title></channel></rss>")
    _age(lib)  # the page, the letter and the PDF are the newest
    before = set(sys.modules)
    rows = first_rows([lib])
    assert [Path(r.path).name for r in rows] == ["a-note.txt"]
    loaded = set(sys.modules) - before
    heavy = {"lxml", "trafilatura", "pypdf", "feedparser"}
    assert not {m for m in loaded if m.split(".")[0] in heavy}
    # the scan still lists every one (an empty feed is listed with its error)
    assert len(list(scan(discover([lib])))) == 5


def test_no_helper_once_the_index_exists(late_date_library: Path) -> None:
    assert not (cache_dir() / DB_NAME).exists()
    look = FirstLook.start([str(late_date_library)], None)
    assert look is not None
    try:
        rows = look.rows(timeout=60)
    finally:
        look.close()
    assert rows is not None
    assert {r.title for r in rows} == {e.title for e in first_rows([late_date_library])}
    list(scan(discover([late_date_library])))  # the index now exists
    assert FirstLook.start([str(late_date_library)], None) is None


async def test_first_frame_of_a_new_library_shows_the_first_look_before_any_scan(
    tmp_path: Path, late_date_library: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    look = FirstLook.start([str(late_date_library)], None)
    assert look is not None
    gate = hold_scan()
    app = make_app(
        config_dir=tmp_path / "config", targets=(str(late_date_library),), first_look=look
    )
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen_stack[0]
            assert isinstance(screen, ReaderScreen)
            # The openings date "Talks Item 4" newest (the river survey's date lies deeper).
            await wait_until(
                pilot, lambda: str(screen.query_one("#doc-title").render()).startswith(
                    "Talks Item 4"), what="the newest title",
            )  # fmt: skip
            await wait_until(pilot, lambda: len(screen.library.shown_rows) == 6, what="rows")
            # The scan has not read a file yet: these rows are the helper's.
            assert str(screen.query_one("#library-header").render()).startswith("Scanning")
            assert [r.title for r in screen.library.shown_rows][:2] == [
                "Talks Item 4",
                "Talks Item 3",
            ]
            gate.set()
            await settle(pilot)
            # The scan corrects the order: the survey, dated deep in its text, is newest.
            assert str(screen.query_one("#library-header").render()) == "Library · 6"
            assert screen.library.shown_rows[0].title == LATE_TITLE
    finally:
        look.close()


async def test_a_first_look_later_than_the_first_frame_still_shows_before_the_scan(
    tmp_path: Path, late_date_library: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    rows = first_rows([late_date_library])
    answer = json.dumps([[r.path, r.id, r.title, str(r.date) if r.date else None, r.place]
                         for r in rows])  # fmt: skip
    # A helper that answers only once this test says so: the first frame cannot wait for it.
    go = tmp_path / "answer-now"
    wait = f"import os, time\nwhile not os.path.exists({str(go)!r}): time.sleep(0.01)\n"
    slow = subprocess.Popen(
        [sys.executable, "-c", f"{wait}print({answer!r})"], stdout=subprocess.PIPE
    )
    look = FirstLook(slow)
    gate = hold_scan()
    app = make_app(
        config_dir=tmp_path / "config", targets=(str(late_date_library),), first_look=look
    )
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen_stack[0]
            assert isinstance(screen, ReaderScreen)
            await wait_until(pilot, lambda: screen.panes_ready, what="the panes")
            assert not screen.library.shown_rows  # nothing yet: the helper has not answered
            go.touch()
            await wait_until(pilot, lambda: len(screen.library.shown_rows) == 6, what="rows")
            assert str(screen.query_one("#doc-title").render()).startswith("Talks Item 4")
            gate.set()
            await settle(pilot)
    finally:
        look.close()


async def test_keys_typed_at_start_count_rows_of_the_listed_library_not_of_the_first_look(
    tmp_path: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    # The files changed last are the oldest reports: the first look shows them, and the
    # scan then lists three newer reports above them.
    lib = tmp_path / "lib"
    lib.mkdir()
    count = FIRST_LOOK + 3
    for i in range(count):
        (lib / f"doc-{count - 1 - i:02d}.txt").write_text(
            f"Report Number {i}\n\nOslo, Norway, Jan. {i + 1}, 2026 - Item {i} agreed.\n",
            encoding="utf-8",
        )
    _age(lib)  # doc-00 (Report Number {count - 1}, the newest report) changed first
    look = FirstLook.start([str(lib)], None)
    assert look is not None
    gate = hold_scan()
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),), first_look=look)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen_stack[0]
            assert isinstance(screen, ReaderScreen)
            # The first look's newest report is open before the scan has listed anything.
            await wait_until(pilot, lambda: screen.shown_path is not None, what="a briefing")
            assert screen.briefing is not None
            assert screen.briefing.title == f"Report Number {FIRST_LOOK - 1}"
            await pilot.press("j", "j", "enter")  # the third row, as the user will see it
            gate.set()
            await settle(pilot)
            rows = screen.library.shown_rows
            assert [r.title for r in rows[:3]] == [
                f"Report Number {count - 1}",
                f"Report Number {count - 2}",
                f"Report Number {count - 3}",
            ]
            assert screen.open_path == rows[2].path
            assert screen.briefing.title == f"Report Number {count - 3}"
    finally:
        look.close()
