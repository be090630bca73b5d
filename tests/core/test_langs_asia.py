"""Korean, Japanese, Italian and Spanish briefings as varied writers write them: speakers,
datelines, dates and titles (invented documents, one pattern per test, three shapes each)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.extract.extractor import Extractor
from tui.core.parse.dateline import split_dateline
from tui.core.parse.dates import first_date
from tui.core.parse.text import parse_text


def _said(lang: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(q.text, q.speaker) for q in ex.quotes]


def _speakers(lang: str, *paragraphs: str) -> list[str | None]:
    return [speaker for _, speaker in _said(lang, *paragraphs)]


# --- Korean and Japanese speakers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('국토부에 따르면 한지민 국토교통부 장관은 "철도망을 넓히겠다"고 말했다.', "한지민"),
        ('외신 보도에 의하면 루카 비안키 산업장관은 "한국과 손잡겠다"고 밝혔다.', "루카 비안키"),
        ('이와 관련해 오세진 해양수산부 차관은 "항만 투자를 늘린다"고 설명했다.', "오세진"),
    ],
)
def test_korean_connective_before_the_subject_is_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    assert _speakers("ko", text) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ko",
            '김도윤 장관은 "협상은 순조롭다"고 말했다. 한 정부 관계자는 "세부 조율이 남았다"고 전했다.',
        ),
        (
            "ko",
            '박소라 시장은 "관광객이 늘었다"고 밝혔다. 어느 상인 대표는 "매출은 그대로"라고 말했다.',
        ),
        ("ja", "佐藤外相は「協議を続ける」と述べた。関係者は「合意はまだ遠い」と語った。"),
        (
            "ja",
            "中村社長は「工場を増やす」と語った。現地の工場の社員は「人手が足りない」と話した。",
        ),
    ],
)
def test_someone_left_unnamed_is_not_the_last_speaker(lang: str, text: str) -> None:
    speakers = _speakers(lang, text)
    assert speakers[0] is not None and speakers[1] is None


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (
            '이 대통령은 "오늘 회의는 유익했다"고 말했다.',
            '이에 마르틴 로드리게스 대통령은 "좋은 출발"이라고 화답했다.',
            "마르틴 로드리게스",
        ),
        (
            '윤 총리는 "예산을 늘린다"고 밝혔다.',
            '한편 나렌드라 모디 총리는 "무역을 넓히자"고 말했다.',
            "나렌드라 모디",
        ),
        (
            '박 장관은 "수출이 늘었다"고 말했다.',
            '이어 엘레나 페트로바 장관은 "러시아와도 대화한다"고 말했다.',
            "엘레나 페트로바",
        ),
    ],
)
def test_korean_office_word_alone_is_not_the_holder_met_before(
    first: str, second: str, speaker: str
) -> None:
    assert _speakers("ko", first, second)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ko", '이도현 총장은 "연구비를 두 배로 늘리겠다"고 말했다.', "이도현"),
        ("ko", '코트라 하노이무역관의 강민준 관장은 "투자 문의가 늘었다"고 밝혔다.', "강민준"),
        ("ja", "安在成（アン・ジェソン）統一相は「対話の窓口は開いている」と述べた。", "安在成"),
        ("ja", "ロペス第1副首相は「財政を必ず立て直す」と語った。", "ロペス"),
        ("ja", "経済省の田中局長は「輸出が大きく伸びた」と説明した。", "田中"),
    ],
)
def test_more_offices_and_a_reading_or_rank_between_name_and_office(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ko", '김하준 장관 "수출 1조 달러 시대를 연다"', "김하준"),
        ("ko", '마리아 곤살레스 스페인 외교장관 "한국은 아시아의 핵심 파트너"', "마리아 곤살레스"),
        ("ja", "岸本首相「賃上げを最優先に進める」", "岸本"),
    ],
)
def test_a_headline_name_and_office_straight_before_the_quote(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        (
            "ja",
            (
                "武田氏は「輸出は堅調だ」と述べた。",
                "木村教授は記者団に対し、来年も成長が続くとの見方を示した。「円安の影響は小さい」とも語った。",
            ),
            "木村",
        ),
        (
            "ko",
            (
                '최 장관은 "협력을 넓히겠다"고 말했다. 박민호 대표는 기자들과 만나 투자 계획을 '
                '설명했다. "내년에 공장을 짓겠다"고 덧붙였다.',
            ),
            "박민호",
        ),
        (
            "ko",
            (
                '서지후 의장은 "법안을 서두르겠다"고 말했다.',
                '유지원 교수는 이번 합의의 의미를 높게 평가했다. "양국 모두에 이익"이라고 말했다.',
            ),
            "유지원",
        ),
    ],
)
def test_a_quote_without_a_subject_is_the_one_the_sentence_before_was_about(
    lang: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(lang, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ja", "田中首相は、「交渉は続く」と強調した林一郎外相の立場を支持した。", "林一郎"),
        (
            "ja",
            "メディアは「制裁は効果がない」と語ったロペス大統領の発言を大きく報じた。",
            "ロペス",
        ),
        ("ko", '언론은 "협상은 끝났다"고 말한 김 장관의 발언에 주목했다.', "김 장관"),
    ],
)
def test_the_person_a_clause_says_said_it(lang: str, text: str, speaker: str) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '정현우 통일부 장관, 방미 일정 마무리\n\n정 장관은 "대화의 문은 열려 있다"고 말했다.\n',
            "정현우",
        ),
        (
            '김나래 산업부 장관 "배터리 투자 확대"\n\n김 장관은 "지원을 아끼지 않겠다"고 밝혔다.\n',
            "김나래",
        ),
        ("林芳子外相、欧州歴訪を終える\n\n林外相は「成果は大きかった」と述べた。\n", "林芳子"),
    ],
)
def test_a_person_the_headline_names_speaks_by_surname_and_office(text: str, speaker: str) -> None:
    doc = parse_text(text, origin="t.txt")
    assert [q.speaker for q in doc.quotes] == [speaker]


# --- datelines, dates and titles --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("東洋日報日本語版2026.03.04 07:54", dt.date(2026, 3, 4)),
        ("기사입력2026.01.05 10:00", dt.date(2026, 1, 5)),
        ("新華網2025-11-30", dt.date(2025, 11, 30)),
    ],
)
def test_a_numeric_date_straight_after_cjk_text(text: str, date: dt.date) -> None:
    assert first_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Il porto di Bari guarda all'Asia\n\nIl porto ha firmato un accordo con Busan.\n\n"
            "Pubblicato il 03/02/2026\n",
            dt.date(2026, 2, 3),
        ),
        (
            "Le port du Havre signe avec Incheon\n\nLe port a signé un accord avec Incheon.\n\n"
            "Publié le 07/04/2026\n",
            dt.date(2026, 4, 7),
        ),
        (
            "El puerto de Valencia mira a Corea\n\nEl puerto de la ciudad firmó el martes un "
            "acuerdo con el puerto de Ulsan para la carga de los buques.\n\n"
            "Publicado: 9/3/2026\n",
            dt.date(2026, 3, 9),
        ),
    ],
)
def test_a_labelled_date_closing_the_text_reads_day_first(text: str, date: dt.date) -> None:
    assert parse_text(text, origin="d.txt").date == date


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        (
            "大阪とリヨンが姉妹都市に\n\n大阪市はリヨン市と姉妹都市の協定を結んだ。\n\n"
            "両市は観光と大学の交流を進める。\n\n市長は協定の意義を強調した。\n\n"
            "リヨン側も代表団を送る予定だ。\n\n来年には大阪で記念行事を開く。\n\n（2026年4月3日）\n",
            dt.date(2026, 4, 3),
            None,
        ),
        (
            "Graz und Daegu kooperieren\n\nDie Städte haben ein Abkommen unterzeichnet.\n\n"
            "Graz, 03.05.2026\n",
            dt.date(2026, 5, 3),
            "Graz",
        ),
        (
            "광주와 리옹, 문화 교류 확대\n\n광주시는 리옹시와 문화 교류 협약을 맺었다.\n\n"
            "두 도시는 영화제와 미술관 교류를 추진한다.\n\n시장은 협약의 의미를 강조했다.\n\n"
            "리옹시도 대표단을 보낼 예정이다.\n\n내년에는 광주에서 기념 행사를 연다.\n\n2026년 5월 6일\n",
            dt.date(2026, 5, 6),
            None,
        ),
    ],
)
def test_a_date_line_closing_the_text(text: str, date: dt.date, place: str | None) -> None:
    doc = parse_text(text, origin="d.txt")
    assert (doc.date, doc.place) == (date, place)


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        (
            "Quito, martes 3 de marzo de 2026.— El gobierno firmó un acuerdo.",
            "Quito",
            dt.date(2026, 3, 3),
        ),
        ("SANTO DOMINGO.- Las autoridades anunciaron un plan portuario.", "Santo Domingo", None),
        ("BOGOTÁ.- El gobierno colombiano presentó un plan de vacunas.", "Bogotá", None),
    ],
)
def test_latin_american_datelines(paragraph: str, place: str, date: dt.date | None) -> None:
    found = split_dateline(paragraph)
    assert found is not None and (found.place, found.date) == (place, date)


@pytest.mark.parametrize(
    ("last", "place"),
    [
        ("「時間がかかる」と述べた。(パリ=山本健)", "パリ"),
        ("と話した。（北京=田中一郎）", "北京"),
        ("両国は協議を続ける。（ソウル=佐藤花子）", "ソウル"),
    ],
)
def test_a_japanese_reporter_credit_closing_the_text_gives_the_place(last: str, place: str) -> None:
    text = f"日仏、宇宙で協力\n\n両国は宇宙開発で協力することで一致した。\n\n{last}\n"
    assert parse_text(text, origin="j.txt").place == place


@pytest.mark.parametrize(
    ("title", "byline"),
    [
        ("Il vino piemontese conquista i ristoranti di Seul", "di Paolo Verdi"),
        ("Marseille et Busan veulent relier leurs ports de croisière", "par Claire Martin"),
        ("Uruguay y Corea del Sur negocian un tratado de libre comercio", "por Lucía Gómez"),
    ],
)
def test_a_byline_under_a_long_title_is_not_part_of_it(title: str, byline: str) -> None:
    text = f"{title}\n{byline}\n\nLe due parti hanno firmato un accordo martedì.\n"
    assert parse_text(text, origin="b.txt").title == title


# --- Italian, Spanish and Portuguese speakers ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "«Abbiamo perso due anni», ammette Giulia Neri, sindaca di Asti.", "Giulia Neri"),
        ("es", '"Nadie nos avisó a tiempo", cuenta Rosa Paz, vecina de Cusco.', "Rosa Paz"),
        ("es", "«Fue una noche muy larga», relata Tomás Vidal.", "Tomás Vidal"),
    ],
)
def test_speech_verbs_in_the_present(lang: str, text: str, speaker: str) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            "«Il vino è cultura», spiega Marco Bassi. Per lui la Nuova Zelanda resta "
            "«un modello da studiare con calma».",
            "Marco Bassi",
        ),
        (
            "es",
            "«Hay que exportar más», dijo Clara Vidal. Para ella la Unión Europea debe "
            "«mirar mucho más hacia el sur».",
            "Clara Vidal",
        ),
        (
            "it",
            "«Serve pazienza», dice Anna Riva. Secondo lei la Corea del Sud è «un partner "
            "affidabile e paziente».",
            "Anna Riva",
        ),
    ],
)
def test_according_to_a_pronoun_before_a_name(lang: str, text: str, speaker: str) -> None:
    assert _speakers(lang, text)[-1] == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            '"Vamos a reconstruir", dijo el alcalde Luis Mora. Un informe oficial habló de '
            '"una crisis sin precedentes en la región".',
        ),
        (
            "it",
            "«Il piano è pronto», ha detto il ministro Carlo Fini. Fonti di governo parlano di "
            "«una svolta attesa da mesi».",
        ),
        (
            "pt",
            "«Vamos investir», disse a ministra Ana Lopes. Uma nota do ministério falou em "
            "«um passo decisivo para o setor».",
        ),
    ],
)
def test_a_thing_as_the_subject_is_nobody(lang: str, text: str) -> None:
    speakers = _speakers(lang, text)
    assert speakers[0] is not None and speakers[-1] is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            '"Vamos a contratar aquí", aseguró Park Min-ho, director de Kia México.',
            "Park Min-ho",
        ),
        (
            "es",
            '"Abriremos dos tiendas", dijo Lee Ji-eun, director de Samsung Chile.',
            "Lee Ji-eun",
        ),
        (
            "es",
            "«Habrá más vuelos», señaló Cho Min-jae, director de Hyundai Perú.",
            "Cho Min-jae",
        ),
    ],
)
def test_an_office_after_the_name_ends_in_a_company_not_a_name(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('유지원 교수는 "금리가 곧 오를 것"이라고 말했다.', "유지원"),
        ('박민국 대표는 "수출이 크게 늘었다"고 밝혔다.', "박민국"),
        ('대법원 대변인은 "판결이 곧 나온다"고 말했다.', "대법원 대변인"),
    ],
)
def test_korean_given_name_ending_like_a_body(text: str, speaker: str) -> None:
    assert _speakers("ko", text) == [speaker]


# --- areas and comments -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "・宇宙開発（JAXA-CNES）：月探査で協力する。\n・漁業：資源管理の情報を共有する。\n",
            [("宇宙開発", "JAXA-CNES"), ("漁業", None)],
        ),
        (
            "・洋上風力 (OW)：実証試験を行う。\n・水素：供給網を整える。\n",
            [("洋上風力", "OW"), ("水素", None)],
        ),
        (
            "- 人材交流（HRX）：研究者を派遣する。\n- 観光：直行便を増やす。\n",
            [("人材交流", "HRX"), ("観光", None)],
        ),
    ],
)
def test_japanese_area_bullets_with_full_width_marks(
    items: str, expected: list[tuple[str, str | None]]
) -> None:
    text = f"日仏が協力拡大\n\n両国は次の分野で協力する。\n\n協力分野\n{items}\n両国は来年も協議する。\n"
    doc = parse_text(text, origin="a.txt")
    assert [(a.name, a.short) for a in doc.areas] == expected


@pytest.mark.parametrize("mark", ["■", "◆", "▶"])
def test_a_marked_korean_subheading_over_a_list_is_no_area(mark: str) -> None:
    text = (
        "대구와 툴루즈, 항공 협력\n\n대구시는 툴루즈시와 항공 협력 협약을 맺었다고 밝혔다.\n\n"
        f"{mark} 주요 협력 분야\n· 항공 부품: 공동 연구를 추진한다.\n· 인력 양성 (HR): 교환 과정을 연다.\n"
        "\n양 도시는 내년에 후속 회의를 연다.\n"
    )
    doc = parse_text(text, origin="a.txt")
    assert [a.name for a in doc.areas] == ["항공 부품", "인력 양성"]
    assert "주요 협력 분야" in [s.heading for s in doc.sections]


@pytest.mark.parametrize(
    "tail",
    [
        "입력 2026-04-02 09:15\n박지훈 기자 pjh@example.kr\n",
        "정민수 특파원\nmsj@example.kr\n",
        "입력 2026.04.02 09:15\n수정 2026.04.02 10:00\n",
    ],
)
def test_the_reporter_line_under_the_comments_is_no_comment(tail: str) -> None:
    text = (
        "인천과 마르세유, 항만 협력\n\n인천시는 마르세유와 항만 협력 협약을 맺었다.\n\n"
        "댓글 2개\n항구사랑\n좋은 소식이네요.\nsea_kim\n기대됩니다.\n\n"
        f"{tail}"
    )
    doc = parse_text(text, origin="c.txt")
    assert [c.author for c in doc.comments] == ["항구사랑", "sea_kim"]
    assert doc.warnings == ()


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            '"Seguiremos negociando", dijo el canciller Tomás Rey. Rey se reunió después con '
            "los embajadores europeos. Luego, explicó que Costa Rica “no descarta un acuerdo rápido”.",
            "Tomás Rey",
        ),
        (
            "it",
            "«Il dialogo continua», ha detto la ministra Sara Conti. Conti ha poi incontrato i "
            "sindacati. Inoltre, ha aggiunto che la Corea del Sud «non rinuncia al piano di rilancio».",
            "Sara Conti",
        ),
        (
            "pt",
            "«Vamos continuar», disse o ministro Rui Faria. Faria reuniu-se depois com os "
            "autarcas. Depois, afirmou que a Costa do Marfim «não desiste do novo porto».",
            "Rui Faria",
        ),
    ],
)
def test_a_sentence_opening_on_a_word_a_comma_and_its_verb(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(lang, text)[-1] == speaker


@pytest.mark.parametrize(
    ("head", "place"),
    [
        (
            "Foto de archivo\nGOBIERNO DE CHILE\nPublicado: lunes, 2 marzo 2026 9:10\n\n"
            "SANTIAGO, 2 Mar. (EUROPA PRESS) -",
            "Santiago",
        ),
        (
            "La firma dell'accordo\nFOTO ANSA\nAggiornato il 5 marzo 2026\n\nROMA, 5 mar. (ANSA) -",
            "Roma",
        ),
        (
            "Foto: Presidencia\nARCHIVO\nPublicado: 3/3/2026\n\nBUENOS AIRES, 3 Mar. (Télam) –",
            "Buenos Aires",
        ),
    ],
)
def test_a_dateline_alone_on_its_line_under_a_caption_and_a_stamp(head: str, place: str) -> None:
    text = (
        f"Acuerdo portuario entre dos ciudades\n{head}\n\n"
        "El gobierno firmó el lunes un acuerdo con el puerto de Busan para la carga.\n\n"
        "El acuerdo será revisado cada año por una comisión mixta.\n"
    )
    assert parse_text(text, origin="w.txt").place == place


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ko", '마르코 비안키 伊 산업장관은 "한국 투자를 환영한다"고 말했다.', "마르코 비안키"),
        ("ko", '리창 中 총리는 "무역 장벽을 낮추자"고 제안했다.', "리창"),
        ("ja", "マクロン仏大統領は「欧州の自立が必要だ」と述べた。", "マクロン"),
        ("ja", "李強中国首相は「貿易の障壁を下げたい」と語った。", "李強"),
        ("ja", "ゼレンスキー・ウクライナ大統領は「支援に感謝する」と述べた。", "ゼレンスキー"),
    ],
)
def test_a_country_between_the_name_and_the_office(lang: str, text: str, speaker: str) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("岸田文子外相は「協議を続ける」と述べた。", "岸田氏は「結論は急がない」とも語った。"),
            "岸田文子",
        ),
        (
            (
                "石井健太郎首相は「改革を進める」と述べた。",
                "石井首相は「国会で説明したい」と語った。",
            ),
            "石井健太郎",
        ),
        (
            (
                "韓国の朴英洙大統領は「対話を続けたい」と述べた。",
                "同大統領は「成果に期待している」と語った。",
            ),
            "朴英洙",
        ),
    ],
)
def test_a_japanese_family_name_or_same_office_later_is_the_person_met_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers("ja", *paragraphs) == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("등록 2026. 01. 19. 오후 3:00", dt.date(2026, 1, 19)),
        ("입력 2025. 12. 3. 09:41", dt.date(2025, 12, 3)),
        ("정부는 2026. 2. 27. 발표했다.", dt.date(2026, 2, 27)),
    ],
)
def test_a_korean_date_with_spaced_dots(text: str, date: dt.date) -> None:
    assert first_date(text) == date


@pytest.mark.parametrize(
    "text",
    [
        '장관은 "협상은 계속된다"고 말했다.',
        '대변인은 "답변할 수 없다"고 밝혔다.',
        '총리는 "예산은 충분하다"고 강조했다.',
    ],
)
def test_a_korean_office_opening_the_paragraph_with_no_holder_met(text: str) -> None:
    assert _said("ko", text)[0][1] is None  # the quote is kept, its speaker unknown


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            "«La priorità - ha sottolineato il ministro Ferrante - è collegare i due distretti».",
            "Ferrante",
        ),
        (
            "es",
            '"Estamos preparados —dijo el canciller Tomás Ferro— para dar el siguiente paso".',
            "Tomás Ferro",
        ),
        (
            "pt",
            "«Vamos avançar - disse a ministra Ana Lopes - com o acordo já este ano».",
            "Ana Lopes",
        ),
    ],
)
def test_the_attribution_inside_a_quotation_names_its_speaker(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(lang, text) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("MILANO. Il gruppo ha annunciato un piano di investimenti in Corea.", "Milano"),
        ("BOGOTÁ. El gobierno colombiano presentó hoy un plan de vacunas.", "Bogotá"),
        ("SAN SEBASTIÁN. El ayuntamiento firmó ayer un acuerdo con Busan.", "San Sebastián"),
    ],
)
def test_a_shouted_place_ended_by_a_full_stop(paragraph: str, place: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and found.place == place


def test_an_organisation_in_capitals_is_no_dateline() -> None:
    assert split_dateline("NATO. The alliance met on Monday to discuss the plan in full.") is None


@pytest.mark.parametrize(
    ("lang", "paragraphs", "speaker"),
    [
        (
            "ko",
            (
                "“협상은 이제 마지막 단계에 들어섰다.”",
                "김도현 외교부 장관은 18일 기자회견에서 이같이 말했다.",
            ),
            "김도현",
        ),
        (
            "ja",
            ("「交渉は最終段階に入った」", "林一郎外相は18日の記者会見でこう述べた。"),
            "林一郎",
        ),
        (
            "ko",
            ('"가게 문을 닫을 수밖에 없었습니다."', "상인 박정숙 씨는 지난달 가게를 정리했다."),
            "박정숙",
        ),
        ("ko", ("“협상은 이제 마지막 단계에 들어섰다.”", "정부는 18일 이같이 밝혔다."), None),
    ],
)
def test_a_pull_quote_alone_is_the_next_paragraphs_subjects(
    lang: str, paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert _speakers(lang, *paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('상인 박정숙 씨는 "손님이 절반으로 줄었다"고 말했다.', "박정숙"),
        ('주민 이영호 씨는 "공사 소음이 너무 심하다"고 했다.', "이영호"),
        ('대학생 최지우 씨는 "등록금이 너무 올랐다"라고 말했다.', "최지우"),
    ],
)
def test_what_a_korean_citizen_does_before_the_name_is_not_the_name(
    text: str, speaker: str
) -> None:
    assert _speakers("ko", text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('정상회담을 앞두고 김정훈 산업부 장관은 "국익을 지키겠다"고 말했다.', "김정훈"),
        ('현장을 방문한 이수진 장관은 "피해 복구를 서두르겠다"고 밝혔다.', "이수진"),
        ('회의를 마치고 박재석 차관은 "후속 협의를 이어가겠다"고 전했다.', "박재석"),
    ],
)
def test_a_korean_verb_before_the_name_is_not_part_of_it(text: str, speaker: str) -> None:
    assert _speakers("ko", text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "윤서연 시장은 '바다로 여는 새로운 항구 도시의 미래' 주제로 개최된 토론회에서 발언했다.",
        "김태호 장관은 ‘국민과 함께하는 외교’ 행사에 참석해 인사말을 했다.",
        "정부는 '한국형 우주발사체 개발 계획'을 발표했다.",
    ],
)
def test_a_korean_title_in_single_marks_is_no_quote(text: str) -> None:
    assert _said("ko", text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("会談では、李在明大統領から「両国の協力をさらに広げたい」との発言があった。", "李在明"),
        ("これに対し、山本一郎外相から「慎重に検討する」と述べた。", "山本一郎"),
        ("会見の最後に、鈴木花子知事から「県民の安全が第一だ」と語った。", "鈴木花子"),
    ],
)
def test_japanese_words_that_came_from_someone(text: str, speaker: str) -> None:
    assert _speakers("ja", text) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("【大阪聯合ニュース】韓国政府は19日、新たな支援策を発表した。", "大阪"),
        ("【北京聯合ニュース】中国外務省は会見で立場を説明した。", "北京"),
        ("【パリAFP】フランス政府は新たな計画を示した。", "パリ"),
    ],
)
def test_a_japanese_wire_dateline_with_its_agency(paragraph: str, place: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2018年11月15日(木)", dt.date(2018, 11, 15)),
        ("2026년 1월 19일 (월) 오후 3시 5분", dt.date(2026, 1, 19)),
        ("2026年3月2日 18時05分", dt.date(2026, 3, 2)),
    ],
)
def test_a_cjk_date_line_with_weekday_or_time_is_no_title(line: str, date: dt.date) -> None:
    text = (
        f"{line}\n\n日韓、半導体で協力\n人材育成で一致\n\n2026/03/02 18:05\n\n"
        "【ソウル=山田太郎】両国は半導体の人材育成で協力することで一致した。\n"
    )
    doc = parse_text(text, origin="s.txt")
    assert (doc.title, doc.date) == ("日韓、半導体で協力", date)


@pytest.mark.parametrize(
    "stamp",
    [
        "2018年03月13日 Copyright © Example Shimbun",
        "Copyright © 2018.03.13 Example News",
        "© Example Press 13/03/2018",
    ],
)
def test_a_date_in_the_closing_copyright_line(stamp: str) -> None:
    text = (
        "文字サイズ\n\n日韓首脳が会談\n\n両首脳は会談で協力の強化を確認した。\n\n"
        "両国は来月にも実務者協議を開く。\n\n首脳は共同会見に臨んだ。\n\n声明も出された。\n\n"
        f"{stamp}\n"
    )
    doc = parse_text(text, origin="c.txt")
    assert (doc.title, doc.date) == ("日韓首脳が会談", dt.date(2018, 3, 13))


@pytest.mark.parametrize(
    ("header", "crumb", "intro"),
    [
        ("댓글(2)", "답글 신고", "대전시는 피렌체시와 문화 협력 협약을 맺었다고 밝혔다."),
        ("2 commenti", "Rispondi Segnala", "Il comune ha firmato un accordo con Daejeon."),
        ("Comentarios (2)", "Responder Denunciar", "El ayuntamiento firmó un acuerdo con Daejeon."),
    ],
)
def test_reply_and_report_links_in_a_row_are_no_comment_text(
    header: str, crumb: str, intro: str
) -> None:
    text = (
        f"Daejeon e Firenze\n\n{intro}\n\n{header}\n\nhaneul_b\n좋은 소식이네요.\n{crumb}\n\n"
        f"daejeon_fan\nBuona notizia.\n{crumb}\n"
    )
    doc = parse_text(text, origin="c.txt")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("haneul_b", "좋은 소식이네요."),
        ("daejeon_fan", "Buona notizia."),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('외교부 임수석 대변인은 정례브리핑에서 "상황을 주시하고 있다"고 말했다.', "임수석"),
        ('국토교통부 박상우 장관은 "철도 예산을 늘리겠다"고 밝혔다.', "박상우"),
        ('산업통상자원부 정인교 통상교섭본부장은 "협상을 서두르겠다"고 말했다.', "정인교"),
    ],
)
def test_a_korean_body_before_the_name_belongs_to_the_office(text: str, speaker: str) -> None:
    assert _speakers("ko", text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('응우옌 쑤언 푹 베트남 국가주석은 "교역을 늘리자"고 제안했다.', "응우옌 쑤언 푹"),
        ('마리사 로페스 칠레 외교장관은 "지원을 검토하겠다"고 했다.', "마리사 로페스"),
        ('훈 마넷 캄보디아 총리는 "투자를 환영한다"고 말했다.', "훈 마넷"),
    ],
)
def test_a_foreign_name_before_its_country_and_office(text: str, speaker: str) -> None:
    assert _speakers("ko", text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('정부 고위 관계자는 "협상이 막바지"라고 전했다.', None),
        ('대통령실 고위 관계자는 "회담 일정은 미정"이라고 말했다.', None),
        ('외교부 핵심 당국자는 "일정은 미정"이라고 밝혔다.', None),
    ],
)
def test_korean_words_of_an_office_are_no_name(text: str, speaker: str | None) -> None:
    # (an official left unnamed is no speaker, as "an official said" in English; 고위 and
    # 핵심 are not taken for a name either)
    assert _speakers("ko", text) == [speaker]
