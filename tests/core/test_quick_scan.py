"""The quick scan: list rows from each document's opening, then the full parse corrects them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.core.library import DB_NAME, Index, discover, index, scan
from tui.core.load import document_head, load_briefing
from tui.core.load import head as formats

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLES = Path(__file__).resolve().parent.parent.parent / "briefings"


def _briefings() -> list[Path]:
    """Every briefing among the fixtures and the bundled samples (not expectations)."""
    folders = [FIXTURES / d for d in ("examples", "review", "seed", "varied")] + [SAMPLES]
    return [
        p
        for folder in folders
        for p in sorted(folder.iterdir())
        if not p.name.endswith(".expected.json") and p.name != "README.md"
    ]


def _row(path: Path, **options: bool) -> tuple[object, ...]:
    doc = load_briefing(path, **options)
    return (doc.title, doc.date, doc.place, doc.id)


@pytest.mark.parametrize("head_chars", [300, formats.HEAD_CHARS])
def test_the_opening_decides_every_row_as_the_whole_document_does(
    head_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even a head far shorter than the default holds each fixture's title, date and place.
    monkeypatch.setattr(formats, "HEAD_CHARS", head_chars)
    files = _briefings()
    assert len(files) >= 25
    cut = [
        p
        for p in files
        if p.suffix != ".pdf" and len(document_head(p.read_text(encoding="utf-8"), "text")) < 2000
    ]
    assert cut, "some documents must be longer than their head for this test to mean much"
    for path in files:
        if path.suffix in (".html", ".rss"):
            # A page's <head> (a feed's entry list) holds title and date; the place is in
            # the article's dateline, which only the full scan reads (it corrects the row).
            assert _row(path, head=True)[:2] == _row(path, extract=False)[:2], path.name
            continue
        assert _row(path, head=True) == _row(path, extract=False), path.name


def test_head_ends_at_a_paragraph_and_keeps_front_matter_whole() -> None:
    intro = "First paragraph of the lead. " * 50  # ~1,450 characters, one line
    text = f"Title Line\n\n{intro}\n\nSecond paragraph.\n\nThird paragraph.\n"
    assert document_head(text, "text") == f"Title Line\n\n{intro}"
    wrapped = "Title Line\n\n" + "a hard-wrapped lead that never ends\n" * 200
    head = document_head(wrapped, "text")
    assert formats.HEAD_CHARS <= len(head) < formats.HEAD_CHARS + 40
    assert head.endswith("never ends")
    front = "---\n" + "".join(f"key{i}: {'x' * 40}\n" for i in range(40)) + "---\n"
    md = front + "# Heading\n\nShort lead.\n\n" + "More text.\n\n" * 300
    head = document_head(md, "markdown")
    assert head.startswith(front + "# Heading\n\nShort lead.")
    # ~HEAD_CHARS after the front matter, cut where a paragraph ends
    assert len(front) + formats.HEAD_CHARS <= len(head) < len(front) + formats.HEAD_CHARS + 20
    assert head.endswith("More text.")


def test_toml_head_is_its_top_level_keys_and_json_is_read_whole() -> None:
    toml = 'title = "Grain Deal"\ndate = 2026-03-01\n\n[[quotes]]\ntext = "Bread"\n'
    assert document_head(toml, "toml") == 'title = "Grain Deal"\ndate = 2026-03-01\n\n'
    data = '{"title": "Grain Deal", "quotes": [{"text": "Bread"}]}'
    assert document_head(data, "json") is data


def test_a_toml_head_that_does_not_parse_is_read_whole(tmp_path: Path) -> None:
    # The "[" line sits inside a multi-line string: cut there, the head does not parse.
    path = tmp_path / "odd.toml"
    path.write_text(
        'summary = """A lead.\n[not a table]\nstill the summary"""\n'
        'title = "Grain Deal"\ndate = 2026-03-01\n',
        encoding="utf-8",
    )
    assert _row(path, head=True) == _row(path)
    doc = load_briefing(path, head=True)
    assert doc.title == "Grain Deal"
    assert doc.summary.endswith("still the summary")


def test_a_toml_title_below_a_table_is_found_by_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "tabled.toml"
    path.write_text('date = 2026-03-01\n\n[briefing]\nnote = "x"\n', encoding="utf-8")
    assert load_briefing(path, head=True).title == load_briefing(path).title


def _indexed_rows() -> int:
    from tui.core.paths import cache_dir

    with sqlite3.connect(cache_dir() / DB_NAME) as conn:
        return conn.execute("SELECT count(*) FROM docs").fetchone()[0]


def test_quick_scan_lists_provisional_rows_and_writes_nothing(
    late_date_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "QUICK_MIN_JOBS", 2)
    quick = {Path(e.path).name: e for e in scan(discover([late_date_library]), quick=True)}
    assert len(quick) == 6 and all(e.provisional for e in quick.values())
    assert _indexed_rows() == 0
    full = {Path(e.path).name: e for e in scan(discover([late_date_library]))}
    assert not any(e.provisional for e in full.values())
    assert _indexed_rows() == 6
    # The head of late.txt stops before its date; the full parse finds it.
    assert quick["late.txt"].date is None
    assert str(full["late.txt"].date) == "2026-03-03"
    assert quick["late.txt"] != full["late.txt"]
    assert all(quick[name] == full[name] for name in quick if name != "late.txt")


def test_a_quick_scan_of_few_files_parses_and_indexes_them_at_once(late_date_library: Path) -> None:
    entries = list(scan(discover([late_date_library]), quick=True))  # 6 files < QUICK_MIN_JOBS
    assert not any(e.provisional for e in entries)
    assert _indexed_rows() == 6
    late = next(e for e in entries if e.path.endswith("late.txt"))
    assert str(late.date) == "2026-03-03"


def test_quick_scan_answers_from_the_index_when_it_can(
    late_date_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    list(scan(discover([late_date_library])))
    monkeypatch.setattr(index, "QUICK_MIN_JOBS", 1)
    with Index.default() as idx:
        entries = list(idx.scan(discover([late_date_library]), quick=True))
    assert not any(e.provisional for e in entries)
    assert str(next(e for e in entries if e.path.endswith("late.txt")).date) == "2026-03-03"


def test_newest_reads_cached_rows_for_the_targets_only_and_never_creates_an_index(
    late_date_library: Path, tmp_path: Path
) -> None:
    from tui.core.library import newest
    from tui.core.paths import cache_dir

    assert newest([late_date_library]) == []
    assert not (cache_dir() / DB_NAME).exists()  # no scan yet: nothing made
    sibling = tmp_path / "lib2"  # "lib2" sorts right after "lib/": must not leak in
    sibling.mkdir()
    (sibling / "other.txt").write_text("Other Talks\n\nOslo, Norway, Dec. 1, 2026 - Talks.\n")
    list(scan(discover([late_date_library, sibling])))
    rows = newest([late_date_library], limit=3)
    assert [r.title for r in rows] == [
        "Ministers Agree on River Survey",
        "Talks Item 4",
        "Talks Item 3",
    ]
    assert all(r.provisional for r in rows)
    assert [r.title for r in newest([sibling / "other.txt"])] == ["Other Talks"]
    assert len(newest([late_date_library, sibling], limit=100)) == 7


def test_newest_only_reads_and_trusts_an_index_of_this_parser(
    late_date_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library import newest
    from tui.core.paths import cache_dir

    list(scan(discover([late_date_library])))
    db = cache_dir() / DB_NAME
    before = db.read_bytes()
    monkeypatch.setattr(index, "parser_fingerprint", lambda: "another parser")
    assert newest([late_date_library]) == []  # rows of other code are not shown...
    assert db.read_bytes() == before  # ...and the file is left for the scan to rebuild


def test_newest_does_not_wait_for_an_index_another_process_holds(late_date_library: Path) -> None:
    import time

    from tui.core.library import newest
    from tui.core.paths import cache_dir

    list(scan(discover([late_date_library])))
    holder = sqlite3.connect(cache_dir() / DB_NAME, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE docs SET title = title")
        started = time.monotonic()
        assert newest([late_date_library]) == []
        assert time.monotonic() - started < 1.0
    finally:
        holder.close()
    assert len(newest([late_date_library])) == 6
