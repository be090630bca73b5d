"""Markdown front matter: TOML between ``+++`` lines, or simple ``key: value`` YAML between ``---``."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from tui.core.parse.dates import parse_date

_YAML_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_YAML_ITEM = re.compile(r"^\s+-\s+(?P<value>.*)$|^-\s+(?P<value2>.*)$")
_MAX_LINES = 200


@dataclass(slots=True)
class FrontMatter:
    """The fields a briefing takes from front matter, and where the body starts."""

    end: int = 0  # index of the first line after the front matter
    title: str | None = None
    date: dt.date | None = None
    place: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)


def _closing(lines: list[str], start: int, marks: tuple[str, ...]) -> int | None:
    for j in range(start + 1, min(len(lines), start + _MAX_LINES)):
        if lines[j].strip() in marks:
            return j
    return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _yaml(lines: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Simple ``key: value`` lines, ``[a, b]`` lists and ``- item`` lists; nothing more."""
    data: dict[str, Any] = {}
    bad: list[str] = []
    last: str | None = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM.match(line)
        if item is not None and last is not None:
            value = _unquote(item.group("value") or item.group("value2") or "")
            existing = data.get(last)
            data[last] = [*existing, value] if isinstance(existing, list) else [value]
            continue
        m = _YAML_LINE.match(line)
        if m is None:
            bad.append(line.strip())
            continue
        last = m.group("key").lower()
        raw = m.group("value").strip()
        if raw.startswith("[") and raw.endswith("]"):
            data[last] = [_unquote(v) for v in raw[1:-1].split(",") if v.strip()]
        else:
            data[last] = _unquote(raw) if raw else []
    return data, bad


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def read_front_matter(lines: list[str]) -> FrontMatter:
    """Front matter at the top of ``lines`` (leading blank lines allowed); never raises."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    fm = FrontMatter()
    if start is None or lines[start].strip() not in ("+++", "---"):
        return fm
    mark = lines[start].strip()
    end = _closing(lines, start, ("+++",) if mark == "+++" else ("---", "..."))
    if end is None:
        if mark == "+++":
            fm.warnings.append("front matter is not closed with '+++'; read as text")
        return fm
    block = lines[start + 1 : end]
    data: dict[str, Any]
    if mark == "+++":
        try:
            data = tomllib.loads("\n".join(block))
        except (tomllib.TOMLDecodeError, RecursionError) as exc:
            why = "nested too deeply" if isinstance(exc, RecursionError) else exc
            fm.warnings.append(f"invalid front matter: {why}")
            fm.end = end + 1
            return fm
    else:
        data, bad = _yaml(block)
        if not data:
            return fm  # a rule line, not front matter
        if bad:
            fm.warnings.append(f"front matter lines not understood: {len(bad)}")
    fm.end = end + 1
    data = {str(k).lower(): v for k, v in data.items()}
    fm.title = _text(data.get("title"))
    fm.place = next(
        (_text(data[k]) for k in ("place", "location", "dateline", "city") if _text(data.get(k))),
        None,
    )
    fm.summary = _text(data.get("summary"))
    raw_date = data.get("date", data.get("published"))
    fm.date = _date(raw_date)
    if raw_date is not None and fm.date is None:
        fm.warnings.append(f"front matter date not understood: {raw_date!r}")
    tags = data.get("tags", data.get("keywords"))
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,;]", tags)]
    if isinstance(tags, list):
        fm.tags = tuple(str(t).strip() for t in tags if str(t).strip())
    return fm
