"""Speakers in the wording other languages' wires use (development set misses, rewritten)."""

from __future__ import annotations

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
