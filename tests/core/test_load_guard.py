"""A parse that crashes, never ends, or outlives its caller is an error, never a hang."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import tui.core.load.loader as loader
from tui.core.errors import BriefingError
from tui.core.library.digest import digest_file
from tui.core.load.guard import Cancelled, load_guarded


def test_a_parse_that_never_ends_is_an_error_naming_the_file(
    tmp_path: Path, endless_parse: list[threading.Thread]
) -> None:
    doc = tmp_path / "endless.txt"
    doc.write_text("Title\n\nBody.\n", encoding="utf-8")
    with pytest.raises(BriefingError) as err:
        load_guarded(doc, cancelled=lambda: False, seconds=0.3)
    assert str(doc) in str(err.value) and "took over" in str(err.value)
    assert all(t.daemon for t in endless_parse)  # the abandoned parse never holds up the exit


def test_a_cancelled_caller_stops_waiting_at_once(
    tmp_path: Path, endless_parse: list[threading.Thread]
) -> None:
    doc = tmp_path / "endless.txt"
    doc.write_text("Title\n\nBody.\n", encoding="utf-8")
    quitting = threading.Event()
    threading.Timer(0.2, quitting.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        load_guarded(doc, cancelled=quitting.is_set, seconds=60)
    assert time.monotonic() - started < 30  # not the 60 s bound


def test_a_large_file_in_the_scan_times_out_to_an_error_row(
    tmp_path: Path, endless_parse: list[threading.Thread], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.core.load.guard as guard

    monkeypatch.setattr(guard, "PARSE_SECONDS", 0.3)
    doc = tmp_path / "big.txt"
    doc.write_text("Title\n\n" + "Body text. " * 40_000, encoding="utf-8")
    row = digest_file(str(doc))
    assert row[4] is not None and "took over" in row[4]


def test_an_unexpected_parser_error_is_one_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: object, **kwargs: object) -> object:
        raise IndexError("a parser bug")

    monkeypatch.setattr(loader, "load_briefing", broken)
    doc = tmp_path / "odd.txt"
    doc.write_text("Title\n\nBody.\n", encoding="utf-8")
    row = digest_file(str(doc))
    assert row[1] == "odd.txt"
    assert row[4] == "could not be parsed (IndexError)"


def test_front_matter_nested_too_deeply_is_a_warning(tmp_path: Path) -> None:
    doc = tmp_path / "deep.md"
    deep = "x = " + "[" * 600 + "]" * 600
    doc.write_text(f"+++\n{deep}\n+++\n# Deep Front Matter\n\nBody text.\n", encoding="utf-8")
    parsed = load_guarded(doc)
    assert parsed.title == "Deep Front Matter"
    assert any("nested too deeply" in w for w in parsed.warnings)
    assert digest_file(str(doc))[4] is None  # a row like any other, not an error
