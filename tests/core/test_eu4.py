"""Spanish, Italian, German and Portuguese wording of real reports, rewritten with invented
people: an office worded for a woman or a man, people met as objects, ministries' initials."""

from __future__ import annotations

import pytest

from tests.core.said import said_in as _said
from tests.core.said import speakers_in as _speakers
from tui.core.extract.extractor import Extractor

# --- an office worded for a woman is not a man's -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("Esta jornada, y en el marco de la cumbre regional, la ministra de Pesca, Lucía "
                "Barredo, se refirió a la carta en la que criticó al embajador de Noruega, Tomás "
                "Eklund, por sus dichos.",
                "En esa línea, la secretaria de Estado mencionó que el acuerdo “sigue en pie” y "
                "que todo está bien."),
         "Lucía Barredo"),
        ("it", ("Nella giornata di oggi, e in margine al vertice regionale, la ministra della "
                "Cultura, Carla Fenoglio, è tornata sulla lettera all'ambasciatore di Malta, "
                "Piero Zammit, per le critiche.",
                "In questo senso, la sottosegretaria ha spiegato che l'intesa è \"ancora "
                "solida\" e che tutto va bene."),
         "Carla Fenoglio"),
        ("pt", ("Nesta jornada, e no âmbito da cimeira regional, a ministra da Pesca, Rita "
                "Valente, referiu-se à carta em que criticou o embaixador do Chile, Hugo "
                "Ossandón, pelas declarações.",
                "Nessa linha, a secretária de Estado afirmou que o acordo «continua firme» e "
                "que tudo está bem."),
         "Rita Valente"),
    ],
)  # fmt: skip
def test_a_feminine_office_is_never_a_man_named_since(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("El ministro de Minas, Raúl Peñaloza, salió del palacio.",
                "Se le preguntó por la primera ministra, Elsa Quiroga.",
                "Después, el ministro fue consultado y respondió que “no hay prisa”."),
         "Raúl Peñaloza"),
        ("de", ("Der Minister Jan Kolbe reiste ab.",
                "Er traf zuvor die Sprecherin Ida Rauch.",
                "Der Minister sagte danach, die Lage sei „ruhig und stabil“."),
         "Jan Kolbe"),
    ],
)  # fmt: skip
def test_a_masculine_office_is_never_a_woman_introduced_by_a_feminine_one(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


# --- a person met as an object is not who goes on speaking ----------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("El ministro de Obras, Darío Quintela, dijo que no hablará con “todos”.",
                "Se le preguntó si se reuniría con la alcaldesa, Nora Ibáñez.",
                "“Hoy no, mañana veremos”, manifestó."),
         "Darío Quintela"),
        ("it", ("Il ministro dei Porti, Dario Collina, ha detto che serve \"calma\".",
                "Gli è stato chiesto se parlerà con la sindaca, Nora Ferri.",
                "\"Oggi no, domani vedremo\", ha aggiunto."),
         "Dario Collina"),
        ("pt", ("O ministro das Obras, Dário Quintela, disse que não falará com \"todos\".",
                "Foi questionado se se reunirá com a prefeita, Nora Ibáñez.",
                "\"Hoje não, amanhã veremos\", afirmou."),
         "Dário Quintela"),
    ],
)  # fmt: skip
def test_someone_met_as_an_object_does_not_take_the_next_quote(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


def test_according_to_is_no_object() -> None:
    # "de acordo com o chefe X": the person the words are according to
    said = _speakers(
        "pt",
        "O chefe da Casa Civil, Vítor Alcaide, falou com a imprensa.",
        'De acordo com o chefe da Casa Civil, o recado foi para que "conversem mais".',
    )
    assert said == ["Vítor Alcaide"]


# --- a ministry's initials between the office and the name ----------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("El ministro de Energía y Minas (MINEM), Óscar Vidaurre, salió del palacio.",
                "Luego, el ministro dijo que “no habrá cortes”."), "Óscar Vidaurre"),
        ("pt", ("O ministro da Saúde (MS), Tadeu Brandão, saiu do palácio.",
                "Depois, o ministro disse que \"não haverá cortes\"."), "Tadeu Brandão"),
        ("it", ("Il ministro delle Imprese (MIMIT), Aldo Ferrante, è uscito dal palazzo.",
                "Poi il ministro ha detto che \"non ci saranno tagli\"."), "Aldo Ferrante"),
    ],
)  # fmt: skip
def test_a_ministrys_initials_before_the_name(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


# --- a name, then its office -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("it", ("Bruno Veltri, ministro dell'Ambiente, interviene a un convegno a Bari.",
                "In Europa \"le regole sono chiare per tutti\" ha detto il ministro dal palco."),
         "Bruno Veltri"),
        ("es", ("Marta Golub, ministra de Comercio, llegó el lunes a Quito.",
                "En la cumbre “habrá acuerdo pronto” afirmó la ministra ante la prensa."),
         "Marta Golub"),
        ("fr", ("Paul Ebanda, ministre des Mines, visite le chantier de Kribi.",
                "Sur place « tout avance vite » a dit le ministre devant les ouvriers."),
         "Paul Ebanda"),
    ],
)  # fmt: skip
def test_an_office_after_a_name_is_that_persons(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("it", "\"Siamo tutti preoccupati\", ha aggiunto il ministro ai microfoni di Rete "
               "Tg24.", None),
        ("it", "\"Siamo tutti preoccupati\", ha aggiunto il ministro per le Politiche europee, "
               "Lino Sartori.", "Lino Sartori"),
        ("it", "\"Una crisi folle e del tutto inspiegabile\", ha detto il ministro per la Pa "
               "Nadia Corsi.", "Nadia Corsi"),
    ],
)  # fmt: skip
def test_italian_offices_per_le_and_channels_with_figures(
    lang: str, paragraph: str, speaker: str | None
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


# --- German: phrases opening on a fused preposition, two names joined by particles ----------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Die Vorsitzende Ida Brenner sprach am Montag in Kassel.",
         "Zum Plan Körners sagte Brenner: „Das sind Ideen für seine Leute.“ Es sei "
         "„guter Brauch, dass jeder für sich entscheidet“."),
        ("Die Vorsitzende Ida Brenner sprach am Montag in Kassel.",
         "Beim Treffen Körners sagte Brenner: „Das sind Ideen für seine Leute.“ Es sei "
         "„guter Brauch, dass jeder für sich entscheidet“."),
    ],
)  # fmt: skip
def test_a_phrase_on_a_fused_preposition_is_no_name(paragraphs: tuple[str, ...]) -> None:
    assert _speakers("de", *paragraphs) == ["Ida Brenner", "Ida Brenner"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Bundeskanzler Lukas Ott sprach am Abend. Nur wer sich ändere, bleibe sich treu, "
         "kommentierte Ott zudem den Wechsel des Vizekanzler-Amts von Hans Lehr zu Otto Rainer, "
         "betonte aber auch, \"für mich ist das nicht ganz einfach\".", "Lukas Ott"),
        ("Ministerin Eva Lind sprach am Abend. Das sei ein Fortschritt, erklärte Lind nach "
         "dem Treffen mit Paul Hart, sagte aber auch, \"wir sind noch nicht am "
         "Ziel\".", "Eva Lind"),
    ],
)  # fmt: skip
def test_one_subject_for_two_speech_verbs_past_objects(paragraph: str, speaker: str) -> None:
    assert _speakers("de", paragraph)[-1] == speaker


def test_a_relative_clause_keeps_its_own_subject() -> None:
    said = _speakers(
        "de",
        'Ministerin Eva Lind traf Paul Hart, der sagte, "wir sind noch nicht am Ziel".',
    )
    assert said != ["Eva Lind"]


def test_two_names_joined_by_particles_are_two_people() -> None:
    ex = Extractor("de")
    ex.feed("Der Wechsel des Vorsitzes von Hans Lehr zu Otto Rainer kam am Montag.")
    ex.feed("„Wir sind bereit“, sagte Rainer.")
    assert [q.speaker for q in ex.quotes] == ["Otto Rainer"]


# --- "Lo dice X" after several quotes; "A spiegarlo è stato X" --------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Una crisi senza senso, con esiti incerti". Per questo "nulla è da escludere", '
        "nemmeno il voto. Lo dice il ministro per gli Affari regionali, Marco Tessi, a Radio "
        "Uno.",
        '"Una crisi senza senso, con esiti incerti". E ancora: "nulla è da escludere". '
        "Lo ha detto il ministro per gli Affari regionali, Marco Tessi, a Radio Uno.",
    ],
)
def test_said_so_gives_every_quote_of_the_paragraph_before_it(paragraph: str) -> None:
    assert _speakers("it", paragraph) == ["Marco Tessi", "Marco Tessi"]


def test_said_so_does_not_reach_past_an_attributed_quote() -> None:
    said = _speakers(
        "it",
        '"Siamo pronti a tutto", ha detto la ministra Anna Ricci. Per questo "nulla è '
        'da escludere". Lo dice il ministro degli Esteri, Marco Tessi.',
    )
    assert said == ["Anna Ricci", "Marco Tessi"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("ROMA. \"Abbiamo il dovere di salvare il Paese, tutti insieme\".",
         "A spiegarlo e' stato il presidente del Consiglio, Mario Ferri, in conferenza."),
        ("ROMA. \"Abbiamo il dovere di salvare il Paese, tutti insieme\".",
         "A dirlo è stato il presidente del Consiglio, Mario Ferri, in conferenza."),
    ],
)  # fmt: skip
def test_italian_cleft_names_the_speaker_before(paragraphs: tuple[str, ...]) -> None:
    assert _speakers("it", *paragraphs) == ["Mario Ferri"]


# --- a subject left out goes on with the last one (Spanish, Italian, Portuguese) ------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("El Ministro de Relaciones Exteriores chileno, Alfredo Ruiz, realizó un balance "
                "de la cumbre.",
                "Principalmente, destacó la labor del equipo. En medio de ello, aseguró que “el "
                "presidente me ha pedido seguir”, sentenció."),
         "Alfredo Ruiz"),
        ("pt", ("O ministro dos Negócios Estrangeiros, Paulo Tavares, fez um balanço da cimeira.",
                "Sobretudo, destacou o trabalho da equipa. No meio disso, garantiu que \"o "
                "presidente me pediu para continuar\", rematou."),
         "Paulo Tavares"),
    ],
)  # fmt: skip
def test_a_sentence_without_subject_goes_on_with_the_last(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("es", "El Ministro de Relaciones Exteriores chileno, Alfredo Ruiz, dijo que “todo "
               "va bien”.", "Alfredo Ruiz"),
        ("it", "Il ministro degli Esteri italiano, Aldo Berti, ha detto che \"tutto va "
               "bene\".", "Aldo Berti"),
    ],
)  # fmt: skip
def test_an_adjective_of_the_office_before_the_name(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


# --- titles: a headline printed twice, a quoted headline over its date line -----------------


def _title(source: str) -> str | None:
    from tui.core.parse.text import parse_text

    return parse_text(source, origin="case.txt").title


BODY = "Die Ministerin sprach am Dienstag vor dem Landtag, hieß es.\n\nMehr folgt.\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Ministerin warnt vor neuen Kosten im Haushalt\nMinisterin warnt vor neuen Kosten im "
         "Haushalt\nMit diesen Worten hat Eva Lind im Interview gesprochen. Wir geben die "
         "wichtigsten Thesen wieder:\n\n" + BODY,
         "Ministerin warnt vor neuen Kosten im Haushalt"),
        ("Le maire promet un budget sans hausse\nLe maire promet un budget sans hausse\nLe "
         "maire Paul Ebanda a présenté lundi son budget devant le conseil municipal.\n\n" + BODY,
         "Le maire promet un budget sans hausse"),
        # (a caption and its alt text over the headline still are not the title)
        ("Menu\n\nEine Fähre quert die Bucht im Morgenlicht des Winters\nEine Fähre quert die "
         "Bucht im Morgenlicht des Winters\n\nFährpreise steigen im Frühjahr\n\n" + BODY,
         "Fährpreise steigen im Frühjahr"),
    ],
)  # fmt: skip
def test_a_headline_printed_twice_over_the_report(source: str, expected: str) -> None:
    assert _title(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('Lind: "Auch für mich nicht einfach"\n\n27. Oktober 2003, 19:08\n82 Postings\n\n'
         "Die Ministerin klagt über den Haushalt\n\n" + BODY,
         'Lind: "Auch für mich nicht einfach"'),
        ("Ott: „Wir bleiben dabei“\n\n3. März 2011, 10:15\n14 Postings\n\n"
         "Der Kanzler bleibt hart\n\n" + BODY,
         "Ott: „Wir bleiben dabei“"),
    ],
)  # fmt: skip
def test_a_quoted_headline_over_its_date_line_is_no_site_name(source: str, expected: str) -> None:
    assert _title(source) == expected


# --- a place, a middle dot, the lead ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Kassel · Die Vorsitzende Ida Brenner sieht keinen Grund für einen Wechsel.", "Kassel"),
        ("Bad Homburg · Der Landrat sagte am Montag, die Straße werde bald gesperrt.",
         "Bad Homburg"),
        ("Politik · Inland · Die Regierung hat heute beschlossen, dass alles neu wird.", None),
    ],
)  # fmt: skip
def test_a_place_before_a_middle_dot(paragraph: str, place: str | None) -> None:
    from tui.core.parse.dateline import split_dateline

    found = split_dateline(paragraph)
    assert (found.place if found else None) == place


# --- words called something; a second verb of the same subject ------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("pt", "O ministro das Finanças, Rui Tavares, definiu hoje a situação como \"diferente "
               "de qualquer outra\".", "Rui Tavares"),
        ("es", "La ministra de Hacienda, Ana Lema, calificó ayer el plan de “un error muy "
               "grave”.", "Ana Lema"),
        ("fr", "Le ministre des Mines, Paul Ebanda, a qualifié le projet de « chantier du "
               "siècle ».", "Paul Ebanda"),
    ],
)  # fmt: skip
def test_verbs_that_call_something_a_name(lang: str, paragraph: str, speaker: str) -> None:
    assert _speakers(lang, paragraph) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("pt", "O ministro da Saúde, Adão Serra, não quis responder à crítica do ministro Rui "
               "Mota (Obras), mas afirmou que \"só um tonto\" pensaria assim.", "Adão Serra"),
        ("es", "El ministro de Salud, Adán Sierra, no quiso responder a la crítica del ministro "
               "Raúl Mota, pero afirmó que “solo un tonto” pensaría así.", "Adán Sierra"),
    ],
)  # fmt: skip
def test_a_second_verb_after_mas_or_pero_keeps_the_subject(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("de", ("„Wir sprechen bald darüber“, sagte Sprecher Igor Belkin.",
                "Er ging nicht darauf ein, wann Oleg Marin reisen wird, sondern betonte, dass "
                "„die Reise zu gegebener Zeit kommt“."),
         "Igor Belkin"),
        ("de", ("„Wir sprechen bald darüber“, sagte Sprecher Igor Belkin.",
                "Er sagte nicht, ob Oleg Marin kommt, betonte jedoch, dass „alles nach Plan "
                "läuft“."),
         "Igor Belkin"),
    ],
)  # fmt: skip
def test_a_second_verb_after_sondern_or_sino(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("fr", ("Le ministre Paul Ebanda a parlé lundi.",
                "Toujours selon lui, la crise « n’a rien à voir avec notre pays »."),
         "Paul Ebanda"),
        ("es", ("El ministro Raúl Peñaloza habló el lunes.",
                "También según él, la crisis “no tiene nada que ver con nosotros”."),
         "Raúl Peñaloza"),
    ],
)  # fmt: skip
def test_according_to_after_an_adverb(lang: str, paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


def test_portuguese_relatou() -> None:
    said = _speakers(
        "pt",
        "O presidente Mário Leal falou no Palácio.",
        'Lembrou os números do emprego. "[Os dados] deram esperança ao país", relatou.',
    )
    assert said == ["Mário Leal"]


# --- German reported speech in the subjunctive goes on with the last person quoted ----------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kanzler Lukas Ott forderte am Freitag den Minister Jan Moll auf, er solle „nach "
         "Kassel kommen und sich ein Bild machen“.",
         "Hinweis: Der Inhalt dieser Seite ist alt.",
         "Nachdem Moll eingeladen hatte, folgte nun die Antwort. Diese gelte für jeden. Wenn "
         "Bremen reden wolle, müsse es auch mit denen sprechen, „mit denen man Streit hat“."),
        ("Kanzler Lukas Ott sprach am Freitag in Kassel: „Wir bleiben bei unserem Kurs.“",
         "Das Wetter war schlecht.",
         "Von Anfang an habe die Regierung versucht, das „klare Signal der Ruhe“ zu senden."),
    ],
)  # fmt: skip
def test_german_subjunctive_goes_on_with_the_last_speaker(paragraphs: tuple[str, ...]) -> None:
    assert _speakers("de", *paragraphs)[-1] == "Lukas Ott"


def test_german_subjunctive_with_nobody_quoted_before_is_nobodys() -> None:
    said = _speakers(
        "de",
        "Das Wetter war schlecht in Kassel.",
        "Von Anfang an habe die Regierung versucht, das „klare Signal der Ruhe“ zu senden.",
    )
    assert said == [None]


# --- a straight mark after a space closing a quote; links printed as "> headline" ----------


@pytest.mark.parametrize(
    ("lang", "paragraph", "first"),
    [
        ("pt", "Leal afirmou que \"a chance, no momento (de criar a pasta), é zero, mas a "
               "intenção não é criar \". Depois disse \"outra coisa\".", "a chance, no"),
        ("es", "Ruiz dijo que \"la opción, por ahora, es mínima, y no es crear nada \", y "
               "luego se fue.", "la opción, por"),
        ("it", "Berti ha detto che \"la scelta, per ora, è minima e non è creare nulla \". "
               "Poi è andato via.", "la scelta, per"),
    ],
)  # fmt: skip
def test_a_straight_mark_after_a_space_closes(lang: str, paragraph: str, first: str) -> None:
    assert _said(lang, paragraph)[0][0] == first


@pytest.mark.parametrize(
    "link",
    [
        "> Governo estuda novo ministério, diz o presidente",
        "> Sem apoio, ministro corre risco de perder a pasta",
    ],
)
def test_a_link_line_printed_as_a_block_quote_is_no_quote(link: str) -> None:
    from tui.core.parse.text import parse_text

    source = (
        "Leal nega nova pasta\n\nO presidente Mário Leal falou no Palácio na sexta-feira.\n\n"
        f'{link}\n\n"Não há pressa nenhuma", disse Leal.\n'
    )
    doc = parse_text(source, origin="case.txt")
    assert [q.text for q in doc.quotes] == ["Não há pressa nenhuma"]


def test_a_signed_block_quote_stays_a_quote() -> None:
    from tui.core.parse.text import parse_text

    source = (
        "Leal nega nova pasta\n\nO presidente Mário Leal falou no Palácio na sexta-feira.\n\n"
        "> Não há pressa nenhuma\n— Mário Leal\n\nMais nada.\n"
    )
    doc = parse_text(source, origin="case.txt")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("Não há pressa nenhuma", "Mário Leal")]


# --- the sentence after a quote ends on whom it is according to ------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("de", "Der Minister Jan Kolbe sprach im Radio. Die Manöver würden niemandem helfen und "
               "„uns alle zusätzlich besorgt“ machen. Der Schlüssel liege in Teheran, so Kolbe.",
         "Jan Kolbe"),
        ("es", "El ministro Raúl Peñaloza habló en la radio. Las maniobras no ayudan y dejan a "
               "todos “más preocupados que antes”. La clave está en Caracas, según Peñaloza.",
         "Raúl Peñaloza"),
        ("fr", "Le ministre Paul Ebanda a parlé à la radio. Les manœuvres n'aident personne et "
               "rendent tout le monde « plus inquiet qu'avant ». La clé est à Douala, selon "
               "Ebanda.", "Paul Ebanda"),
    ],
)  # fmt: skip
def test_a_sentence_ending_on_according_to_gives_the_quote_before(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph)[-1] == speaker


def test_according_to_names_someone_else_than_the_quoted() -> None:
    said = _speakers(
        "de",
        "„Wir helfen gern“, sagte Ministerin Eva Lind. Die Lage sei ernst, so der Bericht.",
    )
    assert said == ["Eva Lind"]


# --- "Lea aquí: “…”": a link to another report ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("es", ("“Son muchas preguntas a la vez”, dijo la ministra Irene Salas.",
                "Lea aquí: “Otra vez en su sitio”: el presidente devolvió la estatua.")),
        ("pt", ("\"São muitas perguntas ao mesmo tempo\", disse a ministra Irene Sales.",
                "Leia também: \"De novo no seu lugar\": presidente devolve a estátua.")),
        ("it", ("\"Sono troppe domande insieme\", ha detto la ministra Irene Sala.",
                "Leggi anche: \"Di nuovo al suo posto\": il presidente restituisce la statua.")),
    ],
)  # fmt: skip
def test_a_read_also_link_is_nobodys_quote(lang: str, paragraphs: tuple[str, ...]) -> None:
    said = _speakers(lang, *paragraphs)
    assert said[0] is not None and said[1:] in ([], [None])


# --- an office quoted before anyone is known to hold it --------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("es", ("El ministro de Pesca indicó que “queremos cerrar esto pronto”.",
                "El lunes, el canciller Mario Icaza habló del caso.",
                "Icaza dijo que “no hay espionaje”. Por su parte, el ministro de Pesca "
                "enfatizó que “el plazo es corto”."),
         "Mario Icaza"),
        ("pt", ("O ministro das Pescas assegurou que \"o acordo sai este mês\".",
                "O ministro das Pescas, Rui Tavares, falou em Lisboa."),
         "Rui Tavares"),
        ("it", ("Il ministro della Pesca ha detto che \"l'accordo arriva presto\".",
                "Il ministro della Pesca, Aldo Berti, ha parlato a Roma."),
         "Aldo Berti"),
    ],
)  # fmt: skip
def test_a_quote_waits_for_whoever_holds_the_office(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[0] == speaker


def test_a_different_office_does_not_take_the_waiting_quote() -> None:
    said = _speakers(
        "pt",
        'O ministro das Pescas assegurou que "o acordo sai este mês".',
        "O ministro da Saúde, Rui Tavares, falou em Lisboa.",
    )
    assert said == [None]


# --- a new name opening a paragraph, then "«…», reagiu."; surnames before their verb -------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("pt", ("O chefe do Governo recusou hoje que haja uma crise.",
                "Rui Tavares falava em conferência de imprensa, depois de ser interrogado.",
                "\"Não podemos confundir as árvores com a floresta\", reagiu."),
         "Rui Tavares"),
        ("es", ("El jefe del Gobierno negó hoy que haya una crisis.",
                "Raúl Peñaloza hablaba en rueda de prensa, tras ser consultado.",
                "“No podemos confundir los árboles con el bosque”, reaccionó."),
         "Raúl Peñaloza"),
    ],
)  # fmt: skip
def test_a_name_opening_a_paragraph_goes_on_speaking(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs) == [speaker]


def test_a_place_opening_a_title_is_no_subject() -> None:
    ex = Extractor("it")
    ex.feed_title("Nord Corea, Berti soddisfatto")
    ex.feed(
        'Roma, 9 mar. – "Apprendo con soddisfazione gli sviluppi". Così il ministro '
        "degli Esteri, Aldo Berti."
    )
    assert [q.speaker for q in ex.quotes] == ["Aldo Berti"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Ministerin Eva Lind äußerte sich am Montag: „Wir warten noch.“",
          "Auch Birk sagte der Deutschen Presse-Agentur: „Es ist noch nicht Freitag.“"), "Birk"),
        (("Ministerin Eva Lind äußerte sich am Montag: „Wir warten noch.“",
          "Zudem Birk sagte der Zeitung: „Es ist noch nicht Freitag.“"), "Birk"),
    ],
)  # fmt: skip
def test_a_surname_before_its_speech_verb(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers("de", *paragraphs)[-1] == speaker


def test_a_spanish_surname_after_an_adverb() -> None:
    said = _speakers(
        "es",
        "La ministra Eva Lira habló el lunes: “Esperamos todavía.”",
        "También Birk dijo a la agencia: “Todavía no es viernes.”",
    )
    assert said[-1] == "Birk"


def test_an_article_noun_before_a_speech_verb_is_no_name() -> None:
    said = _speakers(
        "de",
        "Ministerin Eva Lind äußerte sich am Montag: „Wir warten noch.“",
        "Auch die Regierung sagte der Zeitung: „Es ist noch nicht Freitag.“",
    )
    assert said[-1] != "Regierung"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Da laufen jetzt die Vorbereitungen auf Hochtouren“, sagte Sprecher Jan Kolbe.',
        '"Das passiert nicht von heute auf morgen“, erklärte Sprecher Jan Kolbe.',
    ],
)
def test_a_straight_opening_closed_by_the_german_closing_mark(paragraph: str) -> None:
    assert _speakers("de", paragraph) == ["Jan Kolbe"]


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("pt", "O ministro do Mar, Rui Tavares, lamenta a saída de Ana Reis, mas entende que o "
               "Governo mantém \"todas as condições para trabalhar\".", "Rui Tavares"),
        ("es", "El ministro de Mar, Raúl Peñaloza, cree que el Gobierno mantiene “todas las "
               "condiciones para trabajar”.", "Raúl Peñaloza"),
        ("it", "Il ministro del Mare, Aldo Berti, ritiene che il governo abbia \"tutte le "
               "condizioni per lavorare\".", "Aldo Berti"),
    ],
)  # fmt: skip
def test_what_someone_holds_told_as_reported_speech(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _speakers(lang, paragraph) == [speaker]


# --- a title in quotes after the noun it names ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("pt", "O ministro Rui Tavares abriu o seminário \"Mar e Terra: construindo uma "
               "parceria\" em Maputo."),
        ("es", "El ministro Raúl Peñaloza presentó la campaña “Juntos por el agua limpia” en "
               "Lima."),
        ("it", "Il ministro Aldo Berti ha aperto la conferenza \"Mare e terra insieme\" a Bari."),
    ],
)  # fmt: skip
def test_a_title_after_its_naming_noun_is_no_quote(lang: str, paragraph: str) -> None:
    assert _said(lang, paragraph) == []


def test_words_after_a_naming_noun_and_a_comma_are_a_quote() -> None:
    said = _speakers("pt", 'Sobre o tema, "Não vamos recuar nunca", disse o ministro Rui Tavares.')
    assert said == ["Rui Tavares"]


# --- a one-word masthead set apart over a shorter headline ----------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Jornal\n\nAngola e Chile defendem \"reforço\" da cooperação\n\nMaputo, 12 mar (Lusa) - "
         "O presidente Rui Tavares defendeu hoje o reforço da cooperação com o Chile.\n",
         'Angola e Chile defendem "reforço" da cooperação'),
        ("Gazzetta\n\nRoma e Madrid rilanciano la cooperazione\n\nRoma, 12 mar. - Il ministro "
         "Aldo Berti ha detto oggi che la cooperazione con la Spagna cresce.\n",
         "Roma e Madrid rilanciano la cooperazione"),
        # (a one-word title over its subtitle, no blank line between, stays the title)
        ("Haushalt\nDie Regierung einigt sich auf neue Regeln\nBerlin – Die Regierung hat sich "
         "am Montag auf neue Regeln für den Haushalt geeinigt.\n", "Haushalt"),
    ],
)  # fmt: skip
def test_a_one_word_masthead_over_a_headline(source: str, expected: str) -> None:
    assert _title(source) == expected


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        (
            "de",
            [
                "Kanzlerin Petra Lindqvist traf am Montag die Landeschefs. Dass man ein "
                "Kommuniqué von Bundeskanzleramt und Ländern veröffentlicht habe, begründete "
                'Lindqvist damit, "dass keine Gerüchte mehr entstehen".'
            ],
            "Petra Lindqvist",
        ),
        (
            "de",
            [
                "Minister Jonas Berghoff kehrte am Freitag aus Kanada zurück. Seinen "
                'Kanada-Aufenthalt bewertete der Minister als "vollen Erfolg für die Häfen".'
            ],
            "Jonas Berghoff",
        ),
        (
            "es",
            [
                "La ministra Inés Corral visitó el puerto el lunes. Explicó el plan y "
                "dijo la ministra ayer: «El muelle estará listo en junio»."
            ],
            "Inés Corral",
        ),
    ],
)
def test_a_subject_after_its_verb_then_a_word_or_two_before_the_quote(
    lang: str, paragraphs: list[str], speaker: str
) -> None:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    assert ex.quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'Seinen USA-Aufenthalt lobte sie als "beachtlichen Erfolg für das Land".',
        'Ihren Besuch im Ministerium nannte sie danach "einen überfälligen Schritt".',
        'Unseren Haushalt nannte sie danach "eine solide Grundlage für die Häfen".',
    ],
)
def test_a_german_noun_phrase_opening_on_a_possessive_is_no_speaker(paragraph: str) -> None:
    ex = Extractor("de")
    ex.feed("Kanzlerin Petra Lindqvist sprach am Montag in Wien.")
    ex.feed(paragraph)
    assert [q.speaker for q in ex.quotes] == ["Petra Lindqvist"]
    assert [p.name for p in ex.people] == ["Petra Lindqvist"]
