"""Plain-text briefings: title, dateline, lead, sections, areas and comments are all inferred.

Decisions where a reader could go either way:

- **title**: the first line, joined with a wrapped second line that starts in lower case;
  breadcrumbs and mastheads above it (``World › Africa``, ``POLICY BRIEF | No. 14``) are
  skipped. When the first line is itself the datelined lead, or a bare dateline
  (``SEOUL, Jan. 19, 2026``), the title is the lead's opening sentence without its full
  stop, and the whole lead stays the summary.
- **block quotes**: ``> …`` lines are one quote; a ``— Name, Role`` line under (or inside)
  them gives speaker and role, as in Markdown. A quotation left open at a paragraph's end
  and reopened at the next one's start is one quote.

- **place**: as written, except shouted wire-style names, which are title-cased
  (``GENEVA`` → ``Geneva``, ``NEW DELHI`` → ``New Delhi``; ``UK``, ``UAE``, ``D.C.`` kept).
  An agency (``(Reuters)``) and a date in the dateline are not part of the place.
- **date**: the first full date in the lead, unless a date line stands under the title (a
  date in the lead's prose is what happened then); else one in the dateline; else that date
  line or a ``Date:`` line under the title (an explicit ``Date:`` wins over all). Never the
  body.
- **summary**: the paragraphs before the first heading (up to a list), from the datelined
  paragraph on, joined by blank lines; with no heading at all, the first paragraph only.
- **sections**: the lead is the first section (heading null); bullet items stay in their
  section's paragraphs (marker removed) as well as in ``areas``. ``Heading:`` alone is a
  heading when it is one or two words or Title Case, but not when it introduces a list.
- **areas**: bullets of the list under an area-like heading or intro (fields, sectors,
  cooperation …) when there are several lists, else all. A bullet without a
  name/description split is an area (name = text, text "") when it is short and not a
  sentence; a sentence bullet is not an area. Without any list, ``Name: description``
  lines or numbered ``1. Name`` headings under an area-like heading are the areas.
- **comments**: after the header; authors are chosen for the whole block at once (names,
  usernames, ``Emre K.``), a timestamp line or tail (``2 hours ago``) is dropped, text
  lines are joined with spaces. A bare ``Comments`` header over ordinary prose is a
  section instead.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.core.model import Briefing
from tui.core.parse.assemble import (
    NO_TITLE,
    Meta,
    block_quote_unit,
    build,
    clean_title,
    lead_headline,
    parse_attribution,
    split_title,
    standalone_quote,
    title_from_origin,
)
from tui.core.parse.blocks import (
    Unit,
    body_units,
    bullet_match,
    ends_terminal,
    is_rule,
    split_lines,
)
from tui.core.parse.comments import (
    author_score,
    comment_blocks,
    comments_header,
    is_timestamp,
    parse_comment_blocks,
    parse_comments,
)
from tui.core.parse.dateline import AGENCIES, normalise_place, parse_place, split_dateline
from tui.core.parse.dates import find_date, first_date, is_date_line, parse_date
from tui.core.parse.language import detect_language
from tui.core.parse.languages import HEADER_LINE, PUBLISHED_LABEL

_META_KV = re.compile(
    r"^(?P<key>title|headline|subject|date|dated|published|updated|posted|place|location|"
    r"publish\s*date|published\s+on|posted\s+on|updated\s+at|last\s+update(?:d)?|release\s+date|"
    r"dateline|by|byline|authors?|source|from|to|cc|tags|keywords|categor(?:y|ies)|section|"
    r"classification|ref(?:erence)?|filed)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
#: Page furniture that is not part of the text: dropped like blank lines.
_FURNITURE = re.compile(
    r"^(?:advertisement|sponsored|share(?:\s+this(?:\s+article|\s+story)?)?|print|e-?mail|tweet|"
    r"read\s+more|subscribe(?:\s+now)?|sign\s+up\s+for\s+(?:our|the)\s+newsletter.*|"
    r"(?:©|\(c\)\s|copyright\b).*|[–—―-])\.?$",
    re.IGNORECASE,
)
#: "By Jane Doe", "BY JANE DOE, Reuters", "By Jane Doe and Li Wei | 19 January 2026" —
#: but not "By the end of the talks, …".
#: A kicker above the headline: "ANALYSIS", "World News", "Breaking".
_KICKER = re.compile(
    r"^(?:analysis|opinion|comment|breaking(?:\s+news)?|exclusive|news|world(?:\s+news)?|"
    r"briefing|news\s+brief|update|explainer|feature|report|diplomacy|politics|business|"
    r"economy|asia(?:-pacific)?|europe|africa|americas|middle\s+east|international|national|"
    r"(?:news|press|media)\s+release)\s*:?$",
    re.IGNORECASE,
)
#: Page chrome above the headline that a copy of a web page keeps: menus, share buttons,
#: "Accessibility links", "Posted By : Jane", "5/2/2015 10:32:38 AM", "a year ago".
_CHROME = re.compile(
    r"^(?:[-=*#\s]*(?:search|menu|home|pages|share(?:\s+this)?|advertisements?|文字サイズ|글자\s*크기|"
    r"accessibility\s+links|skip\s+to\s+(?:main\s+)?content(?:\s+skip\s+to\s+\w+)?|announcement|collapse|x|"
    r"log\s*in|sign\s+in|graphics|top\s+stories|latest\s+news|more\s+news|trending|close|"
    r"back\s+to\s+top|select\s+(?:a\s+|your\s+)?languages?|\d+\s+mins?\s+(?:to\s+)?read|"
    # "Follow us" in the languages read, and a profile link
    r"follow\s+us(?:\s+on\s+\w+)?|siga-nos(?:\s+nas\s+redes(?:\s+sociais)?)?|s[ií]guenos|"
    r"suivez-nous|folgen\s+sie\s+uns|seguici|profile|perfil|profil|profilo)"
    r"[-=*#\s]*|posted\s+by\s*:?.{0,40}|[\d/.:\s-]+(?:[ap]\.?m\.?)?|"
    r"(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|"
    r"(?:code|id|no\.?|ref)\s*:?\s*\d+|<\s*back|\.{3}|…)$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"\b(?:(?:first\s+)?published|(?:last\s+)?updated?|last\s+update|release\s+date)\b"
    r"(?:\s+at)?\s*:?\s*(?:on\s+)?",
    re.IGNORECASE,
)
#: A metadata stamp some page copies start with: " date 2016-12-20 …" (the rest is chrome).
_DATE_STAMP = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\b")
#: "AMN / DHAKA": an agency, then the place the report is filed from.
_AGENCY_PLACE = re.compile(r"^[A-Z][\w.&-]{1,15}\s*/\s*(?P<place>[A-Z][A-Z .'’-]{2,30})$")
#: "PTI, Washington," / "Reuters, New Delhi": a known agency, then the place, on one line
_AGENCY_COMMA_PLACE = re.compile(
    r"^(?P<agency>[A-Za-z]{2,12}),\s+(?P<place>[A-Z][\w .'’-]{2,30}?),?$"
)
#: "11/18/19 11:04 PM EST": a date with a two-digit year, always with the time after it
_SHORT_YEAR = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)\s+\d{1,2}:\d\d(?!\d)")
#: Breadcrumbs and mastheads over the headline: "World › Africa", "POLICY BRIEF | No. 14".
_CRUMB_SEP = re.compile(r"\s+(?:[|›»>]|::)\s+|\s*[›»]\s*|(?<=\w)>\s+")
_DASHES = re.compile(r"\s*[–—―]+\s*|\s+-{1,2}\s+")
_BYLINE = re.compile(
    # (and another language's: "di Laura Conti", "par Sophie Tremblay", "Por Ana Lucía
    # Herrera", "Von Martina Huber", "Por Ana Lima e João Reis")
    r"^(?:By|BY|by|[Dd]i|[Pp]ar|[Pp]or|[Vv]on|[Dd]oor)\s+[A-ZÀ-ÖØ-Þ][^\s,|]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][^\s,|]*|and|&|de|da|van|von|al|bin|e|et|y|und))*"
    r"\s*(?:$|[,|·•—–-])"
)


def _apply_meta(meta: Meta, key: str, value: str) -> None:
    key = key.lower()
    value = value.strip()
    if not value:
        return
    key = " ".join(key.split())
    if key in (
        "date",
        "dated",
        "published",
        "publishdate",
        "publish date",
        "published on",
        "release date",
    ):
        day_first = meta.day_first
        meta.date = (
            meta.date
            or parse_date(value, day_first=day_first)
            or first_date(value, day_first=day_first)
        )
    elif key in ("updated", "posted", "posted on", "updated at", "last update", "last updated"):
        meta.fallback_date = meta.fallback_date or first_date(value, day_first=meta.day_first)
    elif key in ("place", "location", "dateline"):
        parsed = parse_place(value)
        if parsed is not None:
            meta.place = meta.place or parsed[0]
            meta.fallback_date = meta.fallback_date or parsed[1]
        else:
            meta.place = meta.place or normalise_place(value)
    elif key == "source" and any(map(str.isdigit, value)):
        # "Source: Xinhua | 10-29-2008 16:18": the agency, and when the report was filed
        meta.fallback_date = meta.fallback_date or first_date(value, day_first=meta.day_first)
    elif key in ("tags", "keywords", "categories", "category"):
        meta.tags = tuple(t.strip() for t in re.split(r"[,;]", value) if t.strip())


def _short_year_date(s: str) -> dt.date | None:
    """``11/18/19 11:04 PM``: month first (day first when the first number is over 12)."""
    m = _SHORT_YEAR.search(s)
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[2]), 2000 + int(m[3])
    month, day = (b, a) if a > 12 else (a, b)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_header_line(meta: Meta, s: str) -> bool:
    """Take one line under the title as metadata (``Date:``, a byline, a date or dateline line).

    Returns False when the line is body text.
    """
    kv = _META_KV.match(s)
    if kv is not None and len(kv.group("value")) <= 120:
        _apply_meta(meta, kv.group("key"), kv.group("value"))
    elif (
        _BYLINE.match(s)
        and len(s) <= 100
        and len(s.split()) <= 16
        # ("By Ana Lima – LUSAKA (ZNA) – Zambia opened …": the lead, its byline first)
        and not ((dl := split_dateline(s)) is not None and dl.place and len(dl.rest.split()) > 2)
    ):
        meta.fallback_date = meta.fallback_date or first_date(s) or _short_year_date(s)
    elif is_date_line(s, day_first=meta.day_first) and len(s) <= 60:
        meta.fallback_date = (
            meta.fallback_date
            or parse_date(s, day_first=meta.day_first)
            or first_date(s, day_first=meta.day_first)
        )
    elif len(s) <= 80 and (where := parse_place(s.rstrip(" –—-:"))) and all(where):
        # "Seoul, South Korea, January 19, 2026" on a line of its own: a dateline (without
        # a comma, "Other News 15 February 2009", only a date)
        if "," in s:
            meta.place = meta.place or where[0]
        meta.fallback_date = meta.fallback_date or where[1]
    elif (meta.fallback_date is not None or meta.date is not None) and _place_line(s):
        # "Release Date: January 29, 2015" / "Washington, D.C.": a release's place line
        meta.place = meta.place or normalise_place(s)
    elif (stamp := _DATE_STAMP.match(s)) is not None:
        meta.fallback_date = meta.fallback_date or parse_date(stamp.group(1))
    elif (
        3 <= len(s) <= 30
        and len(s.split()) <= 3
        and s.isupper()
        and not _CHROME.match(s)  # "MENU", "BUSINESS": a site's navigation, not a place
        and not _KICKER.match(s)
        and (where := parse_place(s))
    ):
        meta.place = meta.place or where[0]  # "MOSCOW" alone on its line, over the lead
    elif (
        (agency := _AGENCY_COMMA_PLACE.match(s)) is not None
        and agency["agency"].casefold() in AGENCIES
        and parse_place(agency["place"])
    ):
        meta.place = meta.place or normalise_place(agency["place"])  # "PTI, Washington,"
    elif (agency := _AGENCY_PLACE.match(s)) is not None and parse_place(agency["place"]):
        meta.place = meta.place or normalise_place(agency["place"])  # "AMN / DHAKA"
    else:
        return False
    return True


_PLACE_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?, (?:[A-Z][\w'’.-]*\.?)(?: [A-Z][\w'’.-]+)?$"
)


def _place_line(s: str) -> bool:
    """``Washington, D.C.``, ``Green Bay, Wis.``: a city and its region alone on a line."""
    return len(s) <= 40 and _PLACE_LINE.match(s) is not None and parse_place(s) is not None


def _header_lines(lines: list[str], meta: Meta, start: int) -> int:
    """Skip metadata under the title; returns the index of the first body line.

    The headline repeated, page chrome, and a short source line (``RIA Novosti, Russia``)
    right over a date line are metadata too.
    """
    i = start
    while i < len(lines):
        s = lines[i].strip()
        if s.isupper() and len(s.split()) <= 3 and _source_line(lines, i):
            i += 1  # "ZNA" over the date line names the source; the place comes later
            continue
        if s.isupper() and 2 <= len(s.split()) <= 3 and _AFFILIATION.match(_next(lines, i)):
            i += 2  # "FELIPE FREIRE" / "da Folha Online, em Brasília": a byline, no place
            continue
        if _menu_word(s) and (_menu_word(lines[i - 1].strip()) or _menu_word(_next(lines, i))):
            i += 1  # "WORLD" / "SCI-EDU" / "SPORTS": a site's menu, one entry a line
            continue
        if (
            s
            and not is_rule(s)
            and clean_title(s) != meta.title
            and not read_header_line(meta, s)
            and not _CHROME.match(s)
            and not _KICKER.match(s.lstrip("#"))
            and not _is_crumbs(s)  # "You are here: Home › News › Africa"
            and not _source_line(lines, i)
        ):
            break
        i += 1
    return i


#: A reporter's paper or agency on the line under the name: "da Folha Online, em Brasília",
#: "de notre correspondant", "von unserem Korrespondenten", "for the Herald".
_AFFILIATION = re.compile(r"^(?:da|do|de|du|von|vom|für|for|of)\s+\S")


def _menu_word(s: str) -> bool:
    """One or two shouted words alone on a line (``SPORTS``, ``SCI-EDU``)."""
    return 0 < len(s) <= 20 and s.isupper() and len(s.split()) <= 2


def _next(lines: list[str], i: int) -> str:
    return lines[i + 1].strip() if i + 1 < len(lines) else ""


def _source_line(lines: list[str], i: int) -> bool:
    """A short line naming the source, with a date line among the next two lines."""
    s = lines[i].strip()
    if len(s.split()) > 4 or ends_terminal(s):
        return False
    after = [line.strip() for line in lines[i + 1 : i + 5] if line.strip()][:2]
    return any(is_date_line(a) for a in after)


_CLOCK = re.compile(r"\b\d{1,2}(?:[:h]\d{2}|\s*[ap]\.?m\b)", re.IGNORECASE)


def _time_stamp(line: str, day_first: bool) -> dt.date | None:
    """The date of a short line that gives a full date and a time of day, else ``None``."""
    if len(line) > 60 or len(line.split()) > 10 or _CLOCK.search(line) is None:
        return None
    return first_date(line, day_first=day_first)


def _agency_line(line: str) -> bool:
    """``AFP``, ``(Xinhua)``, ``By AP``: a news agency named on a line of its own."""
    bracketed = line.startswith("(") and line.endswith(")") and len(line.split()) <= 3
    s = line.strip("() ").casefold()
    s = s[3:] if s.startswith("by ") else s
    return bracketed or s in AGENCIES


def _headline_later(lines: list[str], i: int, foreign: bool = False) -> int | None:
    """Where the headline stands when line ``i`` is a short masthead or label above it.

    Either the headline is repeated below (page copies often hold it twice), or the next line
    is a long headline (eight words or more, no full stop) under a line of one to three words
    (five words or more under a one-word masthead set apart, when the language is
    ``foreign``: not English).
    """
    s = lines[i].strip()
    crumbs = _CRUMB_SEP.split(s) if ("»" in s or "›" in s or ">" in s or "|" in s) else ()
    if len(crumbs) >= 3:
        # "Home » World » Envoy summoned": the headline is the last crumb, repeated below
        last = crumbs[-1].strip()
        for j in range(i + 1, min(len(lines), i + 6)):
            if lines[j].strip() == last:
                return j
    if len(s.split()) > 3:
        return None
    ahead = [(j, _norm_line(lines[j])) for j in range(i + 1, min(len(lines), i + 30))]
    ahead = [(j, t) for j, t in ahead if t and not _CHROME.match(t)]
    seen: dict[str, int] = {}
    for j, t in ahead[:15]:
        if t in seen and len(t.split()) >= 3:
            if seen[t] == j - 1:
                continue  # a photo caption and its alt text, one under the other
            return seen[t]
        for other in seen:
            if (
                len(t.split()) >= 3
                and other.startswith(t)
                and other[len(t) :].startswith(_SITE_TAIL)
            ):
                return j  # "Headline – Site name" above, the headline alone below
        seen.setdefault(t, j)
    if ahead:
        j, t = ahead[0]
        alone = j + 1 >= len(lines) or not lines[j + 1].strip()  # not a wrapped paragraph
        # a one-word masthead set apart by a blank line: a shorter headline under it counts
        # too ("Jornal" / "" / "Angola e Chile defendem …" / "Maputo, 12 mar (Lusa) - …")
        masthead = foreign and len(s.split()) == 1 and j > i + 1
        if not alone and masthead and split_dateline(lines[j + 1].strip()):
            alone = True
        if (
            alone
            and len(t.split()) >= (5 if masthead else 8)
            and not ends_terminal(t)
            and not split_dateline(t)
            and not _BYLINE.match(t)
            and not _META_KV.match(t)
            and not _is_crumbs(t)
            and not is_date_line(t)
        ):
            return j
    return None


_GLUED = re.compile(r"[a-z][A-Z]")
_SCRIPT_OF = (
    ("\u0600", "\u06ff"),
    ("\u0400", "\u04ff"),
    ("\u4e00", "\u9fff"),
    ("\uac00", "\ud7a3"),
)


#: The banner every United States government site carries, copied with the page
_GOV_BANNER = re.compile(
    r"^(?:u\.s\.\s+flag|an\s+official\s+website\s+of\s+the\s+.{0,40}government|"
    r"government\s+website|official\s+websites\s+use\s+\.gov|"
    r"a\s+\.gov\s+website\s+belongs\s+to\s+.*|safely\s+connect\s+using\s+https|"
    r"secure\s+\.gov\s+websites\s+use\s+https|a\s+lock\s+.*https://.*|here[’']s\s+how\s+you\s+know|"
    r"breadcrumb|archived\s+content|in\s+an\s+effort\s+to\s+keep\s+.*current.*)$",
    re.IGNORECASE,
)


def _page_furniture(s: str) -> bool:
    """A line no headline is: a menu copied with its entries glued (``FinancialGovernment
    SolutionsLegal…``), a menu of languages in their own scripts (``عربي Español Русский``),
    a row of labels (``Journal : … Date : Author : NA``)."""
    if _GOV_BANNER.match(s):
        return True
    words = s.split()
    if sum(1 for w in words if _GLUED.search(w)) >= 3:
        return True
    if s.count(":") >= 3 and len(words) <= 25:
        return True
    if len(words) >= 3 and not s.isascii():
        scripts = {k for w in words for k, (lo, hi) in enumerate(_SCRIPT_OF) if lo <= w[0] <= hi}
        latin = any(w[0].isascii() or "\u00c0" <= w[0] <= "\u024f" for w in words)
        return len(scripts) + latin >= 3
    return False


#: words quoted in a line ("Lind: „Nicht einfach“"): a headline's, never a site's name
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]{2,}[\"“”»]")


def _site_over_date(lines: list[str], i: int) -> bool:
    """A blog's or site's name over a date line over the headline (``Local Government TV`` /
    ``Monday, March 23, 2009`` / ``Council Muzzles …``): the name is not the title."""
    s = lines[i].strip()
    if (
        ends_terminal(s)
        or _QUOTED.search(s)
        or (
            (len(s) > 60 or len(s.split()) > 6)
            # ("Ministry of External Affairs of the Republic of India": a body's long name)
            and (len(s) > 80 or _BODY_NAME.match(s) is None)
        )
    ):
        return False
    after = [t for line in lines[i + 1 : i + 8] if (t := line.strip())][:3]
    if len(after) < 3 or not is_date_line(after[0]):
        return False
    head = after[1]
    return (
        0 < len(head.split()) <= 20
        and not ends_terminal(head)
        and not is_date_line(head)
        and not _META_KV.match(head)  # ("Source: …" under a headline's date line)
        and not _BYLINE.match(head)
    )


_SITE_TAIL = (" – ", " — ", " | ", " - ")
_BODY_NAME = re.compile(
    r"(?:The\s+)?(?:Ministry|Department|Office|Embassy|Government|Mission|Permanent Mission)"
    r"\s+(?:of|for)\s"
)


def _norm_line(line: str) -> str:
    """A line as compared for repeats: without bullets and surrounding space."""
    return line.strip().lstrip("•·*- ").strip()


_LABEL_HINTS = ("ublished", "pdated", "Last Update", "elease Date")


def _labelled_date(lines: list[str], *, other: bool = False) -> dt.date | None:
    """A date after ``Published``/``Updated`` anywhere (``First published February 1, 2016``)."""
    for k, line in enumerate(lines):
        if (
            "ublished" not in line
            and "pdated" not in line
            and "Last Update" not in line
            and "elease Date" not in line
        ):  # (the _LABEL_HINTS, written out: this runs on every line)
            # another language's label opening a line near the top: "Publié le : mardi 8 août 2023",
            # "송고시간2018-05-10" (the lines below are not worth the search)
            # (or closing the text: "Pubblicato il 12/02/2026" under the last paragraph)
            near = k < 20 or k >= len(lines) - 8
            label = PUBLISHED_LABEL.match(line) if other and near else None
            if label is not None and len(line) - label.end() < 80:
                found = first_date(line[label.end() :], day_first=True)
                if found is not None:
                    return found
            continue
        label = _DATE_LABEL.search(line)
        if label is not None and "ublish" not in label.group() and label.start() <= 40:
            # "08/29/2013 03:27 pm ET Updated Oct 29, 2013": the date before the update is
            # when it was published
            found = first_date(line[: label.start()])
            if found is not None:
                return found
        if label is not None:
            # "was published by the Department of Commerce on Nov. 6, 2008": near the label
            found = first_date(line[label.end() : label.end() + 80])
            if found is not None:
                return found
    return None


def _closing_date(lines: list[str], *, day_first: bool) -> tuple[dt.date | None, str | None]:
    """A date (or a place and a date) on a line of its own among the last lines of the text,
    where some writers sign off: ``（2026年1月28日）``, ``Wien, 24.02.2026``."""
    seen = 0
    for line in reversed(lines):
        s = line.strip().strip("()（）[]")
        if not s:
            continue
        seen += 1
        if seen > 6:
            break
        if len(s) > 60:
            continue
        if is_date_line(s, day_first=day_first):
            return parse_date(s, day_first=day_first) or first_date(s, day_first=day_first), None
        if "Copyright" in s or "©" in s:
            # "2026年03月13日 Copyright © Example Shimbun": the date the page gives
            found = first_date(s, day_first=day_first)
            if found is not None:
                return found, None
        if "," in s and _dateline_only(s):
            where = parse_place(_dashes_as_commas(s))
            if where is not None and where[1] is not None:
                return where[1], where[0]
    return None, None


#: ``…と付け加えた。(ワシントン=山田太郎)``: where the reporter filed from, closing the text
_CLOSING_CREDIT = re.compile(r"[(（](?P<place>[^\s=＝()（）]{1,12})[=＝][^\s()（）=＝]{1,12}[)）]$")


def _closing_credit(lines: list[str]) -> str | None:
    """The place of a Japanese paper's closing credit (``(ワシントン=山田太郎)``), if any."""
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    m = _CLOSING_CREDIT.search(last)
    return m.group("place") if m is not None and not m.group("place").isascii() else None


def _title_date(title: str) -> dt.date | None:
    """``Kenya Downplays Danger of Terror Attack - 2003-12-03``: a date ending the title."""
    found = find_date(title[-30:])
    return found[0] if found is not None and found[2] >= len(title[-30:].rstrip()) else None


def _title_place(title: str) -> str | None:
    """``Briefing by the Spokeswoman, Moscow, June 11, 2025``: a place and a date ending the
    title, as ministries write them."""
    tail = title[-30:]
    found = find_date(tail)
    if found is None or found[2] < len(tail.rstrip()):
        return None
    head, comma, place = title[: len(title) - len(tail) + found[1]].rstrip(" ,").rpartition(",")
    if not comma or not head.strip() or len(place) > 40:
        return None
    where = parse_place(place)
    return where[0] if where is not None else None


def _has_line_after(lines: list[str], i: int) -> bool:
    return any(line.strip() for line in lines[i + 1 : i + 4])


def _is_crumbs(line: str) -> bool:
    """``World › Africa`` or ``POLICY BRIEF | No. 14 | March 2026``: short labels in a row."""
    if not any(ch in line for ch in "|›»>:"):
        return False  # (most lines: no separator, no need for the regex)
    parts = _CRUMB_SEP.split(line)
    return len(parts) >= 2 and all(0 < len(p.split()) <= 4 and len(p) <= 40 for p in parts)


def _title_follows(lines: list[str], i: int) -> bool:
    """Is the next non-blank line a headline (short, not a sentence), not the lead?"""
    nxt = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return 0 < len(nxt.split()) <= 20 and not ends_terminal(nxt) and not _BYLINE.match(nxt)


def _dateline_only(line: str) -> bool:
    """``SEOUL, Jan. 19, 2026`` or ``Nairobi, Kenya — 3 March 2026``: a place and a date only."""
    if len(line) > 80:
        return False
    where = parse_place(_dashes_as_commas(line))
    return where is not None and all(where)


def _dashes_as_commas(line: str) -> str:
    return _DASHES.sub(", ", line.rstrip(" –—-:"))


def _title_goes_on(title: str, nxt: str) -> bool:
    """A hard-wrapped headline: ``… Coastal Patrols`` / ``and Vocational Training``."""
    return (
        len(title) >= 40
        and 0 < len(nxt) <= 80
        and nxt[0].islower()
        and not _BYLINE.match(nxt)  # "di Laura Conti" under the headline
        and not ends_terminal(title)
        and not ends_terminal(nxt)
        and bullet_match(nxt) is None
    )


def _headline_after_pair(lines: list[str], i: int) -> bool:
    """Whether a headline (a short line, no full stop) stands at or after line ``i``, below
    a line written twice: then that pair is a photo's caption and alt text; with the report
    itself next, the pair is the headline, as pages print it over their title bar too."""
    nxt = next((t for t in (line.strip() for line in lines[i : i + 4]) if t), "")
    return bool(nxt) and len(nxt.split()) <= 16 and not ends_terminal(nxt)


def _find_title(lines: list[str], meta: Meta) -> tuple[str | None, int]:
    """The title and the index after it; ``Title:``/``Date:`` lines before it are read as meta."""
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if not s or is_rule(s) or (len(s) < 40 and _FURNITURE.match(s)):
            i += 1
            continue
        kv = _META_KV.match(s)
        if (
            _KICKER.match(s)
            or (meta.lang not in (None, "en") and HEADER_LINE.match(s))
            or (_is_crumbs(s) and _title_follows(lines, i))
        ) and _has_line_after(lines, i):
            if " | " in s and is_date_line(s):  # "24/02/2021 | Statement": its date counts
                meta.fallback_date = meta.fallback_date or first_date(s)
            i += 1  # "ANALYSIS" over the headline is a section label, not the title
            continue
        if _has_line_after(lines, i) and (
            (is_date_line(s) and not _dateline_only(s))
            or _CHROME.match(s)
            or _agency_line(s)
            or _page_furniture(s)
            or _site_over_date(lines, i)
        ):
            if is_date_line(s):  # "Wednesday, June 12, 2013" over a blog post's title
                meta.fallback_date = meta.fallback_date or parse_date(s) or first_date(s)
            i += 1
            continue
        if (b := bullet_match(s)) is not None and len(b.group("body").split()) <= 12:
            nxt, prev = _next(lines, i), lines[i - 1].strip() if i else ""
            if (nxt and bullet_match(nxt) is not None) or (prev and bullet_match(prev)):
                i += 1  # "1. Home" / "2. About Us" / …: a trail of links over the headline
                continue
        if (
            i + 2 < len(lines)
            and lines[i + 1].strip() == s
            and len(s.split()) >= 3
            and _headline_after_pair(lines, i + 2)
        ):
            i += 2  # a photo caption and its alt text, one under the other
            continue
        if _has_line_after(lines, i) and (when := _time_stamp(s, meta.day_first)) is not None:
            # "13/01/2003 - 20h05", "AFP Video • 03/03/2021 à 15:57": a page's time stamp
            meta.fallback_date = meta.fallback_date or when
            i += 1
            continue
        stamp = _DATE_STAMP.match(s)
        if stamp is not None:
            meta.fallback_date = meta.fallback_date or parse_date(stamp.group(1))
            i += 1
            continue
        later = _headline_later(lines, i, meta.lang not in (None, "en"))
        if later is not None:
            i = later  # "Zyra e Kryeministrit" (a masthead) over the headline
            continue
        if kv is None or len(kv.group("value")) > 120:
            if _title_goes_on(s, lines[i + 1].strip() if i + 1 < len(lines) else ""):
                return clean_title(f"{s} {lines[i + 1].strip()}"), i + 2
            if s.endswith(("...", "…")) and (whole := _whole_title(lines, i)) is not None:
                return clean_title(lines[whole].strip()), whole + 1
            return clean_title(s), i + 1
        if kv.group("key").lower() in ("title", "headline", "subject"):
            title = clean_title(kv.group("value"))
            if title:
                return title, i + 1
        else:
            _apply_meta(meta, kv.group("key"), kv.group("value"))
        i += 1
    return None, i


def _whole_title(lines: list[str], i: int) -> int | None:
    """``Talks on the Port Deal Resume...`` cut short over the page, the whole headline a few
    lines below (after a trail of links): the line that holds the whole of it."""
    head = lines[i].strip().rstrip(".… ")
    if len(head) < 12:
        return None
    for j in range(i + 1, min(len(lines), i + 7)):
        line = lines[j].strip()
        if len(line) > len(head) + 3 and line.startswith(head):
            return j
    return None


def attach_attributions(units: list[Unit]) -> list[Unit]:
    """``"…"`` or a ``> …`` block on its own, then ``— Name, Role``: one attributed quote, as in
    Markdown. A ``>`` block without that line is a quote with no speaker (unless it reports
    a sentence, ``> "…," she said.``, which the Extractor reads like any paragraph)."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        attribution = _attribution_text(u)
        if attribution is None and u.kind == "bullet" and u.marker == "-":
            # "- Taylor Swift" alone under a quotation (not an item of a list)
            nxt = units[k + 1] if k + 1 < len(units) else None
            if (nxt is None or nxt.kind != "bullet") and _signature_name(u.text):
                attribution = u.text
        if prev is not None and prev.kind == "para" and prev.marker == ">":
            speaker = parse_attribution(attribution)[0] if attribution is not None else None
            if not speaker and _link_teaser(prev.text):
                # "> Minister to visit the port, says mayor": a page's link to another
                # report (a headline, no full stop), not words anyone said
                out[-1] = Unit("para", prev.text)
            else:
                out[-1] = block_quote_unit(prev.text, attribution if speaker else None)
            if speaker:
                continue
        if attribution is not None and prev is not None and prev.kind == "para":
            inner = standalone_quote(prev.text)
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


def _link_teaser(text: str) -> bool:
    """A one-line ``>`` block that reads as a headline: short, unmarked, no full stop."""
    return (
        "\n" not in text
        and len(text.split()) <= 16
        and not ends_terminal(text)
        and not any(ch in text for ch in '"“”«»„')
    )


def _signature_name(text: str) -> bool:
    """Two to four capitalised words and nothing else: a name signing what stands above."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


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


def _comments_start(
    body: list[str],
) -> tuple[int, int | None, tuple[list[tuple[str, str]], list[str]] | None]:
    """Index of the comments header (or ``len(body)``), its declared count, and the
    comments if already parsed.

    A counted header (``5 Comments``) is taken as it stands; a bare ``Comments`` only when
    what follows it (up to the next header) reads as comments, not as an ordinary section.
    When that test read the very lines the comments are made of, its result is returned
    so they are not parsed twice.
    """
    headers = [
        (j, found)
        for j, line in enumerate(body)
        if len(line) <= 60 and (found := comments_header(line)) is not None
    ]
    for k, (j, (declared,)) in enumerate(headers):
        if declared is not None:
            return j, declared, None
        end = headers[k + 1][0] if k + 1 < len(headers) else len(body)
        block = body[j + 1 : end]
        blocks = comment_blocks(block)
        if not blocks:
            return j, None, None
        parsed = parse_comment_blocks(blocks, None)
        if parsed[0]:
            return j, None, (parsed if end == len(body) else None)
    if not headers and "said..." in "".join(body[-200:]):
        # a blog's "Name said..." then the words then "12:13 PM", with no header over them
        for j in range(max(1, len(body) - 200), len(body)):
            line = body[j].strip()
            if (
                line.endswith("said...")
                and len(line) <= 60
                and author_score(line) > 0
                and any(is_timestamp(t) for t in body[j + 1 : j + 8] if t.strip())
            ):
                parsed = parse_comments(body[j:], None)
                if parsed[0]:
                    return j, None, parsed
                break
    return len(body), None, None


def parse_text(source: str, *, origin: str, extract: bool = True) -> Briefing:
    """Parse a plain-text briefing; never raises, oddities become warnings."""
    lines = split_lines(source)
    # (known first: a date such as 09/02/2017 is read day-first in most languages)
    meta = Meta(title="", lang=detect_language(source))
    title, i = _find_title(lines, meta)
    extra: list[str] = []
    if not title:
        meta.warnings.append("empty document")
        title = title_from_origin(origin)
    else:
        title, rest, warning = split_title(title)
        if warning:
            meta.warnings.append(warning)
            meta.fallback_date = first_date(title) or meta.fallback_date
        if rest:
            extra.append(rest)
    if title and not extra and _dateline_only(title):
        # "SEOUL, Jan. 19, 2026" standing first: a dateline, and the lead gives the title
        read_header_line(meta, _dashes_as_commas(title))
        i = _header_lines(lines, meta, i)
        first = next((line.strip() for line in lines[i:] if line.strip()), "")
        if first:
            dateline = split_dateline(first)
            title = lead_headline(dateline.rest if dateline else first)
            meta.warnings.append(NO_TITLE)
    meta.title = title
    i = _header_lines(lines, meta, i)
    if meta.date is None and meta.fallback_date is None and "ublished:" in source[:1500]:
        # a photo caption under the title, then "Published: Mar. 12, 2020": the page's date,
        # not the caption's
        for line in lines[i : i + 6]:
            kv = _META_KV.match(line.strip())
            if kv is not None and kv.group("key").lower() == "published":
                _apply_meta(meta, "published", kv.group("value"))
                break
    if meta.date is None and meta.fallback_date is None:
        other = meta.lang not in (None, "en")
        labelled = other or any(hint in source for hint in _LABEL_HINTS)  # (one look at the text)
        meta.late_date = (_labelled_date(lines, other=other) if labelled else None) or (
            _title_date(title)
        )
    if meta.place is None and title.count(",") >= 2 and title[-1:].isdigit():
        meta.late_place = _title_place(title)
    if meta.date is None and meta.fallback_date is None and meta.late_date is None:
        # "（2026年1月28日）" or "Wien, 24.02.2026" on the last lines: when it was written
        meta.late_date, closing_place = _closing_date(lines, day_first=meta.day_first)
        meta.late_place = meta.late_place or closing_place
    if meta.place is None and meta.lang == "ja":
        meta.late_place = meta.late_place or _closing_credit(lines)
    body = [("" if _FURNITURE.match(line.strip()) else line) for line in (*extra, *lines[i:])]
    cut, declared, parsed = _comments_start(body)
    units = attach_attributions([*body_units(body[:cut]), Unit("para", "")])[:-1]
    if cut < len(body):
        meta.declared = declared
        meta.comments, warnings = parsed or parse_comments(body[cut + 1 :], declared)
        meta.warnings.extend(warnings)
    return build(units, meta, origin=origin, fmt="text", body=source, extract=extract)
