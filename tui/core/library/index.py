"""The metadata index: a SQLite cache of each document's list row and searchable text.

Rows are keyed by absolute path and trusted only while the file's size, mtime_ns and
ctime_ns match (``cp -p`` and ``rsync -t`` restore the mtime of a same-size edit; nothing
restores the ctime). A corrupt file, an old schema or a new parser rebuilds the cache (an
old schema is replaced inside one transaction, never by deleting a file another process may
have open; the schema is created in one transaction too); a cache that cannot be opened or
written (read-only folder, no FTS5, locked) degrades to parsing without it, never to an
error, and a search it cannot answer says so (``None``) so the caller reads the files. ``sqlite3`` is imported lazily so that ``import tui.core`` stays cheap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.library.digest import (
    CJK_TABLE,
    FTS_COLUMNS,
    INDEX_SCHEMA,
    Digest,
    cjk_pairs,
    digest_entries,
    has_cjk,
    parser_fingerprint,
)

if TYPE_CHECKING:
    import sqlite3

    from tui.core.library.fts import Hit
    from tui.core.library.rows import Entry

#: Bump when the tables change; an index with another version is rebuilt.
DB_NAME = "index.sqlite3"
#: The full-text module; tests point it at a missing one to check the fallback.
FTS_MODULE = "fts5"
#: Parsed rows are written in one transaction per batch.
BATCH = 1024
#: A scan with at least this many files to parse spreads them over worker processes.
POOL_MIN_JOBS = 400
#: A quick scan head-parses only when at least this many files need parsing (fewer are
#: parsed whole at once: a second pass would cost more than it saves).
QUICK_MIN_JOBS = 400
POOL_MAX_WORKERS = 4
#: How long ``newest`` (before the first frame) waits for an index another process holds.
NEWEST_WAIT = 0.1
#: Progress is reported at most this often (seconds), plus the first and last item.
PROGRESS_EVERY = 0.05
__all__ = ["DB_NAME", "INDEX_SCHEMA", "Index"]


class _Rows:
    """Turns cached or fresh rows into entries, sharing one ``date`` object per day."""

    def __init__(self) -> None:
        from tui.core.library.rows import Entry

        self._entry = Entry
        self._dates: dict[str, dt.date] = {}

    def entry(
        self,
        path: str,
        id_: Any,
        title: Any,
        date: Any,
        place: Any,
        error: Any,
        provisional: bool = False,
    ) -> Entry:
        """The entry for one row; ``ValueError``/``TypeError`` if the row is malformed."""
        day = None
        if date:
            day = self._dates.get(date)
            if day is None:
                day = self._dates[date] = dt.date.fromisoformat(date)
        if not isinstance(title, str):
            raise TypeError("title is not text")
        return self._entry(path, title, day, place, id_, error, provisional)


class Index:
    """The metadata index in one SQLite file, with one connection per thread.

    Args:
        path: the database file; ``None`` disables caching (every scan parses).
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path is not None else None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._disabled = path is None
        self._fts = True
        #: Why the cache is not in use, for a one-line notice (``None`` while it is fine).
        self.problem: str | None = None

    @classmethod
    def default(cls) -> Index:
        """The index in the user cache dir (``$BRIEFING_CACHE_DIR`` overrides)."""
        from tui.core.paths import cache_dir

        return cls(cache_dir() / DB_NAME)

    # -- connections ---------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection | None:
        """This thread's connection, opened (and the file checked or rebuilt) on first use."""
        if self._disabled:
            return None
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        import sqlite3

        with self._lock:
            try:
                conn = self._open_checked()
            except (sqlite3.Error, OSError) as exc:
                self._give_up(f"metadata cache unavailable ({exc}); parsing every document")
                return None
        self._local.conn = conn
        return conn

    def _give_up(self, why: str) -> None:
        self._disabled = True
        self.problem = why

    def _open_checked(self) -> sqlite3.Connection:
        import sqlite3

        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = None
        try:
            conn = _connect(self.path)
            self._ensure_schema(conn)
            return conn
        except sqlite3.OperationalError:
            # Locked, read-only, out of space…: not the file's fault, so leave it be.
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError:
            pass  # not a database at all: nobody can be using it; start afresh below
        if conn is not None:
            conn.close()
        self._remove_files()
        conn = _connect(self.path)
        self._ensure_schema(conn)
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        """Use the index as it is if it is of this schema and parser, else (re)create it.

        Creating and replacing happen in one write transaction that first looks again, so
        a process starting at the same moment sees no schema or a whole one, and two never
        both build it; an outdated index is emptied in place, never unlinked under a
        process that has it open.
        """
        if self._usable(conn):
            return
        with conn:
            conn.execute("BEGIN IMMEDIATE")  # waits for a concurrent creator (timeout)
            if self._usable(conn):
                return  # another process built it meanwhile
            for (table,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name IN"
                " ('fts', 'docs', 'meta', ?)",
                (CJK_TABLE,),
            ).fetchall():
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            self._create(conn)

    def _usable(self, conn: sqlite3.Connection) -> bool:
        """Whether the file holds a whole index of this schema and parser."""
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"meta", "docs", "fts", CJK_TABLE} <= tables:
            return False
        meta = _current_meta(conn)
        if meta is None:
            return False
        self._fts = meta.get("fts") == "1"
        if self._fts:
            # Fails here, not mid-scan, if this sqlite cannot read the FTS table.
            conn.execute("SELECT rowid FROM fts LIMIT 0").fetchall()
        return True

    def _create(self, conn: sqlite3.Connection) -> None:
        """The tables, inside the caller's transaction."""
        import sqlite3

        cols = ", ".join(FTS_COLUMNS)
        conn.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute(
            "CREATE TABLE docs(rowid INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
            " size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,"
            " id TEXT, title TEXT NOT NULL, date TEXT, place TEXT, error TEXT)"
        )
        conn.execute("CREATE INDEX docs_date ON docs(date)")  # for ``newest``
        try:
            conn.execute(
                f"CREATE VIRTUAL TABLE fts USING {FTS_MODULE}({cols},"
                " tokenize='unicode61 remove_diacritics 2')"
            )
            conn.execute(f"CREATE VIRTUAL TABLE {CJK_TABLE} USING {FTS_MODULE}(text)")
            self._fts = True
        except sqlite3.OperationalError:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {CJK_TABLE}(text)")
            # This sqlite lacks FTS5: keep the text in a plain table and search it slowly.
            conn.execute(f"CREATE TABLE fts({cols})")
            self._fts = False
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("parser", parser_fingerprint()), ("fts", "1" if self._fts else "0")],
        )
        conn.execute(f"PRAGMA user_version = {INDEX_SCHEMA}")

    def _remove_files(self) -> None:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def close(self) -> None:
        """Close this thread's connection (others close when their thread ends)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------

    def _rows(self) -> dict[str, tuple[Any, ...]]:
        """Every cached row by path: (rowid, size, mtime_ns, ctime_ns, id, title, …, error)."""
        import sqlite3

        conn = self._conn()
        if conn is None:
            return {}
        sql = (
            "SELECT path, rowid, size, mtime_ns, ctime_ns, id, title, date, place, error FROM docs"
        )
        try:
            return {r[0]: r[1:] for r in conn.execute(sql)}
        except sqlite3.OperationalError:
            return {}  # busy or unreadable right now: parse this time, keep the file
        except sqlite3.DatabaseError:
            # Damaged past the header: rebuild once, then carry on with an empty cache.
            self.close()
            with self._lock:
                self._remove_files()
            self._conn()
            return {}

    def scan(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Callable[[int, int], None] | None = None,
        *,
        quick: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[Entry]:
        """Yield an entry per path, in order: cached rows for unchanged files, else a parse.

        Parsed files are written back in batches; files that have gone from the scanned
        folders are dropped from the index. ``progress(done, total)`` is throttled.

        ``quick=True`` lists a cold library sooner: when ``QUICK_MIN_JOBS`` or more files
        need parsing, they get a head parse (see ``load_briefing``), their entries are
        marked ``provisional`` and nothing is written; a normal scan afterwards indexes
        them and confirms or corrects the rows. Fewer files are parsed and indexed as usual.

        ``cancelled()`` turning true ends the scan early, even in the middle of a long parse.
        """
        files = [os.path.abspath(p) for p in paths]
        total = len(files)
        rows = self._rows()
        make = _Rows()
        # First pass: stat everything and answer what the cache can.
        entries_of = _entry_rows(rows)
        found: list[list[Entry] | None] = []
        stale: list[tuple[int, os.stat_result | None]] = []
        for i, path in enumerate(files):
            try:
                st: os.stat_result | None = os.stat(path)
            except OSError:
                st = None
            cached = None
            if st is not None:
                cached = _cached(make, path, rows, entries_of, _stamp(st))
            found.append(cached)
            if cached is None:
                stale.append((i, st))
        # Second pass: parse what changed (in worker processes when there is a lot).
        quick = quick and len(stale) >= QUICK_MIN_JOBS
        digests = self._parse((files[i] for i, _ in stale), quick, cancelled) if stale else iter(())
        stale_at = dict(stale)
        pending: list[tuple[str, tuple[int, int, int], Any, Digest]] = []
        listed: set[str] = set()  # every path or entry locator yielded
        last_report = 0.0
        try:
            for i in range(total):
                entries = found[i]
                if entries is None:
                    digested = next(digests, None)
                    if digested is None:
                        return  # cancelled while parsing
                    entries = []
                    st = stale_at[i]
                    for loc, d in digested:
                        entries.append(make.entry(loc, *d[:5], provisional=quick))
                        if st is not None and not quick:
                            row = rows.get(loc)
                            rowid = row[0] if row is not None else None
                            pending.append((loc, _stamp(st), rowid, d))
                    if len(pending) >= BATCH:
                        self._write(pending)
                        pending = []
                for entry in entries:
                    listed.add(entry.path)
                    yield entry
                if progress is not None:
                    now = time.monotonic()
                    if i == 0 or i + 1 == total or now - last_report >= PROGRESS_EVERY:
                        last_report = now
                        progress(i + 1, total)
        finally:
            close = getattr(digests, "close", None)
            if close is not None:
                close()
            if pending:
                self._write(pending)
        if not quick:
            self._forget_gone(files, rows, listed)

    def _parse(
        self,
        paths: Iterable[str],
        head: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[list[tuple[str, Digest]]]:
        """``(locator, digest)`` lists for ``paths`` in order; over processes for a big batch.

        Ends early (fewer lists than paths) when ``cancelled()`` turns true.
        """
        from tui.core.library import pool as parse_pool
        from tui.core.load.guard import Cancelled

        todo = list(paths)
        workers = min(parse_pool.cpus(), POOL_MAX_WORKERS) if len(todo) >= POOL_MIN_JOBS else 1
        if workers < 2:
            try:
                for p in todo:
                    if cancelled is not None and cancelled():
                        return
                    yield digest_entries(p, head, cancelled)
            except Cancelled:
                return
            return
        try:
            yield from parse_pool.parse_many(
                todo, workers, digest_entries, head=head, cancelled=cancelled
            )
        except Cancelled:
            return

    def _write(self, batch: list[tuple[str, tuple[int, int, int], Any, Digest]]) -> None:
        """Upsert parsed rows in one transaction; a failure stops caching, never the scan."""
        import sqlite3

        conn = self._conn()
        if conn is None:
            return
        cols = ", ".join(FTS_COLUMNS)
        marks = ", ".join("?" * len(FTS_COLUMNS))
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                for path, stamp, rowid, d in batch:
                    meta = (*stamp, *d[:5])
                    if rowid is None:
                        existing = conn.execute(
                            "SELECT rowid FROM docs WHERE path = ?", (path,)
                        ).fetchone()
                        rowid = existing[0] if existing else None
                    if rowid is None:
                        cur = conn.execute(
                            "INSERT INTO docs(path, size, mtime_ns, ctime_ns, id, title, date,"
                            " place, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (path, *meta),
                        )
                        rowid = cur.lastrowid
                    else:
                        conn.execute(
                            "UPDATE docs SET size=?, mtime_ns=?, ctime_ns=?, id=?, title=?,"
                            " date=?, place=?, error=? WHERE rowid=?",
                            (*meta, rowid),
                        )
                        conn.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
                        conn.execute(f"DELETE FROM {CJK_TABLE} WHERE rowid = ?", (rowid,))
                    conn.execute(
                        f"INSERT INTO fts(rowid, {cols}) VALUES (?, {marks})", (rowid, *d[5])
                    )
                    if self._fts and any(map(has_cjk, d[5])):
                        conn.execute(
                            f"INSERT INTO {CJK_TABLE}(rowid, text) VALUES (?, ?)",
                            (rowid, cjk_pairs("\n".join(d[5]))),
                        )
        except sqlite3.Error as exc:
            self.close()
            self._give_up(f"metadata cache not written ({exc}); parsing every document")

    def _forget_gone(
        self, paths: list[str], rows: dict[str, tuple[Any, ...]], listed: set[str]
    ) -> None:
        """Drop rows for files missing from the folders just scanned, and for entries a
        feed or mailbox that was just scanned no longer holds (``listed``: what it yielded)."""
        import sqlite3

        from tui.core.load.registry import split_locator

        conn = self._conn()
        if conn is None or not rows:
            return
        others = [p for p in rows if p not in listed]
        if not others:
            return
        scanned = set(paths)
        folders = {os.path.dirname(p) for p in paths}
        # A row under a scanned folder (or a subfolder of one, which may be gone entirely)
        # whose file is missing is dropped; so is an entry its feed, just scanned, lost.
        gone = []
        for loc in others:
            base = split_locator(loc)[0]
            if _under(base, folders) and (base in scanned or not os.path.exists(base)):
                gone.append(rows[loc][0])
        if not gone:
            return
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("DELETE FROM docs WHERE rowid = ?", [(r,) for r in gone])
                conn.executemany("DELETE FROM fts WHERE rowid = ?", [(r,) for r in gone])
                conn.executemany(f"DELETE FROM {CJK_TABLE} WHERE rowid = ?", [(r,) for r in gone])
        except sqlite3.Error as exc:
            self.close()
            self._give_up(f"metadata cache not written ({exc}); parsing every document")

    def entries(self) -> list[Entry]:
        """Every cached entry without touching the files (fast; may be stale)."""
        make = _Rows()
        out = []
        for path, row in self._rows().items():
            try:
                out.append(make.entry(path, *row[4:]))
            except (TypeError, ValueError):
                continue
        return out

    def newest(self, targets: Iterable[str | os.PathLike[str]], limit: int) -> list[Entry]:
        """The newest cached entries under ``targets`` (folders or files), newest first.

        For a first frame before any scan, so it only ever reads: a connection of its own,
        read-only, that waits at most ``NEWEST_WAIT`` seconds for a busy file, and trusts
        the file only if schema and parser match. Anything amiss gives ``[]`` (the scan
        will sort it out). Files are not checked, so rows come ``provisional``. At most
        ``limit`` of them.
        """
        import sqlite3
        from urllib.parse import quote

        if self._disabled or self.path is None or not self.path.exists():
            return []
        clauses: list[str] = []
        args: list[str] = []
        for target in targets:
            path = os.path.abspath(target)
            if os.path.isdir(path):
                # Everything under the folder: paths from "F/" up to (not incl.) "F0".
                clauses.append("(path >= ? AND path < ?)")
                args += [path.rstrip(os.sep) + os.sep, path.rstrip(os.sep) + chr(ord(os.sep) + 1)]
            else:
                # The file, or its entries (``feed.rss#1`` …: "#" is followed by "$").
                clauses.append("(path = ? OR (path >= ? AND path < ?))")
                args += [path, path + "#", path + "$"]
        if not clauses:
            return []
        sql = (
            "SELECT path, id, title, date, place, error FROM docs INDEXED BY docs_date"
            f" WHERE {' OR '.join(clauses)} ORDER BY date DESC, title DESC LIMIT ?"
        )
        make = _Rows()
        out: list[Entry] = []
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=NEWEST_WAIT, isolation_level=None)
        except sqlite3.Error:
            return []
        try:
            if _current_meta(conn) is None:
                return []
            for path, id_, title, date, place, error in conn.execute(sql, (*args, limit)):
                with contextlib.suppress(TypeError, ValueError):
                    out.append(make.entry(path, id_, title, date, place, error, provisional=True))
        except sqlite3.Error:
            return []
        finally:
            conn.close()
        return out

    # -- search --------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 200,
        *,
        within: Iterable[str] | None = None,
        snippets: int = 100,
    ) -> list[Hit] | None:
        """Documents matching every word of ``query`` (the last as a prefix), best first.

        ``None`` when the index cannot answer (unusable, or missing some of ``within``: a
        cache deleted or emptied meanwhile); ``problem`` then says why. Never a silent
        "no match" for a document it does not hold.

        Args:
            query: what the user typed; any text is safe.
            limit: at most this many hits.
            within: if given, only these paths count (the library on screen).
            snippets: only the best this many hits carry a snippet (snippets are costly).
        """
        import sqlite3

        from tui.core.library.fts import search_cjk, search_fts, search_plain

        conn = self._conn()
        if conn is None:
            return None
        allowed = {os.path.abspath(p) for p in within} if within is not None else None
        try:
            if allowed is not None:
                held = {r[0] for r in conn.execute("SELECT path FROM docs")}
                if not allowed <= held:
                    self.problem = "metadata cache incomplete or deleted; searching the files"
                    return None
            if self._fts and has_cjk(query):
                return search_cjk(conn, query, limit, allowed, FTS_COLUMNS, snippets)
            if self._fts:
                return search_fts(conn, query, limit, allowed, snippets)
            return search_plain(conn, query, limit, allowed, FTS_COLUMNS)
        except sqlite3.Error as exc:
            self.problem = f"metadata cache unreadable ({exc}); searching the files"
            return None


def _under(path: str, folders: set[str]) -> bool:
    """Whether ``path`` lies in one of ``folders`` or below it."""
    parent = os.path.dirname(path)
    while True:
        if parent in folders:
            return True
        up = os.path.dirname(parent)
        if up == parent:
            return False
        parent = up


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    """What must be unchanged for a cached row to stand: size, mtime and ctime."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _entry_rows(rows: dict[str, tuple[Any, ...]]) -> dict[str, list[tuple[int, str]]]:
    """The cached entry locators of each multi-entry file, by file path, in entry order."""
    from tui.core.load.registry import split_locator

    out: dict[str, list[tuple[int, str]]] = {}
    for loc in rows:
        if "#" in loc:
            base, number = split_locator(loc)
            if number is not None:
                out.setdefault(base, []).append((number, loc))
    for found in out.values():
        found.sort()
    return out


def _cached(
    make: _Rows,
    path: str,
    rows: dict[str, tuple[Any, ...]],
    entries_of: dict[str, list[tuple[int, str]]],
    stamp: tuple[int, int, int],
) -> list[Entry] | None:
    """The cached entries of one file whose size and mtime are ``stamp``, else ``None``.

    A file's own row (most formats, or a feed that could not be read), or the rows of its
    entries numbered 1, 2, … without a gap, all written from this very version of the file.
    """
    keys = [path] if path in rows else [loc for _, loc in entries_of.get(path, ())]
    numbers = [n for n, _ in entries_of.get(path, ())] if path not in rows else [1]
    if not keys or numbers != list(range(1, len(keys) + 1)):
        return None
    out = []
    for key in keys:
        row = rows[key]
        if row[1:4] != stamp:
            return None
        try:
            out.append(make.entry(key, *row[4:]))
        except (TypeError, ValueError):
            return None  # a row we cannot read back is re-parsed
    return out


def _current_meta(conn: sqlite3.Connection) -> dict[str, str] | None:
    """The meta table of an index written by this schema and parser, else ``None``."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != INDEX_SCHEMA:
        return None
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    return meta if meta.get("parser") == parser_fingerprint() else None


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database file with WAL and autocommit (transactions are explicit)."""
    import sqlite3

    conn = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    try:
        _configure(conn)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
