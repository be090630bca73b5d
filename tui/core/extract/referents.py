"""The people met so far in a document, and how later references resolve to them."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.extract.lexicon import FEMALE, FEMALE_NAMES, MALE, MALE_NAMES


@dataclass(slots=True)
class Known:
    """A person met in the document: full name, first role learned, gender if known."""

    name: str
    tokens: tuple[str, ...]  # case-folded name words
    role: str | None
    gender: str | None
    seen: int  # when last mentioned: a pronoun or "the minister" means the latest fitting one
    subject: int = 0  # when last the subject of a sentence or a speaker: what he/she refers to
    epithet: str = ""  # a word that described the office and is not part of it ("chinois")


def gender_of(word: str | None) -> str | None:
    """``"m"``, ``"f"`` or ``None`` for a pronoun, honorific or gendered title."""
    if not word:
        return None
    w = word.casefold().rstrip(".")
    return "m" if w in MALE else "f" if w in FEMALE else None


def _given_name_gender(tokens: tuple[str, ...]) -> str | None:
    """``"f"`` for Lisa Okafor, ``"m"`` for Peter Oduya, ``None`` for a name that tells nothing."""
    if len(tokens) < 2:
        return None  # a surname alone tells nothing
    first = tokens[0]
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None


# Other ways a report names an office: "the premier" is the prime minister, "the Russian
# leader" the president or prime minister named before.
_ROLE_SYNONYMS = {
    "premier": ("prime minister", "premier"),
    "pm": ("prime minister", "pm"),
    "leader": ("president", "prime minister", "premier", "chancellor", "leader", "king"),
    "head of state": ("president", "king", "queen", "emir", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor"),
    "top diplomat": ("foreign minister", "secretary of state", "foreign secretary", "diplomat"),
    "diplomat": ("foreign minister", "secretary of state", "foreign secretary", "diplomat"),
    "foreign secretary": ("foreign secretary", "foreign minister"),
}


def _refines(old: str, new: str) -> bool:
    """Whether ``new`` is a fuller form of ``old`` (``Minister`` → ``Minister of Energy``)."""
    old_words, new_words = old.casefold().split(), new.casefold().split()
    return len(new_words) > len(old_words) and all(w in new_words for w in old_words)


_SUFFIXES = frozenset(("jr.", "sr.", "jr", "sr"))
# abbreviated titles that are offices or ranks ("Sen. Lisa Okafor" is a senator)
_OFFICE_OF = {
    "gov": "Governor",
    "sen": "Senator",
    "rep": "Representative",
    "sgt": "Sergeant",
    "lt": "Lieutenant",
    "capt": "Captain",
    "col": "Colonel",
    "det": "Detective",
    "insp": "Inspector",
    "supt": "Superintendent",
    "cllr": "Councillor",
    "gen": "General",
    "maj": "Major",
    "adm": "Admiral",
    "brig": "Brigadier",
    "cmdr": "Commander",
    "atty": "Attorney",
    "amb": "Ambassador",
}


class Registry:
    """Resolves names, surnames, pronouns and role nouns to the people already met."""

    def __init__(self) -> None:
        self.people: list[Known] = []
        self._index: dict[tuple[str, ...], list[Known]] = {}
        self.words: set[str] = set()  # every case-folded word of a known name
        self._clock = 0
        # Names seen but not yet known as people ("Lou Holtz and Mark May are paid …"), by
        # each of their words: a later "Holtz said" is Lou Holtz.
        self._candidates: dict[str, tuple[str, ...]] = {}
        self._maybe: tuple[tuple[str, ...], int] | None = None  # a subject not yet a person
        self._maybe_age = 0

    def note(self, names: tuple[str, ...] | list[str]) -> None:
        """Remember a name that may be a person's, so a later surname alone resolves to it."""
        names = tuple(names)
        for w in names:
            if len(w) > 1 and not w.endswith("."):
                folded = w.casefold()
                self._candidates[folded] = names
                self.words.add(folded)

    def candidate(self, word: str) -> tuple[str, ...] | None:
        """The latest name noted that holds ``word`` (case-folded), if any."""
        return self._candidates.get(word)

    def maybe_subject(self, names: tuple[str, ...]) -> None:
        """A name, not yet known as a person's, that stood as a sentence's subject."""
        self._maybe = (names, self._clock)
        self._maybe_age = 0

    def next_paragraph(self) -> None:
        """Another paragraph begins: a subject not taken up within two paragraphs is dropped."""
        self._maybe_age += 1
        if self._maybe_age > 1:
            self._maybe = None

    def subject(self, person: Known) -> Known:
        """Mark ``person`` as the latest subject (or speaker): he/she now means them."""
        self.touch(person)
        person.subject = self._clock
        return person

    def touch(self, person: Known) -> Known:
        """Mark ``person`` as the latest mentioned."""
        self._clock += 1
        person.seen = self._clock
        return person

    def _add_keys(self, person: Known) -> None:
        toks = person.tokens
        self.words.update(toks)
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if j - i == 1 and (len(toks[i]) < 2 or toks[i] in _SUFFIXES):
                    continue  # (an initial, or "Jr.": no one goes by these alone)
                bucket = self._index.setdefault(toks[i:j], [])
                if person not in bucket:
                    bucket.append(person)

    def lookup(self, tokens: tuple[str, ...]) -> Known | None:
        """The latest-mentioned person whose name contains these words in a row."""
        bucket = self._index.get(tokens)
        if not bucket:
            return None
        if len(bucket) == 1:  # the usual case: one person goes by these words
            return bucket[0]
        return max(bucket, key=lambda p: p.seen)

    def define(
        self, words: tuple[str, ...] | list[str], role: str | None, honorific: str | None = None
    ) -> Known:
        """The person named ``words`` (met before or new); learns the role if none was known."""
        key = tuple([w.casefold() for w in words])
        person = self.lookup(key)
        if person is None:
            for known in self.people:
                n = len(known.tokens)
                if known.tokens in [key[i : i + n] for i in range(len(key) - n + 1)]:
                    known.name, known.tokens = " ".join(words), key
                    person = known
                    break
            else:
                person = Known(" ".join(words), key, role, None, 0)
                self.people.append(person)
            self._add_keys(person)
        if role is None and person.role is None and honorific:
            # "Gov. Ana Ruiz": the abbreviation is her office, for a later "the governor"
            role = _OFFICE_OF.get(honorific.rstrip(".").casefold())
        if role and (person.role is None or (role != person.role and _refines(person.role, role))):
            person.role = role
        if person.gender is None:
            person.gender = (
                gender_of(honorific)
                or gender_of((role or "").split(" ")[-1])
                or _given_name_gender(person.tokens)
            )
        return self.touch(person)

    def latest_with_role(self, exclude: tuple[str, ...] = ()) -> Known | None:
        """The latest-mentioned person with a known role, other than the one named ``exclude``."""
        key = tuple(w.casefold() for w in exclude)
        best: Known | None = None
        for person in self.people:
            if person.role and person.tokens != key and (best is None or person.seen > best.seen):
                best = person
        return best

    def latest_subject_or_official(self) -> Known | None:
        """The person who was a subject (or speaker) last, else the one with a known role
        mentioned last."""
        best: Known | None = None
        for person in self.people:
            if person.subject and (best is None or person.subject > best.subject):
                best = person
        return best or self.latest_with_role()

    def by_pronoun(
        self, pronoun: str, subject: bool = False, exclude: Known | None = None
    ) -> Known | None:
        """The latest subject a ``he``/``she``/``his``/``her`` can refer to.

        ``subject``: the pronoun is ``he``/``she``, which may also make a person of a name that
        stood as the last subject (``Dana Whitfield praised … She said``). ``exclude``: a person
        the pronoun cannot be (the subject of its own clause, for an object ``him``/``her``)."""
        gender = gender_of(pronoun)
        best: Known | None = None
        # the latest subject or speaker who fits; a person only named since (an object, a
        # possessive, a host) is not whom "he said" means
        for person in self.people:
            if person is exclude:
                continue
            if person.gender in (None, gender) and (
                best is None or (person.subject, person.seen) > (best.subject, best.seen)
            ):
                best = person
        maybe = self._maybe
        if (
            subject
            and maybe is not None
            and (best is None or maybe[1] >= max(best.subject, best.seen))
            and (
                gender is None
                or _given_name_gender(tuple(w.casefold() for w in maybe[0])) in (None, gender)
            )
        ):
            # "Coach Dana Whitfield praised her players. She …": that subject was a person
            self._maybe = None
            best = self.define(maybe[0], None)
        if best is not None:
            if best.gender is None:
                best.gender = gender
            self.touch(best)
        return best

    def topic_without_role(self) -> Known | None:
        """The latest subject, if no role is known for them (else ``None``)."""
        best = max(self.people, key=lambda p: (p.subject, p.seen), default=None)
        if best is None or best.subject == 0 or best.role is not None:
            return None
        return self.touch(best)

    def by_role(self, noun: str) -> Known | None:
        """The latest-mentioned person whose role contains ``the minister``'s words."""
        words = noun.split()
        needs: list[list[str]] = [words, words[-1:]]
        for key in (noun, " ".join(words[-2:]), words[-1]):
            if key in _ROLE_SYNONYMS:
                needs.extend(w.split() for w in _ROLE_SYNONYMS[key])
                break
        for need in needs:
            best: Known | None = None
            for person in self.people:
                role = f" {person.role.casefold()} " if person.role else ""
                if all(f" {w} " in role for w in need) and (
                    best is None or person.seen > best.seen
                ):
                    best = person
            if best is not None:
                return self.touch(best)
        return None
