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
_NAME = rf"{_CAPTOKEN}(?:{_SEP}(?:(?:{PARTICLES}){_SEP})*{_CAPTOKEN})*"
_CAPSEQ = re.compile(rf"(?<![\w'’-])(?:(?P<hon>{HONORIFICS})\.?{_SEP})?(?P<seq>{_NAME})")
_NAME_AFTER = re.compile(rf"{_SEP}(?:(?P<hon>{HONORIFICS})\.?{_SEP})?(?P<seq>{_NAME})")
_NAME_AFTER_COMMA = re.compile(
    rf",{_SEP}(?P<seq>{_NAME})(?=,|\.|;|$|{_SEP}(?:{'|'.join(SPEECH_VERBS)})\b)"
)
_ROLE = re.compile(rf"(?<![\w-])(?i:{'|'.join(ROLE_CORES)})(?![\w-])")
_PREV_WORD = re.compile(r"([^\W\d_][\w'’.-]*)[ \u00a0]$")
_OF = re.compile(rf"{_SEP}(of|for|on){_SEP}(?:(the){_SEP})?")
_NEXT_WORD = re.compile(r"([^\W\d_][\w'’-]*|&)(?=[ \u00a0,.;:!?)]|$)")
_APPOS_TAIL = re.compile(rf"(?:{_SEP}(?:of|for|in|at|to){_SEP}(?:the{_SEP})?{_NAME})?(?=[,.;]|$)")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_WHO = re.compile(r",[ \u00a0]who\b")
_POSSESSIVE = re.compile(r"['’]s$")
_ROLE_WORDS = frozenset(w for core in ROLE_CORES for w in re.split(r"\[- \]| ", core))


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
        t.casefold() in ORG_WORDS or t.casefold() in PORTFOLIO or t.casefold() in _ROLE_WORDS
        for t in tokens
    )


def _modifiers_before(text: str, pos: int, capital: bool) -> int:
    """Where a title starts once the portfolio words before its core are added."""
    while True:
        m = _PREV_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            return pos
        w = m.group(1)
        if w.casefold() not in PORTFOLIO or w[0].isupper() != capital:
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
        if w in ("the", "The"):
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


def _role_mentions(text: str) -> list[Mention]:
    """Titles with a name, titles after a name, and role nouns such as ``the minister``."""
    out: list[Mention] = []
    for m in _ROLE.finditer(text):
        capital = m.group()[0].isupper()
        start = _modifiers_before(text, m.start(), capital)
        end = _of_part(text, m.end(), capital)
        role = " ".join(text[start:end].split())
        name = _NAME_AFTER.match(text, end)
        if name:
            tokens = _strip_possessive(name.group("seq").split())
            while tokens and tokens[-1].casefold() in NOT_NAMES:
                tokens.pop()
            if tokens and _plausible_name(tokens):
                stop = name.start("seq") + len(" ".join(tokens))
                hon = name.group("hon")
                out.append(Mention(start, stop, "def", tuple(tokens), role, honorific=hon))
                continue
        before = _appositive_name_before(text, start)
        if before:
            tokens = _strip_possessive(before.group("seq").split())
            if _plausible_name(tokens) and _APPOS_TAIL.match(text, end):
                out.append(Mention(before.start("seq"), end, "def", tuple(tokens), role))
                continue
        article = _article_before(text, start)
        if article is None:
            continue
        after_comma = _NAME_AFTER_COMMA.match(text, end)
        if after_comma:
            tokens = _strip_possessive(after_comma.group("seq").split())
            if _plausible_name(tokens):
                out.append(Mention(article, after_comma.end(), "def", tuple(tokens), role))
                continue
        out.append(Mention(article, end, "rolenoun", word=role.casefold()))
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every person-like mention in a paragraph (quotations already blanked out), in order."""
    mentions = _role_mentions(text)
    if mentions:
        chars = list(text)
        for m in mentions:
            if m.kind == "def":
                chars[m.start : m.end] = " " * (m.end - m.start)
        blanked = "".join(chars)
    else:
        blanked = text
    for m in _CAPSEQ.finditer(blanked):
        seq = m.group("seq")
        if seq.casefold() in NOT_NAMES:
            continue
        pos = m.start("seq")
        tokens: list[tuple[str, int, int]] = []
        for tok in seq.split(" "):
            for sub in tok.split("\u00a0"):
                tokens.append((sub, pos, pos + len(sub)))
                pos += len(sub) + 1
        for i, (tok, s, _e) in enumerate(tokens):
            if _POSSESSIVE.search(tok):
                tokens[i] = (tok[:-2], s, s + len(tok) - 2)
                del tokens[i + 1 :]
                break
        who = bool(_WHO.match(blanked, m.end()))
        mentions.append(
            Mention(
                m.start(), tokens[-1][2], "seq", honorific=m.group("hon"), who=who, tokens=tokens
            )
        )
    for m in _PRONOUN.finditer(blanked):
        mentions.append(Mention(m.start(), m.end(), "pron", word=m.group().casefold()))
    mentions.sort(key=lambda x: x.start)
    return mentions


def plausible_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Public form of the name check, for speakers the text names without a title."""
    return _plausible_name(tokens)
