"""The metadata index: cached rows for unchanged files, rebuilds, fallbacks and search."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tui.core.library import DB_NAME, Index, discover, index, scan, search
from tui.core.library.fts import fts_query
from tui.core.load import loader as formats
from tui.core.paths import cache_dir


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the loader is asked to parse, in order."""
    calls: list[str] = []
    real = formats.load_briefing

    def spy(path: str | os.PathLike[str], **kwargs):  # type: ignore[no-untyped-def]
        calls.append(os.fspath(path))
        return real(path, **kwargs)

    monkeypatch.setattr(formats, "load_briefing", spy)
    return calls


def _json_doc(title: str, date: str, quotes: list[tuple[str, str]]) -> str:
    return json.dumps(
        {
            "title": title,
            "date": date,
            "place": "Geneva, Switzerland",
            "summary": f"A short lead about {title.lower()}.",
            "quotes": [{"text": t, "speaker": s} for t, s in quotes],
        }
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A small mixed library: text, Markdown, JSON and TOML, one in a subfolder."""
    lib = tmp_path / "lib"
    (lib / "asia").mkdir(parents=True)
    (lib / "summit.txt").write_text(
        "Leaders Meet in Rome\n\nRome, Italy – The two leaders met on Monday.\n",
        encoding="utf-8",
    )
    (lib / "asia" / "ports.md").write_text(
        "# Port Deal Signed\n\nThe ports agreement covers shipping lanes.\n", encoding="utf-8"
    )
    (lib / "grain.json").write_text(
        _json_doc("Grain Corridor Reopens", "2026-03-01", [("Bread is peace", "Amina Diallo")]),
        encoding="utf-8",
    )
    (lib / "water.json").write_text(
        _json_doc(
            "Water Treaty Renewed", "2026-04-02", [("Rivers carry peace downstream", "Jon Berg")]
        ),
        encoding="utf-8",
    )
    (lib / "notes.toml").write_text(
        'title = "Trade Talks Stall"\ndate = 2026-01-05\nsummary = "No deal yet."\n',
        encoding="utf-8",
    )
    return lib


def _scan(lib: Path, idx: Index | None = None) -> dict[str, str]:
    """Path → title (or error) for everything in ``lib``."""
    return {e.path: e.error or e.title for e in scan(discover([lib]), index=idx)}


def test_second_scan_parses_nothing_and_returns_the_same(library: Path, parses: list[str]) -> None:
    first = _scan(library)
    assert len(parses) == 5
    parses.clear()
    second = _scan(library)
    assert parses == []
    assert second == first
    assert first[str(library / "grain.json")] == "Grain Corridor Reopens"


def test_cached_entries_keep_date_place_and_id(library: Path) -> None:
    first = list(scan(discover([library])))
    second = list(scan(discover([library])))
    assert second == first
    grain = next(e for e in second if e.path.endswith("grain.json"))
    assert grain.date is not None and grain.date.isoformat() == "2026-03-01"
    assert grain.place == "Geneva, Switzerland"
    assert grain.id and grain.id.startswith("b-")


def test_changed_size_is_reparsed(library: Path, parses: list[str]) -> None:
    _scan(library)
    parses.clear()
    target = library / "summit.txt"
    target.write_text("Leaders Meet in Rome Again\n\nA longer second version.\n", encoding="utf-8")
    titles = _scan(library)
    assert parses == [str(target)]
    assert titles[str(target)] == "Leaders Meet in Rome Again"


def test_changed_mtime_same_size_is_reparsed(library: Path, parses: list[str]) -> None:
    target = library / "summit.txt"
    _scan(library)
    parses.clear()
    size = target.stat().st_size
    target.write_text("Leaders Meet in Oslo\n\nRome, Italy – The two leaders met on Monday.\n")
    assert target.stat().st_size == size
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    titles = _scan(library)
    assert parses == [str(target)]
    assert titles[str(target)] == "Leaders Meet in Oslo"


def test_deleted_file_drops_out_of_scan_and_search(library: Path) -> None:
    _scan(library)
    assert any(h.path.endswith("water.json") for h in search("downstream"))
    (library / "water.json").unlink()
    titles = _scan(library)
    assert str(library / "water.json") not in titles
    assert len(titles) == 4
    assert search("downstream") == []


def test_an_edited_file_is_found_by_its_new_words_only(library: Path) -> None:
    water = library / "water.json"
    _scan(library)
    assert [h.path for h in search("downstream")] == [str(water)]
    water.write_text(
        _json_doc("Water Treaty Renewed", "2026-04-02", [("Lakes hold the reserve", "Jon Berg")]),
        encoding="utf-8",
    )
    _scan(library)
    assert search("downstream") == []  # the old text's row is gone from the full-text index
    assert [h.path for h in search("lakes")] == [str(water)]
    assert [h.path for h in search("water treaty")] == [str(water)]  # one row, not two


def test_a_file_added_after_a_deletion_is_indexed_and_searchable(
    library: Path, parses: list[str]
) -> None:
    _scan(library)
    newest = library / "zz-newest.json"  # indexed last: the highest row number
    newest.write_text(
        _json_doc("Canal Levy Agreed", "2026-05-01", [("Tolls fund the locks", "Ana Rios")]),
        encoding="utf-8",
    )
    _scan(library)
    newest.unlink()
    _scan(library)
    assert search("tolls") == []
    added = library / "zz-added.json"  # may take the freed row number
    added.write_text(
        _json_doc("Ferry Route Opens", "2026-05-02", [("Boats sail at dawn", "Jon Berg")]),
        encoding="utf-8",
    )
    titles = _scan(library)
    assert titles[str(added)] == "Ferry Route Opens"
    assert [h.path for h in search("dawn")] == [str(added)]
    assert search("tolls") == []
    parses.clear()
    assert _scan(library) == titles
    assert parses == []  # the index kept every row: nothing is parsed again


def _corrupt(db: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database at all\x00" * 200)


def test_corrupt_db_is_rebuilt_and_scan_returns_everything(
    library: Path, tmp_path: Path, parses: list[str]
) -> None:
    expected = _scan(library)
    db = cache_dir() / DB_NAME
    _corrupt(db)
    parses.clear()
    assert _scan(library) == expected
    assert len(parses) == 5
    parses.clear()
    assert _scan(library) == expected
    assert parses == [], "the rebuilt index is used on the next scan"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_pages_never_lose_entries(library: Path, tmp_path: Path) -> None:
    expected = _scan(library)
    db = cache_dir() / DB_NAME
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[200:] = b"\xff" * (len(data) - 200)  # keep the header, wreck every page
    db.write_bytes(bytes(data))
    assert _scan(library) == expected
    assert _scan(library) == expected


def test_other_schema_version_is_rebuilt(library: Path, tmp_path: Path, parses: list[str]) -> None:
    expected = _scan(library)
    with sqlite3.connect(cache_dir() / DB_NAME) as conn:
        conn.execute("PRAGMA user_version = 999")
    parses.clear()
    assert _scan(library) == expected
    assert len(parses) == 5
    parses.clear()
    _scan(library)
    assert parses == []


def test_parser_change_invalidates_rows(
    library: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _scan(library)
    monkeypatch.setattr(index, "parser_fingerprint", lambda: "a newer parser")
    parses.clear()
    _scan(library)
    assert len(parses) == 5


def test_row_with_matching_stat_but_bad_data_is_reparsed(
    library: Path, tmp_path: Path, parses: list[str]
) -> None:
    expected = _scan(library)
    with sqlite3.connect(cache_dir() / DB_NAME) as conn:
        conn.execute("UPDATE docs SET date = 'not a date' WHERE path LIKE '%grain.json'")
    parses.clear()
    assert _scan(library) == expected
    assert parses == [str(library / "grain.json")]


def test_cache_dir_that_cannot_exist_still_returns_everything(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    idx = Index.default()
    titles = _scan(library, idx)
    assert len(titles) == 5 and len(parses) == 5
    assert idx.problem and "parsing every document" in idx.problem
    parses.clear()
    assert _scan(library, idx) == titles
    assert len(parses) == 5
    assert search("peace", index=idx) is None  # it cannot answer, and says so


def test_read_only_cache_serves_old_rows_and_parses_new_files(
    library: Path, monkeypatch: pytest.MonkeyPatch, parses: list[str]
) -> None:
    _scan(library)
    real_connect = index._connect

    def read_only(path: Path) -> sqlite3.Connection:
        # Tests run as root, so chmod would not stop writes: open the file read-only instead.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        return conn

    monkeypatch.setattr(index, "_connect", read_only)
    (library / "late.txt").write_text("A Late Arrival\n\nNew text.\n", encoding="utf-8")
    parses.clear()
    idx = Index.default()
    titles = _scan(library, idx)
    assert len(titles) == 6
    assert titles[str(library / "late.txt")] == "A Late Arrival"
    assert parses == [str(library / "late.txt")]
    assert idx.problem and "not written" in idx.problem
    monkeypatch.setattr(index, "_connect", real_connect)
    parses.clear()
    _scan(library)
    assert parses == [str(library / "late.txt")], "a writable index catches up"


def test_without_fts5_scan_and_search_still_work(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "FTS_MODULE", "no_such_fts_module")
    assert len(_scan(library)) == 5
    hits = search("peace")
    assert sorted(Path(h.path).name for h in hits) == ["grain.json", "water.json"]
    for h in hits:
        start, end = h.highlights[0]
        assert h.snippet[start:end].casefold() == "peace"


def test_search_finds_a_quote_word_across_documents(library: Path) -> None:
    _scan(library)
    hits = search("peace")
    assert sorted(Path(h.path).name for h in hits) == ["grain.json", "water.json"]
    titles = {h.title for h in hits}
    assert titles == {"Grain Corridor Reopens", "Water Treaty Renewed"}
    for h in hits:
        start, end = h.highlights[0]
        assert h.snippet[start:end].casefold() == "peace"


def test_search_by_speaker_and_partial_word(library: Path) -> None:
    _scan(library)
    assert [Path(h.path).name for h in search("Diallo")] == ["grain.json"]
    assert [Path(h.path).name for h in search("downstr")] == ["water.json"]
    assert search("downstr ") == [], "a finished word is not a prefix"


def test_search_within_limits_to_the_library_on_screen(library: Path) -> None:
    _scan(library)
    hits = search("peace", within=[library / "water.json"])
    assert [Path(h.path).name for h in hits] == ["water.json"]
    assert len(search("peace", limit=1)) == 1


PEACE = ["grain.json", "water.json"]


@pytest.mark.parametrize(
    ("query", "found"),
    [('"', []), ('""', []), ("*", []), ("peace*", PEACE), ("AND OR", []), ("AND", []),
     ("NOT", []), ("-x", []), ("title:", []), ("title:peace", []), ("(", []), (")", []),
     ("NEAR(a b)", []), ("^", []), ("peace OR", []), ('"peace', PEACE), ("'", []), ("", []),
     ("   ", []), ("a:b:c", []), ("{x}", []), ("\x00", []), ("🙂", []), ("(peace)", PEACE),
     ("peace -", PEACE), ("^Rome", ["summit.txt"]), ("ports:", ["ports.md"]),
     ("DIALLO*", ["grain.json"]), ("corridor AND", []), ('"leaders met"', ["summit.txt"])],
)  # fmt: skip
def test_hostile_queries_are_words_and_find_what_they_name(
    library: Path, query: str, found: list[str]
) -> None:
    # FTS5 syntax in what the user typed is never syntax: each word is looked for as a word
    # (all of them, the last as a prefix), and nothing raises.
    _scan(library)
    assert sorted(Path(h.path).name for h in search(query)) == found
    assert sorted(Path(h.path).name for h in search("peace")) == PEACE  # the index still works


def test_quoted_operator_words_are_searched_as_words(library: Path) -> None:
    _scan(library)
    assert fts_query("AND OR") == '"AND" "OR"*'
    assert [Path(h.path).name for h in search('"peace')] != []
    assert [Path(h.path).name for h in search("grain-corridor")] == ["grain.json"]
    assert [Path(h.path).name for h in search("-corridor")] == ["grain.json"], "not a NOT"


def test_index_used_from_another_thread(library: Path) -> None:
    idx = Index.default()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(len(_scan(library, idx))))
    worker.start()
    worker.join()
    assert result == [5]
    assert len(idx.search("peace")) == 2


def test_progress_ends_with_total(library: Path) -> None:
    seen: list[tuple[int, int]] = []
    list(scan(discover([library]), lambda done, total: seen.append((done, total))))
    assert seen[0] == (1, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_entries_fast_path_lists_cached_rows(library: Path) -> None:
    _scan(library)
    with Index.default() as idx:
        names = sorted(Path(e.path).name for e in idx.entries())
    assert names == ["grain.json", "notes.toml", "ports.md", "summit.txt", "water.json"]


def test_many_files_parsed_in_helper_processes_match_a_serial_parse(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library import pool as parse_pool

    for i in range(40):
        (library / f"extra-{i:02d}.txt").write_text(f"Extra Item {i}\n\nText {i}.\n")
    serial = list(scan(discover([library]), index=Index(None)))
    monkeypatch.setattr(index, "POOL_MIN_JOBS", 1)
    monkeypatch.setattr(parse_pool, "CHUNK", 7)
    pooled = list(scan(discover([library])))
    assert pooled == serial
    assert len(pooled) == 45
    assert [Path(h.path).name for h in search("Diallo")] == ["grain.json"]


def test_helper_processes_that_die_fall_back_to_parsing_here(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library import pool as parse_pool

    serial = list(scan(discover([library]), index=Index(None)))
    monkeypatch.setattr(index, "POOL_MIN_JOBS", 1)
    monkeypatch.setattr(parse_pool, "CHUNK", 2)
    monkeypatch.setattr(parse_pool, "_BOOT", "import sys; sys.exit(3)")
    assert list(scan(discover([library]))) == serial


def _helpers() -> list[int]:
    """Pids of this process's parse helpers still running (Linux /proc)."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{name}/cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == os.getpid() and stat[0] != "Z" and b"tui.core.library.pool" in cmd:
            pids.append(int(name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_abandoned_scan_leaves_no_helper_running(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library import pool as parse_pool

    for i in range(60):
        (library / f"extra-{i:02d}.txt").write_text(f"Extra Item {i}\n\nText {i}.\n")
    monkeypatch.setattr(index, "POOL_MIN_JOBS", 1)
    monkeypatch.setattr(parse_pool, "CHUNK", 2)
    entries = scan(discover([library]))
    first = [next(entries) for _ in range(3)]
    assert all(e.title for e in first)
    assert _helpers(), "the helpers are at work"
    entries.close()
    assert _helpers() == []


def test_title_match_ranks_first_and_only_the_best_hits_carry_snippets(library: Path) -> None:
    (library / "talks.txt").write_text(
        "Peace Talks Resume\n\nGeneva, Switzerland – Delegates met again on Monday.\n",
        encoding="utf-8",
    )
    _scan(library)
    hits = search("peace", snippets=1)
    assert len(hits) == 3
    assert Path(hits[0].path).name == "talks.txt"
    assert hits[0].snippet and hits[0].highlights
    assert [h.snippet for h in hits[1:]] == ["", ""]
    assert {Path(h.path).name for h in search("peace", snippets=0)} == {
        "talks.txt",
        "grain.json",
        "water.json",
    }


def test_quotes_and_speakers_in_text_and_markdown_are_searchable(tmp_path: Path) -> None:
    lib = tmp_path / "quoted"
    lib.mkdir()
    (lib / "talks.txt").write_text(
        "Talks Resume in Oslo\n\nOslo, Norway – Talks resumed on Monday.\n\n"
        '"We are close to a compromise," said Foreign Minister Ana Lopes.\n',
        encoding="utf-8",
    )
    (lib / "ports.md").write_text(
        "# Port Deal Signed\n\nThe agreement covers shipping lanes.\n\n"
        "> Shipping will double by autumn.\n>\n> — Rosa Tavares, Minister of the Sea\n",
        encoding="utf-8",
    )
    _scan(lib)
    assert [Path(h.path).name for h in search("compromise")] == ["talks.txt"]
    assert [Path(h.path).name for h in search("Lopes")] == ["talks.txt"]
    assert [Path(h.path).name for h in search("autumn")] == ["ports.md"]
    assert [Path(h.path).name for h in search("Tavares")] == ["ports.md"]
    hit = search("compromise")[0]
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "compromise"


# ---------------------------------------------------------------- a cache that goes bad


def test_same_size_edit_with_the_mtime_restored_is_reparsed(
    library: Path, parses: list[str]
) -> None:
    """``cp -p`` / ``rsync -t`` put the old mtime back on a same-size edit."""
    target = library / "summit.txt"
    _scan(library)
    parses.clear()
    before = target.stat()
    target.write_text("Leaders Meet in Oslo\n\nRome, Italy – The two leaders met on Monday.\n")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size
    titles = _scan(library)
    assert parses == [str(target)]
    assert titles[str(target)] == "Leaders Meet in Oslo"


def test_rows_of_a_deleted_subfolder_are_forgotten(library: Path) -> None:
    import shutil

    _scan(library)
    shutil.rmtree(library / "asia")
    _scan(library)
    with Index(cache_dir() / DB_NAME) as idx:
        assert not [e.path for e in idx.entries() if "asia" in e.path]
        assert not [e for e in idx.newest([library], 100) if "asia" in e.path]


def test_search_of_a_deleted_cache_says_so_and_the_files_are_searched(library: Path) -> None:
    from tui.screens.search import library_matches

    entries = list(scan(discover([library])))
    db = cache_dir() / DB_NAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert search("downstream", within=[e.path for e in entries]) is None  # not "no match"
    done = threading.Event()
    done.set()
    warnings: list[str] = []
    found = library_matches("downstream", entries, done, lambda: False, warn=warnings.append)
    assert found == {str(library / "water.json")}
    assert warnings and "cache" in warnings[0]


def test_an_outdated_index_is_rebuilt_in_place_not_unlinked(library: Path) -> None:
    """Another process may have the file open: deleting it would orphan that process."""
    _scan(library)
    db = cache_dir() / DB_NAME
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    inode = db.stat().st_ino
    other = sqlite3.connect(db)  # another process's open connection
    try:
        titles = _scan(library)
        assert len(titles) == 5
        assert db.stat().st_ino == inode
        assert other.execute("SELECT count(*) FROM docs").fetchone()[0] == 5  # sees the rebuild
    finally:
        other.close()


def test_simultaneous_first_starts_all_use_one_index(library: Path) -> None:
    db = cache_dir() / DB_NAME
    assert not db.exists()
    start = threading.Barrier(4)
    problems: list[str | None] = []

    def first_start() -> None:
        idx = Index(db)
        start.wait()
        _scan(library, idx)
        problems.append(idx.problem)
        idx.close()

    threads = [threading.Thread(target=first_start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert problems == [None] * 4
    with Index(db) as idx:
        assert len(idx.entries()) == 5
