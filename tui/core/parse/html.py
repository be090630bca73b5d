"""Web pages: trafilatura finds the article, its metadata and its reader comments.

The article comes back as a tree of headings, paragraphs, lists and block quotes. Each
becomes a unit of the plain-text pipeline (a heading, a paragraph, a ``-`` bullet, a ``>``
block quote), so datelines, areas, quotes, speakers and facts are found exactly as in a
``.txt`` briefing, without guessing the structure the page already states. The comments
are read by the plain-text comments reader. The page's metadata wins for title and date;
its canonical URL becomes ``url``. Feeds and e-mail send their HTML through here too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.core.ids import briefing_id, digest
from tui.core.parse.assemble import Meta, build, title_from_origin
from tui.core.parse.blocks import Unit
from tui.core.parse.comments import comments_header, parse_comments
from tui.core.parse.dates import as_date
from tui.core.parse.html_comments import page_comments

if TYPE_CHECKING:
    from tui.core.model import Briefing, Format

__all__ = ["Page", "finish", "page_from_html", "parse_html", "parse_page", "plain_briefing"]

_SPACE = re.compile(r"\s+")
NO_ARTICLE = "no article text found in the page"
#: Characters of a page that are read (a 100 KB news page is 30 times smaller).
MAX_HTML = 2_000_000
#: Fewer words than this in all is what is left of navigation, not an article.
_MIN_WORDS = 8
#: Lines a newsletter or page wraps its text in: never the lead, a section or an area.
_NOISE = re.compile(
    r"(?i)^(?:view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser|"
    r"(?:click\s+here\s+to\s+)?unsubscribe|manage\s+(?:your\s+)?(?:preferences|subscription)|"
    r"update\s+your\s+preferences|forward\s+(?:this\s+)?to\s+a\s+friend|"
    r"you\s+(?:are\s+)?receiv(?:e|ing)\s+this|share\s+this|follow\s+us|"
    r"read\s+(?:it\s+)?online|having\s+trouble\s+(?:viewing|reading)|"
    r"(?:©|\(c\)\s|copyright\b)).*$"
)


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page holds for a briefing: metadata, article blocks, comment lines.

    ``blocks`` are ``(kind, text)`` with kind ``heading``, ``para``, ``item`` or ``quote``.
    """

    title: str | None
    date: dt.date | None
    url: str | None
    site: str | None
    author: str | None
    blocks: tuple[tuple[str, str], ...]
    comments: tuple[str, ...]
    #: ``(author, text)`` of each comment as the page's markup marks them, and the count
    #: its heading declares; when empty, ``comments`` (trafilatura's lines) are read instead.
    comment_pairs: tuple[tuple[str, str], ...] = ()
    declared: int | None = None

    @property
    def text(self) -> str:
        """The article as plain text (the full-text view)."""
        marks = {"item": "- ", "quote": "> "}
        return "\n\n".join(f"{marks.get(kind, '')}{text}" for kind, text in self.blocks)


def is_noise(line: str) -> bool:
    """A newsletter's or page's wrapper line ("View in browser", "Unsubscribe", ©)."""
    return len(line) <= 300 and _NOISE.match(line.strip()) is not None


def _flat(element: Any) -> str:
    """An element's text with white space folded (markup inside a paragraph dropped)."""
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _blocks(body: Any) -> list[tuple[str, str]]:
    """The article tree as ``(kind, text)`` blocks, in document order."""
    out: list[tuple[str, str]] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "list":
            out += [("item", _flat(item)) for item in el.iter("item")]
        elif tag == "quote":
            paras = [_flat(p) for p in el if isinstance(p.tag, str)] or [_flat(el)]
            out.append(("quote", " ".join(paras)))
        elif tag == "table":
            rows = [" | ".join(_flat(c) for c in row) for row in el.iter("row")]
            out += [("para", r) for r in rows if r.strip(" |")]
        elif tag == "head":
            out.append(("heading", _flat(el)))
        elif tag not in ("graphic", "lb"):
            out.append(("para", _flat(el)))
    return [(k, t) for k, t in out if t and not is_noise(t)]


def _comment_lines(body: Any) -> tuple[str, ...]:
    """The comments tree as a header line then author and text lines, as plain text has them."""
    lines: list[str] = []
    for el in body:
        text = _flat(el)
        if not text:
            continue
        if not lines and el.tag == "head" and len(text) <= 60:
            lines.append(text if comments_header(text) is not None else "Comments")
            continue
        if not lines:
            lines.append("Comments")
        lines.append(text)
    return tuple(lines) if len(lines) > 1 else ()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return as_date(value[:10])
    except ValueError:
        return None


def _tree(html: str | bytes) -> Any:
    """The page parsed once by lxml (``None`` if lxml cannot: trafilatura then tries)."""
    import lxml.html  # type: ignore[import-untyped]
    from lxml.etree import ParserError  # type: ignore[import-untyped]

    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def _as_article(html: str | bytes) -> Any:
    """An HTML fragment (an e-mail body, a feed entry's content) as one article.

    Such HTML is all content, so it is wrapped in ``<article>`` for the extractor to keep
    whole, and its tables, which in e-mail lay out the page rather than hold data, become
    plain blocks (a list or heading inside a layout table would otherwise be lost).
    """
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return html
    for el in root.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
        el.tag = "div"
    body = root.find("body")
    if body is not None:
        article = lxml.html.Element("article")
        article.extend(list(body))
        body.append(article)
    return root


def page_from_html(html: str | bytes, *, fragment: bool = False) -> Page:
    """Run trafilatura over a page: the article, its metadata and its comments.

    ``fragment=True`` for HTML that is all content (an e-mail, a feed entry).
    """
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import Document

    pairs: list[tuple[str, str]] = []
    declared = None
    source: Any = html
    if fragment:
        source = _as_article(html)
    else:
        tree = _tree(html)
        if tree is not None:
            # the comments are read first: trafilatura prunes the tree it is given
            pairs, declared = page_comments(tree)
            source = tree
    found = trafilatura.bare_extraction(
        source,
        fast=True,  # no second-opinion extractors: several times quicker on news pages
        with_metadata=True,
        include_comments=True,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    doc = found if isinstance(found, Document) else None
    if doc is None or doc.body is None:
        meta = extract_metadata(html, date_config={"extensive_search": False})
        return Page(
            meta.title or None,
            _date(meta.date),
            meta.url or None,
            meta.sitename or None,
            meta.author or None,
            (),
            (),
        )
    title = (doc.title or "").strip() or None
    blocks = _blocks(doc.body)
    if blocks and title and blocks[0][1].casefold() == _SPACE.sub(" ", title).casefold():
        blocks = blocks[1:]  # the headline over the article is the title already
    if not fragment and sum(len(text.split()) for _, text in blocks) < _MIN_WORDS:
        blocks = []  # a menu or a caption left over, not an article
    comments = _comment_lines(doc.commentsbody) if doc.commentsbody is not None else ()
    return Page(
        title,
        _date(doc.date),
        doc.url or None,
        doc.sitename or None,
        doc.author or None,
        tuple(blocks),
        comments,
        tuple(pairs),
        declared,
    )


def _units(blocks: tuple[tuple[str, str], ...], meta: Meta) -> list[Unit]:
    """The plain-text pipeline's units; a byline or date line opening the article is meta."""
    from tui.core.parse.text import attach_attributions, read_header_line

    units: list[Unit] = []
    for kind, text in blocks:
        if not units and kind == "para" and len(text) <= 120 and read_header_line(meta, text):
            continue
        if kind == "heading":
            units.append(Unit("heading", text))
        elif kind == "item":
            units.append(Unit("bullet", text, marker="-"))
        elif kind == "quote":
            units.append(Unit("para", text, marker=">"))
        else:
            units.append(Unit("para", text))
    return attach_attributions([*units, Unit("para", "")])[:-1]


def parse_page(
    page: Page,
    *,
    origin: str,
    fmt: Format,
    extract: bool = True,
    title: str | None = None,
    date: dt.date | None = None,
    url: str | None = None,
    id_key: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Briefing:
    """A briefing from an extracted page; ``title``/``date``/``url`` given win over the page's."""
    meta = Meta(title=title or page.title or "")
    units = _units(page.blocks, meta)
    if not meta.title:
        first = next((u.text for u in units if u.kind in ("heading", "para")), "")
        meta.title = first if 0 < len(first) <= 150 else title_from_origin(origin)
    meta.date = date or page.date or meta.date
    if page.comment_pairs:
        meta.declared = page.declared
        meta.comments = list(page.comment_pairs)
    elif page.comments:
        (declared,) = comments_header(page.comments[0]) or (None,)
        meta.declared = declared
        meta.comments, found = parse_comments(list(page.comments[1:]), declared)
        meta.warnings.extend(found)
    body = page.text
    if meta.comments:
        body += "\n\nComments\n" + "\n".join(f"{a}\n{t}" for a, t in meta.comments)
    doc = build(units, meta, origin=origin, fmt=fmt, body=body, extract=extract)
    return finish(doc, url=url or page.url, id_key=id_key, warnings=warnings)


def finish(
    doc: Briefing,
    *,
    url: str | None = None,
    id_key: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Briefing:
    """A parsed briefing with its web address, an id from ``id_key`` when the source gives a
    stable one (a feed entry's id), and the container's warnings first."""
    doc_id = "b-" + digest(id_key) if id_key else doc.id
    return dataclasses.replace(doc, id=doc_id, url=url, warnings=(*warnings, *doc.warnings))


def plain_briefing(
    text: str,
    *,
    origin: str,
    fmt: Format,
    extract: bool,
    title: str | None,
    date: dt.date | None,
    url: str | None = None,
    id_key: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Briefing:
    """The plain-text parser over extracted text, with the container's title and date winning."""
    from tui.core.parse.text import parse_text

    source = f"{title}\n\n{text}" if title else text
    doc = parse_text(source, origin=origin, extract=extract)
    title = title or doc.title
    date = date or doc.date
    doc = dataclasses.replace(
        doc,
        format=fmt,
        title=title,
        date=date,
        id=briefing_id(title, date.isoformat() if date else None, doc.place),
    )
    return finish(doc, url=url, id_key=id_key, warnings=warnings)


def parse_html(text: str, *, origin: str, extract: bool = True) -> Briefing:
    """Parse a saved web page; a page without article text opens with its metadata only.

    A page longer than ``MAX_HTML`` characters (news pages are far shorter) is read up to
    there, with a warning, so that a giant page opens in seconds rather than minutes.
    """
    warnings: tuple[str, ...] = ()
    if len(text) > MAX_HTML:
        cut = text.rfind("<", 0, MAX_HTML)
        text = text[: cut if cut > 0 else MAX_HTML]
        warnings = (f"a very long page; only its first {MAX_HTML // 1_000_000} MB are read",)
    page = page_from_html(text)
    warnings += () if page.blocks else (NO_ARTICLE,)
    return parse_page(page, origin=origin, fmt="html", extract=extract, warnings=warnings)
