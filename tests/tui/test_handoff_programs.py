"""Which editor and pager a hand-off runs: $VISUAL, $EDITOR, $PAGER, the fallbacks, and misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.handoff import Program, handoff_program, run_program, source_file


@pytest.fixture
def path_dir(tmp_path: Path) -> str:
    for name in ("vi", "less", "nano", "code", "most"):
        tool = tmp_path / name
        tool.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        tool.chmod(0o755)
    return str(tmp_path)


@pytest.mark.parametrize(
    ("env", "role", "argv", "origin"),
    [
        ({}, "editor", ("vi",), ""),
        ({"EDITOR": "nano"}, "editor", ("nano",), "$EDITOR"),
        ({"VISUAL": "code --wait", "EDITOR": "nano"}, "editor", ("code", "--wait"), "$VISUAL"),
        ({"VISUAL": "  ", "EDITOR": "nano"}, "editor", ("nano",), "$EDITOR"),
        ({}, "pager", ("less",), ""),
        ({"PAGER": "most -s"}, "pager", ("most", "-s"), "$PAGER"),
    ],
)
def test_the_program_comes_from_the_environment_else_the_fallback(
    path_dir: str, env: dict[str, str], role: str, argv: tuple[str, ...], origin: str
) -> None:
    assert handoff_program(role, {**env, "PATH": path_dir}) == Program(role, argv, origin)


def test_a_program_that_is_not_installed_is_a_reason(path_dir: str) -> None:
    reason = handoff_program("editor", {"EDITOR": "emacs -nw", "PATH": path_dir})
    assert reason == "No editor found: “emacs” ($EDITOR) is not installed; set $VISUAL or $EDITOR."
    reason = handoff_program("pager", {"PATH": "/nonexistent"})
    assert reason == "No pager found: “less” is not installed; set $PAGER."


def test_a_command_that_does_not_split_is_a_reason(path_dir: str) -> None:
    assert handoff_program("editor", {"VISUAL": 'vi "', "PATH": path_dir}) == (
        '$VISUAL is not a command: vi "'
    )


def test_the_file_of_a_feed_entry_is_the_feed(tmp_path: Path) -> None:
    feed = tmp_path / "weekly.rss"
    feed.write_text("<rss/>", encoding="utf-8")
    assert source_file(f"{feed}#3") == str(feed)
    assert source_file(str(feed)) == str(feed)
    assert source_file(str(tmp_path / "gone.txt")) is None
    assert source_file(str(tmp_path)) is None  # a folder is not a file to edit


def test_running_a_program_reports_its_failure(tmp_path: Path) -> None:
    assert run_program(Program("editor", ("true",), ""), str(tmp_path)) is None
    assert run_program(Program("editor", ("false",), ""), str(tmp_path)) == (
        "false exited with status 1"
    )
    missing = run_program(Program("editor", (str(tmp_path / "gone"),), ""), "x")
    assert missing is not None and missing.startswith("gone could not start")
