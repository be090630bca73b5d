"""Finding documents in a folder: suffixes in any case, nothing hidden."""

from __future__ import annotations

from pathlib import Path

from tui.core.library import discover


def test_suffixes_in_capitals_are_found(tmp_path: Path) -> None:
    for name in ("NOTES.TXT", "Brief.MD", "data.Json", "plan.toml", "photo.PNG"):
        (tmp_path / name).write_text("Title\n\nText.\n", encoding="utf-8")
    found = sorted(p.name for p in discover([tmp_path]))
    assert found == ["Brief.MD", "NOTES.TXT", "data.Json", "plan.toml"]
