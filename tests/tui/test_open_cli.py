"""``briefing [PATH…]``: paths alone skip argparse; options still go through it."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.app
from tui.cli import main

#: The first-look helpers the CLI handed to ``make_app``, in order.
looks: list[object] = []


class _Opened:
    """Records what the CLI asked ``make_app`` for, and runs nothing."""

    return_code = 0

    def __init__(self, calls: list[dict[str, object]], **kwargs: object) -> None:
        self.first_look = kwargs.pop("first_look")
        calls.append(kwargs)
        looks.append(self.first_look)

    def run(self) -> None:
        """No terminal in a test."""


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """``make_app`` replaced by a recorder."""
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(tui.app, "make_app", lambda **kw: _Opened(seen, **kw))
    return seen


def test_paths_alone_open_those_paths(tmp_path: Path, calls: list[dict[str, object]]) -> None:
    assert main([str(tmp_path)]) == 0
    assert calls == [{"config_dir": None, "targets": (str(tmp_path),)}]


def test_no_arguments_open_the_library(calls: list[dict[str, object]]) -> None:
    assert main([]) == 0
    assert calls == [{"config_dir": None, "targets": ()}]


def test_options_are_still_parsed(tmp_path: Path, calls: list[dict[str, object]]) -> None:
    assert main(["--config-dir", str(tmp_path / "cfg"), str(tmp_path)]) == 0
    assert calls == [{"config_dir": str(tmp_path / "cfg"), "targets": (str(tmp_path),)}]


@pytest.mark.parametrize("extra", [[], ["--config-dir", "somewhere"]])
def test_a_missing_path_is_one_line(
    extra: list[str], capsys: pytest.CaptureFixture[str], calls: list[dict[str, object]]
) -> None:
    assert main([*extra, "no-such-folder"]) == 1
    assert capsys.readouterr().err == "briefing: no-such-folder: no such file or folder\n"
    assert calls == []


def test_help_and_version_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")


def test_a_library_never_indexed_gets_a_first_look_started_before_the_app(
    tmp_path: Path, calls: list[dict[str, object]]
) -> None:
    from tui.core.library import discover, scan
    from tui.core.library.firstlook import FirstLook

    (tmp_path / "note.txt").write_text("A Short Note\n\nText.\n", encoding="utf-8")
    looks.clear()
    assert main([str(tmp_path)]) == 0
    assert isinstance(looks[-1], FirstLook)
    list(scan(discover([tmp_path])))  # indexed now: the next start reads the index instead
    assert main([str(tmp_path)]) == 0
    assert looks[-1] is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("x" * 5000 + ".txt", "file name too long"),
        ("bad\0name.txt", "invalid file name"),
    ],
    ids=["name too long", "NUL in the name"],
)
def test_an_unusable_path_is_one_line_naming_it(
    name: str, expected: str, capsys: pytest.CaptureFixture[str], calls: list[dict[str, object]]
) -> None:
    assert main([name]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefing: ") and expected in err
    assert "Traceback" not in err and calls == []


def test_a_file_in_an_unreadable_folder_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    calls: list[dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    locked = tmp_path / "locked"
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)  # (root ignores folder permissions)
    target = str(locked / "x.txt")
    assert main([target]) == 1
    err = capsys.readouterr().err
    assert err == f"briefing: {target}: permission denied (a folder on the way cannot be read)\n"
    assert calls == []
