"""PDF reports, read with pypdf, then through the plain-text parser.

The text is taken page by page. Lines that repeat at the top or the bottom of most pages
(a running header or footer, with its page number standing for any number) and lines that
are only a page number are removed; a word hyphenated at a line's end is joined again.
The title is the document's metadata title, else the first line. A PDF without a text
layer (a scan) or one that is encrypted opens as a one-line explanation.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["clean_pages", "parse_pdf"]

#: How many lines at each end of a page may be running furniture.
_EDGE = 3
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}"
    r"(?:\s*(?:of|/|von|de|di)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = tuple('.!?:"”’»')
_HYPHENATED = re.compile(r"([^\W\d_])-\n([^\W\d_A-Z])")
#: Metadata titles that say nothing (what a word processor fills in by itself).
_EMPTY_TITLE = re.compile(
    r"^(?:untitled|unknown|document\d*|microsoft word\s*-.*|.*\.(?:docx?|odt|rtf|pdf|indd))$",
    re.IGNORECASE,
)


def _shape(line: str) -> str:
    """A line with its numbers blurred, so "Page 3" and "Page 4" are the same furniture."""
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def clean_pages(pages: list[str]) -> str:
    """The pages' text without running headers, footers and page numbers, hyphenation joined.

    A line counts as running furniture when the same shape stands among the first or last
    few lines of at least half the pages (and of two pages at least).
    """
    split = [[line.rstrip() for line in page.splitlines()] for page in pages]
    split = [[line for line in lines if line.strip()] for lines in split]
    edges: Counter[str] = Counter()
    for lines in split:
        edges.update({_shape(line) for line in lines[:_EDGE] + lines[-_EDGE:]})
    need = max(2, (len(split) + 1) // 2)
    running = {shape for shape, n in edges.items() if n >= need}
    kept: list[str] = []
    for lines in split:
        if kept and kept[-1].rstrip().endswith(_SENTENCE_END):
            kept.append("")  # a page that ends a sentence ends a paragraph
        last = len(lines) - 1
        for i, line in enumerate(lines):
            at_edge = i < _EDGE or i > last - _EDGE
            if at_edge and (_shape(line) in running or _PAGE_NUMBER.match(line)):
                continue
            kept.append(line)
    if not any(kept):  # every page the same few lines: nothing is "running", keep it all
        kept = [line for lines in split for line in lines]
    return _HYPHENATED.sub(r"\1\2", "\n".join(kept))


def _title(metadata: object) -> str | None:
    title = str(getattr(metadata, "title", None) or "").strip()
    return title if title and not _EMPTY_TITLE.match(title) else None


def parse_pdf(
    data: bytes,
    *,
    origin: str,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> Briefing:
    """A PDF's text as a briefing (``head``: the first page only, for a quick listing).

    Raises:
        BriefingError: encrypted, damaged, or without a text layer.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    from tui.core.parse.html import plain_briefing

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many "protected" PDFs open without a password
            except (DependencyError, NotImplementedError) as exc:
                raise BriefingError(origin, f"encrypted PDF that cannot be opened ({exc})") from exc
            if not opened:
                raise BriefingError(origin, "encrypted PDF; it needs a password to be read")
        # a listing reads the opening pages only (more than one, to see running headers)
        pages = reader.pages[:3] if head else reader.pages
        texts = [page.extract_text() or "" for page in pages]
        metadata = reader.metadata
    except FileNotDecryptedError as exc:
        raise BriefingError(origin, "encrypted PDF; it needs a password to be read") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise BriefingError(origin, f"damaged PDF ({type(exc).__name__}: {exc})") from exc
    text = clean_pages(texts)
    if not text.strip():
        raise BriefingError(
            origin, "PDF without a text layer (a scan?); briefing reads text, not images"
        )
    title = _title(metadata)
    first, _, rest = text.lstrip().partition("\n")
    if title and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        text = rest  # the title printed on the first page is the title already
    return plain_briefing(text, origin=origin, fmt="pdf", extract=extract, title=title, date=None)
