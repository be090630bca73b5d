"""PDF reports, read with pypdf, then through the plain-text parser.

The text is taken page by page. Lines that repeat at the top or the bottom of most pages
(a running header or footer, with its page number standing for any number) and lines that
are only a page number are removed; a word hyphenated at a line's end is joined again.
The title is the document's metadata title, else the first line. A PDF without a text
layer (a scan) or one that is encrypted opens as a one-line explanation.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

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
    few text lines of at least half the pages (and of two pages at least). Blank lines (the
    paragraph breaks ``page_text`` found) are kept.
    """
    split = [[line.rstrip() for line in page.splitlines()] for page in pages]
    edge_sets: list[set[int]] = []
    edges: Counter[str] = Counter()
    for lines in split:
        text_ix = [i for i, line in enumerate(lines) if line.strip()]
        edge_sets.append(set(text_ix[:_EDGE] + text_ix[-_EDGE:]))
        edges.update({_shape(lines[i]) for i in edge_sets[-1]})
    need = max(2, (len(split) + 1) // 2)
    running = {shape for shape, n in edges.items() if n >= need}
    kept: list[str] = []
    for lines, at_edge in zip(split, edge_sets, strict=True):
        last = next((line for line in reversed(kept) if line.strip()), "")
        if last.endswith(_SENTENCE_END):
            kept.append("")  # a page that ends a sentence ends a paragraph
        for i, line in enumerate(lines):
            if i in at_edge and (_shape(line) in running or _PAGE_NUMBER.match(line)):
                continue
            if line.strip() or (kept and kept[-1].strip()):
                kept.append(line)  # (never two blank lines in a row)
    if not any(line.strip() for line in kept):  # the same few lines on every page
        kept = [line for lines in split for line in lines]
    return _HYPHENATED.sub(r"\1\2", "\n".join(kept).strip())


def page_text(page: Any) -> str:
    """A page's text as pypdf reads it, with a blank line where the gap between two lines
    is well over the page's usual line spacing (a paragraph break, which the text itself
    does not mark)."""
    lines: list[tuple[str, float | None]] = []
    current: list[str] = []
    where: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        for n, part in enumerate(text.split("\n")):
            if n:
                lines.append(("".join(current), where[0] if where else None))
                current.clear()
                where.clear()
            current.append(part)
            if part.strip() and not where and cm is not None and tm is not None:
                where.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    plain = page.extract_text(visitor_text=visit) or ""
    lines.append(("".join(current), where[0] if where else None))
    if "\n".join(t for t, _ in lines).split() != plain.split():
        return plain  # the pieces did not add up to pypdf's own text: keep that
    ys = [y for t, y in lines if t.strip() and y is not None]
    gaps = sorted(a - b for a, b in itertools.pairwise(ys) if a - b > 0)
    if len(gaps) < 3:
        return plain
    # the line spacing inside paragraphs: the most common gap (the smallest, on a tie)
    counts = Counter(round(g) for g in gaps)
    usual = float(min(counts, key=lambda g: (-counts[g], g)))
    out: list[str] = []
    previous: float | None = None
    for text, y in lines:
        if not text.strip():
            continue
        if previous is not None and y is not None and 1.5 * usual < previous - y < 8 * usual:
            out.append("")
        out.append(text)
        previous = y if y is not None else previous
    return "\n".join(out)


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
        texts = [page_text(page) for page in pages]
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
