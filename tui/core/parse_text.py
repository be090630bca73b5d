"""Plain-text briefings: title, dateline, lead, sections, areas and comments are all inferred."""

from __future__ import annotations

import re

from tui.core.assemble import Meta, build, parse_attribution
from tui.core.comments import comments_header, parse_comments
from tui.core.dateline import normalise_place, parse_place
from tui.core.dates import first_date, is_date_line, parse_date
from tui.core.model import Briefing
from tui.core.structure import Unit, body_units, is_rule, split_lines, unwrap_emphasis

_META_KV = re.compile(
    r"^(?P<key>title|headline|subject|date|dated|published|updated|posted|place|location|"
    r"dateline|by|byline|authors?|source|from|to|cc|tags|keywords|categor(?:y|ies)|section|"
    r"classification|ref(?:erence)?|filed)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|from)\s+\S", re.IGNORECASE)
_TITLE_PREFIX = re.compile(r"^(?:#+\s*|(?:title|headline)\s*:\s*)", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^(.{10,200}?[.!?])\s+(?=[A-Z\"'“‘])")
_QUOTE_OPEN = "\"'“‘«„"
_QUOTE_CLOSE = "\"'”’»“"


def clean_title(line: str) -> str:
    """The title line without stray markup (``# …``, ``Title: …``, ``**…**``, ``=== … ===``)."""
    s = _TITLE_PREFIX.sub("", line.strip())
    s = s.strip("#= ").strip()
    return unwrap_emphasis(s)


def _apply_meta(meta: Meta, key: str, value: str) -> None:
    key = key.lower()
    value = value.strip()
    if not value:
        return
    if key in ("date", "dated", "published"):
        meta.date = meta.date or parse_date(value)
    elif key in ("updated", "posted"):
        meta.fallback_date = meta.fallback_date or parse_date(value)
    elif key in ("place", "location", "dateline"):
        parsed = parse_place(value)
        if parsed is not None:
            meta.place = meta.place or parsed[0]
            meta.fallback_date = meta.fallback_date or parsed[1]
        else:
            meta.place = meta.place or normalise_place(value)
    elif key in ("tags", "keywords", "categories", "category"):
        meta.tags = tuple(t.strip() for t in re.split(r"[,;]", value) if t.strip())


def _header_lines(lines: list[str], meta: Meta, start: int) -> int:
    """Skip metadata under the title (``Date:``, bylines, a date line); returns the next index."""
    i = start
    while i < len(lines):
        s = lines[i].strip()
        if not s or is_rule(s):
            i += 1
            continue
        kv = _META_KV.match(s)
        if kv is not None and len(kv.group("value")) <= 120:
            _apply_meta(meta, kv.group("key"), kv.group("value"))
        elif _BYLINE.match(s) and len(s) <= 80 and len(s.split()) <= 12:
            pass
        elif is_date_line(s) and len(s) <= 60:
            meta.fallback_date = meta.fallback_date or parse_date(s) or first_date(s)
        else:
            break
        i += 1
    return i


def _find_title(lines: list[str], meta: Meta) -> tuple[str | None, int]:
    """The title and the index after it; ``Title:``/``Date:`` lines before it are read as meta."""
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if not s or is_rule(s):
            i += 1
            continue
        kv = _META_KV.match(s)
        if kv is None or len(kv.group("value")) > 120:
            return clean_title(s), i + 1
        if kv.group("key").lower() in ("title", "headline", "subject"):
            title = clean_title(kv.group("value"))
            if title:
                return title, i + 1
        else:
            _apply_meta(meta, kv.group("key"), kv.group("value"))
        i += 1
    return None, i


def _attach_attributions(units: list[Unit]) -> list[Unit]:
    """``"…"`` on its own, then ``— Name, Role``: one attributed quote, as in Markdown."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        attribution = _attribution_text(u)
        if attribution is not None and prev is not None and prev.kind == "para":
            inner = _standalone_quote(prev.text)
            if inner is not None:
                speaker, role = parse_attribution(attribution)
                if speaker:
                    out[-1] = Unit(
                        "quote",
                        inner,
                        speaker=speaker,
                        role=role,
                        context=f"{prev.text} — {attribution}",
                    )
                    continue
        out.append(u)
    return out


def _attribution_text(u: Unit) -> str | None:
    if u.kind == "bullet" and u.marker in "—―–":
        text = u.text
    elif u.kind == "para" and u.text.startswith(("--", "―", "—")):
        text = u.text.lstrip("-―— ")
    else:
        return None
    if len(text) > 100 or ":" in text or text.endswith(("!", "?")):
        return None
    return text if len(text.split()) <= 14 else None


def _standalone_quote(text: str) -> str | None:
    """The words of a paragraph that is one quotation and nothing else."""
    s = text.strip()
    if len(s) < 3 or s[0] not in _QUOTE_OPEN:
        return None
    end = len(s)
    while end > 0 and s[end - 1] in ".,;:!?" and s[end - 2 : end - 1] in _QUOTE_CLOSE:
        end -= 1
    if s[end - 1] not in _QUOTE_CLOSE:
        return None
    inner = s[1 : end - 1].strip()
    return inner or None


def parse_text(source: str, *, origin: str) -> Briefing:
    """Parse a plain-text briefing; never raises, oddities become warnings."""
    lines = split_lines(source)
    meta = Meta(title="")
    title, i = _find_title(lines, meta)
    extra: list[str] = []
    if title is None or not title:
        meta.warnings.append("empty document")
        stem = origin.replace("\\", "/").rsplit("/", 1)[-1]
        title = stem.rsplit(".", 1)[0] if "." in stem[1:] else stem
        title = title or "Untitled"
    elif len(title) > 200:
        meta.warnings.append("no separate title line; the title is the opening sentence")
        m = _FIRST_SENTENCE.match(title)
        full = title
        if m is not None:
            title, rest = m.group(1), full[m.end() :]
        else:
            cut = full[:100].rsplit(" ", 1)[0] if " " in full[:100] else full[:100]
            title, rest = cut + "…", full
        extra.append(rest)
    meta.title = title
    i = _header_lines(lines, meta, i)
    body = extra + lines[i:]
    cut = len(body)
    for j, line in enumerate(body):
        found = comments_header(line) if len(line) <= 60 else None
        if found is not None:
            cut = j
            meta.declared = found[0]
            meta.comments_header = True
            break
    units = _attach_attributions(body_units(body[:cut]))
    if cut < len(body):
        meta.comments, warnings = parse_comments(body[cut + 1 :], meta.declared)
        meta.warnings.extend(warnings)
    return build(units, meta, origin=origin, fmt="text", body=source)
