"""Loading one document: read, decode, pick the format, and parse it whole or by its head."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError
from tui.core.load.read import decode, read_bytes
from tui.core.load.registry import FormatSpec, spec_for

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["document_head", "load_briefing"]


def document_head(text: str, fmt: str) -> str:
    """The opening of a document in format ``fmt`` that a quick scan parses."""
    from tui.core.load.registry import FORMATS

    return next(spec.head(text) for spec in FORMATS if spec.name == fmt)


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
    instead.

    Raises:
        BriefingError: missing, a folder, unreadable, empty, binary, over the size limit,
            or structured input (TOML/JSON) that does not decode.
    """
    origin = os.fspath(path)
    data = read_bytes(origin)
    text, warnings = decode(data, origin)
    if not text.strip():
        raise BriefingError(origin, "empty file" if not data else "empty file (only white space)")
    spec = spec_for(origin)
    doc = None
    if head:
        opening = spec.head(text)
        if opening is not text:
            doc = _parse_head(opening, origin=origin, spec=spec)
    if doc is None:
        doc = spec.parse(text, origin=origin, extract=extract and not head)
    if warnings:
        from dataclasses import replace

        doc = replace(doc, warnings=(*warnings, *doc.warnings))
    return doc
