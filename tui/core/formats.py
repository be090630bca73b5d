"""Loading a document from disk: size limit, decoding, and the parser chosen by suffix."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tui.core.errors import BriefingError
from tui.core.model import Briefing, Format

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".toml": "toml",
    ".json": "json",
}
#: Suffixes a library scan picks up; anything else in a folder is left alone.
LIBRARY_SUFFIXES = frozenset({".txt", ".text", "", *SUFFIXES})


def format_for(path: Path) -> Format:
    """The format a file is read as, by its suffix (plain text by default)."""
    return SUFFIXES.get(path.suffix.lower(), "text")


def decode(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not); fall back to cp1252/Latin-1 with a warning.

    Raises:
        BriefingError: the bytes look binary (NUL bytes or mostly control characters).
    """
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BriefingError(origin, "binary file, not a briefing")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BriefingError(origin, "undecodable UTF-16 text") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                warnings.append("not UTF-8; decoded as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                warnings.append("not UTF-8; decoded as Latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\x1b")
    if sample and controls > len(sample) * 0.1:
        raise BriefingError(origin, "binary file, not a briefing")
    return text, warnings


def parse_source(text: str, *, origin: str, fmt: Format) -> Briefing:
    """Parse decoded text in the given format."""
    if fmt == "markdown":
        from tui.core.parse_markdown import parse_markdown

        return parse_markdown(text, origin=origin)
    if fmt == "toml":
        import tomllib

        from tui.core.serialize import from_mapping

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise BriefingError(origin, f"invalid TOML: {exc}") from exc
        return from_mapping(data, origin=origin, fmt="toml")
    if fmt == "json":
        from tui.core.serialize import from_mapping

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefingError(origin, f"invalid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise BriefingError(origin, "JSON briefing must be an object")
        return from_mapping(data, origin=origin, fmt="json")
    from tui.core.parse_text import parse_text

    return parse_text(text, origin=origin)


def load_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Read, decode and parse one document.

    Raises:
        BriefingError: missing, a folder, unreadable, empty, binary, over the size limit,
            or structured input (TOML/JSON) that does not decode.
    """
    origin = os.fspath(path)
    p = Path(origin)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise BriefingError(origin, "is a folder, not a document")
        if size > MAX_BYTES:
            raise BriefingError(
                origin,
                f"too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)",
            )
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise BriefingError(origin, "no such file") from exc
    except PermissionError as exc:
        raise BriefingError(origin, "permission denied") from exc
    except OSError as exc:
        raise BriefingError(origin, exc.strerror or "cannot be read") from exc
    text, warnings = decode(data, origin)
    if not text.strip():
        raise BriefingError(origin, "empty file")
    doc = parse_source(text, origin=origin, fmt=format_for(p))
    if warnings:
        from dataclasses import replace

        doc = replace(doc, warnings=(*warnings, *doc.warnings))
    return doc
