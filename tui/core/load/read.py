"""Reading a document's bytes safely and decoding them to text (UTF-8, BOMs, legacy code pages)."""

from __future__ import annotations

import codecs
import os
import re
import stat

from tui.core.errors import BriefingError

__all__ = ["MAX_BYTES", "decode", "read_bytes"]

MAX_BYTES = 20 * 1024 * 1024

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


def _too_large(origin: str, size: int) -> BriefingError:
    return BriefingError(
        origin, f"too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)"
    )


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a document's bytes, refusing folders, devices and pipes, and anything too large.

    Raises:
        BriefingError: missing, a folder, not a regular file, unreadable or too large.
    """
    origin = os.fspath(path)
    try:
        st = os.stat(origin)
        if stat.S_ISDIR(st.st_mode):
            if not os.access(origin, os.R_OK | os.X_OK):
                raise BriefingError(origin, "folder cannot be read (permission denied)")
            raise BriefingError(origin, "is a folder, not a document")
        if not stat.S_ISREG(st.st_mode):
            raise BriefingError(origin, "not a regular file")
        if st.st_size > MAX_BYTES:
            raise _too_large(origin, st.st_size)
        # Non-blocking open, then a second look at what was opened: a pipe or device put
        # in the file's place after the stat above must not hang the scan.
        fd = os.open(origin, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise BriefingError(origin, "not a regular file")
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
