"""Shared fixtures: an isolated config/cache dir for every test, and the sample folders."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tui.core.stores import Bookmark

REPO_ROOT = Path(__file__).resolve().parent.parent

#: The ``briefing parse`` contract's top-level keys, in order, as SPEC lists them (plus
#: ``lang``, the optional language tag, after ``date``; see README).
CONTRACT_KEYS = [
    "schema",
    "id",
    "source",
    "url",
    "format",
    "title",
    "place",
    "date",
    "lang",
    "summary",
    "sections",
    "areas",
    "quotes",
    "comments",
    "comment_count_declared",
    "facts",
    "people",
    "warnings",
]


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point config, cache and state at fresh temp folders and forget any library from the shell."""
    base = tmp_path_factory.mktemp("briefing-env")
    config = base / "config"
    cache = base / "cache"
    config.mkdir()
    cache.mkdir()
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(config))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(base / "state"))
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    # No test may reach the real clipboard: copies go to the terminal (Textual's own record).
    monkeypatch.setattr("tui.clipboard.TOOLS", ())
    yield config


@pytest.fixture
def config_dir(isolated_dirs: Path) -> Path:
    """The temporary config folder this test runs with (``$BRIEFING_CONFIG_DIR``)."""
    return isolated_dirs


@pytest.fixture
def samples_dir() -> Path:
    """The repository's ``briefings/`` folder: the samples shipped with the app."""
    return REPO_ROOT / "briefings"


@pytest.fixture
def fixtures_dir() -> Path:
    """The test fixtures folder, ``tests/fixtures/``."""
    return REPO_ROOT / "tests" / "fixtures"


#: The title of the document in ``late_date_library`` whose date lies beyond its opening.
LATE_TITLE = "Ministers Agree on River Survey"


@pytest.fixture
def late_date_library(tmp_path: Path) -> Path:
    """Five short briefings, and one whose only full date lies beyond what a quick scan reads.

    That one has a hard-wrapped lead of ~2,500 characters and no blank line in it, so its
    opening (see ``tui.core.load.loader.document_head``) stops before the date.
    """
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(5):
        (lib / f"item-{i}.txt").write_text(
            f"Talks Item {i}\n\nOslo, Norway, Jan. {i + 1}, 2026 - Item {i} was agreed.\n",
            encoding="utf-8",
        )
    lines = [LATE_TITLE, "", "Vientiane, Laos - Ministers agreed"]
    lines += ["to survey the river basin together, officials from both sides"] * 40
    lines += ["said after talks that ended on March 3, 2026, in the capital.", ""]
    lines += ["The fieldwork begins next year."]
    (lib / "late.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lib


def summit_bookmark(kind: str, target_id: str, text: str, **fields: Any) -> Bookmark:
    """A bookmark in the Korea–Italy summit briefing; ``fields`` adds speaker, note, tags…"""
    from tui.core.stores import Bookmark

    return Bookmark(
        kind=kind,  # type: ignore[arg-type]
        briefing_id="b-summit",
        briefing_title="Korea–Italy summit",
        briefing_date=dt.date(2026, 1, 19),
        source="/docs/summit.txt",
        target_id=target_id,
        text=text,
        **fields,
    )


def run_as_a_user(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args…`` in a child that file permissions bind.

    Root ignores a file's or folder's mode; as root the child runs under ``setpriv`` without
    the capabilities that allow it (so a mode-000 file is unreadable, a 555 folder
    read-only), as any other user it runs as it is. The test is skipped only when it runs
    as root and ``setpriv`` is missing or refused.
    """
    argv = [sys.executable, "-c", code, *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("as root, needs setpriv to give up the power to ignore permissions")
        drop = "--bounding-set=-dac_override,-dac_read_search,-fowner"
        argv = ["setpriv", "--inh-caps=-all", drop, *argv]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0 and "setpriv" in done.stderr and "Traceback" not in done.stderr:
        pytest.skip(f"setpriv refused here: {done.stderr.strip()}")
    return done


@pytest.fixture
def endless_parse(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[threading.Thread]]:
    """Every parse blocks until the test ends; yields the threads that ran one."""
    import tui.core.load.loader as loader
    from tui.core.errors import BriefingError

    release = threading.Event()
    ran: list[threading.Thread] = []

    def never_ends(path: object, **kwargs: object) -> object:
        ran.append(threading.current_thread())
        release.wait(120)
        raise BriefingError(str(path), "released")

    monkeypatch.setattr(loader, "load_briefing", never_ends)
    yield ran
    release.set()
