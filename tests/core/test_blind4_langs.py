"""French, Italian, Spanish, German and Korean briefings as different writers word them
(people and wording invented): offices, speakers, datelines and lists."""

from __future__ import annotations

import pytest

from tui.core.extract.extractor import Extractor
from tui.core.parse.areas import parse_area
from tui.core.parse.dateline import split_dateline
from tui.core.parse.languages import comments_header


def _quoted(lang: str, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(q.speaker, q.role) for q in ex.quotes]


# --- an office without its holder's nationality -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("fr", "« Le port rouvrira lundi », a déclaré la ministre belge des Transports, "
         "Lise Vermeulen.", ("Lise Vermeulen", "ministre des Transports")),
        ("it", "«Siamo pronti a firmare», ha detto il premier maltese Karl Zammitto.",
         ("Karl Zammitto", "premier")),
        ("es", "El canciller uruguayo, Tomás Ferreyra, afirmó que «el acuerdo es justo».",
         ("Tomás Ferreyra", "canciller")),
        ("fr", "Le ministre délégué à la Mer, Hugo Perrec, a dit : « Nous irons vite. »",
         ("Hugo Perrec", "ministre délégué à la Mer")),
        ("es", "«Todo está listo», dijo el secretario general Mario Ocampo.",
         ("Mario Ocampo", "secretario general")),
    ],
)  # fmt: skip
def test_the_office_leaves_out_a_nationality_but_keeps_its_own_adjective(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


def test_the_nationality_left_out_still_names_the_official_later() -> None:
    said = _quoted(
        "fr",
        "La ministre tchèque de l'Énergie, Jana Novotná, a reçu le ministre Paul Rivet.",
        "« Nous partagerons le réseau », a dit la ministre tchèque.",
    )
    assert said == [("Jana Novotná", "ministre de l'Énergie")]


# --- an office named again: which holder ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("fr", ("Le ministre délégué aux Ports, Éric Lannuzel, a reçu la ministre de la Mer, "
                "Odile Kersaint.",
                "« Le chantier commence en mai », a déclaré la ministre.",
                "« Ce sera un calendrier tenu », a conclu le ministre délégué."), "Éric Lannuzel"),
        ("fr", ("La ministre de la Culture, Nadia Ferhat, a rencontré le ministre de "
                "l'Intérieur, Yves Cordier.",
                "« Nous ouvrirons les musées », a-t-il dit.",
                "« Les musées resteront gratuits », a répondu la ministre."), "Nadia Ferhat"),
        ("de", ("Der CDU-Abgeordnete Jan Köster, der den Ausschuss leitet, lobte die Einigung.",
                "Die Ministerin Ute Brenner sagte: „Wir bauen ab Juni.“",
                "„Das hilft dem ganzen Land“, sagte der CDU-Politiker."), "Jan Köster"),
    ],
)  # fmt: skip
def test_an_office_named_again_is_the_holder_its_words_and_article_describe(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _quoted(lang, *paragraphs)[-1][0] == speaker


# --- offices the lists lacked ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("de", "Die Kölner Kulturreferentin Ilse Baumann sagte, das sei „ein Fest für alle“.",
         ("Ilse Baumann", "Kulturreferentin")),
        ("de", "„Wir sind bereit“, sagte Bundesrätin Vreni Aebischer-Kunz.",
         ("Vreni Aebischer-Kunz", "Bundesrätin")),
        ("de", "Der Staatssekretär für Verkehr, Arne Holm, erklärte: „Die Brücke kommt.“",
         ("Arne Holm", "Staatssekretär für Verkehr")),
        ("it", "L'assessora ai Trasporti, Marta Gualdi, ha detto che «i tram arriveranno».",
         ("Marta Gualdi", "assessora ai Trasporti")),
        ("it", "«Siamo pronti», ha detto il vice primo ministro Tran Van Phuc.",
         ("Tran Van Phuc", "vice primo ministro")),
    ],
)  # fmt: skip
def test_offices_of_cities_states_and_deputies(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


# --- reported speech, then a quote with no subject --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("it", ("«Vogliamo partner», ha detto la ministra Lina Moretti.",
                "Il sindaco Paolo Serra ha poi ricordato che la città esporta già vino. "
                "«È solo la prima tappa», ha concluso."), "Paolo Serra"),
        ("es", ("«Queremos socios», dijo la ministra Ana Ríos.",
                "El alcalde Luis Peña ha recordado que la ciudad ya exporta vino. "
                "«Es solo el comienzo», ha añadido."), "Luis Peña"),
        ("fr", ("« Nous voulons des partenaires », a dit la ministre Anne Roux.",
                "Le maire Paul Mercier a rappelé que la ville exporte déjà du vin. "
                "« Ce n'est qu'un début », a-t-il ajouté."), "Paul Mercier"),
    ],
)  # fmt: skip
def test_a_subjectless_quote_goes_on_with_the_subject_of_reported_speech_just_before(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _quoted(lang, *paragraphs)[-1][0] == speaker


# --- Korean: foreign names of several words, a verb before the name ---------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('응우옌 티 란 베트남 교통부 장관은 "철도 협력이 시작됐다"고 말했다.',
         ("응우옌 티 란", "교통부 장관")),
        ('마르타 디아스 칠레 에너지부 장관은 "리튬 협력이 중요하다"고 밝혔다.',
         ("마르타 디아스", "에너지부 장관")),
        ('린 웨이 밍 싱가포르항만그룹 최고경영자는 "두 항구가 함께 성장할 것"이라고 말했다.',
         ("린 웨이 밍", "싱가포르항만그룹 최고경영자")),
        ('헤이그항만공사의 피트 반 담 사장은 "부산에서 많이 배운다"고 말했다.',
         ("피트 반 담", "사장")),
        ('회담을 마친 뒤 기자들과 만난 한도윤 대통령은 "협력은 계속된다"고 말했다.',
         ("한도윤", "대통령")),
        ('현지에 진출한 한 식품업체 대표는 "수출이 늘었다"고 말했다.', (None, None)),
    ],
)  # fmt: skip
def test_korean_names_of_several_words_and_the_verb_before_a_name(
    paragraph: str, expected: tuple[str | None, str | None]
) -> None:
    assert _quoted("ko", paragraph) == [expected]


# --- an office with "vice" named again; an attribution between commas inside the marks ------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        ("fr", ("Le vice-Premier ministre laotien Boun Chanthavong est arrivé mardi.",
                "« Le pont sera prêt en 2027 », a précisé le vice-Premier ministre."),
         ("Boun Chanthavong", "vice-Premier ministre")),
        ("es", ("El primer ministro Andrés Vidal recibió a la delegación.",
                "«Habrá tren en 2028», afirmó el primer ministro."),
         ("Andrés Vidal", "primer ministro")),
    ],
)  # fmt: skip
def test_an_office_with_vice_or_prime_named_again(
    lang: str, paragraphs: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _quoted(lang, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("fr", "« Nous sommes prêts, a affirmé la commissaire Irène Vasseur, à payer la "
         "moitié du tronçon. »", "Irène Vasseur"),
        ("it", "«Siamo pronti, ha assicurato il sindaco Carlo Venturi, a finanziare i lavori.»",
         "Carlo Venturi"),
        ("es", "«Estamos listos, aseguró la alcaldesa Rosa Medina, para pagar la obra.»",
         "Rosa Medina"),
    ],
)  # fmt: skip
def test_an_attribution_between_commas_inside_the_marks(
    lang: str, paragraph: str, speaker: str
) -> None:
    assert _quoted(lang, paragraph)[0][0] == speaker


def test_a_named_attribution_inside_the_marks_makes_the_surname_known() -> None:
    said = _quoted(
        "fr",
        "« Nous sommes prêts, a affirmé la commissaire Irène Vasseur, à payer. »",
        "« L'Europe tient parole », a insisté Mme Vasseur.",
    )
    assert said[-1] == ("Irène Vasseur", "commissaire")


# --- "l'élu", a colon lead-in with an unnamed subject, a body after "de la" ------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Pour le maire de Nantes, Alain Guérin, la ville veut « ouvrir ses laboratoires ».",
         "La professeure Mina Choi a souligné : « Nos données sont prêtes. »",
         "« Ce forum doit revenir chaque année », a conclu l'élu écologiste."),
        ("Le député écologiste Samba Diop a salué un texte « enfin ambitieux ».",
         "Le ministre Paul Ndiaye a dit : « Nous tiendrons les délais. »",
         "« Mais un texte ne suffit pas », a conclu l'élu."),
    ],
)  # fmt: skip
def test_the_elected_official_is_whoever_holds_an_elected_office(
    paragraphs: tuple[str, ...],
) -> None:
    speakers = [s for s, _ in _quoted("fr", *paragraphs)]
    assert speakers[-1] == speakers[0]


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("fr", ("« Nous voulons un accord », a dit le maire Paul Roux.",
                "Un participant a résumé l'ambiance : « Tout le monde cherche des "
                "partenaires. »")),
        ("es", ("«Queremos un acuerdo», dijo el alcalde Pablo Ruiz.",
                "Un funcionario de la Secretaría de Economía explicó que «las plantas se "
                "instalarán en Guanajuato».")),
        ("it", ("«Vogliamo un accordo», ha detto il sindaco Paolo Rossi.",
                "Un dirigente della Regione Lazio ha spiegato: «I fondi arriveranno a "
                "settembre.»")),
    ],
)  # fmt: skip
def test_an_unnamed_subject_speaks_for_nobody_named(lang: str, paragraphs: tuple[str, ...]) -> None:
    assert _quoted(lang, *paragraphs)[-1] == (None, None)


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        ("es", "La ministra Nadia Karimi calificó el acuerdo de «un paso que nadie esperaba».",
         "Nadia Karimi"),
        ("fr", "Le ministre Louis Perrin a qualifié le projet de « chantier du siècle ».",
         "Louis Perrin"),
        ("pt", "O ministro Rui Pires classificou o acordo como «uma vitória para todos».",
         "Rui Pires"),
    ],
)  # fmt: skip
def test_calling_something_a_quoted_name_is_speech(lang: str, paragraph: str, speaker: str) -> None:
    assert _quoted(lang, paragraph)[0][0] == speaker


# --- German single marks ‚…‘ ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("Die Ministerin Eva Lind sprach von einem ‚guten Tag für die Region‘.",
         "guten Tag für die Region"),
        ("Minister Jonas Berg nannte den Plan ‚eine Brücke zwischen zwei Ufern‘, "
         "sagte er.", "eine Brücke zwischen zwei Ufern"),
        ("„Wir nennen das ‚die neue Strecke‘ und bauen sie jetzt“, sagte Minister Jonas Berg.",
         "Wir nennen das ‚die neue Strecke‘ und bauen sie jetzt"),
    ],
)  # fmt: skip
def test_german_single_low_marks_quote(paragraph: str, text: str) -> None:
    ex = Extractor("de")
    ex.feed(paragraph)
    assert [q.text for q in ex.quotes] == [text]


# --- datelines and areas ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "rest"),
    [
        ("Berlin, 3. März 2026. Deutschland und Chile haben heute ein Abkommen unterzeichnet.",
         "Berlin", "2026-03-03", "Deutschland und Chile"),
        ("Graz, 14. Mai 2026. Die Stadt eröffnet ein neues Labor für Batterien.",
         "Graz", "2026-05-14", "Die Stadt eröffnet"),
        ("BUENOS AIRES.— Argentina y Chile firmaron un acuerdo sobre el litio.",
         "Buenos Aires", None, "Argentina y Chile"),
        ("부산 = 2026년 1월 30일 – 부산시는 마르세유시와 협약을 체결했다.",
         "부산", "2026-01-30", "부산시는"),
    ],
)  # fmt: skip
def test_datelines_closed_by_a_full_stop_or_a_sign(
    paragraph: str, place: str, date: str | None, rest: str
) -> None:
    found = split_dateline(paragraph)
    assert found is not None
    assert found.place == place
    assert (found.date.isoformat() if found.date else None) == date
    assert found.rest.startswith(rest)


def test_a_place_ending_on_initials_keeps_its_stops() -> None:
    found = split_dateline("WASHINGTON, D.C. – Officials met on Monday to discuss the plan.")
    assert found is not None and found.place == "Washington, D.C."


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Formation d'ingénieurs : 300 bourses par an.", "Formation d'ingénieurs"),
        ("Dell'energia pulita: nuovi impianti nel sud.", "Dell'energia pulita"),
        ("Industria dell’acciaio (IA): forni elettrici.", "Industria dell’acciaio"),
    ],
)  # fmt: skip
def test_an_area_name_may_hold_an_apostrophe(item: str, name: str) -> None:
    area = parse_area(item)
    assert area is not None and area.name == name


def test_an_area_name_in_quotation_marks_is_still_no_area_name() -> None:
    area = parse_area("'Green ports' plan: a sentence about something else.")
    assert area is None or area.name != "'Green ports' plan"


# --- a place that begins like a month; offices of universities and prefectures --------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("MARSEILLE, le 9 juin 2026 – La ville a signé une convention.", "Marseille"),
        ("Marbella, 4 de mayo de 2026 – El ayuntamiento aprobó el plan.", "Marbella"),
        ("JUNÍN, 12 de marzo de 2026 – La provincia firmó un acuerdo.", "Junín"),
    ],
)  # fmt: skip
def test_a_place_that_begins_like_a_month_is_a_place(paragraph: str, place: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("it", "Il rettore, Marco Bellini, ha spiegato che «i laboratori apriranno presto».",
         ("Marco Bellini", "rettore")),
        ("de", "„Wir bauen Zellen“, so die Kieler Rektorin Anke Sommer.",
         ("Anke Sommer", "Rektorin")),
        ("fr", "L'adjointe au maire chargée de la culture, Inès Morel, a promis « un festival "
         "ouvert à tous ».", ("Inès Morel", "adjointe au maire chargée de la culture")),
        ("fr", "Le wali d'Oran, Said Benali, a salué « un pont entre deux rives ».",
         ("Said Benali", "wali d'Oran")),
    ],
)  # fmt: skip
def test_offices_of_universities_and_towns(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


def test_a_colleague_is_no_part_of_the_name() -> None:
    said = _quoted("de", "Ihr polnischer Kollege Piotr Zielin sprach von einem „neuen Anfang“.")
    assert said[0][0] == "Piotr Zielin"


# --- unnamed sources; "Così X" after a quote standing alone -----------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("it", ("«Partiamo a maggio», ha detto il sindaco Luca Neri.",
                "Fonti della Regione hanno precisato che «il costo resterà basso».")),
        ("es", ("«Empezamos en mayo», dijo el alcalde Luis Vera.",
                "Fuentes del Ministerio indicaron que «el coste seguirá bajo».")),
        ("fr", ("« Nous partons en mai », a dit le maire Luc Noël.",
                "Sources Élysée ont indiqué que « le coût restera bas ».")),
    ],
)  # fmt: skip
def test_unnamed_sources_before_a_body_speak_for_no_one_named(
    lang: str, paragraphs: tuple[str, ...]
) -> None:
    assert _quoted(lang, *paragraphs)[-1] == (None, None)


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("it", ("«Il treno partirà a dicembre», ha detto l'assessore Giulio Rota.",
                "La ministra Nina Kos ha parlato di «una nuova Europa».",
                "«Ci saranno corse notturne». Così Rota, rispondendo ai giornalisti."),
         "Giulio Rota"),
        ("es", ("«El tren saldrá en diciembre», dijo el consejero Pablo Rey.",
                "La ministra Ana Sol habló de «una nueva etapa».",
                "«Habrá trenes nocturnos». Así lo dijo Rey ante la prensa."), "Pablo Rey"),
    ],
)  # fmt: skip
def test_a_quote_standing_alone_is_the_one_the_next_sentence_names(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _quoted(lang, *paragraphs)[-1][0] == speaker


# --- Korean: a city before a local office; an official of the city --------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('엘렌 무아네 리옹 부시장은 "연구자들이 함께 일하게 돼 기쁘다"고 말했다.',
         ("엘렌 무아네", "리옹 부시장")),
        ('안나 베르크 함부르크 시장은 "항구가 더 깨끗해질 것"이라고 말했다.',
         ("안나 베르크", "함부르크 시장")),
        ('시 관계자는 "센터는 내년에 문을 연다"고 설명했다.', (None, None)),
    ],
)  # fmt: skip
def test_korean_city_before_a_local_office_and_an_official_of_the_city(
    paragraph: str, expected: tuple[str | None, str | None]
) -> None:
    assert _quoted("ko", paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('페르난도 로페스 스페인 외교장관은 "협력을 넓히겠다"고 말했다.',
         ("페르난도 로페스", "외교장관")),
        ('파블로 루이스 칠레 광업부 장관은 "리튬이 중요하다"고 말했다.',
         ("파블로 루이스", "광업부 장관")),
        ('회담 장소인 서울로 향한 김민호 장관은 "잘 될 것"이라고 말했다.', ("김민호", "장관")),
    ],
)  # fmt: skip
def test_korean_foreign_given_name_ending_like_a_particle(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted("ko", paragraph) == [expected]


# --- comments of the readers; agencies in brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Commenti dei lettori", None),
        ("Commentaires des lecteurs (3)", 3),
        ("Comentarios de los lectores", None),
        ("독자 댓글 2개", 2),
    ],
)  # fmt: skip
def test_a_comments_header_may_say_whose_comments(line: str, count: int | None) -> None:
    assert comments_header(line) == (count,)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Santiago de Compostela (Europa Press).- La Xunta acordó el lunes un plan nuevo.",
         "Santiago de Compostela"),
        ("NAMUR (Belga) – La Wallonie a signé mercredi un accord sur l'hydrogène.", "Namur"),
        ("Bari (Agenzia Nova) - La Regione ha firmato un accordo con la Grecia.", "Bari"),
    ],
)  # fmt: skip
def test_a_place_before_an_agency_in_brackets(paragraph: str, place: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and found.place == place


# --- offices joined, set off after the name, described in the middle ---------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("fr", "« Pourquoi attendre ? », a lancé le ministre-président flamand, Jan Peeters.",
         ("Jan Peeters", "ministre-président")),
        ("fr", "Mme Julie Tremblay, ministre québécoise de la Culture, estime que l'accord "
         "« ouvre une porte ».", ("Julie Tremblay", "ministre de la Culture")),
        ("es", "Ana Beltrán, ministra chilena de Minería, dijo que «el litio es clave».",
         ("Ana Beltrán", "ministra de Minería")),
        ("es", "La secretaria de Estado portuguesa de Movilidad, Inês Sousa, aseguró que su "
         "país «cumplirá su parte».", ("Inês Sousa", "secretaria de Estado de Movilidad")),
        ("es", "«Ya no aceptamos retrasos», señaló el conselleiro de Infraestructuras, Xosé "
         "Pardo.", ("Xosé Pardo", "conselleiro de Infraestructuras")),
        ("es", "La secretaria de Estado encargada de Turismo, Rosa Gil, dijo que «todo está "
         "listo».", ("Rosa Gil", "secretaria de Estado encargada de Turismo")),
    ],
)  # fmt: skip
def test_offices_joined_apposed_or_described_in_the_middle(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("Der Minister Karl Huber sprach von einem „Meilenstein für Mitteleuropa“.",
         "Meilenstein für Mitteleuropa"),
        ("Die Ministerin Lea Graf nannte das Abkommen eine „Brücke zwischen Nachbarn“.",
         "Brücke zwischen Nachbarn"),
    ],
)  # fmt: skip
def test_german_capitalised_words_after_an_indefinite_article_are_a_quote(
    paragraph: str, text: str
) -> None:
    ex = Extractor("de")
    ex.feed(paragraph)
    assert [q.text for q in ex.quotes] == [text]


# --- a place named before in an office's body; apposition closing a sentence ------------------


def test_a_place_met_before_stays_in_the_office_body() -> None:
    said = _quoted(
        "es",
        "Los puertos de Valencia y Rotterdam acordaron compartir datos.",
        "«Queremos ser el primer puerto», afirmó el presidente de la Autoridad Portuaria de "
        "Valencia, Vicent Ferrer.",
    )
    assert said == [("Vicent Ferrer", "presidente de la Autoridad Portuaria de Valencia")]


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("fr", "« Il nous manque les réseaux », résume Yasmine Haddad, directrice de "
         "l'agence tunisienne des startups.",
         ("Yasmine Haddad", "directrice de l'agence tunisienne des startups")),
        ("it", "«Serve tempo», spiega Marta Rinaldi, direttrice del museo civico.",
         ("Marta Rinaldi", "direttrice del museo civico")),
    ],
)  # fmt: skip
def test_an_office_after_the_name_may_close_the_sentence(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


def test_a_comments_header_addressed_to_the_reader() -> None:
    assert comments_header("Vos réactions (2)") == (2,)
    assert comments_header("Vos commentaires") == (None,)


# --- a counterpart named by an adjective later; an attribution to someone unnamed -------------


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        ("it", ("«È un passo avanti», ha detto il ministro Luca Bassi dopo l'incontro con "
                "l'omologo giapponese Kenji Ito.",
                "Il ministro giapponese ha definito l'intesa «naturale tra due paesi amici»."),
         "Kenji Ito"),
        ("fr", ("« Un pas en avant », a dit la ministre Anne Colin après avoir reçu son "
                "homologue italien Marco Rossi.",
                "« Nous signerons en mai », a répondu le ministre italien."), "Marco Rossi"),
    ],
)  # fmt: skip
def test_a_counterpart_is_known_later_by_the_adjective_that_described_them(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    said = _quoted(lang, *paragraphs)
    assert said[-1] == (speaker, None)


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("de", ("Die Ministerin Kari Lund sagte: „Wir bauen ab Juni.“",
                "„Wir teilen die Daten ab sofort“, so ein Sprecher des Bundesamts.")),
        ("fr", ("La ministre Anne Colin a dit : « Nous signerons en mai. »",
                "« Le calendrier est serré », a reconnu un diplomate.")),
        ("es", ("La ministra Ana Sol dijo: «Firmaremos en mayo.»",
                "«El plazo es corto», admitió un funcionario del ministerio.")),
    ],
)  # fmt: skip
def test_an_attribution_after_the_quote_to_someone_unnamed(
    lang: str, paragraphs: tuple[str, ...]
) -> None:
    assert _quoted(lang, *paragraphs)[-1] == (None, None)


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("de", "Der Sprecher des Kanzlers Olaf Brandt sagte, man sei „mit dem Ergebnis sehr "
         "zufrieden“."),
        ("es", "Un asesor del ministro Carlos Vidal explicó que «el plan sigue en marcha»."),
        ("it", "Un portavoce del sindaco Marco Neri ha detto che «il cantiere riparte lunedì»."),
    ],
)  # fmt: skip
def test_the_person_whose_spokesman_speaks_is_not_the_speaker(lang: str, paragraph: str) -> None:
    assert _quoted(lang, paragraph) == [(None, None)]


def test_after_a_comma_the_name_is_the_first_office_holder() -> None:
    said = _quoted("es", "La portavoz del presidente, Ana Ruiz, dijo que «el plan sigue».")
    assert said == [("Ana Ruiz", "portavoz del presidente")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "La direttrice dell'ufficio, Marta Leoni, ha spiegato che la domanda cresce. "
            "Tra gli espositori qualcuno resta prudente: «I costi pesano sui margini».",
        ),
        (
            "es",
            "La ministra Inés Corral, ha dicho que el plan avanza. En la sala alguien se "
            "mostró escéptico: «No veo el dinero por ningún lado».",
        ),
        (
            "fr",
            "La préfète Agnès Morel a précisé que les travaux commencent. Dans la foule, "
            "quelqu'un a lancé : « On attend depuis dix ans ».",
        ),
        (
            "de",
            "Die Ministerin Jana Roth erklärte, die Mittel stünden bereit. Am Rand meinte "
            "jemand: „Das glaube ich erst, wenn ich es sehe.“",
        ),
    ],
)
def test_someone_left_unnamed_says_a_quote_nobody_named_did(lang: str, text: str) -> None:
    ex = Extractor(lang)
    ex.feed(text)
    assert [q.speaker for q in ex.quotes][-1] is None
