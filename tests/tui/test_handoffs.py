"""Hand-offs from the reader: ``e`` edits the file in $EDITOR, ``V`` pages it, ``a`` adds a folder.

No real editor runs: $EDITOR and $PAGER are small scripts, and the app's suspend (which a
headless test driver cannot do) is replaced by one that does nothing, so the scripts run
for real on the file the reader has open.
"""

from __future__ import annotations

import contextlib
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.conftest import settle, wait_until
from tui.app import make_app
from tui.screens.add_folder import AddFolderDialog
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen

CANAL = "Canal Talks Open in Panama"


def _write(path: Path, title: str, date: str = "March 3, 2026") -> None:
    path.write_text(
        f"{title}\n\nPanama City, Panama – Officials met on {date}, to talk about the canal.\n",
        encoding="utf-8",
    )


def _script(folder: Path, name: str, body: str) -> str:
    """An executable shell script (``$1``: the file handed over)."""
    script = folder / name
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def reader(app) -> ReaderScreen:  # type: ignore[no-untyped-def]
    screen = app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The notifications a user would see."""
    return [n.message for n in app._notifications]


def titles(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.title for e in reader(app).library.shown_rows]


def quotes_shown(app) -> list[str]:  # type: ignore[no-untyped-def]
    pane = reader(app).query_one("#quotes")
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


@contextlib.contextmanager
def _no_suspend() -> Iterator[None]:
    yield


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    _write(folder / "canal.txt", CANAL)
    return folder


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


# --- e: the editor ----------------------------------------------------------------------


async def test_e_edits_the_file_and_the_panes_and_row_show_what_it_says_now(
    tmp_path: Path, lib: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _script(
        bin_dir,
        "edit",
        "sed -i '1s/.*/Canal Talks Close in Panama/' \"$1\"\n"
        'printf \'\\nForeign Minister Rossi said that "the canal stays open to all."\\n\' >> "$1"',
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor)
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert reader(app).briefing.title == CANAL
        assert not any("canal stays open" in q for q in quotes_shown(app))
        monkeypatch.setattr(app, "suspend", _no_suspend)
        await pilot.press("e")
        await wait_until(
            pilot,
            lambda: reader(app).briefing.title == "Canal Talks Close in Panama",
            what="the briefing read again",
        )
        await settle(pilot)
        assert "the canal stays open to all." in (lib / "canal.txt").read_text(encoding="utf-8")
        assert any("the canal stays open to all." in q for q in quotes_shown(app))
        assert any("Rossi" in q for q in quotes_shown(app))
        assert titles(app) == ["Canal Talks Close in Panama"]  # the row, not a second one
        assert "Canal Talks Close" in str(reader(app).query_one("#doc-title").render())
        assert notices(app) == []


async def test_visual_comes_before_editor_and_a_feed_entry_opens_its_feed_file(
    tmp_path: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = Path(__file__).resolve().parents[2] / "briefings"
    lib = tmp_path / "feeds"
    lib.mkdir()
    feed = lib / "weekly.rss"
    feed.write_bytes((samples / "pacific-desk-weekly.rss").read_bytes())
    record = tmp_path / "edited.txt"
    monkeypatch.setenv("VISUAL", _script(bin_dir, "visual", f'echo "$1" > {record}'))
    monkeypatch.setenv("EDITOR", _script(bin_dir, "editor", "exit 3"))
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert "#" in reader(app).shown_path  # an entry of the feed
        monkeypatch.setattr(app, "suspend", _no_suspend)
        await pilot.press("e")
        await settle(pilot)
        assert record.read_text(encoding="utf-8").strip() == str(feed)
        assert notices(app) == []


async def test_a_missing_editor_is_a_one_line_notice(
    tmp_path: Path, lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "no-such-editor-here --wait")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app, "suspend", _no_suspend)
        await pilot.press("e")
        await pilot.pause()
        [notice] = notices(app)
        assert "no-such-editor-here" in notice and "$EDITOR" in notice
        assert "\n" not in notice
        assert isinstance(app.screen, ReaderScreen)


async def test_an_editor_that_fails_is_said_and_the_briefing_still_shows(
    tmp_path: Path, lib: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", _script(bin_dir, "broken", "exit 2"))
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app, "suspend", _no_suspend)
        await pilot.press("e")
        await settle(pilot)
        assert notices(app) == ["broken exited with status 2"]
        assert reader(app).briefing.title == CANAL


async def test_where_the_terminal_cannot_be_handed_over_a_notice_says_so(
    tmp_path: Path, lib: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = tmp_path / "ran"
    monkeypatch.setenv("VISUAL", _script(bin_dir, "edit", f"touch {ran}"))
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e")  # the headless driver cannot suspend
        await pilot.pause()
        [notice] = notices(app)
        assert "cannot hand over its terminal" in notice
        assert not ran.exists()


async def test_a_briefing_whose_file_is_gone_is_a_notice(
    tmp_path: Path, lib: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", _script(bin_dir, "edit", "exit 0"))
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        (lib / "canal.txt").unlink()
        monkeypatch.setattr(app, "suspend", _no_suspend)
        await pilot.press("e")
        await pilot.pause()
        assert notices(app) == ["canal.txt is not a file on disk; nothing to open."]


# --- V: the pager -----------------------------------------------------------------------


async def test_shift_v_opens_the_file_in_the_pager(
    tmp_path: Path, lib: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "paged.txt"
    pager = _script(bin_dir, "pager", f'echo "$@" > {record}')
    monkeypatch.setenv("PAGER", f"{pager} -R")
    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        suspended: list[bool] = []

        @contextlib.contextmanager
        def suspend() -> Iterator[None]:
            suspended.append(True)
            yield

        monkeypatch.setattr(app, "suspend", suspend)
        await pilot.press("V")
        await settle(pilot)
        assert suspended == [True]
        assert record.read_text(encoding="utf-8").split() == ["-R", str(lib / "canal.txt")]
        assert notices(app) == []


# --- a: add a folder --------------------------------------------------------------------


async def _open_dialog(pilot) -> AddFolderDialog:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, AddFolderDialog), what="dialog")
    return pilot.app.screen  # type: ignore[no-any-return]


def _problem(dialog: AddFolderDialog) -> str:
    return str(dialog.query_one("#add-folder-problem").render())


async def test_a_adds_a_folder_with_completion_saves_it_and_lists_its_briefings(
    tmp_path: Path, lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    more = home / "briefs" / "asia"
    more.mkdir(parents=True)
    (home / "briefcase.txt").write_text("not a folder", encoding="utf-8")
    _write(more / "seoul.txt", "Seoul Forum Closes", "March 9, 2026")
    monkeypatch.setenv("HOME", str(home))
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(
        f'# mine\ntheme = "nord"\nlibrary = [\n  "{lib}",  # work\n]\n', encoding="utf-8"
    )
    app = make_app(config_dir=config)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert titles(app) == [CANAL]
        dialog = await _open_dialog(pilot)
        box = dialog.path_box
        await pilot.press(*"~/bri")
        await wait_until(pilot, lambda: box._suggestion == "~/briefs/", what="a suggestion")
        await pilot.press("tab")
        assert box.value == "~/briefs/"
        await wait_until(pilot, lambda: box._suggestion == "~/briefs/asia/", what="the next")
        await pilot.press("right")
        assert box.value == "~/briefs/asia/"
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="closed")
        await wait_until(pilot, lambda: len(titles(app)) == 2, what="the new briefings")
        await settle(pilot)
        assert titles(app) == ["Seoul Forum Closes", CANAL]
        await wait_until(pilot, lambda: any("Added" in n for n in notices(app)), what="saved")
        text = (config / "config.toml").read_text(encoding="utf-8")
        assert text.startswith("# mine\n")
        assert tomllib.loads(text) == {
            "theme": "nord",
            "library": [str(lib), "~/briefs/asia"],
        }
        assert notices(app) == ["Added ~/briefs/asia to the library; saved in config.toml."]


async def test_a_bad_path_is_said_in_the_dialog_and_escape_cancels(
    tmp_path: Path, lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file.txt").write_text("x", encoding="utf-8")
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(lib),))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        dialog = await _open_dialog(pilot)
        dialog.path_box.value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        assert _problem(dialog) == f"No such folder: {tmp_path / 'nowhere'}"
        assert app.screen is dialog
        dialog.path_box.value = str(tmp_path / "a-file.txt")
        await pilot.press("enter")
        assert _problem(dialog) == f"Not a folder: {tmp_path / 'a-file.txt'}"
        dialog.path_box.value = str(lib)
        await pilot.press("enter")
        assert _problem(dialog) == f"Already in the library: {lib}"
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await settle(pilot)
        assert not (config / "config.toml").exists()
        assert titles(app) == [CANAL]


async def test_paths_from_the_command_line_keep_theirs_and_gain_the_folder(
    tmp_path: Path, lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    _write(other / "lima.txt", "Lima Port Deal", "March 8, 2026")
    env_lib = tmp_path / "env-lib"
    env_lib.mkdir()
    monkeypatch.setenv("BRIEFING_LIBRARY", str(env_lib))
    config = tmp_path / "config"
    app = make_app(config_dir=config, targets=(str(lib),))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        dialog = await _open_dialog(pilot)
        dialog.path_box.value = str(other)
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(titles(app)) == 2, what="the new briefings")
        await settle(pilot)
        assert titles(app) == ["Lima Port Deal", CANAL]
        await wait_until(pilot, lambda: (config / "config.toml").exists(), what="saved")
        # no library in config.toml yet: it stood for $BRIEFING_LIBRARY, which is kept
        data = tomllib.loads((config / "config.toml").read_text(encoding="utf-8"))
        assert data["library"] == [str(env_lib), str(other)]


async def test_adding_to_the_samples_replaces_them_and_fills_an_empty_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    _write(folder / "oslo.txt", "Oslo Talks Resume", "March 4, 2026")
    config = tmp_path / "config"
    app = make_app(config_dir=config)  # no library anywhere: the samples
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert len(titles(app)) > 3
        dialog = await _open_dialog(pilot)
        dialog.path_box.value = str(folder)
        await pilot.press("enter")
        await wait_until(pilot, lambda: titles(app) == ["Oslo Talks Resume"], what="the folder")
        await settle(pilot)
        assert reader(app).briefing.title == "Oslo Talks Resume"
        await wait_until(pilot, lambda: bool(notices(app)), what="saved")
        assert "samples are no longer listed" in notices(app)[0]
        data = tomllib.loads((config / "config.toml").read_text(encoding="utf-8"))
        assert data["library"] == [str(folder)]


async def test_an_empty_library_offers_a_and_fills_up(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    folder = tmp_path / "mine"
    folder.mkdir()
    _write(folder / "oslo.txt", "Oslo Talks Resume", "March 4, 2026")
    app = make_app(config_dir=tmp_path / "config", targets=(str(empty),))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert "press a to add a folder" in str(reader(app).query_one("#library-empty").render())
        dialog = await _open_dialog(pilot)
        dialog.path_box.value = str(folder)
        await pilot.press("enter")
        await wait_until(pilot, lambda: reader(app).briefing is not None, what="a briefing")
        await settle(pilot)
        assert reader(app).briefing.title == "Oslo Talks Resume"
        assert not reader(app).query("#library-empty")


# --- listed where keys are listed --------------------------------------------------------


async def test_help_and_palette_list_edit_pager_add_and_rescan(tmp_path: Path, lib: Path) -> None:
    from tui.commands import command_entries

    app = make_app(config_dir=tmp_path / "config", targets=(str(lib),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        names = [name for name, _help, _cb in command_entries(app, reader(app))]
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
        table = app.screen.table
        keys, does, ids = ([str(c) for c in table.columns[i].cells] for i in range(3))
        for key, binding_id, what in [
            ("e", "edit-source", "Edit the briefing's file in $VISUAL or $EDITOR"),
            ("V", "page-source", "Read the briefing's file in $PAGER"),
            ("a", "add-folder", "Add a folder to the library"),
            ("r", "rescan", "Scan the library folders again"),
        ]:
            row = ids.index(binding_id)
            assert keys[row] == key and does[row].startswith(what)
            assert any(n.startswith(what) for n in names)
        assert "add-folder-cancel" in ids and "add-folder-complete" in ids


async def test_a_folder_added_while_the_first_scan_runs_is_listed_once_it_ends(
    tmp_path: Path, hold_scan
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    folder.mkdir()
    _write(folder / "oslo.txt", "Oslo Talks Resume", "March 4, 2026")
    release = hold_scan()
    app = make_app(config_dir=tmp_path / "config")  # the samples, still being scanned
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: reader(app).panes_ready, what="the panes")
        dialog = await _open_dialog(pilot)
        dialog.path_box.value = str(folder)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen), what="closed")
        release.set()
        await wait_until(pilot, lambda: titles(app) == ["Oslo Talks Resume"], what="the folder")
        await settle(pilot)
        assert titles(app) == ["Oslo Talks Resume"]
        assert reader(app).briefing.title == "Oslo Talks Resume"
