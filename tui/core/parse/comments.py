"""Reader comments: the block header (``5 Comments``, ``Comments (5)``) and author/text pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core.parse.blocks import (
    bullet_match,
    ends_terminal,
    is_capital,
    is_rule,
    search_from_mark,
    word_set,
)
from tui.core.parse.dates import find_date, is_date_line
from tui.core.parse.inline import strip_inline
from tui.core.parse.languages import CRUMB as _CRUMB_OTHER
from tui.core.parse.languages import PUBLISHED_LABEL, REPORTER_LINE
from tui.core.parse.languages import TIMESTAMP as _TIMESTAMP_OTHER
from tui.core.parse.languages import comments_header as _header_other

_COUNT = r"(?:\s*[(\[]\s*(?P<{g}>\d+)\s*[)\]]|\s*[:\-–—·|•]\s*(?P<{h}>\d+))"
_HEADER = re.compile(
    # "5 Comments", "3 reader comments", "12 Responses"
    r"^(?:(?:showing\s+|view\s+all\s+)?(?P<n1>\d+)\s+(?:reader\s+|user\s+|readers?'\s+)?"
    r"(?:comments?|comment\(s\)|responses?|replies|reactions)(?:\s+so\s+far)?"
    # "Comments", "Reader comments (3)", "Comments: 5" (a bare word only for comments)
    r"|(?:reader\s+|user\s+|readers?'\s+|your\s+)?(?:comments?|comment\(s\))"
    + _COUNT.format(g="n2", h="n3")
    + "?"
    r"|(?:responses|replies|reactions|discussion)"
    + _COUNT.format(g="n4", h="n5")
    + r"|what\s+readers\s+(?:say|said|are\s+saying)|join\s+the\s+discussion"
    # "No comments:" under a blog post: a block declared empty
    r"|(?P<n0>no)\s+comments)"
    r"\s*:?$",
    re.IGNORECASE,
)
_DECOR_CHARS = " \t#=*_~-–—:·•"
_TIMESTAMP = re.compile(
    r"^(?:posted\s+|updated\s+|edited\s+)?(?:"
    r"(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    r"|mo|mos|months?|y|yrs?|years?)(?:\s+ago)?"
    r"|just\s+now|yesterday(?:\s+at\s+.*)?|today(?:\s+at\s+.*)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$",
    re.IGNORECASE,
)
_CRUMB = re.compile(
    r"^(?:reply|replies|like|likes|report|share|flag|upvote|downvote|permalink|"
    r"\d+\s+(?:likes?|replies|upvotes?|points?|votes?)|"
    r"(?:load|show|view|see)\s+(?:more|all|\d+)\b.*|(?:©|\(c\)\s|copyright\b).*|"
    r"no\s+comments(?:\s+yet)?\.?|be\s+the\s+first\s+to\s+comment.*|comments\s+are\s+closed\.?|"
    r"(?:leave|post|add|write)\s+a\s+(?:comment|reply).*|(?:log|sign)\s+in\s+to\s+comment.*|"
    r"(?:reply|like|share|report)(?:\s*[·|•]\s*(?:reply|like|share|report|\d+))+|"
    # the comment form: "Name :", "Your email:", "Enter This Code", "Post my comment"
    r"(?:your\s+)?(?:name|e-?mail(?:\s+address)?|website|message|comment)\s*\*?\s*:|"
    r"enter\s+(?:this|the)\s+code|post\s+(?:my|your)\s+comment|leave\s+a\s+reply|"
    r"login\s+to\s+comment.*|submit(?:\s+comment)?)$",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(r"\s+(?:at\s+)?\d{1,2}:\d{2}.*$")
_CONNECTOR_TAIL = re.compile(r"(?:\s+(?:on|at|posted|wrote|said)|[\s,·•|—–(-])+$", re.I)
_SAYS = re.compile(r"\s+(?:says|said|wrote|writes|commented|replied|comments)\s*:?$", re.I)
# The last character each of the two can end on (same flags, so the same case folding):
# a cheap test before the patterns, which would otherwise be tried at every position.
_CONNECTOR_END = re.compile(r"[\s,·•|—–(\-ntde]", re.I)
_SAYS_END = re.compile(r"[\s:sde]", re.I)
_TAIL_SPLIT = re.compile(r"\s+[·•|—–-]\s+|\s*\(")
_TAIL_MARK = re.compile(r"[·•|—–(-]")
_INLINE = re.compile(r"^(?P<author>[^:]{1,40}?)\s*(?:\((?P<when>[^)]*)\))?\s*:\s+(?P<text>\S.*)$")
_INITIAL_END = re.compile(r"(?:^|\s)\w\.$|(?:Jr|Sr|Dr|St)\.$")
_NAME_PARTICLES = word_set("de da del della di van von der den du le la al el bin bint dos das")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>\S.*)$")
#: A line led by bold text, ``**Ann Lee** …`` (optionally a list item): a comment's author
#: in Markdown; the Markdown parser also reads a lone bold line as a heading with it.
BOLD_AUTHOR = re.compile(r"^\s*(?:[-*+]\s+)?\*\*(?P<who>[^*]+?)\*\*\s*(?P<rest>.*)$")
_USERNAME = re.compile(r"[\d_@]|[a-z][A-Z]")
_QUOTE_MARK = re.compile('["“”«»]')
_SAID_DOTS = re.compile(r"\s+(?:said|says|wrote)\s*(?:\.\.\.|…)$", re.IGNORECASE)


def _initial_end(text: str) -> bool:
    """Does ``text`` end with an initial or ``Jr.``? (A match is at most four characters from
    the end, so only the tail is searched.)"""
    return _INITIAL_END.search(text, max(0, len(text) - 5)) is not None


def comments_header(line: str) -> tuple[int | None] | None:
    """``(declared count or None,)`` when the line starts the comments block, else ``None``."""
    if len(line) > 80:
        return None
    s = line.strip(_DECOR_CHARS)
    if len(s) > 40:
        return None
    if s[:1] in "nN" and line.rstrip().endswith(":"):
        s += ":"  # (kept for "No comments:", which is a header only with its colon)
    m = _HEADER.match(s)
    if m is None:
        return _header_other(s)
    for key in ("n1", "n2", "n3", "n4", "n5"):
        if m.group(key):
            return (int(m.group(key)),)
    if m.group("n0") and s.endswith(":"):
        return (0,)
    return (None,)


_DIGIT = re.compile(r"\d")


def is_timestamp(line: str) -> bool:
    """``2 hours ago``, ``Yesterday at 10:32``, ``January 20, 2026, 9:14 am`` …"""
    s = line.strip().strip("()[]")
    if len(s) > 60:
        return False
    if _TIMESTAMP.match(s) or _TIMESTAMP_OTHER.match(s) or is_date_line(s):
        return True
    # "입력 2026-03-04 10:21", "Publié le 05/03/2026": a labelled date under the comments
    if s[:1].isdigit() or _DIGIT.search(s) is None:
        return False  # (most lines: no digit, no date)
    label = PUBLISHED_LABEL.match(s)
    return label is not None and label.end() > 0 and is_date_line(s[label.end() :], day_first=True)


def clean_author(line: str) -> str:
    """An author line without ``says:``, a trailing colon, or a ``· 2 hours ago`` tail."""
    s = line.strip()
    if len(s) > 120:
        return s
    m = search_from_mark(_TAIL_SPLIT, _TAIL_MARK, s)
    if m is not None and m.start() > 0:
        tail = s[m.end() :].rstrip(")")
        if is_timestamp(tail) or "ago" in tail.lower():
            s = s[: m.start()]
    found = find_date(s)
    if found is not None and found[1] > 0:
        s = s[: found[1]]  # "Jane on January 20, 2026 at 10:32"
    if ":" in s:
        s = _TIME_TAIL.sub("", s)
    if s and _CONNECTOR_END.match(s, len(s) - 1):
        s = _CONNECTOR_TAIL.sub("", s)
    if s and _SAYS_END.match(s, len(s) - 1):
        s = _SAYS.sub("", s)
    s = s.strip()
    if s.endswith(":"):
        s = s[:-1].rstrip()
    if s.lower().startswith(("posted by ", "by ")):
        s = s.split(None, 2)[-1] if s.lower().startswith("posted") else s[3:]
    if s.startswith("Blogger ") and len(s) > 9:
        s = s[8:]  # "Blogger Ana Lima said...": the platform's icon label, then the name
    return s.strip()


def author_score(line: str) -> int:
    """How much a line looks like a commenter's name: 0 (not at all) to 3 (clearly)."""
    return _scored_author(line)[0]


def _scored_author(line: str) -> tuple[int, str]:
    """``(author_score(line), clean_author(line))``, the line cleaned once for both.

    The name is ``""`` when the score is 0 before cleaning was needed.
    """
    said = _SAID_DOTS.search(line) if line.endswith(("...", "…")) else None
    if said is not None and said.start() <= 40:
        line = line[: said.start()]  # "Adelaide Dupont said..." over a blog comment
    tail = line.rstrip()[-1:]
    if len(line) > 80 or tail in ("!", "?", ",", ";") or (tail == "." and not _initial_end(line)):
        return 0, ""  # a sentence, not a name (a name ends with a period only after an initial)
    s = clean_author(line)
    if not s or len(s) > 40 or s[-1] in "!?,;:" or _QUOTE_MARK.search(s):
        return 0, s
    if s.endswith(".") and not _initial_end(s):
        return 0, s
    words = s.split()
    if len(words) > 4:
        return 0, s
    if len(words) == 1:
        if _USERNAME.search(s):
            return 3, s
        return (2 if is_capital(s[0]) else 1), s
    if all(is_capital(w.lstrip("(@")[:1]) or w.lower() in _NAME_PARTICLES for w in words):
        return 3, s
    return 0, s


@dataclass(slots=True)
class _Draft:
    author: str
    score: int
    lines: list[str] = field(default_factory=list)


_NEG = float("-inf")
_AUTHOR_GAIN = (0.0, 1.0, 2.0, 3.0)
_TEXT_COST = (0.0, 0.0, 0.5, 1.0)  # an author-like line read as text is a little odd


def _sentence_like(line: str) -> bool:
    return ends_terminal(line) or len(line.split()) >= 5


def _alternate(lines: list[str]) -> tuple[list[_Draft], int]:
    """Author line, then text lines (timestamps are gone by now); drafts and orphan count.

    Which short lines are authors is decided for the whole block at once (a small dynamic
    programme): strong names as authors, the line after an author reading as a sentence,
    and never an author without text.
    """
    n = len(lines)
    scored = [_scored_author(s) for s in lines]
    scores = [score for score, _ in scored]
    sentence = [_sentence_like(s) for s in lines]
    # best[i][state]: best score for lines[i:], state 0 = before any author,
    # 1 = just read an author (text must follow), 2 = inside a comment's text.
    best = [[_NEG, _NEG, _NEG] for _ in range(n + 1)]
    choice = [[0, 0, 0] for _ in range(n + 1)]
    best[n] = [0.0, -5.0, 0.0]
    for i in range(n - 1, -1, -1):
        sc = scores[i]
        as_author = _AUTHOR_GAIN[sc] + best[i + 1][1] if sc >= 1 else _NEG
        # state 0: an author, or an orphan line
        orphan = -3.0 + best[i + 1][0]
        best[i][0], choice[i][0] = (as_author, 1) if as_author >= orphan else (orphan, 0)
        # state 1: the first text line of a comment
        best[i][1] = (1.0 if sentence[i] else 0.0) - _TEXT_COST[sc] + best[i + 1][2]
        # state 2: more text, or the next author
        more = -_TEXT_COST[sc] + best[i + 1][2]
        best[i][2], choice[i][2] = (as_author, 1) if as_author > more else (more, 0)
    drafts: list[_Draft] = []
    orphans = 0
    state = 0
    for i, s in enumerate(lines):
        c = choice[i][state]
        if c == 1:
            drafts.append(_Draft(scored[i][1], scores[i]))  # an author's score is >= 1
            state = 1
        elif state == 0:
            orphans += 1
        else:
            drafts[-1].lines.append(s)
            state = 2
    return drafts, orphans


def _fit(drafts: list[_Draft], declared: int | None) -> list[_Draft]:
    """Merge or split weak author guesses so the count meets the declared one, if it can."""
    if declared is None:
        return drafts
    while len(drafts) > declared:
        weak = [i for i in range(1, len(drafts)) if drafts[i].score <= 1]
        if not weak:
            break
        i = min(weak, key=lambda k: (drafts[k].score, -k))
        gone = drafts.pop(i)
        drafts[i - 1].lines.extend([gone.author, *gone.lines])
    while len(drafts) < declared:
        best: tuple[int, int, int] | None = None
        for di, d in enumerate(drafts):
            for li in range(1, len(d.lines) - 1):
                score = author_score(d.lines[li])
                if score >= 3 and (best is None or score > best[0]):
                    best = (score, di, li)
        if best is None:
            break
        score, di, li = best
        d = drafts[di]
        new = _Draft(clean_author(d.lines[li]), score, d.lines[li + 1 :])
        del d.lines[li:]
        drafts.insert(di + 1, new)
    return drafts


def _signature(line: str) -> str | None:
    """``— Wanjiru, Nakuru`` under a comment: the author, else ``None``."""
    if line[:1] not in "—―–-~" or len(line) > 60:
        return None
    who = line.lstrip("—―–-~ ").strip()
    return who if who and author_score(who) >= 1 else None


def comment_blocks(raw_lines: list[str]) -> list[list[str]]:
    """The comment lines in blank-line-separated blocks, without bullets and page crumbs."""
    blocks: list[list[str]] = [[]]
    for raw in raw_lines:
        s = raw.strip()
        if not s or is_rule(s):
            if blocks[-1]:
                blocks.append([])
            continue
        b = bullet_match(s)
        if b is not None and b.group("marker") not in "–—":
            s = b.group("body").strip()
        if (
            not _CRUMB.match(s)
            and not _CRUMB_OTHER.match(s)
            and not is_timestamp(s)
            and not REPORTER_LINE.match(s)  # "김철수 기자 kcs@…": the article's byline
        ):
            blocks[-1].append(s)  # a lone "2 hours ago" belongs to no comment's text
    return [b for b in blocks if b]


def parse_comments(
    raw_lines: list[str], declared: int | None
) -> tuple[list[tuple[str, str]], list[str]]:
    """Comments as ``(author, text)`` pairs from the lines after the header, plus warnings."""
    return parse_comment_blocks(comment_blocks(raw_lines), declared)


def parse_comment_blocks(
    blocks: list[list[str]], declared: int | None
) -> tuple[list[tuple[str, str]], list[str]]:
    """``parse_comments`` for lines already split by ``comment_blocks``."""
    lines = [s for b in blocks for s in b]
    if not lines:
        return [], []
    warnings: list[str] = []
    inline = [_INLINE.match(s) if ":" in s else None for s in lines]
    good = [m for m in inline if m and author_score(m.group("author")) >= 1]
    drafts: list[_Draft]
    orphans = 0
    signed = [_signature(s) for s in lines]
    if signed[-1] is not None and signed[0] is None:
        # text first, then "— Author" under it
        drafts, pending = [], []
        for s, who in zip(lines, signed, strict=True):
            if who is None:
                pending.append(s)
            elif pending:
                drafts.append(_Draft(clean_author(who), author_score(who), pending))
                pending = []
        orphans = len(pending)
    elif len(good) >= max(1, 0.6 * len(lines)):
        drafts = []
        for s, m in zip(lines, inline, strict=True):
            if m is not None and author_score(m.group("author")) >= 1:
                author = m.group("author")
                drafts.append(_Draft(clean_author(author), author_score(author), [m.group("text")]))
            elif drafts:
                drafts[-1].lines.append(s)
            else:
                orphans += 1
    elif len(blocks) >= 2 and all(len(b) >= 2 for b in blocks):
        drafts = []
        for b in blocks:
            found, lost = _alternate(b)
            if lost and drafts:
                # lines before the block's first author: the last comment's next paragraph
                drafts[-1].lines.extend(b if not found else b[:lost])
            elif not found or lost:
                orphans += lost
            drafts.extend(found)
    else:
        drafts, orphans = _alternate(lines)
    drafts = _fit([d for d in drafts if d.author], declared)
    if orphans:
        warnings.append(f"{orphans} comment line(s) without an author were left out")
    out = [(d.author, " ".join(d.lines)) for d in drafts if d.lines]
    empty = sum(1 for d in drafts if not d.lines)
    if empty:
        warnings.append(f"{empty} comment author(s) without text were left out")
    return out, warnings


def _marked_author(line: str) -> tuple[str, str] | None:
    """``### Author`` or ``**Author**`` (with ``: text``, ``· 2h ago`` or ``wrote:``) → (author, text)."""
    atx = _MD_HEADING.match(line)
    if atx is not None:
        who = clean_author(strip_inline(atx.group("text").rstrip(" #")))
        return (who, "") if who else None
    bold = BOLD_AUTHOR.match(line)
    if bold is None:
        return None
    who, rest = bold.group("who").strip(), bold.group("rest").strip()
    if who.endswith(":") or rest.startswith(":"):
        rest = rest.lstrip(": ")
    elif rest:
        tail = rest.lstrip("·•|—–-, ").strip("()")
        if not (is_timestamp(tail) or "ago" in tail.lower() or _SAYS.match(" " + rest)):
            return None  # bold words opening a sentence, not an author
        rest = ""
    who = clean_author(who.rstrip(": "))
    return (who, strip_inline(rest)) if author_score(who) >= 1 else None


def parse_marked_comments(
    lines: list[str], declared: int | None
) -> tuple[list[tuple[str, str]], list[str]]:
    """Markdown comments: ``**Author**``, ``### Author``, ``**Author**: text``; else plain rules."""
    drafts: list[tuple[str, list[str]]] = []
    for raw in lines:
        s = raw.strip()
        if not s or is_rule(s):
            continue
        marked = _marked_author(s)
        if marked is not None:
            drafts.append((marked[0], [marked[1]] if marked[1] else []))
            continue
        plain = strip_inline(s.lstrip("> "))
        if _CRUMB.match(plain) or is_timestamp(plain):
            continue
        if drafts:
            drafts[-1][1].append(plain)
        else:
            drafts.append(("", [plain]))
    if not any(author for author, _ in drafts):
        return parse_comments([strip_inline(s) for s in lines], declared)
    warnings: list[str] = []
    if drafts and not drafts[0][0]:
        warnings.append("comment text without an author was left out")
    return [(a, " ".join(t)) for a, t in drafts if a and t], warnings
