"""``briefing bookmarks``: list bookmarks, or export them as Markdown, JSON or TOML."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tui.core.paths import config_dir
from tui.core.stores.bookmarks import FILE_NAME, Bookmark, BookmarkStore, dumps
from tui.core.stores.records import bookmark_fields, counted
from tui.core.stores.safefile import atomic_write_bytes, describe_os_error

FORMATS = ("markdown", "json", "toml")
_SUFFIX_FORMAT = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".toml": "toml"}


def _err(message: str) -> None:
    sys.stderr.write(f"briefing: {message}\n")


# ------------------------------------------------------------------------------ formats


def _by_briefing(bookmarks: Iterable[Bookmark]) -> dict[str, list[Bookmark]]:
    """Bookmarks grouped by briefing, groups in order of their first bookmark."""
    groups: dict[str, list[Bookmark]] = {}
    for bm in sorted(bookmarks, key=lambda b: b.created):
        groups.setdefault(bm.briefing_id, []).append(bm)
    return groups


def _md_safe(text: str) -> str:
    """Document text for a notes file: control characters (terminal escapes) removed."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _quote_block(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in _md_safe(text).splitlines() or [""]]


def to_markdown(bookmarks: Iterable[Bookmark]) -> str:
    """Notes a person would paste: ``## Title (date)``, then each bookmark as a block quote."""
    out: list[str] = ["# Bookmarks", ""]
    groups = _by_briefing(bookmarks)
    if not groups:
        out += ["No bookmarks yet.", ""]
    for items in groups.values():
        first = items[0]
        title = _md_safe(first.briefing_title or first.briefing_id)
        date = f" ({first.briefing_date.isoformat()})" if first.briefing_date else ""
        out += [f"## {title}{date}", ""]
        for bm in items:
            if bm.kind == "area":
                out.append("Area:")
            elif bm.kind == "comment":
                out.append("Comment:")
            elif bm.kind == "briefing":
                out.append("Briefing:")
            out += _quote_block(bm.text)
            if bm.speaker:
                out += [">", f"> — {_md_safe(bm.speaker)}"]
            out.append("")
            if bm.note:
                out += [
                    f"Note: {line}" if i == 0 else line
                    for i, line in enumerate(_md_safe(bm.note).splitlines())
                ]
            if bm.tags:
                out.append("Tags: " + _md_safe(", ".join(bm.tags)))
            if bm.note or bm.tags:
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def bookmark_to_json(bm: Bookmark) -> dict[str, Any]:
    """One bookmark as a JSON object: every field present, null where unknown."""
    out = bookmark_fields(bm)
    out["briefing_date"] = bm.briefing_date.isoformat() if bm.briefing_date else None
    out["created"] = bm.created.isoformat().replace("+00:00", "Z")
    return out


def to_json(bookmarks: Iterable[Bookmark]) -> str:
    """A JSON list of bookmark objects."""
    return json.dumps([bookmark_to_json(b) for b in bookmarks], ensure_ascii=False, indent=2) + "\n"


def render(bookmarks: Sequence[Bookmark], fmt: str) -> str:
    """The export text of ``bookmarks`` in ``fmt`` (markdown, json or toml)."""
    if fmt == "json":
        return to_json(bookmarks)
    if fmt == "toml":
        return dumps(bookmarks)
    return to_markdown(bookmarks)


# ------------------------------------------------------------------------------ listing


def _plain(text: str, limit: int | None = None) -> str:
    """One line of document text, control characters (escape sequences) removed."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    cleaned = " ".join(cleaned.split())
    if limit and len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def print_table(bookmarks: Sequence[Bookmark]) -> None:
    """Print bookmarks as rich tables, one per briefing (its title and date above it).

    Grouping keeps the briefing's title and date out of the columns, so the text has room
    at 80 columns. Document text is never read as markup.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if not bookmarks:
        console.print("No bookmarks yet.")
        return
    groups = _by_briefing(bookmarks)
    for items in groups.values():
        first = items[0]
        title = Text(_plain(first.briefing_title or first.briefing_id, 100), style="bold")
        if first.briefing_date:
            title.append(f"  {first.briefing_date.isoformat()}", style="dim")
        table = Table(title=title, title_justify="left", expand=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("text", ratio=5)
        table.add_column("speaker", ratio=2)
        table.add_column("tags", max_width=20, overflow="fold")
        table.add_column("note", ratio=2)
        for bm in items:
            cells = (
                bm.kind,
                _plain(bm.text, 160),
                _plain(bm.speaker or ""),
                _plain(", ".join(bm.tags)),
                _plain(bm.note, 60),
            )
            table.add_row(*(Text(c) for c in cells))
        console.print(table)
    console.print(f"{counted(len(bookmarks), 'bookmark')} in {counted(len(groups), 'briefing')}")


# -------------------------------------------------------------------------- entry point


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config-dir", metavar="DIR", default=argparse.SUPPRESS, help="folder of bookmarks.toml"
    )
    p = argparse.ArgumentParser(
        prog="briefing bookmarks", description="List bookmarks.", parents=[common]
    )
    sub = p.add_subparsers(dest="command", metavar="{export}")
    ex = sub.add_parser(
        "export", parents=[common], help="write bookmarks out", description="Export bookmarks."
    )
    ex.add_argument(
        "--format",
        choices=FORMATS,
        help="markdown, json or toml (default: from -o's suffix, else markdown)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    return p


def export_to(
    path: Path, bookmarks: Sequence[Bookmark], fmt: str, *, overwrite: bool = False
) -> str | None:
    """Write an export file atomically; returns a one-line error, or None when written.

    An existing file is replaced only with ``overwrite`` (the user said so).
    """
    path = path.expanduser()
    if path.is_dir():
        return f"{path}: is a folder; give a file name"
    if path.exists() and not overwrite:
        return f"{path} already exists; not replaced (give another name, or --force)"
    if not path.parent.is_dir():
        return f"cannot write {path}: no folder {path.parent}"
    try:
        atomic_write_bytes(path, render(bookmarks, fmt).encode("utf-8"))
    except OSError as exc:
        return f"cannot write {path}: {describe_os_error(path.parent, exc)}"
    return None


def main(argv: Sequence[str]) -> int:
    """``briefing bookmarks [export --format F] [-o FILE]``: exit 0, 1 on error, 2 on usage."""
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    store = BookmarkStore(config_dir(getattr(args, "config_dir", None)) / FILE_NAME)
    loaded = store.load(repair=False)  # listing and exporting never move or write it
    if loaded.message:
        _err(loaded.message)
    if loaded.unreadable:
        return 1
    bookmarks = loaded.bookmarks
    if args.command != "export":
        print_table(bookmarks)
        return 0
    fmt = args.format
    if fmt is None:
        fmt = (
            _SUFFIX_FORMAT.get(Path(args.output).suffix.lower(), "markdown")
            if args.output
            else "markdown"
        )
    if not args.output:
        sys.stdout.write(render(bookmarks, fmt))
        sys.stdout.flush()
        return 0
    out = Path(args.output).expanduser()
    problem = export_to(out, bookmarks, fmt, overwrite=args.force)
    if problem:
        _err(problem)
        return 1
    sys.stderr.write(f"wrote {counted(len(bookmarks), 'bookmark')} to {out}\n")
    return 0
