"""The bookmarks screen, driven by keys in a tiny host app (Pilot)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, Static, TextArea

from tests.conftest import summit_bookmark
from tests.tui.conftest import wait_until, workers_done
from tui.bookmarking import BookmarkKeeper
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

    def __init__(self, path: Path, available: set[str] | None) -> None:
        super().__init__()
        self.keeper = BookmarkKeeper(self, path)
        self.available = available
        self.result: object = "not yet"

    def on_mount(self) -> None:
        self.push_screen(BookmarksScreen(self.keeper, available_ids=self.available), self._done)

    def _done(self, bm: Bookmark | None) -> None:
        self.result = bm


def host(path: Path, available: set[str] | None = frozenset({"b-summit"})) -> Host:  # type: ignore[assignment]
    return Host(path, set(available) if available is not None else None)


async def idle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let reads and saves (thread workers) finish and the screen catch up."""
    await pilot.pause()
    await workers_done(pilot)
    await pilot.pause()


def rows(app: App[None]) -> list[str]:
    """The visible lines of the list, headings included."""
    ol = app.screen.query_one("#bookmarks-list", OptionList)
    return [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]


def toasts(app: App[None]) -> list[str]:
    """The notifications a user would see."""
    return [n.message for n in app._notifications]


async def listed(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the bookmarks screen is up and its list drawn."""
    app = pilot.app

    def ready() -> bool:
        if not isinstance(app.screen, BookmarksScreen) or not app.screen.store.loaded:
            return False
        # The file is read in a worker: until it is, the list says so.
        return bool(app.screen.query("#bookmarks-list")) and "Reading bookmarks…" not in rows(app)

    await wait_until(pilot, ready, what="the bookmarks list")


async def on_screen(pilot, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Wait until the active screen is a ``kind``."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, kind), what=kind.__name__)


def current(app: App[None]) -> Bookmark | None:
    screen = app.screen
    assert isinstance(screen, BookmarksScreen)
    return screen.current_bookmark()


async def test_lists_grouped_by_briefing_with_orphans_marked(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        lines = rows(app)
        at = lines.index(next(x for x in lines if x.startswith("Korea–Italy summit")))
        assert "2026-01-19" in lines[at]
        assert "Space (ASI)" in lines[at + 1]  # newest first
        assert "each side's strengths" in lines[at + 2] and "Meloni" in lines[at + 2]
        assert "#italy" in lines[at + 2]
        heading = next(x for x in lines if x.startswith("A deleted"))
        assert "[bold]briefing[/bold]" in heading  # shown literally, not as markup
        assert "orphaned" in heading
        orphan_row = next(x for x in lines if "outlive" in x)
        assert "[orphaned]" in orphan_row
        assert "orphaned" not in lines[at + 2]


async def test_orphan_text_stays_readable_and_enter_does_not_jump(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("home")
        assert current(app) == GONE
        detail = app.screen.query_one("#bookmarks-detail", Static)
        assert "Words that outlive their document." in str(detail.render())
        assert detail.has_class("-orphaned")
        await pilot.press("enter")
        await wait_until(pilot, lambda: any("not in the library" in t for t in toasts(app)))
        assert isinstance(app.screen, BookmarksScreen)
        assert app.result == "not yet"


async def test_no_available_ids_means_no_orphans(path: Path) -> None:
    app = host(path, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        assert not any("orphaned" in x for x in rows(app))


async def test_filter_as_you_type(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"meloni")
        await wait_until(
            pilot, lambda: "1 of 3" in str(app.screen.query_one("#bookmarks-title").render())
        )
        assert [x for x in rows(app) if "—" in x or "(ASI)" in x] == [rows(app)[1]]
        assert "Meloni" in rows(app)[1]
        assert "1 of 3" in str(app.screen.query_one("#bookmarks-title").render())
        await pilot.press("backspace", *" memo")  # "melon memo": note words count too
        await wait_until(
            pilot, lambda: app.screen.query_one("#bookmarks-filter", Input).value == "melon memo"
        )
        await wait_until(pilot, lambda: current(app) == QUOTE, what="the quote")
        await pilot.press("ctrl+a", "ctrl+k", *"zzz")
        await wait_until(pilot, lambda: "Nothing matches." in rows(app), what="no match")
        assert current(app) is None
        # enter from the filter picks the highlighted match
        await pilot.press("ctrl+a", "ctrl+k", *"launchers", "enter")
        await wait_until(pilot, lambda: app.result != "not yet", what="a result")
        assert app.result == AREA


async def test_enter_returns_the_bookmark(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        assert current(app) == GONE  # the newest; the heading is skipped
        await pilot.press("j")
        assert current(app) == AREA  # the next group's heading is skipped too
        await pilot.press("j", "k")  # vi keys, like the panes
        assert current(app) == AREA
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.result != "not yet", what="a result")
        assert app.result == AREA
        assert not isinstance(app.screen, BookmarksScreen)


async def test_escape_returns_none(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.result != "not yet", what="a result")
        assert app.result is None


async def test_delete_and_undo_persist(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("end", "d")
        await wait_until(pilot, lambda: "Deleted — press u to undo" in toasts(app))
        await wait_until(pilot, lambda: QUOTE.key not in on_disk(path), what="the save")
        assert not any("strengths" in x for x in rows(app))
        assert current(app) == AREA
        await pilot.press("u")
        await wait_until(pilot, lambda: QUOTE.key in on_disk(path), what="the save")
        await wait_until(pilot, lambda: current(app) == QUOTE, what="the cursor")
        restored = on_disk(path)[QUOTE.key]
        assert restored == QUOTE and restored.note == "for the memo"
        assert any("strengths" in x for x in rows(app))


async def goto(pilot, app: App[None], bm: Bookmark) -> None:  # type: ignore[no-untyped-def]
    """Move the highlight to ``bm`` from the top, as a user would with j."""
    await pilot.press("home")
    for _ in range(10):
        if current(app) == bm:
            return
        await pilot.press("j")
    assert current(app) == bm


async def test_while_the_file_is_read_the_list_says_so_not_that_it_is_empty(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    real_load = BookmarkStore.load

    def slow_load(self: BookmarkStore, **kwargs: bool) -> object:
        release.wait(60)
        return real_load(self, **kwargs)

    monkeypatch.setattr(BookmarkStore, "load", slow_load)
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await on_screen(pilot, BookmarksScreen)
        await pilot.pause()
        assert rows(app) == ["Reading bookmarks…"]
        assert current(app) is None
        release.set()
        await listed(pilot)
        assert current(app) == GONE
        assert not any("No bookmarks yet" in x for x in rows(app))


async def test_the_detail_shows_the_highlighted_bookmarks_note_and_tags(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        for _ in range(6):  # to the quote, wherever the list puts it
            if current(app) == QUOTE:
                break
            await pilot.press("down")
            await pilot.pause()
        assert current(app) == QUOTE
        detail = str(app.screen.query_one("#bookmarks-detail", Static).render())
        assert "Note: for the memo" in detail
        assert "italy" in detail


async def test_undo_restores_the_last_deletion_first(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await goto(pilot, app, QUOTE)
        await pilot.press("d")  # the quote…
        await wait_until(pilot, lambda: QUOTE.key not in on_disk(path), what="the quote gone")
        await goto(pilot, app, AREA)
        await pilot.press("d")  # …then the area
        await wait_until(pilot, lambda: set(on_disk(path)) == {GONE.key}, what="both gone")
        await pilot.press("u")
        await wait_until(
            pilot, lambda: set(on_disk(path)) == {GONE.key, AREA.key}, what="the area back"
        )
        assert current(app) == AREA  # the area came back, not the quote
        await pilot.press("u")
        await wait_until(
            pilot, lambda: set(on_disk(path)) == {GONE.key, AREA.key, QUOTE.key}, what="all back"
        )
        assert current(app) == QUOTE


async def test_edit_note_and_tags_persist(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("end", "e")
        await on_screen(pilot, EditBookmarkDialog)
        area = app.screen.query_one("#edit-note", TextArea)
        area.text = ""
        await pilot.press(*"Quote this in the brief")
        app.screen.query_one("#edit-tags", Input).value = ""
        await pilot.press("tab", *"italy, space, ,italy")
        await pilot.press("enter")
        await on_screen(pilot, BookmarksScreen)
        await wait_until(pilot, lambda: on_disk(path)[QUOTE.key].note != QUOTE.note, what="save")
        saved = on_disk(path)[QUOTE.key]
        assert saved.note == "Quote this in the brief"
        assert saved.tags == ("italy", "space")
        assert saved.created == QUOTE.created
        assert "#space" in next(x for x in rows(app) if "strengths" in x)


async def test_edit_cancel_changes_nothing(path: Path) -> None:
    before = path.read_bytes()
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("e")
        await on_screen(pilot, EditBookmarkDialog)
        await pilot.press(*"scribble", "escape")
        await on_screen(pilot, BookmarksScreen)
        await workers_done(pilot)
    assert path.read_bytes() == before


async def test_export_writes_the_chosen_format(path: Path, tmp_path: Path) -> None:
    app = host(path)
    out = tmp_path / "notes.md"
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("x")
        await on_screen(pilot, ExportBookmarksDialog)
        dialog = app.screen
        assert isinstance(dialog, ExportBookmarksDialog)
        box = dialog.query_one("#export-path", Input)
        assert box.value == "~/briefing-bookmarks.md"
        box.value = str(out)
        dialog.query_one("#fmt-json").value = True
        await wait_until(pilot, lambda: box.value == str(out.with_suffix(".json")), what="suffix")
        await pilot.click("#export-go")
        await on_screen(pilot, BookmarksScreen)
        await wait_until(pilot, lambda: out.with_suffix(".json").exists(), what="the export")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert {d["target_id"] for d in data} == {"q-1", "a-1", "q-9"}
    assert not out.exists()


async def test_unwritable_folder_warns_and_keeps_change_in_session(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        with monkeypatch.context() as denial:
            denial.setattr(bmod, "atomic_write_bytes", denied)
            await pilot.press("end", "d")
            await wait_until(
                pilot, lambda: any("read-only; kept for this session" in t for t in toasts(app))
            )
            assert not any("strengths" in x for x in rows(app))
            assert QUOTE.key in on_disk(path)  # the file is untouched
        # The folder is writable again.
        await pilot.press("d")  # the cursor moved to the area; this save writes both
        await wait_until(pilot, lambda: set(on_disk(path)) == {GONE.key}, what="the save")
    assert set(on_disk(path)) == {GONE.key}


async def test_works_at_80x24(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await listed(pilot)
        ol = app.screen.query_one("#bookmarks-list", OptionList)
        assert ol.size.height >= 5
        assert app.screen.query_one("#bookmarks-filter").size.height >= 1


# ------------------------------------------------------------------ looks (SVG snapshots)


def _steady(app: App[None]) -> App[None]:
    """Fixed theme and no blinking cursors, so snapshots are deterministic."""
    app.theme = "textual-dark"
    return app


def test_snapshot_list_at_80x24_with_orphan_highlighted(path: Path, snap_compare) -> None:
    async def orphan_highlighted(pilot) -> None:  # type: ignore[no-untyped-def]
        await listed(pilot)
        await pilot.press("home")
        await wait_until(pilot, lambda: current(pilot.app) == GONE, what="the orphan")
        await workers_done(pilot)
        await pilot.pause()

    assert snap_compare(_steady(host(path)), terminal_size=(80, 24), run_before=orphan_highlighted)


async def test_edit_dialog_fits_80x24_with_its_save_key_shown(path: Path) -> None:
    # (A Pilot test, not a snapshot: a snapshot's setup that stalls hangs the whole run.)
    app = _steady(host(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await listed(pilot)
        await pilot.press("e")
        await on_screen(pilot, EditBookmarkDialog)
        dialog = app.screen
        note = dialog.query_one("#edit-note", TextArea)
        await wait_until(pilot, lambda: note.has_focus and note.size.height > 0, what="the editor")
        screen_region = dialog.region
        for wid in ("#edit-note", "#edit-tags", "#edit-keys", "#edit-save", "#edit-cancel"):
            widget = dialog.query_one(wid)
            assert widget.region.area > 0 and screen_region.contains_region(widget.region), wid
        assert "^s saves" in str(dialog.query_one("#edit-keys").render())


# ------------------------------------------------------------------ what a new user hit


async def test_escape_in_the_filter_clears_it_before_closing(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("slash", *"meloni")
        await idle(pilot)
        assert len(app.screen._shown) == 1
        await pilot.press("escape")
        await idle(pilot)
        assert isinstance(app.screen, BookmarksScreen) and app.result == "not yet"
        assert app.screen.query_one("#bookmarks-filter", Input).value == ""
        assert len(app.screen._shown) == 3
        assert isinstance(app.focused, OptionList)
        await pilot.press("escape")
        await idle(pilot)
        assert app.result is None


async def test_escape_in_an_empty_filter_goes_back_to_the_list_first(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("slash", "escape")
        await idle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert isinstance(app.focused, OptionList)


async def test_newest_bookmarks_first(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        lines = rows(app)
        assert lines[0].startswith("A deleted")  # GONE was bookmarked last
        summit = lines.index(next(x for x in lines if x.startswith("Korea–Italy summit")))
        assert "Space (ASI)" in lines[summit + 1] and "strengths" in lines[summit + 2]
        assert current(app) == GONE


async def test_a_note_is_shown_in_words_not_with_the_comment_mark(path: Path) -> None:
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        quote_row = next(x for x in rows(app) if "strengths" in x)
        assert "note: for the memo" in quote_row and "✎" not in quote_row


async def test_a_bookmark_whose_file_exists_is_not_orphaned(tmp_path: Path) -> None:
    """Made in another library (or before a title edit): it opens from its stored source."""
    doc = tmp_path / "elsewhere" / "summit.txt"
    doc.parent.mkdir()
    doc.write_text("A summit\n\nIt happened.\n", encoding="utf-8")
    moved = Bookmark(
        kind="quote",
        briefing_id="b-old-title",
        briefing_title="The title before an edit",
        source=str(doc),
        target_id="q-7",
        text="Still here.",
        created=T0,
    )
    store_path = tmp_path / "bookmarks.toml"
    BookmarkStore(store_path).add(moved)
    BookmarkStore(store_path).add(GONE)
    app = host(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        lines = rows(app)
        assert "orphaned" not in next(x for x in lines if "Still here" in x)
        assert "orphaned" in next(x for x in lines if "outlive" in x)
        await pilot.press("end")
        assert current(app) == moved
        detail = str(app.screen.query_one("#bookmarks-detail", Static).render())
        assert "opens it from its file" in detail
        await pilot.press("enter")
        await idle(pilot)
        assert app.result == moved


async def test_edit_dialog_says_how_to_save_with_the_users_key(path: Path) -> None:
    app = host(path)
    app.set_keymap({"bookmarks-edit-save": "ctrl+o"})
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("e")  # on GONE (no tags); QUOTE's "italy" is the suggestion
        await idle(pilot)
        hint = str(app.screen.query_one("#edit-keys").render())
        assert "^o saves" in hint and "esc cancels" in hint
        tags = app.screen.query_one("#edit-tags", Input)
        assert tags.placeholder == "e.g. italy"
        await pilot.press(*"kept", "ctrl+o")
        await idle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert on_disk(path)[GONE.key].note == "kept"


async def test_tag_placeholder_without_tags_in_use(tmp_path: Path) -> None:
    store_path = tmp_path / "bookmarks.toml"
    BookmarkStore(store_path).add(AREA)
    app = host(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("e")
        await idle(pilot)
        placeholder = app.screen.query_one("#edit-tags", Input).placeholder
        assert "italy" not in placeholder and "space" not in placeholder
        assert "comma" in placeholder


async def test_export_asks_before_replacing_a_file(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    out.write_text("my own notes\n", encoding="utf-8")
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("x")
        await on_screen(pilot, ExportBookmarksDialog)
        dialog = app.screen
        assert isinstance(dialog, ExportBookmarksDialog)
        assert "Export 3 bookmarks" in str(dialog.query_one(".-title").render())
        dialog.query_one("#export-path", Input).value = str(out)
        await idle(pilot)
        await pilot.press("enter")
        await idle(pilot)
        assert app.screen is dialog
        assert "already exists" in str(dialog.query_one("#export-warning").render())
        assert out.read_text(encoding="utf-8") == "my own notes\n"
        await pilot.press("enter")
        await idle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert any(t == f"Exported 3 bookmarks to {out}" for t in toasts(app))
    assert out.read_text(encoding="utf-8").startswith("# Bookmarks")


async def test_export_changing_the_name_withdraws_the_consent(path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("a\n", encoding="utf-8")
    second.write_text("b\n", encoding="utf-8")
    app = host(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await listed(pilot)
        await pilot.press("x")
        await on_screen(pilot, ExportBookmarksDialog)
        box = app.screen.query_one("#export-path", Input)
        box.value = str(first)
        await idle(pilot)
        await pilot.press("enter")
        box.value = str(second)
        await idle(pilot)
        await pilot.press("enter")
        await idle(pilot)
        assert isinstance(app.screen, ExportBookmarksDialog)
    assert second.read_text(encoding="utf-8") == "b\n" and first.read_text() == "a\n"
