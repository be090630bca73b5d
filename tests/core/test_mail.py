"""E-mail: a newsletter message (.eml) and a mailbox of messages (.mbox)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.load import load_briefing, load_entries

SAMPLE = Path(__file__).resolve().parents[2] / "briefings" / "nordic-baltic-grid-newsletter.eml"

PLAIN = """\
View this email in your browser

Accra, Ghana – Ghana and Togo agreed on Tuesday, April 7, 2026, to run a shared customs \
post at Aflao, cutting border waits for traders.

Ghanaian Trade Minister Kojo Asante said the post would "let a trader cross before lunch, \
not after dinner." He said queues had reached nine hours.

Unsubscribe from this list
--
Sent by the Coastal Trade Desk
Reply to this address to reach the editors.
"""


def _message(body: str | None = PLAIN, html: str | None = None, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.get("sender", "Coastal Trade Desk <desk@trade.example.org>")
    msg["Subject"] = headers.get("subject", "Fwd: Ghana and Togo Open a Shared Customs Post")
    msg["Date"] = headers.get("date", "Wed, 08 Apr 2026 06:00:00 +0000")
    if "message_id" in headers:
        msg["Message-ID"] = headers["message_id"]
    if body is not None:
        msg.set_content(body)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg


def test_newsletter_sample_reads_its_html_part() -> None:
    doc = load_briefing(SAMPLE)
    assert doc.format == "email"
    assert doc.title == "Weekly Brief: Nordic and Baltic States Link Grids Under the Sea"
    assert doc.date is not None and doc.date.isoformat() == "2026-05-14"
    assert doc.place == "Tallinn, Estonia"
    assert doc.summary.startswith("Energy ministers from Finland, Estonia, Latvia and Sweden")
    assert [a.name for a in doc.areas] == ["Subsea Cables", "Cable Protection", "Storage"]
    assert [(q.speaker, q.role) for q in doc.quotes] == [
        ("Kaur Lepik", "Minister of Climate"),
        ("Helena Virtanen", "Minister of Economic Affairs"),
    ]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "browser" not in text and "Unsubscribe" not in text and "©" not in text
    assert doc.body.startswith("From: Baltic Energy Watch <newsletter@energywatch.example.net>")


def test_plain_text_message_drops_wrapping_and_signature(tmp_path: Path) -> None:
    path = tmp_path / "customs.eml"
    path.write_bytes(bytes(_message()))
    doc = load_briefing(path)
    assert doc.title == "Ghana and Togo Open a Shared Customs Post"
    assert doc.date is not None and doc.date.isoformat() == "2026-04-08"
    assert doc.place == "Accra, Ghana"
    assert doc.summary.startswith("Ghana and Togo agreed on Tuesday")
    assert [(q.speaker, q.role) for q in doc.quotes] == [("Kojo Asante", "Trade Minister")]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "Unsubscribe" not in text and "editors" not in text and "browser" not in text


def test_message_id_is_the_id_so_a_new_subject_keeps_bookmarks(tmp_path: Path) -> None:
    a, b = tmp_path / "a.eml", tmp_path / "b.eml"
    a.write_bytes(bytes(_message(message_id="<x1@trade.example.org>")))
    b.write_bytes(bytes(_message(message_id="<x1@trade.example.org>", subject="Corrected")))
    assert load_briefing(a).id == load_briefing(b).id


def test_attachments_are_named_not_read(tmp_path: Path) -> None:
    msg = _message()
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="a.pdf")
    path = tmp_path / "with-attachment.eml"
    path.write_bytes(bytes(msg))
    doc = load_briefing(path)
    assert doc.quotes and "attachments not read: a.pdf" in doc.warnings


def test_message_with_no_text_part_is_one_line(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Scan"
    msg.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename="scan.png")
    path = tmp_path / "only-image.eml"
    path.write_bytes(bytes(msg))
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    assert str(info.value) == f"{path}: no text part in this e-mail (only attachments: scan.png)"


def test_mbox_holds_one_briefing_per_message(tmp_path: Path) -> None:
    first = _message(message_id="<m1@trade.example.org>")
    second = _message(
        body="Lomé, Togo – Togo's port will open a night shift, officials said.\n",
        subject="Togo Port Adds a Night Shift",
        date="Thu, 09 Apr 2026 06:00:00 +0000",
        message_id="<m2@trade.example.org>",
    )
    path = tmp_path / "desk.mbox"
    path.write_bytes(
        b"From desk@trade.example.org Wed Apr  8 06:00:00 2026\n"
        + bytes(first)
        + b"\nFrom desk@trade.example.org Thu Apr  9 06:00:00 2026\n"
        + bytes(second)
    )
    docs = load_entries(path)
    assert [d.title for d in docs] == [
        "Ghana and Togo Open a Shared Customs Post",
        "Togo Port Adds a Night Shift",
    ]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#2"]
    assert len({d.id for d in docs}) == 2
    assert load_briefing(f"{path}#2").place == "Lomé, Togo"
    with pytest.raises(BriefingError, match="no message 3"):
        load_briefing(f"{path}#3")


def test_a_text_file_named_mbox_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.mbox"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="not an mbox mailbox"):
        load_entries(path)


def test_latin1_declared_text_reads_its_dashes_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "latin.eml"
    path.write_bytes(
        b"From: desk@trade.example.org\nSubject: Port Deal\n"
        b"Content-Type: text/plain; charset=iso-8859-1\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"S=E3o Paulo, Brazil =96 Brazil signed a port deal on Monday, June 1, 2026.=\n"
        b" Minister Rui Costa said it was =93a good day=94.\n"
    )
    doc = load_briefing(path)
    assert doc.place == "São Paulo, Brazil"
    assert [(q.text, q.speaker) for q in doc.quotes] == [("a good day", "Rui Costa")]
