"""Briefings beyond English: language tags, dates, datelines, quotes, speakers, comments, areas."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.extract.extractor import Extractor
from tui.core.load import load_briefing
from tui.core.parse.comments import comments_header
from tui.core.parse.dateline import split_dateline
from tui.core.parse.dates import find_date, first_date
from tui.core.parse.language import (
    citation_marks,
    detect_language,
    display_marks,
    no_rules_warning,
)
from tui.core.parse.text import parse_text
from tui.core.serialize import from_mapping, to_dict, to_json, to_toml

LANG_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lang"


# --- language detection ---------------------------------------------------------------------

LEADS = [
    ("en", "The two governments said on Monday that they would expand their cooperation in the "
           "energy sector, and the ministers added that talks were going well."),
    ("fr", "Les deux gouvernements ont annoncé lundi qu'ils allaient renforcer leur coopération "
           "dans le secteur de l'énergie, et les ministres ont ajouté que les discussions avancent."),
    ("es", "Los dos gobiernos anunciaron el lunes que ampliarán su cooperación en el sector de la "
           "energía, y los ministros dijeron que las conversaciones avanzan bien."),
    ("de", "Die beiden Regierungen haben am Montag angekündigt, dass sie ihre Zusammenarbeit im "
           "Energiesektor ausbauen wollen, und die Minister sagten, die Gespräche seien gut."),
    ("it", "I due governi hanno annunciato lunedì che amplieranno la cooperazione nel settore "
           "dell'energia, e i ministri hanno detto che i colloqui procedono bene."),
    ("pt", "Os dois governos anunciaram na segunda-feira que vão ampliar a cooperação no setor "
           "da energia, e os ministros disseram que as conversas avançam bem."),
    ("ko", "양국 정부는 월요일 에너지 분야의 협력을 확대하기로 했다고 밝혔다."),
    ("ja", "両国政府は月曜日、エネルギー分野での協力を拡大すると発表した。"),
    ("nl", "De twee regeringen hebben maandag aangekondigd dat zij hun samenwerking in de "
           "energiesector willen uitbreiden, en de ministers zeggen dat het overleg goed gaat."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), LEADS, ids=[lang for lang, _ in LEADS])
def test_language_is_detected(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "12 345 678", "Seoul Rome Dakar", "OK"])
def test_too_little_text_is_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_english_samples_are_english(samples_dir: Path) -> None:
    for path in samples_dir.iterdir():
        doc = load_briefing(path)
        expected = {"senegal": "fr", "italia": "it", "korea-italy-summit-ko": "ko"}
        want = next((v for k, v in expected.items() if path.name.startswith(k)), "en")
        assert doc.lang == want, path.name
        assert not any("no rules" in w for w in doc.warnings)


def test_a_language_without_rules_gets_one_warning() -> None:
    text = "Samenwerking op energie\n\n" + LEADS[-1][1] + "\n\n" + LEADS[-1][1]
    doc = parse_text(text, origin="nl.txt")
    assert doc.lang == "nl"
    assert [w for w in doc.warnings if "no rules" in w] == [no_rules_warning("nl")]
    assert no_rules_warning("fr") is None and no_rules_warning(None) is None


# --- the contract -----------------------------------------------------------------------------


def test_lang_comes_after_date_in_the_contract(samples_dir: Path) -> None:
    keys = list(json.loads(to_json(load_briefing(samples_dir / "korea-italy-summit.txt"))))
    assert keys[keys.index("date") + 1] == "lang"


@pytest.mark.parametrize("name", ["senegal-france-ports.txt", "korea-italy-summit-ko.txt"])
def test_lang_round_trips_through_toml_and_json(samples_dir: Path, name: str) -> None:
    doc = load_briefing(samples_dir / name)
    again = from_mapping(tomllib.loads(to_toml(doc)), origin=doc.source, fmt="toml")
    assert again == doc and again.lang == doc.lang
    back = from_mapping(json.loads(to_json(doc)), origin=doc.source, fmt="json")
    assert to_dict(back) == to_dict(doc)


def test_unknown_lang_stays_null_through_toml() -> None:
    doc = parse_text("Note\n\n12 345\n\n678 910", origin="n.txt")
    assert doc.lang is None
    again = from_mapping(tomllib.loads(to_toml(doc)), origin="n.txt", fmt="toml")
    assert again.lang is None and again == doc


def test_hand_written_structured_briefing_gets_its_language_or_keeps_its_tag() -> None:
    lead = LEADS[1][1]
    detected = from_mapping({"title": "Accord", "summary": lead}, origin="a.toml", fmt="toml")
    assert detected.lang == "fr"
    given_tag = from_mapping(
        {"title": "A", "summary": lead, "lang": "fr-CA"}, origin="a", fmt="toml"
    )
    assert given_tag.lang == "fr-CA"
    bad = from_mapping({"title": "A", "lang": "French!"}, origin="a", fmt="json")
    assert bad.lang is None and any("'lang'" in w for w in bad.warnings)


# --- dates and datelines ----------------------------------------------------------------------

DATES = [
    ("DAKAR, 12 février 2026 –", dt.date(2026, 2, 12)),
    ("le 1er mars 2026", dt.date(2026, 3, 1)),
    ("jeudi 12 février 2026", dt.date(2026, 2, 12)),
    ("am 12. Februar 2026", dt.date(2026, 2, 12)),
    ("Donnerstag, 12. März 2026", dt.date(2026, 3, 12)),
    ("el 12 de febrero de 2026", dt.date(2026, 2, 12)),
    ("el 3 de septiembre del 2026", dt.date(2026, 9, 3)),
    ("martedì 20 gennaio 2026", dt.date(2026, 1, 20)),
    ("1º de março de 2026", dt.date(2026, 3, 1)),
    ("em 3 de dezembro de 2025", dt.date(2025, 12, 3)),
    ("2026년 1월 19일", dt.date(2026, 1, 19)),
    ("2026年1月19日", dt.date(2026, 1, 19)),
    ("２０２６年１２月３１日", dt.date(2026, 12, 31)),
    ("le 12.02.2026", dt.date(2026, 2, 12)),
    ("Monday, January 19, 2026", dt.date(2026, 1, 19)),
]


@pytest.mark.parametrize(("text", "date"), DATES, ids=[t for t, _ in DATES])
def test_dates_in_every_language(text: str, date: dt.date) -> None:
    assert first_date(text) == date


@pytest.mark.parametrize("text", ["in May 2026 we", "marzo 2026", "Gennaro 12, 2026 x"])
def test_no_full_date(text: str) -> None:
    assert find_date(text) is None


DATELINES = [
    ("DAKAR, 12 février 2026 – Le Sénégal a signé.", "Dakar", dt.date(2026, 2, 12)),
    ("BERLIN, 12. Februar 2026 – Die Regierung hat.", "Berlin", dt.date(2026, 2, 12)),
    ("MADRID, 12 de febrero de 2026 – El Gobierno ha.", "Madrid", dt.date(2026, 2, 12)),
    ("Roma, 20 gennaio – Il governo ha.", "Roma", None),
    ("São Paulo, 3 de março de 2026 – O governo.", "São Paulo", dt.date(2026, 3, 3)),
    ("(서울=연합뉴스) 김민수 기자 = 이재명 대통령은", "서울", None),
    ("(워싱턴=연합뉴스) 김경희 특파원 = 미국 정부는", "워싱턴", None),
    ("【ソウル共同】日韓両政府は", "ソウル", None),
    ("【ワシントン＝山田太郎】米政府は", "ワシントン", None),
    ("(ANSA) - ROMA, 20 GEN - Il governo ha deciso.", "Roma", None),
    ("BERLIN (dpa) - Die Regierung hat entschieden.", "Berlin", None),
    ("Madrid, 12 feb (EFE).- El Gobierno ha aprobado.", "Madrid", None),
    ("PARIS (AFP) - Le gouvernement a annoncé.", "Paris", None),
]


@pytest.mark.parametrize(("text", "place", "date"), DATELINES, ids=[d[1] for d in DATELINES])
def test_datelines_in_every_language(text: str, place: str, date: dt.date | None) -> None:
    found = split_dateline(text)
    assert found is not None
    assert (found.place, found.date) == (place, date)
    assert found.rest and found.rest[0] not in "-–—=】)"


# --- comments and areas -----------------------------------------------------------------------

HEADERS = [
    ("3 commentaires", 3),
    ("Commentaires : 5", 5),
    ("Kommentare (4)", 4),
    ("12 Kommentare", 12),
    ("commenti", None),
    ("4 commenti", 4),
    ("Comentarios", None),
    ("Comentários (2)", 2),
    ("댓글 2개", 2),
    ("댓글", None),
    ("コメント", None),
    ("コメント（3件）", 3),
    ("3件のコメント", 3),
    ("5개의 댓글", 5),
    ("Kommentare: 5", 5),
]


@pytest.mark.parametrize(("line", "count"), HEADERS, ids=[h for h, _ in HEADERS])
def test_comment_headers_in_every_language(line: str, count: int | None) -> None:
    assert comments_header(line) == (count,)


@pytest.mark.parametrize("line", ["Le commentaire du ministre", "댓글을 달아 주세요 많이"])
def test_a_sentence_is_no_comment_header(line: str) -> None:
    assert comments_header(line) is None


def test_korean_comments_and_hangul_area_bullets() -> None:
    text = (
        "협력 확대\n(서울=연합뉴스) 김기자 기자 = 양국은 협력을 확대하기로 했다.\n"
        "주요 분야\n- 청정수소 인증 (CHC): 인증 제도를 논의한다.\n- 우주 항공: 위성 협력.\n"
        "댓글 2개\n하늘바람\n좋은 소식입니다.\n서울시민\n기대됩니다.\n"
    )
    doc = parse_text(text, origin="k.txt")
    assert [(a.name, a.short) for a in doc.areas] == [("청정수소 인증", "CHC"), ("우주 항공", None)]
    assert [c.author for c in doc.comments] == ["하늘바람", "서울시민"]
    assert doc.comment_count_declared == 2 and doc.warnings == ()


def test_comment_timestamps_and_reply_links_in_other_languages() -> None:
    text = (
        "Titre\nPARIS, 3 mars 2026 – Le gouvernement a décidé.\n2 commentaires\n"
        "Jeanne\nil y a 2 heures\nTrès bien.\nRépondre\nPaul\nhier\nPas convaincu.\n"
    )
    doc = parse_text(text, origin="f.txt")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Jeanne", "Très bien."),
        ("Paul", "Pas convaincu."),
    ]


# --- quotes and speakers ----------------------------------------------------------------------


def _quotes(lang: str, *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(q.text, q.speaker, q.role) for q in ex.quotes]


SPEAKERS = [
    ("fr", ["Le président Faye a déclaré : « Nous avançons ensemble vers la paix. »"],
     [("Nous avançons ensemble vers la paix.", "Faye", "président")]),
    ("fr", ["« Nous voulons des projets concrets et durables », a déclaré la ministre Claire "
            "Montagne devant la presse.",
            "« La France ne vient pas donner des leçons », a-t-elle dit."],
     [("Nous voulons des projets concrets et durables", "Claire Montagne", "ministre"),
      ("La France ne vient pas donner des leçons", "Claire Montagne", "ministre")]),
    ("fr", ["Selon le ministre de l'Économie, Abdou Karim Sow, l'accord est « une étape "
            "décisive pour les jeunes »."],
     [("une étape décisive pour les jeunes", "Abdou Karim Sow", "ministre de l'Économie")]),
    ("fr", ["Le ministre Jean Dupont a parlé. « Il faut « agir » vite et bien », a-t-il dit."],
     [("Il faut « agir » vite et bien", "Jean Dupont", "ministre")]),
    ("de", ["„Wir brauchen verlässliche Partner für die Energiewende“, sagte Bundeskanzler "
            "Friedrich Merz.", "„Das gilt auch für die Häfen“, so Merz."],
     [("Wir brauchen verlässliche Partner für die Energiewende", "Friedrich Merz", "Bundeskanzler"),
      ("Das gilt auch für die Häfen", "Friedrich Merz", "Bundeskanzler")]),
    ("de", ["Ministerin Katherina Reiche sprach in Berlin.",
            "»Wir stellen dafür viel Geld bereit«, fügte sie hinzu."],
     [("Wir stellen dafür viel Geld bereit", "Katherina Reiche", "Ministerin")]),
    ("it", ["«Seul è uno dei partner più importanti», ha detto la presidente del Consiglio "
            "Giorgia Meloni.", "«Le nostre industrie devono crescere insieme», ha aggiunto."],
     [("Seul è uno dei partner più importanti", "Giorgia Meloni", "presidente del Consiglio"),
      ("Le nostre industrie devono crescere insieme", "Giorgia Meloni", "presidente del Consiglio")]),
    ("it", ["Il ministro Carlo Ferrante ha affermato che l'accordo «apre una fase nuova per i porti»."],
     [("apre una fase nuova per i porti", "Carlo Ferrante", "ministro")]),
    ("es", ["«Queremos que el litio cree empleo local», dijo el canciller Gerardo Werthein.",
            "«No se trata solo de extraer», afirmó."],
     [("Queremos que el litio cree empleo local", "Gerardo Werthein", "canciller"),
      ("No se trata solo de extraer", "Gerardo Werthein", "canciller")]),
    ("pt", ['"Vamos começar pelos portos de Sines", disse o ministro Alexandre Silveira.'],
     [("Vamos começar pelos portos de Sines", "Alexandre Silveira", "ministro")]),
    ("ko", ['이재명 대통령은 "양국은 협력의 지평을 넓혀 나갈 것"이라고 말했다. 이 대통령은 또 '
            '"서로의 강점을 살리겠다"고 강조했다.',
            '조르자 멜로니 이탈리아 총리는 "한국은 중요한 파트너"라며 "위험"이라고 밝혔다.'],
     [("양국은 협력의 지평을 넓혀 나갈 것", "이재명", "대통령"),
      ("서로의 강점을 살리겠다", "이재명", "대통령"),
      ("한국은 중요한 파트너", "조르자 멜로니", "총리"),
      ("위험", "조르자 멜로니", "총리")]),
    ("ko", ['외교부 대변인은 "대화의 문은 열려 있다"고 말했다.'],
     [("대화의 문은 열려 있다", "외교부 대변인", None)]),
    ("ja", ["高市首相は記者会見で「両国の技術を組み合わせたい」と述べた。"
            "イタリアのメローニ首相は「日本は『重要な』パートナーだ」と強調した。"],
     [("両国の技術を組み合わせたい", "高市", "首相"),
      ("日本は『重要な』パートナーだ", "メローニ", "首相")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    SPEAKERS,
    ids=[f"{s[0]}-{i}" for i, s in enumerate(SPEAKERS)],
)
def test_speakers_in_every_language(
    lang: str, paragraphs: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert _quotes(lang, *paragraphs) == expected


def test_a_korean_name_met_before_speaks_without_an_office() -> None:
    quotes = _quotes(
        "ko",
        "이재명 대통령과 조르자 멜로니 이탈리아 총리가 만났다.",
        '멜로니는 "한국은 중요한 파트너"라고 말했다.',
    )
    assert quotes == [("한국은 중요한 파트너", "조르자 멜로니", "총리")]


def test_a_term_in_korean_quotation_marks_is_no_quote() -> None:
    assert _quotes("ko", '정부는 "AI 기본법"을 통과시켰다.') == []


def test_english_rules_are_unchanged_for_english() -> None:
    quotes = _quotes("en", '"We will build it," said Foreign Minister Ana Beltrán.')
    assert quotes == [("We will build it,", "Ana Beltrán", "Foreign Minister")]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(["fr", "es", "de", "it", "pt", "ko", "ja"]),
    text=st.text(
        alphabet=st.sampled_from(list("aé A«»„“”\"「」『』가나 .,:-–'!?이는라고と述")), max_size=80
    ),
)
def test_other_languages_never_raise(lang: str, text: str) -> None:
    ex = Extractor(lang)
    ex.feed(text)
    ex.feed(f"Le président Faye a déclaré : {text}")
    assert all(q.text for q in ex.quotes)


# --- display ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "lang", "shown"),
    [
        ("«»", "fr", ("«", "»")),
        ("„“", "de", ("„", "“")),
        ("»«", "de", ("»", "«")),
        ("「」", "ja", ("「", "」")),
        ('""', "en", ("“", "”")),
        ("''", "en", ("“", "”")),
        ('""', "ko", ("“", "”")),
        ("", "ja", ("「", "」")),
        ("«", "it", ("«", "»")),
    ],
)
def test_quotes_are_shown_in_the_marks_the_document_used(
    written: str, lang: str, shown: tuple[str, str]
) -> None:
    assert display_marks(written, lang) == shown


def test_parsed_quotes_remember_their_marks(samples_dir: Path) -> None:
    fr = load_briefing(samples_dir / "senegal-france-ports.txt")
    assert {q.marks for q in fr.quotes} == {"«»"}
    de = load_briefing(LANG_FIXTURES / "de-wasserstoff.txt")
    assert {q.marks for q in de.quotes} == {"„“", "»«"}


@pytest.mark.parametrize(
    ("lang", "marks"),
    [
        ("fr", ("« ", " »")),
        ("de", ("„", "“")),
        ("ja", ("「", "」")),
        ("en", ('"', '"')),
        (None, ('"', '"')),
    ],
)
def test_citation_marks_follow_the_language(lang: str | None, marks: tuple[str, str]) -> None:
    assert citation_marks(lang) == marks


# --- whole documents --------------------------------------------------------------------------

WHOLE = [
    ("de-wasserstoff.txt", "de", "Berlin", "2026-02-12", 4, 2),
    ("es-litio.txt", "es", "Madrid", "2026-02-12", 4, 1),
    ("pt-biocombustiveis.txt", "pt", "Lisboa", "2026-03-03", 3, 1),
    ("ja-hydrogen.txt", "ja", "ローマ", "2026-01-16", 2, 2),
]


@pytest.mark.parametrize(("name", "lang", "place", "date", "quotes", "comments"), WHOLE)
def test_whole_documents(
    name: str, lang: str, place: str, date: str, quotes: int, comments: int
) -> None:
    doc = load_briefing(LANG_FIXTURES / name)
    assert (doc.lang, doc.place, doc.date.isoformat() if doc.date else None) == (lang, place, date)
    assert len(doc.quotes) == quotes and all(q.speaker for q in doc.quotes)
    assert len(doc.comments) == comments
    assert doc.areas


# --- library search ---------------------------------------------------------------------------


def test_library_search_finds_hangul_kana_han_and_unaccented_words(
    samples_dir: Path, tmp_path: Path
) -> None:
    from tui.core.library.index import Index

    index = Index(tmp_path / "index.sqlite3")
    paths = [str(p) for p in (*samples_dir.iterdir(), LANG_FIXTURES / "ja-hydrogen.txt")]
    list(index.scan(paths))

    def found(query: str) -> set[str]:
        return {Path(h.path).name for h in index.search(query)}

    assert found("수소") == {"korea-italy-summit-ko.txt"}  # inside 청정수소
    assert found("협력 AI") == {"korea-italy-summit-ko.txt"}
    assert found("멜로니 ") == {"korea-italy-summit-ko.txt"}
    assert found("水素") == {"ja-hydrogen.txt"}
    assert "senegal-france-ports.txt" in found("economie")  # Économie
    assert found("Sénégal") == found("senegal")
    assert "senegal-france-ports.txt" in found("senegal")
    hit = index.search("청정수소")[0]
    assert hit.snippet[slice(*hit.highlights[0])] == "청정수소"
    index.close()


# --- the seed, told in five languages (our own translations) ----------------------------------

LEE, MELONI = "Lee Jae Myung", "Giorgia Meloni"
SEEDS = [
    ("seed-fr.txt", "Séoul, Corée du Sud", [LEE, LEE, MELONI, MELONI], 2),
    ("seed-it.txt", "Seul, Corea del Sud", [LEE, LEE, MELONI, MELONI], 3),
    ("seed-es.txt", "Seúl", [LEE, LEE, MELONI, MELONI], 4),
    ("seed-de.txt", "Seoul", [LEE, LEE, MELONI, MELONI], 2),
    ("seed-ko.txt", "서울", ["이재명", "이재명", "조르자 멜로니"], 3),
]


@pytest.mark.parametrize(("name", "place", "speakers", "comments"), SEEDS)
def test_the_seed_in_other_languages(
    name: str, place: str, speakers: list[str], comments: int
) -> None:
    doc = load_briefing(LANG_FIXTURES / name)
    assert (doc.place, doc.date) == (place, dt.date(2026, 1, 19))
    assert [q.speaker for q in doc.quotes] == speakers
    assert len(doc.comments) == doc.comment_count_declared == comments
    assert len(doc.areas) == 2 and doc.warnings == ()


def test_sie_after_a_quotation_is_the_woman_just_quoted() -> None:
    doc = load_briefing(LANG_FIXTURES / "de-wasserstoff.txt")
    assert [q.speaker for q in doc.quotes][-2:] == ["Katherina Reiche", "Katherina Reiche"]
