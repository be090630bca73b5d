"""The bookmarks screen, driven by keys in a tiny host app (Pilot)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, Static, TextArea

from tests.conftest import summit_bookmark
from tui.core.stores import Bookmark, BookmarkStore
from tui.core.stores import bookmarks as bmod
from tui.screens.bookmark_dialogs import EditBookmarkDialog, ExportBookmarksDialog
from tui.screens.bookmarks import BookmarksScreen

T0 = dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)

QUOTE = summit_bookmark(
    "quote",
    "q-1",
    "We will work together based on each side's strengths.",
    speaker="Prime Minister Meloni",
    note="for the memo",
    tags=("italy",),
    created=T0,
)
AREA = summit_bookmark(
    "area", "a-1", "Space (ASI): launchers and satellites", created=T0 + dt.timedelta(minutes=1)
)
GONE = Bookmark(
    kind="quote",
    briefing_id="b-gone",
    briefing_title="A deleted [bold]briefing[/bold]",
    source="/docs/gone.txt",
    target_id="q-9",
    text="Words that outlive their document.",
    speaker="Lee Jae Myung",
    created=T0 + dt.timedelta(minutes=2),
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "bookmarks.toml"
    store = BookmarkStore(p)
    for bm in (QUOTE, AREA, GONE):
        assert store.add(bm).ok
    return p


def on_disk(path: Path) -> dict[tuple[str, str, str], Bookmark]:
    """What a fresh instance would read."""
    return {b.key: b for b in BookmarkStore(path).load().bookmarks}


class Host(App[None]):
    """Pushes the bookmarks screen and remembers what it returned."""

    def __init__(self, store: BookmarkStore, available: set[str] | None) -> None:
        super().__init__()
        self.store = store
        self.available = available
        self.result: object = "not yet"

    def on_mount(self) -> None:
        self.push_screen(BookmarksScreen(self.store, available_ids=self.available), self._done)

    def _done(self, bm: Bookmark | None) -> None:
        self.result = bm


def host(path: Path, available: set[str] | None = frozenset({"b-summit"})) -> Host:  # type: ignore[assignment]
    return Host(BookmarkStore(path), set(available) if available is not None else None)


def rows(app: App[None]) -> list[str]:
    """The visible lines of the list, headings included."""
    ol = app.screen.query_one("#bookmarks-list", OptionList)
    return [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]


def toasts(app: App[None]) -> list[str]:
    """The notifications a user would see."""
    return [n.message for n in app._notifications]


def current(app: App[None]) -> Bookmark | None:
    screen = app.screen
    assert isinstance(screen, BookmarksScreen)
    return screen.current_bookmark()


async def test_lists_grouped_by_briefing_with_orphans_marked(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = rows(app)
        assert lines[0].startswith("Korea–Italy summit") and "2026-01-19" in lines[0]
        assert "each side's strengths" in lines[1] and "Meloni" in lines[1]
        assert "#italy" in lines[1]
        assert "Space (ASI)" in lines[2]
        heading = next(x for x in lines if x.startswith("A deleted"))
        assert "[bold]briefing[/bold]" in heading  # shown literally, not as markup
        assert "orphaned" in heading
        orphan_row = next(x for x in lines if "outlive" in x)
        assert "[orphaned]" in orphan_row
        assert "orphaned" not in lines[1]


async def test_orphan_text_stays_readable_and_enter_does_not_jump(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("end")
        assert current(app) == GONE
        detail = app.screen.query_one("#bookmarks-detail", Static)
        assert "Words that outlive their document." in str(detail.render())
        assert detail.has_class("-orphaned")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert app.result == "not yet"
        assert any("not in the library" in t for t in toasts(app))


async def test_no_available_ids_means_no_orphans(path: Path) -> None:
    app = host(path, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not any("orphaned" in x for x in rows(app))


async def test_filter_as_you_type(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"meloni")
        await pilot.pause()
        assert [x for x in rows(app) if "—" in x or "(ASI)" in x] == [rows(app)[1]]
        assert "Meloni" in rows(app)[1]
        assert "1 of 3" in str(app.screen.query_one("#bookmarks-title").render())
        await pilot.press("backspace", *" memo")  # "melon memo": note words count too
        await pilot.pause()
        assert current(app) == QUOTE
        await pilot.press("ctrl+a", "ctrl+k", *"zzz")
        await pilot.pause()
        assert current(app) is None and "Nothing matches." in rows(app)
        # enter from the filter picks the highlighted match
        await pilot.press("ctrl+a", "ctrl+k", *"launchers", "enter")
        await pilot.pause()
        assert app.result == AREA


async def test_enter_returns_the_bookmark(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert current(app) == QUOTE  # the heading is skipped
        await pilot.press("j")
        assert current(app) == AREA
        await pilot.press("j", "k")  # vi keys, like the panes
        assert current(app) == AREA
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == AREA
        assert not isinstance(app.screen, BookmarksScreen)


async def test_escape_returns_none(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None


async def test_delete_and_undo_persist(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert QUOTE.key not in on_disk(path)
        assert "Deleted — press u to undo" in toasts(app)
        assert not any("strengths" in x for x in rows(app))
        assert current(app) == AREA
        await pilot.press("u")
        await pilot.pause()
        assert current(app) == QUOTE  # the cursor is back on the restored bookmark
        restored = on_disk(path)[QUOTE.key]
        assert restored == QUOTE and restored.note == "for the memo"
        assert any("strengths" in x for x in rows(app))


async def test_edit_note_and_tags_persist(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditBookmarkDialog)
        area = app.screen.query_one("#edit-note", TextArea)
        area.text = ""
        await pilot.press(*"Quote this in the brief")
        app.screen.query_one("#edit-tags", Input).value = ""
        await pilot.press("tab", *"italy, space, ,italy")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        saved = on_disk(path)[QUOTE.key]
        assert saved.note == "Quote this in the brief"
        assert saved.tags == ("italy", "space")
        assert saved.created == QUOTE.created
        assert "#space" in rows(app)[1]


async def test_edit_cancel_changes_nothing(path: Path) -> None:
    before = path.read_bytes()
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        await pilot.press(*"scribble", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
    assert path.read_bytes() == before


async def test_export_writes_the_chosen_format(path: Path, tmp_path: Path) -> None:
    app = host(path)
    out = tmp_path / "notes.md"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportBookmarksDialog)
        box = dialog.query_one("#export-path", Input)
        assert box.value == "~/briefing-bookmarks.md"
        box.value = str(out)
        dialog.query_one("#fmt-json").value = True
        await pilot.pause()
        assert box.value == str(out.with_suffix(".json"))
        await pilot.click("#export-go")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert {d["target_id"] for d in data} == {"q-1", "a-1", "q-9"}
    assert not out.exists()


async def test_unwritable_folder_warns_and_keeps_change_in_session(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(bmod, "atomic_write_bytes", denied)
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert any("read-only; kept for this session" in t for t in toasts(app))
        assert not any("strengths" in x for x in rows(app))
        assert QUOTE.key in on_disk(path)  # the file is untouched
        monkeypatch.undo()
        await pilot.press("d")  # the cursor moved to the area; this save writes both
        await pilot.pause()
    assert set(on_disk(path)) == {GONE.key}


async def test_works_at_80x24(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ol = app.screen.query_one("#bookmarks-list", OptionList)
        assert ol.size.height >= 5
        assert app.screen.query_one("#bookmarks-filter").size.height >= 1


# ------------------------------------------------------------------ looks (SVG snapshots)


def _steady(app: App[None]) -> App[None]:
    """Fixed theme and no blinking cursors, so snapshots are deterministic."""
    app.theme = "textual-dark"
    return app


def test_snapshot_list_at_80x24_with_orphan_highlighted(path: Path, snap_compare) -> None:
    async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()

    assert snap_compare(
        _steady(host(path)), press=["end"], terminal_size=(80, 24), run_before=settle
    )


def test_snapshot_edit_dialog_at_80x24(path: Path, snap_compare) -> None:
    async def open_editor(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#edit-note", TextArea).cursor_blink = False

    assert snap_compare(_steady(host(path)), terminal_size=(80, 24), run_before=open_editor)
