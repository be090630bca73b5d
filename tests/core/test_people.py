"""Who said what across the library: the quote book, merging speakers, quote search."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from tui.core.library.quote_search import parse_quote_query, search_quotes
from tui.core.library.quotebook import QuoteBook, QuoteRow
from tui.core.library.speakers import group_speakers, name_key
from tui.core.stores.people import PeoplePrefs


def _row(
    path: str,
    qid: str,
    speaker: str | None,
    *,
    role: str | None = None,
    date: dt.date | None = None,
    text: str = "words",
) -> QuoteRow:
    return QuoteRow(path, "b-" + path, "T " + path, date, None, qid, text, speaker, role, text)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Prime Minister Giorgia Meloni", "giorgia meloni"),
        ("Donald J. Trump", "donald trump"),
        ("Mr. Lee", "lee"),
        ("Under-Secretary Ana Ruiz", "ana ruiz"),
        ("José Manuel Albares", "jose manuel albares"),
        ("Ursula von der Leyen", "ursula von der leyen"),
    ],
)
def test_name_key_sets_aside_titles_initials_case_and_accents(name: str, key: str) -> None:
    assert name_key(name) == key


def test_spellings_of_one_person_in_one_briefing_are_one_person() -> None:
    rows = [
        _row("a", "q1", "Giorgia Meloni", role="Prime Minister"),
        _row("a", "q2", "Meloni"),
        _row("a", "q3", "Prime Minister Meloni"),
    ]
    people = group_speakers(rows)
    assert [(s.name, s.quotes, s.offices) for s in people.speakers] == [
        ("Giorgia Meloni", 3, ("Prime Minister",))
    ]


def test_a_middle_initial_does_not_make_another_person() -> None:
    rows = [_row("a", "q1", "Donald Trump"), _row("b", "q2", "Donald J. Trump")]
    people = group_speakers(rows)
    assert len(people.speakers) == 1
    assert people.speakers[0].briefings == 2
    assert set(people.speakers[0].aliases) == {"Donald Trump", "Donald J. Trump"}


def test_people_who_share_a_surname_stay_apart() -> None:
    rows = [
        _row("a", "q1", "Lee Jae Myung"),
        _row("b", "q2", "Lee Nak-yon"),
        _row("c", "q3", "Lee"),  # which Lee? neither: it stays on its own
        _row("d", "q4", "Maria Silva"),
        _row("e", "q5", "João Silva"),
    ]
    people = group_speakers(rows)
    assert sorted(s.name for s in people.speakers) == [
        "João Silva",
        "Lee",
        "Lee Jae Myung",
        "Lee Nak-yon",
        "Maria Silva",
    ]


def test_a_surname_joins_the_full_name_of_its_own_briefing() -> None:
    rows = [
        _row("a", "q1", "Lee Jae Myung"),
        _row("a", "q2", "Lee"),
        _row("b", "q3", "Lee Nak-yon"),
        _row("b", "q4", "Lee"),
    ]
    people = group_speakers(rows)
    by_name = {s.name: s.quotes for s in people.speakers}
    assert by_name == {"Lee Jae Myung": 2, "Lee Nak-yon": 2}
    assert people.said_by[("b", "q4")] == name_key("Lee Nak-yon")


def test_a_surname_alone_in_its_briefing_joins_the_one_full_name_in_the_library() -> None:
    rows = [_row("a", "q1", "Giorgia Meloni"), _row("b", "q2", "Meloni")]
    assert [s.quotes for s in group_speakers(rows).speakers] == [2]


def test_a_name_set_apart_is_not_merged() -> None:
    rows = [_row("a", "q1", "Giorgia Meloni"), _row("b", "q2", "Meloni")]
    people = group_speakers(rows, apart={"Meloni"})
    assert sorted((s.name, s.quotes) for s in people.speakers) == [
        ("Giorgia Meloni", 1),
        ("Meloni", 1),
    ]


def test_people_prefs_persist_and_survive_a_broken_file(tmp_path: Path) -> None:
    prefs = PeoplePrefs(tmp_path / "people.toml")
    assert prefs.load() == (frozenset(), None)
    prefs.set_apart(["Meloni", "Lee"])
    assert PeoplePrefs(tmp_path / "people.toml").load()[0] == {"Meloni", "Lee"}
    prefs.set_apart(["Lee"], apart=False)
    assert prefs.load()[0] == {"Meloni"}
    (tmp_path / "people.toml").write_text("apart = [[[[", encoding="utf-8")
    names, problem = prefs.load()
    assert names == frozenset() and problem and "people.toml" in problem


def _write(folder: Path, name: str, title: str, date: str, place: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{place} – {date} – {body}\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    _write(
        lib,
        "a.txt",
        "Rome Talks on Defence",
        "Monday, March 2, 2026",
        "Rome, Italy",
        'Prime Minister Giorgia Meloni said that "defence spending must rise together." '
        'She added that "the alliance is stronger than ever."',
    )
    _write(
        lib,
        "b.txt",
        "Seoul Chip Forum",
        "Friday, May 8, 2026",
        "Seoul, South Korea",
        'President Lee Jae Myung stated that "semiconductor supply chains need partners." '
        'Prime Minister Meloni said that "Italy wants to join the chip alliance."',
    )
    _write(
        lib,
        "c.txt",
        "Café Diplomacy in Paris",
        "Tuesday, January 13, 2026",
        "Paris, France",
        'Foreign Minister Amélie Durand noted that "the café was full of défense experts."',
    )
    return lib


def _paths(lib: Path) -> list[str]:
    return sorted(str(p) for p in lib.glob("*.txt"))


def test_the_quote_book_reads_every_quote_with_its_briefing(library: Path, tmp_path: Path) -> None:
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        assert book.sync(_paths(library)) == 3
        rows = book.quotes(_paths(library))
        assert [r.date.isoformat() for r in rows if r.date] == sorted(
            (r.date.isoformat() for r in rows if r.date), reverse=True
        )
        meloni = [r for r in rows if r.speaker and "Meloni" in r.speaker]
        assert {r.title for r in meloni} == {"Rome Talks on Defence", "Seoul Chip Forum"}
        assert book.sync(_paths(library)) == 0, "unchanged files are not read again"


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(library: Path, tmp_path: Path) -> None:
    path = library / "c.txt"
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        book.sync(_paths(library))
        st = os.stat(path)
        text = path.read_text(encoding="utf-8").replace("café was full", "room was full")
        assert len(text.encode()) == st.st_size - 1
        path.write_text(text + " ", encoding="utf-8")  # same size again
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert os.stat(path).st_size == st.st_size
        assert book.sync(_paths(library)) == 1
        assert any("room was full" in r.text for r in book.quotes())


def test_a_deleted_file_leaves_the_quote_book(library: Path, tmp_path: Path) -> None:
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        book.sync(_paths(library))
        gone = library / "a.txt"
        paths = _paths(library)
        gone.unlink()
        book.sync(paths)
        assert all(r.path != str(gone) for r in book.quotes())


def test_quote_search_with_each_filter(library: Path, tmp_path: Path) -> None:
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        book.sync(_paths(library))
        people = book.people()

        def texts(query: str) -> list[str]:
            hits = search_quotes(book, people, parse_quote_query(query))
            return [h.row.text for h in hits]

        assert texts("alliance") == [
            "Italy wants to join the chip alliance.",
            "the alliance is stronger than ever.",
        ]
        assert texts("alliance speaker:meloni since:2026-04") == [
            "Italy wants to join the chip alliance."
        ]
        assert texts("alliance until:2026-03") == ["the alliance is stronger than ever."]
        assert texts("place:korea") == [
            "semiconductor supply chains need partners.",
            "Italy wants to join the chip alliance.",
        ]
        assert texts("defense") == ["the café was full of défense experts."]  # accents ignored
        assert texts("CAFE") == ["the café was full of défense experts."]
        hit = search_quotes(book, people, parse_quote_query("chip alliance"))[0]
        assert [hit.row.text[a:b] for a, b in hit.spans] == ["chip", "alliance"]


def test_quote_search_reads_hangul(tmp_path: Path) -> None:
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        # A document the parser may not read yet: its quote is stored directly.
        rows = [_row("k", "q1", "이재명", text="반도체 협력을 강화하겠다")]
        conn = book._conn()
        with conn:
            conn.execute(
                "INSERT INTO docs VALUES ('k', 1, 1, 1, 'x', 'b-k', 'T', '2026-01-19', 'Seoul', NULL)"
            )
            conn.execute(
                "INSERT INTO quotes VALUES ('k', 0, 'q1', ?, ?, '이재명', NULL, ?, NULL)",
                (rows[0].text, rows[0].text, rows[0].text),
            )
        hits = search_quotes(book, book.people(), parse_quote_query("반도체"))
        assert [h.row.text for h in hits] == ["반도체 협력을 강화하겠다"]


@pytest.mark.parametrize("bad", ["since:yesterday", "until:2026-13"])
def test_a_date_filter_that_is_not_a_date_is_reported(bad: str) -> None:
    assert parse_quote_query(f"words {bad}").problems


def test_cli_people_and_quotes_json(
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tui.cli import main

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_LIBRARY", str(library))
    assert main(["people", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    meloni = next(p for p in people if p["name"] == "Giorgia Meloni")
    assert meloni["quotes"] == 3 and meloni["briefings"] == 2
    assert meloni["first"] == "2026-03-02" and meloni["last"] == "2026-05-08"
    assert main(["quotes", "alliance", "--speaker", "Meloni", "--since", "2026-04", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["text"], h["person"], h["briefing"]) for h in hits] == [
        ("Italy wants to join the chip alliance.", "Giorgia Meloni", "Seoul Chip Forum")
    ]
    assert main(["quotes", "x", "--since", "soon"]) == 2
    assert "since" in capsys.readouterr().err


def test_the_grouping_is_kept_until_documents_or_choices_change(
    library: Path, tmp_path: Path
) -> None:
    with QuoteBook(tmp_path / "q.sqlite3") as book:
        book.sync(_paths(library))
        first = book.people()
        meloni = next(s for s in first.speakers if s.name == "Giorgia Meloni")
        assert meloni.quotes == 3
        kept = book.people()
        assert kept.said_by == {}, "read back from the book, not merged again"
        assert kept.speakers == first.speakers
        assert {r.person for r in book.quotes(persons=[meloni.key])} == {meloni.key}
        assert len(book.quotes(persons=[meloni.key])) == 3
        apart = book.people({"Meloni"})
        assert sorted((s.name, s.quotes) for s in apart.speakers if "Meloni" in s.name) == [
            ("Giorgia Meloni", 2),
            ("Meloni", 1),
        ]
        (library / "a.txt").unlink()
        book.sync(_paths(library))
        again = book.people({"Meloni"})
        assert [s.name for s in again.speakers if "Meloni" in s.name] == ["Meloni"]


def test_a_book_per_library_keeps_to_its_own_files(library: Path, tmp_path: Path) -> None:
    one = QuoteBook.default([library])
    other = QuoteBook.default([library / "a.txt"])
    assert one.path != other.path
    with one:
        one.sync(_paths(library))
        one.sync([str(library / "c.txt")])
        assert {r.title for r in one.quotes()} == {"Café Diplomacy in Paris"}
