"""The autouse fixture keeps every test away from the user's real folders."""

from __future__ import annotations

import os
from pathlib import Path

from tui.core import paths


def test_config_and_cache_dirs_are_temporary(tmp_path_factory) -> None:
    base = tmp_path_factory.getbasetemp()
    for env in ("BRIEFING_CONFIG_DIR", "BRIEFING_CACHE_DIR"):
        assert Path(os.environ[env]).is_relative_to(base)
    assert paths.config_dir().is_relative_to(base)
    assert paths.cache_dir().is_relative_to(base)
    assert paths.config_dir() != paths.cache_dir()


def test_library_env_is_unset() -> None:
    assert "BRIEFING_LIBRARY" not in os.environ


def test_samples_and_fixtures_dirs(samples_dir: Path, fixtures_dir: Path) -> None:
    assert (samples_dir / "korea-italy-summit.txt").is_file()
    assert fixtures_dir.is_dir()
