"""Finding the people a paragraph mentions: titles with names, names, pronouns, "the minister".

Titles are read by :mod:`tui.core.extract.titles`; here runs of capitalised words become name mentions
(resolved later against the people already known), ``Name, who …`` marks a person without a
title, and ``he``/``she``/``her`` become pronoun mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import attrgetter

from tui.core.extract.lexicon import NOT_NAMES, PARTICLES
from tui.core.extract.names import HONORIFIC_WORDS, Mention, is_described
from tui.core.extract.titles import LOWER_WORDS, core_spans, role_at

_PARTICLE_WORDS = frozenset(PARTICLES.split("|"))
_HONORIFICS_FOLDED = frozenset(w.casefold() for w in HONORIFIC_WORDS)
_START = attrgetter("start")
_AGED = re.compile(r"(?<![^\s(])[Tt]he \d{1,3}-year-old(?= )")


def _particles_before(text: str, start: int, known: set[str] | frozenset[str]) -> int:
    """Where a surname starts once known lower-case particles before it are added (``van der``)."""
    for _ in range(3):
        if start < 3 or text[start - 1] != " " or not text[start - 2].islower():
            break
        ws = text.rfind(" ", 0, start - 1) + 1
        word = text[ws : start - 1]
        if word not in _PARTICLE_WORDS or word not in known:
            break
        start = ws
    return start


_ASIDES = (", the ", ", a ", ", an ")


def _described(text: str, end: int) -> bool:
    """``Hanna, the think-tank expert``: a job named in an aside after one word."""
    if not text.startswith(_ASIDES, end):
        return False
    word = text[text.rfind(" ", 0, end) + 1 : end].casefold()
    return word not in NOT_NAMES and is_described(text, end)  # ("Later, the director …")


def find_mentions(
    text: str, caps: list[tuple[int, int]], known: set[str] | frozenset[str] = frozenset()
) -> list[Mention]:
    """Every person-like mention in a paragraph, in order.

    ``text`` has its quotations blanked out; ``caps`` are the runs of capitalised words outside
    them; ``known`` holds the words of names met before, so a lone capitalised word that names
    nobody is dropped early.
    """
    if text.isascii():  # one fold for the paragraph; it keeps every position
        folded = text.lower()
        runs = [folded[s:e] for s, e in caps]
    else:
        runs = [text[s:e].casefold() for s, e in caps]
    lower: list[tuple[int, int]] = []
    pronouns: list[tuple[int, int]] = []
    if text.startswith(("He ", "She ")):
        pronouns.append((0, text.index(" ")))
    for m in LOWER_WORDS.finditer(text):
        (lower if m.lastgroup == "core" else pronouns).append((m.start() + 1, m.end()))
    if "-year-old " in text:  # "The 56-year-old said": the person the report is about
        pronouns.extend(m.span() for m in _AGED.finditer(text))
    mentions: list[Mention] = []
    covered = -1
    for s, e in core_spans(text, caps, runs, lower):
        if s < covered:
            continue
        found = role_at(text, s, e)
        if found is not None:
            mentions.append(found)
            if found.kind == "def":
                covered = found.end
    defs = [(m.start, m.end) for m in mentions if m.kind == "def"]
    if defs:
        known = set(known).union(w.casefold() for m in mentions for w in m.name)
    # particles join a surname only once a known name holds them, which is rare
    particles = not _PARTICLE_WORDS.isdisjoint(known)
    picked: Iterable[int]
    here: set[str] = set()
    if particles or not _HONORIFICS_FOLDED.isdisjoint(runs):
        picked = range(len(caps))
    else:
        # Without particles or honorifics to carry over, a single word that names nobody
        # known is dropped below; most capitalised words are that, so drop them in one pass.
        # (The last word of a longer run earlier in the paragraph stays: "Paul Lund, a
        # candidate, … Lund said" names someone this paragraph introduces.)
        longest = len(runs)
        for i, run in enumerate(runs):
            if " " in run:
                longest = i
                break
        if longest < len(runs) - 1:
            here = {run.rsplit(" ", 1)[-1] for run in runs[longest:] if " " in run}
        picked = [
            i
            for i, run in enumerate(runs)
            if " " in run
            or run in known
            or (i > longest and run in here)
            or (run.endswith(("'s", "’s")) and run[:-2] in known)
            or (
                text.startswith(", ", caps[i][1])  # (most words: no comma after them)
                and (
                    text.startswith(", who ", caps[i][1])  # "Francis, who speaks for …"
                    or _described(text, caps[i][1])  # "Hanna, the think-tank expert"
                )
            )
        ]
    di, ndefs = 0, len(defs)
    honorific: str | None = None
    for i in picked:
        s, e = caps[i]
        while di < ndefs and defs[di][1] <= s:
            di += 1
        if di < ndefs and defs[di][0] < e:
            continue
        if particles and s > 2 and text[s - 1] == " " and text[s - 2].islower():
            s = _particles_before(text, s, known)  # "de Souza said", "van der Berg told"
        if e - s > 120:  # a shouted heading or a list of names, not one person
            continue
        seq = text[s:e]
        if (
            honorific is None
            and " " not in seq
            and seq.casefold() not in known
            and seq.casefold() not in here
            and not text.startswith(", who ", e)
            and not _described(text, e)
            and seq not in HONORIFIC_WORDS
            and not (seq.endswith(("'s", "’s")) and seq[:-2].casefold() in known)
        ):
            continue
        if seq in HONORIFIC_WORDS:
            honorific = seq
            continue
        if (
            honorific is None
            and (seq.startswith("The ") or (s > 4 and text[s - 4 : s] in ("the ", "The ")))
            and seq.partition(" ")[0] not in HONORIFIC_WORDS  # ("the Rev Ana Holt")
        ):
            continue  # "the Muslim Brotherhood", "The Afghan Taliban": a body, not a person
        first, _, rest = seq.partition(" ")
        while rest and first in HONORIFIC_WORDS:  # ("Lt Col Dana Reyes": a rank in two words)
            honorific, seq, s = first, rest, s + len(first) + 1
            first, _, rest = seq.partition(" ")
        mentions.append(Mention(s, e, "seq", honorific=honorific, seq=seq))
        honorific = None
    for ps, pe in pronouns:
        mentions.append(Mention(ps, pe, "pron", word=text[ps:pe].casefold()))
    mentions.sort(key=_START)
    return mentions
