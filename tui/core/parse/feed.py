"""Feeds (RSS, Atom): one briefing per entry, read with feedparser.

Each entry's title and published (else updated) date come from the feed, its link is
``url``, and its id is made from the entry's own id (else its link), so bookmarks survive
edits and re-fetches. The entry's content HTML (else its summary) goes through the
web-page path as a fragment. A listing (``head``) reads the feed only, no entry's HTML.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from typing import TYPE_CHECKING, Any

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["MAX_ENTRIES", "parse_feed"]

#: Entries read from one feed; a longer one (an archive dump) keeps its first ones.
MAX_ENTRIES = 1000


def _written_date(raw: str) -> dt.date | None:
    """The calendar date as the feed wrote it (feedparser's own converts it to UTC)."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.strip()).date()
    except ValueError:
        return None


def _date(entry: Any) -> dt.date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        written = _written_date(raw) if isinstance(raw, str) and raw.strip() else None
        if written is not None:
            return written
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _content(entry: Any) -> tuple[str, str]:
    """``(text, mime type)`` of the entry's fullest text: its content, else its summary."""
    for item in entry.get("content") or ():
        value = item.get("value") or ""
        if value.strip():
            return value, item.get("type") or "text/html"
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type") or "text/html"


def _entry(
    entry: Any, *, origin: str, extract: bool, head: bool, warnings: tuple[str, ...]
) -> Briefing:
    from tui.core.parse.html import page_from_html, parse_page, plain_briefing

    title = (entry.get("title") or "").strip() or None
    if title and "html" in ((entry.get("title_detail") or {}).get("type") or ""):
        title = _SPACE.sub(" ", _TAG.sub("", html.unescape(title))).strip() or None
    link = (entry.get("link") or "").strip() or None
    key = (entry.get("id") or "").strip() or link
    date = _date(entry)
    if key is None:
        key = f"{title or ''}|{date.isoformat() if date else ''}"
    text, mime = ("", "text/plain") if head else _content(entry)
    common: dict[str, Any] = {
        "origin": origin,
        "fmt": "feed",
        "extract": extract,
        "title": title,
        "date": date,
        "url": link,
        "id_key": f"feed-entry|{key}",
        "warnings": warnings,
    }
    if "html" in mime and text.strip():
        page = page_from_html(text, fragment=True)
        if page.blocks:
            return parse_page(page, **common)
        text = ""
    return plain_briefing(text, **common)


_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_CLOSE = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
_ROOT = re.compile(rb"<(rss|rdf:RDF|feed)\b", re.IGNORECASE)
_CLOSERS = {b"rss": b"</channel></rss>", b"rdf:rdf": b"</rdf:RDF>", b"feed": b"</feed>"}


def _first(data: bytes, count: int) -> tuple[bytes, int]:
    """The feed cut after its ``count``-th entry (closed again), and how many it holds.

    feedparser reads a whole feed at once; an archive of 10,000 entries would take it many
    seconds, and opening one entry needs only the entries up to it.
    """
    ends = [m.end() for m in _CLOSE.finditer(data)]
    root = _ROOT.search(data, 0, 4096)
    if len(ends) <= count or root is None:
        return data, len(ends)
    closer = _CLOSERS.get(root.group(1).lower(), b"")
    return data[: ends[count - 1]] + closer, len(ends)


def _first_line(problem: BaseException) -> str:
    text = str(problem).strip()
    return text.splitlines()[0] if text else type(problem).__name__


def parse_feed(
    data: bytes,
    *,
    origin: str,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> list[Briefing]:
    """Every entry of an RSS or Atom feed as a briefing, or just entry ``only`` (1-based).

    Raises:
        BriefingError: not XML, not a feed, or a feed without entries.
    """
    from xml.sax import SAXException

    import feedparser  # type: ignore[import-untyped]

    wanted = MAX_ENTRIES if only is None else min(only, MAX_ENTRIES)
    data, total = _first(data, wanted)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        if not parsed.get("version") and problem is not None:
            raise BriefingError(origin, f"invalid XML, not a feed ({_first_line(problem)})")
        if not parsed.get("version"):
            raise BriefingError(origin, "not a feed (no RSS or Atom entries)")
        raise BriefingError(origin, "a feed with no entries")
    warnings: tuple[str, ...] = ()
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(problem, SAXException):
        # a cut-off download, say: what could be read is kept, and the reader told
        warnings += (
            f"the feed is not well-formed XML ({_first_line(problem)}); read what could be",
        )
    if max(total, len(entries)) > MAX_ENTRIES:
        warnings += (
            f"the feed has {max(total, len(entries)):,} entries; only the first"
            f" {MAX_ENTRIES:,} are read",
        )
        entries = entries[:MAX_ENTRIES]
    if only is not None:
        if not 1 <= only <= len(entries):
            held = min(max(total, len(entries)), MAX_ENTRIES)
            raise BriefingError(origin, f"no entry {only} (the feed has {held})")
        entries = [entries[only - 1]]
    return [
        _entry(e, origin=origin, extract=extract, head=head, warnings=warnings) for e in entries
    ]
