"""Quotes with their speakers, facts and people, mined from paragraphs in document order.

How a quote gets its speaker (within its sentence, quotations blanked out first):

1. After the quote: ``"…," Adeyemi told reporters``, ``"…," said Foreign Minister Beltrán``,
   ``"…," the minister said``, ``'…', according to Meloni``, ``"…" — that was how Haddad
   put it``.
2. Before it: the last person mentioned before the quote who is followed by a speech verb
   (``President Lee Jae Myung stated that '…'``, ``He also highlighted '…'``, ``which Prime
   Minister Meloni noted poses '…'``, ``Correa told reporters: "…"``).
   Form 1 is tried first when the quote ends on ``,``/``?``/``!`` (the usual shape of a quote
   attributed after it), form 2 first otherwise.
3. A quote without a speaker takes the one of another quote in its sentence (a split quote),
   or, if it opens its sentence, the speaker of the previous sentence's quote.

Surnames, pronouns and role nouns resolve through :class:`~tui.core.extract.referents.Registry`. A
quote of fewer than three words is kept only when a speaker is named for it in its sentence,
so scare quotes (``so-called "reset"``) are not quotes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tui.core.extract.cjk import (
    KO_TERM_MARKS,
    UNNAMED,
    bare_names,
    reported,
    reported_then,
    said_by,
    subjects,
)
from tui.core.extract.facts import fact_starts, find_facts
from tui.core.extract.languages import (
    ARTICLES_BEFORE,
    COUNTERPARTS,
    OBJECT_BEFORE,
    OFFICIALS,
    PORTFOLIOS,
    UNNAMED_SOURCES,
    Lexicon,
    feminine_office,
    lexicon,
    masculine_office,
    plain_office,
    thing_subject,
)
from tui.core.extract.lexicon import (
    ADVERBS,
    HONORIFICS,
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    ROLE_CORES,
    SPEECH_VERBS,
    UPPER,
)
from tui.core.extract.mentions import find_mentions
from tui.core.extract.names import Mention, is_described, is_who, plausible_name, split_seq
from tui.core.extract.quotes import find_quotes, quote_text, split_sentences
from tui.core.extract.referents import Known, Registry, gender_of
from tui.core.extract.titles import by_first_letter
from tui.core.extract.tokens import scan
from tui.core.ids import IdMaker
from tui.core.model import Fact, Person, Quote

# grouped by first letter: the regex engine rejects a word on its first letter once
_VERBS = by_first_letter(SPEECH_VERBS)
_ADVERBS = "|".join(ADVERBS)
# "Hana Ito of Kyoto University said": where the speaker works, between name and verb
_OF_PLACE = rf"(?:[ \u00a0](?:of|from|at)[ \u00a0](?:the[ \u00a0])?[{UPPER}][\w'’-]*(?:[ \u00a0][{UPPER}][\w'’-]*){{0,4}})?"
# ", Moi said": after a comma, a capitalised name straight before the verb is that verb's own
# subject (a new clause), not an aside about the name before the comma
_CAP_SUBJECT = (
    rf"[ \u00a0]+[{UPPER}][\w'’-]*(?:[ \u00a0][{UPPER}][\w'’-]*){{0,2}}[ \u00a0]+(?:{_VERBS})\b"
)
_VERB_AFTER = re.compile(
    rf"{_OF_PLACE}(?:[ \u00a0]\([^()]{{1,40}}\))?"
    # "Moe, 52, who …, said", "Sen. Ida Ross, D-Ore., said": an age or a party and state first
    rf"(?:,[ \u00a0](?:\d{{1,3}}|[DRI]-[A-Z][A-Za-z.]*(?:[ \u00a0][A-Z][A-Za-z.]*)?)(?=,))?"
    rf"(?:,(?!{_CAP_SUBJECT})[^,.;:!?]{{1,120}}?"
    rf"(?:,|(?=[ \u00a0](?:{_VERBS})\b))"
    rf"|[ \u00a0][-–—][ \u00a0][^-–—.;:!?]{{1,100}}[ \u00a0][-–—])?"
    rf"[ \u00a0,]*(?:on [A-Z][a-z]+day[ ,]+)?"
    # "Dana Kerr was quoted as saying"
    rf"(?:(?:was|were|is|has[ \u00a0]been)[ \u00a0]+quoted[ \u00a0]+as[ \u00a0]+)?"
    rf"(?:(?:{_ADVERBS}|[a-z]+ly)[ \u00a0]+){{0,3}}(?:{_VERBS})\b"
)
# "…," said chief inspector Jane Doe / "…," Pakistan-based developer Ali Khan wrote: words
# between the quote and the speaker that describe the speaker, with no clause break
_DESCRIBED = re.compile(
    rf"[ \u00a0,;:—–-]*(?:(?:{_VERBS})[ \u00a0]+)?(?:[\w'’.-]+[ \u00a0]+){{0,6}}$"
    # '"…," said the company's lawyer, Dana Kerr' / 'said a man who ran out, Dana Kerr'
    rf"|[ \u00a0,;:—–-]*(?:{_VERBS})[ \u00a0]+(?:the|a|an|one|another)[ \u00a0]+"
    rf"(?:[\w'’.-]+[ \u00a0]+){{0,7}}[\w'’.-]+,[ \u00a0]+$"
)
_PARTICIPLES = "saying|adding|noting|warning|arguing|insisting|complaining|writing|telling"
_SAYING = re.compile(rf"(?:,|\band)[ \u00a0]+(?:{_PARTICIPLES})[,:]?[ \u00a0]*$")
_SAYING_THAT = re.compile(
    rf"(?:,[ \u00a0]+|[ \u00a0])(?:{_PARTICIPLES})[ \u00a0]+(?:that[ \u00a0]+)?[^,;:]{{1,120}}$"
)
# "… rejected the talks but added '…'": the verb's subject is the sentence's
_AND_SAID = re.compile(
    rf"\b(?:and|but)[ \u00a0]+(?:also[ \u00a0]+)?(?:{_VERBS})(?:[ \u00a0]+that)?[ \u00a0,:]*$"
)
# what follows a quote that has its own attribution, even one to no person ("said the release")
_OWN_ATTRIBUTION = re.compile(
    rf"[ \u00a0,]*(?:(?:{_VERBS})\b|(?:the|a|an|its|his|her|one|some|two|three)"
    rf"(?:[ \u00a0]+[\w'’.-]+){{1,5}}[ \u00a0]+(?:{_VERBS})\b"
    # "…," Okafor told the paper: a name, even one not known as a person's
    rf"|[{UPPER}][\w'’.-]*(?:[ \u00a0][{UPPER}][\w'’.-]*){{0,3}}[ \u00a0]+(?:{_VERBS})\b"
    # "…," aides said / senior officials told reporters: people left unnamed
    rf"|(?!(?:he|she|they|we|i|it)\b)(?:[a-z]+[ \u00a0]){{0,2}}[a-z]+s[ \u00a0]+(?:{_VERBS})\b"
    # "…?" a woman stood at the lectern: someone else, unnamed, comes on
    rf"|(?:a|an|another|one)[ \u00a0]+[a-z]+[ \u00a0]+[a-z]+)"
)
# a person after one of these words is an object, a host or an owner, not who speaks:
# "a spokesman for Mr Johnson said", "he told Smith"
_OBJECT_BEFORE = frozenset(
    {"for", "of", "to", "with", "by", "from", "about", "against", "on", "at", "into"}
    | {"toward", "towards", "than", "between", "among", "told"}
)
_VERB_THEN = re.compile(
    rf"(?:{_VERBS})[ \u00a0]+(?:(?:{_ADVERBS})[ \u00a0]+)?(?:(?:{HONORIFICS})\.?[ \u00a0]+)?"
)
# a sentence opening on a speech verb: "Added …", "Said …"
_VERB_OPENS = re.compile(
    r"(?:"
    + "|".join(v.capitalize() for v in SPEECH_VERBS if v.endswith("ed") or v == "said")
    + r")[ \u00a0]+"
)
_THEN_QUOTE = re.compile(r"[ \u00a0]*(?:\([^()]{1,40}\))?[ \u00a0]*[,:][ \u00a0]*")
# '"…," Vogel said.': a capitalised word alone, then a speech verb, ending the clause
_LONE_SAID = re.compile(
    rf"([{UPPER}][a-z][\w'’-]*)[ \u00a0]+(?:(?:also|later|then|again)[ \u00a0]+)?"
    r"(?:said|says|added|adds|told|wrote|writes|asked|noted|explained|recalled)\b"
    r"(?=[ \u00a0]*[,.;:]|[ \u00a0]+(?:[a-z]+ly|when|as|after|before|while|during|in|at|on|from)\b)"
)
# (its age after it, or the sentence's end: "said Porto, the second city" is a place)
_LONE_AFTER = re.compile(
    rf"([{UPPER}][a-z][\w'’-]*)(?=[ \u00a0]*(?:,[ \u00a0]*\d{{1,3}}\b|[.;]|$))"
)
_NOT_SPEAKERS = NOT_NAMES | ORG_WORDS
# '"…," said another man' / '"…," a woman said': words of someone left unnamed
_SAID_ANONYMOUS = re.compile(
    rf"[ \u00a0,]*(?:(?:{_VERBS})[ \u00a0]+(?:a|an|another|one)[ \u00a0]+[a-z]+"
    rf"|(?:a|an|another|one)[ \u00a0]+[a-z]+[ \u00a0]+(?:{_VERBS}))\b"
)
_A_STATEMENT_BY = re.compile(
    r"(?:the|a)[ \u00a0]+(?:statement|letter|message)[ \u00a0]+(?:by|from)[ \u00a0]+"
)
# "Mayor Hodges released a statement on Sunday." / a paragraph of quotation below: hers
_STATEMENT_AFTER = re.compile(
    rf",?[ \u00a0]+(?:(?:{_ADVERBS})[ \u00a0]+)?(?:released|issued|put[ \u00a0]out|posted|sent|read)"
    rf"[ \u00a0]+(?:a|an|the|this)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?"
    rf"(?:statement|message|letter|note|post|tweet)s?\b"
)
# "Ms Kerr was speaking at a news conference …": the words quoted next are hers
_SPEAKING_AFTER = re.compile(
    r",?[ \u00a0]+(?:was|is|had[ \u00a0]been|has[ \u00a0]been)[ \u00a0]+(?:speaking|addressing)\b"
)
# a person's name alone on a line, perhaps with the body they speak for: "Ana Lima (Green
# Alliance)", "Tomas Berg, Chamber of Industry"
_NAME_LINE = re.compile(
    rf"^(?P<name>[{UPPER}][\w'’-]+(?:[ \u00a0][{UPPER}][\w'’-]+){{1,3}})[ \u00a0]*"
    rf"(?:\([^()\n]{{2,60}}\)|,[^.!?\n]{{2,60}}|[-–—][^.!?\n]{{2,60}})?[ \u00a0]*:?$"
)
_PUNCT = re.compile(r"[,.;:!?()]")
_STOP_PUNCT = re.compile(r"[.;:!?]")
#: "the House of Representatives", "Kenya's": capitalised words of a body before an office
_BODY_LEAD = re.compile(
    rf"(?:the[ \u00a0]+)?[{UPPER}][\w'’.-]*(?:[ \u00a0]+(?:of|for|and|&|the|[{UPPER}][\w'’.-]*))*"
    r"(?:[ \u00a0]+[a-z][\w-]*){0,2}"  # "the Red Cross regional (director)"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_A_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_POST_LEAD = re.compile(r"[ \u00a0,;:—–’-]*")  # (’: the second of a doubled closing mark)
# "Selon lui", "Según ella", "Secondo lui", "Laut ihr", "Segundo ele": the pronoun after
# "according to" (each word's English counterpart, for the registry)
_STRESSED_GENDER = {
    **dict.fromkeys(("lui", "él", "ihm", "ele"), "he"),
    **dict.fromkeys(("elle", "ella", "lei", "ihr", "ela"), "she"),
}
_STRESSED = re.compile(r"(?i:lui|elle|él|ella|lei|ihm|ihr|ele|ela)(?![\w'’-])")
_CLOSING_TAIL = re.compile(r"[^\s\"”»“'’][\"”»“'’]+(?=[\s.,;:]|$)")
# an office's portfolio in capitals before the name: "ministra de Transición Ecológica, Sara
# Aagesen" (the role pattern stops at "Ecológica"; the full name after the comma is the person)
_APPOSED_NAME = re.compile(
    # (an adjective of the office may come first: "Ministro de Relaciones Exteriores
    # chileno, Alfredo Ruiz")
    rf"(?:[ \u00a0][a-zß-öø-ÿ]{{3,}})?,[ \u00a0]*([{UPPER}][\w'’-]+(?:[ \u00a0](?:(?:{PARTICLES})[ \u00a0]){{0,2}}[{UPPER}][\w'’-]+){{1,3}})"
)
_ACCORDING = re.compile(r"according to[ \u00a0]+")
_CAPITALISED_RUN = re.compile(
    rf"[{UPPER}][\w'’-]+(?:[ \u00a0](?:(?:{PARTICLES})[ \u00a0])?[{UPPER}][\w'’-]+)*"
)
_OPENER = re.compile(r"[^\W\d_][^\W\d_A-Z]{1,12},(?=[ \u00a0])")
_NAME_COMMA = re.compile(rf"[{UPPER}][\w'’-]+,[ \u00a0]*$")
_HOW = re.compile(r"(?:[Tt]hat|[Tt]his|which)[ \u00a0]+(?:was|is)[ \u00a0]+how[ \u00a0]+")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
# a clause that ends on ", said" right before the name: the words after the quote go on a
# little, then the speaker is named
_INVERTED_END = re.compile(r",[ \u00a0](?:said|says|added|adds|wrote|noted)[ \u00a0]+$")
# two apostrophes opening a quotation (some wires' typewriter style for a double mark)
_TWO_APOSTROPHES = re.compile(r"(?:^|(?<=[\s(\[]))''(?=[^\W_])")

# a resolved mention: start, end, person (or None), a candidate name, usable as a subject
_Ref = tuple[int, int, Known | None, tuple[str, ...], bool]


_HONORIFIC_SET = frozenset(HONORIFICS.split("|"))
# words that, last before a name, describe the person it names ("civil rights attorney X")
_DESCRIBING = (
    "attorney lawyer activist candidate resident student teacher owner founder expert "
    "organizer organiser doctor nurse worker farmer official member veteran author "
    "historian scientist manager partner strategist consultant pollster witness survivor "
    "neighbor neighbour mother father parent nominee challenger incumbent clerk deputy "
    "trustee inspector detective agent pilot engineer lecturer principal player teammate "
    "rookie defenseman defender forward guard goalie goalkeeper striker midfielder quarterback "
    "pitcher winger"
)
_DESCRIPTORS = frozenset(ROLE_CORES) | frozenset(_DESCRIBING.split())
# capitalised words a run may open on before a name: what the person is ("Resident", "City")
_LEADING_WORDS = _DESCRIPTORS | frozenset(
    ("city", "county", "state", "former", "acting", "deputy", "assistant", "senior", "interim")
)
# "her" as an object ("calling her …", "told her that"), not an owner ("her office")
_OBJECT_HER = re.compile(
    r"[ \u00a0]*(?:[,.;:!?)]|$|[ \u00a0]{2}|(?:that|to|a|an|the|as|for|in|on|at|with|of|and|but"
    r"|off|out|up|back|about|into|from|over|if|how|what|why|when)\b)"
)

# offices one person holds, which a report names in place of that person ("the governor")
_TOP_OFFICES = frozenset(
    ("president", "prime minister", "premier", "chancellor", "governor", "mayor", "king", "queen")
)

_PREPOSITIONS = (" to ", " for ", " of ", " in ", " at ", " on ")
# "… ambassador to", "the envoy for": an office whose country or body comes next, then a name
_OFFICE_FOR = re.compile(
    r"\b(?:"
    + "|".join(sorted(ROLE_CORES, key=len, reverse=True))
    + r")s?[ \u00a0]+(?:to|for|of|in|at|on)[ \u00a0]+$",
    re.IGNORECASE,
)

_LISTED = re.compile(r"[ \u00a0]*(?:,|;|and|or)?[ \u00a0]*(?:and|or)?[ \u00a0]*")

_LINK_WORDS = frozenset(("and", "of", "the", "for", "on", "in", "to", "a", "&"))


def _not_a_quote(words: str, links: frozenset[str] = _LINK_WORDS) -> bool:
    """A scare quote (``"reset"``) or a name in quotes (``the 'Belt and Road' plan``)."""
    found = _WORD.findall(words)
    if len(found) < 3:
        return True
    longest = 6 if links is _LINK_WORDS else 10  # (other languages name things at length)
    return len(found) <= longest and all(w[0].isupper() or w in links for w in found)


def _named_thing(words: str, links: frozenset[str], masked: str, start: int) -> bool:
    """A name in quotes as the object of a noun or an article (``la conférence “Choose Europe
    for Science”``, ``des „Redaktionsnetzwerks Deutschland“``): every word capitalised."""
    found = _WORD.findall(words)
    if not 2 <= len(found) <= 6 or words[-1:] in ".!?…,":
        return False
    before = masked[max(0, start - 30) : start].rstrip()
    if before.rsplit(None, 1)[-1:] and before.rsplit(None, 1)[-1].casefold() in _INDEFINITE:
        return False  # "sprach von einem „Meilenstein für Europa“": a phrase, not a title
    return (
        before[-1:].isalpha()
        and before[-1:].islower()
        and all(w[0].isupper() or w.casefold() in links for w in found)
    )


#: Indefinite articles: what follows is a description (German capitalises its nouns), while
#: a newspaper or a programme takes the definite one ("dem „Kurier Deutschland“")
#: Someone left unnamed, as the subject of a quotation's sentence.
_SOMEONE = re.compile(r"(?<![\w'’])(?i:qualcuno|alguien|quelqu['’]un|jemand|alguém)(?!\w)")
_INDEFINITE = frozenset(
    str.split("ein eine einen einem einer eines un une uno una unos unas um uma")
)


def _few_words_between(between: str) -> bool:
    """Nothing but punctuation, or at most two lower-case words (``damit``, ``als``, ``ayer``),
    between a subject after its speech verb and the quotation."""
    words = between.strip(" :,\u00a0").split()
    return len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)


def _unnamed_after(lex: Lexicon, masked: str, at: int) -> bool:
    """``„…“, so ein Sprecher``, ``« … », a déclaré un diplomate``: the quote's own
    attribution, to someone left unnamed."""
    lead = _POST_LEAD.match(masked, at)
    m = lex.verb_then.match(masked, lead.end() if lead else at)
    if m is None:
        return False
    word = masked[m.end() : m.end() + 8].split(None, 1)
    return bool(word) and word[0].casefold() in _INDEFINITE


#: nouns naming what a title in quotes is the title of: "a conferência «Mar e Terra:
#: uma parceria»", "el lema «Juntos por el agua»", "das Motto „Wir für alle“"
_NAMING_NOUNS = frozenset(
    str.split(
        "tema lema título conferência seminário fórum cimeira livro filme programa campanha "
        "projeto projecto iniciativa slogan intitulado intitulada denominado denominada "
        "conferencia seminario foro cumbre libro película campaña proyecto titulado titulada "
        "titolo conferenza vertice film programma campagna progetto iniziativa intitolato "
        "intitolata denominato denominata thème titre conférence séminaire sommet livre "
        "programme campagne projet intitulé intitulée baptisé baptisée motto titel konferenz "
        "gipfel buch projekt initiative kampagne"
    )
)


def _titled_thing(words: str, masked: str, start: int) -> bool:
    """A title in quotes after the noun it names (``o seminário «Mar e Terra: uma
    parceria»``): capitalised, no sentence's end, a naming noun among the three words before."""
    if not words[:1].isupper() or words.rstrip()[-1:] in ".!?…" or len(words.split()) > 14:
        return False
    before = masked[max(0, start - 40) : start].casefold().split()[-3:]
    for k, w in enumerate(before):
        # (the noun, then at most an article or a preposition, nothing set off by a comma:
        # "Sobre o tema, «Não vamos recuar», disse" is someone's words)
        if w in _NAMING_NOUNS and not any(c in " ".join(before[k:]) for c in ",:;"):
            return True
    return False


def _scare_quote(words: str) -> bool:
    """One or two words that are not a sentence of their own (``the word 'failed,'``).

    ``"Apparently so."``, ``"act within days."`` stand as said; ``'nature'`` is a term."""
    if words.count(" ") > 1 or len(_WORD.findall(words)) > 2:
        return False
    return words[-1:] not in ".!?…" and not (words[:1].isupper() and words.endswith(","))


def _ref_at(starts: dict[int, _Ref], masked: str, p: int) -> _Ref | None:
    """The reference starting at ``p``, or after up to three capitalised words there.

    Those words are a nationality or a body the title leaves out: ``"…," Canadian Trade
    Minister Paul Tremblay said``, ``said New Zealand Foreign Minister …``, ``said EU …``.
    """
    ref = starts.get(p)
    for _ in range(3):
        if ref is not None or not masked[p : p + 1].isupper():
            return ref
        q = masked.find(" ", p, p + 30)
        if q < 0:
            return None
        p = q + 1
        ref = starts.get(p)
    return ref


def _opens_on(pattern: re.Pattern[str], masked: str, s: int, e: int) -> bool:
    """Whether the sentence ``s:e`` opens on what ``pattern`` matches, its first word tried
    alone (a quotation blanked out at its start is never tried space by space)."""
    p = e - len(masked[s:e].lstrip())
    if p < e and masked[p].isalpha() and pattern.match(masked, p) is not None:
        return True
    # "Luego, explicó que …", "Poi, ha aggiunto …": one word and a comma before the verb
    opener = _OPENER.match(masked, p, e)
    return opener is not None and pattern.match(masked, opener.end()) is not None


def _typewriter_spans(text: str) -> list[tuple[int, int]]:
    """Quotes between two apostrophes typed for a double mark (``''…,'' he said``), found
    as if each pair were ``"`` and given back in the paragraph's own positions (an opening
    at the pair's second apostrophe, a closing at its first), so the words stay verbatim."""
    copy: list[str] = []
    pos: list[int] = []  # where each character of the copy stands in the text
    pair: list[bool] = []
    i, n = 0, len(text)
    while i < n:
        two = text.startswith("''", i)
        copy.append('"' if two else text[i])
        pos.append(i)
        pair.append(two)
        i += 2 if two else 1
    pos.append(n)
    pair.append(False)
    joined = "".join(copy)
    marks = scan(joined).marks
    return [
        (pos[a] + pair[a], pos[b] if b < len(joined) else n)
        for a, b in (find_quotes(joined, marks) if marks else [])
    ]


def _marks(text: str, span: tuple[int, int]) -> str:
    """The opening and closing marks of the quote at ``span`` (one, if it runs on)."""
    return text[span[0]] + (text[span[1]] if span[1] < len(text) else "")


_COMMA = re.compile(r",[ \u00a0]*")
#: News agencies a name may follow ("disse à Lusa Maria dos Santos"): never part of it
_AGENCY_WORDS = frozenset(["afp", "aps", "reuters", "lusa", "dpa", "efe", "ansa", "apa", "agi"])


def _role_words(person: Known) -> list[str]:
    """The words of a person's office and of what described it, hyphenated parts apart."""
    words = f"{person.role or ''} {person.epithet}".casefold().split()
    return words + [part for w in words if "-" in w for part in w.split("-")]


#: a preposition joined to an article ("de la", "del", "della", "des"): a name after it is
#: an owner or a body ("un funcionario de la Secretaría", "ein Sprecher des Auswärtigen Amts")
_OF_THE = re.compile(
    r"(?<![\w'’-])(?i:de[ \u00a0]+la|de[ \u00a0]+los|de[ \u00a0]+las|de[ \u00a0]+l['’]|del|du|des"
    r"|della|dello|delle|dei|degli|dell['’])[ \u00a0]*\Z"
)


#: an office ending on another one after "of the": "asesor del ministro", "portavoce del
#: sindaco" (the name after it is the second office's holder)
_INNER_OFFICE = re.compile(
    r"[ \u00a0](?i:del|della|dello|de[ \u00a0]+la|du|de[ \u00a0]+l['’]|des|do|da)[ \u00a0]+"
    r"(?P<office>[^\W\d_]+)$"
)


#: the article before an office tells the holder's gender: "la ministre", "der Minister"
_ARTICLE_GENDER = {
    **dict.fromkeys(("la", "die"), "f"),
    **dict.fromkeys(("le", "el", "il", "lo", "der"), "m"),
}
_ZUFOLGE = re.compile(r"[ \u00a0]+zufolge\b")
#: First words of a building's or a body's name: never a person ("Palácio do Planalto")
_BODY_HEADS = frozenset(
    str.split(
        "palácio palacio palais palast palazzo ministério ministère ministerium casa câmara chambre "
        "assembleia assemblée conselho conseil senado sénat tribunal banco banque universidade "
        "université universität hospital hôpital igreja église estádio stade avenida avenue rua "
        "rue praça aeroporto aéroport flughafen hotel hôtel comissão commission kommission "
        "agência agence agentur instituto institut fundação fondation stiftung partido parti "
        "partei governo gouvernement regierung república république republik exército armée "
        "polícia police polizei supremo cour"
    )
)


def _sentence_start(masked: str, p: int) -> bool:
    """Whether only spaces and closing marks stand between ``p`` and a sentence's end."""
    head = masked[max(0, p - 12) : p].rstrip(" \u00a0\"'’”»“")
    return (not head and p <= 12) or head[-1:] in (".", "!", "?")


def _verb_just_before(
    lex: Lexicon, masked: str, start: int, end: int, adjective: bool = False
) -> re.Match[str] | None:
    """A speech verb ending right before ``end`` (``sagte die``, ``dijo el``; with
    ``adjective``, one lower-case word more: ``sagte die deutsche``), tried only where the
    last few words start."""
    window = masked[start:end]
    ends = [end]
    if adjective:
        last = window.rstrip().rsplit(None, 1)[-1] if window.strip() else ""
        if last.isalpha() and last.islower():
            ends.append(start + window.rstrip().rfind(last))
    for stop in ends:
        pos = stop
        for _ in range(5):
            pos = masked.rfind(" ", start, pos - 1)
            if pos < start:
                if start == 0 and (m := lex.verb_before.match(masked, 0, stop)) is not None:
                    return m  # the paragraph opens on the verb
                break
            m = lex.verb_before.match(masked, pos + 1, stop)
            if m is not None:
                return m
    return None


# German capitalises every noun: a run with a word of a noun's ending (Beziehungen,
# Regierung, Sicherheit, Gesellschaft, Nation) or an article not after "von"/"van" is no name
_GERMAN_NOUNS = re.compile(
    r"\w(?:ungen|ung|heit|keit|schaft|tion|ität|ismus|nisse?|amt|ium|halt)(?![\w'’-])"
    r"|(?i:agentur|zeitung|magazin|kommuniqu[eé])(?![\w'’-])"  # ("der Deutschen Presse-Agentur")
    # (a possessive or a demonstrative opens a noun's phrase: "Seinen USA-Aufenthalt")
    r"|^(?:Sein|Ihr|Unser|Dies|Jed|Kein)(?:e|er|en|em|es)?[ \u00a0]"
    r"|(?<!\bvon)(?<!\bvan)[ \u00a0](?:den|dem|die|das|des)[ \u00a0]"
)
_LONE_NAME = re.compile(rf"[{UPPER}][\w'’-]+(?=[ \u00a0]*(?:[.,;:!?(]|$)|[ \u00a0]+[a-zß-öø-ÿ])")


#: a relative clause, whose subject is its own: ", der sagte", ", que afirmó"
_RELATIVE = re.compile(
    r",[ \u00a0]*(?:der|die|das|welche[rs]?|que|qui|lequel|laquelle|che|cui|il[ \u00a0]+quale"
    r"|la[ \u00a0]+quale|quien|quienes|quem|o[ \u00a0]+qual|a[ \u00a0]+qual)(?![\w'’-])"
)
#: languages that leave a subject pronoun out ("Destacó que …", "Ha aggiunto che …")
_PRO_DROP = frozenset(("es", "it", "pt"))
#: a second verb of the same subject: "…, betonte aber", "…, mas afirmou", "… e disse"
_COORDINATED = re.compile(
    r"(?:,|(?<![\w-])(?:mas|pero|ma|aber|und|mais|et|e|y|sondern|sino|bensì|doch|jedoch))[ \u00a0]+$"
)
#: a link to another report, its headline after the label ("Lea aquí: “…”: …")
_READ_ALSO = re.compile(
    r"(?:Lea|Lee|Leia|Leggi|Lesen Sie|Lire|Read|Ver|Veja|Vea|Mira|Voir|See)[ \u00a0]+"
    r"(?:aquí|también|tambien|também|anche|auch|aussi|also|more|más|mais)?[ \u00a0]*"
    r"(?::|[ \u00a0]*[-–—>»])"
)
_READ_ALSO_FIRST = frozenset("LRVMS")


def _office_key(words: str) -> str:
    """An office's words compared across mentions: ``Ministro de Pesca`` = ``ministro de pesca``."""
    return " ".join(words.casefold().split())


#: a lower-case word right after a name: its verb ("Ana Lema falava", not "Nord Corea,")
_VERB_NEXT = re.compile(r"[ \u00a0]+[a-zß-öø-ÿ]")


def _lone_subject_lead(lex: Lexicon, masked: str, start: int) -> bool:
    """Whether only a sentence's start, or one adverb after it, stands before ``start``
    (``Auch Birk sagte``, ``Birk sagte``; not ``die Regierung sagte``, an article's noun)."""
    before = masked[max(0, start - 30) : start]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(": "))
    words = (before[cut + 2 :] if cut >= 0 else before if start <= 30 else "").split()
    if cut < 0 and start > 30:
        return False
    return not words or (
        len(words) == 1 and words[0].casefold() in _LONE_LEADS and words[0][:1].isupper()
    )


#: adverbs that may open a sentence before its subject ("Auch Birk sagte", "También Ruiz dijo")
_LONE_LEADS = frozenset(
    str.split("auch zudem dann später também depois también luego anche poi aussi puis")
)
#: a sentence ending on whom it is according to: ", so Ott", ", según Ruiz", ", selon Diop"
_SAID_TAIL = re.compile(
    r",[ \u00a0]*(?:so|según|secondo|segundo|selon)[ \u00a0]+[^,;:«»„“”\"]{1,60}$"
)
#: German verbs in the subjunctive of reported speech ("sie gelte", "er müsse", "es sei")
_KONJUNKTIV = re.compile(
    r"(?<![\w-])(?:sei|seien|habe|gelte|müsse|werde|könne|solle|wolle|gebe|bleibe|stehe"
    r"|liege|komme|brauche|fehle|dürfe|möge|wisse|gehe|würde|würden|wäre|wären|hätte|hätten)"
    r"(?![\w-])"
)
#: German prepositions fused with an article ("Zum Vorschlag", "Beim Treffen"): a capitalised
#: run opening on one is a phrase, never a person's name
_DE_CONTRACTIONS = frozenset(str.split("zum zur vom beim ins aufs ums übers unterm"))
_PARTICLE_WORDS = frozenset(PARTICLES.split("|"))


def _split_at_particles(m: Mention) -> list[Mention]:
    """A run of capitalised words joined by two particles with names between them is not
    one name: "Wechsel des Vizekanzler-Amts von Hans Lehr zu Otto Rainer" names two people,
    "Hans Lehr" and "Otto Rainer" (while "Ursula von der Leyen" keeps its particles)."""
    if m.kind != "seq" or m.seq.count(" ") < 4:
        return [m]
    words = m.seq.split(" ")
    cuts = [i for i, w in enumerate(words) if w in _PARTICLE_WORDS]
    if len(cuts) < 2 or any(b - a < 3 for a, b in itertools.pairwise(cuts)):
        return [m]
    out: list[Mention] = []
    bounds = [-1, *cuts, len(words)]
    for a, b in itertools.pairwise(bounds):
        part = words[a + 1 : b]
        if len(part) >= 2 and all(w[:1].isupper() for w in part):
            offset = m.start + len(" ".join(words[: a + 1])) + (1 if a >= 0 else 0)
            seq = " ".join(part)
            out.append(Mention(offset, offset + len(seq), "seq", seq=seq))
    return out


def _lone_name(lex: Lexicon, masked: str, p: int) -> _Ref | None:
    """A surname standing alone after a speech verb (``sagte Brandt.``), as a new name."""
    m = _LONE_NAME.match(masked, p)
    if m is None:
        return None
    word = m.group()
    low = word.casefold()
    if (
        low in lex.not_names
        or low in PORTFOLIOS
        or low in NOT_NAMES
        or lex.office_word.match(word)
        or lex.pronoun.fullmatch(word)
    ):
        return None
    return (m.start(), m.end(), None, (word,), True)


def _subject_after(lex: Lexicon, masked: str, a: int, b: int) -> bool:
    """Whether the words at ``a:b`` can stand between a verb and its subject (a time or a
    place, ``mardi soir dans un communiqué``): no punctuation, and the last word not a
    preposition or an article whose object the name would be (``tras reunirse con la``)."""
    words = masked[a:b].split()
    if not words or _STOP_PUNCT.search(masked, a, b):
        return False
    if words[-1].casefold().rstrip("'’") in lex.not_names:
        # "a confirmé à la télévision publique (RTS), le diplomate chinois": an article
        # starts the office that is the subject
        return lex.role_noun.match(masked, masked.rfind(words[-1], a, b)) is not None
    return True


# "…, the MFA spokesman said:" ending a paragraph: someone left unnamed introduces the words
_UNNAMED_SAYS = re.compile(
    rf"(?:^|[\s,;])(?:the|a|an|one|its|his|her|their)[ \u00a0]+"
    rf"(?:(?!(?:in|of|to|at|for|with|by|on|from|and|or|as|after|when|while)\b)[\w'’.-]+[ \u00a0]+){{0,4}}?"
    rf"(?:{_VERBS})[ \u00a0]*:[ \u00a0]*$"
)


def _binder(masked: str, m: Mention, refs: list[_Ref], s: int) -> Known | None:
    """Whom the object pronoun ``m`` cannot be: the person its sentence opens on (``Ruiz
    praised Lena Ott, calling her …``: that would be "herself"); ``None`` for other words."""
    if m.kind != "pron" or m.word not in ("him", "her") or not refs or not refs[0][4]:
        return None
    if m.word == "her" and _OBJECT_HER.match(masked, m.end) is None:
        return None  # "her office": an owner, who may well be the subject
    lead = masked[s : refs[0][0]]
    return refs[0][2] if _names_subject(lead) or lead.rstrip().endswith(",") else None


# verbs that report what someone said, so a name straight after one is inside their account
_REPORTING = re.compile(r"\b(?:said|says|testified|recalled|told|wrote|explained|added)$")


def _opens(lead: str) -> bool:
    """Whether a name after ``lead`` opens its sentence (no words, an opener, a description)."""
    return not lead or lead.endswith(",") or lead.count(" ") < 2 or _describes(lead)


# words opening a clause hung on the sentence's subject ("…, where Berg had testified")
_SUBORDINATE = re.compile(
    r"\b(?:where|when|while|after|because|although|though|since|until|before|whom|whose"
    r"|which|who)\b"
)


def _names_subject(lead: str) -> bool:
    """Whether only a title or a description (``Mr``, ``Civil rights attorney``) stands before
    a sentence's first name, so that name opens the sentence."""
    lead = lead.strip()
    return not lead or lead.rstrip(".") in _HONORIFIC_SET or _describes(lead)


def _describes(lead: str) -> bool:
    """Whether the words straight before a name describe that person (``Civil rights
    attorney``, ``Former county clerk``), so the name still opens its sentence."""
    words = lead.strip().casefold().split()
    if not words:
        return False
    return (
        len(words) <= 5
        and words[-1] in _DESCRIPTORS
        and not any(w in NOT_NAMES and w != "the" for w in words)
        and not any(w.endswith("ed") or w in SPEECH_VERBS for w in words)
    )


def _body_lead(lead: str) -> bool:
    """``Separately, the House of Representatives``: only a body's name (after an opener)."""
    tail = lead[lead.rfind(",") + 1 :].lstrip()
    return (
        bool(tail)
        and (tail[0].isupper() or tail.startswith("the "))
        and (_BODY_LEAD.fullmatch(tail.rstrip()) is not None)
    )


def _lead_in(masked: str, at: int, lex: Lexicon | None = None) -> bool:
    """Whether only a short lead-in ending in a colon stands before the paragraph's quote at
    ``at`` (``On the vote: “…”``): the words go on with the speaker the heading named (not
    ``Un participant a résumé : « … »``, whose verb has a subject of its own)."""
    if at > 102 or masked[:at].rstrip()[-1:] != ":":
        return False  # (most quotes: no colon straight before them)
    head = masked[:at].rstrip()
    return (
        head.endswith(":")
        and len(head) <= 100
        and not any(c in head for c in ".!?")
        and _A_VERB.search(head) is None  # ("A spokeswoman for Mr Okan said:" has its own)
        and (lex is None or lex.verb_any.search(head) is None)
    )


#: "the statement made by", "remarks by", "a message from": whose words are read out below
_STATEMENT_OF = re.compile(
    r"['’]s[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:statement|remarks|message|letter|declaration|response|reply|post|tweet)[ \u00a0]*:[ \u00a0]*$"
)
_STATEMENT_BY = re.compile(
    r"\b(?:statement|remarks|message|letter|declaration)[ \u00a0]+"
    r"(?:(?:made|issued|released|sent|signed|delivered)[ \u00a0]+)?(?:by|from)[ \u00a0]+$"
)


def _statement_by(masked: str, refs: list[_Ref]) -> Known | None:
    """The person whose statement a paragraph ending in a colon announces, if one is named."""
    for ref in refs:
        head = masked[max(0, ref[0] - 60) : ref[0]]
        if ref[2] is not None and _STATEMENT_BY.search(head.rsplit(",", 1)[-1]):
            return ref[2]
        if ref[2] is not None and _STATEMENT_OF.match(masked, ref[1]):
            return ref[2]  # "Kerr's full statement:"
    return None


def _unnamed_says(masked: str, refs: list[_Ref]) -> bool:
    """Whether a paragraph ends with words introduced by an unnamed speaker (``a spokesman
    said:``), no person named in that phrase (``the minister`` known as a person is one)."""
    tail = len(masked) - 90
    m = _UNNAMED_SAYS.search(masked, max(0, tail))
    if m is None:
        return False
    return not any(r[2] is not None and r[0] >= m.start() for r in refs)


class Extractor:
    """Reads paragraphs in document order and collects quotes, facts and people.

    Feed every body paragraph and every area's text (not comments) in the order they stand
    in the document, so a pronoun or a surname resolves to the person named before it.
    """

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        self._lex: Lexicon | None = lexicon(lang)  # None for English
        self._quote_ids = IdMaker("q")
        self._quotes: list[Quote] = []
        self._facts: list[Fact] = []
        self._fact_keys: set[tuple[str, str, str]] = set()
        self._registry = Registry()
        self._masked = ""
        self._runs_on: Known | None = None  # speaker of a quote left open at a paragraph end
        self._last_speaker: Known | None = None
        # Korean and Japanese: the subject of the last sentence without a quotation, when it
        # came after the last quote (a later quote with its subject left out is theirs)
        self._cjk_topic: Known | None = None
        self._cjk_standalone: int | None = None  # a quote alone in the last paragraph
        # the speaker of the quote that ended the last paragraph (or that a closing colon
        # introduced): a paragraph that is only a quote goes on with them
        self._para_speaker: Known | None = None
        self._spoke = False  # the last subject marked was followed by a speech verb
        self._prev_subject: _Ref | None = None  # another language: the last sentence's subject
        self._reported: Known | None = None  # that subject, when a speech verb followed it
        self._pending: list[int] = []  # quotes of the last sentence still without a speaker
        # quotes of the last sentence, when it named no one (a speaker only guessed for them)
        self._loose: list[int] = []
        self._sentence_quotes: range = range(0)  # the quotes of the sentence just read
        self._split_marks: dict[tuple[int, int], str] = {}  # quotes cut at an incise
        self._in_tail = self._ran_on = False  # a quote ran on from the last paragraph
        self._sentence_no = 0  # sentences read, and the one the last speaker was quoted in
        self._spoke_at = -9
        self._subject_at = -9
        self._unattributed: list[int] = []  # those of the sentence just read
        # quotes whose speaker is an office nobody was known to hold yet, by the office's words
        self._office_of: dict[tuple[int, int], str] = {}
        self._by_office: dict[str, list[int]] = {}
        self._para_no = 0  # paragraphs read, and the one the pending quotes stand in
        self._pending_para = -1
        # who the paragraph's opening quote goes on with (the last quote's speaker, or the
        # subject of a paragraph of reported speech just before)
        self._went_on: Known | None = None
        # runs of capitalised words that name nobody (places, bodies), with their words:
        # the same run later is skipped unless one of its words has become part of a name
        self._nobody: dict[str, tuple[str, ...]] = {}
        self._binder: Known | None = None  # whom an object pronoun being resolved is not
        self._anonymous = False

    def feed(self, text: str) -> None:
        """Read one paragraph (or an area's text): people named, quotes, facts."""
        if not text or text.isspace():
            return
        typewriter = "''" in text and _TWO_APOSTROPHES.search(text) is not None
        if "\u2033" in text:
            text = text.replace("\u2033", '"')  # ″…″ (a double prime typed for a quote mark)
        self._registry.next_paragraph()
        self._anonymous = False  # a quote of this paragraph is someone's left unnamed
        self._para_no += 1
        self._office_of.clear()
        self._in_tail, self._ran_on = self._ran_on, False
        found_ = scan(text)
        if typewriter:  # ''In the 20th century …,'' he said: typewriter quotes
            spans = _typewriter_spans(text)
        else:
            spans = find_quotes(text, found_.marks) if found_.marks else []
        self._split_marks.clear()
        if spans and self._lex is not None:
            spans = self._split_incises(self._lex, text, spans)
        if spans:
            pieces: list[str] = []
            last = 0
            for a, b in spans:
                a = max(a, last)  # spans never overlap; this keeps the length if they did
                if b >= a:
                    b = min(b, len(text) - 1)  # a quote running on to the paragraph's end
                    pieces.append(text[last:a])
                    pieces.append(" " * (b + 1 - a))
                    last = b + 1
            pieces.append(text[last:])
            masked = "".join(pieces)
            if typewriter:  # the apostrophe left outside each typewriter mark goes too
                chars = list(masked)
                for a, b in spans:
                    if a and text[a - 1 : a + 1] == "''":
                        chars[a - 1] = " "
                    if text[b : b + 2] == "''":
                        chars[b + 1] = " "
                masked = "".join(chars)
            caps = [(s, e) for s, e in found_.caps if masked[s] != " "]  # not inside a quote
        else:
            masked = text
            caps = found_.caps
        self._masked = masked
        if self.lang in ("ko", "ja"):
            self._feed_cjk(
                self.lang, text, masked, found_.stops, spans, found_.numbers, found_.caps
            )
            return
        mentions = find_mentions(masked, caps, self._registry.words)
        if self._lex is not None:
            mentions = self._other_mentions(self._lex, masked, mentions)
        # every fact holds a digit or a currency sign, and scan() lists them all
        facts = (
            find_facts(text, fact_starts(text, found_.numbers, found_.caps))
            if found_.numbers
            else []
        )
        if (
            not spans
            and not facts
            # (the rest of a quote run on from the paragraph before, or "Lo ha detto X.")
            and not (
                self._pending
                and self._lex is not None
                and (self._in_tail or self._lex.said_so.match(masked))
            )
        ):
            # no quote to attribute, no fact to give a sentence: only the people named count
            self._runs_on = None
            self._loose = []
            went_on = self._para_speaker
            self._para_speaker = None
            self._sentence_no += 2  # (the sentences of a paragraph without quotes or figures)
            named: list[_Ref] = []
            for m in mentions:
                if self._lex is None and m.kind == "pron":
                    s = masked.rfind(". ", 0, m.start) + 1  # (the sentence's start, roughly)
                    self._binder = _binder(masked, m, [r for r in named if r[0] >= s], s)
                named.extend(self._as_object(masked, r) for r in self._resolve(m))
                self._binder = None
            if self._in_tail and self._lex is None:
                self._tail_said(masked, named)
            # (the paragraph's first subject stands for all of it: cheaper than its sentences)
            self._spoke = False
            first = self._mark_subject(masked, named, 0)
            if self._lex is None and len(found_.stops) > 1 and named:
                # "Lund had scored once. Defender Karl Moe could see it." then '"…," he
                # said': the last sentence's subject is the one he/she means next
                end = len(masked.rstrip()) - 1
                last = masked.rfind(". ", 0, end) + 2
                tail = [r for r in named if r[0] >= last] if last > 1 else []
                if tail:
                    spoke = self._spoke
                    self._spoke = False
                    later = self._mark_subject(masked, tail, last)
                    if later is not None:
                        first = later
                    else:
                        self._spoke = spoke
            if self._lex is not None and self.lang in _PRO_DROP:
                # (its subject is the one a next sentence without its own goes on with:
                # "Alfredo Ruiz realizó un balance. … Principalmente, destacó que «…»"; a
                # new name opening the paragraph too: "Ana Lema falava em Lisboa. … «…»,
                # reagiu.")
                first_ref = next((r for r in named if first is not None and r[2] is first), None)
                if (
                    first_ref is None
                    and named
                    and named[0][2] is None
                    and len(named[0][3]) >= 2
                    and named[0][4]
                    and not masked[: named[0][0]].strip()
                    and _VERB_NEXT.match(masked, named[0][1]) is not None
                ):
                    first_ref = named[0]
                if first_ref is not None:
                    self._prev_subject, self._subject_at = first_ref, self._sentence_no
            if masked.rstrip().endswith(":") or self._spoke:
                # "Speaking later, the mayor said:", "Lee stated that …": their words follow
                self._para_speaker = None if _unnamed_says(masked, named) else first
                if first is None and masked.rstrip().endswith(":"):
                    # "I will read the statement made by Minister Lena Ruiz on Monday:"
                    self._para_speaker = _statement_by(masked, named)
            elif (
                first is not None
                and self._lex is None
                and len(found_.stops) <= 1
                and masked.count(" ") < 25
            ):
                # "Energy Minister Adeyemi was upbeat." then a quotation standing alone
                self._para_speaker = first
            elif (
                went_on is not None
                and not mentions
                and self._lex is None
                and len(found_.stops) <= 1
                and masked.count(" ") < 25
            ):
                # 'He said that was true of others too.' / 'Leaders needed an agenda.' / "…":
                # a short sentence of reported speech naming no one; the speaker goes on
                self._para_speaker = went_on

            if self._lex is not None:
                self._announce(self._lex, masked, named)
            return
        sentences = split_sentences(text, spans, found_.stops)
        mi = qi = fi = 0
        nfacts, nmentions, nspans = len(facts), len(mentions), len(spans)
        # a quote opening the paragraph goes on with the one the last paragraph left open,
        # or with the speaker of the quote that closed the last paragraph
        opens = bool(spans) and (
            not masked[: spans[0][0]].strip() or _lead_in(masked, spans[0][0], self._lex)
        )
        if opens and masked[:1] in _READ_ALSO_FIRST and _READ_ALSO.match(masked):
            opens = False  # "Lea aquí: “…”": another report's headline goes on with no one
        previous = (self._runs_on or self._para_speaker) if opens else None
        self._went_on = previous
        self._runs_on = None
        self._para_speaker = None
        last_quote: Known | None = None
        subject: Known | None = None
        last_sentence = sentences[-1] if sentences else (0, 0)
        for s, e in sentences:
            self._sentence_no += 1
            context = ""
            while fi < nfacts and facts[fi][1] < e:
                kind, a, b = facts[fi]
                context = context or text[s:e].strip()
                self._add_fact(kind, text[a:b], context)
                fi += 1
            refs: list[_Ref] = []
            while mi < nmentions and mentions[mi].start < e:
                if (
                    refs
                    and mentions[mi].word in _SUBJECT_PRONOUNS
                    and refs[0][4]
                    and _names_subject(masked[s : refs[0][0]])
                ):
                    # "Moreno was arrested for a call in which he said …": the person the
                    # sentence opens on is whom its he/she means, not the last speaker
                    if refs[0][2] is not None:
                        self._registry.subject(refs[0][2])
                    elif refs[0][3]:
                        self._registry.maybe_subject(refs[0][3])
                self._binder = _binder(masked, mentions[mi], refs, s) if self._lex is None else None
                mention = mentions[mi]
                head = mention.start
                if mention.role and masked.startswith(mention.role, head - len(mention.role) - 1):
                    head -= len(mention.role) + 1  # "des Kanzlers Olaf Brandt": before the office
                for ref in self._resolve(mention):
                    if ref[4]:
                        ref = self._as_object(masked, ref)
                    if (
                        ref[4]
                        and self._lex is not None
                        and _OF_THE.search(masked, max(0, head - 12), head)
                    ):
                        # "Un funcionario de la Secretaría de Economía explicó": a body the
                        # unnamed subject belongs to, not who speaks
                        ref = (ref[0], ref[1], ref[2], ref[3], False)
                    refs.append(ref)
                self._binder = None
                mi += 1
            found: list[tuple[tuple[int, int], Known | None, bool]] = []
            while qi < nspans and spans[qi][0] < e:
                span = spans[qi]
                speaker = self._attribute(text, masked, span, refs, s, e)
                if (
                    speaker is None
                    and self._lex is None
                    and _SAID_ANONYMOUS.match(masked, span[1] + 1)
                ):
                    # '"…," said another man, who gave no name. He said …': "he" is that man
                    self._anonymous = True
                found.append((span, speaker, speaker is not None))
                qi += 1
            if found:
                context = context or text[s:e].strip()
                if (
                    previous is None
                    and subject is not None
                    and self._lex is None
                    and not masked[s:e].strip(" .,;:!?\u00a0")
                ):
                    # 'He frowned deeply. "Will this never end?"': a quotation standing as its
                    # own sentence after one about its speaker
                    previous = subject
                first_quote = len(self._quotes)
                previous = self._emit(text, masked, found, context, s, previous)
                self._sentence_quotes = range(first_quote, len(self._quotes))
                if (s, e) == last_sentence:
                    last_quote = self._last_speaker
            self._spoke = False
            subject = self._mark_subject(masked, refs, s)
            if self._lex is not None:
                self._after_sentence(self._lex, masked, refs, s, e, found)
        if spans and spans[-1][1] >= len(text):
            self._runs_on = self._last_speaker
            self._ran_on = True
        elif masked.rstrip().endswith(":") and _unnamed_says(masked, refs):
            self._para_speaker = None  # "…, the spokesman said:" over words of no one named
        elif last_quote is not None:
            self._para_speaker = last_quote
        elif masked.rstrip().endswith(":") or self._spoke:
            # "The minister said:" then the quote below; "Lee stated that …" then his words
            self._para_speaker = None if _unnamed_says(masked, refs) else subject
            if subject is None and masked.rstrip().endswith(":"):
                self._para_speaker = _statement_by(masked, refs)
        if self._lex is not None and not (spans and spans[-1][1] >= len(text)):
            self._announce(self._lex, masked, refs if sentences else [])

    def _tail_said(self, masked: str, refs: list[_Ref]) -> None:
        """``"I am sorry. ¶ I was wrong," said Mayor Kerr.``: the quote that ran on from the
        paragraph before closes here, and its speaker is named after the closing mark."""
        if not self._quotes or self._quotes[-1].speaker is not None:
            return
        close = _CLOSING_TAIL.search(masked)
        if close is None or any(c in masked[: close.start()] for c in '“«"'):
            return
        ref = self._after(masked, (0, close.end() - 1), refs, 0, len(masked))
        person = self._speaker(ref) if ref is not None else None
        if person is not None:
            q = self._quotes[-1]
            self._quotes[-1] = Quote(q.id, q.text, person.name, person.role, q.context, q.marks)
            self._last_speaker = self._registry.subject(person)

    def _split_incises(
        self, lex: Lexicon, text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """``« Nous avons le soleil, a-t-elle poursuivi. Il nous manquait des clients. »``:
        two quotations with the attribution between them, as if the marks stood there."""
        out: list[tuple[int, int]] = []
        for a, b in spans:
            m = lex.incise.search(text, a + 1, b)
            if m is None or a + 1 >= m.start():
                out.append((a, b))
                continue
            first, second = (a, m.start()), (m.end() - 1, b)
            marks = _marks(text, (a, b))
            self._split_marks[first] = self._split_marks[second] = marks
            out.extend((first, second))
        return out

    def feed_title(self, title: str) -> None:
        """The people a title names, so that the body's pronouns and offices can be them:
        Korean and Japanese headlines with their office (``정동영 통일부 장관이 …``, so the
        body's ``정 장관은`` is that person); another language's title read as the body is
        (``Le ministre Paul Garnier, en visite …``). No quote or fact is taken from a
        title: they are the body's to give."""
        if self.lang in ("ko", "ja"):
            if title:
                self._feed_cjk_title(title)
            return
        if self._lex is None or not title.strip():
            return
        quotes, facts, keys = len(self._quotes), len(self._facts), set(self._fact_keys)
        ids = dict(self._quote_ids._seen)
        self.feed(title)
        del self._quotes[quotes:]
        del self._facts[facts:]
        self._by_office.clear()  # (the title's quotes are gone, and what waited with them)
        self._subject_at = -9  # (a title's subject is no sentence's)
        self._fact_keys, self._quote_ids._seen = keys, ids
        self._last_speaker = self._para_speaker = self._runs_on = self._went_on = None
        self._pending, self._unattributed = [], []
        self._in_tail = self._ran_on = False

    def _feed_cjk_title(self, title: str) -> None:
        lang = self.lang
        assert lang is not None
        found = scan(title)
        spans = find_quotes(title, found.marks) if found.marks else []
        masked = title
        for a, b in spans:
            masked = masked[:a] + " " * (min(b, len(title) - 1) + 1 - a) + masked[b + 1 :]
        for _, words, role, _ in subjects(lang, masked, 0, len(masked)):
            if words and role:
                self._cjk_person(words, role)

    def feed_speaker_line(self, line: str) -> None:
        """A heading over a quotation: a name alone (``Ana Lima (Green Alliance)``,
        ``Tomas Berg, Chamber of Industry``) speaks the quotation below it."""
        self._runs_on = self._para_speaker = None  # (a heading ends what the last speaker said)
        line = line.strip()
        if line.isupper():  # "KATE LIN, HEAD OF THE TASKFORCE": a shouted heading
            line = _LETTERS.sub(lambda w: w.group().capitalize(), line)
        m = _NAME_LINE.match(line)
        tokens = m.group("name").split() if m is not None else []
        if tokens and plausible_name(tokens):
            self._para_speaker = self._registry.subject(self._registry.define(tokens, None))

    def _after_sentence(
        self,
        lex: Lexicon,
        masked: str,
        refs: list[_Ref],
        s: int,
        e: int,
        found: list[tuple[tuple[int, int], Known | None, bool]],
    ) -> None:
        """Another language: remember the sentence's subject, and give the quotations left
        without a speaker just before it the one this sentence names (``Lo ha detto X``)."""
        people = [r for r in refs if r[4] and (r[2] is not None or r[3])]
        # ("«…». Così Brancati": the quotes of a sentence naming no one, even those given
        # to the last speaker for want of another, are the person this sentence names)
        waiting = [*self._pending, *(k for k in self._loose if k not in self._pending)]
        said_by = people[0] if people and lex.said_so.match(masked, s) else None
        if people and self._pending and said_by is None:
            # "„…“ machen. Der Schlüssel liege in Teheran, so Ott.": the sentence after the
            # quote ends on whom it is according to
            end = len(masked[:e].rstrip(" .!?\u00a0"))
            tail = _SAID_TAIL.search(masked, s, end)
            if tail is not None and people[-1][0] >= tail.start() and people[-1][1] >= end - 1:
                said_by = people[-1]
        if said_by is not None and waiting:
            person = self._speaker(said_by)
            if person is not None:
                for k in waiting:
                    q = self._quotes[k]
                    self._quotes[k] = Quote(
                        q.id, q.text, person.name, person.role, q.context, q.marks
                    )
                self._last_speaker = person
        self._loose = list(self._sentence_quotes) if found and not people else []
        self._sentence_quotes = range(0)
        if found:
            if (
                self._unattributed
                and self._last_speaker is None
                and self._pending_para == self._para_no
                and all(sp is None for _, sp, _ in found)
            ):
                # "«Una crisi al buio». Per questo «niente è da escludere». Lo dice X": the
                # quotes of the paragraph so far, none attributed, all wait for X
                self._pending = self._pending + self._unattributed
            else:
                self._pending = self._unattributed
            self._pending_para = self._para_no
        elif self._in_tail:
            # the rest of a quote that ran on from the paragraph before ('… soldi". Lo ha
            # detto X'): its quotes still wait for their speaker until the closing mark
            self._in_tail = not _CLOSING_TAIL.search(masked, s, e)
        else:
            self._pending = []
        # the subject: the person whose name a verb follows ("Sergio Bellandi ha voluto")
        subject = next((r for r in people if lex.auxiliary.match(masked, r[1])), None)
        if subject or people:
            self._prev_subject = subject or people[0]
            self._subject_at = self._sentence_no
            # "Il presidente Ruocco ha poi ricordato che …": reported speech, no quotation;
            # a quote of the next sentence with no subject of its own goes on with him
            first = self._prev_subject
            self._reported = (
                first[2]
                if not found and first[2] is not None and lex.verb_after.match(masked, first[1])
                else None
            )
        elif self._subject_at == self._sentence_no - 1 and (
            _opens_on(lex.verb_start, masked, s, e)
            or (lex.lang in _PRO_DROP and lex.verb_any.search(masked, s, e) is not None)
        ):
            # "Aseveró que …", "Principalmente, destacó que …": a sentence whose speech verb
            # has no subject goes on with the subject of the one before
            self._subject_at = self._sentence_no

    def _announce(self, lex: Lexicon, masked: str, refs: list[_Ref]) -> None:
        """``Er erklärte hierzu:`` ending a paragraph: its subject speaks the next one's quote."""
        if not masked.rstrip().endswith(":"):
            return
        for ref in reversed(refs):
            if ref[4] and ref[2] is not None and lex.verb_after.match(masked, ref[1]):
                self._runs_on = ref[2]
                return

    def _feed_cjk(
        self,
        lang: str,
        text: str,
        masked: str,
        stops: list[tuple[int, int]],
        spans: list[tuple[int, int]],
        numbers: list[int],
        caps: list[tuple[int, int]],
    ) -> None:
        """A Korean or Japanese paragraph: subjects marked by particles speak (see :mod:`.cjk`)."""
        facts = find_facts(text, fact_starts(text, numbers, caps)) if numbers else []
        fi = qi = 0
        # a quotation standing alone in the paragraph before, with no speaker: a lead's pull
        # quote, whose speaker is the subject this paragraph opens on
        standalone, self._cjk_standalone = self._cjk_standalone, None
        first_quote = len(self._quotes)
        for s, e in split_sentences(text, spans, stops):
            context = text[s:e].strip()
            while fi < len(facts) and facts[fi][1] < e:
                kind, a, b = facts[fi]
                self._add_fact(kind, text[a:b], context)
                fi += 1
            found = subjects(lang, masked, s, e)
            people: list[tuple[int, Known | None]] = []
            named: list[tuple[int, Known]] = []  # everyone named, subject or not
            for pos, words, role, subject in found:
                person = self._cjk_person(words, role)
                if subject:
                    people.append((pos, person))
                if person is not None and words:
                    named.append((pos, person))
            for pos, word in bare_names(lang, masked, s, e):
                known = self._registry.lookup((word.casefold(),))
                if known is not None and not any(p == pos for p, _ in people):
                    people.append((pos, self._registry.touch(known)))  # "멜로니는 …"
            people.sort(key=lambda x: x[0])
            if standalone is not None:
                if (
                    people
                    and people[0][1] is not None
                    and len(masked[s : people[0][0]].split()) <= 2  # ("상인 박정숙 씨는")
                ):
                    q, person = self._quotes[standalone], people[0][1]
                    self._quotes[standalone] = Quote(
                        q.id, q.text, person.name, person.role, q.context, q.marks
                    )
                standalone = None
            quoted = qi < len(spans) and spans[qi][0] < e
            if not quoted and people:
                # a sentence about someone, no quotation in it: the quotes that follow with
                # no subject of their own are theirs (None: someone unnamed, or nobody known)
                self._cjk_topic = people[0][1]
            while qi < len(spans) and spans[qi][0] < e:
                span = spans[qi]
                qi += 1
                speaker: Known | None = None
                subject_after = False  # a subject after the quote says it (named or not)
                before = [person for pos, person in people if pos < span[0]]
                is_reported = reported(lang, text, span[1])
                after = next((x for x in people if x[0] > span[1]), None)
                who = next((x for x in named if x[0] > span[1]), None) if is_reported else None
                if who is not None and said_by(lang, text, span[1], who[0]):
                    speaker = who[1]  # 「…」と強調した林外相: the one the clause describes
                elif (
                    not before
                    and is_reported
                    and after is not None
                    and reported_then(lang, text, span[1], after[0])
                ):
                    # '"…"고 한지훈 대통령은 제안했다': the subject after (None: someone left
                    # unnamed, "…"고 대통령실 관계자는 전했다, not the one quoted before)
                    speaker, subject_after = after[1], True
                elif before and before[-1] is not None:
                    speaker = before[-1]
                elif is_reported and not before:
                    # the subject is left out: the one of the sentences before (the topic
                    # goes on: "武藤氏は…示した。「…」とも語った"), else the last speaker
                    speaker = self._cjk_topic or self._last_speaker
                said = quote_text(text, span)
                if lang == "ko" and text[span[0]] in KO_TERM_MARKS and not is_reported:
                    continue  # "'바다로 여는 미래' 주제로": a title in single marks, no speech
                if len(said.replace(" ", "")) < 8 and not (
                    is_reported and (speaker is not None or before or subject_after)
                ):
                    # a term in quotation marks ('깜짝' 방문), not speech (a subject, even one
                    # left unnamed, and a reporting particle make it speech)
                    continue
                if speaker is not None:
                    self._registry.touch(speaker)
                    self._last_speaker = speaker
                    self._cjk_topic = None
                self._quotes.append(
                    Quote(
                        self._quote_ids.make(said),
                        said,
                        speaker.name if speaker else None,
                        speaker.role if speaker else None,
                        context,
                        _marks(text, span),
                    )
                )

        if (
            len(spans) == 1
            and len(self._quotes) == first_quote + 1
            and self._quotes[-1].speaker is None
            and not masked.strip(" .。…\u00a0")
        ):
            self._cjk_standalone = first_quote  # "“…”" alone, its speaker named below

    def _cjk_person(self, words: tuple[str, ...], role: str | None) -> Known | None:
        """The person a Korean or Japanese subject names (a pronoun: the last speaker; an
        office alone: the latest holder of that office)."""
        reg = self._registry
        if not words and role == UNNAMED:
            return None  # "한 업계 관계자는", "関係者は": someone speaks, left unnamed
        if not words:
            if role is None:  # "그는": the last speaker, else the person named last
                if self._last_speaker is not None or not reg.people:
                    return self._last_speaker
                return reg.touch(max(reg.people, key=lambda p: p.seen))
            holders = [p for p in reg.people if p.role == role]
            return reg.touch(max(holders, key=lambda p: p.seen)) if holders else None
        name = " ".join(words)
        best: Known | None = None
        alone = f"{name} {role}" if len(name) == 1 and role is not None else None
        for person in reg.people:
            same = person.name in (name, alone) or person.tokens[-1] == name.casefold()
            # "한 총리" for 한덕수 국무총리, "조 장관" for 조현 외교부 장관
            surname = len(name) == 1 and person.name.startswith(name) and person.name != name
            held = bool(role and person.role and person.role.endswith(role))
            if self.lang == "ja":
                # "森山首相", "青木氏" for 森山健一首相, 青木正樹外相: a Japanese name is written
                # without a space, the family name first
                surname = person.name.startswith(name) and person.name != name
                surname = surname and " " not in person.name
                held = held or role is None
            if (same or (surname and held)) and (best is None or person.seen > best.seen):
                best = person
        if best is not None:
            return reg.touch(best)
        if alone is not None:
            return reg.define(alone.split(), role)  # "정 총리" with no 정 met before
        if len(name) == 1:
            return None
        return reg.define(words, role)

    def _other_mentions(self, lex: Lexicon, masked: str, mentions: list[Mention]) -> list[Mention]:
        """Offices with names and subject pronouns of another language, over the English ones.

        ``le président Mamadou Ndour``, ``Bundeskanzler Jonas Berghoff``: a definition
        (which hides any English mention inside it); ``il``, ``sie``: a pronoun; a capitalised
        run that opens with a function word (``Selon Aminata Ndiaye``) loses that word.
        """
        defs: list[Mention] = []
        for m in lex.role_name.finditer(masked):
            tokens = m.group("name").replace("\u00a0", " ").split()
            if len(tokens) == 1 and _NAME_COMMA.search(masked, max(0, m.start() - 40), m.start()):
                # "Kim Jae-won, director de Hyundai México": the office describes the name
                # before the comma; the word after it belongs to the company
                continue
            while tokens and tokens[-1].casefold() in lex.not_names:
                tokens.pop()
            if not tokens or tokens[0].casefold() in lex.not_names:
                continue
            end = m.start("name") + len(" ".join(tokens))
            if not plausible_name(tokens) and (
                # "ministro da Casa Civil, Rui Costa": the office's last word, then the name
                len(tokens) > 1 or _APPOSED_NAME.match(masked, end) is None
            ):
                continue
            if (
                lex.lang == "de"
                and len(tokens) == 1
                and tokens[0].casefold() not in self._registry.words
            ):
                continue  # German capitalises every noun: one unknown word is no name
            role = " ".join(m.group("role").split())
            # "la ministre française de la Culture": the office is "ministre de la Culture";
            # "française" is kept aside to recognise "la ministre française" later
            role, epithet = plain_office(lex.lang, role)
            article = masked[max(0, m.start() - 4) : m.start()].split()
            gender = _ARTICLE_GENDER.get(article[-1].casefold()) if article else None
            portfolio = tokens[0].casefold() in PORTFOLIOS
            if (
                # one word, or words joined by "de": "Exteriores de Chile", not "Ana Lema"
                (portfolio or len(tokens) == 1 or any(t.islower() for t in tokens))
                and not any(self._registry.lookup((t.casefold(),)) for t in tokens)
                and (apposed := _APPOSED_NAME.match(masked, end)) is not None
            ):
                role = f"{role} {' '.join(tokens)}"
                tokens = apposed.group(1).replace("\u00a0", " ").split()
                end = apposed.end()
            elif portfolio:
                continue  # "el Ministro de Relaciones Exteriores de Chile dijo": no name
            start = m.start()
            inner = _INNER_OFFICE.search(role)
            if (
                inner is not None
                and "," not in masked[m.end("role") : m.start("name")]
                and lex.office_word.match(inner.group("office"))
            ):
                # "un asesor del ministro Carlos Vidal": the name is the minister's, whose
                # adviser (unnamed) is the one the sentence is about (not so after a comma:
                # "la portavoz del presidente, Ana Ruiz" is her)
                start += m.group("role").rfind(inner.group("office"))
                role, epithet, gender = inner.group("office"), "", None
            defs.append(Mention(start, end, "def", tuple(tokens), role, epithet, gender=gender))
        if "," in masked:
            for m in lex.name_role.finditer(masked):
                # "Giovanni Neri, ministro dell'Economia, ha detto": the office after the name
                n = lex.name_before.search(masked, max(0, m.start() - 80), m.start())
                if n is None:
                    continue
                tokens = n.group("name").replace("\u00a0", " ").split()
                while tokens and (
                    tokens[0].casefold() in lex.not_names or tokens[0].casefold() in _AGENCY_WORDS
                ):
                    tokens.pop(0)  # ("disse à Lusa Maria dos Anjos, presidente da …")
                while tokens and tokens[0].rstrip(".") in _HONORIFIC_SET:
                    tokens.pop(0)  # ("Mme Claire Dufour, élue d'opposition"): no courtesy title
                start = n.end() - len(" ".join(tokens))
                if (
                    len(tokens) < 2
                    or not plausible_name(tokens)
                    or any(d.start < m.end("role") and start < d.end for d in defs)
                    or tokens[0].casefold() in PORTFOLIOS
                ):
                    continue
                role, epithet = plain_office(lex.lang, " ".join(m.group("role").split()))
                defs.append(Mention(start, n.end(), "def", tuple(tokens), role, epithet))
        if defs:
            # a surname of someone this paragraph introduces, later in it ("… sagte Berghoff")
            tokens = {t for d in defs for t in d.name if len(t) > 2 and t[0].isupper()}
            later = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, tokens)) + r")(?![\w'’-])")
            first_end = min(d.end for d in defs)
            taken = [(m.start, m.end) for m in mentions]
            for m in later.finditer(masked, first_end):
                a, b = m.span()
                if not any(d.start <= a < d.end for d in defs) and not any(
                    x <= a < y for x, y in taken
                ):
                    mentions.append(Mention(a, b, "seq", seq=m.group(1)))
        for m in lex.role_noun.finditer(masked):
            start = m.start("noun")
            if not any(d.start <= start < d.end for d in defs):
                word = m.group("core").casefold()
                defs.append(Mention(start, m.end("noun"), "rolenoun", word=word))
        out: list[Mention] = list(defs)
        mentions = [p for m in mentions for p in _split_at_particles(m)]
        for mention in mentions:
            if any(d.start < mention.end and mention.start < d.end for d in defs):
                continue
            if (
                mention.kind == "seq"
                and lex.lang == "de"
                and mention.seq.split(None, 1)[0].casefold() in _DE_CONTRACTIONS
                and mention.seq.split(None, 1)[1:]
                and not any(w.casefold() in self._registry.words for w in mention.seq.split()[1:2])
            ):
                continue  # "Zum Vorschlag Hubers sagte Lenz": a preposition's phrase, no name
            if mention.kind == "seq":
                first, _, rest = mention.seq.partition(" ")
                if first.casefold() in UNNAMED_SOURCES:
                    continue  # "Fonti della Regione hanno precisato": sources, no one named
                if (
                    first.casefold() in lex.not_names
                    or first.casefold() in _AGENCY_WORDS
                    or first.casefold() in _LONE_LEADS
                ):
                    if not rest:
                        continue
                    shift = len(first) + 1
                    mention = Mention(
                        mention.start + shift,
                        mention.end,
                        "seq",
                        honorific=mention.honorific,
                        seq=rest,
                    )
                words = mention.seq.split()
                if words[0].casefold() in _BODY_HEADS:
                    continue  # "Palácio do Planalto", "Assemblée nationale": a place, a body
                if sum(w.casefold() in PORTFOLIOS for w in words) >= min(2, len(words)):
                    continue  # "(Comissão dos) Negócios Estrangeiros": a ministry, a body
                if lex.lang == "de" and _GERMAN_NOUNS.search(mention.seq):
                    continue  # "Beziehungen zu Wien", "Belgien den Dialog": nouns, no name
                first, _, rest = mention.seq.partition(" ")
                if rest and first[:1].isupper() and lex.office_word.match(first):
                    # "Bundeskanzler Scholz", "Presidente Lula": an office and a name
                    shift = len(first) + 1
                    out.append(
                        Mention(
                            mention.start + shift,
                            mention.end,
                            "def",
                            tuple(rest.split()),
                            first,
                        )
                    )
                    continue
                words = mention.seq.split()
                if (
                    masked.startswith(",", mention.end)
                    and len(words) >= 2
                    and (ap := lex.apposed_role.match(masked, mention.end)) is not None
                    and plausible_name(words)
                ):
                    # "Mme Sophie Gagnon, ministre québécoise de l'Économie, estime": the
                    # office set off by commas after the name
                    role, epithet = plain_office(lex.lang, " ".join(ap.group("role").split()))
                    out.append(
                        Mention(
                            mention.start,
                            mention.end,
                            "def",
                            tuple(words),
                            role,
                            epithet,
                            mention.honorific,
                        )
                    )
                    continue
            elif mention.kind == "pron":
                continue  # English pronouns in another language are words of it
            out.append(mention)
        for m in lex.pronoun.finditer(masked):
            if (
                m.group() == "sie"
                and lex.lang == "de"
                and _verb_just_before(lex, masked, max(0, m.start() - 40), m.start()) is None
            ):
                continue  # German "sie" is "they" as often as "she": only "sagte sie" counts
            word = lex.pronouns[m.group().casefold()]
            out.append(Mention(m.start(), m.end(), "pron", word=word))
        out.sort(key=lambda x: x.start)
        return out

    def _emit(
        self,
        text: str,
        masked: str,
        found: list[tuple[tuple[int, int], Known | None, bool]],
        context: str,
        start: int,
        previous: Known | None,
    ) -> Known | None:
        """Record a sentence's quotes, sharing a speaker across a split quote."""
        if len(found) >= 3 and all(
            _LISTED.fullmatch(masked, a[1] + 1, b[0])
            for (a, _, _), (b, _, _) in itertools.pairwise(found)
        ):
            return previous  # names of papers or programmes listed in quotes, not words said
        named = [sp for _, sp, _ in found if sp is not None]
        self._unattributed = []
        last: Known | None = None
        for span, speaker, direct in found:
            if speaker is None and named:
                speaker, direct = named[0], True
            elif (
                speaker is None
                and previous is not None
                and (not masked[start : span[0]].strip() or _lead_in(masked, span[0], self._lex))
                and (
                    # ('"… open." Witnesses said …': a new sentence, not the quote's attribution)
                    text[span[1] - 1 : span[1]] == "."
                    or not _OWN_ATTRIBUTION.match(masked, span[1] + 1)
                )
                and not (self._lex is not None and _unnamed_after(self._lex, masked, span[1] + 1))
            ):
                speaker = previous
            words = quote_text(text, span)
            if (
                not direct
                and speaker is not None
                and speaker is previous
                and words[:1].isupper()
                and words[-1:] in ".!?"
            ):
                direct = True  # '"…," said Kerr. "Thank you."': a short sentence of hers
            links = _LINK_WORDS | self._lex.not_names if self._lex is not None else _LINK_WORDS
            if self._lex is not None and (
                _named_thing(words, links, masked, span[0]) or _titled_thing(words, masked, span[0])
            ):
                continue  # la conférence “Choose Europe for Science”, des „Kurier Deutschland“
            if (not direct and _not_a_quote(words, links)) or (
                _scare_quote(words)
                # (another language's two words with their speaker: «Siamo pronti», ha
                # sottolineato; sprach von einem „historischen Tag“)
                and not (self._lex is not None and direct and len(_WORD.findall(words)) == 2)
            ):
                continue
            if speaker is not None:
                last = self._registry.subject(speaker)
            self._last_speaker = speaker
            if speaker is not None:
                self._spoke_at = self._sentence_no
            if speaker is None:
                self._unattributed.append(len(self._quotes))
                if (office := self._office_of.get(span)) is not None:
                    self._by_office.setdefault(office, []).append(len(self._quotes))
            self._quotes.append(
                Quote(
                    self._quote_ids.make(words),
                    words,
                    speaker.name if speaker else None,
                    speaker.role if speaker else None,
                    context,
                    self._split_marks.get(span) or _marks(text, span),
                )
            )
        return last

    def _as_object(self, masked: str, ref: _Ref) -> _Ref:
        """The reference, no longer usable as a subject when a preposition stands before it."""
        start = ref[0]
        objects = OBJECT_BEFORE.get(self.lang or "")
        if objects is not None:
            # "se reuniría con la primera ministra, Mirtha Vásquez": an object (an article
            # may stand between); the subject is someone else
            before = masked[max(0, start - 24) : start].split()
            if before and before[-1].casefold() in ARTICLES_BEFORE:
                before.pop()
            if (
                before
                and before[-1].casefold() in objects
                # (but "de acuerdo con el ministro X": whom the words are according to)
                and not (len(before) > 1 and before[-2].casefold() in ("acordo", "acuerdo"))
            ):
                return (ref[0], ref[1], ref[2], ref[3], False)
            return ref
        if masked.startswith(("'s ", "’s "), ref[1]):  # "President Karzai's spokesman": an owner
            return (ref[0], ref[1], ref[2], ref[3], False)
        head = masked[max(0, start - 12) : start].rstrip().rsplit(" ", 1)[-1].casefold()
        if head.rstrip(".").title() in _HONORIFIC_SET:  # "a spokesman for Mr Johnson"
            start = masked.rfind(" ", 0, max(0, start - 1))
            head = masked[max(0, start - 12) : max(0, start)].rstrip().rsplit(" ", 1)[-1].casefold()
        if (
            head in _OBJECT_BEFORE
            and not is_who(masked, ref[1])
            and not (
                head == "to"
                and masked[max(0, start - 16) : start].rstrip().casefold().endswith("according to")
            )
        ):
            return (ref[0], ref[1], ref[2], ref[3], False)
        return ref

    def _mark_subject(self, masked: str, refs: list[_Ref], s: int) -> Known | None:
        """Make the sentence's subject the one he/she refers to next.

        The subject is a person before a speech verb, or the first person of the sentence when
        only a short opener (``However,``, ``In Tunis,``) stands before it.
        """
        if not refs:  # (most sentences: no one to mark)
            return None
        lex = self._lex
        opener: bool | None = None  # (whether the first name opens the sentence, once known)
        for i, ref in enumerate(refs):
            person = ref[2]
            other_verb = (
                lex.verb_after.match(masked, ref[1]) if lex is not None and ref[4] else None
            )
            if other_verb is None and lex is not None and ref[4]:
                # "Indes verkündete Anton Weiler …", "dijo el presidente X", "Das
                # sagte die deutsche Außenministerin X": the subject after its speech verb
                other_verb = _verb_just_before(lex, masked, max(s, ref[0] - 50), ref[0], True)
            if (
                person is None
                and ref[3]
                and lex is None
                and ref[4]
                and _VERB_AFTER.match(masked, ref[1]) is not None
            ):
                # "…, Dana Kerr vowed, as she …": a new name before a speech verb
                person = self._registry.define(ref[3], None)
            if person is None and ref[3] and other_verb is not None:
                # "Também Rui Mota reiterou que …": a new name before a speech verb
                person = self._registry.define(ref[3], None)
            if person is None or not ref[4]:
                continue
            if (
                i
                and lex is None
                and opener is not False
                and _SUBORDINATE.search(masked, refs[0][1], ref[0]) is not None
                and (opener := refs[0][4] and _opens(masked[s : refs[0][0]].strip()))
            ):
                # "Moe appeared before the panel, where Berg had testified": the name the
                # sentence opens on is its subject, not one in a clause hung on it
                continue
            lead = masked[s : ref[0]].strip()
            if lex is None and i and all(not r[4] for r in refs[:i]):
                # "A former aide to Ola Berg, Karl Moe, …" / "Ola Berg's former aide Karl Moe":
                # only objects or owners before the name
                tail = masked[refs[i - 1][1] : ref[0]].strip()
                if tail.endswith(",") or _describes(tail.removeprefix("'s").removeprefix("’s")):
                    lead = ""
            verb = _VERB_AFTER.match(masked, ref[1]) or other_verb
            if verb is not None:
                # "… by Secretary Hewitt, Chancellor Brown said:": the name the verb follows
                # straight away is its subject, not one before it across a comma
                for later in refs[i + 1 :]:
                    if later[0] >= verb.end():
                        break
                    if later[2] is not None and later[4]:
                        again = _VERB_AFTER.match(masked, later[1])
                        if again is not None and again.end() == verb.end():
                            person = later[2]
                            break
            spoke = (
                verb is not None
                or _STATEMENT_AFTER.match(masked, ref[1]) is not None
                or (self._lex is None and _SPEAKING_AFTER.match(masked, ref[1]) is not None)
            )
            if (
                spoke
                or (
                    (i == 0 or not lead)
                    and (not lead or lead.endswith(",") or lead.count(" ") < 2 or _describes(lead))
                )
                # "Separately, the House of Representatives Speaker Akbar Tandjung asked": the
                # body the office belongs to (a name of no one, "Red Cross") stands before
                or (_body_lead(lead) and (i == 0 or all(r[2] is None for r in refs[:i])))
            ):
                self._spoke = spoke
                return self._registry.subject(person)
        first: _Ref | None = None
        if lex is None:
            for r in refs:
                if r[4]:
                    first = r
                    break
        else:
            first = refs[0]
        if first is not None and first is not refs[0]:
            # "A former aide to Ola Berg, Karl Moe, appeared": the first name not an object
            tail = masked[refs[refs.index(first) - 1][1] : first[0]].strip()
            if not (tail.endswith(",") or _describes(tail.removeprefix("'s").removeprefix("’s"))):
                first = None
            else:
                s = first[0]
        if first and first[2] is None and first[3] and first[4]:
            lead = masked[s : first[0]].strip()
            if not lead or lead.endswith(",") or " " not in lead or _describes(lead):
                # "Dana Whitfield praised …", "Today, however, Odinga said …": a name as
                # subject, a person if "she" or "he" follows
                self._registry.maybe_subject(first[3])
        return None

    def _resolve(self, m: Mention) -> list[_Ref]:
        """Turn one mention into references to known (or new) people."""
        reg = self._registry
        if m.kind == "def":
            role = m.role
            if role is not None and role.casefold() == "counterpart":
                # "his Chinese counterpart Wang Yi": the office of the person just named
                other = reg.latest_with_role(exclude=m.name)
                role = other.role if other else None
            elif role is not None and role.casefold() in COUNTERPARTS:
                role = None  # "l'omologo giapponese Kenji Ito": no office written for him
            defined = reg.define(m.name, role, m.honorific)
            if self._lex is not None and defined.gender is None and role:
                defined.gender = m.gender or feminine_office(self._lex.lang, role)
            if m.word and not defined.epithet:
                defined.epithet = m.word.casefold()
            if self._by_office and role:
                self._office_found(_office_key(role), defined)
            return [(m.start, m.end, defined, (), True)]
        if m.kind == "pron":
            subject = m.word in _SUBJECT_PRONOUNS or m.word.startswith("the ")  # the 56-year-old
            if self._lex is not None and _sentence_start(self._masked, m.start):
                # "Indes verkündete Weiler … Er unterstrich": a pronoun opening its
                # sentence is the latest subject (who may not be the person last quoted)
                person = reg.by_pronoun(m.word)
            elif self._lex is not None:
                person = self._pronoun(m.word)  # (another language: its subjects are not marked)
            elif self._anonymous and m.word in _SUBJECT_PRONOUNS:
                person = None  # the man left unnamed just now, not anyone met before
            else:
                person = reg.by_pronoun(m.word, subject=subject, exclude=self._binder)
            return [(m.start, m.end, person, (), subject)] if person else []
        if m.kind == "rolenoun":
            person = reg.by_role(m.word)
            if person is not None and self._lex is not None:
                person = self._holder(m, person)
            if person is None and self._lex is None and m.word in _TOP_OFFICES:
                # "David Kerr vowed … 'Our thoughts …,' the Prime Minister said": an office
                # no one was named with is the story's subject's, who was named without it
                person = reg.topic_without_role()
                if person is not None:
                    person.role = self._masked[m.start : m.end].split(None, 1)[-1]
            if person is None and self._lex is not None:
                # "le diplomate ivoirien", "das Staatsoberhaupt": the official holding that
                # office (as part of a compound too: Staatspräsident), else the one named last
                office = OFFICIALS.get(" ".join(m.word.split()), m.word)
                offices = (office,) if isinstance(office, str) else office
                fits = self._office_fits(self._lex.lang, m.word)
                holders = [
                    p
                    for p in reg.people
                    if p.role and any(o in p.role.casefold() for o in offices) and fits(p)
                ]
                # "le diplomate chinois": the official whose office has the same adjective
                extra = self._masked[m.start : m.end].casefold().split()[len(m.word.split()) :]
                # "der SPD-Politiker": the first part of a compound describes the holder too
                extra += [w for w in m.word.split("-")[:-1] if w]
                holders = holders or [
                    p
                    for p in reg.people
                    if (p.role or p.epithet) and any(w in _role_words(p) for w in extra) and fits(p)
                ]
                last = self._last_speaker
                if holders:
                    person = max(holders, key=lambda p: p.seen)
                elif last is not None and last.role and fits(last):
                    person = last  # "o governante salientou": the official just quoted
                else:
                    # the official named last whose office is worded for them ("la
                    # secretaria de Estado" is not "el embajador" named since)
                    officials = [p for p in reg.people if p.role and fits(p)]
                    person = max(officials, key=lambda p: p.seen) if officials else None
                if person is None and self._last_speaker is None and len(reg.people) == 1:
                    person = reg.people[0]  # "declarou o chefe de Estado": the one person met
                person = reg.touch(person) if person is not None else self._last_speaker
            if person is not None and self._by_office:
                self._office_found(_office_key(self._masked[m.start : m.end]), person)
            return [(m.start, m.end, person, (), True)]
        opener, sep, after = m.seq.partition(" ")
        if sep and not m.honorific and opener.casefold() in NOT_NAMES:
            # "Later Okafor said", "Meanwhile Kufa told": a sentence's first word, then a name
            m = Mention(m.start + len(opener) + 1, m.end, m.kind, seq=after)
        elif (
            sep
            and not m.honorific
            and self._lex is None
            and (
                opener.endswith(("'s", "’s"))
                or (
                    " " in after
                    and self._masked[max(0, m.start - 5) : m.start].endswith(_PREPOSITIONS)
                    and _OFFICE_FOR.search(self._masked, max(0, m.start - 40), m.start) is not None
                    and plausible_name(after.split())
                )
            )
        ):
            # "the agency's Dana Kerr", "Acme’s Dana Kerr": the owner, then the person;
            # "the envoy for Arcadia Dana Kerr": the office's country, then the person
            m = Mention(m.start + len(opener) + 1, m.end, m.kind, seq=after)
        opener, sep, after = m.seq.partition(" ")
        while (
            sep
            and not m.honorific
            and self._lex is None
            and opener.casefold() in _LEADING_WORDS
            and " " in after
            and plausible_name(after.split())
        ):
            # "Resident Dana Kerr", "City Manager Dana Kerr": what she is, then her name
            m = Mention(m.start + len(opener) + 1, m.end, m.kind, seq=after)
            opener, sep, after = m.seq.partition(" ")
        if " " not in m.seq and "\u00a0" not in m.seq and not m.honorific:
            # one capitalised word: a known person's name, a name seen before, or nothing
            key = m.seq[:-2] if m.seq.endswith(("'s", "’s")) else m.seq
            person = reg.lookup((key.casefold(),))
            if person is not None:
                # an owner ("Berg's team") is named in passing: no nearer for he/she
                known = person if key != m.seq else reg.touch(person)
                return [(m.start, m.start + len(key), known, (), True)]
            seen_as = reg.candidate(key.casefold())
            if seen_as is None and (
                is_who(self._masked, m.start + len(key))
                or is_described(self._masked, m.start + len(key))
            ):
                seen_as = (key,)  # "Francis, who speaks for the office, said"
            if (
                seen_as is None
                and self._lex is not None
                and self._lex.verb_then.match(self._masked, m.start + len(key) + 1) is not None
                and self._masked[m.start + len(key) : m.start + len(key) + 1] == " "
                and _lone_subject_lead(self._lex, self._masked, m.start)
            ):
                seen_as = (key,)  # "Auch Birk sagte der Zeitung: „…“": a surname, then its verb
            return [(m.start, m.start + len(key), None, seen_as, True)] if seen_as else []
        if not m.honorific:
            seen = self._nobody.get(m.seq)
            if seen is not None and reg.words.isdisjoint(seen):
                return []  # "South Korea" again, and still nobody's name
        out: list[_Ref] = []
        toks = split_seq(m)
        words = tuple([t[0].casefold() for t in toks])
        i = len(toks) if reg.words.isdisjoint(words) else 0
        rest: list[tuple[str, int, int]] = [] if i == 0 else toks
        while i < len(toks):
            for j in range(min(len(toks), i + 6), i, -1):
                person = reg.lookup(words[i:j])
                if (
                    person is not None
                    and j == i + 1
                    and j < len(toks)
                    and len(person.tokens) > 1
                    and person.tokens[0] == words[i]
                ):
                    # "John McCain" after "John Cornyn": a shared given name followed by
                    # another name word is someone else
                    person = None
                if person is not None:
                    out.append((toks[i][1], toks[j - 1][2], reg.touch(person), (), True))
                    i = j
                    break
            else:
                rest.append(toks[i])
                i += 1
        if not out and rest:
            names = [t[0] for t in rest]
            if len(names) == 1 and m.honorific:
                # "Mrs Thatcher" after "Margaret Thatcher …": the full name seen before
                names = list(reg.candidate(names[0].casefold()) or names)
            if (len(names) >= 2 or m.honorific) and plausible_name(names):
                if m.honorific or is_who(self._masked, m.end):
                    person = reg.define(names, None, m.honorific)
                    return [(m.start, m.end, person, (), True)]
                reg.note(names)
                # ("Ola Berg's aide": the name ends before the owner's "'s")
                stop = rest[-1][2] if m.seq.endswith(("'s", "’s")) else m.end
                return [(m.start, stop, None, tuple(names), True)]
            if len(rest) == len(toks) and len(toks) >= 3 and not m.honorific:
                # "… CIS Affairs Vadim Gustov told": the name is the run's plausible tail
                for k in (3, 2):
                    tail = names[-k:]
                    start = toks[-k][1]
                    if plausible_name(tail) and _VERB_AFTER.match(self._masked, m.end):
                        return [(start, m.end, None, tuple(tail), True)]
            if not m.honorific and len(rest) == len(toks):
                self._nobody[m.seq] = words
        return out

    def _holder(self, m: Mention, found: Known) -> Known:
        """Among the people whose office holds the noun (``le ministre délégué``), the one its
        other words describe (``délégué``), of the gender its article tells (``la ministre``),
        else ``found``, the one mentioned last."""
        core = m.word.split()
        people = self._registry.people
        holders = [p for p in people if p.role and all(w in _role_words(p) for w in core)]
        extra = self._masked[m.start : m.end].casefold().split()[len(core) :]
        # "il ministro giapponese" after "l'omologo giapponese Kenji Ito": the one the
        # adjective described, whose office was not written
        counterparts = [p for p in people if p.role is None and p.epithet and p.epithet in extra]
        holders += counterparts
        if len(holders) < 2:
            return found
        described = [p for p in holders if any(w in _role_words(p) for w in extra)]
        holders = described or holders
        article = self._masked[max(0, m.start - 4) : m.start].split()
        gender = _ARTICLE_GENDER.get(article[-1].casefold()) if article else None
        if gender is not None:
            holders = [p for p in holders if p.gender in (None, gender)] or holders
        best = max(holders, key=lambda p: p.seen)
        return self._registry.touch(best) if best is not found else found

    def _office_found(self, office: str, person: Known) -> None:
        """The quotes left waiting for ``office`` (the same words) are ``person``'s."""
        for k in self._by_office.pop(office, ()):
            q = self._quotes[k]
            if q.speaker is None:
                self._quotes[k] = Quote(q.id, q.text, person.name, person.role, q.context, q.marks)

    @staticmethod
    def _office_fits(lang: str, word: str) -> Callable[[Known], bool]:
        """Whether a person can be the one an office names (``la ministra`` is nobody whose
        own office is ``embajador``, ``der Sprecher`` nobody introduced as ``Sprecherin``)."""
        feminine = feminine_office(lang, word) == "f"
        masculine = not feminine and masculine_office(lang, word)

        def fits(person: Known) -> bool:
            if feminine:
                return person.gender != "m" and not (
                    person.role and masculine_office(lang, person.role)
                )
            if masculine:
                return not (person.role and feminine_office(lang, person.role) == "f")
            return True

        return fits

    def _speaker(self, ref: _Ref) -> Known | None:
        """The person a chosen reference stands for, creating one for a new name."""
        if ref[2] is not None:
            return ref[2]
        return self._registry.define(ref[3], None) if ref[3] else None

    def _attribute(
        self, text: str, masked: str, span: tuple[int, int], refs: list[_Ref], s: int, e: int
    ) -> Known | None:
        """The speaker of the quote at ``span`` in the sentence ``s:e``, or ``None``."""
        if masked[:1] in _READ_ALSO_FIRST and _READ_ALSO.match(masked):
            return None  # "Lea aquí: “…”: presidente …": a link to another report's headline
        inner = text[span[0] + 1 : span[1]].rstrip()
        after_first = inner[-1:] in (",", "?", "!") or text[span[1] + 1 : span[1] + 2] == ","
        order = (self._after, self._before) if after_first else (self._before, self._after)
        if self._lex is not None:
            ref = self._other(self._lex, text, masked, span, refs, s, e, after_first)
            if ref is not None:
                if ref[2] is None and not ref[3] and ref[1] > ref[0]:
                    # "El ministro de Pesca indicó que «…»" before anyone holds that office:
                    # the quote waits for the person that office turns out to be
                    self._office_of[span] = _office_key(masked[ref[0] : ref[1]])
                return self._speaker(ref)
        for find in order:
            ref = find(masked, span, refs, s, e)
            if ref is not None:
                return self._speaker(ref)
        return None

    def _pronoun(self, word: str) -> Known | None:
        """``il``/``sie`` after a quotation: the person just quoted when the gender fits,
        else whom the registry says."""
        last = self._last_speaker
        gender = gender_of(word)
        recent = self._recent_subject()
        if (
            recent is not None
            and (other := recent[2]) is not None
            and other is not last
            and other.gender == gender
            and (last is None or last.gender != gender)
        ):
            # "Mme Dufour a jugé le coût excessif. « … », a-t-elle lancé": the woman the
            # sentence before is about, not the man quoted earlier
            return self._registry.touch(other)
        if last is not None and last.gender in (None, gender):
            return self._registry.touch(last)
        return self._registry.by_pronoun(word)

    def _recent_subject(self) -> _Ref | None:
        """The subject of the sentence just before (``None`` if it named nobody)."""
        return self._prev_subject if self._subject_at >= self._sentence_no - 1 else None

    def _other(
        self,
        lex: Lexicon,
        text: str,
        masked: str,
        span: tuple[int, int],
        refs: list[_Ref],
        s: int,
        e: int,
        after_first: bool,
    ) -> _Ref | None:
        """The speaker by another language's word order (see :mod:`.languages`)."""
        starts = {r[0]: r for r in refs if r[4]}
        lead = _POST_LEAD.match(masked, span[1] + 1)
        p = lead.end() if lead else span[1] + 1
        after: _Ref | None = None
        # a quotation opening the paragraph after one of reported speech ("Mota reiterou
        # que …" / "« … », disse.", "…, sagte sie.") is that subject's
        went_on = self._went_on if not masked[: span[0]].strip() else None
        if p < e and _unnamed_after(lex, masked, p):
            return (p, p, None, (), True)  # "„…“, so ein Sprecher des Amts": nobody named
        if _SOMEONE.search(masked, s, span[0]) and not any(
            r[4] and s <= r[0] < span[0] and (r[2] is not None or r[3]) for r in refs
        ):
            return (p, p, None, (), True)  # "Sul posto qualcuno resta prudente: «…»"
        if p < e and went_on is not None:
            m = lex.verb_then.match(masked, p)
            pm = lex.pronoun.match(masked, m.end()) if m is not None else None
            if pm is not None and went_on.gender in (
                None,
                gender_of(lex.pronouns[pm.group().casefold()]),
            ):
                after = (p, p, went_on, (), True)
        if p < e and after is None:
            ref = _ref_at(starts, masked, p)
            if ref is not None and lex.verb_after.match(masked, ref[1]):
                after = ref  # "« … », Garnier a ajouté"
            elif (m := lex.verb_then.match(masked, p)) is not None and (
                ref := _ref_at(starts, masked, m.end())
                or next(
                    (
                        r
                        for r in refs
                        if r[4]
                        and (r[2] is not None or r[3])
                        and m.end() <= r[0] <= m.end() + 40
                        and _subject_after(lex, masked, m.end(), r[0])
                    ),
                    None,
                )
            ) is not None:
                # "« … », a déclaré le ministre Garnier" / "…, a déclaré mardi soir dans un
                # communiqué Jean-Luc Morel"
                after = ref
            elif (m := lex.inversion.match(masked, p)) is not None:
                # "« … », a-t-il dit" / "„…“, sagte er" / "«…», ha aggiunto.": a pronoun or
                # no subject at all; the person last quoted (or named) spoke
                groups = m.groupdict()
                pronoun = groups.get("p") or groups.get("p2")
                # (the subject of reported speech just before, else the person last quoted,
                # else the last sentence's subject, else the official named last)
                if pronoun and went_on is not None:
                    gender = gender_of(lex.pronouns[pronoun.casefold()])
                    went_on = went_on if went_on.gender in (None, gender) else None
                reported = self._reported if self._recent_subject() is not None else None
                if reported is not None and pronoun:
                    gender = gender_of(lex.pronouns[pronoun.casefold()])
                    reported = reported if reported.gender in (None, gender) else None
                person = (
                    went_on or reported or self._pronoun(lex.pronouns[pronoun.casefold()])
                    if pronoun
                    else went_on or reported or self._last_speaker
                )
                if person is not None:
                    after = (p, p, person, (), True)
                elif self._recent_subject() is not None:
                    after = self._recent_subject()  # "il" for someone named, not yet quoted
                elif (official := self._registry.latest_subject_or_official()) is not None:
                    # (the official who last did or said something, not one only met as an
                    # object since: "se reuniría con la primera ministra X. «…», manifestó")
                    after = (p, p, official, (), True)
            elif (
                (m := lex.verb_then.match(masked, p)) is not None
                and (lone := _lone_name(lex, masked, m.end())) is not None
                # (never after an article: "sagte der SPD-Politiker" is no name)
                and masked[p : m.end()].split()[-1].casefold().strip("'’") not in lex.not_names
            ):
                after = lone  # "„…“, sagte Brandt." / "« … », a déclaré Dupont": a surname alone
            else:
                after = self._clause_after(lex, masked, starts, p, e)
        if after is not None and after_first:
            return after
        if after is None and (m := lex.tail_inversion.search(masked, span[1] + 1, e)):
            # "« … », et à poursuivre « … », a-t-il souligné."
            groups = m.groupdict()
            pronoun = groups.get("p") or groups.get("p2")
            person = self._pronoun(lex.pronouns[pronoun.casefold()]) if pronoun else None
            if person is not None:
                after = (p, p, person, (), True)
        for ref in reversed(refs):
            if ref[1] > span[0] or not ref[4] or ref[0] < s:
                continue
            verb = lex.verb_after.match(masked, ref[1])
            if verb and verb.end() <= span[0]:
                # "Le président Faye a déclaré : « … »"; a name inside an appositive
                # ("Ferrante, sciogliendo la riserva davanti a Bellandi, ha assicurato") is
                # not the subject: the first name the same verb follows is
                for other in refs:
                    if other is ref or other[0] < s or not other[4]:
                        continue
                    v = lex.verb_after.match(masked, other[1])
                    if v is not None and v.end() == verb.end():
                        return other
                    if other[0] >= ref[0]:
                        break
                return ref
            if _few_words_between(masked[ref[1] : span[0]]) and lex.verb_before.search(
                masked, max(s, ref[0] - 60), ref[0]
            ):
                # 'dijo el presidente "…"', 'begründete Lindqvist damit, "…"', 'bewertete der
                # Kanzler als "…"'
                return ref
            ab = lex.according_before.search(masked, max(s, ref[0] - 50), ref[0])
            if ab is not None and not _STRESSED.match(ab.group().split(None, 1)[-1]):
                # "… che secondo la presidente Rinaldi rappresenta '…'" (but "Per lui la
                # Corea è «…»": the pronoun is whom the words are according to)
                return ref
            if lex.lang == "de" and _ZUFOLGE.match(masked, ref[1]):
                return ref  # "Dem Sprecher Tim Berg zufolge ist die Lage „sehr ernst“"
        if after is not None:
            return after
        inner = text[span[0] + 1 : span[1]]
        cut = lex.interruption.search(inner)
        if cut is not None and (who := self._interrupting(lex, cut.group())) is not None:
            return (s, s, who, (), True)  # "«…» - ha sottolineato il ministro Ferrante - «…»"
        if _opens_on(lex.verb_start, masked, s, e) or cut is not None:
            # "Explicó que se trataron “…”": no subject, the person last quoted or named
            if self._last_speaker is not None:
                return (s, s, self._last_speaker, (), True)
            if self._recent_subject() is not None:
                return self._recent_subject()
        if self._recent_subject() is not None and not (
            masked[s : span[0]].strip() or masked[span[1] + 1 : e].strip(" .,;:!?\u00a0")
        ):
            # a quotation standing alone after a sentence about its speaker
            return self._recent_subject()
        named = [r for r in refs if r[4] and (r[2] is not None or r[3]) and s <= r[0] < e]
        if named and named[0][1] <= span[0]:
            # "Heraldo Ortúzar, se refirió al tema y dijo que … «…»": the subject, then a
            # speech verb with nobody else named before the quotation
            first = named[0]
            verb = lex.verb_any.search(masked, first[1], span[0])
            others = (
                [r for r in refs if r is not first and first[1] <= r[0] < verb.start()]
                if verb is not None
                else []
            )
            if (
                verb is not None
                and (
                    not others
                    # "kommentierte Ott zudem den Wechsel von Hans Lehr zu Otto Rainer, betonte
                    # aber auch, „…“": the subject of one speech verb goes on to the next one,
                    # past people met as objects (not past a relative clause's own subject)
                    or (
                        (
                            lex.verb_after.match(masked, first[1]) is not None
                            or _verb_just_before(lex, masked, max(s, first[0] - 50), first[0])
                            is not None
                            # ("O ministro X não quis responder a Y, mas afirmou que «…»": a
                            # sentence opening on its subject)
                            or masked[s : first[0]].strip().count(" ") < 1
                        )
                        and not any(r[4] and lex.verb_after.match(masked, r[1]) for r in others)
                        and _RELATIVE.search(masked, first[1], verb.start()) is None
                        and _COORDINATED.search(masked, max(0, verb.start() - 8), verb.start())
                        is not None
                    )
                )
            ):
                return first
        if (according := lex.according.match(masked, s)) is not None:
            if (pron := _STRESSED.match(masked, according.end())) is not None:
                # "Selon lui", "Per lui la Corea è «…»": the pronoun, before any name after it
                person = self._pronoun(_STRESSED_GENDER[pron.group().casefold()])
                return (s, s, person, (), True)
            # "Selon la ministre de l'Économie, Aminata Ndiaye, l'accord …« … »"
            for ref in named:
                if ref[1] <= span[0]:
                    return ref
            return (s, s, None, (), True)  # "Según la patronal, el plan «…»": nobody named
        for ref in named:
            if ref[1] <= span[0] and lex.auxiliary.match(masked, ref[1]):
                return ref  # "Er habe gegenüber Aydin deutlich gemacht, “…”"
        if not named and thing_subject(lex.lang, masked, s):
            return None  # "Un comunicado conjunto habló de «…»": a thing's words, no one's
        if (
            named
            and self._last_speaker is not None
            and self._spoke_at >= self._sentence_no - 1
            and all(r[2] is self._last_speaker for r in named if r[1] <= span[0])
            and named[0][1] <= span[0]
        ):
            # "„…“, sagte Minister Friedrich. Zugleich wies der CSU-Politiker auf „…“ hin":
            # the person just quoted, named again
            return named[0]
        if not named:
            # reported speech with nobody named ("Derzeit finde die Kommunikation „…“
            # statt."): the person just quoted, else the last sentence's subject; German
            # reported speech (its verb in the subjunctive: "Diese gelte für jeden, müsse
            # es …") goes on with the last person quoted, however long ago
            if self._last_speaker is not None and (
                self._spoke_at >= self._sentence_no - 1
                or (lex.lang == "de" and _KONJUNKTIV.search(masked, s, span[0]) is not None)
            ):
                return (s, s, self._last_speaker, (), True)
            if self._recent_subject() is not None:
                return self._recent_subject()
        return None

    def _interrupting(self, lex: Lexicon, words: str) -> Known | None:
        """The person an attribution inside a quotation names (``– ha sottolineato il
        ministro Ferrante –``, ``—dijo el canciller José Ortúzar—``), if it names one."""
        reg = self._registry
        for m in lex.role_name.finditer(words):
            tokens = m.group("name").split()
            if tokens and plausible_name(tokens) and tokens[0].casefold() not in lex.not_names:
                role, _ = plain_office(lex.lang, " ".join(m.group("role").split()))
                return reg.subject(reg.define(tokens, role))
        names = _CAPITALISED_RUN.findall(words)
        for name in names:
            tokens = name.split()
            known = reg.lookup(tuple(t.casefold() for t in tokens))
            if known is not None:
                return reg.subject(known)
            if len(tokens) >= 2 and plausible_name(tokens):
                return reg.subject(reg.define(tokens, None))
        for m in lex.role_noun.finditer(words):
            person = reg.by_role(m.group("core").casefold())
            if person is not None:
                return reg.subject(person)
        return None

    @staticmethod
    def _clause_after(
        lex: Lexicon, masked: str, starts: dict[int, _Ref], p: int, e: int
    ) -> _Ref | None:
        """``… eine „…“ machen, erklärte seine Sprecherin Karla Lenz``: the rest of the
        quote's clause, then a speech verb and its subject after a comma."""
        for comma in _COMMA.finditer(masked, p, min(e, p + 120)):
            m = lex.verb_then.match(masked, comma.end())
            if m is not None:
                return _ref_at(starts, masked, m.end())
        return None

    @staticmethod
    def _after(masked: str, span: tuple[int, int], refs: list[_Ref], s: int, e: int) -> _Ref | None:
        """``"…," Adeyemi told reporters`` / ``"…," said the minister`` / ``according to``."""
        lead = _POST_LEAD.match(masked, span[1] + 1)  # matches the empty string at worst
        p = lead.end() if lead else span[1] + 1
        if p >= e:
            return None
        starts = {r[0]: r for r in refs if r[4]}
        ref = _ref_at(starts, masked, p)
        if ref is not None and _VERB_AFTER.match(masked, ref[1]):
            return ref
        if (
            ref is None
            and (lone := _LONE_SAID.match(masked, p)) is not None
            and lone.group(1).casefold() not in _NOT_SPEAKERS
        ):
            # '"…," Vogel said.': one capitalised word, then the verb, is who spoke
            return (p, lone.end(1), None, (lone.group(1),), True)
        m = _VERB_THEN.match(masked, p) or _ACCORDING.match(masked, p)
        if m:
            ref = _ref_at(starts, masked, m.end())
            if (
                ref is None
                and (lone := _LONE_AFTER.match(masked, m.end())) is not None
                and lone.group(1).casefold() not in _NOT_SPEAKERS
            ):
                # '"…," said Salter, 54, a veteran': one capitalised word, never met before
                return (m.end(), lone.end(1), None, (lone.group(1),), True)
            if ref is None and (by := _A_STATEMENT_BY.match(masked, m.end())) is not None:
                # "…", says the statement by X (X stands after "by": an object otherwise)
                ref = _ref_at({r[0]: r for r in refs}, masked, by.end())
            if ref is not None:
                return ref
        how = _HOW.match(masked, p)  # "…" — that was how Haddad put it.
        if how:
            ref = _ref_at(starts, masked, how.end())
            if ref is not None and _VERB_AFTER.match(masked, ref[1]):
                return ref
        # Further on in the clause: "…" in that law, Azzouz said. / "…," said chief inspector
        # Jane Doe / "…," Pakistan-based developer Ali Khan wrote.
        for ref in refs:
            if ref[0] < p or not ref[4]:
                continue
            between = masked[span[1] + 1 : ref[0]]
            if ref[0] - span[1] > 160 or any(c in between for c in ".;!?") or "   " in between:
                return None
            if _INVERTED_END.search(between):
                return ref  # '"…" announced in October, said Derek Ames, a scholar'
            if _VERB_AFTER.match(masked, ref[1]) or _DESCRIBED.fullmatch(between):
                if _DESCRIBED.fullmatch(between) and not _VERB_AFTER.match(masked, ref[1]):
                    verb = _VERB_THEN.match(masked, p)
                    if verb is None:
                        return None
                return ref
        return None

    @staticmethod
    def _before(
        masked: str, span: tuple[int, int], refs: list[_Ref], s: int, e: int
    ) -> _Ref | None:
        """``President Lee stated that '…'``: the last subject before the quote with a verb."""
        for k in range(len(refs) - 1, -1, -1):
            ref = refs[k]
            if ref[1] > span[0]:
                continue
            if not ref[4]:
                if ref[2] is not None and masked[max(s, ref[0] - 13) : ref[0]].casefold() == (
                    "according to "
                ):
                    return ref  # "According to him, '…'"
                continue
            verb = _VERB_AFTER.match(masked, ref[1])
            if verb and verb.end() <= span[0]:
                if k and masked[refs[k - 1][1] : ref[0]].strip(" \u00a0") == "and":
                    return None  # "Ivanov and Powell agreed '…'": two speakers, neither alone
                for j in range(k):
                    # "Moe, who served under Berg, said …": the name the aside hangs on;
                    # "Moe testified that Berg told him '…'": the one whose account it is
                    outer = refs[j]
                    if outer[0] < s or not outer[4]:
                        continue
                    v = _VERB_AFTER.match(masked, outer[1])
                    if v is not None and (
                        v.end() == verb.end()
                        or (
                            v.end() <= ref[0]
                            and (
                                masked[v.end() : ref[0]].strip(" \u00a0") == "that"
                                or (
                                    not masked[v.end() : ref[0]].strip(" \u00a0")
                                    and _REPORTING.search(masked, v.start(), v.end()) is not None
                                )
                            )
                            and "," not in masked[ref[1] : verb.end()]
                            and masked[ref[1] : verb.end()].strip(" \u00a0").count(" ") < 3
                        )
                    ):
                        return outer
                return ref
            if masked[max(s, ref[0] - 13) : ref[0]].casefold() == "according to ":
                return ref
        # "Leon criticized the moves, saying the plan was '…'": the subject of the sentence
        near = max(s, span[0] - 160)  # (the patterns end at the quote: search its lead-in only)
        if (
            _SAYING.search(masked, near, span[0])
            or _SAYING_THAT.search(masked, near, span[0])
            or _AND_SAID.search(masked, near, span[0])
        ):
            for ref in refs:
                if ref[4] and ref[0] < span[0]:
                    return ref
        # "Added Senator Dana Kerr (D-Ore.), '…'": a sentence that opens on its speech verb,
        # then the speaker, then the quotation
        if masked[s : s + 1].isupper() and (lead := _VERB_OPENS.match(masked, s)) is not None:
            for ref in refs:
                if ref[0] < lead.end():
                    continue
                if ref[4] and ref[1] <= span[0] and _THEN_QUOTE.fullmatch(masked, ref[1], span[0]):
                    return ref
                break
        # "In Seoul, Lee was blunt: '…'": the one person named before a colon
        if masked[s : span[0]].rstrip().endswith(":"):
            named = {id(r[2]): r for r in refs if r[1] <= span[0] and r[4] and r[2] is not None}
            if len(named) == 1:
                return next(iter(named.values()))
            for ref in refs:
                # "Maya Stern: '…'" opening a paragraph or an item: a name, a colon, the words
                if (
                    ref[3]
                    and not masked[s : ref[0]].strip()
                    and masked[ref[1] : span[0]].strip() == ":"
                ):
                    return ref
        return None

    def _add_fact(self, kind: str, text: str, context: str) -> None:
        key = (kind, text, context)
        if key not in self._fact_keys:
            self._fact_keys.add(key)
            self._facts.append(Fact(kind, text, context))  # type: ignore[arg-type]

    def feed_block_quote(
        self, text: str, speaker: str | None, role: str | None, context: str | None = None
    ) -> None:
        """Record a quote whose speaker is given outright (a Markdown ``>`` block quote)."""
        name = speaker
        if speaker and speaker.split():
            person = self._registry.define(speaker.split(), role)
            name, role = person.name, role or person.role
        self._quotes.append(Quote(self._quote_ids.make(text), text, name, role, context or text))
        found = scan(text)
        for kind, a, b in find_facts(text, fact_starts(text, found.numbers, found.caps)):
            self._add_fact(kind, text[a:b], context or text)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotes found so far, in document order."""
        return tuple(self._quotes)

    @property
    def facts(self) -> tuple[Fact, ...]:
        """The facts found so far, in document order."""
        return tuple(self._facts)

    @property
    def people(self) -> tuple[Person, ...]:
        """The people found so far, in order of first mention."""
        return tuple(Person(p.name, p.role) for p in self._registry.people)
