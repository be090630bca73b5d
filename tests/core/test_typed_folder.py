"""A folder path typed in the add-folder dialog: its completion, and whether it can be added."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.library.typed_folder import complete_folder, folder_to_add


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for folder in ("briefs/asia", "briefs/europe", "bridge", ".hidden", "Work"):
        (home / folder).mkdir(parents=True)
    (home / "brief-notes.txt").write_text("a file", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("~", "~/"),
        ("~/", "~/Work/"),  # sorted; hidden folders left out
        ("~/bri", "~/bridge/"),
        ("~/brie", "~/briefs/"),  # folders only: not brief-notes.txt
        ("~/briefs", "~/briefs/"),
        ("~/briefs/", "~/briefs/asia/"),
        ("~/briefs/e", "~/briefs/europe/"),
        ("~/.h", "~/.hidden/"),
        ("~/w", None),  # case as typed
        ("~/briefs/asia/", None),  # nothing inside
        ("~/nowhere/x", None),
        ("", None),
    ],
)
def test_completion_suggests_the_next_folder(home: Path, typed: str, completed: str | None) -> None:
    assert complete_folder(typed) == completed


def test_completion_of_an_absolute_path_keeps_it_absolute(home: Path) -> None:
    assert complete_folder(f"{home}/briefs/as") == f"{home}/briefs/asia/"


def test_a_folder_is_written_as_typed_under_home_else_absolute(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert folder_to_add("~/briefs/asia/", []) == "~/briefs/asia"
    monkeypatch.chdir(home)
    assert folder_to_add("briefs/europe", []) == str(home / "briefs" / "europe")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("  ", "Type the path of a folder."),
        ("~/nowhere", "No such folder: ~/nowhere"),
        ("~/brief-notes.txt", "Not a folder: ~/brief-notes.txt"),
        ("~/briefs", "Already in the library: ~/briefs"),
        ("~/briefs/asia", "Already in the library, inside ~/briefs"),
    ],
)
def test_what_cannot_be_added_says_why(home: Path, typed: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        folder_to_add(typed, ["~/briefs", home / "bridge"])
    assert str(caught.value) == message
