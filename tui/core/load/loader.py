"""Loading one document: read, decode, pick the format, and parse it whole or by its head.

A feed or a mailbox holds several briefings: ``load_entries`` gives them all, each with
its entry locator (``feed.rss#2``) as ``source``; ``load_briefing`` on a locator gives one.
"""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError
from tui.core.load.read import decode, read_bytes
from tui.core.load.registry import FormatSpec, entry_locator, spec_for, split_locator

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["document_head", "load_briefing", "load_entries"]


def document_head(text: str, fmt: str) -> str:
    """The opening of a document in format ``fmt`` that a quick scan parses."""
    from tui.core.load.registry import FORMATS

    spec = next(spec for spec in FORMATS if spec.name == fmt)
    return text if spec.head is None else spec.head(text)


def _parse_head(opening: str, *, origin: str, spec: FormatSpec) -> Briefing | None:
    """A light parse of a document's opening, or ``None`` when only the whole will do."""
    if not opening.strip():
        return None
    try:
        doc = spec.parse(opening, origin=origin, extract=False)
    except BriefingError:
        return None  # e.g. TOML cut inside a multi-line string: the whole file decides
    if spec.name == "toml" and any(w.startswith("no title") for w in doc.warnings):
        return None  # the title may sit in a table further down
    return doc


def load_briefing(
    path: str | os.PathLike[str], *, extract: bool = True, head: bool = False
) -> Briefing:
    """Read, decode and parse one document (``extract=False``: no quotes, facts, people).

    ``head=True`` parses only the format's head (implies ``extract=False``): title, date,
    place and id come out as a full parse gives them in all but unusual documents; the rest
    is partial. A head that does not parse, or a TOML head without a title, is parsed whole
    instead. An entry locator (``feed.rss#2``) gives that entry; a multi-entry file named
    plainly gives its first entry.

    Raises:
        BriefingError: missing, a folder, unreadable, empty, binary, over the size limit,
            structured input (TOML/JSON) that does not decode, or no such entry.
    """
    origin = os.fspath(path)
    base, number = split_locator(origin)
    spec = spec_for(base)
    if spec.binary:
        return load_entries(base, extract=extract, head=head, only=number or 1)[0]
    data = read_bytes(origin)
    text, warnings = decode(data, origin)
    if not text.strip():
        raise BriefingError(origin, "empty file" if not data else "empty file (only white space)")
    doc = None
    if head and spec.head is not None:
        opening = spec.head(text)
        if opening is not text:
            doc = _parse_head(opening, origin=origin, spec=spec)
    if doc is None:
        doc = spec.parse(text, origin=origin, extract=extract and not head)
    if warnings:
        doc = dataclasses.replace(doc, warnings=(*warnings, *doc.warnings))
    return doc


def load_entries(
    path: str | os.PathLike[str],
    *,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> list[Briefing]:
    """Every briefing in one file: one for most formats, one per entry of a feed or mailbox.

    Entries of a multi-entry file carry their locator as ``source``. ``only`` (1-based)
    parses just that entry; ``head=True`` lists entries lightly (title, date, id).

    Raises:
        BriefingError: as ``load_briefing``; also a feed that is not a feed, or no entry
            ``only``.
    """
    origin = os.fspath(path)
    spec = spec_for(origin)
    if not spec.binary:
        return [load_briefing(origin, extract=extract, head=head)]
    data = read_bytes(origin)
    if not data.strip():
        raise BriefingError(origin, "empty file" if not data else "empty file (only white space)")
    docs = spec.parse_bytes(data, origin=origin, extract=extract and not head, head=head, only=only)
    if not spec.multi:
        return docs
    if only is not None:
        if not docs:
            raise BriefingError(origin, f"no entry {only} in this file")
        return [dataclasses.replace(docs[0], source=entry_locator(origin, only))]
    return [
        dataclasses.replace(doc, source=entry_locator(origin, n)) for n, doc in enumerate(docs, 1)
    ]
