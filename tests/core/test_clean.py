"""The one text cleaner: what every screen, the CLI and the exports show of document text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.conftest import summit_bookmark
from tui.core.clean import clean, clean_line
from tui.core.stores.export import EXPORT_FORMATS, export_format_for, group_by_briefing, render


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("two\nlines", "two lines"),
        ("carriage\rreturn and form\x0cfeed", "carriage return and form feed"),
        ("line\u2028separator", "line separator"),
        ("  padded \t words  ", "padded words"),
        ("\x1b[1m bold \x1b[0m words", "bold words"),
        ("link \x1b]8;;http://e\x07here\x1b]8;;\x07 end", "link here end"),
        ("[bold]kept[/bold]", "[bold]kept[/bold]"),
    ],
)
def test_clean_line_is_one_line_of_words(raw: str, shown: str) -> None:
    assert clean_line(raw) == shown


def test_clean_line_cuts_long_text_with_an_ellipsis() -> None:
    assert clean_line("one two three four", limit=10) == "one two t…"
    assert clean_line("one two  three", limit=9) == "one two…"  # no space before the mark
    assert clean_line("short", limit=10) == "short"


def test_clean_keeps_lines_and_drops_commands() -> None:
    assert clean("a\x1b[31m\nb\x07") == "a\nb"


def test_grouping_follows_creation_either_way() -> None:
    t0 = dt.datetime(2026, 1, 20, 9, 0, tzinfo=dt.UTC)
    marks = [
        summit_bookmark("quote", "q-2", "later", created=t0 + dt.timedelta(minutes=2)),
        summit_bookmark("quote", "q-1", "first", created=t0),
    ]
    other = replace(
        summit_bookmark("area", "a-1", "middle", created=t0 + dt.timedelta(minutes=1)),
        briefing_id="b-other",
    )
    oldest = group_by_briefing([*marks, other])
    assert list(oldest) == ["b-summit", "b-other"]
    assert [b.text for b in oldest["b-summit"]] == ["first", "later"]
    newest = group_by_briefing([*marks, other], newest_first=True)
    assert list(newest) == ["b-summit", "b-other"]
    assert [b.text for b in newest["b-summit"]] == ["later", "first"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("notes.md", "markdown"),
        ("NOTES.MARKDOWN", "markdown"),
        ("a.json", "json"),
        ("b.toml", "toml"),
        ("c.txt", "markdown"),
        ("no-suffix", "markdown"),
    ],
)
def test_a_file_name_picks_the_export_format(name: str, fmt: str) -> None:
    assert export_format_for(name) == fmt


def test_every_export_format_renders_and_starts_as_its_kind() -> None:
    bm = summit_bookmark("quote", "q-1", "We \x1b[31magree", created=dt.datetime(2026, 1, 1))
    starts = {"markdown": "# Bookmarks", "json": "[", "toml": "version = 1"}
    assert {f.name for f in EXPORT_FORMATS} == set(starts)
    for f in EXPORT_FORMATS:
        out = render([bm], f.name)
        assert out.startswith(starts[f.name]), f.name
    assert "\x1b" not in render([bm], "markdown")
