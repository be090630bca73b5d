"""Who said it, as wire stories and news sites write it: our own short reports, one table per
pattern that real news copy uses and the team's samples did not."""

from __future__ import annotations

import pytest

from tui.core.extract import Extractor

Q = tuple[str, str | None]


def said(*paragraphs: str) -> list[Q]:
    """The quotes of the paragraphs, fed in order, with their speakers."""
    ex = Extractor()
    for p in paragraphs:
        ex.feed(p)
    return [(q.text, q.speaker) for q in ex.quotes]


def case(*paragraphs: str) -> tuple[str, ...]:
    return paragraphs


# A surname alone names the person whose full name was met before, even without a title.
SURNAME_CASES = [
    (
        case(
            "The coaches, Ines Varga and Tom Reddy, disagree about almost everything.",
            '"We simply read the game differently," Varga said.',
        ),
        [("We simply read the game differently,", "Ines Varga")],
    ),
    (
        case(
            "The report was written by economist Paolo Serrani of the Lisbon institute.",
            'Serrani said the figures were "worse than anyone in the ministry expected."',
        ),
        [("worse than anyone in the ministry expected.", "Paolo Serrani")],
    ),
    (
        case(
            "Rescuers found the boat near the reef, harbour master Aiko Brandt said.",
            '"The crew did everything right," says Brandt.',
        ),
        [("The crew did everything right,", "Aiko Brandt")],
    ),
    (
        case(
            "Margit Olsen worked at the embassy for ten years.",
            'Mrs Olsen told the court: "I signed nothing that week."',
        ),
        [("I signed nothing that week.", "Margit Olsen")],
    ),
]

# "the minister", "the PM", "the premier", "the Russian leader": the named holder of that
# office in the report; nobody when no one holds it.
OFFICE_CASES = [
    (
        case(
            "Foreign Minister Amara Diallo met the envoys on Monday.",
            '"We will not wait for another round," the minister said.',
        ),
        [("We will not wait for another round,", "Amara Diallo")],
    ),
    (
        case(
            "Prime Minister Tomas Varga arrived in Vienna on Tuesday.",
            '"Our doors stay open to every partner," the premier told reporters.',
        ),
        [("Our doors stay open to every partner,", "Tomas Varga")],
    ),
    (
        case(
            "Foreign Minister Lina Okafor spoke in Accra.",
            '"The talks are over for now," the country\'s top diplomat said.',
        ),
        [("The talks are over for now,", "Lina Okafor")],
    ),
    (
        case(
            "President Ivan Petrenko chaired the session.",
            '"The reform enters its last phase," said the Ruritanian leader.',
        ),
        [("The reform enters its last phase,", "Ivan Petrenko")],
    ),
    (
        case('"We will see what the courts decide," the minister said.'),
        [("We will see what the courts decide,", None)],
    ),
]

# he/she is the subject of the last sentence with a named subject, or the last speaker; a
# name met since only as an object, a host or an owner is not whom the pronoun means.
PRONOUN_CASES = [
    (
        case(
            "Dana Whitfield praised her players after the final.",
            "She thanked the fans who travelled with forward Ella Moss's family.",
            '"They carried us through the second half," she said.',
        ),
        [("They carried us through the second half,", "Dana Whitfield")],
    ),
    (
        case(
            '"We are ready to talk," Ambassador Omar Haidari said.',
            "Haidari denied that the army was trying to push President Rafael Mendes out.",
            'Asked about a coup, he said: "Rumours remain rumours."',
        ),
        [
            ("We are ready to talk,", "Omar Haidari"),
            ("Rumours remain rumours.", "Omar Haidari"),
        ],
    ),
    (
        case(
            '"The line will open in May," said engineer Kofi Mensah.',
            "The delay angered Mayor Luis Ortega, whose office had promised March.",
            'Mensah was unmoved. "Safety comes first," he said.',
        ),
        [
            ("The line will open in May,", "Kofi Mensah"),
            ("Safety comes first,", "Kofi Mensah"),
        ],
    ),
]

# Unnamed speakers stay unnamed: the person a spokesman speaks for is not the speaker.
UNNAMED_CASES = [
    (
        case(
            "Minister Aldo Ferri opened the forum.",
            '"The minister will sign before winter," a spokesman for Ferri said.',
        ),
        [("The minister will sign before winter,", None)],
    ),
    (
        case(
            "President Hana Kovac visited the port.",
            '"Nothing was agreed at the dinner," aides said.',
        ),
        [("Nothing was agreed at the dinner,", None)],
    ),
    (
        case(
            "Governor Selim Okan toured the flooded district.",
            'A spokeswoman for Mr Okan said: "The governor has cancelled his trip abroad."',
        ),
        [("The governor has cancelled his trip abroad.", None)],
    ),
    (
        case(
            "Ministers Ivo Berg and Sara Lind met in Oslo.",
            'Messrs. Berg and Lind agreed "to meet again before the summer recess."',
        ),
        [("to meet again before the summer recess.", None)],
    ),
]

# Attribution in every position: after a long clause, a verb before a described speaker,
# "agreed that", ", saying", and paragraphs that carry on with the same speaker.
ATTRIBUTION_CASES = [
    (
        case(
            "Analyst Rita Bloom follows the region.",
            '"We must read the small print" of that law, Bloom said.',
        ),
        [("We must read the small print", "Rita Bloom")],
    ),
    (
        case('"Stay away from the pills," said chief inspector Lena Marsh of the county police.'),
        [("Stay away from the pills,", "Lena Marsh")],
    ),
    (
        case('"I thought about this for weeks," harbour-based developer Sami Kahn wrote.'),
        [("I thought about this for weeks,", "Sami Kahn")],
    ),
    (
        case(
            "Senator Rui Costa read the draft.",
            'Costa agreed that "the budget needs another look before the vote."',
        ),
        [("the budget needs another look before the vote.", "Rui Costa")],
    ),
    (
        case(
            "Envoy Mira Sato criticised the plan, saying it was "
            '"written for the few, not for the many."',
        ),
        [("written for the few, not for the many.", "Mira Sato")],
    ),
    (
        case(
            "Party leader Jonas Eklund spoke to supporters on Sunday.",
            '"We lost, and we will learn from it," Eklund said.',
            '"The next campaign starts tomorrow morning."',
        ),
        [
            ("We lost, and we will learn from it,", "Jonas Eklund"),
            ("The next campaign starts tomorrow morning.", "Jonas Eklund"),
        ],
    ),
    (
        case(
            "Speaking after the vote, Mayor Petra Novak said:",
            '"This city has chosen to build, not to wait."',
        ),
        [("This city has chosen to build, not to wait.", "Petra Novak")],
    ),
    (
        case(
            "Deputy Minister Farid Haddad said the line would reopen.",
            '"The acting council has assured us of its support," said the statement.',
        ),
        [("The acting council has assured us of its support,", None)],
    ),
]

# Names and titles as news copy writes them.
NAME_CASES = [
    (
        case(
            'Jon Berg - then adviser to the finance minister - told reporters "the numbers never added up."'
        ),
        [("the numbers never added up.", "Jon Berg")],
    ),
    (
        case(
            "Under-Secretary General Lia Moreau opened the session.",
            '"We need a ceasefire today," Moreau said.',
        ),
        [("We need a ceasefire today,", "Lia Moreau")],
    ),
    (
        case(
            "Vice-Minister Kenji Aoyama arrived.",
            '"Our ties are strong," Aoyama said.',
        ),
        [("Our ties are strong,", "Kenji Aoyama")],
    ),
    (
        case(
            "PJ Harlow, the coach, spoke after the game.",
            '"We were not good enough tonight," Harlow said.',
        ),
        [("We were not good enough tonight,", "PJ Harlow")],
    ),
    (
        case('"People are sleeping outside," Harbour Aid said in a statement.'),
        [("People are sleeping outside,", None)],
    ),
    (
        case(
            "State Sen. Dora Price (D-Elm) said the plan would fail.",
            'Price said the governor "never fought hard enough for the towns."',
        ),
        [("never fought hard enough for the towns.", "Dora Price")],
    ),
]

# Broken quotation marks recovered as a reader reads them; the next quote is never lost.
BROKEN_MARK_CASES = [
    (
        case('"The first part ends here. "The second part follows," said Mayor Ana Ruiz.'),
        [("The first part ends here.", "Ana Ruiz"), ("The second part follows,", "Ana Ruiz")],
    ),
    (
        case('“We opened curly and closed straight," said Mayor Ana Ruiz.'),
        [("We opened curly and closed straight,", "Ana Ruiz")],
    ),
    (
        case('"We opened straight and closed curly,” said Mayor Ana Ruiz.'),
        [("We opened straight and closed curly,", "Ana Ruiz")],
    ),
    (
        case('"For now the plan can continue, " Mayor Ana Ruiz said.'),
        [("For now the plan can continue,", "Ana Ruiz")],
    ),
    (
        case("” We have no bases here, so there is nothing to strike,” said Mayor Ana Ruiz."),
        [("We have no bases here, so there is nothing to strike,", "Ana Ruiz")],
    ),
]

# Scare quotes and titles in quotes are not quotes, even when someone is named.
NOT_QUOTE_CASES = [
    (
        case("Mayor Ana Ruiz said the rift was in the 'nature' of a coalition."),
        [],
    ),
    (
        case('Governor Ilse Brandt called the plan "ridiculous" on Monday.'),
        [],
    ),
    (
        case(
            'Papers from 1970 included "Harbour defence in the north," "The river policy of '
            'the south" and "Why the bridges matter," the archive shows.'
        ),
        [],
    ),
    (
        case('"Apparently so," Governor Ilse Brandt replied.'),
        [("Apparently so,", "Ilse Brandt")],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    SURNAME_CASES
    + OFFICE_CASES
    + PRONOUN_CASES
    + UNNAMED_CASES
    + ATTRIBUTION_CASES
    + NAME_CASES
    + BROKEN_MARK_CASES
    + NOT_QUOTE_CASES,
    ids=lambda v: v[-1][:50] if isinstance(v, tuple) else None,
)
def test_speakers_in_news_copy(paragraphs: tuple[str, ...], expected: list[Q]) -> None:
    assert said(*paragraphs) == expected


def test_a_full_name_with_a_middle_initial_is_one_person() -> None:
    ex = Extractor()
    ex.feed('President Donald J. Parr spoke on Friday. "It will be a fine deal," he said.')
    ex.feed('Donald Parr, who leads the party, added: "Everyone will gain from it in the end."')
    assert [p.name for p in ex.people] == ["Donald J. Parr"]
    assert [q.speaker for q in ex.quotes] == ["Donald J. Parr", "Donald J. Parr"]


def test_a_country_before_the_name_stays_in_the_role() -> None:
    ex = Extractor()
    ex.feed('President of Ruritania Mateo Ilic Varga met the delegation. "We agree," Varga said.')
    assert [(p.name, p.role) for p in ex.people] == [("Mateo Ilic Varga", "President of Ruritania")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            case('"The talks go on," Bruno, who speaks for the cabinet office, told the radio.'),
            [("The talks go on,", "Bruno")],
        ),
        (
            case(
                "Spokesman Tariq Hamid rejected any formal talks but added "
                '"the door stays open to anyone who lays down arms."'
            ),
            [("the door stays open to anyone who lays down arms.", "Tariq Hamid")],
        ),
        (
            case(
                "Envoy Rosa Lind had said the talks were off.",
                'But on Monday she changed course, saying that the envoys "will meet again '
                'next week."',
            ),
            [("will meet again next week.", "Rosa Lind")],
        ),
        (
            case(
                "The ministry will answer new moves by Prague, the ministry's spokeswoman, "
                "Maria Lenz, confirmed.",
                '"There will be a concrete conversation," the spokeswoman continued.',
            ),
            [("There will be a concrete conversation,", "Maria Lenz")],
        ),
    ],
    ids=["who", "but added", "saying that", "by Prague"],
)
def test_more_attributions(paragraphs: tuple[str, ...], expected: list[Q]) -> None:
    assert said(*paragraphs) == expected


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "President Omar Lindqvist's chief spokesman Ari Maas rejected the talks but added",
            "Ari Maas",
        ),
        ("Mayor Lia Chen's deputy Tom Ruiz was brief and, saying", "Tom Ruiz"),
        ("Governor Ken Ito's aide Mira Pal spoke first and added", "Mira Pal"),
    ],
)
def test_an_owner_is_not_the_subject(lead: str, speaker: str) -> None:
    quote = '"the door stays open to anyone who lays down arms."'
    assert said(f"{lead} {quote}") == [(quote.strip('"'), speaker)]


@pytest.mark.parametrize(
    "middle",
    [
        "Today, however, Okafor dismissed the offer as a sideshow.",
        "Okafor dismissed the offer as a sideshow.",
        "Later Okafor dismissed the offer as a sideshow.",
    ],
)
def test_a_name_seen_before_as_subject_is_whom_he_means(middle: str) -> None:
    assert said(
        "Opposition leader hopeful Emeka Okafor and mediator Jon Kufa met twice.",
        "He hopes to bring the two sides together, Kufa said at the airport.",
        middle,
        'He told a news conference: "We will not attend the talks on Friday."',
    )[-1] == ("We will not attend the talks on Friday.", "Emeka Okafor")
