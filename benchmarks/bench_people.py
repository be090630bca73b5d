"""Who-said-what figures on a synthetic library: quote book sync, People open, quote search.

Usage: python benchmarks/bench_people.py [--size N] [--runs R] [--dir DIR]

Prints, for an N-briefing library made by ``make_library.py`` (default 10,000):
- the cold sync of the quote book (every document parsed whole, once);
- the people read after checking every file against the book (what the CLI does), and
  "People screen open": what the screen shows first (the book's people, before the files
  are checked in the background), medians of R runs;
- a quote search with and without filters, median of R runs.
The quote book lives in a temporary cache folder; the OS file cache is warm after the first
sync (the figures say so).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.make_library import make_library
from tui.core.library import discover_paths
from tui.core.library.people import read_people, read_people_soon
from tui.core.library.quote_search import parse_quote_query, search_quotes
from tui.core.library.quotebook import QuoteBook


def _median_ms(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    """Build the library, then print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--dir", type=Path, help="reuse or create the library here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / "cache")
        lib = args.dir or Path(tmp) / "lib"
        if not lib.exists() or not any(lib.rglob("*.*")):
            make_library(args.size, lib)
        paths = discover_paths([lib])
        book = QuoteBook(Path(tmp) / "quotes.sqlite3")
        start = time.perf_counter()
        book.sync(paths)
        cold = time.perf_counter() - start
        data = read_people(paths, None, book=book)
        print(
            f"library: {len(paths)} briefings, {data.quotes} quotes, {len(data.people.speakers)} people"
        )
        print(f"quote book cold sync (every file parsed whole):  {cold:8.2f} s")
        people_ms = _median_ms(args.runs, lambda: read_people(paths, None, book=book))
        print(f"people read after checking every file (the CLI):  {people_ms:8.1f} ms")
        scope = [str(lib)]
        read_people(paths, None, scope=scope)  # the app's book for this library, synced

        def first_screen() -> None:
            next(read_people_soon(paths, None, scope=scope))

        open_ms = _median_ms(args.runs, first_screen)
        print(f"People screen open (first data), warm book:       {open_ms:8.1f} ms (target < 200)")
        for q in ("semiconductors", "cooperation speaker:Kim since:2025-01 place:Seoul"):
            query = parse_quote_query(q)

            def run(query=query):  # type: ignore[no-untyped-def]
                return search_quotes(book, data.people, query, within=paths)

            ms = _median_ms(args.runs, run)
            hits = len(search_quotes(book, data.people, query, within=paths))
            print(f"quote search {q!r}: {ms:8.1f} ms, {hits} hits (target < 100)")
        book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
