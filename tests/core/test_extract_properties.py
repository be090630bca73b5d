"""Properties of the Extractor on any text: it never raises, and what it reports is really there."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.extract import Extractor

# Text biased towards what the extractor looks at: marks, titles, names, numbers, stops.
_PIECES = st.sampled_from(
    [
        "'",
        '"',
        "‘",
        "’",
        "“",
        "”",
        "«",
        "»",
        "„",
        "‹",
        "›",
        " ",
        ", ",
        ". ",
        "? ",
        ": ",
        "—",
        "s' ",
        "Italy's ",
        "d'Ampezzo ",
        "O'Farrill ",
        "it’s ",
        "President ",
        "Prime Minister ",
        "Minister of Power ",
        "Lee Jae Myung ",
        "Ana Sofía Beltrán ",
        "Beltrán ",
        "said ",
        "told reporters ",
        "he ",
        "she ",
        "She ",
        "the minister ",
        "Mr. ",
        "$12.6 billion ",
        "€420 million ",
        "40 percent ",
        "2026-2030 ",
        "January 19, 2026 ",
        "1,200 ",
        "from 2026 to ",
        "who chairs ",
        "of the Sea ",
        "A ",
        "we ",
        "won't ",
        "G7's ",
    ]
)
_TEXT = st.one_of(st.text(), st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, max_size=4))
def test_feed_never_raises_and_quotes_are_verbatim(paragraphs: list[str]) -> None:
    ex = Extractor()
    for p in paragraphs:
        ex.feed(p)
    ex.feed_block_quote("A block quote of several words.", "Lee Jae Myung", "President")
    fed = "\n".join(paragraphs)
    for q in ex.quotes[:-1]:
        assert q.text and q.text in fed
        assert q.text in q.context
        assert q.context in fed
    for f in ex.facts:
        assert f.text in f.context
    names = [p.name for p in ex.people]
    assert len(names) == len(set(names))
    assert len({q.id for q in ex.quotes}) == len(ex.quotes)


HOSTILE = {
    "apostrophes": "'" * 200_000,
    "mixed marks": "\"'‘’“”«»" * 25_000,
    "apostrophes in words": "a'" * 100_000,
    "openers": "'a " * 66_000,
    "stops": ". " * 100_000,
    "capitals": "A " * 100_000,
    "titles": "Minister " * 22_000,
    "pronouns": " he " * 50_000,
    "numbers": "1," * 100_000,
    "money": "$1 " * 66_000,
    "initials": "A. " * 100_000,
    "names with initials": "Ab A. " * 50_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_takes_linear_time(text: str) -> None:
    # Catastrophic backtracking or a quadratic loop would take minutes on 200 KB; linear work
    # takes well under a second. The bound is loose so a busy machine does not fail it.
    started = time.perf_counter()
    Extractor().feed(text)
    assert time.perf_counter() - started < 15
