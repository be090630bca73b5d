"""Names in running text: what a person's name looks like, and the mention record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.extract.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    PORTFOLIO,
    ROLE_CORES,
    SPEECH_VERBS,
    UPPER,
)

_CAPTOKEN = rf"(?:[a-z]{{1,3}}['’-])?[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
SEP = r"[ \u00a0]"
_INITIAL = rf"[{UPPER}]\.(?={SEP}[{UPPER}])"  # the F. of John F. Kennedy
NAME = rf"{_CAPTOKEN}(?:{SEP}(?:{_INITIAL}|(?:(?:{PARTICLES}){SEP}){{0,3}}{_CAPTOKEN})){{0,6}}"
CAPSEQ = re.compile(rf"(?<![\w'’-])(?P<seq>{NAME})")
NAME_AFTER = re.compile(rf"{SEP}(?:(?P<hon>{HONORIFICS})\.?{SEP})?(?P<seq>{NAME})")
NAME_AFTER_COMMA = re.compile(
    rf"(?:,|{SEP}?[–—]){SEP}(?P<seq>{NAME})"
    rf"(?=,|\.|;|$|{SEP}?[–—]|{SEP}(?:{'|'.join(SPEECH_VERBS)})\b)"
)
HONORIFIC_WORDS = frozenset(HONORIFICS.split("|"))
_WHO = re.compile(r",[ \u00a0]who\b")
_ROMAN = re.compile(r"[IVX]+")  # Charles III, Leo XIV
ROLE_WORDS = frozenset(w for core in ROLE_CORES for w in core.split("-"))
_NOT_IN_NAMES = ORG_WORDS | PORTFOLIO | ROLE_WORDS


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
    seq: str = ""
    gender: str | None = None  # "f"/"m" from the article before an office ("la ministre")


_DIGIT = re.compile(r"\d")


def strip_possessive(tokens: list[str]) -> list[str]:
    """Names stop at a possessive: ``Lee's visit`` names ``Lee``."""
    for i, tok in enumerate(tokens):
        if tok.endswith(("'s", "’s")):
            return [*tokens[:i], tok[:-2]]
    return tokens


def plausible_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether capitalised words could be a person's name rather than a place or a body."""
    if not tokens:
        return False
    folded = [t.casefold() for t in tokens]
    if folded[0] in NOT_NAMES or folded[-1] in NOT_NAMES or not _NOT_IN_NAMES.isdisjoint(folded):
        return False
    if _DIGIT.search("".join(tokens)):
        return False  # "Sky Tg24", "Radio 24": a channel, a model, never a person
    # BNP, UN: not a name (a regnal number is: Charles III; initials run together before a
    # surname are: "PJ Harlow")
    for k, t in enumerate(tokens):
        run_together = k == 0 and len(t) == 2 and len(tokens) in (2, 3) and not tokens[1].isupper()
        if (
            len(t) > 1
            and t.isupper()
            and t[1] != "."
            and not _ROMAN.fullmatch(t)
            and not run_together
        ):
            return False
    return True


def split_seq(m: Mention) -> list[tuple[str, int, int]]:
    """The words of a run of capitalised words, with positions; stops at a possessive."""
    tokens: list[tuple[str, int, int]] = []
    pos = m.start
    for tok in m.seq.replace("\u00a0", " ").split(" "):
        if tok.endswith(("'s", "’s")):
            tokens.append((tok[:-2], pos, pos + len(tok) - 2))
            break
        tokens.append((tok, pos, pos + len(tok)))
        pos += len(tok) + 1
    return tokens


# ", the Century Foundation expert": an aside after a name that says what the person does
_DESCRIBED_AS = re.compile(
    r",[ \u00a0](?:the|a|an)[ \u00a0](?:[\w'’.-]+[ \u00a0]){0,5}?(?:"
    + "|".join(
        sorted(ROLE_WORDS | {"expert", "official", "lawyer", "spokesperson"}, key=len, reverse=True)
    )
    + r")s?\b"
)


def is_described(text: str, end: int) -> bool:
    """Whether a name is followed by an aside naming a job (``Hanna, the think-tank expert``)."""
    return bool(_DESCRIBED_AS.match(text, end))


def is_who(text: str, end: int) -> bool:
    """Whether a name is followed by ``, who`` (a person, even without a title)."""
    return bool(_WHO.match(text, end))
