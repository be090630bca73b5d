"""The core and ``briefing parse`` never load Textual or Rich (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "briefings" / "korea-italy-summit.txt"
# Every module in the core package, found on disk so new ones are covered too.
CORE_MODULES = sorted(
    {
        "tui.core",
        *(
            ".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
            for p in (REPO / "tui" / "core").rglob("*.py")
        ),
    }
)


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


def test_no_core_module_imports_textual_or_rich() -> None:
    """Import each core module in turn; name the first one after which either is loaded."""
    probe = (
        "import importlib, json, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "    bad = [m for m in ('textual', 'rich') if m in sys.modules]\n"
        "    if bad:\n"
        "        print(json.dumps([name, bad])); break\n"
        "else:\n"
        "    print(json.dumps(None))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) is None, f"imported by: {done.stdout}"


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


def test_core_modules_found() -> None:
    assert {"tui.core.load.loader", "tui.core.serialize", "tui.core.parse.text"} <= set(
        CORE_MODULES
    )


def test_probe_detects_textual() -> None:
    """The check itself works: importing Textual shows up."""
    pytest.importorskip("textual")
    assert _loaded_after("import textual")["textual"] is True
