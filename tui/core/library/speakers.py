"""Speakers across the library: the names the documents give, merged into people.

Rules, in order:
1. Names that are equal once titles, honorifics, initials, case and accents are set aside
   are one person (``Donald Trump`` and ``Donald J. Trump``; ``Prime Minister Meloni`` and
   ``Meloni``).
2. Within one briefing, a one-word name joins the one full name in that briefing that has
   the word (``Meloni`` after ``Giorgia Meloni``; ``President Lee`` after ``Lee Jae Myung``).
3. Across the library, a one-word name still alone joins the one full name anywhere that
   has the word; with two candidates (``Lee Jae Myung``, ``Lee Nak-yon``) it stays alone.
Two full names never merge unless rule 1 says so, so people who share a surname stay apart.
A name the reader set apart (``apart``) is never merged by rules 2 and 3, nor by rule 1
with a name written differently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.fold import fold
from tui.core.library.quoterows import QuoteRow

__all__ = ["People", "Speaker", "group_speakers", "name_key"]

_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|madam|mme|mx|sheikh|sheikha|m|herr|frau|sr|sra)\.?$"
)
_INITIAL = re.compile(r"^\w\.?$")


def _title_words() -> frozenset[str]:
    from tui.core.extract.lexicon import PORTFOLIO, ROLE_CORES

    cores = {w for core in ROLE_CORES for w in core.split("-")}
    extra = {"prime", "deputy", "vice", "foreign", "under", "former", "acting", "the"}
    return frozenset({*cores, *ROLE_CORES, *PORTFOLIO, *extra})


def _is_title(token: str, words: frozenset[str]) -> bool:
    """An office word, hyphenated ones too (``under-secretary``, ``vice-minister``)."""
    return token in words or ("-" in token and all(p in words for p in token.split("-") if p))


def name_key(name: str, title_words: frozenset[str] | None = None) -> str:
    """The form two spellings of one name share: no titles, initials, case or accents.

    ``Prime Minister Giorgia Meloni`` → ``giorgia meloni``; ``Donald J. Trump`` →
    ``donald trump``. A name made only of such words keeps its folded self.
    """
    words = title_words if title_words is not None else _title_words()
    tokens = fold(name).replace(",", " ").split()
    # Leading office words and honorifics, then initials anywhere but a lone token.
    i = 0
    while i < len(tokens) - 1 and (_is_title(tokens[i], words) or _HONORIFIC.match(tokens[i])):
        i += 1
    kept = [t for t in tokens[i:] if not _INITIAL.match(t)] or tokens[i:]
    return " ".join(kept) or fold(name).strip()


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person across the library.

    Attributes:
        key: a stable id for the person (their name key).
        name: the name shown: the fullest form the documents use most.
        aliases: every spelling merged into this person, as the documents wrote them.
        offices: the offices given with their quotes, most frequent first.
        quotes: how many quotes.
        briefings: in how many briefings.
        first: the earliest dated briefing; ``last`` the latest.
    """

    key: str
    name: str
    aliases: tuple[str, ...]
    offices: tuple[str, ...]
    quotes: int
    briefings: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True, slots=True)
class People:
    """The speakers of a set of quotes, and who said each quote."""

    speakers: tuple[Speaker, ...]
    #: (document path, quote id) → the key of the person who said it; empty when read
    #: back from a quote book, whose rows carry their person instead.
    said_by: dict[tuple[str, str], str]

    def get(self, key: str) -> Speaker | None:
        """The speaker with this key, if any."""
        return next((s for s in self.speakers if s.key == key), None)

    def keys_matching(self, text: str) -> set[str]:
        """The people whose name or any spelling contains ``text`` (case, accents ignored)."""
        needle = fold(text.strip())
        return {
            s.key
            for s in self.speakers
            if needle and any(needle in fold(n) for n in (s.name, *s.aliases))
        }


def _display(names: Counter[str], words: frozenset[str]) -> str:
    """The fullest name (titles aside), then the most used, then the shortest spelling."""
    return min(names, key=lambda n: (-len(name_key(n, words).split()), -names[n], len(n), n))


def group_speakers(rows: Iterable[QuoteRow], *, apart: Iterable[str] = ()) -> People:
    """Merge the speakers of ``rows`` into people (see the module's rules)."""
    words = _title_words()
    kept_apart = set(apart)
    rows = [r for r in rows if r.speaker]
    raw_key: dict[str, str] = {}
    for r in rows:
        name = r.speaker or ""
        if name not in raw_key:
            raw_key[name] = "=" + name if name in kept_apart else name_key(name, words)

    def single(k: str) -> bool:
        return " " not in k and not k.startswith("=")

    def full(k: str) -> bool:
        return " " in k and not k.startswith("=")

    # Rule 2: per briefing, a one-word key joins the one full key there that has the word.
    per_doc: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        per_doc[r.path].add(raw_key[r.speaker or ""])
    resolved: dict[tuple[str, str], str] = {}
    for path, keys in per_doc.items():
        fulls = [k for k in keys if full(k)]
        for k in filter(single, keys):
            hits = [f for f in fulls if k in f.split()]
            if len(hits) == 1:
                resolved[(path, k)] = hits[0]
    # Rule 3: still alone, a one-word key joins the one full key in the library with it.
    full_keys = {k for k in raw_key.values() if full(k)}
    library_hit: dict[str, str] = {}
    for k in {k for k in raw_key.values() if single(k)}:
        hits = [f for f in full_keys if k in f.split()]
        if len(hits) == 1:
            library_hit[k] = hits[0]

    said_by: dict[tuple[str, str], str] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    offices: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    days: dict[str, list[dt.date]] = defaultdict(list)
    for r in rows:
        k = raw_key[r.speaker or ""]
        key = resolved.get((r.path, k)) or library_hit.get(k, k)
        said_by[(r.path, r.quote_id)] = key
        names[key][r.speaker or ""] += 1
        if r.role:
            offices[key][r.role] += 1
        docs[key].add(r.path)
        if r.date:
            days[key].append(r.date)
    speakers = [
        Speaker(
            key=key,
            name=_display(names[key], words),
            aliases=tuple(sorted(names[key])),
            offices=tuple(o for o, _ in offices[key].most_common()),
            quotes=sum(names[key].values()),
            briefings=len(docs[key]),
            first=min(days[key]) if days[key] else None,
            last=max(days[key]) if days[key] else None,
        )
        for key in names
    ]
    speakers.sort(key=lambda s: (-s.quotes, s.name.casefold()))
    return People(tuple(speakers), said_by)
