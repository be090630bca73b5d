"""Korean, Japanese, Italian and Spanish briefings as varied writers write them: speakers,
datelines, dates and titles (invented documents, one pattern per test, three shapes each)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.parse.dateline import split_dateline
from tui.core.parse.dates import first_date
from tui.core.parse.text import parse_text

# --- datelines, dates and titles --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("中央日報日本語版2026.03.04 07:54", dt.date(2026, 3, 4)),
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
