"""Field-by-field score of the parser on a development set of real articles (a script, not a test).

``python benchmarks/score_devset.py FOLDER [-v] [--hash OUT]`` parses every ``NAME.txt`` in
``FOLDER`` that has a ``NAME.key.json`` answer key beside it and prints one figure per field:
title, place, date, quotes (precision, recall, F1), speakers right among the matched quotes,
comment count and declared count. ``-v`` lists every miss per document.

An answer key is what a careful human reads in the article::

    {"title": "...", "place": "Moscow" | null, "date": "2004-03-10" | null,
     "quotes": [["first words of the quote", "last words" | "", "Speaker Name" | null], ...],
     "optional": [[...same shape...]],      # scare quotes, names in quotes: neither needed
     "comments": 1, "declared": 1 | null,     # nor wrong if found
     "comment_authors": ["..."]}             # optional

A key quote is found when a parser quote starts with its first words (quote marks, apostrophes,
case and runs of white space folded); its last words, when given, score the quote's extent
(``quotes.extent``). A speaker may list spellings a reader would accept: ``"Obama|Barack
Obama"``. A place matches on its first comma part (``Green Bay, Wis.`` ~ ``Green Bay``).

``--hash OUT`` writes the keys to ``OUT`` with every quote's words replaced by a SHA-256 of the
folded words, so the keys can be kept without the articles' text; such keys score the same
(the scorer hashes the parser's quote prefixes to compare).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tui.core.load.loader import load_briefing  # noqa: E402
from tui.core.model import Briefing  # noqa: E402

_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_TRAIL = " ,.;:!?\"'…"
_HASHED = re.compile(r"^sha256:([0-9a-f]{64}):(\d+)$")


def fold(text: str | None) -> str:
    """Text as compared: quote marks and apostrophes unified, case and white space folded."""
    return _SPACE.sub(" ", (text or "").translate(_FOLD)).strip().casefold()


def hashed(words: str) -> str:
    """A stand-in for a key's words: the SHA-256 of the folded words, and their length."""
    f = fold(words).rstrip(_TRAIL)
    return f"sha256:{hashlib.sha256(f.encode()).hexdigest()}:{len(f)}"


def _starts(got: str, want: str) -> bool:
    """Whether the folded quote ``got`` starts with the key words ``want`` (maybe hashed)."""
    m = _HASHED.match(want)
    if m is None:
        return got.startswith(fold(want).rstrip(_TRAIL))
    n = int(m.group(2))
    return hashlib.sha256(got[:n].encode()).hexdigest() == m.group(1)


def _ends(got: str, want: str) -> bool:
    """Whether the folded quote ``got`` ends with the key words ``want`` (maybe hashed)."""
    if not want:
        return True
    got = got.rstrip(_TRAIL)
    m = _HASHED.match(want)
    if m is None:
        return got.endswith(fold(want).rstrip(_TRAIL))
    n = int(m.group(2))
    return hashlib.sha256(got[len(got) - n :].encode()).hexdigest() == m.group(1)


def same_speaker(want: str | None, got: str | None) -> bool:
    """Whether the parser's speaker is one of the spellings the key accepts."""
    if want is None:
        return got is None
    return got is not None and fold(got) in {fold(w) for w in want.split("|")}


def same_place(want: str | None, got: str | None) -> bool:
    """Places compared on their first comma part."""
    if want is None or got is None:
        return want is got
    return fold(want).split(",")[0].strip() == fold(got).split(",")[0].strip()


FIELDS = ("title", "place", "date", "speaker", "extent", "comments", "declared")


@dataclass
class DocScore:
    """The checks of one article."""

    name: str
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    found: int = 0  # key quotes the parser found
    expected: int = 0  # key quotes
    produced: int = 0  # parser quotes, less those matching an optional key quote
    empty: int = 0  # matched quotes left without a speaker where the key names one
    wrong: int = 0  # matched quotes given a different speaker
    misses: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, what: str) -> None:
        """Count one check; remember what failed."""
        self.fields[name][1] += 1
        if ok:
            self.fields[name][0] += 1
        else:
            self.misses.append(f"{name}: {what}")


def _match(quotes: list[tuple[str, Any]], start: str, used: set[int]) -> int | None:
    for i, (text, _q) in enumerate(quotes):
        if i not in used and _starts(text, start):
            return i
    return None


def score(path: Path, key: dict[str, Any], doc: Briefing | None = None) -> DocScore:
    """Parse ``path`` (unless ``doc`` is given) and score it against ``key``."""
    doc = doc if doc is not None else load_briefing(path)
    s = DocScore(path.stem)
    s.check("title", fold(doc.title) == fold(key["title"]), f"{key['title']!r} got {doc.title!r}")
    s.check("place", same_place(key["place"], doc.place), f"{key['place']!r} got {doc.place!r}")
    got_date = doc.date.isoformat() if doc.date else None
    s.check("date", key["date"] == got_date, f"{key['date']!r} got {got_date!r}")
    quotes = [(fold(q.text), q) for q in doc.quotes]
    used: set[int] = set()
    for start, end, speaker in key["quotes"]:
        s.expected += 1
        hit = _match(quotes, start, used)
        if hit is None:
            s.misses.append(f"quote missed: {start!r}")
            continue
        used.add(hit)
        s.found += 1
        q = quotes[hit][1]
        ok = same_speaker(speaker, q.speaker)
        s.check("speaker", ok, f"{start[:30]!r}: {speaker!r} got {q.speaker!r}")
        if not ok:
            s.empty += q.speaker is None
            s.wrong += q.speaker is not None
        s.check("extent", _ends(quotes[hit][0], end), f"{start[:30]!r} ends {q.text[-30:]!r}")
    optional = 0
    for start, _end, _speaker in key.get("optional", []):
        hit = _match(quotes, start, used)
        if hit is not None:
            used.add(hit)
            optional += 1
    s.produced = len(quotes) - optional
    for i, (_text, q) in enumerate(quotes):
        if i not in used:
            s.misses.append(f"quote extra: {q.text[:50]!r} ({q.speaker})")
    n = len(doc.comments)
    s.check("comments", n == key.get("comments", 0), f"{key.get('comments', 0)} got {n}")
    authors = key.get("comment_authors")
    if authors is not None:
        got_authors = [c.author for c in doc.comments]
        s.check("comments", got_authors == authors, f"authors {authors} got {got_authors}")
    declared = doc.comment_count_declared
    s.check("declared", declared == key.get("declared"), f"{key.get('declared')} got {declared}")
    return s


def cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The articles in ``folder`` that have a key beside them, with their keys."""
    out = []
    for key_path in sorted(folder.glob("*.key.json")):
        article = key_path.with_name(key_path.name[: -len(".key.json")] + ".txt")
        if article.exists():
            out.append((article, json.loads(key_path.read_text("utf-8"))))
    return out


def _pct(p: int, t: int) -> str:
    return f"{100 * p / t:6.1f}" if t else "     -"


def table(scores: list[DocScore], verbose: bool = False) -> str:
    """The per-field figures (and, verbose, every miss per document)."""
    lines = [f"{len(scores)} documents", f"{'field':28} {'right':>11} {'%':>6}"]
    for name in ("title", "place", "date"):
        p = sum(s.fields[name][0] for s in scores)
        t = sum(s.fields[name][1] for s in scores)
        lines.append(f"{name:28} {p:>5}/{t:<5} {_pct(p, t)}")
    found = sum(s.found for s in scores)
    expected = sum(s.expected for s in scores)
    produced = sum(s.produced for s in scores)
    precision = found / produced if produced else 1.0
    recall = found / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lines.append(f"{'quotes precision':28} {found:>5}/{produced:<5} {100 * precision:6.1f}")
    lines.append(f"{'quotes recall':28} {found:>5}/{expected:<5} {100 * recall:6.1f}")
    lines.append(f"{'quotes F1':28} {'':11} {100 * f1:6.1f}")
    for name, label in (("speaker", "speakers (matched quotes)"), ("extent", "quotes.extent")):
        p = sum(s.fields[name][0] for s in scores)
        t = sum(s.fields[name][1] for s in scores)
        lines.append(f"{label:28} {p:>5}/{t:<5} {_pct(p, t)}")
    empty = sum(s.empty for s in scores)
    wrong = sum(s.wrong for s in scores)
    lines.append(f"{'  of the misses: empty':28} {empty:>5}")
    lines.append(f"{'  of the misses: wrong name':28} {wrong:>5}")
    for name in ("comments", "declared"):
        p = sum(s.fields[name][0] for s in scores)
        t = sum(s.fields[name][1] for s in scores)
        lines.append(f"{name:28} {p:>5}/{t:<5} {_pct(p, t)}")
    if verbose:
        for s in scores:
            if s.misses:
                lines.append("")
                lines.append(f"{s.name}:")
                lines.extend(f"  {m}" for m in s.misses)
    return "\n".join(lines)


def _hash_key(key: dict[str, Any]) -> dict[str, Any]:
    out = dict(key)
    for part in ("quotes", "optional"):
        if part in key:
            out[part] = [
                [hashed(start), hashed(end) if end else "", speaker]
                for start, end, speaker in key[part]
            ]
    return out


def main(argv: list[str] | None = None) -> int:
    """Score the folder named on the command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--hash", type=Path, metavar="OUT", help="write hashed keys to OUT")
    args = ap.parse_args(argv)
    found = cases(args.folder)
    if args.hash is not None:
        args.hash.mkdir(parents=True, exist_ok=True)
        for article, key in found:
            target = args.hash / (article.stem + ".key.json")
            target.write_text(json.dumps(_hash_key(key), ensure_ascii=False, indent=1), "utf-8")
        print(f"{len(found)} hashed keys written")
        return 0
    print(table([score(p, k) for p, k in found], args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
