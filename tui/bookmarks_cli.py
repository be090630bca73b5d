"""``briefing bookmarks``: list bookmarks, or export them as Markdown, JSON or TOML."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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
    groups = group_by_briefing(bookmarks)
    for items in groups.values():
        first = items[0]
        title = Text(clean_line(first.briefing_title or first.briefing_id, 100), style="bold")
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
                clean_line(bm.text, 160),
                clean_line(bm.speaker or ""),
                clean_line(", ".join(bm.tags)),
                clean_line(bm.note, 60),
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
