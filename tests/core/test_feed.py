"""Feeds: one briefing per entry, in the parser, the loader and the library index."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.library import Index, discover, scan
from tui.core.load import load_briefing, load_entries

SAMPLE = Path(__file__).resolve().parents[2] / "briefings" / "pacific-desk-weekly.rss"


def _rss(*items: tuple[str, str, str]) -> str:
    """An RSS feed of ``(guid, title, description)`` items."""
    body = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid>"
        f"<link>https://news.example.org/{guid}</link>"
        f"<pubDate>Mon, 0{n} Jun 2026 10:00:00 +0000</pubDate>"
        f"<description>{text}</description></item>"
        for n, (guid, title, text) in enumerate(items, 1)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{body}</channel></rss>"
    )


def _atom() -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Desk</title><id>urn:desk</id><updated>2026-06-02T00:00:00Z</updated>"
        "<entry><title>Peru and Bolivia Share Lake Data</title><id>urn:desk:1</id>"
        "<link href='https://desk.example.org/1'/><updated>2026-06-02T08:00:00Z</updated>"
        "<content type='html'>&lt;p&gt;Puno, Peru – Peru and Bolivia will share water-level"
        " data from Lake Titicaca. Peruvian Environment Minister Rosa Quispe said the data"
        " would &quot;end the guessing on both shores.&quot;&lt;/p&gt;</content></entry></feed>"
    )


def test_sample_feed_has_three_briefings_with_quotes_and_speakers() -> None:
    docs = load_entries(SAMPLE)
    assert [d.title for d in docs] == [
        "Fiji and New Zealand Agree on Cyclone Early-Warning Network",
        "Samoa and Japan Open a Fisheries Cold-Storage Hub in Apia",
        "Tonga and Australia Renew Maritime Patrol Pact",
    ]
    assert [d.date.isoformat() for d in docs if d.date] == [
        "2026-02-14",
        "2026-02-21",
        "2026-02-28",
    ]
    assert [d.place for d in docs] == ["Suva, Fiji", "Apia, Samoa", "Nuku'alofa, Tonga"]
    assert (
        docs[0].url == "https://pacificdesk.example.org/2026/02/fiji-new-zealand-cyclone-warnings"
    )
    assert [(q.speaker, q.role) for q in docs[0].quotes] == [
        ("Semi Koroi", "Prime Minister"),
        ("Clara Whitmore", "Foreign Minister"),
    ]
    assert [a.name for a in docs[0].areas] == ["Weather Radar", "Community Alerts", "Training"]
    assert [(q.speaker, q.role) for q in docs[1].quotes] == [("Lagi Tuilagi", "Fisheries Minister")]
    assert [(q.speaker, q.role) for q in docs[2].quotes] == [("Viliami Fifita", "Defence Minister")]
    assert len({d.id for d in docs}) == 3
    assert all(d.format == "feed" for d in docs)


def test_an_entry_opens_alone_and_keeps_its_id() -> None:
    whole = load_entries(SAMPLE)
    second = load_briefing(f"{SAMPLE}#2")
    assert second == whole[1]
    assert second.source == f"{SAMPLE}#2"


def test_entry_id_comes_from_the_guid_so_edits_keep_bookmarks(tmp_path: Path) -> None:
    path = tmp_path / "desk.rss"
    path.write_text(_rss(("g1", "Old Title", "Some text here.")), encoding="utf-8")
    before = load_entries(path)[0].id
    path.write_text(_rss(("g0", "New One", "x."), ("g1", "Corrected Title", "Other.")))
    assert load_entries(path)[1].id == before


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "desk.atom"
    path.write_text(_atom(), encoding="utf-8")
    (doc,) = load_entries(path)
    assert doc.title == "Peru and Bolivia Share Lake Data"
    assert doc.place == "Puno, Peru" and doc.url == "https://desk.example.org/1"
    assert [(q.speaker, q.role) for q in doc.quotes] == [("Rosa Quispe", "Environment Minister")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.rss", "<<< this is not XML >>>", "invalid XML"),
        ("notes.xml", "<?xml version='1.0'?><notes><note>hi</note></notes>", "not a feed"),
        ("empty.rss", "<rss version='2.0'><channel><title>T</title></channel></rss>", "no entries"),
    ],
)
def test_bad_feeds_are_one_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefingError) as info:
        load_entries(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(str(path))


def test_library_lists_each_entry_and_forgets_removed_ones(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    feed = folder / "desk.rss"
    feed.write_text(_rss(("a", "First Story", "One."), ("b", "Second Story", "Two.")))
    (folder / "note.txt").write_text("A Note\n\nText.\n", encoding="utf-8")
    index = Index(tmp_path / "index.sqlite3")
    rows = list(scan(discover([folder]), index=index))
    assert sorted(e.path for e in rows) == [f"{feed}#1", f"{feed}#2", str(folder / "note.txt")]
    assert {e.title for e in rows} >= {"First Story", "Second Story"}
    assert len({e.id for e in rows}) == 3
    # unchanged: answered from the index, the same rows
    again = list(scan(discover([folder]), index=index))
    assert again == rows
    # the feed loses an entry: its row goes, from the list and from the index
    feed.write_text(_rss(("b", "Second Story", "Two.")))
    after = list(scan(discover([folder]), index=index))
    assert sorted(e.title for e in after) == ["A Note", "Second Story"]
    assert sorted(e.path for e in index.entries()) == [f"{feed}#1", str(folder / "note.txt")]
    # search finds an entry by its words
    assert [h.path for h in index.search("second")] == [f"{feed}#1"]


def test_quick_scan_lists_entries_from_the_feed_alone(tmp_path: Path) -> None:
    index = Index(tmp_path / "index.sqlite3")
    rows = index.scan([SAMPLE], quick=True)
    titles = [e.title for e in rows]
    assert titles[0] == "Fiji and New Zealand Agree on Cyclone Early-Warning Network"
    assert len(titles) == 3


def test_a_cut_off_feed_keeps_what_it_holds_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(_rss(("a", "Whole Story", "Text."))[:-40], encoding="utf-8")
    (doc,) = load_entries(path)
    assert doc.title == "Whole Story"
    assert any("not well-formed XML" in w for w in doc.warnings)


def test_an_unreadable_feed_is_one_error_row(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<<< this is not XML >>>", encoding="utf-8")
    (row,) = list(scan([path], index=Index(None)))
    assert row.path == str(path) and row.error and "invalid XML" in row.error


def test_helper_processes_digest_a_feed_as_this_process_does() -> None:
    from tui.core.library.digest import digest_entries
    from tui.core.library.pool import parse_many

    paths = [str(SAMPLE), str(SAMPLE.with_name("korea-italy-summit.txt"))]
    pooled = list(parse_many(paths, 2, lambda p, h: pytest.fail("fell back to this process")))
    assert pooled == [digest_entries(p) for p in paths]
    assert [loc for loc, _ in pooled[0]] == [f"{SAMPLE}#{n}" for n in (1, 2, 3)]


def test_entry_without_title_and_html_title(tmp_path: Path) -> None:
    path = tmp_path / "odd.atom"
    path.write_text(
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
        "<entry><id>urn:1</id><title type='html'>A &amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; Move"
        "</title><summary>Short.</summary></entry>"
        "<entry><id>urn:2</id><summary>Only a line of text here.</summary></entry></feed>",
        encoding="utf-8",
    )
    first, second = load_entries(path)
    assert first.title == "A Bold Move"
    assert second.title == "Only a line of text here."
