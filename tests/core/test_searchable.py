"""One definition of searchable text: what ``/`` finds in an open briefing, the library finds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tui.core.library import Index, discover, scan, search
from tui.core.load import load_briefing, load_entries, spec_for
from tui.core.searchable import searchable

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "briefings").iterdir())
UI_FIXTURES = sorted(
    p for p in (REPO / "tests" / "fixtures" / "ui").iterdir() if "broken" not in p.name
)
WORD = re.compile(r"\w+")


def pane_words(path: Path | str) -> set[str]:
    """Every word the reader's ``/`` can find in the open briefing (a full parse)."""
    s = searchable(load_briefing(path))
    parts = (s.title, *s.summary, *s.areas, *s.quotes, *s.comments)
    return {w.casefold() for part in parts for w in WORD.findall(part)}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Index]:
    """The bundled samples and the UI fixtures, indexed as the app indexes them."""
    folder = tmp_path_factory.mktemp("library")
    for path in [*SAMPLES, *UI_FIXTURES]:
        shutil.copy(path, folder / path.name)
    index = Index(tmp_path_factory.mktemp("cache") / "index.db")
    for _ in scan(discover([folder]), index=index):
        pass
    return folder, index


@pytest.mark.parametrize("path", [*SAMPLES, *UI_FIXTURES], ids=lambda p: p.name)
def test_every_word_found_in_a_briefing_is_found_in_the_library(
    path: Path, library: tuple[Path, Index]
) -> None:
    folder, index = library
    # a feed holds several briefings: each entry is its own row of the library
    count = len(load_entries(path, head=True)) if spec_for(path).multi else 0
    pairs = [(f"{path}#{n}", f"{folder / path.name}#{n}") for n in range(1, count + 1)]
    for opened, target in pairs or [(str(path), str(folder / path.name))]:
        missing = sorted(
            word
            for word in pane_words(opened)
            if target not in {h.path for h in search(word, limit=100, index=index)}
        )
        assert missing == [], opened


def test_a_comment_author_of_a_sample_is_found_library_wide(
    library: tuple[Path, Index],
) -> None:
    _folder, index = library
    doc = load_briefing(REPO / "briefings" / "korea-italy-summit.txt")
    assert doc.comments
    for comment in doc.comments:
        hits = {Path(h.path).name for h in search(comment.author, index=index)}
        assert "korea-italy-summit.txt" in hits, comment.author
