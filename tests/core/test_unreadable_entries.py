"""Entries a scan cannot read show as error rows; none of them can hang it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import tui.core.load.read as read
from tui.core.errors import BriefingError
from tui.core.library import discover, scan


def test_a_symlink_loop_is_an_error_row(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "fine.txt").write_text("A Fine Briefing\n\nBody text.\n", encoding="utf-8")
    os.symlink(lib / "loop.txt", lib / "loop.txt")
    rows = {Path(e.path).name: e for e in scan(discover([lib]))}
    assert set(rows) == {"fine.txt", "loop.txt"}
    assert rows["loop.txt"].error and "symbolic links" in rows["loop.txt"].error


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_an_error_row(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "closed").mkdir(parents=True)
    (lib / "closed" / "x.txt").write_text("Hidden\n\nBody.\n", encoding="utf-8")
    (lib / "closed").chmod(0)
    try:
        rows = {Path(e.path).name: e for e in scan(discover([lib]))}
    finally:
        (lib / "closed").chmod(0o755)
    assert rows["closed"].error and "cannot be read" in rows["closed"].error


def test_a_pipe_swapped_in_after_the_stat_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = tmp_path / "regular.txt"
    regular.write_text("A Briefing\n\nBody.\n", encoding="utf-8")
    pipe = tmp_path / "swapped.txt"
    os.mkfifo(pipe)
    real_stat = os.stat

    def stale_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        # What the stat saw a moment before the file was replaced by a pipe.
        if os.fspath(path) == str(pipe):  # type: ignore[arg-type]
            return real_stat(regular)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(read.os, "stat", stale_stat)
    outcome: list[object] = []

    def attempt() -> None:
        try:
            outcome.append(read.read_bytes(pipe))
        except BriefingError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(20)
    if reader.is_alive():  # unblock the reader (open a writer end) before failing
        with open(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
        pytest.fail("reading a pipe put in a document's place blocked")
    assert isinstance(outcome[0], BriefingError) and "not a regular file" in str(outcome[0])
