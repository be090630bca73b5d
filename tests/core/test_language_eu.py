"""French, German and Portuguese wording of real wires, rewritten with invented people."""

from __future__ import annotations

import pytest

from tests.core.said import said_in as _said
from tests.core.said import speakers_in as _speakers
from tui.core.extract.extractor import Extractor
from tui.core.parse.text import parse_text

# --- speech verbs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "« Nous suivons la crise de près », a laissé entendre le ministre Paul Oyono.",
        "« Le budget sera voté en juin », a fait savoir le ministre Paul Oyono.",
        "« Le port rouvrira lundi », a relevé le ministre Paul Oyono.",
        "Le ministre Paul Oyono évoque « des mesures prudentes mais rapides ».",
    ],
)
def test_french_speech_verbs_in_phrases_and_the_present(paragraph: str) -> None:
    assert _speakers("fr", paragraph) == ["Paul Oyono"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Ce n\'est pas une provocation", s\'est irritée sur la radio la ministre Léa Morin.',
         "Léa Morin"),
        ("« Quelle surprise pour tout le pays ! », s’est exclamé le maire Yves Tanguy.",
         "Yves Tanguy"),
        ("« Nous tiendrons nos promesses », se sont félicités les élus. Le député Marc Aubry "
         "s'est inquiété : « Le calendrier reste serré. »", "Marc Aubry"),
    ],
)  # fmt: skip
def test_french_reflexive_speech_verbs(paragraph: str, speaker: str) -> None:
    assert _speakers("fr", paragraph)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("O ministro Tomé Vaz falou em Luanda.",
         "«Não sei, não sei», referiu apenas o ministro."),
        ("O ministro Tomé Vaz falou em Luanda.",
         "Questionado, o ministro considerou que «o clima político atual» é bom."),
        ("O ministro Tomé Vaz falou em Luanda.",
         'Depois, o ministro admitiu "excelentes relações" com Angola.'),
    ],
)  # fmt: skip
def test_portuguese_speech_verbs_and_the_minister_named_before(paragraphs: tuple[str, ...]) -> None:
    assert _speakers("pt", *paragraphs) == ["Tomé Vaz"]


# --- the subject after the verb -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("de", '"Ich bin stolz auf die Stadt", sagte heute, Dienstag, Bürgermeister Dr. Karl '
               "Umbach beim Pressefoyer.", "Karl Umbach"),
        ("de", "„Wir bleiben dabei“, erklärte seine Sprecherin Hanna Vogt am Montag.",
         "Hanna Vogt"),
        ("fr", "« Le calendrier tient », a indiqué son porte-parole Omar Diallo.", "Omar Diallo"),
        ("pt", '"O acordo avança", disse o seu porta-voz, Rui Pais.', "Rui Pais"),
        ("fr", "« Nous avons échangé », a souligné son président, Me Ali Ndour.", "Ali Ndour"),
    ],
)  # fmt: skip
def test_office_after_a_possessive_or_a_time_or_before_a_courtesy_title(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("de", "Der Präsident werde eine „wichtige Erklärung zum Haushalt“ abgeben, erklärte "
               "seine Sprecherin Lea Brandt am Dienstag.", "Lea Brandt"),
        ("fr", "Le gouvernement publiera « un plan de relance ambitieux » demain, a annoncé "
               "le ministre Hugo Besson.", "Hugo Besson"),
        ("pt", "O governo vai lançar «um plano de obras para o interior» em março, anunciou "
               "a ministra Ana Reis.", "Ana Reis"),
    ],
)  # fmt: skip
def test_speaker_after_the_rest_of_the_quotes_clause(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("de", ("„Ich freue mich auf die Reise nach Kenia“, sagte Kessler.",
                "„Wir schätzen die Rolle der Union.“"), "Kessler"),
        ("fr", ("« La réforme attendra l'automne », a déclaré Dumoulin.",), "Dumoulin"),
        ("pt", ('"A cimeira será em maio", disse Portela, em Maputo.',), "Portela"),
    ],
)  # fmt: skip
def test_a_surname_alone_after_the_verb_is_the_speaker(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert set(_speakers(lang, *paragraphs)) == {speaker}


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("de", "„Ich habe ein gutes Verhältnis zu ihm“, sagte der SPD-Politiker am Freitag."),
        ("fr", "« Rien n'est décidé », a déclaré le Conseil dans la soirée."),
        ("pt", '"Nada está decidido", disse o Governo em Lisboa.'),
    ],
)
def test_a_capitalised_noun_after_an_article_is_no_surname(lang: str, paragraph: str) -> None:
    assert _speakers(lang, paragraph) == [None]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("pt", ('"As relações são boas", disse o ministro Jaime Bento.',
                "Também Rosa Tavares reiterou que a cimeira terá conteúdo.",
                '"Creio que haverá novos acordos", disse.'), "Rosa Tavares"),
        ("fr", ("« Le dialogue continue », a déclaré le ministre Henri Kaboré.",
                "Aminata Sow a rappelé que le fleuve est un bien commun.",
                "« Nous partageons cette eau », a-t-elle ajouté."), "Aminata Sow"),
        ("de", ('„Die Lage ist ernst“, sagte Minister Jonas Kral.',
                "Petra Lind betonte, die Gespräche gingen weiter.",
                "„Wir sind zuversichtlich“, sagte sie."), "Petra Lind"),
    ],
)  # fmt: skip
def test_a_quote_opening_the_paragraph_after_reported_speech_is_its_subjects(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Polizisten handeln strafbar", sagte der Vorsitzende der Grünen im Europaparlament, '
         "Ole Hansen, der Zeitung.", "Ole Hansen"),
        ("„Wir helfen“, sagte die Botschafterin in Nairobi, Eva Kurz.", "Eva Kurz"),
        ("„Der Hafen wächst“, sagte der Direktor am Hafen, Tim Roth.", "Tim Roth"),
    ],
)  # fmt: skip
def test_german_office_with_its_posting(paragraph: str, speaker: str) -> None:
    assert _speakers("de", paragraph) == [speaker]


# --- offices without names, ministries ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("pt", ("O ministro Jorge Almada chegou a Luanda.",
                'O ministro de Estado e dos Negócios Estrangeiros assegurou que há uma '
                '"intensa cooperação" com Angola.'), "Jorge Almada"),
        ("fr", ("Le ministre Denis Ravel est arrivé à Dakar.",
                "Le ministre de l'Europe et des Affaires étrangères a jugé la situation "
                "« très préoccupante »."), "Denis Ravel"),
        ("pt", ('"A cooperação é intensa", disse o ministro Jorge Almada.',
                'Na sua intervenção, o governante salientou que a situação "continua a ser '
                'preocupante".'), "Jorge Almada"),
    ],
)  # fmt: skip
def test_an_office_with_its_portfolio_and_no_name_is_the_holder(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'A Comissão dos Negócios Estrangeiros afirmou que o acordo "segue o seu curso".',
        "Les Affaires étrangères ont affirmé que « tout est calme à la frontière ».",
        'O Ministério das Relações Exteriores disse que "a visita está confirmada".',
    ],
)
def test_a_ministrys_name_is_no_speaker(paragraph: str) -> None:
    lang = "fr" if "Les" in paragraph else "pt"
    assert _speakers(lang, paragraph) == [None]


# --- quotation marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "quotes"),
    [
        (("‘’Mes chers compatriotes, j’ai décidé de me présenter’’, a écrit Ibou Sarr.",),
         [("Mes chers compatriotes,", "Ibou Sarr")]),
        (("Le comité a reçu mardi son président, Ibou Sarr.",
          " »Nous avons rencontré les agences ce matin’’, a-t-il souligné."),
         [("Nous avons rencontré", "Ibou Sarr")]),
        (("Le comité a reçu mardi son président, Ibou Sarr.",
          " »Nous avons répondu sur la liberté d’expression », une radio privée, a expliqué "
          "M. Sarr."),
         [("Nous avons répondu", "Ibou Sarr")]),
    ],
)  # fmt: skip
def test_wire_marks_doubled_singles_and_guillemets_closed_either_way(
    paragraphs: tuple[str, ...], quotes: list[tuple[str, str]]
) -> None:
    assert _said("fr", *paragraphs) == quotes


# --- a first line that is a sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("O ministro dos Negócios Estrangeiros, Rui Faria, descartou hoje responsabilidades na "
         "situação entre Portugal e Angola e afirmou que vai ser encontrada uma solução.\n"
         "Questionado em Lisboa, o ministro responde: «Vamos encontrar, vamos».\n",
         "Rui Faria"),
        ("Bundeskanzler Tobias Wendt forderte am Freitag den Außenminister von Belgien auf, er "
         "solle nach Wien kommen und sich hier selbst ein Bild der Lage machen.\n"
         "„Man kann sich nicht aussuchen, mit wem man spricht“, sagte der Kanzler.\n",
         "Tobias Wendt"),
        ("Le ministre de la Culture, Awa Ndiaye, a vivement réagi mardi aux propos laissant "
         "entendre que les membres du gouvernement garderaient le silence par crainte.\n"
         "« Personne ne tombera dans ce piège », a-t-elle lancé.\n", "Awa Ndiaye"),
    ],
)  # fmt: skip
def test_a_first_line_of_twenty_words_ending_a_sentence_is_the_lead(
    source: str, speaker: str
) -> None:
    doc = parse_text(source, origin="x.txt")
    assert [q.speaker for q in doc.quotes] == [speaker]
    assert doc.title == source.split("\n")[0].split(",")[0] or not doc.title.endswith(".")


# --- German nouns are capitalised: no names ----------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kanzler Ralf Stegmann sprach am Montag in Linz.",
         'Wenn Belgien den Dialog suche, müsse es auch mit denen sprechen, "mit denen man ein '
         'Problem hat". "Man kann sich nicht aussuchen, mit wem man redet."'),
        ("Kanzler Ralf Stegmann sprach am Montag in Linz.",
         'Die Beziehungen zu Wien seien "für beide sehr wichtig", sagte er.'),
        ("Kanzler Ralf Stegmann sprach am Montag in Linz.",
         'Die Regierung Ungarns habe versucht, das "klare Signal der Einigkeit" zu senden, '
         "sagte er."),
    ],
)  # fmt: skip
def test_german_nouns_and_articles_make_no_name(paragraphs: tuple[str, ...]) -> None:
    speakers = _speakers("de", *paragraphs)
    assert speakers and all(s in (None, "Ralf Stegmann") for s in speakers)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Kanzler Ralf Stegmann lud Minister Paul Marek nach Wien ein.",
          "Die Gäste kommen, wenn sie Zeit haben.",
          "Marek reiste am Abend ab.",
          'Stegmann sprach danach. Er sagte, die Lage sei "ernst, aber ruhig".'), "Ralf Stegmann"),
        (("Bürgermeister Jan Hollub empfing Senator Erik Falk im Rathaus.",
          "Die Bauern protestieren, weil sie höhere Preise fordern.",
          "Falk fuhr danach nach Linz.",
          'Hollub blieb. Er betonte, das Treffen sei "sehr gut gewesen".'), "Jan Hollub"),
        (("Präsident Timo Ahlers begrüßte Botschafter Lars Dorn in Bern.",
          "Die Schüler winkten, als sie den Wagen sahen.",
          "Dorn verließ die Stadt am Mittag.",
          'Ahlers lächelte. Er nannte den Besuch "einen Gewinn für beide Länder".'), "Timo Ahlers"),
    ],
)  # fmt: skip
def test_german_sie_of_a_plural_gives_no_one_a_gender(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    # (a "sie" that means "they" made the man named before a woman, and "Er" someone else)
    assert _speakers("de", *paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ('O ministro da Casa Civil, Rui Nogueira, disse que "a reforma não foi discutida".',
         "Rui Nogueira", "ministro da Casa Civil"),
        ('La ministre de la Fonction Publique, Awa Touré, a déclaré que « rien ne change ».',
         "Awa Touré", "ministre de la Fonction Publique"),
        ('O secretário da Receita Federal, Paulo Tavares, afirmou que "o prazo acaba".',
         "Paulo Tavares", "secretário da Receita Federal"),
    ],
)  # fmt: skip
def test_an_office_ending_on_a_capitalised_word_then_the_name(
    paragraph: str, speaker: str, role: str
) -> None:
    lang = "fr" if "ministre " in paragraph else "pt"
    ex = Extractor(lang)
    ex.feed(paragraph)
    assert [(q.speaker, q.role) for q in ex.quotes] == [(speaker, role)]


# --- header lines over the headline, datelines ---------------------------------------------------


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("Politik\nMinister Kurz warnt vor neuen Zöllen\nDer Minister Ralf Kurz hat am Montag "
         "vor neuen Zöllen gewarnt, die den Handel treffen würden.\n",
         "Minister Kurz warnt vor neuen Zöllen"),
        ("Saltar para o conteúdo principal\n\nPublicidade\n\nSiga o Diário do Sul no Twitter\n\n"
         "Governo aprova plano para o interior\n\nO Governo aprovou hoje um plano de obras "
         "para as cidades do interior do país.\n", "Governo aprova plano para o interior"),
        ("Aller au contenu principal\n\nInternational\n\nLe Niger et le Bénin rouvrent leur "
         "frontière\n\nLes deux pays ont annoncé lundi la réouverture de leur frontière "
         "commune, fermée depuis un an.\n", "Le Niger et le Bénin rouvrent leur frontière"),
    ],
)  # fmt: skip
def test_section_labels_and_page_chrome_are_no_title(source: str, title: str) -> None:
    assert parse_text(source, origin="x.txt").title == title


@pytest.mark.parametrize(
    ("source", "date"),
    [
        ("Agence Vidéo • 04/05/2022 à 11:20\n\nLe gouvernement promet des aides aux "
         "agriculteurs touchés par la sécheresse de l'été dernier, selon la ministre.\n",
         "2022-05-04"),
        ("Rede Notícias\n\n13/01/2004 - 20h05\n\nGoverno aprova plano para o interior\n\n"
         "O Governo aprovou um plano de obras para as cidades do interior.\n", "2004-01-13"),
        ("Neue Brücke für Linz\n\n12.03.2019 · 09:41 Uhr\n\nDie Stadt Linz baut eine neue "
         "Brücke über die Donau, wie der Bürgermeister mitteilte.\n", "2019-03-12"),
    ],
)  # fmt: skip
def test_a_time_stamp_line_over_the_lead_dates_the_page(source: str, date: str) -> None:
    doc = parse_text(source, origin="x.txt")
    assert doc.date is not None and doc.date.isoformat() == date


@pytest.mark.parametrize(
    ("lead", "place", "date"),
    [
        ("Wien, 3. März 2004 (ÖVP-PD) Der Kanzler dankte den Ministern für ihre Arbeit.",
         "Wien", "2004-03-03"),
        ("Graz, 14. Mai 2010 (SK) Die Partei stellte ihr Programm für die Wahl vor.",
         "Graz", "2010-05-14"),
        ("Lisboa, 2 de junho de 2015 (Lusa) O Governo aprovou hoje o novo plano de obras.",
         "Lisboa", "2015-06-02"),
    ],
)  # fmt: skip
def test_a_dated_dateline_with_its_source_in_brackets(lead: str, place: str, date: str) -> None:
    doc = parse_text(f"Eine Meldung\n\n{lead}\n", origin="x.txt")
    assert (doc.place, doc.date.isoformat() if doc.date else None) == (place, date)


@pytest.mark.parametrize(
    "byline",
    ["ANA PAULA COSTA\nda Agência Sul, em Lisboa",
     "JEAN DUPRÉ\nde notre correspondant à Dakar",
     "KARL WEBER\nvon unserem Korrespondenten"],
)  # fmt: skip
def test_a_shouted_name_over_its_paper_is_a_byline_not_a_place(byline: str) -> None:
    source = f"Plano de obras aprovado\n\n{byline}\n\nO Governo aprovou hoje um plano de obras.\n"
    assert parse_text(source, origin="x.txt").place is None


@pytest.mark.parametrize(
    ("source", "speakers"),
    [
        ("Le ministre des Affaires étrangères, Paul Mbemba, était hier à Alger… Plus »\n\n"
         "« L'objectif principal est la sécurité, a-t-il déclaré. Nous restons vigilants. »\n",
         ["Paul Mbemba", "Paul Mbemba"]),
        ("Ministra Helena Prata visita Maputo\n\n"
         '"A cooperação entre os dois países vai crescer muito nos próximos anos", disse a '
         "ministra aos jornalistas no aeroporto da capital.\n", ["Helena Prata"]),
        ("Außenministerin Jana Feld reist nach Kenia\n\n"
         "„Wir schätzen die Partnerschaft“, sagte sie am Flughafen.\n", ["Jana Feld"]),
    ],
)  # fmt: skip
def test_the_people_a_title_names_can_speak_in_the_body(source: str, speakers: list[str]) -> None:
    assert [q.speaker for q in parse_text(source, origin="x.txt").quotes] == speakers


def test_a_titles_quote_is_not_a_quote_of_the_body() -> None:
    source = (
        "« Nous resterons », promet le maire Yves Lenoir\n\n"
        "Le maire de Thiès a parlé lundi devant le conseil municipal.\n"
    )
    assert parse_text(source, origin="x.txt").quotes == ()


# --- names in quotes, a mark that lost its space ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "kept"),
    [
        ("fr", "« La science est la clé », a-t-elle affirmé, en clôture de la conférence "
               "“Choose Europe for Science”, a ajouté la présidente Léa Morin.",
         ["La science est"]),
        ("de", "„Ich habe ein gutes Verhältnis zu ihm“, sagte Kanzler Jan Ohm bei einem Talk "
               "des „Redaktionsnetzwerks Deutschland“ in Leipzig.", ["Ich habe ein"]),
        ("pt", '"O plano avança", disse a ministra Rita Sal no encontro "Portugal Digital Sempre", '
               "em Lisboa.", ["O plano avança"]),
    ],
)  # fmt: skip
def test_a_name_in_quotes_after_a_noun_is_no_quote(
    lang: str, paragraph: str, kept: list[str]
) -> None:
    assert [text for text, _ in _said(lang, paragraph)] == kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "Elle a annoncé un plan, a indiqué la ministre Léa Morin.”Le rôle de la science est remis "
        "en cause”, a-t-elle affirmé.",
        "Le port rouvre, a annoncé le maire Yves Tanguy.”Nous sommes prêts pour la saison”, "
        "a-t-il ajouté.",
        "Le budget passe, a dit le ministre Omar Sy.”Les comptes sont tenus depuis deux ans”, "
        "a-t-il précisé.",
    ],
)
def test_a_closing_mark_glued_after_a_full_stop_opens_a_quote(paragraph: str) -> None:
    quotes = _said("fr", paragraph)
    assert len(quotes) == 1 and quotes[0][1] is not None


# --- the subject after its verb, a pronoun opening its sentence ---------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("de", ('"Das ist schlimm", sagte Präsident Tom Reed.',
                "Indes verkündete Jakob Marov am Montag eine neue Verfassung.",
                'Er unterstrich dabei, man dürfe das Gesetz "keinem Fremden übergeben".'),
         "Jakob Marov"),
        ("fr", ("« C'est grave », a déclaré le président Tom Reed.",
                "Lundi, a annoncé Paul Mvondo, la constitution sera changée.",
                "Il a ajouté que le texte serait « soumis au peuple en mai »."), "Paul Mvondo"),
        ("pt", ('"É grave", disse o presidente Tom Reed.',
                "Na segunda-feira, anunciou Jorge Mavie, a constituição vai mudar.",
                'Ele acrescentou que o texto será "submetido ao povo em maio".'), "Jorge Mavie"),
    ],
)  # fmt: skip
def test_a_pronoun_opening_its_sentence_is_the_latest_subject(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lead", "place", "date"),
    [
        ("Brasília, 03/02/2026 – O presidente afirmou que o país vai reforçar a cooperação com "
         "os vizinhos.", "Brasília", "2026-02-03"),
        ("Abidjan, 04/05/2025 – Le président a déclaré que le pays allait renforcer sa "
         "coopération avec ses voisins.", "Abidjan", "2025-05-04"),
        ("Lisboa, 12 fev 2026 (Lusa) – O Governo aprovou hoje um plano de obras para o interior "
         "do país.", "Lisboa", "2026-02-12"),
        ("Graz, 7. Okt. 2024 – Der Bürgermeister hat am Montag erklärt, dass die Stadt eine neue "
         "Brücke bauen werde.", "Graz", "2024-10-07"),
    ],
)  # fmt: skip
def test_numeric_and_abbreviated_dateline_dates(lead: str, place: str, date: str) -> None:
    doc = parse_text(f"Um título\n\n{lead}\n", origin="x.txt")
    assert (doc.place, doc.date.isoformat() if doc.date else None) == (place, date)


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("de", "„Wir bauen die Brücke neu“, sagte Minister Jan Ohm der Deutschen Presse-Agentur.",
         "Jan Ohm"),
        ("de", "„Der Plan steht“, sagte Ministerin Eva Roth den Zeitungen der Funke-Gruppe.",
         "Eva Roth"),
        ("de", "„Wir helfen“, sagte Präsidentin Ursula von der Lahn am Montag.",
         "Ursula von der Lahn"),
    ],
)  # fmt: skip
def test_german_articles_after_a_name_are_no_particles(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("de", ("Dem Sprecher Tim Berg zufolge ist die Lage „sehr ernst“.",), "Tim Berg"),
        ("de", ("Der Ministerin Eva Roth zufolge sei der Plan „gut durchdacht“.",), "Eva Roth"),
        ("pt", ('"A ponte avança", disse Rui Tavares.',
                'Para o ministro, "o calendário é realista".'), "Rui Tavares"),
        ("pt", ("A ministra Ana Reis chegou a Luanda.",
                'Para a ministra, "a cooperação é uma prioridade".'), "Ana Reis"),
    ],
)  # fmt: skip
def test_according_to_after_the_name_or_with_para(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Portugal e Angola assinam acordo. Os dois países assinaram hoje um acordo. "É um dia '
        'histórico", afirmou o ministro Rui Tavares.',
        "O Governo aprovou hoje um plano de obras. A ministra disse que já há verbas e que o "
        "plano está pronto.",
        "Moçambique e Brasil reforçam a cooperação. O ministro afirmou à imprensa que as relações "
        "estão ótimas.",
    ],
)
def test_short_portuguese_is_portuguese(text: str) -> None:
    from tui.core.parse.language import detect_language

    assert detect_language(text) == "pt"


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker", "role"),
    [
        ("de", "„Die Lage ist ernst“, sagte der CDU-Politiker Jens Kamp der Zeitung.",
         "Jens Kamp", "CDU-Politiker"),
        ("pt", '"O acordo é importante", disse à Lusa Maria dos Anjos, presidente da associação.',
         "Maria dos Anjos", None),
        ("fr", "« L'accord est important », a déclaré à l'AFP Awa Sarr, présidente de "
               "l'association.", "Awa Sarr", None),
        ("de", "„Der Plan steht“, sagte ARD-Korrespondent Tim Brandt in Kairo.", "Tim Brandt",
         None),
    ],
)  # fmt: skip
def test_party_offices_and_agencies_before_a_name(
    lang: str, paragraph: str, speaker: str, role: str | None
) -> None:
    ex = Extractor(lang)
    ex.feed(paragraph)
    assert [q.speaker for q in ex.quotes] == [speaker]
    if role is not None:
        assert ex.quotes[0].role == role


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("fr", ("Le président a reçu le vice-ministre des Affaires étrangères, Chen Bo.",
                "‘’Nous avons parlé de sa visite’’, a confirmé à la radio publique (RTS), le "
                "diplomate chinois au sortir de la rencontre."), "Chen Bo"),
        ("de", ("„Wir gewinnen“, sagte Bundesinnenminister Hans Ebert.",
                "Zugleich wies der CSU-Politiker auf mögliche „politische Risiken“ hin."),
         "Hans Ebert"),
        ("pt", ('"A ponte avança", disse o ministro Rui Tavares.',
                'Depois, o ministro lembrou os "custos elevados" da obra.'), "Rui Tavares"),
    ],
)  # fmt: skip
def test_the_person_just_quoted_named_again_by_an_office(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("fr", ("Le président Ali Sow a reçu le vice-ministre chinois des Affaires étrangères, "
                "Chen Bo.",
                "« Nous avons parlé de la visite », a confirmé à la radio publique (RTS), le "
                "diplomate chinois au sortir de sa rencontre avec le président Sow."), "Chen Bo"),
        ("pt", ("O Presidente Filipe Mavie recebeu o vice-ministro sul-africano, Tom Dube.",
                '"Falámos da cimeira", afirmou à televisão pública (TVM), o governante '
                "sul-africano após o encontro com o Presidente Mavie."), "Tom Dube"),
        ("fr", ("La présidente Awa Touré a reçu l'ambassadeur allemand, Karl Roth.",
                "« Les relations sont bonnes », a estimé, devant la presse, l'ambassadeur "
                "allemand après l'audience avec la présidente Touré."), "Karl Roth"),
    ],
)  # fmt: skip
def test_an_office_after_the_verb_and_a_place_or_medium_is_the_subject(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("source", "title", "date"),
    [
        ("sexta-feira, 19 de maio de 2017\n\nTemer recebe ministros no Planalto\n\nO presidente "
         "recebeu hoje os ministros no Palácio do Planalto.\n",
         "Temer recebe ministros no Planalto", "2017-05-19"),
        ("Une légende de photo\n\nPublié le jeudi 12/02/2026 à 10h30\n\nLe président a reçu "
         "mardi les ministres de la région pour un sommet.\n", "Une légende de photo",
         "2026-02-12"),
        ("Ein Bild\n\nVeröffentlicht am 12.02.2026 | Aktualisiert am 13.02.2026 um 09:10 Uhr"
         "\n\nDer Präsident hat am Dienstag die Minister der Region empfangen.\n", "Ein Bild",
         "2026-02-12"),
    ],
)  # fmt: skip
def test_date_lines_in_other_languages(source: str, title: str, date: str) -> None:
    doc = parse_text(source, origin="x.txt")
    assert (doc.title, doc.date.isoformat() if doc.date else None) == (title, date)


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("fr", ("Le Premier ministre Karim Ben Salah a été reçu par le président Ali Kane.",
                "« Nous renforçons notre coopération », a déclaré le Premier ministre tunisien.",
                "« Nous reviendrons », a-t-il dit."), "Karim Ben Salah"),
        ("pt", ("Em pronunciamento no Palácio do Planalto, o presidente da República, Paulo "
                'Neves, afirmou que "todo o esforço" pode ser inútil.',), "Paulo Neves"),
        ("fr", ("Devant l'Assemblée nationale, la ministre Léa Morin a défendu le texte.",
                "« Ce texte protège les salariés », a-t-elle déclaré."), "Léa Morin"),
        ("de", ("Deutschland bleibt in Moskau.",
                "Das sagte die deutsche Außenministerin Petra Holm in einem Interview mit dem "
                "Magazin Der Spiegel:",
                "„Je mehr Streit man hat, desto wichtiger ist das Gespräch.“"), "Petra Holm"),
    ],
)  # fmt: skip
def test_offices_bodies_and_a_subject_after_an_adjective(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert set(_speakers(lang, *paragraphs)) == {speaker}
