"""Score the parser on a development set of briefings in other languages, field by field.

Usage: python benchmarks/score_lang.py DEVSET [--show]

``DEVSET`` holds one folder per language (``fr``, ``ko`` …), each with documents and a
``keys.json``: ``{file: {title, place, date, quotes: [[text prefix, speaker], …]}}``
(a ``null`` title is not scored; ``null`` place or date means none is expected). The real
articles stay outside the repository; only this scorer is ours.

Per language it prints the share of documents with the right title, place and date, the
quotes' precision, recall and F1 (a found quote matches a key quote when its text starts
with the key's prefix, marks and spaces aside; each is used once), and the share of matched
quotes whose speaker is right (the same name, or one holding the other: ``Merz`` for
``Friedrich Merz``). ``--show`` lists every miss. Run it on two checkouts to compare them
(``PYTHONPATH=OTHER python benchmarks/score_lang.py …`` scores OTHER's parser).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

MARKS = "\"'“”‘’«»„‚‹›「」『』 \u00a0"


def _norm(text: str | None) -> str:
    """Text compared without case, outer marks or runs of spaces (NFC)."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).strip(MARKS).casefold()


def _same_person(key: str | None, found: str | None) -> bool:
    if key is None:
        return found is None
    a, b = _norm(key), _norm(found)
    return bool(b) and (a == b or a in b or b in a)


def score_language(folder: Path, show: bool) -> dict[str, float | int]:
    """The figures for one language's folder."""
    from tui.core.load import load_briefing

    keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    titles = [0, 0]
    places = dates = 0
    tp = fp = fn = 0
    speakers = [0, 0]
    for name, key in sorted(keys.items()):
        doc = load_briefing(folder / name)
        if key["title"] is not None:
            titles[1] += 1
            if _norm(doc.title) == _norm(key["title"]):
                titles[0] += 1
            elif show:
                print(f"  {folder.name}/{name} title: {doc.title!r} (want {key['title']!r})")
        if _norm(doc.place) == _norm(key["place"]):
            places += 1
        elif show:
            print(f"  {folder.name}/{name} place: {doc.place!r} (want {key['place']!r})")
        got_date = doc.date.isoformat() if doc.date else None
        if got_date == key["date"]:
            dates += 1
        elif show:
            print(f"  {folder.name}/{name} date: {got_date!r} (want {key['date']!r})")
        found = [(_norm(q.text), q.speaker) for q in doc.quotes]
        used = [False] * len(found)
        for prefix, speaker in key["quotes"]:
            want = _norm(prefix)
            hit = next(
                (i for i, (t, _) in enumerate(found) if not used[i] and t.startswith(want)), None
            )
            if hit is None:
                fn += 1
                if show:
                    print(f"  {folder.name}/{name} missed quote: {prefix!r}")
                continue
            used[hit] = True
            tp += 1
            speakers[1] += 1
            if _same_person(speaker, found[hit][1]):
                speakers[0] += 1
            elif show:
                print(
                    f"  {folder.name}/{name} speaker of {prefix!r}: {found[hit][1]!r} (want {speaker!r})"
                )
        for i, (text, speaker) in enumerate(found):
            if not used[i]:
                fp += 1
                if show:
                    print(f"  {folder.name}/{name} extra quote: {text[:50]!r} ({speaker})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(keys)
    return {
        "docs": n,
        "title": titles[0] / titles[1] if titles[1] else 1.0,
        "place": places / n,
        "date": dates / n,
        "quotes_p": precision,
        "quotes_r": recall,
        "quotes_f1": f1,
        "speakers": speakers[0] / speakers[1] if speakers[1] else 1.0,
        "quotes": tp + fn,
    }


def main(argv: list[str] | None = None) -> int:
    """Print a table of figures per language."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", type=Path)
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    folders = sorted(p for p in args.devset.iterdir() if (p / "keys.json").is_file())
    if not folders:
        print(f"{args.devset}: no language folder with a keys.json", file=sys.stderr)
        return 1
    print(f"{'lang':5} {'docs':>4} {'title':>6} {'place':>6} {'date':>6} {'quotes':>6} "
          f"{'P':>5} {'R':>5} {'F1':>5} {'speakers':>8}")  # fmt: skip
    for folder in folders:
        s = score_language(folder, args.show)
        print(
            f"{folder.name:5} {s['docs']:>4} {s['title']:>6.0%} {s['place']:>6.0%} "
            f"{s['date']:>6.0%} {s['quotes']:>6} {s['quotes_p']:>5.2f} {s['quotes_r']:>5.2f} "
            f"{s['quotes_f1']:>5.2f} {s['speakers']:>8.0%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
