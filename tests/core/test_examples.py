"""The worked examples and the seed: each parses to what a careful human reads in it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tui.core.load import format_for, parse_source
from tui.core.model import Briefing

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(
    p
    for folder in ("examples", "seed")
    for p in (FIXTURES / folder).iterdir()
    if p.suffix in (".txt", ".md", ".toml") and p.with_name(p.stem + ".expected.json").exists()
)
FIELDS = (
    "title",
    "place",
    "date",
    "summary_starts",
    "areas",
    "comments",
    "comment_count_declared",
    "quotes",
    "facts_include",
)
_SPACE = re.compile(r"\s+")


def _ws(value: Any) -> Any:
    """Collapse whitespace in every string, as the examples README says to compare."""
    if isinstance(value, str):
        return _SPACE.sub(" ", value).strip()
    if isinstance(value, list):
        return [_ws(v) for v in value]
    if isinstance(value, dict):
        return {k: _ws(v) for k, v in value.items()}
    return value


def _parse(path: Path) -> Briefing:
    text = path.read_text(encoding="utf-8")
    return parse_source(text, origin=path.name, fmt=format_for(path))


def _actual(doc: Briefing, field: str) -> Any:
    if field == "date":
        return doc.date.isoformat() if doc.date else None
    if field == "summary_starts":
        return doc.summary
    if field == "areas":
        return [{"name": a.name, "short": a.short} for a in doc.areas]
    if field == "comments":
        return [{"author": c.author, "text": c.text} for c in doc.comments]
    if field == "quotes":
        return [{"text": q.text, "speaker": q.speaker, "role": q.role} for q in doc.quotes]
    if field == "facts_include":
        return [f.text for f in doc.facts]
    return getattr(doc, field)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_example_field(path: Path, field: str) -> None:
    expected = _ws(json.loads(path.with_name(path.stem + ".expected.json").read_text())[field])
    actual = _ws(_actual(_parse(path), field))
    if field == "summary_starts":
        assert actual.startswith(expected), actual[:120]
    elif field == "facts_include":
        missing = [want for want in expected if not any(want in got for got in actual)]
        assert not missing, f"facts missing {missing}; found {actual}"
    else:
        assert actual == expected


def test_all_examples_are_covered() -> None:
    assert {p.suffix for p in CASES} == {".txt", ".md", ".toml"}
    assert len(CASES) == 5


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_examples_parse_without_warnings(path: Path) -> None:
    assert _parse(path).warnings == ()


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_summary_is_the_first_section(path: Path) -> None:
    doc = _parse(path)
    lead = doc.sections[0]
    assert lead.heading is None
    first_words = doc.summary.split()[:6]
    assert " ".join(first_words) in lead.paragraphs[0]


def test_seed_sections() -> None:
    doc = _parse(FIXTURES / "seed" / "korea-italy-summit.txt")
    assert [s.heading for s in doc.sections] == [
        None,
        "Key Areas of Expanded Cooperation",
        "Strategic Alignment and Future Outlook",
    ]
    assert [len(s.paragraphs) for s in doc.sections] == [2, 6, 2]
    # the lead is both paragraphs before the first heading, without the dateline
    assert doc.summary.startswith("South Korea and Italy have agreed")
    assert doc.summary.endswith("based on each side's strengths.'")
    assert "Seoul, South Korea –" not in doc.summary
    assert "5 Comments" not in doc.sections[-1].paragraphs[-1]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_cli_parse_json(path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tui", "parse", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
    assert data["title"] == expected["title"]
    assert data["place"] == expected["place"]
    assert data["date"] == expected["date"]
    assert [a["name"] for a in data["areas"]] == [a["name"] for a in expected["areas"]]
    assert len(data["comments"]) == len(expected["comments"])


def _seed_rewrapped(style: str) -> str:
    import textwrap

    lines = (FIXTURES / "seed" / "korea-italy-summit.txt").read_text().split("\n")
    if style == "blank-separated":
        return "\n\n".join(textwrap.fill(line, 72) for line in lines)
    if style == "no-blank-lines":
        return "\n".join(textwrap.fill(line, 72) for line in lines)
    if style == "double-spaced":
        return "\n\n".join(lines)
    if style == "crlf-trailing-space":
        return "\r\n".join(f"{line} \t" for line in lines)
    body = lines[:14]
    wrapped = [
        textwrap.fill(line, 66, subsequent_indent="  " if line.startswith("- ") else "")
        for line in body
    ]
    return "\n\n".join(wrapped) + "\n\n" + "\n".join(lines[14:])


@pytest.mark.parametrize(
    "style",
    [
        "blank-separated",
        "no-blank-lines",
        "indented-bullets",
        "double-spaced",
        "crlf-trailing-space",
    ],
)
def test_seed_hard_wrapped_reads_the_same(style: str) -> None:
    from tui.core.parse import parse_text

    seed = _parse(FIXTURES / "seed" / "korea-italy-summit.txt")
    doc = parse_text(_seed_rewrapped(style), origin="seed.txt")
    assert (doc.title, doc.place, doc.date) == (seed.title, seed.place, seed.date)
    assert doc.summary == seed.summary
    assert [s.heading for s in doc.sections] == [s.heading for s in seed.sections]
    assert doc.sections[1].paragraphs == seed.sections[1].paragraphs
    assert doc.areas == seed.areas
    assert doc.comments == seed.comments
    assert doc.comment_count_declared == 5


def test_seed_saved_as_markdown_reads_the_same() -> None:
    from tui.core.parse import parse_markdown

    path = FIXTURES / "seed" / "korea-italy-summit.txt"
    seed = _parse(path)
    doc = parse_markdown(path.read_text(), origin="seed.md")
    assert (doc.title, doc.place, doc.date, doc.summary) == (
        seed.title,
        seed.place,
        seed.date,
        seed.summary,
    )
    assert doc.sections == seed.sections
    assert (doc.areas, doc.comments, doc.comment_count_declared) == (
        seed.areas,
        seed.comments,
        seed.comment_count_declared,
    )
