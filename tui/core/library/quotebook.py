"""The quote book: every quote in the library with its speaker, office, briefing and date.

A SQLite file beside the metadata index. Rows are kept per document and trusted only while
the file's size, mtime and ctime match and the parser fingerprint is the one that wrote
them; anything else is parsed again (a full parse: quotes need the extractor). Quote search
matches words regardless of case and accents, in any script (no tokenizer is involved).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError
from tui.core.fold import fold
from tui.core.library.quoterows import DocRow, QuoteRow

if TYPE_CHECKING:
    import sqlite3

    from tui.core.library.speakers import People, Speaker

__all__ = ["DB_NAME", "QUOTEBOOK_SCHEMA", "QuoteBook", "QuoteRow"]

QUOTEBOOK_SCHEMA = 2
DB_NAME = "quotes.sqlite3"
#: Rows written per transaction while syncing.
_BATCH = 256


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    # ctime too: an edit that keeps the size and restores the mtime still changes it.
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class QuoteBook:
    """The library's quotes in SQLite (``path=None``: in memory, for tests and fallbacks)."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else Path(path)
        self._local = threading.local()
        self._fingerprint: str | None = None

    @classmethod
    def default(cls, scope: Iterable[str | os.PathLike[str]] = ()) -> QuoteBook:
        """The quote book in the user cache folder for a library of ``scope`` folders.

        One book per set of folders, so opening another folder now and then does not make
        the library's book forget (and parse again) everything.
        """
        import hashlib

        from tui.core.paths import cache_dir

        names = "\n".join(sorted(os.path.abspath(os.fspath(p)) for p in scope))
        tag = hashlib.blake2b(names.encode(), digest_size=6).hexdigest()
        return cls(cache_dir() / f"quotes-{tag}.sqlite3")

    # -- connection ---------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            self._local.conn = conn
        return conn

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        if self.path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            except (OSError, sqlite3.Error):
                # An unusable cache: work in memory this time rather than fail.
                conn = sqlite3.connect(":memory:", check_same_thread=False)
                version = 0
            if version not in (0, QUOTEBOOK_SCHEMA):
                # Another schema: start again (the book is a cache of the documents).
                with conn:
                    for table in ("quotes", "docs", "meta"):
                        conn.execute(f"DROP TABLE IF EXISTS {table}")
        with conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS docs(path TEXT PRIMARY KEY, size INTEGER,"
                " mtime_ns INTEGER, ctime_ns INTEGER, parser TEXT, id TEXT, title TEXT,"
                " date TEXT, place TEXT, error TEXT)"
            )
            conn.execute(
                "CREATE TABLE IF NOT EXISTS quotes(path TEXT NOT NULL, seq INTEGER NOT NULL,"
                " quote_id TEXT NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL,"
                " speaker TEXT, role TEXT, context TEXT NOT NULL, person TEXT,"
                " PRIMARY KEY(path, seq))"
            )
            conn.execute("CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person)")
            conn.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
            conn.execute(f"PRAGMA user_version = {QUOTEBOOK_SCHEMA}")
        return conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self) -> QuoteBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _parser(self) -> str:
        if self._fingerprint is None:
            from tui.core.library.digest import parser_fingerprint

            self._fingerprint = parser_fingerprint()
        return self._fingerprint

    # -- keeping it in step ----------------------------------------------------------

    def stale(self, paths: Iterable[str | os.PathLike[str]]) -> list[str]:
        """The paths whose quotes must be read again (new, changed or parsed by other code)."""
        known = {
            row[0]: tuple(row[1:])
            for row in self._conn().execute(
                "SELECT path, size, mtime_ns, ctime_ns, parser FROM docs"
            )
        }
        parser = self._parser()
        out = []
        for p in paths:
            path = os.fspath(p)
            try:
                stamp = _stamp(os.stat(path))
            except OSError:
                continue
            if known.get(path) != (*stamp, parser):
                out.append(path)
        return out

    def sync(
        self,
        paths: Sequence[str | os.PathLike[str]],
        progress: Callable[[int, int], None] | None = None,
        *,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Read the quotes of every new or changed document in ``paths``; forget gone files.

        Returns how many documents were read or forgotten (0: the book was already up to
        date). ``progress(done, total)`` follows the reads;
        ``cancelled()`` is asked between documents and stops the sync early.
        """
        from tui.core.load import load_briefing

        conn = self._conn()
        wanted = [os.fspath(p) for p in paths]
        asked = set(wanted)
        # A book holds one library: files gone from it (deleted, or out of its folders) go.
        gone = [
            (p,)
            for (p,) in conn.execute("SELECT path FROM docs").fetchall()
            if p not in asked or not os.path.exists(p)
        ]
        if gone:
            with conn:
                conn.executemany("DELETE FROM docs WHERE path = ?", gone)
                conn.executemany("DELETE FROM quotes WHERE path = ?", gone)
                self._set_dirty(conn)
        todo = self.stale(wanted)
        parser = self._parser()
        batch: list[tuple[str, tuple[int, int, int], object]] = []
        for done, path in enumerate(todo, 1):
            if cancelled():
                break
            try:
                stamp = _stamp(os.stat(path))
                result: object = load_briefing(path)
            except (BriefingError, OSError) as exc:
                result = exc
                stamp = (0, 0, 0)
            batch.append((path, stamp, result))
            if len(batch) >= _BATCH:
                self._write(batch, parser)
                batch = []
            if progress is not None:
                progress(done, len(todo))
        if batch:
            self._write(batch, parser)
        return len(todo) + len(gone)

    def _write(self, batch: list[tuple[str, tuple[int, int, int], object]], parser: str) -> None:
        from tui.core.model import Briefing

        conn = self._conn()
        with conn:
            self._set_dirty(conn)
            for path, stamp, result in batch:
                conn.execute("DELETE FROM quotes WHERE path = ?", (path,))
                doc: tuple[str | None, str, str | None, str | None, str | None]
                if isinstance(result, Briefing):
                    date = result.date.isoformat() if result.date else None
                    doc = (result.id, result.title, date, result.place, None)
                    conn.executemany(
                        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                        [
                            (path, i, q.id, q.text, fold(q.text), q.speaker, q.role, q.context)
                            for i, q in enumerate(result.quotes)
                        ],
                    )
                else:
                    doc = (None, os.path.basename(path), None, None, str(result))
                conn.execute(
                    "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (path, *stamp, parser, *doc),
                )

    # -- reading ---------------------------------------------------------------------

    def quotes(
        self,
        within: Iterable[str] | None = None,
        *,
        words: Sequence[str] = (),
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        persons: Iterable[str] | None = None,
    ) -> list[QuoteRow]:
        """Quotes newest first, narrowed by words (all must appear), dates, place, people.

        ``within``: only these document paths. ``persons``: only quotes said by these
        people (keys from ``people()``).
        """
        sql = [
            "SELECT q.path, d.id, d.title, d.date, d.place, q.quote_id, q.text, q.speaker,"
            " q.role, q.context, q.person FROM quotes q JOIN docs d ON d.path = q.path WHERE 1"
        ]
        args: list[object] = []
        if persons is not None:
            keys = list(persons)
            sql.append(f"AND q.person IN ({', '.join('?' * len(keys))})")
            args.extend(keys)
        for word in words:
            folded = fold(word)
            if folded:
                sql.append("AND instr(q.folded, ?) > 0")
                args.append(folded)
        if since is not None:
            sql.append("AND d.date >= ?")
            args.append(since.isoformat())
        if until is not None:
            sql.append("AND d.date <= ?")
            args.append(until.isoformat())
        sql.append("ORDER BY q.path, q.seq")
        rows = self._conn().execute(" ".join(sql), args).fetchall()
        allowed = None if within is None else {os.fspath(p) for p in within}
        wanted_place = fold(place) if place else None
        out = []
        for r in rows:
            if allowed is not None and r[0] not in allowed:
                continue
            if wanted_place and wanted_place not in fold(r[4] or ""):
                continue
            out.append(QuoteRow(r[0], r[1], r[2], _day(r[3]), *r[4:]))
        return sort_quotes_newest_first(out)

    def documents(self, within: Iterable[str] | None = None) -> list[DocRow]:
        """The readable briefings the quote book holds (title, date, place)."""
        allowed = None if within is None else {os.fspath(p) for p in within}
        rows = self._conn().execute("SELECT path, title, date, place FROM docs WHERE error IS NULL")
        return [
            DocRow(p, t, _day(d), pl) for p, t, d, pl in rows if allowed is None or p in allowed
        ]

    def count(self) -> int:
        """How many quotes the book holds."""
        return int(self._conn().execute("SELECT count(*) FROM quotes").fetchone()[0])

    def paths_quoting(self, persons: Iterable[str]) -> set[str]:
        """The documents in which any of these people is quoted."""
        keys = list(persons)
        marks = ", ".join("?" * len(keys))
        sql = f"SELECT DISTINCT path FROM quotes WHERE person IN ({marks})"
        return {p for (p,) in self._conn().execute(sql, keys)}

    # -- people --------------------------------------------------------------------

    def _set_dirty(self, conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('grouped', NULL)")

    def people(self, apart: Iterable[str] = ()) -> People:
        """The speakers merged into people, as of the last sync (merged again only if needed).

        The grouping is kept in the book with the names set apart that it was made with;
        while neither the documents nor ``apart`` change, this is one small read.
        """
        import json

        from tui.core.library.speakers import People, Speaker, group_speakers

        conn = self._conn()
        wanted = json.dumps(sorted(set(apart)))
        row = conn.execute("SELECT value FROM meta WHERE key = 'grouped'").fetchone()
        if row is not None and row[0] is not None:
            stored = json.loads(row[0])
            if stored.get("apart") == wanted:
                return People(tuple(_speaker(d, Speaker) for d in stored["speakers"]), {})
        rows = [
            QuoteRow(path, "", "", _day(date), None, qid, "", speaker, role, "")
            for path, qid, speaker, role, date in conn.execute(
                "SELECT q.path, q.quote_id, q.speaker, q.role, d.date FROM quotes q"
                " JOIN docs d ON d.path = q.path WHERE q.speaker IS NOT NULL"
            )
        ]
        people = group_speakers(rows, apart=set(apart))
        speakers = [
            {
                **{f: getattr(s, f) for f in ("key", "name", "quotes", "briefings")},
                "aliases": list(s.aliases),
                "offices": list(s.offices),
                "first": s.first.isoformat() if s.first else None,
                "last": s.last.isoformat() if s.last else None,
            }
            for s in people.speakers
        ]
        with conn:
            conn.execute("UPDATE quotes SET person = NULL")
            conn.executemany(
                "UPDATE quotes SET person = ? WHERE path = ? AND quote_id = ?",
                [(key, path, qid) for (path, qid), key in people.said_by.items()],
            )
            value = json.dumps({"apart": wanted, "speakers": speakers}, ensure_ascii=False)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('grouped', ?)", (value,))
        return people

    def remove_files(self) -> None:
        """Delete the quote book's files (it is a cache; the next sync rebuilds it)."""
        self.close()
        if self.path is not None:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.path}{suffix}")


def _speaker(data: dict[str, object], make: type[Speaker]) -> Speaker:
    """A speaker from its stored form."""
    return make(
        key=str(data["key"]),
        name=str(data["name"]),
        aliases=tuple(data["aliases"]),  # type: ignore[arg-type]
        offices=tuple(data["offices"]),  # type: ignore[arg-type]
        quotes=int(data["quotes"]),  # type: ignore[call-overload]
        briefings=int(data["briefings"]),  # type: ignore[call-overload]
        first=_day(data["first"]),  # type: ignore[arg-type]
        last=_day(data["last"]),  # type: ignore[arg-type]
    )


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def sort_quotes_newest_first(rows: Iterable[QuoteRow]) -> list[QuoteRow]:
    """Newest briefing first, undated last; within a briefing, in document order."""
    out = list(rows)
    out.sort(key=lambda r: (r.title.casefold(), r.path))
    out.sort(key=lambda r: r.date or dt.date.min, reverse=True)
    return out


def iter_months(rows: Iterable[dt.date | None]) -> Iterator[str]:
    """``YYYY-MM`` for each dated item (undated ones are skipped)."""
    for day in rows:
        if day is not None:
            yield f"{day.year:04d}-{day.month:02d}"
