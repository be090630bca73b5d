"""PDF reports: text by page without running headers, footers and page numbers."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tui.core.errors import BriefingError
from tui.core.load import load_briefing

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "briefings" / "danube-river-ports-brief.pdf"


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_sample_pdf", REPO / "scripts" / "make_sample_pdf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_pdf_reads_like_a_briefing() -> None:
    doc = load_briefing(SAMPLE)
    assert doc.format == "pdf"
    assert doc.title == "Austria and Romania Plan a Shared Danube Ports Corridor"
    assert doc.place == "Vienna, Austria"
    assert doc.date is not None and doc.date.isoformat() == "2026-04-21"
    assert [(q.speaker, q.role) for q in doc.quotes] == [
        ("Lukas Brandstetter", "Chancellor"),
        ("Ioana Dumitrescu", "Prime Minister"),
    ]
    assert [a.name for a in doc.areas] == ["Dredging", "Rail Links", "Customs"]
    text = "\n".join(p for s in doc.sections for p in s.paragraphs)
    assert "infrastructure along the river" in text  # "infra-" / "structure" joined
    assert "Policy Brief No. 7" not in text and "Page 1 of 2" not in text
    reactions = next(s for s in doc.sections if s.heading == "Reactions in Bucharest and Vienna")
    # two paragraphs, told apart by the wider gap between them (the text has no blank line)
    assert [p.split()[0] for p in reactions.paragraphs] == ["Romanian", "Shipping"]


def test_sample_is_what_the_script_writes(tmp_path: Path) -> None:
    maker = _maker()
    out = tmp_path / "again.pdf"
    maker.build_pdf(out, maker.PAGES, title=maker.TITLE)
    assert out.read_bytes() == SAMPLE.read_bytes()


def test_title_falls_back_to_the_first_line(tmp_path: Path) -> None:
    maker = _maker()
    out = tmp_path / "untitled.pdf"
    pages = [
        ["Chile and Peru Share Glacier Data", "", "Lima, Peru - Both agreed today on it."],
        ["The data will be public from next year.", "Scientists welcomed the plan."],
    ]
    maker.build_pdf(out, pages, title="Microsoft Word - draft3.docx")
    doc = load_briefing(out)
    assert doc.title == "Chile and Peru Share Glacier Data"
    assert doc.place == "Lima, Peru"


def test_pdf_without_text_layer_is_one_line(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # what a scan is to a text reader
    out = tmp_path / "scan.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(BriefingError) as info:
        load_briefing(out)
    assert str(info.value) == (
        f"{out}: PDF without a text layer (a scan?); briefing reads text, not images"
    )


def test_encrypted_pdf_is_one_line(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(SAMPLE))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = tmp_path / "locked.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(BriefingError) as info:
        load_briefing(out)
    assert str(info.value) == f"{out}: encrypted PDF; it needs a password to be read"


def test_pdf_locked_only_against_editing_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(SAMPLE))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = tmp_path / "no-edit.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    assert load_briefing(out).title == "Austria and Romania Plan a Shared Danube Ports Corridor"


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", b"%PDF-1.7\n" + bytes(range(256)) * 4])
def test_damaged_pdf_is_one_line(tmp_path: Path, data: bytes) -> None:
    out = tmp_path / "damaged.pdf"
    out.write_bytes(data)
    with pytest.raises(BriefingError) as info:
        load_briefing(out)
    assert "\n" not in str(info.value) and str(info.value).startswith(str(out))
