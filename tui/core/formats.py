"""Loading a document from disk: size limit, decoding, and the parser chosen by suffix."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    # Types only: the library list imports this module before the first frame, and needs
    # neither the document model nor a JSON decoder for it.
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
#: Control characters that mark binary data (tab, newline, form feed and ESC are text).
_CONTROLS = re.compile("[\x00-\x08\x0d-\x19\x1c-\x1f\x7f]")
_CONTROLS_C1 = re.compile("[\x00-\x08\x0d-\x19\x1c-\x1f\x7f-\x9f]")


def format_for(path: Path) -> Format:
    """The format a file is read as, by its suffix (plain text by default)."""
    return SUFFIXES.get(path.suffix.lower(), "text")


#: Leading bytes of common binary formats, so the message can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters a text document should not contain; tab, line/form feed, vertical tab,
# escape (ANSI colours) and ^Z (DOS end of file) are allowed. CR is gone before the check.
_CONTROLS = re.compile("[\x00-\x08\x0d-\x19\x1c-\x1f\x7f]")
_CONTROLS_C1 = re.compile("[\x00-\x08\x0d-\x19\x1c-\x1f\x7f-\x9f]")


def _control_share(text: str, *, c1: bool) -> float:
    """The share of control characters in the start of ``text`` (C1 too when ``c1``)."""
    sample = text[:8192]
    if not sample:
        return 0.0
    return len((_CONTROLS_C1 if c1 else _CONTROLS).findall(sample)) / len(sample)


def decode(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not) or BOM-marked UTF-16/32; else cp1252/Latin-1.

    Line endings (CRLF, lone CR) become ``\\n``. A legacy decoding adds a warning.

    Raises:
        BriefingError: the bytes look binary (a known file signature, NUL bytes, or
            many control characters).
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BriefingError(origin, f"binary file ({what}), not a briefing")
    warnings: list[str] = []
    legacy = False
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise BriefingError(origin, f"undecodable {encoding.upper()} text") from exc
    elif b"\x00" in data:
        raise BriefingError(origin, "binary file, not a briefing")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            legacy = True
            try:
                text = data.decode("cp1252")
                warnings.append("not UTF-8; decoded as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                warnings.append("not UTF-8; decoded as Latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Valid UTF-8 is strong evidence of text; bytes that are not get a much stricter test.
    limit = 0.01 if legacy else 0.1
    if _control_share(text, c1=legacy) > limit or "\x00" in text[:8192]:
        raise BriefingError(origin, "binary file, not a briefing")
    return text, warnings


def parse_source(text: str, *, origin: str, fmt: Format, extract: bool = True) -> Briefing:
    """Parse decoded text in the given format."""
    if fmt == "markdown":
        from tui.core.parse_markdown import parse_markdown

        return parse_markdown(text, origin=origin, extract=extract)
    if fmt == "toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise BriefingError(origin, f"invalid TOML: {exc}") from exc
        except RecursionError as exc:
            raise BriefingError(origin, "invalid TOML: nested too deeply") from exc
        return _from_mapping(data, origin=origin, fmt="toml")
    if fmt == "json":
        import json

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefingError(origin, f"invalid JSON: {exc}") from exc
        except RecursionError as exc:
            raise BriefingError(origin, "invalid JSON: nested too deeply") from exc
        if not isinstance(data, dict):
            raise BriefingError(
                origin, f"a JSON briefing must be an object, not {type(data).__name__}"
            )
        return _from_mapping(data, origin=origin, fmt="json")
    from tui.core.parse_text import parse_text

    return parse_text(text, origin=origin, extract=extract)


def _from_mapping(data: dict[str, Any], *, origin: str, fmt: Format) -> Briefing:
    """``serialize.from_mapping``, with nesting too deep to walk refused like bad syntax."""
    from tui.core.serialize import from_mapping

    try:
        return from_mapping(data, origin=origin, fmt=fmt)
    except RecursionError as exc:
        raise BriefingError(origin, f"invalid {fmt.upper()}: nested too deeply") from exc


#: How much of a text or Markdown document a head parse reads (then up to a paragraph end).
HEAD_CHARS = 1000
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_FENCE_LINE = re.compile(r"^[ \t]*(?:---|\+\+\+|\.\.\.)[ \t]*$", re.M)
#: A TOML table header ends the top-level keys (title, date, place, id, summary).
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.M)


def document_head(text: str, fmt: Format) -> str:
    """The opening of a document, where its title, date and place are decided.

    Text and Markdown: any front matter, then about ``HEAD_CHARS`` characters, cut at the
    end of a paragraph (or of a line when paragraphs run long). TOML: the top-level keys,
    before the first table. JSON: the whole text (it parses fast and cannot be cut).
    """
    if fmt == "json":
        return text
    if fmt == "toml":
        table = _TOML_TABLE.search(text)
        return text if table is None else text[: table.start()]
    start = 0
    first = text.lstrip()[:3]
    if first in ("---", "+++"):
        opening = _FENCE_LINE.search(text)
        closing = _FENCE_LINE.search(text, opening.end()) if opening else None
        if closing is not None:
            start = closing.end()
    if len(text) <= start + HEAD_CHARS:
        return text
    para = _PARAGRAPH_END.search(text, start + HEAD_CHARS, start + 2 * HEAD_CHARS)
    if para is not None:
        return text[: para.start()]
    line_end = text.find("\n", start + HEAD_CHARS)
    return text if line_end < 0 else text[:line_end]


def _too_large(origin: str, size: int) -> BriefingError:
    return BriefingError(
        origin, f"too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)"
    )


def _parse_head(opening: str, *, origin: str, fmt: Format) -> Briefing | None:
    """A light parse of a document's opening, or ``None`` when only the whole will do."""
    if not opening.strip():
        return None
    try:
        doc = parse_source(opening, origin=origin, fmt=fmt, extract=False)
    except BriefingError:
        return None  # e.g. TOML cut inside a multi-line string: the whole file decides
    if fmt == "toml" and any(w.startswith("no title") for w in doc.warnings):
        return None  # the title may sit in a table further down
    return doc


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a document's bytes, refusing folders, devices and pipes, and anything too large.

    Raises:
        BriefingError: missing, a folder, not a regular file, unreadable or too large.
    """
    origin = os.fspath(path)
    try:
        st = os.stat(origin)
        if stat.S_ISDIR(st.st_mode):
            raise BriefingError(origin, "is a folder, not a document")
        if not stat.S_ISREG(st.st_mode):
            raise BriefingError(origin, "not a regular file")
        if st.st_size > MAX_BYTES:
            raise _too_large(origin, st.st_size)
        with open(origin, "rb") as fh:
            # Ask for one byte more than stat() reported (asking for the limit would allocate
            # 20 MB each time); if the file has grown since, read on, up to the limit.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError as exc:
        raise BriefingError(origin, "no such file") from exc
    except PermissionError as exc:
        raise BriefingError(origin, "permission denied") from exc
    except OSError as exc:
        raise BriefingError(origin, exc.strerror or "cannot be read") from exc
    except ValueError as exc:  # e.g. a NUL character in the path
        raise BriefingError(origin, f"invalid file name ({exc})") from exc
    if len(data) > MAX_BYTES:
        raise _too_large(origin, len(data))
    return data


def load_briefing(
    path: str | os.PathLike[str], *, extract: bool = True, head: bool = False
) -> Briefing:
    """Read, decode and parse one document (``extract=False``: no quotes, facts, people).

    ``head=True`` parses only :func:`document_head` (implies ``extract=False``): title,
    date, place and id come out as a full parse gives them in all but unusual documents;
    the rest is partial. A head that does not parse, or a TOML head without a title, is
    parsed whole instead.

    Raises:
        BriefingError: missing, a folder, unreadable, empty, binary, over the size limit,
            or structured input (TOML/JSON) that does not decode.
    """
    origin = os.fspath(path)
    data = read_bytes(origin)
    text, warnings = decode(data, origin)
    if not text.strip():
        raise BriefingError(origin, "empty file" if not data else "empty file (only white space)")
    fmt = format_for(Path(origin))
    doc = None
    if head:
        opening = document_head(text, fmt)
        if opening is not text:
            doc = _parse_head(opening, origin=origin, fmt=fmt)
    if doc is None:
        doc = parse_source(text, origin=origin, fmt=fmt, extract=extract and not head)
    if warnings:
        from dataclasses import replace

        doc = replace(doc, warnings=(*warnings, *doc.warnings))
    return doc
