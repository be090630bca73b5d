"""Searching the metadata index: safe FTS5 queries, ranked hits and their snippets.

The index (``tui.core.library.index``) owns the connection; these functions only read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.library.digest import CJK_TABLE, cjk_pairs

if TYPE_CHECKING:
    import sqlite3

# Private-use marks around matched words in a snippet; stripped into ``Hit.highlights``.
_MARK_ON, _MARK_OFF = "\ue000", "\ue001"
_WORD = re.compile(r"\w+")
_MARKS = re.compile(f"([{_MARK_ON}{_MARK_OFF}])")


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the document, its title and a snippet of matching text.

    ``highlights`` are ``(start, end)`` offsets of the matched words within ``snippet``.
    """

    path: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what a user typed: each word-run quoted, the last a prefix.

    Operators, quotes, ``*``, ``-`` and ``column:`` typed by a user become plain words or
    are dropped, so no input can raise a syntax error. ``None`` if nothing searchable is left.
    """
    phrases = []
    for chunk in text.split():
        words = _WORD.findall(chunk)
        if words:
            phrases.append('"' + " ".join(words) + '"')
    if not phrases:
        return None
    if not text[-1].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)


def split_highlights(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the match marks from a snippet, returning the text and the marked spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = -1
    for part in _MARKS.split(snippet):
        if part == _MARK_ON:
            start = pos
        elif part == _MARK_OFF:
            if start >= 0 and pos > start:
                spans.append((start, pos))
            start = -1
        else:
            out.append(part)
            pos += len(part)
    # Fields are stored one item per line; a snippet reads as one line (same length).
    return "".join(out).replace("\n", " "), tuple(spans)


def search_fts(
    conn: sqlite3.Connection,
    query: str,
    limit: int,
    allowed: set[str] | None,
    snippets: int = 100,
) -> list[Hit]:
    """Best-ranked hits from the FTS5 table (title weighs most, then summary).

    Ranking every match is cheap; a snippet is not (~40 µs each), so only the best
    ``snippets`` hits get one and the rest have an empty snippet.
    """
    match = fts_query(query)
    if match is None:
        return []
    ranked = conn.execute(
        "SELECT fts.rowid, d.path, d.title FROM fts JOIN docs d ON d.rowid = fts.rowid"
        " WHERE fts MATCH ? ORDER BY bm25(fts, 8.0, 3.0, 2.0, 2.0, 1.0)",
        (match,),
    )
    top: list[tuple[int, str, str]] = []
    for rowid, path, title in ranked:
        if allowed is None or path in allowed:
            top.append((rowid, path, title))
            if len(top) >= limit:
                break
    texts: dict[int, str] = {}
    wanted = [rowid for rowid, _, _ in top[: max(snippets, 0)]]
    for i in range(0, len(wanted), 500):  # stay under sqlite's bound-parameter limit
        part = wanted[i : i + 500]
        marks = ",".join("?" * len(part))
        texts.update(
            conn.execute(
                f"SELECT rowid, snippet(fts, -1, '{_MARK_ON}', '{_MARK_OFF}', '…', 16)"
                f" FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
                (match, *part),
            ).fetchall()
        )
    hits = []
    for rowid, path, title in top:
        text, spans = split_highlights(texts.get(rowid) or "")
        hits.append(Hit(path=path, title=title, snippet=text, highlights=spans))
    return hits


def search_plain(
    conn: sqlite3.Connection,
    query: str,
    limit: int,
    allowed: set[str] | None,
    columns: tuple[str, ...],
) -> list[Hit]:
    """Hits by substring from a plain table, for an sqlite built without FTS5 (unranked)."""
    words = [w.casefold() for w in _WORD.findall(query)]
    if not words:
        return []
    cols = ", ".join(f"f.{c}" for c in columns)
    sql = f"SELECT d.path, d.title, {cols} FROM fts f JOIN docs d ON d.rowid = f.rowid"

    hits: list[Hit] = []
    for path, title, *texts in conn.execute(sql):
        if allowed is not None and path not in allowed:
            continue
        low = "\n".join(t or "" for t in texts).casefold()
        if all(w in low for w in words):
            text, spans = split_highlights(_plain_snippet([t or "" for t in texts[1:]], words))
            hits.append(Hit(path=path, title=title, snippet=text, highlights=spans))
            if len(hits) >= limit:
                break
    return hits


def _plain_snippet(texts: list[str], words: list[str], width: int = 80) -> str:
    """A snippet around the first word found, with that word marked."""
    for text in texts:
        low = text.casefold()
        for w in words:
            i = low.find(w)
            if i >= 0:
                start = max(0, i - width // 2)
                end = min(len(text), i + len(w) + width // 2)
                before = " ".join(text[start:i].split()) + (
                    " " if text[i - 1 : i].isspace() else ""
                )
                after = (" " if text[i + len(w) : i + len(w) + 1].isspace() else "") + " ".join(
                    text[i + len(w) : end].split()
                )
                return (
                    ("…" if start else "")
                    + before.lstrip()
                    + f"{_MARK_ON}{text[i : i + len(w)]}{_MARK_OFF}"
                    + after.rstrip()
                    + ("…" if end < len(text) else "")
                )
    return ""


# --- Korean, Japanese and Chinese: the pairs table (see ``digest.cjk_pairs``) ------------


def search_cjk(
    conn: sqlite3.Connection,
    query: str,
    limit: int,
    allowed: set[str] | None,
    columns: tuple[str, ...],
    snippets: int = 100,
) -> list[Hit]:
    """Hits for a query holding Han, kana or Hangul, from the pairs table, best first.

    Only the best ``snippets`` hits get a snippet, cut from the stored text.
    """
    pairs = cjk_pairs(query).strip() + (" " if query[-1:].isspace() else "")
    match = fts_query(pairs) if pairs else None
    if match is None:
        return []
    ranked = conn.execute(
        f"SELECT c.rowid, d.path, d.title FROM {CJK_TABLE} c JOIN docs d ON d.rowid = c.rowid"
        f" WHERE {CJK_TABLE} MATCH ? ORDER BY bm25({CJK_TABLE})",
        (match,),
    )
    words = [w for w in query.split() if w]
    cols = ", ".join(columns[1:])
    hits: list[Hit] = []
    for rowid, path, title in ranked:
        if allowed is not None and path not in allowed:
            continue
        text = ""
        spans: tuple[tuple[int, int], ...] = ()
        if len(hits) < snippets:
            row = conn.execute(f"SELECT {cols} FROM fts WHERE rowid = ?", (rowid,)).fetchone()
            texts = [t or "" for t in row] if row else []
            text, spans = split_highlights(_plain_snippet(texts, [w.casefold() for w in words]))
        hits.append(Hit(path=path, title=title, snippet=text, highlights=spans))
        if len(hits) >= limit:
            break
    return hits
