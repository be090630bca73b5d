"""The ``briefing parse`` contract: the one place that knows its key order and nulls.

``to_dict`` gives the JSON contract; ``to_toml`` the same as a TOML briefing (TOML has no
null, so optional keys are left out); ``from_mapping`` reads either back, deriving what a
hand-written file leaves out and turning wrong shapes into warnings, never exceptions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any, cast, get_args

from tui.core.ids import IdMaker, briefing_id
from tui.core.model import (
    SCHEMA_VERSION,
    Area,
    Briefing,
    Comment,
    Fact,
    Format,
    Person,
    Quote,
    Section,
)
from tui.core.parse.dates import as_date
from tui.core.parse.language import detect_language, no_rules_warning

_SURROGATE = re.compile("[\ud800-\udfff]")
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
FACT_KINDS = ("money", "date", "period", "percent", "number")


def to_dict(doc: Briefing) -> dict[str, Any]:
    """The contract's object, keys in order, nothing omitted (``None`` for null)."""
    return {
        "schema": doc.schema,
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "format": doc.format,
        "title": doc.title,
        "place": doc.place,
        "date": doc.date.isoformat() if doc.date else None,
        "lang": doc.lang,
        "summary": doc.summary,
        "sections": [
            {"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in doc.sections
        ],
        "areas": [{"name": a.name, "short": a.short, "text": a.text} for a in doc.areas],
        "quotes": [
            {"id": q.id, "text": q.text, "speaker": q.speaker, "role": q.role, "context": q.context}
            for q in doc.quotes
        ],
        "comments": [{"id": c.id, "author": c.author, "text": c.text} for c in doc.comments],
        "comment_count_declared": doc.comment_count_declared,
        "facts": [{"kind": f.kind, "text": f.text, "context": f.context} for f in doc.facts],
        "people": [{"name": p.name, "role": p.role} for p in doc.people],
        "warnings": list(doc.warnings),
    }


def to_json(doc: Briefing, *, indent: int | None = 2, ascii_only: bool = False) -> str:
    """The contract as JSON text: characters kept as they are, or ``\\u``-escaped."""
    return json.dumps(to_dict(doc), ensure_ascii=ascii_only, indent=indent)


def to_json_list(docs: list[Briefing], *, indent: int | None = 2, ascii_only: bool = False) -> str:
    """Several briefings (a feed's entries) as a JSON array of contract objects."""
    return json.dumps([to_dict(d) for d in docs], ensure_ascii=ascii_only, indent=indent)


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def _toml_escape(ch: str) -> str:
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:  # a lone surrogate has no TOML escape
        return "\\ufffd"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def to_toml(doc: Briefing, *, ascii_only: bool = False) -> str:
    """The contract as a TOML briefing that ``from_mapping`` reads back identically.

    With ``ascii_only``, characters outside ASCII are written as ``\\u`` escapes (all of
    them stand inside basic strings, since every key is ASCII).
    """
    import tomli_w

    data = _drop_none(to_dict(doc))
    if doc.date is not None:
        data["date"] = doc.date
    text = tomli_w.dumps(data, multiline_strings=False)
    if ascii_only and not text.isascii():
        text = "".join(ch if ch.isascii() else _toml_escape(ch) for ch in text)
    return text


# --- reading a structured briefing -------------------------------------------------------


def _clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced; UTF-8 encoding fails on exactly those, and
    trying it is much cheaper than a regex scan of a long paragraph."""
    if text.isascii():
        return text
    try:
        str.encode(text, "utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _clean(value: Any) -> Any:
    """Replace lone surrogates (JSON allows ``"\\ud800"``) so every string encodes as UTF-8."""
    if isinstance(value, str):
        return _clean_text(value)
    # (ASCII strings, most of a document, are taken as they are without a call each)
    if isinstance(value, Mapping):
        return {
            (k if isinstance(k, str) and k.isascii() else _clean(k)): (
                v if isinstance(v, str) and v.isascii() else _clean(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [v if isinstance(v, str) and v.isascii() else _clean(v) for v in value]
    return value


class _Reader:
    """Collects warnings while coercing loosely-typed input into the model."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def text(self, raw: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
        value = raw.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        self.warnings.append(f"{where}: '{key}' should be a string")
        return str(value)

    def optional(self, raw: Mapping[str, Any], key: str, where: str) -> str | None:
        value = raw.get(key)
        if value is None or isinstance(value, str):
            return value  # "" stays "", so a written briefing reads back exactly
        self.warnings.append(f"{where}: '{key}' should be a string")
        return str(value)

    def table_list(self, raw: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.warnings.append(f"'{key}' should be a list")
            return []
        items = [v for v in value if isinstance(v, Mapping)]
        if len(items) != len(value):
            self.warnings.append(f"'{key}': {len(value) - len(items)} entries are not tables")
        return items

    def date(self, raw: Mapping[str, Any]) -> dt.date | None:
        value = raw.get("date")
        try:
            # A date-time written as text keeps just its date part.
            return as_date(value.strip()[:10] if isinstance(value, str) else value)
        except ValueError:
            pass
        self.warnings.append(f"'date' is not a YYYY-MM-DD date: {value!r}")
        return None


def _lang(
    raw: Mapping[str, Any], r: _Reader, title: str, summary: str, sections: list[Section]
) -> tuple[str | None, list[str]]:
    """The document's language and, when it is detected, the warning a rule-less one gets.

    A ``lang`` given is kept (a tag that is not BCP 47 is a warning and null). A briefing
    written by ``parse --toml`` names its ``source`` and ``format`` and leaves out a null
    ``lang``: that stays null, so the round trip is exact. A hand-written one without it
    gets the language its text is in.
    """
    value = raw.get("lang")
    if value is not None:
        if isinstance(value, str) and _LANG_TAG.fullmatch(value.strip()):
            return value.strip(), []
        r.warnings.append(f"'lang' is not a language tag: {value!r}")
        return None, []
    if "lang" in raw or (raw.get("source") and raw.get("format")):
        return None, []
    text = " ".join([title, summary, *(p for s in sections for p in s.paragraphs)])
    lang = detect_language(text)
    warning = no_rules_warning(lang)
    return lang, [warning] if warning else []


def from_mapping(raw: Mapping[str, Any], *, origin: str, fmt: Format) -> Briefing:
    """Build a briefing from a parsed TOML/JSON mapping with the contract's fields.

    Args:
        raw: the decoded document.
        origin: the path as given, used for ``source`` when the file does not name one.
        fmt: ``"toml"`` or ``"json"``, used for ``format`` when the file does not name one.
    """
    raw = _clean(raw)
    r = _Reader()
    title = r.text(raw, "title", "briefing").strip()
    if not title:
        r.warnings.append("no title; using the file name")
        title = origin.rsplit("/", 1)[-1].rsplit(".", 1)[0] or origin
    place = r.optional(raw, "place", "briefing")
    date = r.date(raw)
    summary = r.text(raw, "summary", "briefing")

    sections = []
    for i, s in enumerate(r.table_list(raw, "sections"), 1):
        paras = s.get("paragraphs") or []
        if isinstance(paras, str):
            paras = [paras]
        if not isinstance(paras, list):
            r.warnings.append(f"section {i}: 'paragraphs' should be a list")
            paras = []
        if not all(isinstance(p, str) for p in paras):
            r.warnings.append(f"section {i}: 'paragraphs' should be strings")
        sections.append(
            Section(r.optional(s, "heading", f"section {i}"), tuple(str(p) for p in paras))
        )

    areas = tuple(
        Area(
            r.text(a, "name", f"area {i}"),
            r.optional(a, "short", f"area {i}"),
            r.text(a, "text", f"area {i}"),
        )
        for i, a in enumerate(r.table_list(raw, "areas"), 1)
    )

    quote_ids = IdMaker("q")
    quotes: list[Quote] = []
    seen_ids: set[str] = set()
    for i, q in enumerate(r.table_list(raw, "quotes"), 1):
        where = f"quote {i}"
        text = r.text(q, "text", where)
        generated = quote_ids.make(text)
        given_id = r.optional(q, "id", where)
        if given_id in seen_ids:
            r.warnings.append(f"quote {i}: id {given_id!r} repeats an earlier one; replaced")
            given_id = None
        quotes.append(
            Quote(
                id=given_id or generated,
                text=text,
                speaker=r.optional(q, "speaker", where),
                role=r.optional(q, "role", where),
                context=r.text(q, "context", where),
            )
        )
        seen_ids.add(quotes[-1].id)

    comment_ids = IdMaker("c")
    comments = []
    for i, c in enumerate(r.table_list(raw, "comments"), 1):
        where = f"comment {i}"
        author = r.text(c, "author", where)
        text = r.text(c, "text", where)
        generated = comment_ids.make(author, text)
        comments.append(Comment(r.optional(c, "id", where) or generated, author, text))

    facts = []
    for i, f in enumerate(r.table_list(raw, "facts"), 1):
        kind = r.text(f, "kind", f"fact {i}", "number")
        if kind not in FACT_KINDS:
            r.warnings.append(f"fact {i}: unknown kind {kind!r}; using 'number'")
            kind = "number"
        facts.append(Fact(kind, r.text(f, "text", f"fact {i}"), r.text(f, "context", f"fact {i}")))  # type: ignore[arg-type]

    people = tuple(
        Person(r.text(p, "name", f"person {i}"), r.optional(p, "role", f"person {i}"))
        for i, p in enumerate(r.table_list(raw, "people"), 1)
    )

    lang, lang_warning = _lang(raw, r, title, summary, sections)

    declared = raw.get("comment_count_declared")
    if declared is not None and (not isinstance(declared, int) or isinstance(declared, bool)):
        r.warnings.append("'comment_count_declared' should be a whole number")
        declared = None
    if declared is not None and declared != len(comments):
        r.warnings.append(f"{declared} comments declared, {len(comments)} found")

    given = raw.get("warnings") or []
    kept = [str(w) for w in given] if isinstance(given, list) else [str(given)]
    warnings = tuple(dict.fromkeys([*kept, *r.warnings, *lang_warning]))

    schema = raw.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        warnings = (
            *warnings,
            f"schema {schema!r} is not {SCHEMA_VERSION}; read as {SCHEMA_VERSION}",
        )

    fmt_given = raw.get("format")
    fmt_out: Format = cast("Format", fmt_given) if fmt_given in get_args(Format) else fmt
    given_source = raw.get("source")
    # A file written by `parse --toml` names the document it came from; keep that, so the
    # round trip is exact. A hand-written file (or a blank value) gets the path as given.
    source = given_source if isinstance(given_source, str) and given_source.strip() else origin
    doc_id = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else None
    tags = raw.get("tags") or ()
    return Briefing(
        id=doc_id or briefing_id(title, date.isoformat() if date else None, place),
        source=source,
        format=fmt_out,
        title=title,
        place=place,
        date=date,
        lang=lang,
        summary=summary,
        sections=tuple(sections),
        areas=areas,
        quotes=tuple(quotes),
        comments=tuple(comments),
        comment_count_declared=declared,
        facts=tuple(facts),
        people=people,
        warnings=warnings,
        url=r.optional(raw, "url", "briefing") or None,
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
    )
