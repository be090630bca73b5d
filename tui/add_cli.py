"""``briefing add URL_OR_FILE [--to FOLDER]`` and ``briefing refresh``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.core.errors import print_error


def _folders(config_dir: str | None) -> tuple[Path, ...]:
    from tui.core.paths import config_dir as resolve_config_dir
    from tui.core.paths import library_folders
    from tui.core.stores import ConfigStore

    config = ConfigStore(resolve_config_dir(config_dir) / "config.toml").load()
    return library_folders(config.library)


def cmd_add(argv: Sequence[str]) -> int:
    """Fetch or copy one document into the library; exit 1 with one line if it cannot."""
    p = argparse.ArgumentParser(
        prog="briefing add",
        description="Fetch a web page or feed (or copy a file) into the first library folder.",
    )
    p.add_argument("target", metavar="URL_OR_FILE")
    p.add_argument("--to", metavar="FOLDER", help="save here instead of the first library folder")
    p.add_argument("--config-dir", metavar="DIR", help="use DIR for config.toml")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    from tui.core.errors import BriefingError
    from tui.core.library.add import add

    if args.to:
        folder = Path(args.to).expanduser()
    else:
        folders = _folders(args.config_dir)
        if not folders:
            print_error(
                "no library folder (config.toml 'library' or $BRIEFING_LIBRARY); use --to FOLDER"
            )
            return 2
        folder = folders[0]
    try:
        added = add(args.target, folder)
    except BriefingError as exc:
        print_error(str(exc))
        return 1
    when = added.date.isoformat() if added.date else "no date"
    entries = f", {added.entries} entries" if added.entries > 1 else ""
    noun = "quote" if added.quotes == 1 else "quotes"
    sys.stdout.write(
        f"added {added.path}\n  {added.title} ({when}{entries}, {added.quotes} {noun} found)\n"
    )
    return 0


def cmd_refresh(argv: Sequence[str]) -> int:
    """Re-fetch the feeds added by address; exit 1 if any could not be refreshed."""
    p = argparse.ArgumentParser(
        prog="briefing refresh",
        description="Re-fetch the feeds added with 'briefing add URL' and add their new entries.",
    )
    p.add_argument("folders", nargs="*", metavar="FOLDER", help="default: the library folders")
    p.add_argument("--config-dir", metavar="DIR", help="use DIR for config.toml")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    from tui.core.library.add import refresh

    folders = tuple(Path(f).expanduser() for f in args.folders) or _folders(args.config_dir)
    report = refresh(folders)
    if not report:
        sys.stdout.write("no feeds added by address to refresh\n")
    for line, error in report:
        if error:
            print_error(error)
        else:
            sys.stdout.write(line + "\n")
    return 1 if any(error for _, error in report) else 0
