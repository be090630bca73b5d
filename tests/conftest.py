"""Shared fixtures: an isolated config/cache dir for every test, and the sample folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

# A benchmark script, run by hand (`python tests/bench_parse.py`), never as a test.
collect_ignore = ["bench_parse.py"]


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point config and cache at fresh temp folders and forget any library from the shell."""
    base = tmp_path_factory.mktemp("briefing-env")
    config = base / "config"
    cache = base / "cache"
    config.mkdir()
    cache.mkdir()
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(config))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
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
