"""The light parse used by the library index: no quotes, facts or people, all else the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import BriefingError
from tui.core.load import load_briefing

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    p
    for folder in (ROOT / "tests" / "fixtures", ROOT / "briefings")
    for p in folder.rglob("*")
    if p.is_file() and p.suffix.lower() in {".txt", ".md", ".markdown", ".toml", ".json"}
)


def test_there_are_documents_to_compare() -> None:
    assert len(DOCUMENTS) >= 20
    assert {p.suffix for p in DOCUMENTS} >= {".txt", ".md", ".json", ".toml"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_light_parse_keeps_everything_but_extraction(path: Path) -> None:
    try:
        full = load_briefing(path)
    except BriefingError as exc:
        with pytest.raises(BriefingError) as light_exc:
            load_briefing(path, extract=False)
        assert light_exc.value.message == exc.message
        return
    light = load_briefing(path, extract=False)
    for field in ("title", "place", "date", "id", "summary", "sections", "areas", "comments"):
        assert getattr(light, field) == getattr(full, field), field
    assert (light.format, light.tags, light.body, light.warnings) == (
        full.format,
        full.tags,
        full.body,
        full.warnings,
    )
    if full.format in ("text", "markdown"):
        assert light.quotes == light.facts == light.people == ()


def test_light_parse_of_a_quoted_text_skips_quotes(tmp_path: Path) -> None:
    doc = tmp_path / "talks.txt"
    doc.write_text(
        "Talks Resume in Oslo\n\nOslo, Norway – Talks resumed on Monday.\n\n"
        '"We are close to a deal," said Foreign Minister Ana Lopes.\n',
        encoding="utf-8",
    )
    full = load_briefing(doc)
    light = load_briefing(doc, extract=False)
    assert full.quotes and full.people
    assert light.quotes == () and light.people == ()
    assert (light.title, light.place, light.id) == (full.title, full.place, full.id)
