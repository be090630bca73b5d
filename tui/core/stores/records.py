"""Bookmark records: the dataclass, building one from a briefing, and the TOML/JSON shape.

``bookmarks.toml`` is ``version = 1`` then one ``[[bookmarks]]`` table per bookmark, as a
person would write it. A file of that shape is read entry by entry: an entry that cannot be
read (or repeats another's key) is kept as written and reported, never dropped with the
rest; the text of each entry is what a store reuses to write only what changed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, get_args

import tomli_w

from tui.core.ids import digest
from tui.core.model import Area, Briefing, Comment, Quote
from tui.core.parse.dates import as_date

BookmarkKind = Literal["quote", "area", "comment", "briefing"]
#: Every kind of bookmark, in the order above (the type is the one list).
KINDS: tuple[str, ...] = get_args(BookmarkKind)
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


def _scrub(text: str) -> str:
    """``text`` unchanged, unless it holds lone surrogates: those become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


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
    # ``key`` is asked for tens of thousands of times a save: built once.
    _key: BookmarkKey = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        # Text from a JSON briefing may hold lone surrogates ("\ud800"), which UTF-8 cannot
        # encode: the save would fail forever. Replace them once, here, for every path in.
        for name in ("briefing_id", "briefing_title", "source", "target_id", "text", "note"):
            object.__setattr__(self, name, _scrub(getattr(self, name)))
        if self.speaker is not None:
            object.__setattr__(self, "speaker", _scrub(self.speaker))
        object.__setattr__(self, "tags", tuple(_scrub(t) for t in self.tags))
        object.__setattr__(self, "_key", BookmarkKey(self.briefing_id, self.kind, self.target_id))

    @property
    def key(self) -> BookmarkKey:
        """``(briefing_id, kind, target_id)``."""
        return self._key


class BookmarkFormatError(ValueError):
    """A bookmarks document that is TOML but not the shape we write.

    ``entry`` is the position (from 0) of the bookmark at fault, when one is.
    """

    def __init__(self, message: str, entry: int | None = None) -> None:
        super().__init__(message)
        self.entry = entry


#: What reading a bookmarks file may raise when its text is not usable (a file nested
#: hundreds of levels deep exhausts the recursion of the TOML reader).
UNREADABLE: tuple[type[Exception], ...] = (
    tomllib.TOMLDecodeError,
    BookmarkFormatError,
    UnicodeDecodeError,
    RecursionError,
)


# ---------------------------------------------------------------------------- building


def area_id(area: Area) -> str:
    """A content id for an area (areas carry none): its name, so editing the text keeps it."""
    return "a-" + digest(area.name)


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, with empty ones and repeats dropped, in their first order."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from a comma-separated string: trimmed, empty ones and repeats dropped."""
    return clean_tags(text.split(","))


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
        tags=clean_tags(tags),
        created=(now or utc_now()),
    )


# ---------------------------------------------------------------------- (de)serialising


def bookmark_fields(bm: Bookmark) -> dict[str, Any]:
    """Every field of a bookmark by name, in the file's key order (tags as a list)."""
    out = {name: getattr(bm, name) for name in _FIELDS}
    out["tags"] = list(bm.tags)
    return out


def bookmark_to_dict(bm: Bookmark) -> dict[str, Any]:
    """A TOML-ready table: contract key order, None values left out, extras kept after."""
    out = {k: v for k, v in bookmark_fields(bm).items() if v is not None}
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
    try:
        return as_date(value)
    except ValueError:
        if isinstance(value, str):
            raise BookmarkFormatError(f"'briefing_date' {value!r} is not a date") from None
        raise BookmarkFormatError("'briefing_date' must be a date") from None


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


#: A store's cache of rendered entries: key -> (the bookmark, its ``[[bookmarks]]`` text).
ChunkCache = dict[BookmarkKey, tuple[Bookmark, str]]


def render_entry(bm: Bookmark) -> str:
    """One bookmark as its ``[[bookmarks]]`` table."""
    return tomli_w.dumps({"bookmarks": [bookmark_to_dict(bm)]}, multiline_strings=False)


def dumps(
    bookmarks: Iterable[Bookmark],
    extra: Mapping[str, Any] | None = None,
    *,
    cache: ChunkCache | None = None,
    kept: Iterable[str] = (),
) -> str:
    """The ``bookmarks.toml`` text: ``version = 1`` first, then one table per bookmark.

    Args:
        bookmarks: what to write, in order.
        extra: unknown top-level keys read from the file, written back.
        cache: key -> (bookmark, its text), reused when it holds this very bookmark object
            and refilled; a store keeps one so a save renders only what changed.
        kept: entries that could not be read, written back as they were (after the rest).
    """
    head: dict[str, Any] = {"version": FILE_VERSION}
    for k, v in (extra or {}).items():
        if k not in ("version", "bookmarks"):
            head[k] = v
    chunks = [tomli_w.dumps(head, multiline_strings=False)]
    store: ChunkCache = {} if cache is None else cache
    written: list[BookmarkKey] = []
    for bm in bookmarks:
        key = bm.key
        hit = store.get(key)
        if hit is None or hit[0] is not bm:
            hit = store[key] = (bm, render_entry(bm))
        chunks.append(hit[1])
        written.append(key)
    if len(store) > len(written):  # some were removed since: forget them
        keep = set(written)
        for key in [k for k in store if k not in keep]:
            del store[key]
    chunks.extend(kept)
    return "\n".join(chunks)


def loads(text: str) -> list[Bookmark]:
    """Bookmarks from ``bookmarks.toml`` text; raises TOMLDecodeError or BookmarkFormatError."""
    return parse_document(tomllib.loads(text))[0]


@dataclass(frozen=True, slots=True)
class Kept:
    """An entry of the file shown to nobody: unreadable, or repeating another's key.

    It is written back as it was (``text``), so fixing it by hand brings it back.
    """

    text: str
    reason: str
    line: int | None = None
    key: BookmarkKey | None = None  # set for a repeat: dropped when that bookmark goes


@dataclass(slots=True)
class Document:
    """What ``bookmarks.toml`` holds, as read."""

    items: list[Bookmark]
    extra: dict[str, Any]
    kept: list[Kept]
    #: entry text -> its bookmark, for every entry read by itself (none for a whole parse)
    chunks: dict[str, Bookmark]

    def problems(self, name: str) -> str | None:
        """One line about entries set aside, or None when every entry was read."""
        bad = [k for k in self.kept if k.key is None]
        repeats = [k for k in self.kept if k.key is not None]
        parts = []
        if bad:
            first = bad[0]
            at = f"line {first.line}: " if first.line else ""
            parts.append(
                f"{counted(len(bad), 'entry', 'entries')} could not be read ({at}{first.reason})"
            )
        if repeats:
            verb = "repeats" if len(repeats) == 1 else "repeat"
            at = f" (line {repeats[0].line})" if repeats[0].line else ""
            parts.append(f"{counted(len(repeats), 'entry', 'entries')} {verb} another bookmark{at}")
        if not parts:
            return None
        return f"{name}: {'; '.join(parts)}; kept in the file as written, not shown"


def counted(n: int, one: str, many: str | None = None) -> str:
    """``1 entry``, ``3 entries``: a count with its noun in the right number."""
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


# (a newline first, not ``^`` with MULTILINE: the engine then looks only at line starts)
_TABLE_LINE = re.compile(r"\n[ \t]*\[[^\n]*")
_ENTRY_HEADER = "[[bookmarks]]"


def split_entries(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """``(head, [(line, entry text), ...])`` for a file whose every table is a
    ``[[bookmarks]]`` entry; None for any other shape (read whole instead)."""
    if '"""' in text or "'''" in text:
        return None  # a multi-line string could hold a line that looks like a table
    starts: list[int] = []
    for m in _TABLE_LINE.finditer("\n" + text):
        if m.group().strip() != _ENTRY_HEADER:
            return None
        starts.append(m.start())  # (the added newline shifts every offset by one)
    entries: list[tuple[int, str]] = []
    line, counted_to = 1, 0
    for i, start in enumerate(starts):
        line += text.count("\n", counted_to, start)
        counted_to = start
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        entries.append((line, text[start:end].rstrip("\n") + "\n"))
    return (text[: starts[0]] if starts else text), entries


def _entry_from_text(chunk: str) -> Bookmark:
    data = tomllib.loads(chunk)
    entries = data.get("bookmarks")
    if len(data) != 1 or not isinstance(entries, list) or len(entries) != 1:
        raise BookmarkFormatError("not one bookmark table")
    return bookmark_from_dict(entries[0])


def _check_version(data: Mapping[str, Any]) -> None:
    version = data.get("version", FILE_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise BookmarkFormatError("'version' must be a number")


def _reason(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return " ".join(str(exc).split()) or type(exc).__name__


def read_document(text: str, known: Mapping[str, Bookmark] | None = None) -> Document:
    """Read ``bookmarks.toml`` text, keeping every good entry and setting the rest aside.

    ``known`` maps entry texts read before to their bookmarks, so an unchanged entry is not
    parsed again. Raises one of ``UNREADABLE`` when the file as a whole cannot be read.
    """
    known = known or {}
    split = split_entries(text)
    head = tomllib.loads(split[0]) if split is not None else {}
    if split is None or "bookmarks" in head:
        return _read_whole(text)
    _check_version(head)
    extra = {k: v for k, v in head.items() if k != "version"}
    doc = Document([], extra, [], {})
    seen: set[BookmarkKey] = set()
    for line, chunk in split[1]:
        bm = known.get(chunk)
        if bm is None:
            try:
                bm = _entry_from_text(chunk)
            except UNREADABLE as exc:
                doc.kept.append(Kept(chunk, _reason(exc), line))
                continue
        if bm.key in seen:
            doc.kept.append(Kept(chunk, "repeats another bookmark", line, bm.key))
            continue
        seen.add(bm.key)
        doc.items.append(bm)
        doc.chunks[chunk] = bm
    return doc


def _read_whole(text: str) -> Document:
    """A file of another shape (multi-line strings, other tables): parsed in one piece."""
    data = tomllib.loads(text)
    _check_version(data)
    entries = data.get("bookmarks", [])
    if not isinstance(entries, list):
        raise BookmarkFormatError("'bookmarks' must be an array of tables")
    extra = {k: v for k, v in data.items() if k not in ("version", "bookmarks")}
    doc = Document([], extra, [], {})
    seen: set[BookmarkKey] = set()
    for entry in entries:
        try:
            bm = bookmark_from_dict(entry)
        except BookmarkFormatError as exc:
            try:
                raw = tomli_w.dumps({"bookmarks": [entry]}, multiline_strings=False)
            except (RecursionError, TypeError, ValueError):
                raise exc from None  # cannot be kept as it is: the file is set aside whole
            doc.kept.append(Kept(raw, _reason(exc)))
            continue
        if bm.key in seen:
            doc.kept.append(Kept(render_entry(bm), "repeats another bookmark", key=bm.key))
            continue
        seen.add(bm.key)
        doc.items.append(bm)
    return doc


def parse_document(data: Mapping[str, Any]) -> tuple[list[Bookmark], dict[str, Any]]:
    """Bookmarks and unknown top-level keys from a parsed TOML document (strict)."""
    _check_version(data)
    entries = data.get("bookmarks", [])
    if not isinstance(entries, list):
        raise BookmarkFormatError("'bookmarks' must be an array of tables")
    items: list[Bookmark] = []
    for n, entry in enumerate(entries):
        try:
            items.append(bookmark_from_dict(entry))
        except BookmarkFormatError as exc:
            raise BookmarkFormatError(str(exc), entry=n) from None
    extra = {k: v for k, v in data.items() if k not in ("version", "bookmarks")}
    return items, extra
