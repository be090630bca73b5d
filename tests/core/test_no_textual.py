"""The core and ``briefing parse`` never load Textual or Rich (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "briefings" / "korea-italy-summit.txt"
CORE_MODULES = [
    "tui.core",
    "tui.core.model",
    "tui.core.ids",
    "tui.core.errors",
    "tui.core.formats",
    "tui.core.parse_text",
    "tui.core.parse_markdown",
    "tui.core.extract",
    "tui.core.serialize",
    "tui.core.library",
    "tui.core.paths",
    "tui.core.config",
    "tui.core.bookmarks",
]


def _loaded_after(code: str) -> dict[str, bool]:
    """Run ``code`` in a fresh interpreter and report whether textual/rich got imported."""
    probe = (
        "import json, sys\n"
        f"{code}\n"
        "print(json.dumps({m: m in sys.modules for m in ('textual', 'rich')}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual_or_rich(module: str) -> None:
    if module == "tui.core.bookmarks" and not (REPO / "tui" / "core" / "bookmarks.py").exists():
        pytest.skip("tui.core.bookmarks has not landed yet")
    assert _loaded_after(f"import {module}") == {"textual": False, "rich": False}


def test_parsing_every_format_does_not_import_textual_or_rich() -> None:
    code = (
        "from pathlib import Path\n"
        "from tui.core import load_briefing\n"
        "from tui.core.serialize import to_json, to_toml\n"
        f"for p in sorted(Path({str(REPO / 'briefings')!r}).iterdir()):\n"
        "    d = load_briefing(p); to_json(d); to_toml(d)\n"
    )
    assert _loaded_after(code) == {"textual": False, "rich": False}


@pytest.mark.parametrize("flag", ["--json", "--toml"])
def test_cli_parse_does_not_import_textual_or_rich(flag: str) -> None:
    code = (
        "import contextlib, io\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['parse', {str(SEED)!r}, {flag!r}]) == 0\n"
    )
    assert _loaded_after(code) == {"textual": False, "rich": False}


def test_cli_parse_error_path_does_not_import_textual_or_rich() -> None:
    code = (
        "import contextlib, io\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stderr(io.StringIO()):\n"
        "    assert main(['parse', 'no-such-file.txt']) == 1\n"
    )
    assert _loaded_after(code) == {"textual": False, "rich": False}


def test_probe_detects_textual() -> None:
    """The check itself works: importing Textual shows up."""
    pytest.importorskip("textual")
    assert _loaded_after("import textual")["textual"] is True
