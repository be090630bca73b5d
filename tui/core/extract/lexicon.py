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
# Decimal digits written out as ranges: a class of ranges is one table lookup per character
# for the regex engine, while ``\d`` is a Unicode category test, twice as slow to scan with.
DIGITS = _char_class(
    lambda ch: ch.isdecimal(), ((0x30, 0x3A), (0x660, 0x2000), (0xA620, 0xAC00), (0xFF10, 0xFF1A))
)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a block of text (keeps long word lists compact)."""
    return text.split()


# Words that may stand before a core office word as part of the title (``Foreign`` Minister,
# ``Deputy Prime`` Minister) or after ``of``/``for`` (Minister ``of Power``). A nationality is
# never among them, which is how ``Swedish`` is left out of a role.
PORTFOLIO = frozenset(
    _words(
        """
        acting administration affairs africa agrarian agricultural agriculture americas
        animal aquaculture army artificial arts asean asia assembly assistant associate
        atomic aviation bank basic biodiversity bridges budget business businesses cabinet
        central chemicals chief children citizenship civil climate co-operation coastal
        cohesion commerce commercial commission coordinating communication communications competition
        competitiveness conservation construction consumer cooperation cooperatives council
        court crafts crown cultural culture customs defence defense deputy development
        diaspora digital diplomacy disabilities disaster disasters east ecological ecology economic
        economics economy education elderly electricity emergencies emergency emigrants
        employment energy enterprise enterprises entrepreneurship environment environmental
        equality equipment eu europe european executive expatriates export exports external
        family federal finance financial first fiscal former fisheries fishery food foreign
        forestry forests g20 g7 gas gender general geology global governance government
        grand green handicrafts health heritage high higher highways home hospitals housing
        human hydraulics hydrocarbons imf immigration import imports incoming inclusion indigenous
        industrial industries industry information infrastructure innovation intellectual
        intelligence interim interior internal international investment investments
        irrigation junior justice knowledge labor labour land lands lieutenant livestock
        logistics lord majority managing manpower marine maritime media metals meteorology
        middle migration military mineral minerals mines mining minority mobility
        modernisation modernization monetary municipal national nato natural navigation navy
        nuclear nutrition ocean oceans oecd oil opposition outgoing overseas pacific parks parliament
        parliamentary party peace peoples permanent petrochemicals petroleum pharmaceuticals
        planning police policy population ports post posts power preparedness presidential press
        primary prime principal privatisation privatization productivity promotion property protection
        provincial public rail railways reconciliation reconstruction reform reforms
        regional relations relief religious renewable renewables research resilience
        resources revenue rights roads rural sanitation schools science sciences sea
        second secondary security senior shadow shipping skills social solidarity sovereign space
        special sport sports state statistics steel supply supreme survey sustainability
        sustainable tax taxation technologies technology telecommunications territorial
        territory tertiary textiles tourism trade training transformation transition
        transport transportation treasury un unification union universities urban veterans
        vice vocational war water welfare wildlife women works world wto youth
        """
    )
)

# First words of places named in two words ("President of South Korea …", "of New Zealand"):
# after one of these, a title's "of" part takes two words before the holder's name.
TWO_WORD_PLACES = frozenset(
    _words(
        """
        south north east west new united saudi sri costa el hong ivory burkina sierra puerto
        papua san santo sao são czech central dominican marshall solomon cape equatorial
        """
    )
)

# The title itself; a role ends with one of these (after any ``of …`` part).
ROLE_CORES = tuple(
    _words(
        """
        president minister secretary secretary-general director-general attorney-general
        solicitor-general inspector-general governor-general vice-president vice-chancellor
        vice-premier chancellor ambassador governor commissioner premier king queen prince
        princess emir sultan pope ceo chairman chairwoman chairperson chair senator
        congressman congresswoman lawmaker legislator mayor envoy director admiral
        negotiator adviser advisor economist analyst professor speaker representative consul
        mp treasurer rapporteur commander leader spokesperson spokesman spokeswoman officer
        executive chief head fellow researcher cardinal archbishop bishop counterpart
        colonel captain brigadier marshal sergeant whip diplomat pm coach anchor correspondent
        editor presenter columnist commentator superintendent sheriff judge prosecutor
        magistrate rabbi imam pastor aide manager councillor councilor councilman councilwoman
        """
    )
)

PARTICLES = (
    "de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|bin|binti|ibn|al|el|y|ten|ter|zu|arap"
)
HONORIFICS = (
    "Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Madam|Mme|Mx|Sheikha|Sheikh|Lord|Lady|Baroness"
    # abbreviated titles of office or rank: "Sen. Lisa Okafor", "Sgt. Dana Reyes"
    "|Sen|Rep|Gov|Sgt|Lt|Capt|Col|Det|Insp|Supt|Rev|Cllr|Gen|Maj|Adm|Brig|Cmdr|Cpl|Pvt|Atty|Amb"
)

# Capitalised words that start a sentence or name a thing, never a person's first name.
NOT_NAMES = frozenset(
    _words(
        """
        a according across after against all also although among an and another any april as
        asked at august because before between beyond both but by december despite dr during
        each earlier every february few for friday from he her here his however i if in into
        it its january july june later many march may meanwhile monday more most mr mrs ms
        my no nor not november now october of on once opening or other our over prof
        saturday september she since sir so some speaking still such sunday that the their
        then there these they this those though through thursday to today tomorrow tuesday
        under unless until we wednesday what when where which while who whom whose with
        without yes yesterday yet you your
        """
    )
)

# A capitalised run containing one of these names an institution or a place, not a person.
ORG_WORDS = frozenset(
    _words(
        """
        accord act african agency agreement airport alliance american army asian assembly
        association atlantic authority bank bloc board center central centre chamber city
        club coalition college commission committee company congress corporation council
        court declaration department east eastern embassy european exchange federation force
        forces forum foundation fund global government group gulf hospital house initiative
        institute international island islands kingdom league market markets ministry
        national navy news north northern ocean office organisation organization pacific
        pact parliament party plan police port post press program programme province region
        republic reuters river school sea senate service services south southern state
        statement states station summit times treaty union united university west western
        world aid watch society trust network movement front campaign journal herald
        tribune gazette daily weekly express telegraph inc ltd llc corp plc gmbh
        holdings limited
        afghan russian ukrainian chinese japanese korean indian pakistani iranian iraqi
        syrian turkish israeli palestinian egyptian saudi emirati qatari lebanese yemeni
        libyan sudanese ethiopian kenyan nigerian somali congolese ghanaian british italian
        spanish polish belgian swedish norwegian danish finnish greek austrian hungarian
        romanian bulgarian serbian croatian belarusian armenian azerbaijani kazakh mexican
        brazilian argentine venezuelan colombian cuban canadian australian vietnamese
        indonesian malaysian filipino bangladeshi nepali taiwanese mongolian burmese kurdish
        tibetan uighur uyghur
        """
    )
)

# Verbs that attribute words to a speaker.
SPEECH_VERBS = tuple(
    _words(
        """
        said says say saying told tells tell stated states added adds noted notes
        highlighted highlights stressed stresses emphasized emphasised emphasizes emphasises
        underlined underlines underscored underscores remarked remarks observed explained
        explains declared declares announced announces insisted insists argued argues warned
        warns cautioned pledged pledges promised promises vowed vows affirmed reaffirmed
        confirmed confirms acknowledged admitted conceded claimed claims asserted maintained
        suggested suggests replied responded answered countered called calls described
        describes characterized characterised characterizes characterises termed dubbed
        labelled labeled praised hailed hails welcomed urged urges asked asks wrote writes
        tweeted posted recalled recalls continued concluded quipped joked predicted hoped
        expressed reiterated repeated pointed went summed spoke commented opened began
        mentioned proclaimed assured reassured lamented boasted revealed signalled signaled
        indicated referred thanked put complained agreed denied retweeted recounted
        wondered alleged questioned clarified shared elaborated contended retorted
        testified testifies
        """
    )
)

# Words allowed between a speaker and the verb ("He also said", "Lee, who said").
ADVERBS = tuple(
    _words(
        """
        who also later then further again previously once repeatedly publicly recently
        separately earlier subsequently quickly simply firmly had has have would will
        already himself herself personally as
        """
    )
)

# Words that tell a person's gender, for he/she.
MALE = frozenset(
    _words(
        """
        chairman emir he him himself his king mr prince sheikh sir spokesman sultan
        """
    )
)

FEMALE = frozenset(
    _words(
        """
        chairwoman dame her hers herself madam miss mrs ms princess queen sheikha she
        spokeswoman
        """
    )
)

# Common given names that tell a gender, for he/she when no title does (a short list of our
# own; a name used for both, such as Jean or Kim, is in neither).
FEMALE_NAMES = frozenset(
    _words(
        """
        ana anna anne angela ann alice amina amy aisha barbara betty carol catherine
        christine claire diana dora elena elizabeth ellen emily emma eva fatima grace hana
        helen ines irene jane janet jennifer joan julia julie karen katherine laura lena
        linda lisa lucia lucy margaret maria marie mary michelle monica nancy natalia
        nicole olga patricia rita rosa ruth sara sarah sofia sophie susan teresa theresa
        victoria yulia abigail alexandra alison amanda andrea angelina annette beatrice
        brenda bridget caroline cassandra charlotte cheryl christina cynthia deborah denise
        donna doris dorothy eleanor elisabeth emilia erica esther fiona gabriela gloria
        gretchen hannah heather helena hillary holly ingrid irma isabel isabella jacqueline
        janice jasmine jessica jill joanna josephine joyce judith judy karin kate kathleen
        kathryn katie kimberly kristen leah lillian lorraine louise lydia madeleine maggie
        marcia margarita marina marion martha megan melanie melissa mia miriam nadia naomi
        natasha nina nora pamela paula pauline priya rachel rebecca regina renee rosemary
        samantha sandra sharon sheila shirley silvia simone stephanie svetlana sylvia tamara
        tatiana tiffany tina valerie vanessa vera veronica virginia wendy yasmin yvonne
        zoe zeynep ayesha mariam leila
        """
    )
)
MALE_NAMES = frozenset(
    _words(
        """
        abdul ahmed ali alexander andrew anthony antonio boris carlos charles daniel david
        dmitry edward francis frank george hassan henry ibrahim ivan jack james john jose
        joseph juan karl kevin luis mark martin matthew michael mohammed muhammad nikolai
        omar paul peter petr pierre richard robert sergei sergey stephen steven thomas
        william xavier yusuf adam aaron alan albert alex alfred andre andreas anton arthur
        barry ben benjamin bernard bill bob boris brad brandon brian bruce carl chris
        christopher colin craig dan dave dean dennis derek dominic donald doug douglas
        duncan eric ernest felix fernando frederick gary gavin gerald gordon graham greg
        gregory harold harry hans howard hugo ian jacob jake jason jeff jeffrey jeremy jerry
        jim jimmy joe joel jonathan juergen justin keith ken kenneth kurt larry
        leon leonard lewis liam louis lucas luke malcolm marco marcus mario max mike miguel
        mikhail mitch mitchell nathan neil nicholas nick nigel noah oliver oscar owen pablo
        patrick philip phillip ralph randy ray raymond rex ricardo rick rob roberto roger
        roland ron ronald ross roy russell ryan sam samuel scott sean simon stanley stuart
        ted terry tim timothy todd tom tommy tony travis trent troy victor vincent vladimir
        walter wayne wes xi yuri zach zachary
        """
    )
)
