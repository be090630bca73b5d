"""Finding quotations in a paragraph without mistaking apostrophes for quotation marks.

The rule, applied to every mark in one left-to-right pass:

* A mark can **open** when it stands at the start, after a space, an opening bracket, a dash,
  a slash or another opening mark, and is followed by something other than a space.
* A mark can **close** when it follows something other than a space and stands at the end or
  before a space, punctuation, a closing bracket or another closing mark.
* A single mark between two letters or digits (``Italy's``, ``d'Ampezzo``, ``G7's``,
  ``we’re``) can do neither: it is an apostrophe. So is a leading elision such as ``'90s``.
* ``s'`` followed by a space and a word (``countries' ties``) may be a plural possessive: it
  closes an open quote only when no ordinary closing mark of the same kind follows before the
  next opening one.

Open marks go on a stack; a closing mark pops back to the nearest open mark of its kind. A
quote inside a closed quote is part of it; marks still open at the end of the paragraph are
dropped and the quotes they enclosed are kept, except a double mark left open by a quote that
runs on into the next paragraph (see :func:`_runs_on`), which encloses the rest of it.
"""

from __future__ import annotations

import re

from tui.core.extract.lexicon import SPEECH_VERBS

_ELISION = re.compile(r"'(?:\d\d)?s\b|'(?:em|tis|twas|n)\b", re.IGNORECASE)
_OPEN_PREV = set("([{<—–-/\"'‘“«„‚‹»「『") | {"\u2015"}
_CLOSE_NEXT = set(".,;:!?)]}>…—–-/\"'’”»›«」』。、，！？") | {"\u2015"}
_MAX_DEPTH = 6
_RUNS_ON = frozenset(("d", "dq", "gu", "low", "rgu"))
_HAS_WORD = re.compile(r"[^\W_]")

# family of each opening mark, and the families each closing mark can close
_OPENS = {
    "“": "dq",
    "‘": "sq",
    "«": "gu",
    "‹": "sgu",
    "„": "low",
    "‚": "slow",
    "「": "cj",
    "『": "cjd",
}
_CLOSES = {
    "”": ("dq", "low", "rdq", "rgu"),  # (»…”: a wire's guillemet closed by a curly mark)
    "’": ("sq",),
    "»": ("gu",),
    "›": ("sgu",),
    "“": ("low",),
    "」": ("cj",),
    "』": ("cjd",),
}


def _uncased(ch: str) -> bool:
    """A letter of a script without case: Korean and Japanese join particles to a quote."""
    return ch >= "\u3040" and ch.isalpha() and not ch.islower() and not ch.isupper()


def _classify(text: str, i: int, mark: str, prev: str, nxt: str) -> tuple[bool, bool, bool]:
    """Whether the mark at ``i`` can open, can close, and whether its closing is weak.

    ``prev`` and ``nxt`` are the characters either side of it (``""`` at an end).
    """
    can_open = (
        (not prev or prev.isspace() or prev in _OPEN_PREV) and bool(nxt) and not nxt.isspace()
    )
    can_close = (
        bool(prev)
        and not prev.isspace()
        and (not nxt or nxt.isspace() or nxt in _CLOSE_NEXT or _uncased(nxt))
    )
    if mark == '"' and prev.isspace() and (not nxt or nxt in ".,;:!?)"):
        # "… não é criar ". — a straight mark typed after a space closes; before a full stop
        # or a comma it can open nothing
        can_open, can_close = False, True
    weak = False
    if mark in "'’" and can_close and prev in "sS" and nxt.isspace():
        after = text[i + 2 : i + 3]
        weak = after.isalnum()
    if mark == "'" and can_open and _ELISION.match(text, i):
        can_open = False
    return can_open, can_close, weak


def find_quotes(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The ``(open, close)`` of the outermost quotations, given where the marks stand."""
    marks: list[tuple[int, str, bool, bool, bool]] = []
    n = len(text)
    doubled = _doubled_singles(text, positions) if "’’" in text or "‘’" in text else {}
    paired = -1
    for i in positions:
        if i == paired:
            continue
        mark = doubled.get(i, text[i])
        if not mark:
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if mark in "'‘’" and prev.isalnum() and nxt.isalnum() and not _uncased(prev):
            continue  # an apostrophe: Italy's, d'Ampezzo, we’re (never after Hangul or kana)
        # ‘‘…’’: two single marks typed for a double one ("… voters,’’ he said"); the quote
        # opens at the second of the opening pair and closes at the first of the closing one
        if mark == "’" and nxt == "’":
            mark, paired = "”", i + 1
            nxt = text[i + 2] if i + 2 < n else ""
        elif mark == "‘" and (nxt == "‘" or prev == "‘"):
            if nxt == "‘":
                continue
            mark = "“"
        marks.append((i, mark, *_classify(text, i, mark, prev, nxt)))
    if not marks:
        return []
    # For weak closings: is there a strong closing of the same family before the next opening?
    strong_ahead: list[bool] = [False] * len(marks)
    seen_strong = {"'": False, "’": False}
    for k in range(len(marks) - 1, -1, -1):
        _, mk, can_open, can_close, weak = marks[k]
        fam = "'" if mk == "'" else "’" if mk in "‘’" else ""
        if fam:
            strong_ahead[k] = seen_strong[fam]
            if can_close and not weak:
                seen_strong[fam] = True
            elif can_open and not can_close:
                seen_strong[fam] = False
    stack: list[tuple[str, int, list[tuple[int, int]]]] = []
    out: list[tuple[int, int]] = []

    def close(fams: tuple[str, ...], i: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] in fams:
                _, start, _kids = stack[depth]
                del stack[depth:]
                if _HAS_WORD.search(text, start + 1, i):
                    (stack[-1][2] if stack else out).append((start, i))
                return True
        return False

    def is_open(fam: str) -> bool:
        return fam in [entry[0] for entry in stack]  # the stack is short: no generator

    dropped: list[tuple[int, int]] = []

    def push(fam: str, i: int) -> None:
        if len(stack) == _MAX_DEPTH:  # prose never nests this deep: forget the oldest mark
            dropped.extend(stack.pop(0)[2])
        stack.append((fam, i, []))

    def restart(fams: tuple[str, ...], i: int) -> None:
        """A new quote opening right after a sentence ended inside an open one of its kind
        (``"First part. "Second part."``): the open one ends before it."""
        if i >= 2 and text[i - 1] == " " and text[i - 2] in ".!?…" and any(map(is_open, fams)):
            close(fams, i - 1)

    for k, (i, mk, can_open, can_close, weak) in enumerate(marks):
        if mk in ("'", '"'):
            fam = "s" if mk == "'" else "d"
            if can_close and is_open(fam) and not (weak and strong_ahead[k]):
                close((fam,), i)
            elif mk == '"' and can_close and not can_open and is_open("dq"):
                close(("dq",), i)  # “…" — a curly opening closed by a straight mark
            elif can_open:
                if mk == '"':
                    restart(("d",), i)
                push(fam, i)
            elif mk == '"' and is_open("d") and i and (i + 1 == n or text[i + 1] == " "):
                close(("d",), i)  # "… if this fails, " the minister said: a space inside
        elif mk == "”" and can_close and is_open("d") and not (is_open("dq") or is_open("low")):
            close(("d",), i)  # "…” — a straight opening closed by a curly mark
        elif (
            mk == "”"
            and can_close
            and stack
            and stack[0][0] == "sq"
            and not text[: stack[0][1]].strip()
            and not (is_open("dq") or is_open("d") or is_open("low"))
        ):
            close(("sq",), i)  # ‘… hostages.” — a paragraph's single opening closed by a double
        elif mk == "”" and not stack and not text[:i].strip() and text[i + 1 : i + 2] == " ":
            push("rdq", i)  # ” Words…” — a paragraph opened with the closing mark and a space
        elif mk == "“" and can_open and is_open("dq"):
            restart(("dq",), i)
            push("dq", i)
        elif mk == "’":
            if can_close and not (weak and strong_ahead[k]):
                close(_CLOSES[mk], i)
        elif mk == "“" and can_close and not can_open and is_open("dq") and not is_open("low"):
            close(("dq",), i)  # “…,“ he said — the opening mark typed again to close
        elif mk == "“" and can_close and not can_open and is_open("d") and not is_open("low"):
            close(("d",), i)  # "…“ — a straight opening closed by the German closing mark
        elif mk == "“" and can_close and not can_open and is_open("low"):
            close(("low",), i)
        elif mk == "‘" and can_close and not can_open and is_open("slow"):
            close(("slow",), i)  # ‚…‘: German single marks, the low one opening
        elif mk == "”" and not (is_open("dq") or is_open("low")) and can_open and not can_close:
            push("rdq", i)  # Swedish/Finnish style ”…”
        elif (
            mk == "”" and not stack and i and text[i - 1] in ".!?" and text[i + 1 : i + 2].isupper()
        ):
            push("rdq", i)  # "… Leyen.”Le rôle …”": a feed that lost the space and the mark
        elif mk == "»" and is_open("rgu") and not text[i + 1 : i + 2].isalnum():
            close(("rgu",), i)  # »…» (Danish and Swedish style, and some wires)
        elif mk == "»" and not is_open("gu") and can_open and not can_close:
            push("rgu", i)  # German style »…«
        elif mk == "«" and is_open("rgu") and can_close and not can_open:
            close(("rgu",), i)
        elif mk in _CLOSES and (mk not in _OPENS or (can_close and not can_open)):
            close(_CLOSES[mk], i)
        elif mk in _OPENS:
            push(_OPENS[mk], i)
    if (
        stack
        and (stack[0][0] in _RUNS_ON or (stack[0][0] == "sq" and not text[: stack[0][1]].strip()))
        and _runs_on(text, stack[0][1], "‘" if stack[0][0] == "sq" else '"“”«»„')
    ):
        # (‘ opening a paragraph runs on too: British style, single marks outermost)
        # a quote that goes on in the next paragraph: it ends where the paragraph does
        out.append((stack[0][1], n))
    else:
        for _fam, _start, kids in stack:
            out.extend(kids)
    out.extend(dropped)
    out.sort()
    return out


def _doubled_singles(text: str, positions: list[int]) -> dict[int, str]:
    """``‘’…’’``: two single marks typed for a double one (as some wires do). The inner mark
    of an opening pair opens as ``“`` and the outer one is dropped (``""``); the first mark
    of a closing pair closes as ``”``."""
    out: dict[int, str] = {}
    for i in positions:
        if i in out or text[i] not in "‘’" or text[i + 1 : i + 2] != "’":
            continue
        prev = text[i - 1] if i else ""
        after = text[i + 2 : i + 3]
        if (not prev or prev.isspace() or prev in _OPEN_PREV) and after and not after.isspace():
            out[i], out[i + 1] = "", "“"
        else:
            out[i], out[i + 1] = "”", ""
    return out


def _runs_on(text: str, start: int, others: str = '"“”«»„') -> bool:
    """Whether an unclosed mark opens a quote that continues in the next paragraph.

    Journalists leave the closing mark off a paragraph whose quote goes on in the next one
    (which opens with a mark again). Only a double mark counts, and only when what follows is
    four words or more ending in ``.``/``!``/``?`` with no further double mark in it (a stray
    mark is not a quote).
    """
    rest = text[start + 1 :].rstrip()
    return (
        rest.endswith((".", "!", "?", "…"))
        and len(rest.split()) >= 4
        and not any(ch in rest for ch in others)
    )


def quote_text(text: str, span: tuple[int, int]) -> str:
    """The words between a quote's marks, marks removed and outer spaces trimmed."""
    return text[span[0] + 1 : span[1]].strip()


# (French puts a space inside its guillemets: ". « Être …"; German opens with »: ". »Wir")
_TAIL = re.compile(r"([\"'’”»)\]]*)\s+(?=«[ \u00a0]?[^\W_]|[\"'‘“«„»(\[]?[^\W_])")
# '"Are we done?" Judge Ama Osei asked.': after a quote's "?" or "!", its attribution (a few
# words, then a speech verb, in English) goes on with the quote's sentence
_ATTRIBUTION_NEXT = re.compile(
    r"(?:[\w.'’-]+[ \u00a0]+){0,5}?(?:"
    + "|".join(SPEECH_VERBS)
    + r")\b[^.!?\"“”]{0,80}[.!?]?[ \u00a0]*(?:$|[\"“‘'A-Z])"
)
_TAIL_FIRST = "\"'’”»)]"  # what may stand right after a sentence end, besides a space
_LAST_WORD = re.compile(r"([^\W\d_]\w*)$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "adm",
        "hon",
        "rev",
        "mt",
        "no",
        "nos",
        "vol",
        "vs",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "eg",
        "ie",
        "cf",
        "al",
        "est",
        "dept",
        "univ",
    ]
)


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` is an initial or an abbreviation."""
    space = text.rfind(" ", max(0, dot - 12), dot)
    word = text[space + 1 : dot]
    if space < 0 or not (word.isascii() and word.isalpha()):
        # the usual plain word after a space needs no regex; anything else does
        m = _LAST_WORD.search(text, max(0, dot - 12), dot)
        if m is None:
            return False
        word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.casefold() in _ABBREVIATIONS


def split_sentences(
    text: str, quotes: list[tuple[int, int]], stops: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, given the runs of ``.!?…``; never inside a quote."""
    bounds: list[tuple[int, int]] = []
    start = 0
    qi, nq = 0, len(quotes)
    n = len(text)
    for a, b in stops:
        if b >= n:
            continue
        after = text[b]
        nxt = text[b + 1 : b + 2]
        if text[b - 1] in "。！？":
            end, following = b, b  # CJK full stops: no space follows
        elif after == " " and nxt.isascii() and nxt.isalnum():
            # ". The": the usual sentence end, one space then a word (what _TAIL would match)
            if nxt.islower():
                continue
            end, following = b, b + 1
        elif after != " " and after not in _TAIL_FIRST and not after.isspace():
            continue  # 12.6, U.S.A: no sentence ends here (and no regex is needed to tell)
        else:
            tail = _TAIL.match(text, b)
            if not tail:
                continue
            nxt = text[tail.end()]
            if nxt.islower():  # (a letter without case, Hangul or kana, may start one)
                continue
            end, following = tail.end(1), tail.end()  # end: past any closing marks
        while qi < nq and quotes[qi][1] < a:
            qi += 1
        if qi < nq and quotes[qi][0] < a and quotes[qi][1] >= end:
            continue
        if text[a] == "." and b - a == 1 and _abbreviation(text, a):
            continue
        if (
            text[a] in "?!"
            and qi < nq
            and a < quotes[qi][1] < end
            and _ATTRIBUTION_NEXT.match(text, following) is not None
        ):
            continue
        bounds.append((start, end))
        start = following
    stripped = len(text.rstrip())
    if start < stripped:
        bounds.append((start, stripped))
    return bounds
