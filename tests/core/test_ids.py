"""Ids come from content: the same words give the same id, different briefings differ."""

from __future__ import annotations

from tui.core.ids import IdMaker, briefing_id
from tui.core.parse import parse_text


def test_a_briefing_id_depends_on_title_date_and_place() -> None:
    base = briefing_id("Port Talks Resume", "2026-03-02", "Oslo, Norway")
    assert base.startswith("b-")
    assert briefing_id("Port Talks Resume", "2026-03-02", "Oslo, Norway") == base
    assert briefing_id("Port Talks Resume", "2026-03-09", "Oslo, Norway") != base  # next week's
    assert briefing_id("Port Talks Resume", "2026-03-02", "Bergen, Norway") != base
    assert briefing_id("Port Talks Stall", "2026-03-02", "Oslo, Norway") != base
    assert briefing_id("Port Talks Resume", None, "Oslo, Norway") != base


def test_the_same_title_on_two_days_gives_two_briefings() -> None:
    first = parse_text(
        "Port Talks Resume\n\nOslo, Norway, March 2, 2026 - Talks resumed.\n", origin="a.txt"
    )
    second = parse_text(
        "Port Talks Resume\n\nOslo, Norway, March 9, 2026 - Talks resumed.\n", origin="b.txt"
    )
    assert first.date != second.date
    assert first.id != second.id


def test_cosmetic_edits_keep_an_id() -> None:
    # case, Unicode form and white space are not content
    base = briefing_id("Port Talks Resume", "2026-03-02", "Oslo")
    assert briefing_id("PORT TALKS RESUME", "2026-03-02", "oslo") == base
    assert briefing_id("Port  Talks\tResume ", "2026-03-02", "Oslo") == base
    assert briefing_id("Port Talks Resume", "2026-03-02", "Ｏｓｌｏ") == base  # full-width letters
    quotes = IdMaker("q")
    assert quotes.make("We will build the bridge.") == IdMaker("q").make(
        "we will  build the Bridge."
    )


def test_repeated_words_get_distinct_ids_in_order() -> None:
    maker = IdMaker("q")
    first, second, third = (maker.make("Yes.") for _ in range(3))
    assert len({first, second, third}) == 3
    assert second == f"{first}-2" and third == f"{first}-3"
    assert IdMaker("q").make("Yes.") == first  # a fresh document starts again
