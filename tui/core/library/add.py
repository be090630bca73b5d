"""``briefing add`` and ``briefing refresh``: bring a page, a feed or a file into a library folder.

A fetched or copied document is checked (it must open as a briefing), then saved under a
file name made from its title. Where it came from is recorded beside it, in the folder's
hidden ``.briefing-sources.toml`` (address, ETag, Last-Modified), which ``refresh`` reads
to re-fetch the feeds with conditional requests and add only the entries not yet there.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.library.fetch import Fetched
    from tui.core.model import Briefing

__all__ = ["SOURCES_FILE", "Added", "add", "merge_feed", "refresh"]

SOURCES_FILE = ".briefing-sources.toml"
_FEEDS = (".rss", ".atom")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CANONICAL = re.compile(rb"<link[^>]+rel=[\"']?canonical", re.IGNORECASE)
_HEAD_OPEN = re.compile(rb"<head[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Added:
    """What ``add`` saved: the file, and what a reader first wants to know about it."""

    path: Path
    title: str
    date: dt.date | None
    entries: int
    quotes: int
    url: str | None


def is_url(target: str) -> bool:
    """Does ``target`` name a web address rather than a file?"""
    return target.lower().startswith(("http://", "https://"))


def _slug(title: str) -> str:
    """A readable file name from a title: ASCII words joined by hyphens, at most 60 letters."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "briefing"


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def _sources(folder: Path) -> list[dict[str, Any]]:
    """The folder's recorded sources (a file that cannot be read counts as none)."""
    import tomllib

    try:
        with (folder / SOURCES_FILE).open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return []
    found = data.get("sources")
    return [s for s in found if isinstance(s, dict)] if isinstance(found, list) else []


def _save_sources(folder: Path, sources: list[dict[str, Any]]) -> None:
    import tomli_w

    from tui.core.stores.safefile import atomic_write_bytes

    clean = [{k: v for k, v in s.items() if v is not None} for s in sources]
    text = tomli_w.dumps({"version": 1, "sources": clean})
    atomic_write_bytes(folder / SOURCES_FILE, text.encode("utf-8"))


def _record(folder: Path, name: str, url: str, fetched: Fetched | None) -> None:
    sources = [s for s in _sources(folder) if s.get("file") != name]
    sources.append(
        {
            "file": name,
            "url": url,
            "etag": fetched.etag if fetched else None,
            "last_modified": fetched.last_modified if fetched else None,
            "added": dt.datetime.now(dt.UTC).replace(microsecond=0),
        }
    )
    _save_sources(folder, sources)


def _with_canonical(content: bytes, url: str) -> bytes:
    """A page that does not name its own address gets the one it was fetched from."""
    if _CANONICAL.search(content[:262144]):
        return content
    from html import escape

    link = f'<link rel="canonical" href="{escape(url, quote=True)}">'.encode()
    head = _HEAD_OPEN.search(content[:262144])
    if head is None:
        return link + content
    return content[: head.end()] + link + content[head.end() :]


def _feed_title(content: bytes) -> str | None:
    import feedparser  # type: ignore[import-untyped]

    title = feedparser.parse(content).get("feed", {}).get("title")
    return str(title).strip() or None if title else None


def _check(path: Path) -> list[Briefing]:
    """Open a saved file as ``briefing`` will; raises ``BriefingError`` if it cannot."""
    from tui.core.load.loader import load_entries

    return load_entries(path)


def _summary(path: Path, docs: list[Briefing], url: str | None) -> Added:
    first = docs[0]
    return Added(path, first.title, first.date, len(docs), sum(len(d.quotes) for d in docs), url)


def add(target: str, folder: Path) -> Added:
    """Fetch (or copy) ``target`` into ``folder`` under a name made from its title.

    Raises:
        BriefingError: the folder cannot be written, the address cannot be fetched, or
            what came back is not a document ``briefing`` reads.
    """
    from tui.core.library.fetch import fetch, suffix_for
    from tui.core.load.registry import LIBRARY_SUFFIXES

    if not folder.is_dir():
        raise BriefingError(str(folder), "no such folder")
    fetched = None
    if is_url(target):
        fetched = fetch(target)
        suffix = suffix_for(fetched.content_type, fetched.content, target)
        content = fetched.content
        if suffix == ".html":
            content = _with_canonical(content, fetched.url)
    else:
        source = Path(target)
        suffix = source.suffix.lower()
        if suffix not in LIBRARY_SUFFIXES or suffix == "":
            raise BriefingError(target, f"not a format briefing reads ({suffix or 'no suffix'})")
        from tui.core.load.read import read_bytes

        content = read_bytes(source)
    temp = folder / f".adding-{os.getpid()}{suffix}"
    try:
        temp.write_bytes(content)
        docs = _check(temp)
        title = (_feed_title(content) if suffix in _FEEDS else None) or docs[0].title
        path = _free_name(folder, _slug(title), suffix)
        os.replace(temp, path)
    except OSError as exc:
        raise BriefingError(str(folder), exc.strerror or "cannot be written") from exc
    finally:
        if temp.exists():
            temp.unlink()
    docs = [d for d in _check(path)]
    if fetched is not None:
        try:
            _record(folder, path.name, target, fetched)
        except OSError as exc:
            raise BriefingError(
                str(folder), f"saved, but its address not recorded ({exc})"
            ) from exc
    return _summary(path, docs, target if fetched else None)


def _items(root: Any) -> list[Any]:
    found = list(root.iter("item", f"{_RSS1}item", f"{_ATOM}entry"))
    return [e for e in found if isinstance(e.tag, str)]


def _key(item: Any) -> str:
    for tag in ("guid", f"{_ATOM}id", "link", f"{_RSS1}link", "title", f"{_ATOM}title"):
        el = item.find(tag)
        if el is not None and (el.text or "").strip():
            return str(el.text).strip()
    link = item.find(f"{_ATOM}link")
    return str(link.get("href") or "") if link is not None else ""


def merge_feed(old: bytes, new: bytes) -> tuple[bytes, int]:
    """The saved feed with the fetched feed's entries it lacks added before its own, and
    how many were added (entries already saved are kept, even when the feed dropped them)."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        old_root = etree.fromstring(old, parser)
        new_root = etree.fromstring(new, parser)
    except etree.XMLSyntaxError as exc:
        raise BriefingError("feed", f"invalid XML ({exc})") from exc
    if old_root is None or new_root is None:
        raise BriefingError("feed", "invalid XML")
    saved = _items(old_root)
    known = {_key(e) for e in saved}
    fresh = [e for e in _items(new_root) if _key(e) not in known]
    if not fresh:
        return old, 0
    if saved:
        anchor = saved[0]
        for item in fresh:
            anchor.addprevious(item)
    else:
        parent = old_root.find("channel")
        target = parent if parent is not None else old_root
        for item in fresh:
            target.append(item)
    return etree.tostring(old_root, xml_declaration=True, encoding="utf-8"), len(fresh)


def refresh(folders: tuple[Path, ...]) -> list[tuple[str, str | None]]:
    """Re-fetch the feeds added by address to ``folders``; ``(line, error)`` per feed."""
    from tui.core.library.fetch import fetch
    from tui.core.stores.safefile import atomic_write_bytes

    report: list[tuple[str, str | None]] = []
    for folder in folders:
        sources = _sources(folder)
        changed = False
        for source in sources:
            name, url = str(source.get("file", "")), str(source.get("url", ""))
            path = folder / name
            if Path(name).suffix not in _FEEDS or not url:
                continue
            if not path.is_file():
                report.append(("", f"{path}: no longer there; not refreshed"))
                continue
            try:
                fetched = fetch(
                    url, etag=source.get("etag"), last_modified=source.get("last_modified")
                )
                if fetched.not_modified:
                    report.append((f"{path}: unchanged", None))
                    continue
                merged, count = merge_feed(path.read_bytes(), fetched.content)
                if count:
                    atomic_write_bytes(path, merged)
                    _check(path)
            except BriefingError as exc:
                report.append(("", f"{path}: {exc.message}" if exc.path == "feed" else str(exc)))
                continue
            except OSError as exc:
                report.append(("", f"{path}: {exc.strerror or 'cannot be written'}"))
                continue
            source["etag"], source["last_modified"] = fetched.etag, fetched.last_modified
            changed = True
            noun = "entry" if count == 1 else "entries"
            report.append((f"{path}: {count} new {noun}", None))
        if changed:
            _save_sources(folder, sources)
    return report
