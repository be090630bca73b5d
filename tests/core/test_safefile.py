"""Atomic writes: a reader sees the old file or the new one, with the same permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.core.stores import BookmarkStore, safefile
from tui.core.stores.safefile import atomic_write_bytes


def mode(path: Path) -> int:
    """The permission bits of ``path``."""
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("before", [0o600, 0o640, 0o644, 0o664])
def test_a_rewrite_keeps_the_file_permissions(tmp_path: Path, before: int) -> None:
    path = tmp_path / "bookmarks.toml"
    path.write_bytes(b"version = 1\n")
    os.chmod(path, before)
    atomic_write_bytes(path, b"version = 1\n# new\n")
    assert path.read_bytes() == b"version = 1\n# new\n"
    assert mode(path) == before


def test_a_new_file_is_readable_by_others_like_any_saved_file(tmp_path: Path) -> None:
    # the temporary file is created 0600; the saved file must not silently become private
    path = tmp_path / "new.toml"
    atomic_write_bytes(path, b"x = 1\n")
    assert mode(path) == 0o644


def test_a_bookmark_save_keeps_a_shared_file_shared(tmp_path: Path) -> None:
    from tests.conftest import summit_bookmark

    path = tmp_path / "bookmarks.toml"
    store = BookmarkStore(path)
    assert store.add(summit_bookmark("quote", "q-1", "first")).ok
    os.chmod(path, 0o664)
    assert store.add(summit_bookmark("quote", "q-2", "second")).ok
    assert mode(path) == 0o664


def test_the_temporary_file_is_fsynced_before_it_replaces_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bookmarks.toml"
    path.write_bytes(b"old\n")
    events: list[tuple[str, object]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def spy_fsync(fd: int) -> None:
        info = os.fstat(fd)
        kind = "file" if stat.S_ISREG(info.st_mode) else "folder"
        events.append((f"fsync-{kind}", info.st_ino))
        real_fsync(fd)

    def spy_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        events.append(("replace", os.stat(src).st_ino))
        real_replace(src, dst)

    monkeypatch.setattr(safefile.os, "fsync", spy_fsync)
    monkeypatch.setattr(safefile.os, "replace", spy_replace)
    atomic_write_bytes(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    names = [name for name, _ in events]
    assert "fsync-file" in names and "replace" in names
    synced = names.index("fsync-file")
    replaced = names.index("replace")
    assert synced < replaced  # flushed to disk before it takes the old file's place
    assert events[synced][1] == events[replaced][1] == path.stat().st_ino  # the same file
    assert names[-1] == "fsync-folder"  # and the rename itself is flushed after


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bookmarks.toml"
    path.write_bytes(b"old\n")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safefile.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new\n")
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["bookmarks.toml"]
