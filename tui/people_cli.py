"""``briefing people`` and ``briefing quotes QUERY``: who said what across the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui.core.errors import print_error
from tui.core.library.people import PeopleData, read_people
from tui.core.library.quote_search import QuoteHit, parse_quote_query, search_quotes
from tui.core.library.speakers import People, Speaker


def _open(config_dir: str | None, paths: Sequence[str]) -> PeopleData:
    """Read the people of the given paths, else of the library."""
    from tui.core.library import discover_paths
    from tui.core.paths import config_dir as resolve
    from tui.core.paths import library_targets
    from tui.core.stores.config import ConfigStore
    from tui.core.stores.people import FILE_NAME, PeoplePrefs

    folder = resolve(config_dir)
    config = ConfigStore(folder / "config.toml").load()
    targets = [Path(p) for p in paths] if paths else list(library_targets(config))
    prefs = PeoplePrefs(folder / FILE_NAME)
    data = read_people(discover_paths(targets), prefs, scope=[str(t) for t in targets])
    if data.problem:
        print_error(data.problem)
    return data


def _speaker_json(s: Speaker) -> dict[str, Any]:
    return {
        "name": s.name,
        "aliases": list(s.aliases),
        "offices": list(s.offices),
        "quotes": s.quotes,
        "briefings": s.briefings,
        "first": s.first.isoformat() if s.first else None,
        "last": s.last.isoformat() if s.last else None,
    }


def _hit_json(hit: QuoteHit, people: People) -> dict[str, Any]:
    r = hit.row
    person = people.get(hit.person) if hit.person else None
    return {
        "text": r.text,
        "speaker": r.speaker,
        "person": person.name if person else None,
        "role": r.role,
        "briefing": r.title,
        "briefing_id": r.briefing_id,
        "date": r.date.isoformat() if r.date else None,
        "place": r.place,
        "source": r.path,
        "quote_id": r.quote_id,
        "context": r.context,
        "matches": [list(s) for s in hit.spans],
    }


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: the library)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--config-dir", metavar="DIR", help="use DIR for config.toml")


def people_main(argv: Sequence[str]) -> int:
    """``briefing people [PATH…] [--json]``: every speaker with offices and counts."""
    p = argparse.ArgumentParser(prog="briefing people", description="List who is quoted.")
    _common(p)
    p.add_argument(
        "--sort", choices=("quotes", "name", "recent"), default="quotes", help="order of the list"
    )
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    people = _open(args.config_dir, args.paths).people
    speakers = sort_speakers(list(people.speakers), args.sort)
    if args.json:
        sys.stdout.write(
            json.dumps([_speaker_json(s) for s in speakers], ensure_ascii=False, indent=2) + "\n"
        )
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"People quoted ({len(speakers)})", title_justify="left")
    for col in ("Name", "Offices", "Quotes", "Briefings", "From", "To"):
        table.add_column(
            col, overflow="fold", justify="right" if col in ("Quotes", "Briefings") else "left"
        )
    for s in speakers:
        table.add_row(
            Text(s.name),
            Text("; ".join(s.offices)),
            str(s.quotes),
            str(s.briefings),
            s.first.isoformat() if s.first else "",
            s.last.isoformat() if s.last else "",
        )
    Console().print(table)
    return 0


def sort_speakers(speakers: list[Speaker], order: str) -> list[Speaker]:
    """Speakers by ``"quotes"`` (most first), ``"name"`` or ``"recent"`` (latest quote first)."""
    import datetime as dt

    if order == "name":
        return sorted(speakers, key=lambda s: s.name.casefold())
    if order == "recent":
        return sorted(speakers, key=lambda s: (s.last or dt.date.min, -s.quotes), reverse=True)
    return sorted(speakers, key=lambda s: (-s.quotes, s.name.casefold()))


def quotes_main(argv: Sequence[str]) -> int:
    """``briefing quotes QUERY [--speaker] [--since] [--until] [--place] [--json]``."""
    p = argparse.ArgumentParser(
        prog="briefing quotes",
        description="Search quote texts across the library. The query may hold "
        "speaker:NAME since:DATE until:DATE place:PLACE filters.",
    )
    p.add_argument("query", help="words that must all appear in the quote")
    _common(p)
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--since", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--until", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--place", metavar="PLACE")
    p.add_argument("--limit", type=int, default=200)
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    query = parse_quote_query(
        args.query, speaker=args.speaker, since=args.since, until=args.until, place=args.place
    )
    if query.problems:
        print_error(query.problems[0])
        return 2
    data = _open(args.config_dir, args.paths)
    people = data.people
    hits = search_quotes(data.book, people, query, within=list(data.paths), limit=args.limit)
    if args.json:
        sys.stdout.write(
            json.dumps([_hit_json(h, people) for h in hits], ensure_ascii=False, indent=2) + "\n"
        )
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(hits)} quote{'s' if len(hits) != 1 else ''}", title_justify="left")
    for col in ("Quote", "Speaker", "Briefing", "Date"):
        table.add_column(col, overflow="fold")
    for h in hits:
        text = Text(h.row.text)
        for a, b in h.spans:
            text.stylize("bold reverse", a, b)
        person = people.get(h.person) if h.person else None
        who = person.name if person else (h.row.speaker or "unattributed")
        table.add_row(
            text, Text(who), Text(h.row.title), h.row.date.isoformat() if h.row.date else ""
        )
    Console().print(table)
    return 0
