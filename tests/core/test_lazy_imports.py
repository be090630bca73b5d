"""What the fast paths load: the first frame's index read and the light parse stay lean.

Each check runs in a fresh interpreter. Importing a module is a cost paid on every start
(first frame) or in every parse helper (cold scan), so these guard the speed figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "briefings" / "korea-italy-summit.txt"


def _loaded_after(code: str, modules: tuple[str, ...], env_cache: Path) -> dict[str, bool]:
    probe = (
        "import json, sys\n"
        f"{code}\n"
        f"print(json.dumps({{m: m in sys.modules for m in {modules!r}}}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "BRIEFING_CACHE_DIR": str(env_cache),
            "PYTHONPATH": str(REPO),
        },
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_frame_index_read_loads_no_parser_model_or_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library import discover, scan

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    list(scan(discover([REPO / "briefings"])))  # an index to read
    code = f"from tui.core.library.sync import newest\nassert newest([{str(REPO / 'briefings')!r}], 5)\n"
    heavy = ("tui.core.model", "tui.core.parse.text", "tui.core.library.fts", "tomllib")
    assert _loaded_after(code, heavy, tmp_path) == dict.fromkeys(heavy, False)


def test_light_parse_does_not_load_the_extractor(tmp_path: Path) -> None:
    code = (
        "from tui.core.load.loader import load_briefing\n"
        f"doc = load_briefing({str(SEED)!r}, extract=False)\n"
        "assert doc.title and not doc.quotes\n"
    )
    assert _loaded_after(code, ("tui.core.extract.extractor",), tmp_path) == {
        "tui.core.extract.extractor": False
    }
    full = code.replace("extract=False", "extract=True").replace("not doc.quotes", "doc.quotes")
    assert _loaded_after(full, ("tui.core.extract.extractor",), tmp_path) == {
        "tui.core.extract.extractor": True
    }


#: The libraries the new formats, ``briefing add`` and ``briefing serve`` bring; each must wait
#: for its format or command.
NEW_LIBS = (
    "trafilatura",
    "lxml",
    "feedparser",
    "pypdf",
    "httpx",
    "watchfiles",
    "textual_serve",
    "aiohttp",
)


def _folder_of(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes((REPO / "briefings" / name).read_bytes())
    return folder


def _quick_scan(folder: Path) -> str:
    return (
        "from tui.core.library import Index, discover\n"
        "from tui.core.library import index as index_module\n"
        "index_module.QUICK_MIN_JOBS = 1\n"  # the head parse even for a small folder
        f"rows = list(Index(None).scan(discover([{str(folder)!r}]), quick=True))\n"
        "assert rows and not any(r.error for r in rows), rows\n"
    )


def test_app_and_quick_scan_of_plain_formats_load_none_of_the_new_libraries(
    tmp_path: Path,
) -> None:
    folder = _folder_of(tmp_path, "korea-italy-summit.txt", "indonesia-brazil-biofuels.md")
    code = "import tui.app, tui.cli\n" + _quick_scan(folder)
    assert _loaded_after(code, NEW_LIBS, tmp_path) == dict.fromkeys(NEW_LIBS, False)


def test_a_feed_in_the_library_loads_the_feed_reader_only(tmp_path: Path) -> None:
    folder = _folder_of(tmp_path, "korea-italy-summit.txt", "pacific-desk-weekly.rss")
    loaded = _loaded_after(_quick_scan(folder), NEW_LIBS, tmp_path)
    assert loaded == {**dict.fromkeys(NEW_LIBS, False), "feedparser": True}


def test_quick_scan_of_a_page_reads_its_head_and_a_pdf_its_opening(tmp_path: Path) -> None:
    folder = _folder_of(
        tmp_path, "portugal-senegal-fisheries-wind.html", "danube-river-ports-brief.pdf"
    )
    loaded = _loaded_after(_quick_scan(folder), NEW_LIBS, tmp_path)
    assert loaded["trafilatura"] and loaded["pypdf"]
    assert not loaded["httpx"] and not loaded["feedparser"] and not loaded["watchfiles"]
