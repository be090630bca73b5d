"""Command line: open the reader, ``parse FILE --json|--toml``, ``bookmarks [export]``, ``add``,
``refresh``, ``serve``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.core.errors import print_error

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = ("parse", "bookmarks", "people", "quotes", "add", "refresh", "serve")


def _open_parser() -> argparse.ArgumentParser:
    import argparse

    from tui import __version__

    p = argparse.ArgumentParser(
        prog="briefing",
        description=(
            "A terminal reader for briefing documents. With no PATH, opens the library "
            "(config.toml 'library', else $BRIEFING_LIBRARY, else the bundled samples)."
        ),
        epilog=(
            "other commands (--config-dir goes before or after the command):\n"
            "  briefing parse FILE [--json | --toml] [--entry N]   print a document's structure\n"
            "  briefing add URL_OR_FILE [--to FOLDER]  fetch a page or feed into the library\n"
            "  briefing refresh                        fetch new entries of feeds added by URL\n"
            "  briefing bookmarks                      list bookmarks\n"
            "  briefing bookmarks export --format markdown|json|toml [-o FILE]\n"
            "  briefing people [--json]                who is quoted, with offices and counts\n"
            "  briefing quotes QUERY [--speaker NAME] [--since DATE] [--json]\n"
            "  briefing serve [PATH ...] [--port N] [--host H]   the reader in a web browser"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="briefing files or folders to open")
    p.add_argument("--config-dir", metavar="DIR", help="use DIR for config.toml and bookmarks.toml")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    return p


def _parse_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="briefing parse", description="Print a briefing's structure (JSON by default)."
    )
    p.add_argument("file", metavar="FILE")
    # Accepted like every other command's, though parsing reads no config.
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the JSON contract (default)")
    fmt.add_argument("--toml", action="store_true", help="print the same as a TOML briefing")
    p.add_argument(
        "--entry",
        type=int,
        metavar="N",
        help="a feed's or mailbox's entry N (from 1); without it, all of them as a JSON array",
    )
    return p


def cmd_parse(argv: Sequence[str]) -> int:
    """``briefing parse FILE --json|--toml``: exit 0, 1 for unreadable input, 2 for usage."""
    try:
        args = _parse_parser().parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors (2), --help (0)
        return exc.code if isinstance(exc.code, int) else 2
    from tui.core.errors import BriefingError
    from tui.core.load import entry_locator, load_entries_guarded, load_guarded, spec_for
    from tui.core.serialize import to_json, to_json_list, to_toml

    multi = spec_for(args.file).multi
    if args.entry is not None and (not multi or args.entry < 1):
        print_error(
            f"--entry: {args.file} holds one briefing"
            if not multi
            else "--entry: entries are numbered from 1"
        )
        return 2
    if multi and args.entry is None and args.toml:
        print_error("--toml: a feed or mailbox holds several briefings; choose one with --entry N")
        return 2
    try:
        # (a parser failure is one line too, not a traceback)
        if multi and args.entry is None:
            docs = load_entries_guarded(args.file)
        else:
            target = args.file if args.entry is None else entry_locator(args.file, args.entry)
            docs = [load_guarded(target)]
    except BriefingError as exc:
        print_error(str(exc))
        return 1

    def render(ascii_only: bool) -> str:
        if multi and args.entry is None:
            return to_json_list(docs, ascii_only=ascii_only) + "\n"
        if args.toml:
            return to_toml(docs[0], ascii_only=ascii_only)
        return to_json(docs[0], ascii_only=ascii_only) + "\n"

    try:
        sys.stdout.write(render(False))
    except UnicodeEncodeError:
        # An output that cannot take every character (ASCII, a legacy code page): escape them,
        # which both formats allow. The encoder fails before anything is written.
        sys.stdout.write(render(True))
    sys.stdout.flush()
    return 0


def cmd_bookmarks(argv: Sequence[str]) -> int:
    """``briefing bookmarks [export ...]``."""
    from tui.bookmarks_cli import main as bookmarks_main

    return bookmarks_main(argv)


def cmd_open(argv: Sequence[str]) -> int:
    """Open the reader on the library or on the given paths."""
    if any(a.startswith("-") for a in argv):
        args = _open_parser().parse_args(argv)
        paths, config_dir = args.paths, args.config_dir
    else:
        # Only paths (the usual case): argparse would add nothing but its own import time
        # before the first frame.
        paths, config_dir = list(argv), None
    for path in paths:
        problem = _unusable(path)
        if problem:
            print_error(f"{path}: {problem}")
            return 1
    from tui.core.library.firstlook import FirstLook

    # Before Textual loads: a library never indexed gets its first rows read meanwhile.
    look = FirstLook.start(paths, config_dir)
    try:
        from tui.app import make_app

        app = make_app(config_dir=config_dir, targets=tuple(paths), first_look=look)
        app.run()
    finally:
        if look is not None:
            look.close()
    return app.return_code or 0


def cmd_serve(argv: Sequence[str]) -> int:
    """``briefing serve [PATH ...] [--port N] [--host H]``: the reader in a browser."""
    import argparse

    p = argparse.ArgumentParser(
        prog="briefing serve",
        description=(
            "Serve the reader as a web page (textual-serve): each browser tab runs the app "
            "on the same library, or PATHs, as 'briefing' would. ctrl+c stops."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="briefing files or folders to open")
    p.add_argument(
        "--port", type=_port, default=8000, metavar="N", help="port to listen on (default 8000)"
    )
    p.add_argument(
        "--host",
        default="localhost",
        metavar="H",
        help="address to listen on (default localhost; 0.0.0.0 for every interface)",
    )
    p.add_argument("--config-dir", metavar="DIR", help="use DIR for config.toml and bookmarks.toml")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    for path in args.paths:
        problem = _unusable(path)
        if problem:
            print_error(f"{path}: {problem}")
            return 1
    import os

    # The app runs in a new process per browser tab, maybe from another folder: absolute
    # paths, and never a word that reads as an option or a subcommand.
    command = [sys.executable, "-m", "tui"]
    if args.config_dir:
        command += ["--config-dir", os.path.abspath(os.path.expanduser(args.config_dir))]
    command += [os.path.abspath(path) for path in args.paths]
    from tui.serve import serve

    return serve(command, host=args.host, port=args.port)


def _port(text: str) -> int:
    """A TCP port number from the command line, else argparse's usage error."""
    import argparse

    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1 to 65535)")
    return port


def _unusable(path: str) -> str | None:
    """Why ``path`` cannot be opened at all (missing, in an unreadable folder, a name too
    long), or None; what is wrong inside a folder or a file shows in the app."""
    import os

    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "no such file or folder"
    except PermissionError:
        return "permission denied (a folder on the way cannot be read)"
    except OSError as exc:
        return (exc.strerror or "cannot be opened").lower()
    except ValueError:  # a NUL character
        return "invalid file name"
    return None


def _leading_config_dir(args: list[str]) -> tuple[list[str], list[str]]:
    """Split ``--config-dir DIR`` (or ``=DIR``) given before a subcommand from the rest.

    ``briefing --config-dir DIR bookmarks`` then works as ``briefing bookmarks --config-dir
    DIR`` does. Returns (the option's words, the other words).
    """
    option: list[str] = []
    rest = list(args)
    while rest:
        if rest[0] == "--config-dir" and len(rest) >= 2:
            option, rest = rest[:2], rest[2:]
        elif rest[0].startswith("--config-dir="):
            option, rest = rest[:1], rest[1:]
        else:
            break
    return option, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    option, rest = _leading_config_dir(args)
    if rest and rest[0] in SUBCOMMANDS:
        args = [rest[0], *option, *rest[1:]]
    try:
        if args and args[0] == "parse":
            return cmd_parse(args[1:])
        if args and args[0] == "bookmarks":
            return cmd_bookmarks(args[1:])
        if args and args[0] in ("people", "quotes"):
            from tui import people_cli

            run = people_cli.people_main if args[0] == "people" else people_cli.quotes_main
            return run(args[1:])
        if args and args[0] == "serve":
            return cmd_serve(args[1:])
        if args and args[0] in ("add", "refresh"):
            from tui.add_cli import cmd_add, cmd_refresh

            return (cmd_add if args[0] == "add" else cmd_refresh)(args[1:])
        return cmd_open(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
