"""The bookmark store: persistence, merging across instances and processes, and recovery."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_as_a_user
from tui.core.model import Area, Briefing, Comment, Quote
from tui.core.stores import bookmarks as bmod
from tui.core.stores import safefile
from tui.core.stores.bookmarks import (
    Bookmark,
    BookmarkStore,
    area_id,
    bookmark_for,
    dumps,
    loads,
    parse_tags,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)


def make(n: int | str, *, briefing: str = "b-1", kind: str = "quote", **kw: object) -> Bookmark:
    """A bookmark with predictable fields."""
    fields: dict[str, object] = {
        "kind": kind,
        "briefing_id": briefing,
        "briefing_title": f"Briefing {briefing}",
        "source": f"/docs/{briefing}.txt",
        "target_id": f"q-{n}",
        "text": f"quote number {n}",
        "speaker": "Lee Jae Myung",
        "created": T0 + dt.timedelta(minutes=int(n) if str(n).isdigit() else 0),
    }
    fields.update(kw)
    return Bookmark(**fields)  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cfg" / "bookmarks.toml"


def fresh(path: Path) -> BookmarkStore:
    store = BookmarkStore(path)
    store.load()
    return store


# ------------------------------------------------------------------ basic persistence


def test_missing_file_is_empty_and_nothing_is_created(path: Path) -> None:
    result = BookmarkStore(path).load()
    assert result.bookmarks == () and result.message is None
    assert not path.parent.exists()


def test_add_remove_update_persist_and_reload(path: Path) -> None:
    store = fresh(path)
    assert store.add(make(1)).ok
    assert store.add(make(2, kind="comment", speaker=None)).ok
    assert [b.target_id for b in fresh(path).all()] == ["q-1", "q-2"]

    assert store.update(make(1).key, note="key line", tags=["italy", " korea ", "italy", ""]).ok
    again = fresh(path).get(make(1).key)
    assert again is not None
    assert again.note == "key line" and again.tags == ("italy", "korea")
    assert again.created == T0 + dt.timedelta(minutes=1)

    assert store.remove(make(1).key).ok
    reloaded = fresh(path)
    assert not reloaded.contains(make(1).key)
    assert reloaded.contains(make(2, kind="comment").key)


def test_file_shape_version_first_and_none_left_out(path: Path) -> None:
    store = fresh(path)
    store.add(make(1, speaker=None, briefing_date=dt.date(2026, 1, 19)))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("version = 1\n")
    data = tomllib.loads(text)
    entry = data["bookmarks"][0]
    assert "speaker" not in entry
    assert entry["briefing_date"] == dt.date(2026, 1, 19)
    assert entry["created"] == T0 + dt.timedelta(minutes=1)
    assert entry["created"].tzinfo is not None


def test_toggle_adds_then_removes(path: Path) -> None:
    store = fresh(path)
    added, result = store.toggle(make(1))
    assert added and result.ok and fresh(path).contains(make(1).key)
    added, result = store.toggle(make(1))
    assert not added and result.ok and not fresh(path).contains(make(1).key)


def test_for_briefing_filters(path: Path) -> None:
    store = fresh(path)
    store.add(make(1, briefing="b-1"))
    store.add(make(2, briefing="b-2"))
    store.add(make(3, briefing="b-1"))
    assert [b.target_id for b in store.for_briefing("b-1")] == ["q-1", "q-3"]


@pytest.mark.parametrize(
    "text",
    [
        "대한민국과 이탈리아는 '전략적 동반자'",
        "Cortina d'Ampezzo — Città, naïve, façade",
        "He said \"yes\" and then 'no'",
        "line one\nline two\n\nline four",
        'triple """ quotes """ and \\ backslash',
        "tab\tand \x7f control and \u200b zero-width",
        "trailing space ",
    ],
)
def test_unicode_round_trips_exactly(path: Path, text: str) -> None:
    store = fresh(path)
    bm = make(1, text=text, speaker=text, note=text, tags=(text,), briefing_title=text)
    assert store.add(bm).ok
    back = fresh(path).all()
    assert back == (bm,)
    assert back[0].text == text and back[0].note == text


def test_unknown_keys_survive_a_rewrite(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        textwrap.dedent(
            """\
            version = 1
            colour = "blue"
            [[bookmarks]]
            kind = "quote"
            briefing_id = "b-1"
            briefing_title = "T"
            source = "/x.txt"
            target_id = "q-1"
            text = "hello"
            created = 2026-01-20T09:30:00Z
            rating = 5
            """
        ),
        encoding="utf-8",
    )
    store = fresh(path)
    assert store.add(make(2)).ok
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["colour"] == "blue"
    assert data["bookmarks"][0]["rating"] == 5
    assert len(data["bookmarks"]) == 2


# ------------------------------------------------------------------ merging


def test_stale_instance_delete_and_other_add_both_survive(path: Path) -> None:
    a = fresh(path)
    a.add(make(1))
    a.add(make(2))
    b = fresh(path)  # opened now, will be stale
    assert a.add(make(3)).ok  # B does not know about 3
    assert b.remove(make(1).key).ok  # B deletes 1 from its stale view
    keys = {x.target_id for x in fresh(path).all()}
    assert keys == {"q-2", "q-3"}
    # B's view caught up with what A wrote when it saved.
    assert {x.target_id for x in b.all()} == {"q-2", "q-3"}


def test_stale_update_does_not_resurrect_deleted(path: Path) -> None:
    a = fresh(path)
    a.add(make(1))
    b = fresh(path)
    a.remove(make(1).key)
    result = b.update(make(1).key, note="late")
    assert result.ok and "deleted in another window" in (result.message or "")
    assert fresh(path).all() == ()


def test_add_of_existing_key_keeps_the_first(path: Path) -> None:
    a = fresh(path)
    b = fresh(path)
    a.add(make(1, note="from A"))
    b.add(make(1, note="from B"))
    assert [x.note for x in fresh(path).all()] == ["from A"]


_WORKER = textwrap.dedent(
    """
    import sys, time, datetime as dt
    from pathlib import Path
    from tui.core.stores import Bookmark, BookmarkStore
    path, tag, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    store = BookmarkStore(path, lock_timeout=30)
    store.load()
    while not go.exists():
        time.sleep(0.001)
    for i in range(count):
        r = store.add(Bookmark(kind="quote", briefing_id="b-" + tag, briefing_title=tag,
                               source="/x", target_id=f"{tag}-{i}", text=f"{tag} {i}",
                               created=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
        if not r.ok:
            print(r.message, file=sys.stderr)
            sys.exit(1)
    """
)


def test_two_processes_adding_at_once_keep_everything(path: Path, tmp_path: Path) -> None:
    count = 60
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(path), tag, str(count), str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B", "C")
    ]
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    got = {b.target_id for b in fresh(path).all()}
    want = {f"{tag}-{i}" for tag in ("A", "B", "C") for i in range(count)}
    assert got == want
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_lock_held_elsewhere_times_out_and_keeps_change(path: Path) -> None:
    store = fresh(path)
    store.lock_timeout = 0.05
    with safefile.locked(path):  # another window holding the lock (a separate descriptor)
        result = store.add(make(1))
    assert not result.ok and "kept for this session" in (result.message or "")
    assert store.contains(make(1).key) and store.pending == 1
    assert store.retry_pending().ok
    assert fresh(path).contains(make(1).key)


# ------------------------------------------------------------------ crash safety


def test_crash_before_replace_leaves_old_file_intact(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = fresh(path)
    store.add(make(1))
    before = path.read_bytes()

    def boom(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(safefile.os, "replace", boom)
    result = store.add(make(2))
    monkeypatch.undo()

    assert not result.ok and "not saved" in (result.message or "")
    assert path.read_bytes() == before
    assert [b.target_id for b in fresh(path).all()] == ["q-1"]
    assert [p.name for p in path.parent.iterdir() if p.name != "bookmarks.toml.lock"] == [
        "bookmarks.toml"
    ]
    # The session kept it, and the next save writes it.
    assert store.contains(make(2).key)
    assert store.add(make(3)).ok
    assert [b.target_id for b in fresh(path).all()] == ["q-1", "q-2", "q-3"]


def test_stray_temp_file_is_never_read(path: Path) -> None:
    store = fresh(path)
    store.add(make(1))
    (path.parent / ".bookmarks.toml.abc.tmp").write_text("garbage [[[", encoding="utf-8")
    result = BookmarkStore(path).load()
    assert result.message is None and [b.target_id for b in result.bookmarks] == ["q-1"]


# ------------------------------------------------------------------ corrupt files


@pytest.mark.parametrize(
    "content",
    [
        b"this is = = not toml [[[",
        b"\xff\xfe\x00binary",
        b'version = 1\nbookmarks = "not a list"\n',
        b"version = 1\n" + b"x = " + b"[" * 600 + b"]" * 600 + b"\n",  # nested too deeply
        b"version = 1\n" + b"x = " + b"{a = " * 600 + b"1" + b"}" * 600 + b"\n",
        b'version = "one"\n',
    ],
    ids=["not toml", "binary", "not a list", "deep arrays", "deep tables", "bad version"],
)
def test_corrupt_file_is_moved_aside_and_store_stays_usable(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = BookmarkStore(path)
    result = store.load()
    assert result.bookmarks == ()
    asides = sorted(path.parent.glob("bookmarks.toml.corrupt-*"))
    assert len(asides) == 1
    assert asides[0].read_bytes() == content
    assert str(asides[0]) in (result.message or "")
    assert asides[0].name[len("bookmarks.toml.corrupt-") :][8] == "T"
    assert not path.exists()
    assert store.add(make(1)).ok
    assert [b.target_id for b in fresh(path).all()] == ["q-1"]


def test_second_corruption_never_overwrites_the_first_copy(path: Path) -> None:
    path.parent.mkdir(parents=True)
    for junk in (b"first [[[", b"second [[["):
        path.write_bytes(junk)
        BookmarkStore(path).load()
    asides = sorted(p.read_bytes() for p in path.parent.glob("bookmarks.toml.corrupt-*"))
    assert asides == [b"first [[[", b"second [[["]


def test_file_corrupted_while_open_is_moved_aside_on_next_save(path: Path) -> None:
    store = fresh(path)
    store.add(make(1))
    path.write_bytes(b"broken = [")
    result = store.add(make(2))
    assert result.ok and "moved to" in (result.message or "")
    assert [b.target_id for b in fresh(path).all()] == ["q-2"]
    assert len(list(path.parent.glob("bookmarks.toml.corrupt-*"))) == 1


# ------------------------------------------------------------------ unwritable folders


def test_unwritable_folder_keeps_bookmark_in_session_then_saves(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = fresh(path)
    store.add(make(1))

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(bmod, "atomic_write_bytes", denied)
    result = store.add(make(2))
    assert not result.ok
    assert result.message == (
        f"bookmarks not saved: {path.parent} is read-only; kept for this session"
    )
    assert store.contains(make(2).key) and store.pending == 1
    assert store.retry_pending().ok is False  # still read-only
    assert [b.target_id for b in fresh(path).all()] == ["q-1"]

    monkeypatch.undo()
    retry = store.retry_pending()
    assert retry.ok and store.pending == 0
    assert [b.target_id for b in fresh(path).all()] == ["q-1", "q-2"]


def test_pending_change_is_written_by_the_next_save(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = fresh(path)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bmod, "atomic_write_bytes", full)
    result = store.add(make(1))
    assert "is full" in (result.message or "")
    monkeypatch.undo()
    assert store.add(make(2)).ok
    assert [b.target_id for b in fresh(path).all()] == ["q-1", "q-2"]


def test_missing_folder_is_created_on_first_save(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "bookmarks.toml"
    assert BookmarkStore(path).add(make(1)).ok
    assert path.exists()


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = BookmarkStore(blocker / "bookmarks.toml")
    result = store.add(make(1))
    assert not result.ok and "kept for this session" in (result.message or "")
    assert store.contains(make(1).key)


# ------------------------------------------------------------------ building bookmarks


def _doc() -> Briefing:
    return Briefing(
        id="b-abc",
        source="docs/summit.txt",
        format="text",
        title="Korea–Italy summit",
        date=dt.date(2026, 1, 19),
        summary="Leaders met.",
        areas=(Area("Space", "ASI", "launchers"),),
        quotes=(Quote("q-1", "based on each side's strengths.", "Meloni", "PM", "ctx"),),
        comments=(Comment("c-1", "reader42", "Good news"),),
    )


def test_bookmark_for_each_kind() -> None:
    doc = _doc()
    q = bookmark_for(doc, "quote", doc.quotes[0], now=T0)
    assert (q.kind, q.target_id, q.text, q.speaker) == (
        "quote",
        "q-1",
        "based on each side's strengths.",
        "Meloni",
    )
    assert q.briefing_title == doc.title and q.briefing_date == doc.date
    assert os.path.isabs(q.source) and q.source.endswith("summit.txt")
    a = bookmark_for(doc, "area", doc.areas[0])
    assert a.target_id == area_id(doc.areas[0]) and a.text == "Space (ASI): launchers"
    assert area_id(Area("Space", "ASI", "other text")) == a.target_id
    c = bookmark_for(doc, "comment", doc.comments[0])
    assert c.speaker == "reader42" and c.target_id == "c-1"
    whole = bookmark_for(doc, "briefing")
    assert whole.target_id == "b-abc" and whole.text == "Leaders met."
    assert whole.created.tzinfo is not None
    with pytest.raises(ValueError):
        bookmark_for(doc, "quote", doc.comments[0])


def test_parse_tags() -> None:
    assert parse_tags(" italy, korea ,,italy, space ") == ("italy", "korea", "space")
    assert parse_tags("") == ()


def test_dumps_loads_round_trip() -> None:
    items = [make(1, note="n", tags=("a", "b")), make(2, speaker=None)]
    assert loads(dumps(items)) == items


_RO_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from tui.core.stores import Bookmark, BookmarkStore
    path = Path(sys.argv[1])
    def mk(i):
        return Bookmark(kind="quote", briefing_id="b", briefing_title="t", source="/x",
                        target_id=f"q-{i}", text="x")
    store = BookmarkStore(path)
    store.load()
    assert store.add(mk(1)).ok
    os.chmod(path.parent, 0o555)
    try:
        r = store.add(mk(2))
        print(r.message)
        assert not r.ok and store.contains(mk(2).key) and store.pending == 1
    finally:
        os.chmod(path.parent, 0o755)
    assert store.retry_pending().ok
    print(sorted(b.target_id for b in BookmarkStore(path).load().bookmarks))
    """
)


def test_real_read_only_folder(path: Path) -> None:
    """A folder that cannot be written (for root too: the child gives up the power)."""
    path.parent.mkdir(parents=True)
    done = run_as_a_user(_RO_SCRIPT, str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"bookmarks not saved: {path.parent} is read-only; kept for this session"
    assert lines[1] == "['q-1', 'q-2']"


# ------------------------------------------------------------------ properties

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(
    text=_text,
    speaker=st.none() | _text,
    note=_text,
    tags=st.lists(_text, max_size=3),
    created=st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2200, 1, 1)).map(
        lambda d: d.replace(tzinfo=dt.UTC)
    ),
    day=st.none() | st.dates(min_value=dt.date(1, 1, 1)),
)
@settings(max_examples=150, deadline=None)
def test_any_bookmark_round_trips_through_toml(
    text: str,
    speaker: str | None,
    note: str,
    tags: list[str],
    created: dt.datetime,
    day: dt.date | None,
) -> None:
    bm = make(1, text=text, speaker=speaker, note=note, tags=tuple(tags), created=created)
    bm = dataclasses.replace(bm, briefing_date=day, briefing_title=text)
    assert loads(dumps([bm])) == [bm]


# ------------------------------------------------------------------ crash by kill, caching

_ENDLESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tui.core.stores import Bookmark, BookmarkStore
    store = BookmarkStore(Path(sys.argv[1]))
    store.load()
    for i in range(10**6):
        store.add(Bookmark(kind="quote", briefing_id="b", briefing_title="t", source="/x",
                           target_id=f"{sys.argv[2]}-{i}", text="x" * 300))
        if i == 3:
            Path(sys.argv[3]).touch()
    """
)


def test_killed_writer_never_leaves_a_broken_file(path: Path, tmp_path: Path) -> None:
    """SIGKILL a busy writer at odd moments: the file always reads, and nothing is lost."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    seen = 0
    for round_no, delay in enumerate((0.0, 0.05, 0.13, 0.21, 0.34)):
        started = tmp_path / f"started-{round_no}"
        proc = subprocess.Popen(
            [sys.executable, "-c", _ENDLESS, str(path), str(round_no), str(started)], env=env
        )
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        result = BookmarkStore(path).load()
        assert result.message is None
        assert len(result.bookmarks) >= seen + 4
        seen = len(result.bookmarks)
    # The next save sweeps away the temp files the killed writers left behind.
    assert fresh(path).add(make(1)).ok
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_only_changed_entries_are_parsed_again(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every save re-reads the file, but parses only the entries another window changed."""
    from tui.core.stores import records

    store = fresh(path)
    store.add(make(1))
    parsed: list[str] = []
    real = records._entry_from_text

    def counting(chunk: str) -> Bookmark:
        parsed.append(chunk)
        return real(chunk)

    monkeypatch.setattr(records, "_entry_from_text", counting)
    store.add(make(2))
    store.add(make(3))
    assert parsed == []
    other = fresh(path)  # another instance reads every entry once...
    assert other.add(make(4)).ok
    assert len(parsed) == 3
    assert store.add(make(5)).ok  # ...and this one parses just the entry it wrote
    assert len(parsed) == 4 and "q-4" in parsed[-1]
    assert [b.target_id for b in fresh(path).all()] == ["q-1", "q-2", "q-3", "q-4", "q-5"]


def test_lone_surrogates_from_json_cannot_block_saving(path: Path) -> None:
    """A JSON briefing may carry "\\ud800"; UTF-8 cannot write it, so it becomes U+FFFD."""
    import json

    text = json.loads('"bad \\ud800 char? \\ud83d\\ude00"')
    store = fresh(path)
    assert store.add(make(1, text=text, tags=(text,))).ok
    back = fresh(path).all()[0]
    assert back.text == "bad \ufffd char? 😀"
    assert back.tags == ("bad \ufffd char? 😀",)


def test_saved_text_matches_a_fresh_render(path: Path) -> None:
    """The store re-renders only changed bookmarks; the file must equal a full render."""
    store = fresh(path)
    for i in range(1, 6):
        store.add(make(i))
    store.update(make(2).key, note="changed", tags=["x"])
    store.remove(make(4).key)
    store.add(make(4, note="back"))
    assert path.read_text(encoding="utf-8") == dumps(fresh(path).all())
    assert [b.note for b in fresh(path).all()] == ["", "changed", "", "", "back"]


# ------------------------------------------------------------------ created times


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2026-01-20T18:30:00+09:00", dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)),
        ("2026-01-20T04:30:00-05:00", dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)),
        ("2026-01-01T01:00:00+02:00", dt.datetime(2025, 12, 31, 23, 0, tzinfo=dt.UTC)),
        ("2026-01-20T09:30:00Z", dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)),
        ("2026-01-20T09:30:00", dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)),  # read as UTC
        ("2026-01-20", dt.datetime(2026, 1, 20, 0, 0, tzinfo=dt.UTC)),
    ],
)
def test_created_with_an_offset_is_converted_to_utc(written: str, utc: dt.datetime) -> None:
    text = textwrap.dedent(
        f"""\
        version = 1
        [[bookmarks]]
        kind = "quote"
        briefing_id = "b-1"
        briefing_title = "T"
        source = "/x.txt"
        target_id = "q-1"
        text = "hello"
        created = {written}
        """
    )
    [bm] = loads(text)
    assert bm.created == utc
    assert bm.created.utcoffset() == dt.timedelta(0)
    # the same instant, written back in UTC (not the wall-clock time relabelled)
    assert f"created = {utc.isoformat(sep=' ')}" in dumps([bm])


def test_a_bookmark_without_a_created_time_is_refused_not_invented() -> None:
    from tui.core.stores.records import BookmarkFormatError

    text = textwrap.dedent(
        """\
        version = 1
        [[bookmarks]]
        kind = "quote"
        briefing_id = "b-1"
        source = "/x.txt"
        target_id = "q-1"
        text = "hello"
        """
    )
    with pytest.raises(BookmarkFormatError, match="created"):
        loads(text)
