"""Bookmarks written out: the export formats (one table), their renderers, and the grouping
by briefing that the export, ``briefing bookmarks`` and the bookmarks screen share."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.clean import clean
from tui.core.stores.records import Bookmark, bookmark_fields, dumps

__all__ = [
    "DEFAULT_EXPORT",
    "EXPORT_FORMATS",
    "ExportFormat",
    "bookmark_to_json",
    "export_format_for",
    "group_by_briefing",
    "render",
    "to_json",
    "to_markdown",
]


def group_by_briefing(
    bookmarks: Iterable[Bookmark], *, newest_first: bool = False
) -> dict[str, list[Bookmark]]:
    """Bookmarks grouped by briefing id, in order of creation.

    Groups come in the order of their first bookmark, and so do the bookmarks within a group;
    ``newest_first`` reverses both (the briefing bookmarked last on top).
    """
    groups: dict[str, list[Bookmark]] = {}
    for bm in sorted(bookmarks, key=lambda b: b.created, reverse=newest_first):
        groups.setdefault(bm.briefing_id, []).append(bm)
    return groups


# ------------------------------------------------------------------------------ Markdown


def _quote_block(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in clean(text).splitlines() or [""]]


def to_markdown(bookmarks: Iterable[Bookmark]) -> str:
    """Notes a person would paste: ``## Title (date)``, then each bookmark as a block quote."""
    out: list[str] = ["# Bookmarks", ""]
    groups = group_by_briefing(bookmarks)
    if not groups:
        out += ["No bookmarks yet.", ""]
    for items in groups.values():
        first = items[0]
        title = clean(first.briefing_title or first.briefing_id)
        date = f" ({first.briefing_date.isoformat()})" if first.briefing_date else ""
        out += [f"## {title}{date}", ""]
        for bm in items:
            if bm.kind != "quote":  # a quote speaks for itself; anything else says what it is
                out.append(f"{bm.kind.capitalize()}:")
            out += _quote_block(bm.text)
            if bm.speaker:
                out += [">", f"> — {clean(bm.speaker)}"]
            out.append("")
            if bm.note:
                out += [
                    f"Note: {line}" if i == 0 else line
                    for i, line in enumerate(clean(bm.note).splitlines())
                ]
            if bm.tags:
                out.append("Tags: " + clean(", ".join(bm.tags)))
            if bm.note or bm.tags:
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------- JSON


def bookmark_to_json(bm: Bookmark) -> dict[str, Any]:
    """One bookmark as a JSON object: every field present, null where unknown."""
    out = bookmark_fields(bm)
    out["briefing_date"] = bm.briefing_date.isoformat() if bm.briefing_date else None
    out["created"] = bm.created.isoformat().replace("+00:00", "Z")
    return out


def to_json(bookmarks: Iterable[Bookmark]) -> str:
    """A JSON list of bookmark objects."""
    return json.dumps([bookmark_to_json(b) for b in bookmarks], ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------------------- formats


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format.

    Attributes:
        name: what ``--format`` takes.
        label: what the export dialog shows.
        suffixes: file suffixes that choose it (lower case, with the dot); the first is the
            one a file name gets.
        render: the export text of a list of bookmarks.
    """

    name: str
    label: str
    suffixes: tuple[str, ...]
    render: Callable[[Sequence[Bookmark]], str]


#: Every export format; the first is the default.
EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("markdown", "Markdown (notes)", (".md", ".markdown"), to_markdown),
    ExportFormat("json", "JSON", (".json",), to_json),
    ExportFormat("toml", "TOML", (".toml",), dumps),
)
DEFAULT_EXPORT = EXPORT_FORMATS[0].name
_BY_NAME = {f.name: f for f in EXPORT_FORMATS}
_BY_SUFFIX = {suffix: f.name for f in EXPORT_FORMATS for suffix in f.suffixes}


def export_format_for(path: Path | str) -> str:
    """The export format a file name asks for by its suffix (the default for any other)."""
    return _BY_SUFFIX.get(Path(path).suffix.lower(), DEFAULT_EXPORT)


def render(bookmarks: Sequence[Bookmark], fmt: str) -> str:
    """The export text of ``bookmarks`` in the format named ``fmt`` (default: Markdown)."""
    return _BY_NAME.get(fmt, EXPORT_FORMATS[0]).render(bookmarks)
