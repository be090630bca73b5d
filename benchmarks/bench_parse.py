"""Parse-speed benchmark (a script, not a test): ``python benchmarks/bench_parse.py``.

Prints the median time to parse a seed-sized (4 KB) briefing and a generated 1 MB briefing,
through ``load_briefing`` (read, decode, parse) and through ``parse_text`` alone, beside the
targets in SPEC ("Speed and size"): under 1 ms and under 0.5 s.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from documents import SEED, build_large  # noqa: E402  (beside this script)

from tui.core.load.loader import load_briefing  # noqa: E402
from tui.core.parse.text import parse_text  # noqa: E402


def timings_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and fastest wall time of ``fn`` in ms, after one warm-up call, GC paused."""
    fn()
    times = []
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return statistics.median(times) * 1000, min(times) * 1000


def _ms(value: float) -> str:
    return f"{value:.3f} ms" if value < 10 else f"{value:.0f} ms"


def main() -> int:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200, help="runs for the 4 KB document")
    ap.add_argument("--large-runs", type=int, default=9, help="runs for the 1 MB document")
    args = ap.parse_args()

    seed_text = SEED.read_text(encoding="utf-8")
    large_text = build_large()
    with tempfile.TemporaryDirectory() as tmp:
        large_path = Path(tmp) / "large-briefing.txt"
        large_path.write_text(large_text, encoding="utf-8")
        large_doc = load_briefing(large_path)
        rows = [
            ("seed", SEED.stat().st_size, "load_briefing", lambda: load_briefing(SEED), args.runs, 1.0),
            ("seed", len(seed_text.encode()), "parse_text", lambda: parse_text(seed_text, origin="seed.txt"), args.runs, 1.0),
            ("1 MB", large_path.stat().st_size, "load_briefing", lambda: load_briefing(large_path), args.large_runs, 500.0),
            ("1 MB", len(large_text.encode()), "parse_text", lambda: parse_text(large_text, origin="large.txt"), args.large_runs, 500.0),
        ]  # fmt: skip
        print(f"python {sys.version.split()[0]}; parse_text from {parse_text.__module__}")
        print(
            f"1 MB document: {len(large_doc.sections)} sections, {len(large_doc.quotes)} quotes, "
            f"{len(large_doc.areas)} areas, {len(large_doc.facts)} facts, "
            f"{len(large_doc.comments)} comments"
        )
        print(
            f"{'document':<9}{'bytes':>9}  {'through':<14}{'runs':>5}{'median':>12}"
            f"{'fastest':>12}  target"
        )
        failed = 0
        for name, size, how, fn, runs, target in rows:
            ms, fastest = timings_ms(fn, runs)
            ok = ms < target
            failed += not ok
            limit = f"< {target:g} ms" if target < 10 else f"< {target / 1000:g} s"
            print(
                f"{name:<9}{size:>9}  {how:<14}{runs:>5}{_ms(ms):>12}{_ms(fastest):>12}  "
                f"{limit:<9}{'ok' if ok else 'SLOW'}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
