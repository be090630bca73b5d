"""Large-document benchmark (a script, not a test): ``python benchmarks/bench_large_docs.py``.

Writes generated documents of several shapes and sizes (default 1, 5, 10 and 19 MB, just
under the 20 MB limit) and loads each in a fresh process through ``load_briefing``,
printing the wall time and the process's peak memory. Shapes: headed paragraphs, one giant
paragraph, many quoted statements, a long bulleted list, many one-line paragraphs, lists
between paragraphs, one giant line without a sentence end, and CJK text on one line. A
parse that runs past ``--timeout`` seconds is printed as such.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_WORDS = [
    "the",
    "minister",
    "said",
    "cooperation",
    "would",
    "expand",
    "across",
    "trade",
    "energy",
    "and",
    "research",
    "while",
    "officials",
    "noted",
    "progress",
    "in",
    "talks",
    "over",
    "ports",
    "shipping",
    "and",
    "climate",
    "finance",
]
_HEAD = "A Summit on Trade and Ports\nSeoul, South Korea – On Monday, January 19, 2026, leaders met.\n\n"


def _sentence(i: int) -> str:
    n = 8 + i % 12
    return " ".join(_WORDS[(i * 7 + k * 3) % len(_WORDS)] for k in range(n)).capitalize() + "."


def _fill(size: int, piece: Callable[[int], str], head: str = _HEAD, sep: str = "\n\n") -> str:
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(piece(i))
        total += len(parts[-1].encode()) + len(sep)
        i += 1
    return head + sep.join(parts) + "\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "paragraphs": lambda size: _fill(
        size,
        lambda i: (
            f"Section Heading {i}"
            if i % 9 == 0
            else " ".join(_sentence(i * 5 + k) for k in range(4))
        ),
    ),
    "giant paragraph": lambda size: _fill(size, _sentence, sep=" "),
    "quotes": lambda size: _fill(
        size,
        lambda i: (
            f"President Lee Jae Myung stated that '{_sentence(i)[:-1]} based on each "
            f"side's strengths.' He also said \"{_sentence(i + 1)}\" Prime Minister Meloni noted "
            f"“{_sentence(i + 2)}”"
        ),
    ),
    "bullets": lambda size: _fill(size, lambda i: f"- Area {i} (A{i}): {_sentence(i)}", sep="\n"),
    "one-line paragraphs": lambda size: _fill(size, lambda i: f"line {i} with words", "Title\n"),
    "lists between paragraphs": lambda size: _fill(
        size, lambda i: f"Paragraph {i} says the talks on trade went on.\n\n- Item {i}"
    ),
    "giant line": lambda size: ("word " * (size // 5)).strip() + "\n\nA body paragraph.\n",
    "CJK line": lambda size: "合作与贸易的问题和港口建设" * (size // 39) + "\n\n正文。\n",
}

_CHILD = """
import resource, sys, time
from tui.core.load import load_briefing
start = time.perf_counter()
load_briefing(sys.argv[1])
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.2f} {peak:.0f}")
"""


def main() -> int:
    """Generate, measure, print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,5,10,19", help="sizes in MB")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    print(f"{'shape':<26}{'MB':>5}{'seconds':>10}{'peak MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes.split(","):
            for mb in (float(s) for s in args.sizes.split(",")):
                doc = Path(tmp) / "doc.txt"
                doc.write_text(SHAPES[shape](int(mb * 1048576)), encoding="utf-8")
                try:
                    done = subprocess.run(
                        [sys.executable, "-c", _CHILD, str(doc)],
                        capture_output=True,
                        text=True,
                        cwd=REPO,
                        timeout=args.timeout,
                    )
                    took, peak = done.stdout.split() if done.returncode == 0 else ("error", "")
                except subprocess.TimeoutExpired:
                    took, peak = f">{args.timeout:g}", ""
                print(f"{shape:<26}{mb:>5g}{took:>10}{peak:>10}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
