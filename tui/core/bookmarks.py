"""Bookmarks in ``bookmarks.toml``: a store that never loses one.

Building a bookmark from what the reader shows::

    from tui.core.bookmarks import BookmarkStore, bookmark_for

    store = BookmarkStore(paths.config_dir(override) / "bookmarks.toml")
    store.load()                                     # LoadResult(bookmarks, message)
    bm = bookmark_for(doc, "quote", quote)           # or "area" + Area, "comment" + Comment,
                                                     # "briefing" + None (the whole document)
    added, result = store.toggle(bm)                 # add if absent, remove if present
    if result.message:
        app.notify(result.message, severity="information" if result.ok else "warning")
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
A file that is not readable TOML of the right shape is renamed aside, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, NamedTuple

import tomli_w

from tui.core.ids import digest
from tui.core.model import Area, Briefing, Comment, Quote
from tui.core.safefile import atomic_write_bytes, describe_os_error, locked

BookmarkKind = Literal["quote", "area", "comment", "briefing"]
KINDS: tuple[str, ...] = ("quote", "area", "comment", "briefing")
FILE_VERSION = 1
FILE_NAME = "bookmarks.toml"

# Order of keys in each [[bookmarks]] table; anything else found on disk is kept after them.
_FIELDS = (
    "kind",
    "briefing_id",
    "briefing_title",
    "briefing_date",
    "source",
    "target_id",
    "text",
    "speaker",
    "note",
    "tags",
    "created",
)


class BookmarkKey(NamedTuple):
    """What identifies a bookmark: one per target in one briefing."""

    briefing_id: str
    kind: str
    target_id: str


def utc_now() -> dt.datetime:
    """The current time, aware and in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A saved quote, area, comment or briefing, with a copy of its text."""

    kind: BookmarkKind
    briefing_id: str
    briefing_title: str
    source: str
    target_id: str
    text: str
    speaker: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: dt.datetime = field(default_factory=utc_now)
    briefing_date: dt.date | None = None
    # Keys a newer version wrote into this entry; kept so a rewrite does not drop them.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def key(self) -> BookmarkKey:
        """``(briefing_id, kind, target_id)``."""
        return BookmarkKey(self.briefing_id, self.kind, self.target_id)


@dataclass(frozen=True, slots=True)
class SaveResult:
    """The outcome of a change: ``ok`` when it is on disk; ``message`` is one line or None."""

    ok: bool
    message: str | None = None


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The bookmarks read, and a one-line message when the file had to be moved aside."""

    bookmarks: tuple[Bookmark, ...]
    message: str | None = None


class BookmarkFormatError(ValueError):
    """A bookmarks document that is TOML but not the shape we write."""


# ---------------------------------------------------------------------------- building


def area_id(area: Area) -> str:
    """A content id for an area (areas carry none): its name, so editing the text keeps it."""
    return "a-" + digest(area.name)


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from a comma-separated string: trimmed, empty ones and repeats dropped."""
    return _clean_tags(text.split(","))


def bookmark_for(
    doc: Briefing,
    kind: BookmarkKind,
    item: Quote | Area | Comment | None = None,
    source: str | os.PathLike[str] | None = None,
    *,
    note: str = "",
    tags: Iterable[str] = (),
    now: dt.datetime | None = None,
) -> Bookmark:
    """A bookmark on ``item`` (a Quote, Area or Comment of ``doc``; None for the briefing).

    Args:
        doc: the open briefing.
        kind: ``"quote"``, ``"area"``, ``"comment"`` or ``"briefing"``.
        item: what is highlighted; ignored for ``"briefing"``.
        source: the document's path; defaults to ``doc.source``, stored absolute.
        note: an initial note.
        tags: initial tags.
        now: the creation time (tests pass a fixed one).
    """
    src = str(source if source is not None else doc.source)
    if src and not src.startswith("<"):
        src = os.path.abspath(os.path.expanduser(src))
    speaker: str | None = None
    if kind == "quote" and isinstance(item, Quote):
        target, text, speaker = item.id, item.text, item.speaker
    elif kind == "area" and isinstance(item, Area):
        short = f" ({item.short})" if item.short else ""
        target, text = area_id(item), f"{item.name}{short}: {item.text}"
    elif kind == "comment" and isinstance(item, Comment):
        target, text, speaker = item.id, item.text, item.author
    elif kind == "briefing":
        target, text = doc.id, doc.summary
    else:
        raise ValueError(f"cannot bookmark {type(item).__name__} as {kind!r}")
    return Bookmark(
        kind=kind,
        briefing_id=doc.id,
        briefing_title=doc.title,
        briefing_date=doc.date,
        source=src,
        target_id=target,
        text=text,
        speaker=speaker,
        note=note,
        tags=_clean_tags(tags),
        created=(now or utc_now()),
    )


# ---------------------------------------------------------------------- (de)serialising


def bookmark_to_dict(bm: Bookmark) -> dict[str, Any]:
    """A TOML-ready table: contract key order, None values left out, extras kept after."""
    out: dict[str, Any] = {
        "kind": bm.kind,
        "briefing_id": bm.briefing_id,
        "briefing_title": bm.briefing_title,
        "briefing_date": bm.briefing_date,
        "source": bm.source,
        "target_id": bm.target_id,
        "text": bm.text,
        "speaker": bm.speaker,
        "note": bm.note,
        "tags": list(bm.tags),
        "created": bm.created,
    }
    out = {k: v for k, v in out.items() if v is not None}
    for k, v in bm.extra.items():
        if k not in out and k not in _FIELDS:
            out[k] = v
    return out


def _req_str(entry: Mapping[str, Any], name: str, default: str | None = None) -> str:
    value = entry.get(name, default)
    if not isinstance(value, str):
        raise BookmarkFormatError(f"'{name}' must be text")
    return value


def _opt_str(entry: Mapping[str, Any], name: str) -> str | None:
    value = entry.get(name)
    if value is not None and not isinstance(value, str):
        raise BookmarkFormatError(f"'{name}' must be text")
    return value


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BookmarkFormatError(f"'briefing_date' {value!r} is not a date") from None
    raise BookmarkFormatError("'briefing_date' must be a date")


def _as_created(value: Any) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise BookmarkFormatError(f"'created' {value!r} is not a date and time") from None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # a hand-edited local time: read it as UTC
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    raise BookmarkFormatError("'created' must be a date and time")


def bookmark_from_dict(entry: Mapping[str, Any]) -> Bookmark:
    """A bookmark from a table read from TOML or JSON; raises BookmarkFormatError."""
    if not isinstance(entry, Mapping):
        raise BookmarkFormatError("each bookmark must be a table")
    kind = _req_str(entry, "kind")
    if kind not in KINDS:
        raise BookmarkFormatError(f"unknown bookmark kind {kind!r}")
    tags = entry.get("tags", [])
    if not isinstance(tags, list | tuple) or not all(isinstance(t, str) for t in tags):
        raise BookmarkFormatError("'tags' must be a list of text")
    if "created" not in entry:
        raise BookmarkFormatError("a bookmark has no 'created' time")
    return Bookmark(
        kind=kind,  # type: ignore[arg-type]
        briefing_id=_req_str(entry, "briefing_id"),
        briefing_title=_req_str(entry, "briefing_title", ""),
        briefing_date=_as_date(entry.get("briefing_date")),
        source=_req_str(entry, "source", ""),
        target_id=_req_str(entry, "target_id"),
        text=_req_str(entry, "text"),
        speaker=_opt_str(entry, "speaker"),
        note=_req_str(entry, "note", ""),
        tags=tuple(tags),
        created=_as_created(entry["created"]),
        extra={k: v for k, v in entry.items() if k not in _FIELDS},
    )


def dumps(bookmarks: Iterable[Bookmark], extra: Mapping[str, Any] | None = None) -> str:
    """The ``bookmarks.toml`` text: ``version = 1`` first, then one table per bookmark."""
    doc: dict[str, Any] = {"version": FILE_VERSION}
    for k, v in (extra or {}).items():
        if k not in ("version", "bookmarks"):
            doc[k] = v
    doc["bookmarks"] = [bookmark_to_dict(b) for b in bookmarks]
    return tomli_w.dumps(doc, multiline_strings=False)


def loads(text: str) -> list[Bookmark]:
    """Bookmarks from ``bookmarks.toml`` text; raises TOMLDecodeError or BookmarkFormatError."""
    return _parse_document(tomllib.loads(text))[0]


def _parse_document(data: Mapping[str, Any]) -> tuple[list[Bookmark], dict[str, Any]]:
    version = data.get("version", FILE_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise BookmarkFormatError("'version' must be a number")
    entries = data.get("bookmarks", [])
    if not isinstance(entries, list):
        raise BookmarkFormatError("'bookmarks' must be an array of tables")
    items = [bookmark_from_dict(e) for e in entries]
    extra = {k: v for k, v in data.items() if k not in ("version", "bookmarks")}
    return items, extra


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

    # ---- reading

    def load(self) -> LoadResult:
        """Read the file (a corrupt one is moved aside); pending changes stay applied."""
        message: str | None = None
        try:
            items, extra = self._read_disk()
        except (tomllib.TOMLDecodeError, BookmarkFormatError, UnicodeDecodeError) as exc:
            items, extra, message = self._recover_corrupt(exc)
        except OSError as exc:
            items, extra = [], {}
            message = f"bookmarks not read: {describe_os_error(self.path, exc)}"
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
        clean = None if tags is None else _clean_tags(tags)
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

    def _read_disk(self) -> tuple[list[Bookmark], dict[str, Any]]:
        try:
            with open(self.path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            return [], {}
        return _parse_document(data)

    def _recover_corrupt(self, exc: Exception) -> tuple[list[Bookmark], dict[str, Any], str | None]:
        """Under the lock: if the file is still unreadable, move it aside and start empty."""
        try:
            with locked(self.path, self.lock_timeout):
                try:
                    items, extra = self._read_disk()
                    return items, extra, None  # another window already fixed it
                except (tomllib.TOMLDecodeError, BookmarkFormatError, UnicodeDecodeError):
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
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 2
        while target.exists():  # never overwrite an earlier copy
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        os.rename(self.path, target)
        return target

    def _change(self, op: _Op | None) -> SaveResult:
        ops = [*self._pending, *([op] if op else [])]
        note: str | None = None
        try:
            with locked(self.path, self.lock_timeout):
                try:
                    items, extra = self._read_disk()
                except (tomllib.TOMLDecodeError, BookmarkFormatError, UnicodeDecodeError) as exc:
                    aside = self._move_aside()
                    items, extra = [], {}
                    note = f"{self.path.name} was unreadable ({_one_line(exc)}); moved to {aside}"
                state = {b.key: b for b in items}
                for o in ops:
                    o.apply(state)
                atomic_write_bytes(self.path, dumps(state.values(), extra).encode("utf-8"))
        except OSError as exc:
            if op is not None:
                op.apply(self._items)
                self._pending.append(op)
            reason = describe_os_error(self.path.parent, exc)
            return SaveResult(False, f"bookmarks not saved: {reason}; kept for this session")
        saved_pending = len(self._pending)
        self._pending.clear()
        self._items, self._extra = state, extra
        if saved_pending and note is None:
            note = f"saved {saved_pending} earlier bookmark change(s) to {self.path}"
        return SaveResult(True, note)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
