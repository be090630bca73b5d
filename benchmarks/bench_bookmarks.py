"""Bookmark store benchmark (a script, not a test): ``python benchmarks/bench_bookmarks.py``.

For 1,000, 10,000 and 50,000 bookmarks prints the size of ``bookmarks.toml`` and the time
to load it, the first save after loading, the median of later saves, and a save right
after another window wrote (the changed entry is parsed, the rest reused). The target
(issue 17): a save under 100 ms at 10,000 bookmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.core.stores.bookmarks import Bookmark, BookmarkStore, dumps  # noqa: E402

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TEXT = "The minister said cooperation would expand across trade, energy and research."


def make(i: int) -> Bookmark:
    """A bookmark of typical size (~480 bytes on disk)."""
    return Bookmark(
        kind="quote",
        briefing_id=f"b{i // 10:06d}",
        briefing_title=f"Briefing number {i // 10} on ports and trade",
        briefing_date=dt.date(2026, 1, 19),
        source=f"/home/user/briefings/doc-{i // 10}.txt",
        target_id=f"q-{i:08x}",
        text=f"{TEXT} {TEXT}",
        speaker="Lee Jae Myung",
        tags=("korea", "trade"),
        created=T0 + dt.timedelta(seconds=i),
    )


def ms(seconds: float) -> str:
    """Milliseconds, right-aligned."""
    return f"{seconds * 1000:8.0f} ms"


def main() -> int:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--saves", type=int, default=7, help="later saves to take the median of")
    args = ap.parse_args()
    print(f"{'bookmarks':>9} {'MB':>6} {'load':>11} {'first save':>11} {'later saves':>11} "
          f"{'after other':>11}")  # fmt: skip
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bookmarks.toml"
            path.write_text(dumps([make(i) for i in range(n)]), encoding="utf-8")
            store = BookmarkStore(path)
            start = time.perf_counter()
            store.load()
            load = time.perf_counter() - start
            start = time.perf_counter()
            store.add(make(n))
            first = time.perf_counter() - start
            later = []
            for k in range(args.saves):
                start = time.perf_counter()
                store.add(make(n + 1 + k))
                later.append(time.perf_counter() - start)
            other = BookmarkStore(path)
            other.load()
            other.add(make(n + 1000))
            start = time.perf_counter()
            store.add(make(n + 1001))
            after = time.perf_counter() - start
            size = path.stat().st_size / 1e6
            print(f"{n:>9} {size:>6.1f} {ms(load)} {ms(first)} {ms(statistics.median(later))} "
                  f"{ms(after)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
