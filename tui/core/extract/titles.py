"""Titles of office: ``Vietnamese Prime Minister Tran Minh Khoa``, ``Name, Minister of Power,``.

A role is read as the office title as written, without a nationality: in ``South Korean
President Lee Jae Myung`` the words before the core title (``President``) are kept only while
they are portfolio words (``Foreign``, ``Deputy``, ``Trade``); ``of``/``for`` parts are kept
while their words are too (``Minister for Foreign Trade``, ``Minister of the Sea``), so
``Minister of Power Kelechi Adeyemi`` splits into role and name, and ``President of South
Korea`` keeps only ``President``. A body named before the title is left out like a nationality
(``UN Secretary-General`` → ``Secretary-General``, ``EU foreign policy chief`` → ``foreign
policy chief``), as is a possessive country (``Canada's ambassador``). A posting or employer
that ends an appositive is part of the office (``ambassador to Norway``, ``a senior fellow at
the Nordic Policy Institute`` → ``senior fellow at the Nordic Policy Institute``), and so is a
lower-case ``of`` part there (``head of the delegation``); the article is dropped. A term of
office stays (``former Foreign Minister``, ``acting president``, ``President-elect``); a
``counterpart`` takes the office of the person named before (see the extractor). Forms read: ``Role Name``; ``Name, the Role of X,`` and
``Name, Role,``; ``the role, Name,``; ``the minister`` (a role noun, resolved later).
Rank words before the core are portfolio words too (``Coordinating Minister``, ``Principal
Secretary``, ``Senior Minister of State``). A portfolio may join its words with ``and`` or
list them with commas closed by ``and`` (``Minister for Foreign Affairs, Trade and
Development``); an unknown word is kept only before ``and`` + a portfolio word (``New and
Renewable Energy``), so ``Prime Minister of New Zealand`` keeps its country as before.
"""

from __future__ import annotations

import re

from tui.core.extract.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    PORTFOLIO,
    ROLE_CORES,
    TWO_WORD_PLACES,
    UPPER,
)
from tui.core.extract.names import (
    CAPSEQ,
    HONORIFIC_WORDS,
    NAME,
    NAME_AFTER,
    NAME_AFTER_COMMA,
    SEP,
    Mention,
    plausible_name,
    strip_possessive,
)

# A title still to be taken up is a title too: "President-elect", "minister-designate".
_CORE_WORDS = (
    frozenset(ROLE_CORES)
    | {f"{w}{x}" for w in ROLE_CORES for x in ("-elect", "-designate")}
    # "Under-Secretary", "Vice-Minister", "Deputy-Governor": a rank joined by a hyphen
    | {f"{x}-{w}" for w in ROLE_CORES for x in ("under", "vice", "deputy", "assistant", "co")}
)
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
    "chief",
    "head",
    "fellow",
    "negotiator",
    "researcher",
    "counterpart",
    "diplomat",
)
_WORDLIKE = re.compile(r"[^\W\d_][\w'’.-]*")


def _prev_word(text: str, pos: int) -> tuple[int, str] | None:
    """The word standing one space before ``pos``, with its start (string search, no regex scan)."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return None
    lo = pos - 41 if pos > 41 else 0
    start = max(text.rfind(" ", lo, pos - 1), text.rfind("\u00a0", lo, pos - 1)) + 1
    if start == 0 and pos - 1 > 40:
        return None
    word = text[start : pos - 1]
    return (start, word) if word.isalpha() or _WORDLIKE.fullmatch(word) else None


_OF = re.compile(rf"{SEP}(of|for|on){SEP}(?:(the){SEP})?")
_NEXT_WORD = re.compile(r"([^\W\d_][\w'’-]*|&)(?=[ \u00a0,.;:!?)]|$)")
_APPOS_TAIL = re.compile(rf"(?:{SEP}(?:of|for|in|at|to){SEP}(?:the{SEP})?{NAME})?(?=[,.;]|$)")
_APPOS_TAIL_LOOSE = re.compile(r"[^,.;:!?\"“”]{0,80}(?=[,.;]|$)")
_OF_FALLBACK = re.compile(rf"{SEP}(?:of|for|and|&){SEP}(?:the{SEP})?(?P<seq>{NAME})")
# "ambassador to Norway," / "a senior fellow at the Nordic Policy Institute.": the posting
# or the employer is part of the office; it ends the appositive (a name after it would be
# the holder's: "Ambassador to Norway Mark Delacroix").
_POSTING = re.compile(rf"{SEP}(?:to|at){SEP}(?:the{SEP})?{NAME}(?=[,.;:]|$|{SEP}?[–—])")
_TO_POSTING = re.compile(
    rf"{SEP}to{SEP}(?:the{SEP})?(?:[{UPPER}][\w.'’-]*|[a-z]+)(?:{SEP}(?:[{UPPER}][\w.'’-]*|of|the|and)){{0,4}}(?=,)"
)
_OF_PLAIN = re.compile(rf"{SEP}of{SEP}(?:the{SEP})?[a-z]+(?:{SEP}[a-z]+){{0,3}}(?=[,.;]|$)")
_HONORIFIC_BEFORE = re.compile(rf"\b({HONORIFICS})\.?{SEP}$")
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


_PREPOSITIONS = frozenset(("by", "for", "of", "to", "with", "from", "against", "on", "at", "in"))

# Words for a term of office, lower case even before a capitalised title, and part of it.
_TENURE = frozenset(("former", "acting", "interim", "outgoing", "incoming"))


def _modifiers_before(text: str, pos: int, capital: bool) -> int:
    """Where a title starts once the portfolio words before its core are added."""
    while True:
        m = _prev_word(text, pos)
        if not m:
            return pos
        w = m[1]
        folded = w.casefold()
        if folded not in PORTFOLIO or folded in _NOT_MODIFIERS:
            return pos
        if (
            w[0].isupper() != capital
            and not (w[0].isupper() and _sentence_start(text, m[0]))
            and w not in _TENURE  # "former Foreign Minister Hugo Lenz"
        ):
            return pos
        pos = m[0]


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (``Chief negotiator Ali Hassan said``)."""
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ".!?:;\"“”'‘’—–("


def _portfolio_word(text: str, pos: int, capital: bool) -> re.Match[str] | None:
    """The portfolio word at ``pos``, written in the title's case, if one stands there."""
    w = _NEXT_WORD.match(text, pos)
    if w is None or w.group(1).casefold() not in PORTFOLIO:
        return None
    return w if w.group(1)[0].isupper() == capital else None


def _joined(text: str, word: str, end: int, capital: bool) -> bool:
    """Whether an unknown word ending at ``end`` is joined to a portfolio word (``New and``)."""
    if text.startswith(" and ", end):
        return _portfolio_word(text, end + 5, capital) is not None
    nxt = _portfolio_word(text, end + 1, capital) if text.startswith(" ", end) else None
    return nxt is not None and word == "New"  # "New Energy", not "New Zealand"


def _listed(text: str, pos: int, capital: bool) -> bool:
    """Whether a comma list of portfolio words from ``pos`` closes with ``and`` and one more."""
    for _ in range(6):
        w = _portfolio_word(text, pos, capital)
        if w is None:
            return False
        pos = w.end()
        if text.startswith(" and ", pos) or text.startswith(" & ", pos):
            return _portfolio_word(text, text.index(" ", pos + 1) + 1, capital) is not None
        if text.startswith(", ", pos):
            pos += 2
        elif text.startswith(" ", pos):
            pos += 1
        else:
            return False
    return False


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
            if word[0].isupper() != capital and len(word) > 3:
                break
            if word.casefold() not in PORTFOLIO and not _joined(text, word, w.end(), capital):
                break
            last = w.end()
            pos = last + 1
            if text.startswith(", ", last) and _listed(text, last + 2, capital):
                pos = last + 2  # "for Foreign Affairs, Trade and Development"
        if last == end:
            return end
        end = last


def _article_before(text: str, pos: int) -> int | None:
    """The start of ``the`` before a title, skipping a nationality (``the Swedish minister``)."""
    for _ in range(3):
        m = _prev_word(text, pos)
        if not m:
            return None
        w = m[1]
        if w in ("the", "The", "a", "A", "an", "An"):
            return m[0]
        # "the country's top diplomat", "the bank's chief": an owner and a rank are skipped
        if not (w.endswith(("'s", "’s")) or w in ("top", "senior", "chief")) and (
            not w[0].isupper() or w.casefold() in NOT_NAMES
        ):
            return None
        pos = m[0]
    return None


def _appositive_name_before(text: str, pos: int) -> re.Match[str] | None:
    """``Kelechi Adeyemi, Nigeria's Minister of Power``: the name before the comma."""
    for _ in range(4):
        stripped = text[max(0, pos - 2) : pos].rstrip(" \u00a0")
        if stripped.endswith(","):
            comma = text.rfind(",", 0, pos)
            for m in CAPSEQ.finditer(text, max(0, comma - 60), comma):
                if m.end() == comma:
                    head = text[max(0, m.start() - 9) : m.start()].split()
                    if head and head[-1].casefold() in _PREPOSITIONS:
                        return None  # "moves by Prague, the ministry's spokeswoman": no name
                    return m
            return None
        prev = _prev_word(text, pos)
        if not prev:
            return None
        w = prev[1]
        if (
            w.casefold() not in ("the", "a", "an", "former")
            and not w[0].isupper()
            and not w.endswith(("'s", "’s"))  # "the government's chief negotiator"
        ):
            return None
        pos = prev[0]
    return None


def _holder_in(of_part: str) -> bool:
    """Whether an of-part names another office (``for Prime Minister``, ``to the President``)."""
    return any(w[:1].isupper() and w.casefold() in _CORE_WORDS for w in of_part.split()[1:])


def role_at(text: str, core_start: int, core_end: int) -> Mention | None:
    """The mention a title at ``core_start:core_end`` makes, if any."""
    capital = text[core_start].isupper()
    nxt = _NEXT_WORD.match(text, core_end + 1)
    if nxt and text[core_end] == " " and nxt.group(1).casefold() in _CORE_WORDS:
        return None  # "chief negotiator": the title ends on the later core word
    if text.startswith(" General", core_end):
        core_end += 8
    start = _modifiers_before(text, core_start, capital)
    end = _of_part(text, core_end, capital)
    posting = _POSTING.match(text, end)
    if posting:
        end = posting.end()
    role = " ".join(text[start:end].split())
    name = NAME_AFTER.match(text, end)
    if name is None:
        # "Minister for the Ecological Transition Lucía Ortega Villar": words the portfolio
        # list does not know; the last two or three capitalised words are the name.
        fallback = _OF_FALLBACK.match(text, end)
        words = fallback.group("seq").split() if fallback else []
        if len(words) >= 3 and plausible_name(words[-2:]):
            keep = 3 if len(words) >= 5 else 2
            if len(words) == 4 and words[0].casefold() not in PORTFOLIO | TWO_WORD_PLACES:
                keep = 3  # "President of Turkey Recep Tayyip Erdogan": a one-word country
            end = fallback.start("seq") + len(" ".join(words[:-keep]))  # type: ignore[union-attr]
            role = " ".join(text[start:end].split())
            name = NAME_AFTER.match(text, end)
    if name and not capital and end > core_end and _holder_in(text[core_end:end]):
        # "a spokesman for Prime Minister Ivo Dalic": the name is the inner title's holder;
        # the spokesman is left unnamed
        return None
    if name:
        tokens = strip_possessive(name.group("seq").split())
        while tokens and tokens[-1].casefold() in NOT_NAMES:
            tokens.pop()
        if tokens and plausible_name(tokens):
            stop = name.start("seq") + len(" ".join(tokens))
            return Mention(start, stop, "def", tuple(tokens), role, honorific=name.group("hon"))
    before = _appositive_name_before(text, start)
    if before:
        tokens = strip_possessive(before.group("seq").split())
        first = before.start("seq")
        hon = _HONORIFIC_BEFORE.search(text, max(0, first - 6), first)
        honorific = hon.group(1) if hon else None
        while len(tokens) > 1 and tokens[0] in HONORIFIC_WORDS:  # "Dr Amara Tesfaye, …"
            honorific = tokens.pop(0)  # (twice for a rank in two words: "Lt Col Dana Reyes")
            first += len(honorific) + 1
        if end > core_end and NAME_AFTER.match(text, end):
            # "of the World Health Organization": the of-part stopped inside a proper name
            end = core_end
            role = " ".join(text[start:end].split())
        plain = _OF_PLAIN.match(text, end)
        if plain and not capital:  # "Ali Hassan, head of the delegation,"
            end = plain.end()
            role = " ".join(text[start:end].split())
        tail = _APPOS_TAIL.match(text, end) or (
            _APPOS_TAIL_LOOSE.match(text, end) if len(tokens) > 1 else None
        )
        if plausible_name(tokens) and tail:
            return Mention(first, tail.end(), "def", tuple(tokens), role, honorific=honorific)
    article = _article_before(text, start)
    after_comma = NAME_AFTER_COMMA.match(text, end)
    if after_comma is None and article is not None and text.startswith(" to ", end):
        # "the ambassador to the union, Gordon Sand,": the posting, then the name
        posting_to = _TO_POSTING.match(text, end)
        if posting_to is not None:
            after_comma = NAME_AFTER_COMMA.match(text, posting_to.end())
            if after_comma is not None:
                role = " ".join(text[start : posting_to.end()].split())
    if after_comma:
        # "the foreign minister, Ana Beltrán," / "India's External Affairs Minister, Priya Nair,"
        tokens = strip_possessive(after_comma.group("seq").split())
        if plausible_name(tokens) and (article is not None or len(tokens) > 1):
            first = start if article is None else article
            return Mention(first, after_comma.end(), "def", tuple(tokens), role)
    if article is None:
        return None
    if text[article] in "aA":  # "a spokesperson" refers to nobody in particular
        return None
    return Mention(article, end, "rolenoun", word=role.casefold())


def by_first_letter(words: tuple[str, ...] | list[str]) -> str:
    """An alternation with the words grouped by first letter (``m(?:inister|ayor)|…``).

    The regex engine then rejects a word on its first letter once instead of once per word;
    the order within a letter is kept, so the same alternative wins.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# One search for lower-case title words and pronouns; the leading space gives the regex
# engine a literal to skip to, which is several times faster than a search per word.
LOWER_WORDS = re.compile(
    r" (?=["
    + "".join(sorted({w[0] for w in _LOWER_CORES} | set("hsHS")))
    + r"])(?:(?P<core>"
    + by_first_letter(_LOWER_CORES)
    + r")[a-z]*(?:-general|-elect|-designate)?"
    r"|(?P<pron>" + by_first_letter(("he", "she", "her", "him", "He", "She")) + r")(?=[ ,.;:!?]))"
)


def core_spans(
    text: str,
    caps: list[tuple[int, int]],
    runs: list[str],
    lower: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Where title words stand: capitalised ones inside runs, and the lower-case ones found.

    ``runs`` are the runs of ``caps`` case-folded.
    """
    spans: list[tuple[int, int]] = []
    cores = _CORE_WORDS
    # most paragraphs hold no capitalised title word at all: one set operation decides
    if not cores.isdisjoint(" ".join(runs).split(" ")):
        for (s, e), run in zip(caps, runs, strict=True):
            if " " not in run:
                if run in cores and "\u00a0" not in run:
                    spans.append((s, e))
                continue
            words = toks = run.split(" ")
            if len(run) != e - s:  # a letter folded to two (ß): positions come from the text
                toks = text[s:e].split(" ")
            elif cores.isdisjoint(words):
                continue
            pos = s
            for tok, word in zip(toks, words, strict=True):
                if word in cores:
                    spans.append((pos, pos + len(tok)))
                pos += len(tok) + 1
    for s, e in lower:
        if text[s:e] in _CORE_WORDS and not text[e : e + 1].isalpha():
            spans.append((s, e))
    spans.sort()
    return spans
