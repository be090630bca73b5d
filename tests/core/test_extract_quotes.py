"""Quotation marks versus apostrophes: every quote comes out whole, no apostrophe opens one."""

from __future__ import annotations

import pytest

from tui.core.extract import Extractor
from tui.core.extract.quotes import find_quotes, quote_text, split_sentences
from tui.core.extract.tokens import scan


def quotes_in(text: str) -> list[str]:
    """The words between quotation marks, as the scanner pairs them."""
    return [quote_text(text, span) for span in find_quotes(text, scan(text).marks)]


MARK_CASES = [
    # straight single quotes and apostrophes
    ("He said 'we will win the vote.'", ["we will win the vote."]),
    ("Italy's leader said 'yes to all of it.'", ["yes to all of it."]),
    ("the games in Cortina d'Ampezzo were 'a triumph for everyone.'", ["a triumph for everyone."]),
    ("Patricio O'Farrill travelled with the delegation.", []),
    ("both countries' ties to larger neighbours", []),
    ("the avocado exporters' association met", []),
    ("'… based on each side's strengths.'", ["… based on each side's strengths."]),
    (
        "called Seoul 'one of the G7's most important partners,' he said",
        ["one of the G7's most important partners,"],
    ),
    (
        "described it as 'Mexico's natural partner on the Pacific,' and left",
        ["Mexico's natural partner on the Pacific,"],
    ),
    ("said they 'won't wait for the big blocs.'", ["won't wait for the big blocs."]),
    (
        "would 'open a corridor that doesn't depend on anyone else's ports.'",
        ["open a corridor that doesn't depend on anyone else's ports."],
    ),
    (
        "praised 'the farmers' cooperatives and their work,' she said",
        ["the farmers' cooperatives and their work,"],
    ),
    ("praised 'the farmers' and thanked the exporters' association.", ["the farmers"]),
    ("in the '90s he said 'we were poorer then.'", ["we were poorer then."]),
    ("rock 'n' roll is 'here to stay,' he said", ["here to stay,"]),
    ("'First,' she said, 'we build the port.'", ["First,", "we build the port."]),
    ("(the 'Pacific corridor plan')", ["Pacific corridor plan"]),
    ("a height of 5'10\" is not a quote", []),
    # straight double quotes
    ('"Nigeria needs power," Adeyemi said.', ["Nigeria needs power,"]),
    ('Correa told reporters: "We are opening a door."', ["We are opening a door."]),
    ('"We came," she said, "to build something."', ["We came,", "to build something."]),
    (
        "He called it \"a farce with 'experts' in charge,\" and left.",
        ["a farce with 'experts' in charge,"],
    ),
    # curly quotes and curly apostrophes
    (
        "She called it “the backbone of everything else we’re trying to do.”",
        ["the backbone of everything else we’re trying to do."],
    ),
    (
        "as ‘a vote of confidence in Nigeria’s engineers’.",
        ["a vote of confidence in Nigeria’s engineers"],
    ),
    ("it’s not a quote and neither is Lagos’ port", []),
    ("‘Countries’ ties matter,’ she said.", ["Countries’ ties matter,"]),
    # guillemets and other marks
    (
        "«Comparing rules is not enforcing them», said Riquelme.",
        ["Comparing rules is not enforcing them"],
    ),
    ("« Nous sommes prêts », a-t-elle dit.", ["Nous sommes prêts"]),
    ("Er sagte „Wir sind bereit“ und ging.", ["Wir sind bereit"]),
    ("Elle a dit ‹ bien sûr › hier.", ["bien sûr"]),
    # unbalanced marks never swallow the paragraph
    ("The so-called 'reset failed. Later he said 'we won the argument.'", ["we won the argument."]),
    ('An opening " mark alone', []),
    ("A closing' mark alone", []),
    ("''''", []),
    ('He said ""', []),
]


@pytest.mark.parametrize(("text", "expected"), MARK_CASES, ids=[c[0][:40] for c in MARK_CASES])
def test_marks_pair_into_whole_quotes(text: str, expected: list[str]) -> None:
    assert quotes_in(text) == expected


SENTENCE_CASES = [
    ("One. Two.", ["One.", "Two."]),
    (
        "He said 'we won. It was hard.' Then he left.",
        ["He said 'we won. It was hard.'", "Then he left."],
    ),
    (
        "Mr. Smith met U.S. officials. They talked.",
        ["Mr. Smith met U.S. officials.", "They talked."],
    ),
    ("Trade rose 12.5 percent. Exports fell.", ["Trade rose 12.5 percent.", "Exports fell."]),
    ('"It works." He smiled.', ['"It works."', "He smiled."]),
    ("Really? Yes! Fine…", ["Really?", "Yes!", "Fine…"]),
    # an initial opening a name is not a sentence end
    ("Talks with J. Olsen ended. She left.", ["Talks with J. Olsen ended.", "She left."]),
    ("The envoy K. Rios said it. Then she left.", ["The envoy K. Rios said it.", "Then she left."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentences_never_split_inside_a_quote(text: str, expected: list[str]) -> None:
    found = scan(text)
    spans = find_quotes(text, found.marks)
    assert [text[a:b] for a, b in split_sentences(text, spans, found.stops)] == expected


def test_scare_quotes_are_not_quotes_but_phrases_are() -> None:
    ex = Extractor()
    ex.feed('The so-called "reset" failed, and the "new normal" arrived.')
    ex.feed("The 'Belt and Road' plan and the \"Global Gateway for Asia\" fund were compared.")
    ex.feed('A joint statement called the agreements "a new stage between two economies".')
    assert [(q.text, q.speaker) for q in ex.quotes] == [("a new stage between two economies", None)]


def test_short_quote_kept_when_a_speaker_says_it() -> None:
    ex = Extractor()
    ex.feed('"Never," Foreign Minister Ana Beltrán said.')
    assert [(q.text, q.speaker) for q in ex.quotes] == [("Never,", "Ana Beltrán")]


def test_quote_spanning_sentences_has_them_all_as_context() -> None:
    ex = Extractor()
    ex.feed("Before that. President Lee said 'we won. It was hard.' Then he left.")
    (quote,) = ex.quotes
    assert quote.text == "we won. It was hard."
    assert quote.context == "President Lee said 'we won. It was hard.'"


def test_block_quote_keeps_its_speaker_and_learns_the_person() -> None:
    ex = Extractor()
    ex.feed("Portuguese Minister of the Sea Rosa Tavares Lima met the press.")
    ex.feed_block_quote("It's time our shipyards shared the work.", "Tavares Lima", None)
    (quote,) = ex.quotes
    assert (quote.speaker, quote.role) == ("Rosa Tavares Lima", "Minister of the Sea")
    assert quote.context == quote.text
    assert [p.name for p in ex.people] == ["Rosa Tavares Lima"]


def test_quote_running_on_into_the_next_paragraph() -> None:
    ex = Extractor()
    ex.feed('President-elect Tomas Varga said: "We will keep every promise we made to voters.')
    ex.feed('"And we will start with the budget. Nothing else comes first.')
    ex.feed('"Not one line of it will be cut," he added.')
    ex.feed('Critics were unconvinced. "It is the same old speech," one voter said.')
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("We will keep every promise we made to voters.", "Tomas Varga"),
        ("And we will start with the budget. Nothing else comes first.", "Tomas Varga"),
        ("Not one line of it will be cut,", "Tomas Varga"),
        ("It is the same old speech,", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes',  # too short to be a quote that runs on
        'Pipes of 5" and 7" were compared in the survey.',  # inch marks
        "It was a 'long night for all of us.",  # single marks never run on
        'The statement said "more talks are planned',  # no sentence end
    ],
)
def test_a_stray_opening_mark_is_not_a_quote_to_the_end(text: str) -> None:
    assert all(span[1] < len(text) for span in find_quotes(text, scan(text).marks))


CURLY_APOSTROPHE_CASES = [
    ("She said ‘we’re ready to sign the deal’ on Monday.", ["we’re ready to sign the deal"]),
    (
        "‘It’s the start,’ he said, ‘and we’re not done.’",
        ["It’s the start,", "and we’re not done."],
    ),
    ("“They’re here, and we’re staying,” she said.", ["They’re here, and we’re staying,"]),
    ("‘We’re ready,’ she said.", ["We’re ready,"]),
    ("He called it ‘the G7’s best plan yet’ in Rome.", ["the G7’s best plan yet"]),
    ("we’re sure they’re right and it’s done", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), CURLY_APOSTROPHE_CASES, ids=[c[0][:30] for c in CURLY_APOSTROPHE_CASES]
)
def test_a_curly_apostrophe_inside_a_word_is_not_a_quotation_mark(
    text: str, expected: list[str]
) -> None:
    assert quotes_in(text) == expected


def test_a_quote_with_a_curly_apostrophe_keeps_its_words_and_speaker() -> None:
    ex = Extractor()
    ex.feed("Ana Rios told reporters: ‘we’re ready to open the crossings’ after the talks.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("we’re ready to open the crossings", "Ana Rios")
    ]


def test_a_quote_after_an_initial_keeps_its_whole_sentence_as_context() -> None:
    ex = Extractor()
    ex.feed('Talks ended. The envoy J. Olsen said "we will keep talking until it is done."')
    assert [q.context for q in ex.quotes] == [
        'The envoy J. Olsen said "we will keep talking until it is done."'
    ]
