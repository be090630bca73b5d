"""How quotes are attributed beyond English: one row of words per language.

French, Spanish, German, Italian and Portuguese follow the English machinery (names are
capitalised, a speech verb stands after the subject or right after the quote), with their
own verbs, offices, pronouns and word order:

* ``Le président Faye a déclaré : « … »`` (subject, verb, quote);
* ``« … », a déclaré le ministre Paul Garnier`` (quote, verb, article, office, name);
* ``« … », a-t-il dit`` / ``„…“, sagte er`` / ``«…», ha aggiunto`` (a pronoun after the
  verb, or none at all: the last speaker);
* ``„…“, so Berghoff`` (German ``so`` after a quote);
* ``Selon X, …« … »`` / ``Según`` / ``Secondo`` / ``Segundo`` / ``Laut`` (the first person
  named in the sentence).

Korean and Japanese put the speaker first, marked by a particle, and the verb last:
``이재명 대통령은 "…"이라고 말했다``, ``高市首相は「…」と述べた``; see :mod:`tui.core.extract.cjk`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tui.core.extract.lexicon import PARTICLES, UPPER

_LOWER = "a-zß-öø-ÿ"


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words, as regex alternations (the auxiliary comes with its verb)."""

    verbs: str  # finite speech verbs standing alone: "a déclaré", "sagte", "ha detto"
    adverbs: str  # words that may stand between the auxiliary (or subject) and the verb
    articles: str  # an article before an office after the verb: "a déclaré le ministre"
    inversion: str  # a verb followed by a subject pronoun: "a-t-il dit", "sagte er"
    according: str  # "according to": "selon", "según"
    roles: str  # offices (the core word; lower case except in German)
    role_links: str  # words that continue an office: "de", "del", "des Affaires étrangères"
    officials: str  # nouns for an official named before: "diplomate", "mandatario", "Staatschef"
    auxiliaries: str  # the verbs a subject is followed by: "a", "ha", "hat" (who is the subject)
    said_so: str  # a sentence giving the speaker of the quotation before it: "Lo ha detto"
    pronouns: dict[str, str]  # subject pronoun → "he" / "she"
    not_names: str  # capitalised words that open a sentence, never a name


_FR_PP = (
    "déclaré dit affirmé ajouté souligné indiqué estimé expliqué assuré martelé rappelé insisté "
    "averti prévenu promis annoncé confié lancé répondu reconnu précisé poursuivi conclu jugé "
    "plaidé réagi noté commenté observé lâché résumé salué tweeté écrit déploré dénoncé regretté "
    "rétorqué répliqué nuancé admis évoqué tranché ironisé confirmé"
    " relevé signalé détaillé renchéri argué protesté considéré martelé soutenu"
    " qualifié décrit"
    " laissé\\s+entendre fait\\s+savoir fait\\s+valoir fait\\s+remarquer fait\\s+observer"
)
#: ``s'est exclamé``, ``s'est irritée``: a reflexive speech verb, agreeing with its subject
_FR_REFLEXIVE = (
    "exclamée?s? irritée?s? emportée?s? félicitée?s? inquiétée?s? interrogée?s? défendue?s? "
    "justifiée?s? agacée?s? indignée?s? réjouie?s? étonnée?s? insurgée?s? alarmée?s? "
    "expliquée?s? exprimée?s? désolée?s? engagée?s?"
)
_FR_PRESENT = (
    "déclare dit affirme ajoute souligne indique estime explique assure martèle rappelle "
    "insiste avertit prévient promet annonce confie lance répond reconnaît précise poursuit "
    "conclut juge plaide commente observe résume"
    " évoque relève déplore dénonce regrette répète note tranche s['’]exclame"
)
_ES = (
    "dijo afirmó declaró señaló añadió agregó aseguró explicó indicó destacó subrayó advirtió "
    "sostuvo manifestó expresó apuntó insistió recordó reconoció comentó respondió precisó "
    "concluyó prometió anunció enfatizó remarcó dice afirma asegura señala explica añade destaca "
    "informó detalló aseveró puntualizó reiteró recalcó consideró estimó opinó mencionó "
    "apuntó finalizó zanjó aclaró criticó lamentó celebró defendió sentenció agrega "
    "reivindicó definió calificó describió tildó admitió reaccionó replicó habló hablaba"
    " cree entiende considera rechaza"
)
_ES_PP = (
    "dicho afirmado declarado señalado añadido agregado asegurado explicado indicado destacado "
    "subrayado advertido sostenido manifestado expresado insistido recordado reconocido "
    "apuntado reivindicado defendido lamentado criticado aclarado respondido"
)
_DE = (
    "sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt versicherte versichert "
    "unterstrich bekräftigte ergänzte ergänzt antwortete schrieb forderte mahnte kündigte "
    "fügte räumte teilte sprach hob stellte nannte bezeichnete kritisierte"
    " verkündete verkündet versprach verspricht äußerte äußert kommentierte kommentiert"
    " beteuerte unterstreicht bekräftigt lobte mahnt fordert bilanzierte resümierte"
    " begründete begründet bewertete bewertet verteidigte verteidigt widersprach entgegnete"
    " argumentierte erinnerte verwies appellierte beklagte bedauerte präzisierte zeigte"
)
_DE_PP = (
    "gesagt erklärt betont gewarnt versichert unterstrichen bekräftigt geschrieben"
    " gefordert kritisiert bezeichnet angekündigt begründet"
)
_IT_PP = (
    "detto affermato dichiarato aggiunto sottolineato spiegato ribadito osservato commentato "
    "assicurato precisato avvertito annunciato concluso risposto evidenziato rimarcato "
    "definito ricordato insistito promesso parlato proseguito replicato scritto dichiarato "
    "assicurato garantito confermato descritto bollato"
)
_IT = (
    "disse dichiarò affermò aggiunse dice afferma sottolinea spiega aggiunge ribadisce "
    "dichiara commenta osserva conclude prosegue"
)
_PT = (
    "disse afirmou declarou destacou acrescentou explicou ressaltou salientou garantiu "
    "assegurou sublinhou lembrou indicou observou reforçou defendeu comentou respondeu "
    "concluiu prometeu anunciou frisou diz afirma declara destaca acrescenta"
    " referiu considerou admitiu reiterou assinalou realçou vincou advertiu alertou argumentou"
    " notou apontou sustentou insistiu adiantou precisou confirmou revelou contou recordou"
    " avisou criticou lamentou elogiou responde refere considera salienta sublinha adianta"
    " explica garante assegura"
    # (words called something: "definiu a situação como «…»", "classificou de «…»")
    " definiu classificou qualificou descreveu apelidou relatou narrou reagiu retorquiu"
    " falou falava"
    # (what someone holds, told as reported speech: "X lamenta …, mas entende que «…»")
    " entende acredita reconhece rejeita"
)


# Speech verbs in the present, as features and interviews tell them (``«…», racconta X``,
# ``“…”, cuenta X``), added to the rows above.
_IT += (
    " racconta spiega ammette ricorda conferma precisa nota evidenzia assicura insiste "
    "continua avverte sostiene replica risponde ribatte scherza confida rivela denuncia "
    "lamenta riassume chiosa annota ritiene crede"
)
_ES += (
    " cuenta relata reconoce admite advierte recuerda sostiene insiste comenta apunta "
    "subraya resume bromea lamenta confiesa precisa concluye aclara matiza"
)

_SO_IT = "|cos[iì]['’]?"  # "«…», così il presidente X"


def _alt(words: str) -> str:
    """An alternation of whitespace-separated words (or phrases joined by ``\\s+``)."""
    return "|".join(sorted(words.split(), key=lambda w: (-len(w), w)))


def _fast(words: str) -> str:
    """The same alternation grouped by first letter (``d(?:éclaré|it)|…``), for the long
    lists of verbs: the regex engine then turns a word away on its first letter once, not
    once per verb."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words.split(), key=lambda w: (-len(w), w)):
        key = w[0] if w[0].isalpha() and w[1:2] not in ("?", "*", "+", "{") else ""
        groups.setdefault(key, []).append(w[1:] if key else w)
    return "|".join(
        f"{first}(?:{'|'.join(rests)})" if first else "|".join(rests)
        for first, rests in groups.items()
    )


WORDS: dict[str, Words] = {
    "fr": Words(
        verbs=rf"(?:a|ont|avait|avaient)\s+(?:(?:ADV)\s+){{0,3}}(?:{_fast(_FR_PP)})"
        rf"|(?:s['’]est|se\s+sont)\s+(?:(?:ADV)\s+){{0,3}}(?:{_fast(_FR_REFLEXIVE)})"
        rf"|(?:{_fast(_FR_PRESENT)})",
        adverbs=_alt(
            "également aussi encore ensuite alors notamment déjà pour sa part lui-même "
            "elle-même quant à lui lundi mardi mercredi jeudi vendredi samedi dimanche "
            "soir matin hier aujourd'hui"
        ),
        articles=r"le|la|les|l['’]|son|sa|ses|leur",
        inversion=rf"(?:a|avait)-t-(?P<p>il|elle)\s+(?:(?:ADV)\s+){{0,3}}(?:{_fast(_FR_PP)})"
        rf"|(?:{_fast(_FR_PRESENT)}|{_fast(_FR_PP)})-(?:t-)?(?P<p2>il|elle)",
        according=r"selon|d['’]après|pour",
        roles=_alt(
            "président présidente ministre secrétaire porte-parole ambassadeur ambassadrice "
            "chancelier chancelière chef cheffe directeur directrice commissaire maire "
            "gouverneur roi reine député députée sénateur sénatrice conseiller conseillère "
            "économiste analyste professeur professeure chercheur chercheuse négociateur "
            "négociatrice dirigeant dirigeante patron patronne émissaire envoyé envoyée "
            "premier première élu élue adjoint adjointe wali préfet préfète recteur rectrice "
            "homologue"
        ),
        role_links=r"de|du|des|d['’]|de\s+la|de\s+l['’]|à\s+la|à\s+l['’]|à|aux|au|et"
        r"|chargée?\s+(?:de\s+la|de\s+l['’]|des|du|de)",
        auxiliaries="a ont est sont avait était va doit",
        said_so=r"c['’]est\s+ce\s+qu['’](?:a\s+\w+|ont\s+\w+)|ainsi\s+s['’]est\s+exprimée?|ainsi\s+parlait",
        officials="diplomate homologue responsable chef\\s+de\\s+la\\s+diplomatie chef\\s+de\\s+l['’]État",
        pronouns={"il": "he", "elle": "she"},
        not_names="le la les l un une des du de il elle ils elles nous selon mais pour avec "
        "dans lors après avant cette ce ces son sa ses leur leurs en au aux et or",
    ),
    "es": Words(
        verbs=rf"(?:ha|han|había)\s+(?:(?:ADV)\s+){{0,3}}(?:{_alt(_ES_PP)})|(?:{_alt(_ES)})",
        adverbs=_alt(
            "también además luego asimismo ya hoy ayer este lunes martes miércoles jueves "
            "viernes sábado domingo"
        ),
        articles=r"el|la|los|las",
        inversion=r"(?!)",
        according=r"según|de\s+acuerdo\s+con|para",
        roles=_alt(
            "presidente presidenta ministro ministra canciller secretario secretaria portavoz "
            "embajador embajadora director directora comisario comisaria alcalde alcaldesa "
            "gobernador gobernadora rey reina jefe jefa vicepresidente vicepresidenta "
            "diputado diputada senador senadora asesor asesora economista analista profesor "
            "profesora investigador investigadora negociador negociadora mandatario mandataria "
            "primer primera consejero consejera vocero vocera delegado delegada dirigente líder "
            "rector rectora conselleiro conselleira conseller consellera homólogo homóloga"
        ),
        role_links=r"de|del|de\s+la|para|y|e",
        auxiliaries="ha han había es fue era está",
        said_so=r"así\s+lo\s+\w+|lo\s+(?:dijo|afirmó|aseguró|señaló|declaró)",
        officials="mandatario mandataria dignatario homólogo jefe\\s+de\\s+Estado "
        "jefe\\s+del\\s+Ejecutivo jefe\\s+de\\s+la\\s+diplomacia",
        pronouns={"él": "he", "ella": "she"},
        not_names="el la los las un una unos unas del de y en según pero para con por este "
        "esta estos estas su sus al tras ante contra",
    ),
    "de": Words(
        verbs=rf"(?:hat|habe|hatte)\s+(?:(?:ADV)\s+){{0,3}}(?:{_fast(_DE_PP)})|(?:{_fast(_DE)})",
        adverbs=_alt(
            "auch zudem außerdem dann noch bereits weiter heute gestern Montag Dienstag Mittwoch "
            "Donnerstag Freitag Samstag Sonntag am\\s+\\w+tag(?:abend|morgen)? am\\s+Mittwoch"
        ),
        articles=r"der|die|das|des|dem|den|seine[mnrs]?|sein|ihre[mnrs]?|ihr",
        inversion=rf"(?:{_fast(_DE)})\s+(?P<p>er|sie)\b",
        according=r"laut|nach\s+Angaben\s+von|ihm\s+zufolge|ihr\s+zufolge",
        roles=_alt(
            "kanzler kanzlerin präsident präsidentin minister ministerin sprecher sprecherin "
            "botschafter botschafterin generalsekretär generalsekretärin vorsitzende "
            "vorsitzender chef chefin direktor direktorin bürgermeister bürgermeisterin "
            "könig königin kommissar kommissarin abgeordnete abgeordneter ökonom ökonomin "
            "analyst analystin professor professorin premier premierministerin premierminister "
            "berater beraterin gesandter unterhändler politiker politikerin korrespondent "
            "korrespondentin referent referentin senator senatorin sekretär sekretärin "
            "rätin bundesrat rektor rektorin"
        ),
        role_links=r"der|des|für|von|und|im|beim|in|am",
        auxiliaries="hat haben hatte ist war wird will habe sei",
        said_so=r"das\s+(?:sagte|erklärte|betonte)|so\s+äußerte\s+sich|dies\s+(?:sagte|erklärte)",
        officials="staatschef staatsoberhaupt regierungschef regierungschefin",
        pronouns={"er": "he", "sie": "she", "ihm": "he"},
        not_names="der die das den dem des ein eine einer und in im am auf mit von für laut "
        "nach bei aus auch aber wie so es er sie wir ich ihr man dies diese dieser wenn als "
        "da weil ob dass nachdem während obwohl damit sobald bevor seit falls zwar doch denn "
        "jedoch dabei hier dort nun heute gestern kollege kollegin amtskollege amtskollegin",
    ),
    "it": Words(
        verbs=rf"(?:ha|hanno|aveva)\s+(?:(?:ADV)\s+){{0,3}}(?:{_alt(_IT_PP)})|(?:{_alt(_IT)})",
        adverbs=_alt(
            "anche poi inoltre già ancora invece ieri oggi lunedì martedì mercoledì giovedì "
            "venerdì sabato domenica"
        ),
        articles=r"il|lo|la|l['’]|i|gli|le",
        inversion=r"(?!)",
        according=r"secondo|stando\s+a|per",
        roles=_alt(
            "presidente ministro ministra premier sottosegretario sottosegretaria segretario "
            "segretaria portavoce ambasciatore ambasciatrice direttore direttrice commissario "
            "commissaria sindaco sindaca governatore governatrice re regina capo cancelliere "
            "vicepremier economista analista professore professoressa ricercatore ricercatrice "
            "negoziatore leader titolare assessore assessora consigliere consigliera "
            "primo\\s+ministro prima\\s+ministra rettore rettrice prefetto omologo omologa"
        ),
        role_links=r"dell['’]|all['’]|del|della|dello|dei|degli|delle|di|agli|alla|alle|allo|al|ai|e|ed"
        # ("il ministro per le Politiche europee", "per la Pubblica amministrazione")
        r"|per(?:\s+(?:il|la|le|gli|i|l['’]))?",
        auxiliaries="ha hanno è era aveva sta vuole",
        said_so=r"(?:lo|l['’])\s+(?:ha|aveva)\s+\w+|cos[iì](?:['’]|(?=[ \u00a0,]))"
        # ("A spiegarlo è stato il presidente X", "A dirlo è la ministra X")
        r"|a\s+\w+(?:lo|la)\s+(?:è|e['’]|sono)(?:\s+stat[oaie])?"
        r"|lo\s+(?:afferma|dice|sottolinea|dichiara|spiega|scrive|ribadisce|sostiene|annuncia)"
        r"|questo\s+(?:il|quanto)\s+\w+",
        officials="titolare omologo capo\\s+di\\s+Stato capo\\s+della\\s+diplomazia",
        pronouns={"lui": "he", "lei": "she", "egli": "he"},
        not_names="il lo la i gli le l un una uno del della di e in per con secondo ma dopo "
        "questo questa suo sua nel nella al alla",
    ),
    "pt": Words(
        verbs=rf"(?:tem|têm)\s+(?:(?:ADV)\s+){{0,3}}(?:dito|afirmado)|(?:{_fast(_PT)})",
        adverbs=_alt(
            "também ainda depois já ontem hoje apenas novamente igualmente entretanto"
            " (?:nesta|esta|na)\\s+(?:segunda|terça|quarta|quinta|sexta)-feira"
            " (?:neste|este|no)\\s+(?:sábado|domingo)"
        ),
        articles=r"o\s+seu|a\s+sua|os\s+seus|as\s+suas|seu|sua|o|a|os|as",
        inversion=r"(?!)",
        according=r"segundo|de\s+acordo\s+com|conforme|para",
        roles=_alt(
            "presidente presidenta ministro ministra primeiro-ministro primeira-ministra "
            "chanceler secretário secretária porta-voz embaixador embaixadora diretor diretora "
            "comissário comissária prefeito prefeita governador governadora rei rainha chefe "
            "vice-presidente deputado deputada senador senadora assessor assessora economista "
            "analista professor professora pesquisador pesquisadora negociador"
        ),
        role_links=r"de|da|do|das|dos|para|e",
        auxiliaries="é foi tem era está disse",
        said_so=r"foi\s+o\s+que\s+\w+|assim\s+\w+",
        officials="chefe\\s+da\\s+diplomacia chefe\\s+de\\s+Estado homólogo governante",
        pronouns={"ele": "he", "ela": "she"},
        not_names="o a os as um uma do da dos das de e em no na segundo mas para com por "
        "este esta seu sua ao pelo pela também já depois ainda questionado entretanto",
    ),
}

#: Capitalised words of a ministry's name (``Relaciones Exteriores``, ``Affaires étrangères``,
#: ``Transición Ecológica``): never the first word of the person's name after an office.
PORTFOLIOS = frozenset(
    str.split(
        "exteriores interior economía hacienda defensa justicia sanidad salud educación trabajo "
        "industria comercio agricultura cultura transportes transición ecológica exterior "
        "relaciones asuntos igualdad vivienda inclusión energía ciencia "
        "affaires étrangères intérieur économie armées santé justice éducation travail "
        "industrie commerce agriculture culture transports transition écologique finances "
        "esteri interno economia difesa salute giustizia istruzione lavoro imprese cultura "
        "trasporti infrastrutture ambiente agricoltura sviluppo finanze "
        "estrangeiros negócios economia defesa saúde justiça educação trabalho fazenda "
        "relações exteriores"
    )
)

#: An official named by what they are (``Staatsoberhaupt``, ``jefe de Estado``): the office
#: it stands for, to find the person among those met.
OFFICIALS: dict[str, str | tuple[str, ...]] = {
    # "l'élu écologiste": whoever holds an elected office met before
    **dict.fromkeys(
        ("élu", "élue"),
        ("maire", "député", "sénat", "conseill", "élu", "président de la région"),
    ),
    "staatsoberhaupt": "präsident",
    "staatschef": "präsident",
    "regierungschef": "kanzler",
    "regierungschefin": "kanzler",
    "kanzler": "kanzler",
    "jefe de estado": "presidente",
    "jefe del ejecutivo": "presidente",
    "mandatario": "presidente",
    "mandataria": "presidenta",
    "dignatario": "presidente",
    "capo di stato": "presidente",
    "chef de l'état": "président",
    "chef de l’état": "président",
    "chefe de estado": "presidente",
}


def feminine_office(lang: str, role: str) -> str | None:
    """``"f"`` for an office held by a woman, as German and the Romance languages inflect it
    (``Wirtschaftsministerin``, ``ministra``, ``présidente``), else ``None`` (unknown)."""
    core = role.split()[0].casefold()
    if lang == "de":
        return "f" if core.endswith("in") else None
    if lang == "fr":
        return "f" if core.endswith(("ente", "rice", "ère", "euse", "esse")) else None
    female = core.endswith("a") and not core.endswith(("ista", "crata", "voz", "voce", "ta"))
    return "f" if female else None


def masculine_office(lang: str, role: str) -> bool:
    """Whether an office is worded for a man (``embajador``, ``ministro``, ``Botschafter``):
    whom ``la ministra`` or ``die Sprecherin`` can never mean. Italian and French also word
    a woman's office so (``il ministro Anna Lodi``), so a masculine office never makes a
    man of its holder; it only keeps a feminine one from pointing at them."""
    core = role.split()[0].casefold()
    if lang == "de":
        return core.endswith(("er", "or"))
    if lang == "fr":
        return core.endswith(("eur", "ien", "ier"))
    return core.endswith(("o", "or", "ore"))


#: Words before a person that make them the object of the sentence, not its subject
#: (``se reuniría con la ministra X``, ``telefonierte mit Kanzler X``); the agent of a
#: passive (``por``, ``von``, ``par``) is left out, as it may be the speaker.
OBJECT_BEFORE = {
    "fr": frozenset(str.split("avec contre entre envers chez sans vers auprès")),
    "es": frozenset(str.split("con contra entre hacia sin tras ante al a")),
    "it": frozenset(str.split("con contro tra fra verso senza presso")),
    "pt": frozenset(str.split("com contra entre perante sem ao")),
    "de": frozenset(str.split("mit gegen gegenüber ohne bei beim zu zum zur an")),
}
#: Articles that may stand between such a word and the person (``con la ministra``)
ARTICLES_BEFORE = frozenset(
    str.split("le la les l' l’ el los las il lo gli i o a os as der die das dem den des")
)


_NAME = (
    rf"[{UPPER}][\w'’-]*(?:[ \u00a0](?:(?:{PARTICLES})[ \u00a0]){{0,2}}[{UPPER}][\w'’-]*){{0,3}}"
)
#: German articles are no particles ("Minister Jan Ohm der Deutschen Presse-Agentur"),
#: except after "von"/"van" ("Ursula von der Leyen")
_NAME_DE = (
    rf"[{UPPER}][\w'’-]*(?:[ \u00a0](?:(?:von|van)[ \u00a0](?:der|den|dem)[ \u00a0]"
    rf"|(?:von|van|vom|zu|de|di|da|del|della|ten|ter)[ \u00a0]){{0,2}}[{UPPER}][\w'’-]*){{0,3}}"
)
#: A courtesy title or degree between an office and a name, never part of the name:
#: ``Bundeskanzler Dr. Jonas Berghoff``, ``son président, Me Pape Sène``, ``Frau Ahrens``.
_TITLE = r"(?:(?:Dr|Prof|Dra|Sr|Sra|Me|Mme|Mlle)\.?|M\.|Herr|Frau|Dom|Dona)[ \u00a0]+"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's compiled patterns for the extractor."""

    lang: str
    verb_after: re.Pattern[str]  # matched where a subject ends: " a déclaré", " sagte"
    verb_then: re.Pattern[str]  # matched right after a quote: "a déclaré le ", "so "
    inversion: re.Pattern[str]  # right after a quote: "a-t-il dit", "sagte er", "ha aggiunto."
    according: re.Pattern[str]  # at a sentence start: "Selon ", "Según "
    according_before: re.Pattern[str]  # "… che secondo la presidente " (ending at a name)
    role_name: re.Pattern[str]  # an office and a name: "le président Bassirou Diomaye Faye"
    name_role: re.Pattern[str]  # an office after a comma: ", ministra de Pesca,"
    name_before: re.Pattern[str]  # the name ending where that comma stands: "Ana Lema"
    role_noun: re.Pattern[str]  # an office without a name: "le ministre béninois", "der Kanzler"
    verb_before: re.Pattern[str]  # a verb ending where a subject starts: "dijo el "
    verb_any: re.Pattern[str]  # a speech verb anywhere: "Ortúzar se refirió al tema y dijo que"
    incise: re.Pattern[str]  # inside a quotation, ending a sentence: ", a-t-elle poursuivi. "
    office_word: re.Pattern[str]  # one capitalised word that is an office: "Bundeskanzler"
    verb_start: re.Pattern[str]  # a sentence opening on a verb (no subject): "Explicó que"
    tail_inversion: re.Pattern[str]  # ", a-t-il souligné." closing a sentence
    auxiliary: re.Pattern[str]  # a verb right after a subject
    said_so: re.Pattern[str]  # at a sentence start: "Lo ha detto", "Così"
    interruption: re.Pattern[str]  # inside a quotation: "– ha spiegato –"
    apposed_role: re.Pattern[str]  # after a name: ", ministre de l'Économie," (an office)
    pronoun: re.Pattern[str]  # a subject pronoun
    pronouns: dict[str, str]
    not_names: frozenset[str]


@cache
def lexicon(lang: str | None) -> Lexicon | None:
    """The patterns for ``lang`` (``None`` for English, an unknown or a CJK language)."""
    words = WORDS.get(lang or "")
    if words is None or lang is None:
        return None
    verbs = words.verbs.replace("ADV", words.adverbs)
    # (set off by commas too: "sagte heute, Dienstag, Bundeskanzler …")
    adverbs = rf"(?:(?i:{words.adverbs}),?[ \u00a0]+){{0,3}}"
    roles = words.roles
    if lang == "de":  # compounds: Bundeskanzler, Außenministerin, Regierungssprecher
        core = rf"(?=[{UPPER}])(?i:[{_LOWER}-]*(?:{roles}))(?:en|n|s)?(?![\w-])"
    else:
        words_ = [w for w in roles.split("|")] + ["vice"]
        first = "".join(sorted({c for w in words_ for c in (w[0], w[0].upper())}))
        second = "".join(sorted({w[1] for w in words_}))
        # (the look-ahead, two letters of every office, spares most positions the list)
        core = (
            rf"(?=[{first}][{second}])(?:[Vv]ice[- \u00a0]?)?(?i:{roles})"
            # ("premier ministre", "ministre-président": two offices joined)
            rf"(?:[ \u00a0-](?:ministre|ministro|ministra)|-(?i:{roles}))?"
        )
    articles = words.articles
    links = words.role_links
    link_word = rf"(?:{links})(?:(?<=['’])|(?![\w'’-]))[ \u00a0]*"
    # words that end an office: a verb, a conjunction, a preposition ("detalló que se … en")
    stop = "|".join(
        [*words.not_names.split(), *words.auxiliaries.split(), "que", "qui", "che", "se", "si"]
    )
    stop = rf"{stop}|{verbs}"
    if lang == "de":
        # "Präsident der Europäischen Kommission": only a genitive or "für" part (nouns are
        # capitalised in German, so a lower-case word never joins an office to a name)
        link = (
            rf"(?:[ \u00a0]+{link_word}(?:[{_LOWER}]+[ \u00a0]+)?[{UPPER}][\w'’-]*"
            rf"(?:[ \u00a0]+[{UPPER}][\w'’-]*)?)"  # "des Auswärtigen Amts"
        )
    else:
        # "du Commerce extérieur", "degli Esteri e della cooperazione italiano", and a list
        # of portfolios after commas: "des Affaires étrangères, de l'Intégration africaine"
        link = (
            rf"(?:(?:[ \u00a0]+|,[ \u00a0]*(?={link_word}))(?:{link_word}){{0,2}}"
            rf"(?:[{UPPER}][\w'’-]*|(?!(?:{links}|{articles}|{stop})[ \u00a0])[{_LOWER}]+(?:-[{_LOWER}]+)?))"
        )
    officials = words.officials
    if lang == "de":
        noun = rf"(?=[{UPPER}])(?i:[{_LOWER}-]*(?:{roles}|{_alt(officials)}))(?:en|n|s)?(?![\w-])"
        adjective = rf"(?:[{_LOWER}]+e[nrs]?[ \u00a0]+)?"
    else:
        # ("le vice-Premier ministre", "il vice ministro", "el primer ministro")
        noun = (
            rf"(?i:(?:vice[- \u00a0]?)?(?:{_alt(officials)}|{roles})"
            rf"(?:[ \u00a0-](?:ministre|ministro|ministra))?)(?![\w'’-])"
        )
        adjective = ""
    # an adjective after the office (le ministre béninois), never the verb (le ministre a dit);
    # German puts adjectives before the noun and the verb after it
    trailing = (
        ""
        if lang == "de"
        else rf"(?:[ \u00a0]+(?!(?:{verbs})\b|a\b)[{_LOWER}]+(?:-[{_LOWER}]+)?(?![\w'’-]))?"
    )
    # the portfolio of an office named without its holder: "o ministro de Estado e dos
    # Negócios Estrangeiros assegurou", "le ministre des Affaires étrangères a dit"
    portfolio = (
        ""
        if lang == "de"
        else rf"(?:[ \u00a0]+(?:{link_word}){{1,2}}[{UPPER}][\w'’-]*(?![\w'’-])"
        rf"(?:[ \u00a0]+[{UPPER}][\w'’-]*(?![\w'’-]))?{trailing}){{0,4}}"
    )
    return Lexicon(
        lang=lang,
        verb_after=re.compile(
            rf"(?:(?:,[^,.;:!?«»„“”\"]{{1,120}}){{1,4}},)?[ \u00a0,]*{adverbs}(?:{verbs})\b"
        ),
        verb_then=re.compile(
            # (Italian "«…», così il presidente X": as German "so X")
            rf"(?:{verbs}{_SO_IT if lang == 'it' else ''}),?[ \u00a0]+{adverbs}"
            rf"(?:(?:{words.articles})[ \u00a0]*)?"
            if lang != "de"
            else rf"(?:(?:{verbs})|so|wird)[ \u00a0]+{adverbs}(?:(?:{words.articles})[ \u00a0]+)?"
        ),
        inversion=re.compile(
            rf"(?:{words.inversion})\b|(?P<alone>(?:{verbs}))"
            rf"(?:[ \u00a0]+(?!(?:{articles})\b)[{_LOWER}][^.!?]*)?[.!?]"
        ),
        role_noun=re.compile(
            rf"(?<![\w-])(?i:{articles})[ \u00a0]*(?P<noun>{adjective}(?P<core>{noun})"
            rf"{trailing}{portfolio})(?![ \u00a0]*,?[ \u00a0]*[{UPPER}])"
        ),
        verb_before=re.compile(rf"(?:{verbs})[ \u00a0]+{adverbs}(?:(?:{articles})[ \u00a0]*)?$"),
        verb_any=re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"),
        office_word=re.compile(rf"(?:{core})$"),
        incise=re.compile(
            rf",[ \u00a0]*(?:{words.inversion}|(?:{verbs})(?:[ \u00a0]+[^,.;:!?«»„“”\"]{{1,50}}?)?)"
            rf"\.[ \u00a0]+(?=[{UPPER}])"
        ),
        verb_start=re.compile(rf"[ \u00a0]*{adverbs}(?i:{verbs})\b"),
        auxiliary=re.compile(rf",?[ \u00a0]+(?:s['’])?(?:{_alt(words.auxiliaries)})\b"),
        said_so=re.compile(rf"[ \u00a0]*(?i:{words.said_so})"),
        interruption=re.compile(
            rf"[–—-][ \u00a0]*{adverbs}(?i:{verbs})(?:[ \u00a0]+[^–—\n]{{1,60}}?)?[ \u00a0]*[–—-]"
            # "« Nous sommes prêts, a affirmé la commissaire Anne Roy, à payer »": between
            # commas, a verb and its subject
            rf"|,[ \u00a0]*{adverbs}(?:{verbs})[ \u00a0]+(?:(?:{articles})[ \u00a0]*)?"
            rf"[^,;:.!?–—\n]{{2,60}}?,"
        ),
        tail_inversion=re.compile(rf",[ \u00a0]*(?:{words.inversion})\b[^,;:«»„“”\"]*$"),
        # (an adverb may come first: "Toujours selon lui", "También según la ministra")
        according=re.compile(
            rf"[ \u00a0]*(?i:(?:toujours|encore|aussi|également|siempre|también|ancora|sempre"
            rf"|também|ainda)[ \u00a0]+)?(?i:{words.according})[ \u00a0]+"
        ),
        # "… che secondo la presidente Rinaldi": only an article and lower-case words between
        according_before=re.compile(
            rf"(?<![\w-])(?i:{words.according})[ \u00a0]+(?:[{_LOWER}'’-]+[ \u00a0]+){{0,4}}$"
        ),
        role_name=re.compile(
            rf"(?<![\w-])(?P<role>{core}{link}{{0,8}}?)(?:[ \u00a0]+\([{UPPER}]{{2,8}}\))?"
            # ("El ministro de Energía y Minas (MINEM), Eduardo Gonzáles": the ministry's
            # initials between the office and the name)
            rf"(?:,[ \u00a0]*|[ \u00a0]+)(?:{_TITLE})?(?P<name>{_NAME_DE if lang == 'de' else _NAME})"
        ),
        # (found from the comma, the name then read back from it: cheaper than a search for
        # names all over the paragraph)
        name_role=re.compile(
            rf"(?<=[\w'’]),[ \u00a0]*(?:(?:{articles})[ \u00a0]*)?(?P<role>{core}{link}{{0,6}}?)"
            rf"(?=[ \u00a0]*[,;:.()]|[ \u00a0]+(?:{verbs})\b)"
        ),
        name_before=re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_DE if lang == 'de' else _NAME})\Z"),
        pronoun=re.compile(rf"(?<![\w-])(?i:{'|'.join(words.pronouns)})(?![\w-])"),
        # "Mme Sophie Gagnon, ministre québécoise de l'Économie, estime …"
        apposed_role=re.compile(
            rf",[ \u00a0]*(?:(?:{articles})[ \u00a0]*)?(?P<role>{core}{link}{{0,8}}?)[ \u00a0]*"
            r"(?:,|(?=[.;:]))"
        ),
        pronouns=words.pronouns,
        not_names=frozenset(words.not_names.split()),
    )


#: The first words of a sentence whose subject is a thing or a group, not a person met before
#: (``Un comunicado conjunto habló de «…»``, ``Fonti diplomatiche parlano di «…»``, ``Il
#: governo ha definito l'accordo «…»``): an article or a word for unnamed sources. A quote in
#: such a sentence, nobody named, is nobody's, not the last speaker's.
THING_SUBJECT = {
    "fr": "le la les l' l’ un une des ce cette ces sources observateurs experts analystes",
    "es": "el la los las un una unos unas este esta fuentes expertos analistas observadores",
    "de": "der die das ein eine einer quellen kreise experten beobachter",
    "it": "il lo la l' l’ i gli le un una uno un' un’ fonti esperti analisti osservatori",
    "pt": "o a os as um uma fontes especialistas analistas observadores",
}
_THING_SUBJECT = {
    lang: re.compile(
        rf"[ \u00a0]*(?i:{'|'.join(sorted(map(re.escape, words.split()), key=len, reverse=True))})"
        r"(?:(?<=['’])|(?=[ \u00a0]))"
    )
    for lang, words in THING_SUBJECT.items()
}


#: Words for sources left unnamed that open a run of capitalised words (``Fonti della
#: Regione``, ``Fuentes del Ministerio``, ``Sources Élysée``): the run names no speaker.
UNNAMED_SOURCES = frozenset(
    str.split(
        "sources observateurs experts analystes fuentes expertos analistas observadores "
        "quellen kreise experten beobachter fonti esperti analisti osservatori fontes "
        "especialistas"
    )
)


def thing_subject(lang: str, text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens on a subject that is a thing or a group."""
    pattern = _THING_SUBJECT.get(lang)
    return pattern is not None and pattern.match(text, start) is not None


#: Adjectives that are part of an office (``ministre délégué``, ``secrétaire général``,
#: ``consigliere regionale``): kept when an office is read without its holder's nationality.
_OFFICE_ADJECTIVES = frozenset(
    str.split(
        "délégué déléguée général générale adjoint adjointe exécutif exécutive permanent "
        "permanente spécial spéciale principal principale honoraire intérimaire fédéral "
        "fédérale régional régionale municipal municipale départemental départementale "
        "européen européenne plénipotentiaire "
        "general adjunto adjunta delegado delegada ejecutivo ejecutiva interino interina "
        "federal regional municipal provincial autonómico autonómica especial permanente "
        "generale delegato delegata aggiunto aggiunta esecutivo esecutiva federale regionale "
        "comunale provinciale speciale vicario vicaria plenipotenziario europeo europea "
        "geral adjunto adjunta executivo executiva estadual municipal especial "
        "chargé chargée encargado encargada incaricato incaricata responsável responsable"
    )
)
_PRIME = frozenset(
    str.split(
        "premier première primer primera primo prima primeiro primeira ministre ministro "
        "ministra vice"
    )
)


#: Prepositions that open an office's portfolio (not "et", "y", "e": those join two)
_PREPOSITIONS = frozenset(
    str.split("de del du des di della dello delle dei degli do da dos das d' d’ dell' dell’")
)


@cache
def _office_parts(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    words = WORDS[lang]
    links = re.compile(rf"(?i:{words.role_links})(?:['’].*)?")
    roles = frozenset(words.roles.split("|"))
    return links, roles


#: "son homologue italien X", "l'omologo giapponese X": the counterpart of the person just
#: named, no office of their own written (the adjective still tells them apart)
COUNTERPARTS = frozenset(("homologue", "homólogo", "homóloga", "omologo", "omologa"))


def plain_office(lang: str | None, role: str) -> tuple[str, str]:
    """The office without the adjective that follows its first word in the Romance languages:
    a nationality or a party (``ministre française de la Culture`` → ``ministre de la
    Culture``, ``canciller argentino`` → ``canciller``, ``député écologiste`` → ``député``),
    never one that is part of the office (``ministre délégué``, ``secretario general``).
    Returns the office and the adjective left out (``""`` if none)."""
    if lang is None or lang not in WORDS or lang == "de" or " " not in role:
        return role, ""
    links, roles = _office_parts(lang)
    tokens = role.split(" ")
    k = 1
    while k < len(tokens) and (tokens[k].casefold() in _PRIME or tokens[k].casefold() in roles):
        k += 1  # "vice primo ministro", "premier ministre", "ministra portavoz"
    if k >= len(tokens):
        return role, ""
    if tokens[k].casefold() in _PREPOSITIONS:
        # "secretaria de Estado portuguesa de Movilidad": the adjective after the first
        # capitalised word, before the portfolio's preposition
        for j in range(k + 1, len(tokens) - 1):
            if (
                tokens[j - 1][:1].isupper()
                and tokens[j].isalpha()
                and tokens[j].islower()
                and tokens[j] not in _OFFICE_ADJECTIVES
                and tokens[j + 1].casefold() in _PREPOSITIONS
                and not links.fullmatch(tokens[j])
            ):
                return " ".join(tokens[:j] + tokens[j + 1 :]), tokens[j]
        return role, ""
    word = tokens[k]
    if (
        not word.isalpha()
        or not word.islower()
        or word in _OFFICE_ADJECTIVES
        or links.fullmatch(word)
    ):
        return role, ""
    return " ".join(tokens[:k] + tokens[k + 1 :]), word
