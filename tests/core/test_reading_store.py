"""Read marks and places: saved by merging, never lost, a broken file set aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.stores.reading import FILE_NAME, Place, ReadingStore


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state" / FILE_NAME


def test_round_trip(path: Path) -> None:
    store = ReadingStore(path)
    assert store.get("b1") == Place() and not store.is_read("b1")
    store.update("b1", read=True, pane="quotes", item=3, article=12)
    store.set_setting("sort", "title")
    assert store.unsaved == 2
    assert store.save() is None and store.unsaved == 0
    fresh = ReadingStore(path)
    assert fresh.load() is None
    place = fresh.get("b1")
    assert (place.read, place.pane, place.item, place.article) == (True, "quotes", 3, 12)
    assert fresh.setting("sort", "newest") == "title"


def test_two_windows_keep_each_others_marks(path: Path) -> None:
    one, two = ReadingStore(path), ReadingStore(path)
    one.load()
    two.load()
    one.update("a", read=True)
    two.update("b", read=True)
    assert one.save() is None
    assert two.save() is None  # merges: a's mark, written by the other window, stays
    three = ReadingStore(path)
    three.load()
    assert three.is_read("a") and three.is_read("b")
    # and the newer change to one briefing wins
    one.load()
    one.update("b", read=False)
    assert one.save() is None
    two.load()
    assert not two.is_read("b")


def test_a_newer_change_here_is_not_undone_by_an_older_file(path: Path) -> None:
    one = ReadingStore(path)
    one.update("a", read=True, article=5)
    assert one.save() is None
    two = ReadingStore(path)
    two.load()
    two.update("a", article=9)
    one.update("a", pane="areas")  # later, in the first window
    assert two.save() is None
    assert one.save() is None
    check = ReadingStore(path)
    check.load()
    assert check.get("a").pane == "areas"


def test_a_corrupt_file_is_moved_aside_with_a_notice(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    store = ReadingStore(path)
    message = store.load()
    assert message is not None and "moved to" in message and "\n" not in message
    assert not path.exists()
    aside = [p for p in path.parent.iterdir() if p.name.startswith(FILE_NAME + ".unreadable")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    store.update("x", read=True)
    assert store.save() is None
    assert json.loads(path.read_text(encoding="utf-8"))["briefings"]["x"]["read"] is True


def test_an_unwritable_folder_keeps_the_marks_in_memory(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import tui.core.stores.reading as reading

    def read_only(_path: Path, _data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    store = ReadingStore(path)
    store.update("x", read=True)
    with monkeypatch.context() as m:
        m.setattr(reading, "atomic_write_bytes", read_only)
        message = store.save()
    assert message is not None and "read-only" in message and "\n" not in message
    assert store.is_read("x") and store.unsaved == 1
    assert store.save() is None and store.unsaved == 0
    check = ReadingStore(path)
    check.load()
    assert check.is_read("x")


def test_a_missing_folder_is_made_and_odd_values_are_ignored(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"briefings": {"a": {"read": "yes", "item": -3, "article": "x"}, "b": 7}}),
        encoding="utf-8",
    )
    store = ReadingStore(path)
    assert store.load() is None
    assert store.get("a") == Place()  # nothing usable, nothing invented
    assert store.get("b") == Place()
