"""The Extractor on whole documents: the worked examples and the seed, fed paragraph by paragraph."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tui.core.extract import Extractor

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_COMMENTS = re.compile(r"^(?:\d+ Comments?|Comments(?: \(\d+\))?|## Comments)$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*•]|\d+\.)\s+")
_SPACE = re.compile(r"\s+")


def _is_heading(line: str, following: str | None) -> bool:
    """A short line without closing punctuation, followed by text (the SPEC's heading rule)."""
    return (
        following is not None
        and len(line) < 70
        and not line.endswith((".", "!", "?", ":", '"', "'", "”", "’"))
        and not _BULLET.match(line)
    )


def _feed_text(path: Path) -> Extractor:
    """Feed a plain-text or Markdown document the way the structure parser does."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0] == "+++":
        lines = lines[lines.index("+++", 1) + 1 :]
    lines = [ln.strip() for ln in lines if ln.strip()]
    ex = Extractor()
    for i, line in enumerate(lines[1:], 1):
        if _COMMENTS.match(line):
            break
        following = lines[i + 1] if i + 1 < len(lines) else None
        if line.startswith("#") or (path.suffix == ".txt" and _is_heading(line, following)):
            continue
        if line.startswith("—"):
            continue
        if line.startswith(">"):
            speaker, _, role = (following or "").lstrip("— ").partition(", ")
            ex.feed_block_quote(line.lstrip("> "), speaker or None, role or None)
            continue
        ex.feed(_BULLET.sub("", line))
    return ex


def _feed_toml(path: Path) -> Extractor:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ex = Extractor()
    for section in data.get("sections", []):
        for paragraph in section.get("paragraphs", []):
            ex.feed(paragraph)
    for area in data.get("areas", []):
        ex.feed(area["text"])
    return ex


CASES = sorted(
    p
    for folder in ("examples", "seed")
    for p in (FIXTURES / folder).iterdir()
    if p.suffix in (".txt", ".md", ".toml") and p.with_name(p.stem + ".expected.json").exists()
)


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))


def _norm(text: str | None) -> str | None:
    return None if text is None else _SPACE.sub(" ", text).strip()


@pytest.fixture(params=CASES, ids=lambda p: p.name)
def document(request: pytest.FixtureRequest) -> tuple[Extractor, dict[str, Any]]:
    path: Path = request.param
    ex = _feed_toml(path) if path.suffix == ".toml" else _feed_text(path)
    return ex, _expected(path)


def test_quotes_speakers_and_roles(document: tuple[Extractor, dict[str, Any]]) -> None:
    ex, expected = document
    got = [(_norm(q.text), q.speaker, q.role) for q in ex.quotes]
    want = [(_norm(q["text"]), q["speaker"], q["role"]) for q in expected["quotes"]]
    assert got == want


def test_facts_include(document: tuple[Extractor, dict[str, Any]]) -> None:
    ex, expected = document
    texts = [f.text for f in ex.facts]
    for wanted in expected["facts_include"]:
        assert any(wanted in t for t in texts), (wanted, texts)


def test_quote_context_is_its_sentence(document: tuple[Extractor, dict[str, Any]]) -> None:
    ex, _ = document
    for q in ex.quotes:
        assert q.text in q.context


def test_people_cover_every_speaker_once(document: tuple[Extractor, dict[str, Any]]) -> None:
    ex, _ = document
    names = [p.name for p in ex.people]
    assert len(names) == len(set(names))
    for q in ex.quotes:
        if q.speaker:
            assert q.speaker in names


def test_seed_people_and_facts() -> None:
    ex = _feed_text(FIXTURES / "seed" / "korea-italy-summit.txt")
    assert [(p.name, p.role) for p in ex.people] == [
        ("Lee Jae Myung", "President"),
        ("Giorgia Meloni", "Prime Minister"),
    ]
    facts = {(f.kind, f.text) for f in ex.facts}
    assert {
        ("money", "$12.6 billion"),
        ("money", "$8.08 billion"),
        ("period", "2026-2030"),
        ("date", "November 2023"),
    } <= facts
    # bare years (2024, 2012, the 2026 Games) are not facts
    assert not any(f.text in ("2024", "2012", "2026") for f in ex.facts)
    money = next(f for f in ex.facts if f.text == "$12.6 billion")
    assert "in 2024" in money.context


def test_seed_quote_in_area_bullet_is_attributed() -> None:
    ex = _feed_text(FIXTURES / "seed" / "korea-italy-summit.txt")
    risk = next(q for q in ex.quotes if q.text.startswith("an extremely serious risk"))
    assert risk.speaker == "Giorgia Meloni"
    assert risk.context.startswith("This collaboration is seen as crucial")


def test_quote_ids_survive_unrelated_edits() -> None:
    paragraphs = [
        "President Lee Jae Myung said the plan would 'open a new era for both nations.'",
        "Prime Minister Giorgia Meloni called it 'a partnership built to last decades.'",
    ]
    first, second = Extractor(), Extractor()
    for p in paragraphs:
        first.feed(p)
    second.feed("An unrelated opening paragraph about the weather in Seoul.")
    for p in paragraphs:
        second.feed(p)
    assert [q.id for q in first.quotes] == [q.id for q in second.quotes]
    assert len({q.id for q in first.quotes}) == 2
