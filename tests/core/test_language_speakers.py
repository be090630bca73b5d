"""Speakers in the wording other languages' wires use (development set misses, rewritten)."""

from __future__ import annotations

import pytest

from tui.core.extract.extractor import Extractor


def _said(lang: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(q.text, q.speaker) for q in ex.quotes]


# --- Korean -----------------------------------------------------------------------------------


def test_korean_office_joined_to_its_city_or_country() -> None:
    assert _said("ko", '박서준 세종시장은 "도시를 바꾸겠다"고 말했다.') == [
        ("도시를 바꾸겠다", "박서준")
    ]
    assert _said("ko", '알렉스 밀러 주한 호주대사 대리는 "교류를 늘리겠다"고 밝혔다.') == [
        ("교류를 늘리겠다", "알렉스 밀러")
    ]


def test_korean_company_and_its_office() -> None:
    quotes = _said("ko", '최민재 한빛해운공사 사장은 "새 항로를 열겠다"고 말했다.')
    assert quotes == [("새 항로를 열겠다", "최민재")]


def test_korean_office_before_a_foreign_name() -> None:
    quotes = _said(
        "ko",
        '김하늘 장관은 "협력을 넓히겠다"고 말했다. 스페인 우주청장 루시아 가르시아는 '
        '"한국은 좋은 동반자"라고 밝혔다.',
    )
    assert quotes == [("협력을 넓히겠다", "김하늘"), ("한국은 좋은 동반자", "루시아 가르시아")]


def test_korean_surname_and_office_for_someone_met_before_with_a_longer_office() -> None:
    quotes = _said(
        "ko",
        "오세진 국무총리는 10일 국무회의를 주재했다.",
        '오 총리는 "민생을 먼저 챙기겠다"고 말했다.',
    )
    assert quotes == [("민생을 먼저 챙기겠다", "오세진")]


def test_korean_surname_and_office_never_met_before_is_still_a_speaker() -> None:
    quotes = _said("ko", '아울러 윤 장관은 "대화를 이어가겠다"고 강조했다.')
    assert quotes == [("대화를 이어가겠다", "윤 장관")]


def test_korean_pronoun_before_anyone_is_quoted_is_the_person_named() -> None:
    quotes = _said(
        "ko",
        "한지민 통일부 장관이 도쿄에서 일본 외무상과 면담했다.",
        '그는 "관계가 좋아지고 있어 기쁘다"고 강조했다.',
    )
    assert quotes == [("관계가 좋아지고 있어 기쁘다", "한지민")]


def test_double_prime_marks_enclose_a_korean_quote() -> None:
    quotes = _said("ko", "서지우 장관은 \u2033협력이 중요하다\u2033고 강조했다.")
    assert quotes == [("협력이 중요하다", "서지우")]


def test_a_short_korean_term_in_quotes_is_no_quote_even_with_a_subject() -> None:
    assert _said("ko", "문도윤 대통령이 '깜짝' 방문해 기자들을 격려했다.") == []


# --- Italian ----------------------------------------------------------------------------------


def test_italian_quote_running_over_two_paragraphs_then_lo_ha_detto() -> None:
    quotes = _said(
        "it",
        '(ANSA) - ROMA, 3 MAR - "Sono felice di essere qui con i cittadini. È un buon inizio.',
        'Conto di aiutare i comuni con nuove risorse". Lo ha detto il ministro Carlo Neri '
        "arrivando in piazza.",
    )
    assert quotes[0][1] == "Carlo Neri"


def test_italian_cosi_with_or_without_accent_names_the_speaker() -> None:
    for word in ("Così", "Cosi'", "Cosi"):
        quotes = _said("it", f"“Il porto crescerà ancora quest'anno”. {word} il ministro Ugo Sala.")
        assert quotes == [("Il porto crescerà ancora quest'anno", "Ugo Sala")], word


def test_italian_lo_dichiara_names_the_speaker() -> None:
    quotes = _said("it", "“Serve un piano per le periferie”. Lo dichiara Marta Vinci, consigliera.")
    assert quotes == [("Serve un piano per le periferie", "Marta Vinci")]


def test_italian_interruption_with_the_speaker_named() -> None:
    quotes = _said(
        "it",
        "“Serve un piano per le periferie”. Lo dichiara Marta Vinci.",
        "“Il taglio – aggiunge Vinci – pesa sulle famiglie”.",
    )
    assert [q[1] for q in quotes] == ["Marta Vinci", "Marta Vinci"]


def test_italian_office_with_an_elided_article() -> None:
    quotes = _said(
        "it",
        "«Il satellite è pronto», ha detto il ministro Paolo Ferri. Secondo la presidente "
        "dell'Agenzia spaziale, Laura Conti, l'intesa «apre nuovi mercati».",
    )
    assert quotes[-1] == ("apre nuovi mercati", "Laura Conti")


def test_two_words_with_their_speaker_are_a_quote_one_word_is_a_term() -> None:
    quotes = _said(
        "it",
        "«Il satellite è pronto», ha detto la presidente Laura Conti. «Siamo pronti», ha "
        "sottolineato.",
    )
    assert quotes[-1] == ("Siamo pronti", "Laura Conti")
    assert _said("fr", "Le ministre Paul Roux a qualifié le projet de « mirage ».") == []


# --- Spanish, French --------------------------------------------------------------------------


def test_spanish_portfolio_in_capitals_before_the_name() -> None:
    quotes = _said(
        "es",
        '"El agua es la prioridad", dijo la ministra de Transición Ecológica, Rosa Lema.',
    )
    assert quotes == [("El agua es la prioridad", "Rosa Lema")]


def test_spanish_subject_then_a_speech_verb_later_in_the_sentence() -> None:
    quotes = _said(
        "es",
        'El canciller de Chile, Tomás Vera, se refirió al tema y dijo que el acuerdo "cierra '
        'una época".',
    )
    assert quotes == [("cierra una época", "Tomás Vera")]


def test_spanish_subject_with_a_comma_before_its_auxiliary() -> None:
    quotes = _said(
        "es",
        "La portavoz del Gobierno, Lucía Ortega, ha apelado hoy a la “responsabilidad de "
        "todos los partidos”.",
    )
    assert quotes == [("responsabilidad de todos los partidos", "Lucía Ortega")]


def test_spanish_regional_minister_after_the_quote() -> None:
    quotes = _said(
        "es",
        '"Crearemos dos mil empleos", ha afirmado el consejero de Industria, Julio Pardo.',
    )
    assert quotes == [("Crearemos dos mil empleos", "Julio Pardo")]


def test_french_salue_and_tweete_are_speech() -> None:
    quotes = _said(
        "fr",
        "Le ministre espagnol de l'Agriculture, Luis Mora, a salué « un partenariat juste et "
        "durable ».",
        "« La réunion a été utile pour tous les partenaires », a tweeté le ministre.",
    )
    assert [q[1] for q in quotes] == ["Luis Mora", "Luis Mora"]


def test_spanish_portfolio_with_a_country_before_the_name() -> None:
    quotes = _said(
        "es",
        "El Ministro de Relaciones Exteriores de Chile, Tomás Vera, dijo que el acuerdo "
        '"cierra una época".',
    )
    assert quotes == [("cierra una época", "Tomás Vera")]


def test_a_ministry_name_is_no_person() -> None:
    ex = Extractor("es")
    ex.feed("El Ministro de Relaciones Exteriores de Chile dijo que el acuerdo ayuda a la región.")
    ex.feed(
        "Este miércoles el Ministro de Relaciones Exteriores de Chile, Tomás Vera, se refirió "
        'al tema y dijo que el acuerdo "cierra una época".'
    )
    assert [(q.text, q.speaker) for q in ex.quotes] == [("cierra una época", "Tomás Vera")]
    assert [p.name for p in ex.people] == ["Tomás Vera"]


# --- datelines --------------------------------------------------------------------------------


def test_dateline_with_an_article_before_the_date() -> None:
    from tui.core.parse.dateline import split_dateline

    found = split_dateline("BRUXELLES, le 15 janvier 2026 – La Commission a validé le projet.")
    assert found is not None
    assert (found.place, found.date.isoformat() if found.date else None) == (
        "Bruxelles",
        "2026-01-15",
    )
    found = split_dateline("BERLIN, am 3. März 2026 – Die Regierung hat beschlossen.")
    assert found is not None and found.place == "Berlin"


def test_korean_wire_dateline_without_brackets() -> None:
    from tui.core.parse.dateline import split_dateline

    found = split_dateline("부산=연합뉴스 오하람 기자 = 부산항만공사는 3일 새 항로를 열었다.")
    assert found is not None
    assert (found.place, found.rest) == ("부산", "부산항만공사는 3일 새 항로를 열었다.")


def test_korean_office_then_foreign_name_after_a_country_and_ministry() -> None:
    quotes = _said(
        "ko",
        '이하나 장관은 "협력이 중요하다"고 말했다. 네덜란드 경제부 장관 얀 보스는 '
        '"투자를 환영한다"고 밝혔다.',
    )
    assert quotes == [("협력이 중요하다", "이하나"), ("투자를 환영한다", "얀 보스")]


def test_reflexive_verb_after_the_subject_in_french() -> None:
    quotes = _said(
        "fr",
        "La ministre de l'Énergie, Nadia Amrani, s'est félicitée d'un accord « qui ouvre un "
        "nouveau marché ».",
    )
    assert quotes == [("qui ouvre un nouveau marché", "Nadia Amrani")]


def test_pour_x_gives_the_speaker_in_french() -> None:
    quotes = _said(
        "fr",
        "Pour le secrétaire d'État allemand Jan Vogel, « c'est un partenariat gagnant ».",
    )
    assert quotes == [("c'est un partenariat gagnant", "Jan Vogel")]


def test_according_to_a_body_names_nobody() -> None:
    quotes = _said(
        "es",
        '"Vamos a construir viviendas", ha subrayado la ministra Ana Soler. El líder de la '
        'oposición, Luis Prieto, lo ha calificado de "propaganda". Según la patronal, el plan '
        '"llega tarde".',
    )
    assert quotes == [("Vamos a construir viviendas", "Ana Soler")]


def test_date_labelled_as_published_in_other_languages() -> None:
    from tui.core.parse.text import parse_text

    doc = parse_text(
        "La diplomatie avant tout\n\nPublié le : mardi 8 août 2023\n\n"
        "Le ministre a rencontré ses homologues à Niamey.\n",
        origin="a.txt",
    )
    assert doc.date is not None and doc.date.isoformat() == "2023-08-08"
    doc = parse_text(
        "외교장관 회담\n\n송고시간2018-05-10 18:25\n\n양국 장관이 서울에서 만났다.\n",
        origin="b.txt",
    )
    assert doc.date is not None and doc.date.isoformat() == "2018-05-10"


def test_an_incise_ending_a_sentence_inside_the_marks_parts_two_quotes() -> None:
    ex = Extractor("fr")
    ex.feed(
        "La ministre Nadia Amrani a salué l'accord. « Nous avons le soleil et les ports, "
        "a-t-elle poursuivi. Il nous manquait des clients. »"
    )
    assert [(q.text, q.speaker, q.marks) for q in ex.quotes] == [
        ("Nous avons le soleil et les ports", "Nadia Amrani", "«»"),
        ("Il nous manquait des clients.", "Nadia Amrani", "«»"),
    ]
    # an incise in the middle of a sentence leaves one quotation
    ex = Extractor("fr")
    ex.feed("« Il réduira le trafic, a-t-elle poursuivi, et il créera des emplois. »")
    assert len(ex.quotes) == 1


def test_a_pronoun_after_a_quote_is_the_woman_the_sentence_before_names() -> None:
    quotes = _said(
        "fr",
        "« La ligne ouvrira en 2032 », a assuré le président de la métropole, Paul Garnier.",
        "Mme Claire Dufour, élue d'opposition, a jugé le coût excessif. « Nous demandons un "
        "audit », a-t-elle lancé.",
    )
    assert quotes[-1] == ("Nous demandons un audit", "Claire Dufour")


def test_german_office_and_surname_in_one_capitalised_run() -> None:
    quotes = _said(
        "de",
        "„Das Bündnis ist stark“, sagte Bundeskanzler Krüger am Donnerstag in Washington.",
    )
    assert quotes == [("Das Bündnis ist stark", "Krüger")]


def test_sentences_opening_on_their_verb_keep_the_subject() -> None:
    quotes = _said(
        "es",
        "El desarrollo del país redujo la pobreza, afirmó la ministra Elena Ruiz. Aseveró que "
        "los resultados se deben al crecimiento. Sostuvo que “hoy estamos en uno de cada cinco”.",
    )
    assert quotes == [("hoy estamos en uno de cada cinco", "Elena Ruiz")]


def test_italian_cosi_after_the_quote_in_its_sentence() -> None:
    quotes = _said(
        "it",
        "«Il porto torna al centro del Mediterraneo», così il presidente dell'Autorità portuale "
        "Luca Ferri.",
    )
    assert quotes == [("Il porto torna al centro del Mediterraneo", "Luca Ferri")]


def test_korean_side_of_a_body_is_nobody_named() -> None:
    quotes = _said(
        "ko",
        '강민호 사장은 "항로를 열겠다"고 말했다. 마르세유항 측은 "부산은 아시아의 관문"이라고 평가했다.',
    )
    assert quotes == [("항로를 열겠다", "강민호"), ("부산은 아시아의 관문", None)]


def test_selon_lui_is_the_person_just_quoted() -> None:
    quotes = _said(
        "fr",
        "« Ce port sera la porte de l'Afrique », déclare le ministre du Transport, Karim Haddad. "
        "Selon lui, le chantier « créera trois mille emplois ».",
    )
    assert quotes[-1] == ("créera trois mille emplois", "Karim Haddad")


def test_korean_speaker_named_right_after_the_quote() -> None:
    quotes = _said(
        "ko",
        '"교역을 두 배로 늘리자"고 윤서진 대통령은 제안했다. 또 응우옌 푸쫑 주석은 '
        '"한국은 중요한 투자국"이라고 화답했다. "광물 협력도 강화한다"고 대통령실 관계자는 전했다.',
    )
    assert quotes == [
        ("교역을 두 배로 늘리자", "윤서진"),
        ("한국은 중요한 투자국", "응우옌 푸쫑"),
        ("광물 협력도 강화한다", None),  # an official of the office, not named
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", '대통령실 관계자는 "일정은 아직 정해지지 않았다"고 전했다.'),
        ("ko", '송하린 장관이 방문했다. 외교부 당국자는 "추가 협의가 필요하다"고 말했다.'),
        ("ko", '"예산은 충분하다"고 국방부 고위 관계자는 밝혔다.'),
        ("ja", "外務省幹部は「具体的な成果が出た」と語った。"),
        ("ja", "青木正樹外相が来日した。防衛省関係者は「協議は続く」と述べた。"),
        ("ja", "「交渉は最終段階だ」と政府高官は明らかにした。"),
    ],
)
def test_an_official_of_a_body_left_unnamed_is_no_speaker(lang: str, text: str) -> None:
    # As "an official said" in English: someone speaks, but no one is named.
    assert [who for _, who in _said(lang, text)] == [None]
