"""Page headers of real news pages: a newsroom in brackets after the place, a headline cut
short over the page with the whole of it below, a speaker's label that is not a place."""

from __future__ import annotations

import pytest

from tui.core.parse.dateline import split_dateline
from tui.core.parse.text import parse_text


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Hong Kong (CNN Business) Traders sold shares in the port operator for a third day.",
            "Hong Kong",
        ),
        (
            "WASHINGTON (CNN) The committee voted on Friday to send the bill to the full Senate.",
            "Washington",
        ),
        (
            "Port Louis (Indian Ocean News) Fishing crews staged a protest on the quay on Monday.",
            "Port Louis",
        ),
        (
            "Cape Town (Sahel Wire) Dock workers returned to the terminals after a two-day strike.",
            "Cape Town",
        ),
    ],
)
def test_a_newsroom_in_brackets_after_the_place_makes_a_dateline(lead: str, place: str) -> None:
    found = split_dateline(lead)
    assert found is not None and found.place == place
    assert found.rest.split()[0] not in ("(CNN", "CNN")


@pytest.mark.parametrize(
    "lead",
    [
        "Acme Holdings (Acme Business) said on Monday it would cut jobs across its plants.",
        "Dana Kerr (Green Alliance) Members of the board will meet again in the spring.",
    ],
)
def test_a_company_or_a_person_before_brackets_is_no_dateline(lead: str) -> None:
    found = split_dateline(lead)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "label",
    [
        "Official Spokesperson (Shri Anil Rao): The two meetings today were with both presidents.",
        "Press Secretary (Dana Kerr): Good afternoon, everyone, and thank you for coming today.",
        "Deputy Minister (Ola Berg): We have agreed on the ports, the grid and the fisheries.",
    ],
)
def test_a_speakers_label_before_a_colon_is_no_place(label: str) -> None:
    found = split_dateline(label)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    ("top", "whole"),
    [
        (
            "Statement by the Spokesperson on the Talks...",
            "Statement by the Spokesperson on the Talks with Arcadia and Borduria in Geneva",
        ),
        (
            "Ministers Agree a Shared Plan for River…",
            "Ministers Agree a Shared Plan for River Ports and Grid Links",
        ),
        (
            "Harbour Pact Signed After Long...",
            "Harbour Pact Signed After Long Night of Talks in Valletta",
        ),
    ],
)
def test_a_headline_cut_short_over_the_page_is_read_whole_from_below(top: str, whole: str) -> None:
    doc = (
        f"{top}\nHome ›  Press Releases  ›  {whole[:40]}\n\n{whole}\nMarch 3, 2026\n\n"
        "The two delegations met for six hours and agreed to meet again in May.\n"
    )
    b = parse_text(doc, origin="page.txt")
    assert b.title == whole


def test_a_headline_with_an_ellipsis_of_its_own_stays_as_written() -> None:
    doc = "Waiting for the Ferry...\n\nThe ferry to the islands left four hours late on Monday.\n"
    assert parse_text(doc, origin="x.txt").title == "Waiting for the Ferry..."


@pytest.mark.parametrize(
    ("top", "headline", "lead"),
    [
        (
            "Folha\n\nSiga-nos nas redes\n\nPerfil",
            "Angola e Chile reforçam a cooperação nas pescas e nos portos",
            "Luanda, 12 mar (Lusa) - Os ministros das Pescas assinaram um acordo na capital.",
        ),
        (
            "Crónica\n\nSíguenos\n\nPerfil",
            "Chile y Perú acuerdan un corredor eléctrico en la frontera norte",
            "Lima, 4 de marzo de 2026 (EFE) - Los dos gobiernos firmaron el acuerdo el lunes.",
        ),
        (
            "Gazette\n\nSuivez-nous\n\nProfil",
            "Le Bénin et le Togo relancent le projet de port commun à Cotonou",
            "COTONOU, 9 mars 2026 (AFP) - Les deux pays ont signé lundi une déclaration commune.",
        ),
    ],
)
def test_a_masthead_over_follow_us_and_profile_links_is_not_the_title(
    top: str, headline: str, lead: str
) -> None:
    doc = f"{top}\n\n{headline}\n\n{lead}\n\nLes travaux doivent commencer en juin.\n"
    assert parse_text(doc, origin="page.txt").title == headline


@pytest.mark.parametrize(
    ("doc", "quote"),
    [
        (
            "【大阪共同】港湾局の山田花子局長は3日、新しい埠頭の建設について「来年の春には使えるようにしたい」"
            "と述べた。山田氏は費用について「国と分担する」と説明した。\n\n共同通信\n",
            "来年の春には使えるようにしたい",
        ),
        (
            "北海道の漁業組合は5日、記者会見を開き、新しい冷蔵施設について「冬までに完成させる」と発表した。"
            "組合の佐藤一郎組合長は「漁師の負担が減る」と話した。\n",
            "冬までに完成させる",
        ),
        (
            '부산항만공사 김민수 사장은 3일 기자회견에서 새 부두 건설과 관련해 "내년 봄에는 문을 열겠다"고 '
            '밝혔다. 김 사장은 비용에 대해 "정부와 나눠 부담한다"고 설명했다.\n\n연합뉴스\n',
            "내년 봄에는 문을 열겠다",
        ),
    ],
)
def test_a_japanese_or_korean_lead_on_the_first_line_keeps_its_quotes(doc: str, quote: str) -> None:
    b = parse_text(doc, origin="lead.txt")
    assert quote in [q.text for q in b.quotes]
    assert len(b.title) < len(doc.split("\n")[0])


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Lt Col Ana Varga, a White House adviser, told the panel: "I was worried by the call."',
            "Ana Varga",
        ),
        ('Maj Gen Ola Berg said: "We are ready to move the brigade."', "Ola Berg"),
        ('"The convoy left at dawn," Lt Col Dana Reyes told reporters.', "Dana Reyes"),
    ],
)
def test_a_rank_in_two_words_is_not_part_of_the_name(paragraph: str, speaker: str) -> None:
    from tui.core.extract.extractor import Extractor

    ex = Extractor(None)
    ex.feed(paragraph)
    assert [q.speaker for q in ex.quotes] == [speaker]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("울산=한국경제 기자 박서준", "울산"),
        ("부산=뉴스1 김민지 기자", "부산"),
        ("세종=연합뉴스 이도윤 특파원 =", "세종"),
    ],
)
def test_a_korean_wire_line_over_the_lead_gives_the_place_and_is_no_heading(
    line: str, place: str
) -> None:
    doc = (
        f"항만 협력 확대\n\n{line}\n\n항만공사와 하이퐁항이 3일 물류 협력 양해각서를 체결했다. "
        '김민수 사장은 "두 항구가 함께 성장할 것"이라고 말했다.\n'
    )
    b = parse_text(doc, origin="k.txt")
    assert b.place == place
    assert [s.heading for s in b.sections] == [None]
    assert b.summary.startswith("항만공사와")
