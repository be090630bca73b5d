"""Finding the people a paragraph mentions: offices with names, names, pronouns, "the minister".

A role is read as the office title as written, without a nationality: in ``South Korean
President Lee Jae Myung`` the words before the core title (``President``) are kept only while
they are portfolio words (``Foreign``, ``Deputy``, ``Trade``); ``of``/``for`` parts are kept
while their words are too (``Minister for Foreign Trade``, ``Minister of the Sea``), so
``Minister of Power Kelechi Adeyemi`` splits into role and name, and ``President of South
Korea`` keeps only ``President``.

Forms read: ``Role Name``; ``Name, the Role of X,`` and ``Name, Role,`` (appositives); ``the
role, Name,``; ``the minister`` (a role noun, resolved later); ``Name, who …`` (a person without
a role); a run of capitalised words (a name, resolved later against the people already known);
``he``/``she``/``his``/``her``/``him``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    PORTFOLIO,
    ROLE_CORES,
    SPEECH_VERBS,
    UPPER,
)

_CAPTOKEN = rf"(?:[a-z]{{1,3}}['’-])?[{UPPER}](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_SEP = r"[ \u00a0]"
_NAME = rf"{_CAPTOKEN}(?:{_SEP}(?:(?:{PARTICLES}){_SEP}){{0,3}}{_CAPTOKEN}){{0,6}}"
_CAPSEQ = re.compile(rf"(?<![\w'’-])(?P<seq>{_NAME})")
_NAME_AFTER = re.compile(rf"{_SEP}(?:(?P<hon>{HONORIFICS})\.?{_SEP})?(?P<seq>{_NAME})")
_NAME_AFTER_COMMA = re.compile(
    rf",{_SEP}(?P<seq>{_NAME})(?=,|\.|;|$|{_SEP}(?:{'|'.join(SPEECH_VERBS)})\b)"
)
_CORE_WORDS = frozenset(ROLE_CORES)
# Lower-case titles worth looking for: "the minister said", "the foreign minister, Ana …"
_LOWER_CORES = (
    "minister",
    "president",
    "secretary",
    "spokes",
    "ambassador",
    "chancellor",
    "governor",
    "envoy",
    "director",
    "commissioner",
    "mayor",
    "leader",
    "economist",
    "analyst",
    "advis",
    "senator",
    "chair",
    "premier",
    "professor",
)
_LOWER_TAIL = re.compile(r"[a-z]*(?:-general)?")
_HONORIFIC_WORDS = frozenset(HONORIFICS.split("|"))
_PREV_WORD = re.compile(r"([^\W\d_][\w'’.-]*)[ \u00a0]$")
_OF = re.compile(rf"{_SEP}(of|for|on){_SEP}(?:(the){_SEP})?")
_NEXT_WORD = re.compile(r"([^\W\d_][\w'’-]*|&)(?=[ \u00a0,.;:!?)]|$)")
_APPOS_TAIL = re.compile(rf"(?:{_SEP}(?:of|for|in|at|to){_SEP}(?:the{_SEP})?{_NAME})?(?=[,.;]|$)")
_APPOS_TAIL_LOOSE = re.compile(r"[^,.;:!?\"“”]{0,80}(?=[,.;]|$)")
_OF_FALLBACK = re.compile(rf"{_SEP}(?:of|for|and|&){_SEP}(?:the{_SEP})?(?P<seq>{_NAME})")
_HONORIFIC_BEFORE = re.compile(rf"\b({HONORIFICS})\.?{_SEP}$")
_WHO = re.compile(r",[ \u00a0]who\b")
_POSSESSIVE = re.compile(r"['’]s$")
_ROLE_WORDS = frozenset(w for core in ROLE_CORES for w in core.split("-"))
# Portfolio words that still do not open a title: "European Commissioner" is "Commissioner".
_NOT_MODIFIERS = frozenset(
    [
        "european",
        "africa",
        "african",
        "asia",
        "asian",
        "pacific",
        "americas",
        "middle",
        "east",
        "europe",
        "asean",
        "g7",
        "g20",
        "nato",
        "un",
        "eu",
        "imf",
        "wto",
        "oecd",
        "world",
        "global",
        "national",
    ]
)


@dataclass(slots=True)
class Mention:
    """A reference to a person at ``start:end`` of a paragraph, resolved in document order."""

    start: int
    end: int
    kind: str  # "def" (role + name), "seq" (capitalised words), "pron", "rolenoun"
    name: tuple[str, ...] = ()
    role: str | None = None
    word: str = ""  # the pronoun, or the role noun's words in lower case
    honorific: str | None = None
    who: bool = False
    tokens: list[tuple[str, int, int]] = field(default_factory=list)
    seq: str = ""


def _strip_possessive(tokens: list[str]) -> list[str]:
    """Names stop at a possessive: ``Lee's visit`` names ``Lee``."""
    for i, tok in enumerate(tokens):
        if _POSSESSIVE.search(tok):
            return [*tokens[:i], tok[:-2]]
    return tokens


def _plausible_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether capitalised words could be a person's name rather than a place or a body."""
    if not tokens or tokens[0].casefold() in NOT_NAMES or tokens[-1].casefold() in NOT_NAMES:
        return False
    return not any(
        t.casefold() in ORG_WORDS
        or t.casefold() in PORTFOLIO
        or t.casefold() in _ROLE_WORDS
        or (len(t) > 1 and t.isupper())  # BNP, UN: an acronym, not a name
        for t in tokens
    )


def _modifiers_before(text: str, pos: int, capital: bool) -> int:
    """Where a title starts once the portfolio words before its core are added."""
    while True:
        m = _PREV_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            return pos
        w = m.group(1)
        if w.casefold() not in PORTFOLIO or w.casefold() in _NOT_MODIFIERS:
            return pos
        if w[0].isupper() != capital:
            return pos
        pos = m.start(1)


def _of_part(text: str, end: int, capital: bool) -> int:
    """Where a title ends once an ``of``/``for`` part made of portfolio words is added."""
    while True:
        m = _OF.match(text, end)
        if not m:
            return end
        pos = m.end()
        last = end
        while True:
            w = _NEXT_WORD.match(text, pos)
            if not w:
                break
            word = w.group(1)
            if word in ("and", "&"):
                pos = w.end() + 1
                continue
            if word.casefold() not in PORTFOLIO or (word[0].isupper() != capital and len(word) > 3):
                break
            last = w.end()
            pos = last + 1
        if last == end:
            return end
        end = last


def _article_before(text: str, pos: int) -> int | None:
    """The start of ``the`` before a title, skipping a nationality (``the Swedish minister``)."""
    for _ in range(3):
        m = _PREV_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            return None
        w = m.group(1)
        if w in ("the", "The", "a", "A", "an", "An"):
            return m.start(1)
        if not w[0].isupper() or w.casefold() in NOT_NAMES:
            return None
        pos = m.start(1)
    return None


def _appositive_name_before(text: str, pos: int) -> re.Match[str] | None:
    """``Kelechi Adeyemi, Nigeria's Minister of Power``: the name before the comma."""
    for _ in range(4):
        stripped = text[max(0, pos - 2) : pos].rstrip(" \u00a0")
        if stripped.endswith(","):
            comma = text.rfind(",", 0, pos)
            for m in _CAPSEQ.finditer(text, max(0, comma - 60), comma):
                if m.end() == comma:
                    return m
            return None
        m = _PREV_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            return None
        w = m.group(1)
        if w.casefold() not in ("the", "a", "an", "former") and not w[0].isupper():
            return None
        pos = m.start(1)
    return None


def _role_at(text: str, core_start: int, core_end: int) -> Mention | None:
    """The mention a title at ``core_start:core_end`` makes, if any."""
    capital = text[core_start].isupper()
    if text.startswith(" General", core_end):
        core_end += 8
    start = _modifiers_before(text, core_start, capital)
    end = _of_part(text, core_end, capital)
    role = " ".join(text[start:end].split())
    name = _NAME_AFTER.match(text, end)
    if name is None:
        # "Minister for the Ecological Transition Lucía Ortega Villar": words the portfolio
        # list does not know; the last two or three capitalised words are the name.
        fallback = _OF_FALLBACK.match(text, end)
        words = fallback.group("seq").split() if fallback else []
        if len(words) >= 3 and _plausible_name(words[-2:]):
            keep = 3 if len(words) >= 5 else 2
            end = fallback.start("seq") + len(" ".join(words[:-keep]))  # type: ignore[union-attr]
            role = " ".join(text[start:end].split())
            name = _NAME_AFTER.match(text, end)
    if name:
        tokens = _strip_possessive(name.group("seq").split())
        while tokens and tokens[-1].casefold() in NOT_NAMES:
            tokens.pop()
        if tokens and _plausible_name(tokens):
            stop = name.start("seq") + len(" ".join(tokens))
            return Mention(start, stop, "def", tuple(tokens), role, honorific=name.group("hon"))
    before = _appositive_name_before(text, start)
    if before:
        tokens = _strip_possessive(before.group("seq").split())
        tail = _APPOS_TAIL.match(text, end) or (
            _APPOS_TAIL_LOOSE.match(text, end) if len(tokens) > 1 else None
        )
        if _plausible_name(tokens) and tail:
            hon = _HONORIFIC_BEFORE.search(text, max(0, before.start() - 6), before.start())
            return Mention(
                before.start("seq"),
                tail.end(),
                "def",
                tuple(tokens),
                role,
                honorific=hon.group(1) if hon else None,
            )
    article = _article_before(text, start)
    if article is None:
        return None
    after_comma = _NAME_AFTER_COMMA.match(text, end)
    if after_comma:
        tokens = _strip_possessive(after_comma.group("seq").split())
        if _plausible_name(tokens):
            return Mention(article, after_comma.end(), "def", tuple(tokens), role)
    if text[article] in "aA":  # "a spokesperson" refers to nobody in particular
        return None
    return Mention(article, end, "rolenoun", word=role.casefold())


def _core_spans(text: str, caps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where title words stand: capitalised ones inside runs, lower-case ones by search."""
    spans: list[tuple[int, int]] = []
    for s, e in caps:
        if e - s < 40 and " " not in text[s:e] and "\u00a0" not in text[s:e]:
            if text[s:e].casefold() in _CORE_WORDS:
                spans.append((s, e))
            continue
        pos = s
        for tok in text[s:e].split(" "):
            if tok.casefold() in _CORE_WORDS:
                spans.append((pos, pos + len(tok)))
            pos += len(tok) + 1
    for word in _LOWER_CORES:
        i = text.find(word)
        while i >= 0:
            end = _LOWER_TAIL.match(text, i + len(word)).end()
            if (not i or not text[i - 1].isalpha()) and text[i:end] in _CORE_WORDS:
                spans.append((i, end))
            i = text.find(word, end)
    spans.sort()
    return spans


def find_mentions(
    text: str, caps: list[tuple[int, int]], known: set[str] | frozenset[str] = frozenset()
) -> list[Mention]:
    """Every person-like mention in a paragraph, in order.

    ``text`` has its quotations blanked out; ``caps`` are the runs of capitalised words of the
    original paragraph (those inside a quotation are skipped); ``known`` holds the words of
    names met before, so a lone capitalised word that names nobody is dropped early.
    """
    caps = [(s, e) for s, e in caps if text[s] != " "]
    mentions: list[Mention] = []
    covered = -1
    for s, e in _core_spans(text, caps):
        if s < covered:
            continue
        m = _role_at(text, s, e)
        if m is not None:
            mentions.append(m)
            if m.kind == "def":
                covered = m.end
    defs = [(m.start, m.end) for m in mentions if m.kind == "def"]
    if defs:
        known = set(known).union(w.casefold() for m in mentions for w in m.name)
    di = 0
    honorific: str | None = None
    for s, e in caps:
        while di < len(defs) and defs[di][1] <= s:
            di += 1
        if di < len(defs) and defs[di][0] < e:
            continue
        seq = text[s:e]
        if e - s > 120:  # a shouted heading or a list of names, not one person
            continue
        if (
            honorific is None
            and " " not in seq
            and seq.casefold() not in known
            and seq not in _HONORIFIC_WORDS
            and not (seq.endswith(("'s", "’s")) and seq[:-2].casefold() in known)
        ):
            continue
        if seq in _HONORIFIC_WORDS:
            honorific = seq
            continue
        first, _, rest = seq.partition(" ")
        if rest and first in _HONORIFIC_WORDS:
            honorific, seq, s = first, rest, s + len(first) + 1
        mentions.append(Mention(s, e, "seq", honorific=honorific, seq=seq))
        honorific = None
    for word in (" he ", "He ", " she ", "She ", " her "):
        i = text.find(word)
        while i >= 0:
            a = i + 1 if word[0] == " " else i
            b = i + len(word) - 1
            if a == i and i and text[i - 1].isalnum():
                pass
            else:
                mentions.append(Mention(a, b, "pron", word=text[a:b].casefold()))
            i = text.find(word, b)
    mentions.sort(key=lambda x: x.start)
    return mentions


def split_seq(m: Mention) -> list[tuple[str, int, int]]:
    """The words of a run of capitalised words, with positions; stops at a possessive."""
    tokens: list[tuple[str, int, int]] = []
    pos = m.start
    for tok in m.seq.replace("\u00a0", " ").split(" "):
        if _POSSESSIVE.search(tok):
            tokens.append((tok[:-2], pos, pos + len(tok) - 2))
            break
        tokens.append((tok, pos, pos + len(tok)))
        pos += len(tok) + 1
    return tokens


def is_who(text: str, end: int) -> bool:
    """Whether a name is followed by ``, who`` (a person, even without a title)."""
    return bool(_WHO.match(text, end))


def plausible_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Public form of the name check, for speakers the text names without a title."""
    return _plausible_name(tokens)
