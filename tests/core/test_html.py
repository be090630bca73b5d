"""Web pages: the article, its metadata and its comments, read like a plain-text briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.load import document_head, load_briefing
from tui.core.serialize import to_dict

SAMPLE = Path(__file__).resolve().parents[2] / "briefings" / "portugal-senegal-fisheries-wind.html"


def _page(body: str, head: str = "<title>Untitled page</title>") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def test_sample_page_reads_like_a_briefing() -> None:
    doc = load_briefing(SAMPLE)
    assert doc.format == "html"
    assert doc.title == "Portugal and Senegal Sign Fisheries and Offshore Wind Pact"
    assert doc.place == "Lisbon, Portugal"
    assert doc.date is not None and doc.date.isoformat() == "2026-03-11"
    assert doc.url == "https://ledger.example.org/2026/03/portugal-senegal-fisheries-wind"
    assert doc.summary.startswith("Portugal and Senegal signed a six-year agreement")
    assert [a.name for a in doc.areas] == ["Fisheries Patrols", "Offshore Wind", "Port Training"]
    assert doc.areas[0].short == "FP"
    assert [s.heading for s in doc.sections] == [
        None,
        "Areas of cooperation",
        "What the leaders said",
    ]
    said = [(q.text.split()[0], q.speaker, q.role) for q in doc.quotes]
    assert said == [
        ("turn", "Duarte Meireles", "Prime Minister"),
        ("no", "Aminata Sarr Diouf", "President"),
        ("We", "Aminata Sarr Diouf", "President of Senegal"),
    ]
    assert [c.author for c in doc.comments] == ["Mamadou F.", "ana_rocha", "Tiago Bettencourt"]
    assert doc.comment_count_declared == 3
    assert doc.warnings == ()
    # menus and the footer are not text of the briefing
    body = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "Subscribe" not in body and "All rights reserved" not in body
    assert {f.text for f in doc.facts} >= {"€140 million", "€18 million"}


def test_page_metadata_wins_for_title_and_date(tmp_path: Path) -> None:
    text = " ".join(["The two delegations met for a long afternoon of talks."] * 4)
    page = _page(
        "<article><h1>A Headline Inside the Body</h1>"
        "<p>Quito, Ecuador – On Monday, June 1, 2026, Ecuador and Chile agreed to pool"
        f" research ships, officials said. {text}</p><p>{text}</p></article>",
        head="<title>Ecuador and Chile Pool Research Ships</title>"
        "<meta property='og:title' content='Ecuador and Chile Pool Research Ships'>"
        "<meta property='article:published_time' content='2026-06-03'>",
    )
    path = tmp_path / "ships.htm"
    path.write_text(page, encoding="utf-8")
    doc = load_briefing(path)
    assert doc.title == "Ecuador and Chile Pool Research Ships"
    assert doc.date is not None and doc.date.isoformat() == "2026-06-03"
    assert doc.place == "Quito, Ecuador"
    assert doc.url is None


def test_page_without_article_text_opens_with_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(_page("<nav><a href='/'>Home</a></nav>", "<title>Only a Menu</title>"))
    doc = load_briefing(path)
    assert doc.title == "Only a Menu"
    assert "no article text found in the page" in doc.warnings
    assert doc.quotes == () and doc.summary == ""


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Unclosed <b>bold <i>and <p>nested",
        "<<<>>>&&&;;<html<body",
        "<html><head><title>T</title></head><body><script>var a = '<p>';</script></body>",
        "<?xml version='1.0'?><html><body><p>" + "x" * 5000,
    ],
)
def test_malformed_html_opens_without_a_traceback(tmp_path: Path, html: str) -> None:
    path = tmp_path / "bad.html"
    path.write_text(html, encoding="utf-8")
    try:
        doc = load_briefing(path)
    except BriefingError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
    else:
        assert doc.title


def test_quick_scan_reads_only_the_head() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    head = document_head(text, "html")
    assert "</head>" in head and "<article>" not in head
    quick = load_briefing(SAMPLE, head=True)
    full = load_briefing(SAMPLE)
    assert (quick.title, quick.date, quick.url) == (full.title, full.date, full.url)


def test_other_formats_gain_a_null_url(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A Title\n\nSome text.\n", encoding="utf-8")
    data = to_dict(load_briefing(path))
    assert data["url"] is None and list(data)[2:4] == ["source", "url"]


def test_mhtml_page_saved_by_a_browser(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Snapshot-Content-Location"] = "https://ledger.example.org/fisheries"
    msg["Subject"] = "Portugal and Senegal Sign Fisheries and Offshore Wind Pact"
    msg.set_content(
        SAMPLE.read_text(encoding="utf-8").replace('<link rel="canonical"', "<x"), subtype="html"
    )
    path = tmp_path / "saved.mhtml"
    path.write_bytes(bytes(msg))
    doc = load_briefing(path)
    assert doc.format == "html" and doc.place == "Lisbon, Portugal"
    assert doc.url == "https://ledger.example.org/fisheries"
    assert [c.author for c in doc.comments] == ["Mamadou F.", "ana_rocha", "Tiago Bettencourt"]
