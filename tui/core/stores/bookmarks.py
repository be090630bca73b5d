"""Bookmarks in ``bookmarks.toml``: a store that never loses one.

Building a bookmark from what the reader shows::

    from tui.core.stores.bookmarks import BookmarkStore, bookmark_for

    store = BookmarkStore(paths.config_dir(override) / "bookmarks.toml")
    store.load()                                     # LoadResult(bookmarks, message)
    bm = bookmark_for(doc, "quote", quote)           # or "area" + Area, "comment" + Comment,
                                                     # "briefing" + None (the whole document)
    added, result = store.toggle(bm)                 # add if absent, remove if present
    if result.message:
        app.notify(result.message, severity="warning", markup=False)  # data, not markup
    store.contains(bm.key)                           # is this quote bookmarked?
    store.for_briefing(doc.id)                       # to mark bookmarked quotes in a pane

A bookmark copies what it points to (text, speaker, briefing title and date, source path)
so it stays readable when the document is gone. Its key is ``(briefing_id, kind,
target_id)``: quotes and comments use their content ids, areas :func:`area_id`, a whole
briefing its own id.

Every change is one operation (add, remove, update) applied under a lock to what is on
disk *now*, then written atomically, so two open instances never drop each other's
changes. A change that cannot be written (read-only folder, full disk) stays in memory as
``pending`` and is written by the next successful save or :meth:`BookmarkStore.retry_pending`.
A file that is not readable TOML is renamed aside, never overwritten; a single entry that
cannot be read (or repeats another's key) is kept in the file as written and reported,
while every other bookmark loads. A symlinked file is written through the link.

Every save re-reads the file under the lock (never trusting its size and mtime, which a
coarse-grained file system may leave unchanged across another window's write), but only
entries whose text changed are parsed again and only changed bookmarks are rendered, so a
save stays fast with tens of thousands of bookmarks.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from tui.core.stores.problems import explain_os_error
from tui.core.stores.records import (
    FILE_NAME,
    FILE_VERSION,
    KINDS,
    UNREADABLE,
    Bookmark,
    BookmarkFormatError,
    BookmarkKey,
    BookmarkKind,
    ChunkCache,
    Document,
    area_id,
    bookmark_for,
    bookmark_from_dict,
    bookmark_to_dict,
    clean_tags,
    counted,
    dumps,
    loads,
    parse_tags,
    read_document,
    utc_now,
)
from tui.core.stores.safefile import (
    atomic_write_bytes,
    describe_os_error,
    locked,
    remove_stale_temps,
)

__all__ = [
    "FILE_NAME",
    "FILE_VERSION",
    "KINDS",
    "Bookmark",
    "BookmarkFormatError",
    "BookmarkKey",
    "BookmarkKind",
    "BookmarkStore",
    "LoadResult",
    "SaveResult",
    "area_id",
    "bookmark_for",
    "bookmark_from_dict",
    "bookmark_to_dict",
    "dumps",
    "loads",
    "parse_tags",
    "utc_now",
]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """The outcome of a change: ``ok`` when it is on disk; ``message`` is one line or None."""

    ok: bool
    message: str | None = None


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The bookmarks read, and a one-line message when the file had to be moved aside.

    ``unreadable`` is True when the file could not be read and was left where it is (a
    read-only load); ``message`` then names the file and, where known, the line.
    """

    bookmarks: tuple[Bookmark, ...]
    message: str | None = None
    unreadable: bool = False


# ------------------------------------------------------------------------------- store


@dataclass(frozen=True, slots=True)
class _Op:
    """One change, replayed onto whatever is on disk when it is saved."""

    action: Literal["add", "remove", "update"]
    key: BookmarkKey
    bookmark: Bookmark | None = None
    note: str | None = None
    tags: tuple[str, ...] | None = None

    def apply(self, items: dict[BookmarkKey, Bookmark]) -> None:
        """Apply this change to ``items`` in place."""
        if self.action == "add" and self.bookmark is not None:
            # An existing bookmark (added by another window) keeps its note and time.
            items.setdefault(self.key, self.bookmark)
        elif self.action == "remove":
            items.pop(self.key, None)
        elif self.action == "update" and self.key in items:
            changes: dict[str, Any] = {}
            if self.note is not None:
                changes["note"] = self.note
            if self.tags is not None:
                changes["tags"] = self.tags
            items[self.key] = replace(items[self.key], **changes)


class BookmarkStore:
    """Reads and safely writes ``bookmarks.toml``; see the module docstring."""

    def __init__(self, path: Path, *, lock_timeout: float = 5.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._items: dict[BookmarkKey, Bookmark] = {}
        self._extra: dict[str, Any] = {}
        self._pending: list[_Op] = []
        # The bytes this instance last read or wrote and what they hold: a file that
        # still has exactly those bytes is not read again. Its entries' texts (in
        # ``_chunks``) spare parsing the entries that did not change when it differs.
        self._last: tuple[bytes, Document] | None = None
        self._chunks: ChunkCache = {}  # see dumps(cache=...)

    # ---- reading

    def load(self, *, repair: bool = True) -> LoadResult:
        """Read the file; pending changes stay applied.

        Args:
            repair: move a corrupt file aside and start empty (the app, about to change
                it); False leaves the file untouched and reports where it is broken
                (listing and exporting never move or write files).
        """
        message: str | None = None
        try:
            doc = self._read_disk()
            items, extra = doc.items, doc.extra
            message = doc.problems(self.path.name)
        except UNREADABLE as exc:
            if not repair:
                return LoadResult((), self._describe_corrupt(exc), unreadable=True)
            items, extra, message = self._recover_corrupt(exc)
        except OSError as exc:
            if not repair:
                reason = describe_os_error(self.path, exc)
                return LoadResult((), f"bookmarks not read: {reason}", unreadable=True)
            items, extra = [], {}
            message = f"bookmarks not read: {explain_os_error(self.path, exc)}"
        state = {b.key: b for b in items}
        for op in self._pending:
            op.apply(state)
        self._items, self._extra = state, extra
        return LoadResult(tuple(state.values()), message)

    def all(self) -> tuple[Bookmark, ...]:
        """Every bookmark, oldest first as stored."""
        return tuple(self._items.values())

    def for_briefing(self, briefing_id: str) -> tuple[Bookmark, ...]:
        """The bookmarks of one briefing."""
        return tuple(b for b in self._items.values() if b.briefing_id == briefing_id)

    def contains(self, key: BookmarkKey | tuple[str, str, str]) -> bool:
        """Whether a bookmark with this key exists (in this session's view)."""
        return BookmarkKey(*key) in self._items

    def get(self, key: BookmarkKey | tuple[str, str, str]) -> Bookmark | None:
        """The bookmark with this key, or None."""
        return self._items.get(BookmarkKey(*key))

    @property
    def pending(self) -> int:
        """How many changes are only in memory (not yet written)."""
        return len(self._pending)

    # ---- changing

    def add(self, bm: Bookmark) -> SaveResult:
        """Add ``bm`` (a no-op if its key is already bookmarked)."""
        return self._change(_Op("add", bm.key, bookmark=bm))

    def remove(self, key: BookmarkKey | tuple[str, str, str]) -> SaveResult:
        """Remove the bookmark with ``key``."""
        return self._change(_Op("remove", BookmarkKey(*key)))

    def update(
        self,
        key: BookmarkKey | tuple[str, str, str],
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> SaveResult:
        """Change a bookmark's note and/or tags (None leaves that field as it is)."""
        clean = None if tags is None else clean_tags(tags)
        return self._change(_Op("update", BookmarkKey(*key), note=note, tags=clean))

    def toggle(self, bm: Bookmark) -> tuple[bool, SaveResult]:
        """Add ``bm`` if absent, else remove it; returns (now bookmarked, result)."""
        if bm.key in self._items:
            return False, self.remove(bm.key)
        return True, self.add(bm)

    def retry_pending(self) -> SaveResult:
        """Try again to write changes that could not be saved earlier."""
        if not self._pending:
            return SaveResult(True)
        return self._change(None)

    # ---- internals

    def _target(self) -> Path:
        """The file to write: the link's target when ``bookmarks.toml`` is a symlink."""
        return Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path

    def _read_disk(self) -> Document:
        try:
            with open(self.path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            return Document([], {}, [], {})
        if self._last is not None and self._last[0] == data:
            return self._last[1]
        known = {chunk: bm for bm, chunk in self._chunks.values()}
        doc = read_document(data.decode("utf-8-sig"), known)
        self._chunks = {bm.key: (bm, chunk) for chunk, bm in doc.chunks.items()}
        self._last = (data, doc)
        return doc

    def _describe_corrupt(self, exc: Exception) -> str:
        """One line naming the file, the line where it breaks (when known) and why."""
        line: int | None = None
        reason = _one_line(exc)
        if isinstance(exc, tomllib.TOMLDecodeError):
            found = re.search(r"\(at line (\d+), column \d+\)$", reason)
            if found:
                line = int(found.group(1))
                reason = reason[: found.start()].rstrip()
        else:
            try:
                raw = self.path.read_bytes()
            except OSError:
                raw = b""
            if isinstance(exc, UnicodeDecodeError):
                line = raw[: exc.start].count(b"\n") + 1
                reason = "not UTF-8 text"
            elif isinstance(exc, BookmarkFormatError) and exc.entry is not None:
                line = _entry_line(raw, exc.entry)
                if line is None:
                    reason = f"bookmark {exc.entry + 1}: {reason}"
        where = f"{self.path}, line {line}" if line else str(self.path)
        return f"{where}: {reason} (file left as it is; fix it or move it away)"

    def _recover_corrupt(self, exc: Exception) -> tuple[list[Bookmark], dict[str, Any], str | None]:
        """Under the lock: if the file is still unreadable, move it aside and start empty."""
        try:
            with locked(self._target(), self.lock_timeout):
                try:
                    doc = self._read_disk()
                    return doc.items, doc.extra, None  # another window already fixed it
                except UNREADABLE:
                    aside = self._move_aside()
        except OSError as os_exc:
            reason = describe_os_error(self.path.parent, os_exc)
            return (
                [],
                {},
                f"{self.path} is unreadable ({_one_line(exc)}) and could not be moved "
                f"aside: {reason}; starting empty for this session",
            )
        return [], {}, f"{self.path.name} was unreadable ({_one_line(exc)}); moved to {aside}"

    def _move_aside(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        real = self._target()
        target = real.with_name(f"{real.name}.corrupt-{stamp}")
        n = 2
        while target.exists():  # never overwrite an earlier copy
            target = real.with_name(f"{real.name}.corrupt-{stamp}-{n}")
            n += 1
        os.rename(real, target)
        return target

    def _change(self, op: _Op | None) -> SaveResult:
        ops = [*self._pending, *([op] if op else [])]
        note: str | None = None
        try:
            target = self._target()
            with locked(target, self.lock_timeout):
                try:
                    doc = self._read_disk()
                except UNREADABLE as exc:
                    aside = self._move_aside()
                    doc = Document([], {}, [], {})
                    note = f"{self.path.name} was unreadable ({_one_line(exc)}); moved to {aside}"
                state = {b.key: b for b in doc.items}
                for o in ops:
                    o.apply(state)
                if op is not None and op.action == "update" and op.key not in state:
                    note = note or "that bookmark was deleted in another window; nothing to edit"
                # An entry that repeats a deleted bookmark goes with it (else it would return).
                kept = [k for k in doc.kept if k.key is None or k.key in state]
                remove_stale_temps(target)
                text = dumps(
                    state.values(), doc.extra, cache=self._chunks, kept=[k.text for k in kept]
                )
                data = text.encode("utf-8")
                atomic_write_bytes(target, data)
                self._last = (data, Document(list(state.values()), doc.extra, kept, {}))
        except OSError as exc:
            if op is not None:
                op.apply(self._items)
                self._pending.append(op)
            reason = explain_os_error(self.path, exc)
            return SaveResult(False, f"bookmarks not saved: {reason}; kept for this session")
        saved_pending = len(self._pending)
        self._pending.clear()
        self._items, self._extra = state, doc.extra
        if saved_pending and note is None:
            changes = counted(saved_pending, "earlier bookmark change")
            note = f"saved {changes} to {self.path}"
        return SaveResult(True, note)


def _entry_line(raw: bytes, entry: int) -> int | None:
    """The line of the ``entry``-th (from 0) ``[[bookmarks]]`` header in ``raw``, if any."""
    headers = list(re.finditer(rb"(?m)^[ \t]*\[\[[ \t]*bookmarks[ \t]*\]\]", raw))
    if entry >= len(headers):
        return None
    return raw[: headers[entry].start()].count(b"\n") + 1


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
