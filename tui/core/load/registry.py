"""The format registry: one row per document format (its suffixes, its parser, its head rule).

Adding a format is one parser module and one row here. Parsers are named by dotted path and
imported on first use, so the list's first frame never loads a parser it does not need.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.load.head import head_html, head_prose, head_toml, head_whole

if TYPE_CHECKING:
    from tui.core.model import Briefing, Format

    Parser = Callable[..., Briefing]

__all__ = [
    "FORMATS",
    "LIBRARY_SUFFIXES",
    "FormatSpec",
    "entry_locator",
    "format_for",
    "parse_source",
    "spec_for",
    "split_locator",
]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    """One document format.

    Attributes:
        name: the contract's ``format`` value.
        suffixes: file suffixes read as this format (lower case, with the dot).
        parser: ``"module:function"``; the function takes ``(text, *, origin, extract)``.
        head: the opening a quick scan parses (title, date and place are decided there).
            ``None`` for a binary format: its parser takes ``head=True`` itself.
        binary: the parser takes the file's bytes, not decoded text, and also the keywords
            ``head`` (a light listing) and ``only`` (one entry of a multi-entry file).
        multi: the parser returns a list, one briefing per entry (a feed, a mailbox).
        light: its opening is read without loading a large library (lxml, pypdf, the
            email package, feedparser: 0.04–0.2 s to import). The first look at start-up reads only
            these; the quick scan lists the others a moment later.
    """

    name: Format
    suffixes: tuple[str, ...]
    parser: str
    head: Callable[[str], str] | None
    binary: bool = False
    multi: bool = False
    light: bool = True

    def parse(self, text: str, *, origin: str, extract: bool = True) -> Briefing:
        """Parse decoded text in this format."""
        module, _, func = self.parser.partition(":")
        parse: Parser = getattr(importlib.import_module(module), func)
        return parse(text, origin=origin, extract=extract)

    def parse_bytes(
        self,
        data: bytes,
        *,
        origin: str,
        extract: bool = True,
        head: bool = False,
        only: int | None = None,
    ) -> list[Briefing]:
        """Parse a binary format's bytes: every entry, or just entry ``only`` (1-based)."""
        module, _, func = self.parser.partition(":")
        parse: Callable[..., Briefing | list[Briefing]] = getattr(
            importlib.import_module(module), func
        )
        found = parse(data, origin=origin, extract=extract, head=head, only=only)
        return found if isinstance(found, list) else [found]


#: Every format ``briefing`` reads. The first row is the default for unknown suffixes.
FORMATS: tuple[FormatSpec, ...] = (
    FormatSpec("text", (".txt", ".text", ""), "tui.core.parse.text:parse_text", head_prose),
    FormatSpec(
        "markdown", (".md", ".markdown"), "tui.core.parse.markdown:parse_markdown", head_prose
    ),
    FormatSpec("toml", (".toml",), "tui.core.parse.structured:parse_toml", head_toml),
    FormatSpec("json", (".json",), "tui.core.parse.structured:parse_json", head_whole),
    FormatSpec(
        "html",
        (".html", ".htm", ".xhtml"),
        "tui.core.parse.html:parse_html",
        head_html,
        light=False,
    ),
    FormatSpec(
        "html",
        (".mhtml", ".mht"),
        "tui.core.parse.mail:parse_mhtml",
        None,
        binary=True,
        light=False,
    ),
    FormatSpec("email", (".eml",), "tui.core.parse.mail:parse_eml", None, binary=True, light=False),
    FormatSpec(
        "email",
        (".mbox",),
        "tui.core.parse.mail:parse_mbox",
        None,
        binary=True,
        multi=True,
        light=False,
    ),
    FormatSpec("pdf", (".pdf",), "tui.core.parse.pdf:parse_pdf", None, binary=True, light=False),
    FormatSpec(
        "feed",
        (".rss", ".atom", ".xml"),
        "tui.core.parse.feed:parse_feed",
        None,
        binary=True,
        multi=True,
        light=False,
    ),
)
_BY_SUFFIX = {suffix: spec for spec in FORMATS for suffix in spec.suffixes}
_BY_NAME: dict[str, FormatSpec] = {}
for _spec in FORMATS:
    _BY_NAME.setdefault(_spec.name, _spec)  # a second row of a name (mbox) is by suffix only
#: Suffixes a library scan picks up; anything else in a folder is left alone.
LIBRARY_SUFFIXES = frozenset(_BY_SUFFIX)


_ENTRY = re.compile(r"#([1-9][0-9]{0,6})$")


def entry_locator(path: str, number: int) -> str:
    """Where entry ``number`` (1-based) of a multi-entry file lives: ``feed.rss#3``."""
    return f"{path}#{number}"


def split_locator(locator: str) -> tuple[str, int | None]:
    """``feed.rss#3`` → ``("feed.rss", 3)``; a plain path → ``(path, None)``.

    Only a multi-entry format's suffix before the ``#`` makes it an entry locator, so a
    text file whose name ends in ``#3`` is still itself.
    """
    m = _ENTRY.search(locator)
    if m is not None:
        base = locator[: m.start()]
        spec = _BY_SUFFIX.get(Path(base).suffix.lower())
        if spec is not None and spec.multi:
            return base, int(m.group(1))
    return locator, None


def spec_for(path: Path | str) -> FormatSpec:
    """The format a file is read as, by its suffix (plain text by default)."""
    suffix = Path(split_locator(str(path))[0]).suffix.lower()
    return _BY_SUFFIX.get(suffix, FORMATS[0])


def format_for(path: Path | str) -> Format:
    """The name of the format a file is read as."""
    return spec_for(path).name


def parse_source(text: str, *, origin: str, fmt: Format, extract: bool = True) -> Briefing:
    """Parse decoded text in the named format."""
    return _BY_NAME[fmt].parse(text, origin=origin, extract=extract)
