"""Cooperation areas: ``Name (Short): description`` items, and which lists hold them."""

from __future__ import annotations

import re

from tui.core.model import Area
from tui.core.parse.blocks import (
    FUNCTION_WORDS,
    Unit,
    ends_terminal,
    heading_text,
    is_capital,
    search_from_mark,
)
from tui.core.parse.languages import AREA_CUE

# (a full-width colon and brackets in Japanese and Chinese: 洋上風力（OW）：…)
_AREA_SPLIT = re.compile(r"\s*(?::|：|\s[–-]{1,2}\s|\s?[—―]\s?)\s*")
_SPLIT_MARK = re.compile(r"[:：–—―-]")
_SHORT = re.compile(r"^(?P<name>.+?)\s*[(（](?P<short>[^()（）]{1,24})[)）]$")
_AREA_CUE = re.compile(
    # (the look-ahead, the first two letters of every cue word, spares most words the list)
    r"\b(?=[afscpdimtwj][aeghilnor])"
    r"(?:areas?\b|fields?\b|sectors?\b|co-?operat|collaborat|partner|priorit|pillars?\b|agree|"
    r"deals?\b|covers?\b|domains?\b|initiatives?\b|projects?\b|commit|memorand|mous?\b|"
    r"plans?\b|tracks?\b|focus|themes?\b|pledge|work\b|joint\b)",
    re.IGNORECASE,
)
# (an apostrophe between letters is no quotation mark: "Formation d'ingénieurs")
_QUOTE_CHAR = re.compile("[\"“”«»„]|(?<![^\\W\\d_])['‘’]|['‘’](?![^\\W\\d_])")
_LIST_TRAIL = ";,."
_BOLD_NAME = re.compile(r"^(\*\*|__)(.{1,100}?)\1")
_CURRENCY = "$€£¥₹₩"


def _short_form(name: str) -> tuple[str, str | None]:
    m = _SHORT.match(name) if name[-1:] in ")）" else None  # (the pattern ends with ")")
    if m is None:
        return name, None
    short = m.group("short").strip()
    if not any(map(str.isalpha, short)) or len(short.split()) > 3:
        return name, None
    return m.group("name").strip(), short


def _capitalised_share(words: list[str]) -> float:
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return sum(1 for w in content if is_capital(w[:1])) / max(1, len(content))


def parse_area(text: str) -> Area | None:
    """``Name (Short): description`` (or ``Name — description``, or a bare ``Name``) → Area."""
    text = text.strip()
    if text.startswith(("**", "__")):
        text = _BOLD_NAME.sub(r"\2", text, count=1)  # "**Name (Short):** text" in a .txt
    if not text:
        return None
    m = search_from_mark(_AREA_SPLIT, _SPLIT_MARK, text, 1, 110)
    if m is not None:
        name = text[: m.start()].strip()
        desc = text[m.end() :].strip()
        words = name.split()
        if (
            name
            and len(words) <= 10
            and (is_capital(name[0]) or name[0].isdigit())
            and not _QUOTE_CHAR.search(name)
            and not ends_terminal(name.rstrip(")）"))
            and words[-1].lower() not in FUNCTION_WORDS
            and (len(words) <= 5 or _capitalised_share(words) >= 0.6)
        ):
            name, short = _short_form(name)
            return Area(name, short, desc)
    bare = text.rstrip(_LIST_TRAIL).strip()
    words = bare.split()
    if (
        bare
        and len(words) <= 8
        and len(bare) <= 80
        and not ends_terminal(bare)
        and not _QUOTE_CHAR.search(bare)
        # "Japan to lend $1.8 billion." / "Talks resume next week.": a point, not a field
        and not any(map(str.isdigit, bare))
        and not any(ch in bare for ch in _CURRENCY)
        and not (text.endswith(".") and len(words) >= 4)
    ):
        name, short = _short_form(bare)
        return Area(name, short, "")
    return None


def _cued(cued: bool, u: Unit) -> bool:
    """Whether an area word stands since the last heading, once ``u`` is read.

    A flag, not the text since the heading: that text grows with every paragraph, and
    searching it again at each list made a long document quadratic.
    """
    if u.kind == "heading":
        return _AREA_CUE.search(u.text) is not None or AREA_CUE.search(u.text) is not None
    if u.kind == "para" and not cued:
        tail = u.text[-200:]
        return _AREA_CUE.search(tail) is not None or AREA_CUE.search(tail) is not None
    return cued


def area_lists(units: list[Unit]) -> list[list[int]]:
    """Indexes of top-level bullet units grouped into lists, keeping lists that read as areas."""
    lists: list[list[int]] = []
    base = 0
    after = -2  # the index of the last bullet seen
    for i in [i for i, u in enumerate(units) if u.kind == "bullet"]:
        u = units[i]
        if after == i - 1:
            after = i
            if u.indent > base + 1:
                continue  # a nested item belongs to its parent's list, not the areas
        else:
            after = i
            base = u.indent
            lists.append([])
        lists[-1].append(i)
    if len(lists) <= 1:
        return lists  # (one list or none: which lists are cued does not matter)
    # which lists have an area word before them since the last heading
    cued: list[list[int]] = []
    cue = False
    k = 0
    last = lists[-1][0]
    for i, u in enumerate(units):
        if i == lists[k][0]:
            if cue:
                cued.append(lists[k])
            if i == last:
                break
            k += 1
        if u.kind != "bullet":
            cue = _cued(cue, u)
    return cued or lists


def numbered_headings(units: list[Unit]) -> None:
    """``1. Background`` standing alone over a paragraph is a numbered heading, not a list."""
    for i, u in enumerate(units):
        if u.kind != "bullet" or not u.marker[:1].isdigit():
            continue
        if i > 0 and units[i - 1].kind == "bullet":
            continue
        if i + 1 >= len(units) or units[i + 1].kind != "para":
            continue
        text = heading_text(u.text)
        if text is not None and search_from_mark(_AREA_SPLIT, _SPLIT_MARK, text) is None:
            units[i] = Unit("heading", text, marker=u.marker)


#: Markers that Korean and Japanese copy sets before a subheading (``■ 주요 협력 분야``)
_HEADING_MARKS = frozenset("■□◆◇▶▷●◎【")


def marked_headings(units: list[Unit]) -> None:
    """``■ 주요 협력 분야`` over a list of ``·`` items: a heading marked as writers of Korean
    and Japanese copy mark them, not the first item of that list."""
    for i, u in enumerate(units[:-1]):
        nxt = units[i + 1]
        if (
            u.kind == "bullet"
            and u.marker in _HEADING_MARKS
            and nxt.kind == "bullet"
            and nxt.marker != u.marker
            and (i == 0 or units[i - 1].kind != "bullet" or units[i - 1].marker != u.marker)
            and search_from_mark(_AREA_SPLIT, _SPLIT_MARK, u.text) is None
            and not ends_terminal(u.text)
            and len(u.text) <= 60
        ):
            units[i] = Unit("heading", u.text, marker=u.marker)


def _strict_area(text: str) -> bool:
    """``Name (Short): description`` with a short Title Case name, as written without a bullet."""
    m = search_from_mark(_AREA_SPLIT, _SPLIT_MARK, text, 1, 70)
    if m is None or text[m.start() : m.end()].strip() not in (":", "："):
        return False
    name, short = _short_form(text[: m.start()].strip())
    words = name.split()
    return (
        len(name) >= 2
        and 1 <= len(words) <= 6
        and (short is not None or _capitalised_share(words) == 1.0)
        and not any(map(str.isdigit, name))
        and bool(text[m.end() :].strip())
    )


def unbulleted_areas(units: list[Unit]) -> None:
    """With no lists at all, runs of ``Name: description`` paragraphs under a heading or an
    intro that speaks of areas (fields, sectors, cooperation …) are the areas."""
    if any(u.kind == "bullet" for u in units):
        return
    run: list[int] = []
    cue = False
    for i, u in enumerate([*units, Unit("heading", "")]):
        if u.kind == "para" and _strict_area(u.text):
            run.append(i)
            continue
        if len(run) >= 2 and cue:
            for j in run:
                units[j].kind = "bullet"
        run = []
        cue = _cued(cue, u)


_NUMBERING = re.compile(r"^(?:\d{1,2}[.):]|[A-Za-z][.)]|\(\d{1,2}\))\s+")


def _area_under(units: list[Unit], j: int) -> Area:
    nxt = units[j + 1] if j + 1 < len(units) else None
    name, short = _short_form(_NUMBERING.sub("", units[j].text))
    return Area(name, short, nxt.text if nxt is not None and nxt.kind == "para" else "")


def _areas_from_numbered(units: list[Unit]) -> list[Area]:
    """``Key Areas`` then ``1. Name`` / description, ``2. Name`` / description … ."""
    cue, run_cue = False, False
    run: list[int] = []
    for i, u in enumerate([*units, Unit("heading", "")]):
        if u.kind == "heading" and u.marker[:1].isdigit():
            run_cue = run_cue if run else cue
            run.append(i)
            continue
        if run and u.kind == "para":
            continue
        if len(run) >= 2 and run_cue:
            return [_area_under(units, j) for j in run]
        run = []
        cue = _cued(cue, u)
    return []


def areas_from_subheadings(units: list[Unit]) -> list[Area]:
    """Areas written as headings: ``## Areas`` over ``### Name (Short)`` subsections, or
    numbered headings under an area-like heading, each with the paragraph below it."""
    numbered = _areas_from_numbered(units)
    if numbered:
        return numbered
    for i, u in enumerate(units):
        if u.kind != "heading" or not u.level:
            continue
        found: list[Area] = []
        for j in range(i + 1, len(units)):
            sub = units[j]
            if sub.kind == "heading" and sub.level <= u.level:
                break
            if sub.kind == "heading" and sub.level > u.level:
                found.append(_area_under(units, j))
        # without an area word over them ("## The package"), subsections are areas when
        # they carry short forms: ``### Joint Exercises (JE)``
        if len(found) >= 2 and (_AREA_CUE.search(u.text) or any(a.short for a in found)):
            return found
    return []
