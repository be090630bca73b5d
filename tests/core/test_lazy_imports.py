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
