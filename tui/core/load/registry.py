"""The format registry: one row per document format (its suffixes, its parser, its head rule).

Adding a format is one parser module and one row here. Parsers are named by dotted path and
imported on first use, so the list's first frame never loads a parser it does not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.load.head import head_prose, head_toml, head_whole

if TYPE_CHECKING:
    from tui.core.model import Briefing, Format

    Parser = Callable[..., Briefing]

__all__ = [
    "FORMATS",
    "LIBRARY_SUFFIXES",
    "FormatSpec",
    "format_for",
    "parse_source",
    "spec_for",
]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    """One document format.

    Attributes:
        name: the contract's ``format`` value.
        suffixes: file suffixes read as this format (lower case, with the dot).
        parser: ``"module:function"``; the function takes ``(text, *, origin, extract)``.
        head: the opening a quick scan parses (title, date and place are decided there).
    """

    name: Format
    suffixes: tuple[str, ...]
    parser: str
    head: Callable[[str], str]

    def parse(self, text: str, *, origin: str, extract: bool = True) -> Briefing:
        """Parse decoded text in this format."""
        module, _, func = self.parser.partition(":")
        parse: Parser = getattr(importlib.import_module(module), func)
        return parse(text, origin=origin, extract=extract)


#: Every format ``briefing`` reads. The first row is the default for unknown suffixes.
FORMATS: tuple[FormatSpec, ...] = (
    FormatSpec("text", (".txt", ".text", ""), "tui.core.parse.text:parse_text", head_prose),
    FormatSpec(
        "markdown", (".md", ".markdown"), "tui.core.parse.markdown:parse_markdown", head_prose
    ),
    FormatSpec("toml", (".toml",), "tui.core.parse.structured:parse_toml", head_toml),
    FormatSpec("json", (".json",), "tui.core.parse.structured:parse_json", head_whole),
)
_BY_SUFFIX = {suffix: spec for spec in FORMATS for suffix in spec.suffixes}
_BY_NAME = {spec.name: spec for spec in FORMATS}
#: Suffixes a library scan picks up; anything else in a folder is left alone.
LIBRARY_SUFFIXES = frozenset(_BY_SUFFIX)


def spec_for(path: Path | str) -> FormatSpec:
    """The format a file is read as, by its suffix (plain text by default)."""
    suffix = Path(path).suffix.lower()
    return _BY_SUFFIX.get(suffix, FORMATS[0])


def format_for(path: Path | str) -> Format:
    """The name of the format a file is read as."""
    return spec_for(path).name


def parse_source(text: str, *, origin: str, fmt: Format, extract: bool = True) -> Briefing:
    """Parse decoded text in the named format."""
    return _BY_NAME[fmt].parse(text, origin=origin, extract=extract)
