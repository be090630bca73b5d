"""``briefing bookmarks``: list bookmarks, or export them as Markdown, JSON or TOML."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from tui.core.clean import clean_line
from tui.core.errors import print_error
from tui.core.paths import config_dir
from tui.core.stores.bookmarks import FILE_NAME, Bookmark, BookmarkStore
from tui.core.stores.export import (
    DEFAULT_EXPORT,
    EXPORT_FORMATS,
    export_format_for,
    group_by_briefing,
    render,
)
from tui.core.stores.records import counted
from tui.core.stores.safefile import atomic_write_bytes, describe_os_error

# ------------------------------------------------------------------------------ listing


def cell_width(text: str) -> int:
    """Terminal columns ``text`` takes (East Asian wide and full-width characters take two)."""
    if text.isascii():
        return len(text)
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_cells(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` columns, at spaces where there are some.

    A word wider than a line (a URL, a run of Hangul or Han without spaces) is cut by
    columns, never left to overflow.
    """
    width = max(width, 8)
    lines: list[str] = []
    line, used = "", 0
    for word in text.split(" "):
        w = cell_width(word)
        if line and used + 1 + w <= width:
            line, used = f"{line} {word}", used + 1 + w
            continue
        if line:
            lines.append(line)
        line, used = "", 0
        while w > width:  # cut by columns
            cut, taken = 0, 0
            for ch in word:
                cw = cell_width(ch)
                if taken + cw > width:
                    break
                cut, taken = cut + 1, taken + cw
            lines.append(word[:cut])
            word = word[cut:]
            w = cell_width(word)
        line, used = word, w
    if line or not lines:
        lines.append(line)
    return lines


def print_table(
    bookmarks: Sequence[Bookmark], out: TextIO | None = None, width: int | None = None
) -> None:
    """Print bookmarks grouped by briefing: its title and date, then one entry per bookmark.

    Each entry is its kind, its text, then who said it, its tags and its note, wrapped to the
    terminal's width under a hanging indent. Written straight to the stream (50,000
    bookmarks list in seconds, not minutes); bold and dim only on a terminal. Document text
    is never read as markup or escapes.
    """
    import shutil

    out = out or sys.stdout
    if not bookmarks:
        out.write("No bookmarks yet.\n")
        return
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    tty = out.isatty()
    bold, dim, plain = ("\x1b[1m", "\x1b[2m", "\x1b[0m") if tty else ("", "", "")
    kind_width = max(len(bm.kind) for bm in bookmarks)
    indent = " " * (2 + kind_width + 2)
    lines: list[str] = []
    groups = group_by_briefing(bookmarks)
    for items in groups.values():
        first = items[0]
        title = clean_line(first.briefing_title or first.briefing_id, 100)
        date = f"  {dim}{first.briefing_date.isoformat()}{plain}" if first.briefing_date else ""
        if lines:
            lines.append("")
        lines.append(f"{bold}{title}{plain}{date}")
        for bm in items:
            body = wrap_cells(clean_line(bm.text, 160), width - len(indent))
            lines.append(f"  {bm.kind:<{kind_width}}  {body[0]}")
            lines.extend(indent + rest for rest in body[1:])
            about = [f"— {clean_line(bm.speaker)}"] if bm.speaker else []
            if bm.tags:
                about.append("tags: " + clean_line(", ".join(bm.tags)))
            if bm.note:
                about.append("note: " + clean_line(bm.note, 60))
            if about:
                for part in wrap_cells(" · ".join(about), width - len(indent)):
                    lines.append(f"{indent}{dim}{part}{plain}")
    lines.append("")
    lines.append(f"{counted(len(bookmarks), 'bookmark')} in {counted(len(groups), 'briefing')}")
    out.write("\n".join(lines) + "\n")
    out.flush()


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
        choices=[f.name for f in EXPORT_FORMATS],
        help=f"{', '.join(f.name for f in EXPORT_FORMATS)} "
        f"(default: from -o's suffix, else {DEFAULT_EXPORT})",
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
        print_error(loaded.message)
    if loaded.unreadable:
        return 1
    bookmarks = loaded.bookmarks
    if args.command != "export":
        print_table(bookmarks)
        return 0
    fmt = args.format
    if fmt is None:
        fmt = export_format_for(args.output) if args.output else DEFAULT_EXPORT
    if not args.output:
        sys.stdout.write(render(bookmarks, fmt))
        sys.stdout.flush()
        return 0
    out = Path(args.output).expanduser()
    problem = export_to(out, bookmarks, fmt, overwrite=args.force)
    if problem:
        print_error(problem)
        return 1
    sys.stderr.write(f"wrote {counted(len(bookmarks), 'bookmark')} to {out}\n")
    return 0
