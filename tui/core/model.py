"""The document model: immutable records for one parsed briefing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Format = Literal["text", "markdown", "toml", "json", "html", "feed", "email", "pdf"]
FactKind = Literal["money", "date", "period", "percent", "number"]

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Section:
    """A headed (or unheaded) run of paragraphs."""

    heading: str | None
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Area:
    """A cooperation area: ``- Name (Short): description``."""

    name: str
    short: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """Words between quotation marks, with who said them and the sentence around them."""

    id: str
    text: str
    speaker: str | None
    role: str | None
    context: str
    #: the opening and closing marks the document used (not in the contract; "" if unknown)
    marks: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment at the end of a briefing."""

    id: str
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure or date a reader scans for."""

    kind: FactKind
    text: str
    context: str


@dataclass(frozen=True, slots=True)
class Person:
    """A named person and, where the text gives it, their office."""

    name: str
    role: str | None


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the ``briefing parse --json`` contract lists, in that order.

    ``tags`` and ``body`` are extras that the contract does not carry: front-matter
    tags, and the document's full decoded text for the "full text" view.
    """

    id: str
    source: str
    format: Format
    title: str
    place: str | None = None
    date: dt.date | None = None
    lang: str | None = None  # BCP 47 tag of the document's language, None when unknown
    summary: str = ""
    sections: tuple[Section, ...] = ()
    areas: tuple[Area, ...] = ()
    quotes: tuple[Quote, ...] = ()
    comments: tuple[Comment, ...] = ()
    comment_count_declared: int | None = None
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    warnings: tuple[str, ...] = ()
    url: str | None = None  # where the document came from on the web, when known
    schema: int = SCHEMA_VERSION
    tags: tuple[str, ...] = field(default=(), compare=False)
    body: str = field(default="", compare=False, repr=False)
