"""Word lists and character classes the extractor uses to recognise offices, names and speech."""

from __future__ import annotations


def _char_class(predicate: object, ranges: tuple[tuple[int, int], ...]) -> str:
    """A regex character class of every code point in ``ranges`` for which ``predicate`` holds."""
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi) if predicate(chr(c))]  # type: ignore[operator]
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        first, last = chars[i], chars[j]
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


# Latin (with Vietnamese and Turkish letters), Greek and Cyrillic capitals.
_RANGES = ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
UPPER = _char_class(lambda ch: ch.isupper() or ch.istitle(), _RANGES)

# Words that may stand before a core office word as part of the title (``Foreign`` Minister,
# ``Deputy Prime`` Minister) or after ``of``/``for`` (Minister ``of Power``). A nationality is
# never among them, which is how ``Swedish`` is left out of a role.
PORTFOLIO = frozenset(
    ["prime", "deputy", "vice", "acting", "interim", "chief", "senior", "foreign", "state", "cabinet", "executive", "managing", "assistant", "associate", "first", "permanent", "general", "special", "high", "lord", "grand", "supreme", "crown", "lieutenant", "federal", "regional", "provincial", "shadow", "junior", "trade", "finance", "financial", "economy", "economic", "economics", "defence", "defense", "health", "energy", "interior", "home", "justice", "education", "agriculture", "agricultural", "environment", "environmental", "labour", "labor", "industry", "industries", "industrial", "commerce", "commercial", "transport", "transportation", "culture", "cultural", "tourism", "science", "sciences", "technology", "technologies", "digital", "development", "budget", "treasury", "security", "climate", "fisheries", "fishery", "infrastructure", "mines", "mining", "oil", "gas", "petroleum", "water", "power", "sports", "sport", "youth", "women", "communications", "communication", "information", "investment", "investments", "affairs", "european", "international", "cooperation", "co-operation", "planning", "public", "works", "housing", "land", "lands", "natural", "resources", "maritime", "sea", "ocean", "oceans", "marine", "migration", "immigration", "unification", "heritage", "arts", "research", "world", "global", "national", "external", "internal", "fiscal", "monetary", "central", "bank", "army", "military", "navy", "police", "party", "opposition", "majority", "minority", "parliamentary", "presidential", "press", "media", "relations", "export", "exports", "import", "imports", "family", "social", "welfare", "employment", "business", "businesses", "enterprise", "enterprises", "innovation", "space", "aviation", "rail", "railways", "roads", "urban", "rural", "forestry", "food", "wildlife", "gender", "equality", "human", "rights", "religious", "diaspora", "tax", "taxation", "revenue", "customs", "statistics", "commission", "council", "union", "parliament", "assembly", "court", "africa", "asia", "pacific", "americas", "middle", "east", "europe", "asean", "g7", "g20", "nato", "un", "eu", "imf", "wto", "oecd"]
)

# The title itself; a role ends with one of these (after any ``of …`` part).
ROLE_CORES = ["secretary[-", "]general", "director[-", "]general", "attorney[-", "]general", "solicitor[-", "]general", "inspector[-", "]general", "governor[-", "]general", "vice[-", "]president", "vice[-", "]chancellor", "vice[-", "]premier", "prime", "minister", "crown", "prince", "chief", "executive", "officer", "chief", "executive", "chief", "economist", "chief", "negotiator", "executive", "director", "managing", "director", "high", "representative", "high", "commissioner", "special", "envoy", "press", "secretary", "spokesperson", "spokesman", "spokeswoman", "president", "minister", "secretary", "chancellor", "ambassador", "governor", "commissioner", "premier", "king", "queen", "prince", "princess", "emir", "sultan", "pope", "ceo", "chairman", "chairwoman", "chairperson", "chair", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mayor", "envoy", "director", "admiral", "negotiator", "adviser", "advisor", "economist", "analyst", "professor", "speaker", "representative", "consul", "mp", "treasurer", "rapporteur", "commander", "leader"]

PARTICLES = "de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|bin|binti|ibn|al|el|y|ten|ter|zu"
HONORIFICS = "Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Madam|Mme|Mx"

# Capitalised words that start a sentence or name a thing, never a person's first name.
NOT_NAMES = frozenset(
    ["the", "a", "an", "and", "but", "or", "nor", "so", "yet", "in", "on", "at", "of", "for", "to", "by", "from", "with", "as", "after", "before", "during", "while", "when", "where", "which", "who", "whom", "whose", "what", "this", "that", "these", "those", "both", "each", "every", "all", "any", "some", "many", "most", "more", "few", "other", "another", "such", "our", "their", "his", "her", "its", "my", "your", "we", "they", "he", "she", "it", "i", "you", "there", "here", "then", "now", "today", "yesterday", "tomorrow", "meanwhile", "however", "also", "still", "later", "earlier", "opening", "speaking", "asked", "according", "despite", "although", "though", "because", "since", "until", "if", "unless", "once", "beyond", "between", "among", "under", "over", "into", "through", "across", "against", "without", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "not", "no", "yes", "mr", "mrs", "ms", "dr", "prof", "sir"]
)

# A capitalised run containing one of these names an institution or a place, not a person.
ORG_WORDS = frozenset(
    ["ministry", "house", "union", "office", "council", "commission", "government", "agency", "bank", "fund", "group", "association", "committee", "department", "party", "embassy", "organization", "organisation", "authority", "corporation", "company", "reuters", "news", "times", "post", "agency", "press", "institute", "university", "college", "school", "league", "club", "federation", "forum", "summit", "assembly", "parliament", "congress", "senate", "court", "republic", "kingdom", "state", "states", "city", "province", "region", "island", "islands", "ocean", "sea", "river", "airport", "port", "station", "hospital", "foundation", "center", "centre", "programme", "program", "initiative", "treaty", "agreement", "accord", "pact", "plan", "act", "statement", "declaration", "army", "navy", "force", "forces", "police", "service", "services", "coalition", "alliance", "bloc", "board", "chamber", "exchange", "market", "markets", "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "united", "national", "international", "global", "world", "european", "asian", "african", "american", "pacific", "atlantic", "gulf"]
)

SPEECH_VERBS = ["said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "added", "adds", "noted", "notes", "highlighted", "highlights", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "underscored", "underscores", "remarked", "remarks", "observed", "explained", "explains", "declared", "declares", "announced", "announces", "insisted", "insists", "argued", "argues", "warned", "warns", "cautioned", "pledged", "pledges", "promised", "promises", "vowed", "vows", "affirmed", "reaffirmed", "confirmed", "confirms", "acknowledged", "admitted", "conceded", "claimed", "claims", "asserted", "maintained", "suggested", "suggests", "replied", "responded", "answered", "countered", "called", "calls", "described", "describes", "characterized", "characterised", "characterizes", "characterises", "termed", "dubbed", "labelled", "labeled", "praised", "hailed", "hails", "welcomed", "urged", "urges", "asked", "asks", "wrote", "writes", "tweeted", "posted", "recalled", "recalls", "continued", "concluded", "quipped", "joked", "predicted", "hoped", "expressed", "reiterated", "repeated", "pointed", "went", "summed", "spoke", "commented", "opened", "began", "mentioned", "proclaimed", "assured", "reassured", "lamented", "boasted", "revealed", "signalled", "signaled", "indicated", "referred", "thanked", "promised", "put"]

ADVERBS = ["also", "later", "then", "further", "again", "previously", "once", "repeatedly", "publicly", "recently", "separately", "earlier", "subsequently", "quickly", "simply", "firmly", "had", "has", "have", "was", "is", "would", "will", "already", "himself", "herself", "personally"]

MALE = frozenset(["he", "his", "him", "himself", "mr", "sir", "king", "prince", "emir", "sultan", "chairman", "spokesman"])
FEMALE = frozenset(
    ["she", "her", "hers", "herself", "mrs", "ms", "miss", "madam", "dame", "queen", "princess", "chairwoman", "spokeswoman"]
)
