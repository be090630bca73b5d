"""The library: which files a folder holds, their list rows, and the newest-first order."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tui.core.library import Entry, discover, discover_paths, scan, sort_newest_first


def _touch(path: Path, text: str = "A Title\n\nSome text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discover_walks_folders_sorted_and_skips_hidden_and_foreign(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for name in ["b.txt", "a.md", "c.json", "d.toml", "README", "z/e.txt", "z/y/f.markdown"]:
        _touch(lib / name)
    for name in [".hidden.txt", ".git/g.txt", "photo.png", "sheet.csv"]:
        _touch(lib / name)
    found = [p.relative_to(lib).as_posix() for p in discover([lib])]
    assert found == ["README", "a.md", "b.txt", "c.json", "d.toml", "z/e.txt", "z/y/f.markdown"]
    assert all(isinstance(p, Path) for p in discover([lib]))


def test_discover_keeps_named_files_and_drops_repeats(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    one = _touch(lib / "one.txt")
    odd = _touch(tmp_path / "named.png")
    found = discover([one, lib, odd, one])
    assert found == [one, odd], "a file named on the command line is opened whatever its suffix"


def test_discover_does_not_follow_linked_folders(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    _touch(lib / "one.txt")
    os.symlink(lib, lib / "loop")
    assert [p.name for p in discover([lib])] == ["one.txt"]


def test_discover_paths_matches_discover(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for i in range(30):
        _touch(lib / f"sub{i % 3}" / f"doc{i}.txt")
    assert discover_paths([lib]) == [str(p) for p in discover([lib])]


def test_scan_reports_unreadable_files_as_errors_in_order(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    good = _touch(lib / "a.txt", "Good One\n\nText.\n")
    binary = lib / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    empty = _touch(lib / "c.txt", "")
    broken = _touch(lib / "d.json", "{not json")
    entries = list(scan([good, binary, empty, broken, lib / "gone.txt"]))
    assert [Path(e.path).name for e in entries] == ["a.txt", "b.txt", "c.txt", "d.json", "gone.txt"]
    assert entries[0].title == "Good One" and entries[0].error is None
    assert "binary" in (entries[1].error or "")
    assert "empty" in (entries[2].error or "")
    assert "JSON" in (entries[3].error or "")
    assert "no such file" in (entries[4].error or "")
    assert all(e.title for e in entries)
    # errors are cached too, and come back the same
    assert list(scan([good, binary, empty, broken, lib / "gone.txt"])) == entries


def test_scan_accepts_relative_paths_and_returns_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path / "lib" / "a.txt")
    monkeypatch.chdir(tmp_path)
    (entry,) = scan(discover(["lib"]))
    assert entry.path == str(tmp_path / "lib" / "a.txt")


def test_sort_newest_first_then_undated_by_title() -> None:
    def e(title: str, date: str | None) -> Entry:
        return Entry(path=title, title=title, date=dt.date.fromisoformat(date) if date else None)

    entries = [e("b", None), e("old", "2020-01-01"), e("A", None), e("new", "2026-01-19")]
    assert [x.title for x in sort_newest_first(iter(entries))] == ["new", "old", "A", "b"]
