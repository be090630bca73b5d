"""A damaged or unusual bookmarks.toml never costs the bookmarks that are fine."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

import pytest

from tui.core.stores.bookmarks import Bookmark, BookmarkStore, dumps
from tui.core.stores.records import render_entry

T0 = dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)


def make(n: int, **kw: object) -> Bookmark:
    fields: dict[str, object] = {
        "kind": "quote",
        "briefing_id": "b-1",
        "briefing_title": "Briefing b-1",
        "source": "/docs/b-1.txt",
        "target_id": f"q-{n}",
        "text": f"quote number {n}",
        "speaker": "Lee Jae Myung",
        "created": T0 + dt.timedelta(minutes=n),
    }
    fields.update(kw)
    return Bookmark(**fields)  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "cfg"
    folder.mkdir()
    return folder / "bookmarks.toml"


BAD_ENTRY = """[[bookmarks]]
kind = "quote"
briefing_id = "b-1"
target_id = "q-bad"
text = "tags of the wrong type"
tags = 5
created = 2026-01-20T09:30:00Z
"""


def test_one_bad_entry_keeps_the_others_and_stays_in_the_file(path: Path) -> None:
    one, two = render_entry(make(1)), render_entry(make(2))
    content = f"version = 1\n\n{one}\n{BAD_ENTRY}\n{two}"
    path.write_text(content, encoding="utf-8")
    bad_line = content[: content.index(BAD_ENTRY)].count("\n") + 1
    store = BookmarkStore(path)
    result = store.load()
    assert [b.target_id for b in result.bookmarks] == ["q-1", "q-2"]
    assert result.message is not None
    assert "1 entry could not be read" in result.message
    assert "'tags' must be a list of text" in result.message
    assert f"line {bad_line}:" in result.message  # where the bad entry starts
    assert not list(path.parent.glob("*.corrupt-*"))  # nothing moved aside
    assert store.add(make(3)).ok
    text = path.read_text(encoding="utf-8")
    assert BAD_ENTRY in text  # kept as written, so fixing it by hand brings it back
    assert [b.target_id for b in BookmarkStore(path).load().bookmarks] == ["q-1", "q-2", "q-3"]


def test_an_entry_nested_too_deeply_is_set_aside_alone(path: Path) -> None:
    deep = '[[bookmarks]]\nkind = "quote"\nx = ' + "[" * 600 + "]" * 600 + "\n"
    path.write_text(dumps([make(1)]) + "\n" + deep, encoding="utf-8")
    result = BookmarkStore(path).load()
    assert [b.target_id for b in result.bookmarks] == ["q-1"]
    assert result.message is not None and "nested too deeply" in result.message


def test_a_utf8_bom_is_accepted(path: Path) -> None:
    path.write_bytes(codecs.BOM_UTF8 + dumps([make(1)]).encode("utf-8"))
    result = BookmarkStore(path).load()
    assert result.message is None
    assert [b.target_id for b in result.bookmarks] == ["q-1"]


def test_a_repeated_key_is_reported_and_kept_until_that_bookmark_is_deleted(path: Path) -> None:
    copy = render_entry(make(1, note="second copy"))
    path.write_text(dumps([make(1), make(2)]) + "\n" + copy, encoding="utf-8")
    store = BookmarkStore(path)
    result = store.load()
    assert [b.target_id for b in result.bookmarks] == ["q-1", "q-2"]
    assert result.message is not None and "1 entry repeats another bookmark" in result.message
    assert store.add(make(3)).ok
    assert "second copy" in path.read_text(encoding="utf-8")  # not silently deleted
    assert store.remove(make(1).key).ok
    # deleting the bookmark deletes its copies too, or it would come back on the next start
    again = BookmarkStore(path).load()
    assert [b.target_id for b in again.bookmarks] == ["q-2", "q-3"]
    assert again.message is None


def test_a_symlinked_file_stays_a_symlink(path: Path, tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "bookmarks.toml"
    real.parent.mkdir()
    real.write_text(dumps([make(1)]), encoding="utf-8")
    path.symlink_to(real)
    store = BookmarkStore(path)
    store.load()
    assert store.add(make(2)).ok
    assert path.is_symlink() and path.resolve() == real.resolve()
    assert [b.target_id for b in BookmarkStore(real).load().bookmarks] == ["q-1", "q-2"]


def test_a_change_that_keeps_size_and_mtime_is_still_seen(path: Path) -> None:
    """Coarse timestamps (1 s on NFS, HFS+, ext3) and ``cp -p`` leave size and mtime alike."""
    store = BookmarkStore(path)
    store.load()
    assert store.add(make(1)).ok
    before = os.stat(path)
    edited = path.read_text(encoding="utf-8").replace("quote number 1", "quote number 9")
    with open(path, "w", encoding="utf-8") as fh:  # same inode, same size
        fh.write(edited)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert store.add(make(2)).ok
    texts = [b.text for b in BookmarkStore(path).load().bookmarks]
    assert texts == ["quote number 9", "quote number 2"]


def test_a_config_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "cfg-file"
    folder.write_text("not a folder", encoding="utf-8")
    store = BookmarkStore(folder / "bookmarks.toml")
    loaded = store.load()
    assert loaded.message is not None and f"{folder} is a file, not a folder" in loaded.message
    saved = store.add(make(1))
    assert not saved.ok and saved.message is not None
    assert f"{folder} is a file, not a folder" in saved.message


def test_a_lock_path_that_is_a_folder_is_named(path: Path) -> None:
    (path.parent / "bookmarks.toml.lock").mkdir()
    saved = BookmarkStore(path).add(make(1))
    assert not saved.ok and saved.message is not None
    assert "bookmarks.toml.lock is a folder, not a lock file" in saved.message
