"""Field-by-field score of the parser against ``*.expected.json`` fixtures (a script, not a test).

``python benchmarks/score_varied.py [FOLDER ...]`` parses every briefing in each folder that
has a ``<name>.expected.json`` beside it (the format of the worked examples) and prints a
per-document and a per-field table. Every checked value is one point: title, place, date,
summary start, comment count, each area's name and short form, each quote's text, speaker
and role, each comment's author and text, each ``facts_include`` string. Items the parser
finds that a careful reader would not (an extra area, quote or comment) each cost a point
too, under ``extra``. Text is compared with runs of whitespace collapsed.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.core.load.loader import load_briefing  # noqa: E402
from tui.core.model import Briefing  # noqa: E402

DEFAULT_FOLDER = REPO / "tests" / "fixtures" / "varied"
SUFFIXES = (".txt", ".md", ".toml", ".json", "")
FIELDS = (
    "title",
    "place",
    "date",
    "summary",
    "area.name",
    "area.short",
    "quote.text",
    "quote.speaker",
    "quote.role",
    "comment.author",
    "comment.text",
    "count_declared",
    "facts",
    "extra",
)
_SPACE = re.compile(r"\s+")


def ws(value: Any) -> Any:
    """Collapse runs of whitespace in a string (other values pass through)."""
    if isinstance(value, str):
        return _SPACE.sub(" ", value).strip()
    return value


@dataclass
class DocScore:
    """The checks of one document: per field, (passed, total), and what failed."""

    name: str
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    def check(self, name: str, expected: Any, actual: Any, label: str = "") -> bool:
        """Score one value; remember the miss with what was expected and what came out."""
        ok = ws(expected) == ws(actual)
        self.fields[name][1] += 1
        if ok:
            self.fields[name][0] += 1
        else:
            where = f" [{label}]" if label else ""
            self.misses.append(f"{name}{where}: expected {expected!r}, got {actual!r}")
        return ok

    def extra(self, what: str, item: Any) -> None:
        """Count an item the parser found that is not expected."""
        self.fields["extra"][1] += 1
        self.misses.append(f"extra {what}: {item!r}")

    @property
    def passed(self) -> int:
        """Checks that passed."""
        return sum(p for p, _ in self.fields.values())

    @property
    def total(self) -> int:
        """Checks made."""
        return sum(t for _, t in self.fields.values())


def cases(folder: Path) -> list[Path]:
    """The briefings in ``folder`` that have an expected file beside them."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".expected.json") or path.suffix not in SUFFIXES:
            continue
        if path.with_name(path.stem + ".expected.json").exists():
            found.append(path)
    return found


def _closest(text: str, pool: list[Any], used: set[int]) -> int | None:
    """Index of the unused quote whose text equals ``text``, else the most similar one."""
    target = ws(text)
    for i, q in enumerate(pool):
        if i not in used and ws(q.text) == target:
            return i
    best, best_ratio = None, 0.6
    for i, q in enumerate(pool):
        if i in used:
            continue
        ratio = difflib.SequenceMatcher(None, target, ws(q.text)).ratio()
        if ratio > best_ratio:
            best, best_ratio = i, ratio
    return best


def score(path: Path, doc: Briefing | None = None) -> DocScore:
    """Parse ``path`` (unless ``doc`` is given) and score it against its expected file."""
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    doc = doc if doc is not None else load_briefing(path)
    s = DocScore(path.name)
    s.check("title", expected["title"], doc.title)
    s.check("place", expected["place"], doc.place)
    s.check("date", expected["date"], doc.date.isoformat() if doc.date else None)
    start = ws(expected["summary_starts"])
    got = ws(doc.summary)[: len(start)]
    s.check("summary", start, got)
    s.check("count_declared", expected["comment_count_declared"], doc.comment_count_declared)

    areas = list(doc.areas)
    used: set[int] = set()
    for exp in expected["areas"]:
        hit = next(
            (i for i, a in enumerate(areas) if i not in used and ws(a.name) == ws(exp["name"])),
            None,
        )
        if hit is None:
            s.check("area.name", exp["name"], None)
            s.check("area.short", exp["short"], None, exp["name"])
            continue
        used.add(hit)
        s.check("area.name", exp["name"], areas[hit].name)
        s.check("area.short", exp["short"], areas[hit].short, exp["name"])
    for i, a in enumerate(areas):
        if i not in used:
            s.extra("area", (a.name, a.short))

    quotes = list(doc.quotes)
    used = set()
    for exp in expected["quotes"]:
        hit = _closest(exp["text"], quotes, used)
        label = ws(exp["text"])[:40]
        if hit is None:
            s.check("quote.text", exp["text"], None)
            s.check("quote.speaker", exp["speaker"], None, label)
            s.check("quote.role", exp["role"], None, label)
            continue
        used.add(hit)
        q = quotes[hit]
        s.check("quote.text", exp["text"], q.text)
        s.check("quote.speaker", exp["speaker"], q.speaker, label)
        s.check("quote.role", exp["role"], q.role, label)
    for i, q in enumerate(quotes):
        if i not in used:
            s.extra("quote", (q.text, q.speaker, q.role))

    comments = list(doc.comments)
    for i, exp in enumerate(expected["comments"]):
        got_c = comments[i] if i < len(comments) else None
        s.check("comment.author", exp["author"], got_c.author if got_c else None)
        s.check("comment.text", exp["text"], got_c.text if got_c else None, exp["author"])
    for c in comments[len(expected["comments"]) :]:
        s.extra("comment", (c.author, c.text))

    fact_texts = [ws(f.text) for f in doc.facts]
    for want in expected["facts_include"]:
        found = next((t for t in fact_texts if ws(want) in t), None)
        s.check("facts", want, want if found else fact_texts)
    return s


def table(scores: Iterable[DocScore]) -> str:
    """Per-document and per-field tables, then every miss."""
    scores = list(scores)
    lines = [f"{'document':34} {'score':>9} {'%':>6}"]
    for s in scores:
        pct = 100 * s.passed / s.total if s.total else 100.0
        lines.append(f"{s.name:34} {s.passed:>4}/{s.total:<4} {pct:6.1f}")
    passed = sum(s.passed for s in scores)
    total = sum(s.total for s in scores)
    lines.append(f"{'ALL':34} {passed:>4}/{total:<4} {100 * passed / max(total, 1):6.1f}")
    lines.append("")
    lines.append(f"{'field':34} {'score':>9} {'%':>6}")
    for name in FIELDS:
        p = sum(s.fields[name][0] for s in scores)
        t = sum(s.fields[name][1] for s in scores)
        if name == "extra":
            lines.append(f"{'extra (items not expected)':34} {t:>9}")
            continue
        pct = 100 * p / t if t else 100.0
        lines.append(f"{name:34} {p:>4}/{t:<4} {pct:6.1f}")
    misses = [(s.name, m) for s in scores for m in s.misses]
    if misses:
        lines.append("")
        lines.append("misses:")
        lines.extend(f"  {doc}: {m}" for doc, m in misses)
    return "\n".join(lines)


def overall(scores: Iterable[DocScore]) -> float:
    """Fraction of all checks (extras counted as failed checks) that passed."""
    scores = list(scores)
    total = sum(s.total for s in scores)
    return sum(s.passed for s in scores) / total if total else 1.0


def main(argv: list[str] | None = None) -> int:
    """Score every folder named on the command line (default: the varied fixtures)."""
    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or [DEFAULT_FOLDER]
    scores = [score(p) for folder in folders for p in cases(folder)]
    print(table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
