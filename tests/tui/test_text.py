"""Document text is data: escape sequences and control characters are stripped."""

from __future__ import annotations

import pytest

from tui.widgets.text import clean, highlight, safe


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("a\x1b]8;;http://e\x07link\x1b]8;;\x07b", "alinkb"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("c1 \x9b31m", "c1 31m"),
        ("[bold]x[/bold]", "[bold]x[/bold]"),
        ("keeps\nnew lines\tand tabs", "keeps\nnew lines\tand tabs"),
        ("Séoul 부산", "Séoul 부산"),
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_safe_is_literal_and_highlight_marks_matches() -> None:
    text = safe("[link=http://e]y[/link] Reservoir reservoir")
    assert text.plain == "[link=http://e]y[/link] Reservoir reservoir"
    highlight(text, "RESERVOIR")
    assert [(s.start, s.end) for s in text.spans] == [(24, 33), (34, 43)]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("abc \u202eevil\u202c.txt", "abc evil.txt"),  # right-to-left override
        ("\u2066isolated\u2069 \u200fmark", "isolated mark"),
        ("zero\u200bwidth\u2060joiners\ufeff", "zerowidthjoiners"),
        ("family 👨\u200d👩\u200d👧", "family 👨👩👧"),
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian needs its zero-width non-joiner
    ],
)
def test_clean_neutralises_bidi_and_zero_width_characters(raw: str, shown: str) -> None:
    assert clean(raw) == shown


async def test_line_breaks_in_a_title_never_break_a_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from tests.tui.conftest import settle
    from tui.app import make_app
    from tui.widgets.library_list import LibraryView

    doc = {
        "title": "First line\nSecond line\tafter a tab \u202eesrever",
        "place": "Oslo\nNorway",
        "date": "2026-02-01",
        "summary": "A lead.",
    }
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "odd.json").write_text(json.dumps(doc), encoding="utf-8")
    app = make_app(config_dir=tmp_path / "config", targets=(str(tmp_path / "lib"),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(LibraryView)
        lines = [view.render_line(y).text for y in range(2)]
        assert "First line Second line after" in lines[0]  # (cut to the list's width)
        assert "Oslo Norway" in lines[1]
        assert not any(ch in "".join(lines) for ch in "\n\t\u202e")
        title = app.screen.query_one("#doc-title").render()
        plain = getattr(title, "plain", str(title))
        # The title on one line and the place on one line: neither broken where the
        # document had a line break.
        head, place = plain.split("\n")
        assert "\t" not in plain and "\u202e" not in plain
        assert head.startswith("First line Second line")
        assert place.startswith("Oslo Norway")
