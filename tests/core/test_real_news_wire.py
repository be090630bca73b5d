"""Shapes of real wire and news-site reports (issue 10), found on a third set of real articles.

Each case is a short report of our own that reproduces the shape.
"""

from __future__ import annotations

import pytest

from tests.core.said import said


# "Name Jr." keeps its full stop: "X Jr. said …" is X speaking, and a later surname alone is
# the right one even when two people named in the report are both "Jr."
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "District Attorney Martin Osei Jr. said in the filing that the law does not "
                'allow anyone "to threaten a judge because of a ruling."',
            ),
            [("to threaten a", "Martin Osei Jr.")],
        ),
        (
            (
                "Leon R. Varga Jr. admitted the charge on Monday.",
                "He was arrested in May.",
                "Daniel K. Moreau Jr., the county prosecutor, said the case was simple.",
                '"Nobody is above the rules of this court," Moreau said in a statement.',
            ),
            [("Nobody is above", "Daniel K. Moreau Jr.")],
        ),
        (
            ('"We built this farm with our own hands," said Tomas Eriksen Sr., 81.',),
            [("We built this", "Tomas Eriksen Sr.")],
        ),
    ],
)
def test_a_name_with_jr_or_sr(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "he asked about the Muslim Brotherhood … and said, '…'": a capitalised run after "the" is
# a body, not the person who speaks
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Bruno Kessler, 44, was charged on Friday.",
                'During the call, he asked about the Silver Brotherhood, called the mayor a "liar" '
                'and said, "someone should burn her office down," prosecutors said.',
            ),
            [("someone should burn", "Bruno Kessler")],
        ),
        (
            (
                "Ida Falk worked through the night at the clinic.",
                'She thanked the Red Lantern Society and said "we could not have done it alone."',
            ),
            [("we could not", "Ida Falk")],
        ),
        (
            (
                "Coach Ravi Menon was blunt after the defeat.",
                "He criticised the Harlan Brothers, praised the fans and added: "
                '"We were simply not good enough today."',
            ),
            [("We were simply", "Ravi Menon")],
        ),
    ],
)
def test_a_body_after_the_is_not_the_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# ’’ and ‘‘: two single marks typed for a double one still open and close a quotation
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "“It was a plain attempt to fool the voters,’’ Hanna Lindqvist, director of the "
                "watchdog Open Count, told the radio. “And it should stop.”",
            ),
            [("It was a", "Hanna Lindqvist"), ("And it should", "Hanna Lindqvist")],
        ),
        (
            (
                "The board said that “members are entitled to a full account of the spending.’’ "
                "It added that it has “no power over the campaign itself.’’",
            ),
            [("members are entitled", None), ("no power over", None)],
        ),
        (
            ("‘‘We will reopen the harbour by spring,’’ Mayor Ana Ruiz said.",),
            [("We will reopen", "Ana Ruiz")],
        ),
    ],
)
def test_paired_single_marks_quote(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "schools Superintendent X", "County Sheriff X", "Judge X": an office, not part of the name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "State schools Superintendent Nora Haldane told teachers they were not "
                '"asking for anything unreasonable."',
                '"What a shame that it takes a strike," she said.',
            ),
            [("asking for anything", "Nora Haldane"), ("What a shame", "Nora Haldane")],
        ),
        (
            ('County Sheriff Dale Ortiz said "the road will stay closed until Monday."',),
            [("the road will", "Dale Ortiz")],
        ),
        (
            ('"The defendant showed no remorse at all," Judge Amy Lowe said.',),
            [("The defendant showed", "Amy Lowe")],
        ),
    ],
)
def test_an_office_before_the_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Varga was arrested for a call in which he said '…'": he/she in a sentence that opens on a
# named person is that person, not whoever spoke last
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Leon Varga, 55, could face ten years in prison.",
                "Prosecutor Dan Moreau said the case was simple.",
                "Varga was arrested in April for a call in which he said he would "
                '"burn the whole place down."',
            ),
            [("burn the whole", "Leon Varga")],
        ),
        (
            (
                "Mira Kovac, 31, won the race.",
                '"It was a hard day," coach Ivan Petrov said.',
                'Kovac crossed the line first, and she said "the last hill nearly broke me."',
            ),
            [("It was a", "Ivan Petrov"), ("the last hill", "Mira Kovac")],
        ),
        (
            (
                "Amos Tull leads the union.",
                "Governor Ray Hale said he would veto the bill.",
                'Tull met reporters on Friday, where he said "the strike goes on until we are '
                'heard."',
            ),
            [("the strike goes", "Amos Tull")],
        ),
    ],
)
def test_a_pronoun_means_the_person_its_sentence_opens_on(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "The 29-year-old told reporters": an age standing for a name is the person just written about
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Greta Lund won her fourth title on Sunday.",
                'The 29-year-old told reporters: "This one feels different from the others."',
            ),
            [("This one feels", "Greta Lund")],
        ),
        (
            ("Anton Riis is retiring.", '"I have nothing left to prove," the 71-year-old said.'),
            [("I have nothing", "Anton Riis")],
        ),
        (
            (
                "Carla Mendes, a nurse, was honoured by the city.",
                'Speaking afterwards, the 48-year-old said "the award belongs to my whole ward."',
            ),
            [("the award belongs", "Carla Mendes")],
        ),
    ],
)
def test_an_age_stands_for_the_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "The Afghan Taliban …", "Afghan Taliban fighters …": a nationality or "The" opening a
# capitalised run names a group; its last word is not a person's surname for later
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Afghan Taliban, however, claimed responsibility for the attack.",
                '"The convoy was destroyed last night," Taliban spokesman Omar Haqani said.',
            ),
            [("The convoy was", "Omar Haqani")],
        ),
        (
            (
                "Kurdish Peshmerga units moved north on Monday.",
                '"We hold the ridge now," Peshmerga commander Aras Baban told reporters.',
            ),
            [("We hold the", "Aras Baban")],
        ),
        (
            (
                "The Northern Brigade withdrew at dawn.",
                '"Our men are exhausted," Brigade spokesman Ilir Dedaj said.',
            ),
            [("Our men are", "Ilir Dedaj")],
        ),
    ],
)
def test_a_group_is_not_a_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# '"…" announced in October, said Derek Ames, a scholar': the words after the quote go on a
# little, then ", said Name" closes the sentence
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                '"The mayor wants a bigger budget. Bigger than the little one" agreed in May, '
                "said Derek Ames, a scholar at the Civic Institute.",
            ),
            [("The mayor wants", "Derek Ames")],
        ),
        (
            ('"We will not move" on wages this year, added Ruth Okafor.',),
            [("We will not", "Ruth Okafor")],
        ),
        (
            (
                '"Nothing about this season was easy" for the younger players, wrote Ines '
                "Castell, the club's captain, in a letter.",
            ),
            [("Nothing about this", "Ines Castell")],
        ),
    ],
)
def test_said_name_after_a_short_clause(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "a spokesman for Prime Minister Ivo Dalic said": the spokesman speaks, unnamed; the
# Prime Minister is only whom he speaks for
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('A spokesman for Prime Minister Ivo Dalic said "there is no deal yet."',),
            [("there is no", None)],
        ),
        (
            ('"Talks are over for now," a spokeswoman for Foreign Minister Lea Moro said.',),
            [("Talks are over", None)],
        ),
        (
            (
                "The floods reached the capital on Sunday.",
                '"The visit is off," a spokesman for Defence Minister Karl Ness told the agency.',
            ),
            [("The visit is", None)],
        ),
    ],
)
def test_a_spokesman_for_an_office_holder_is_unnamed(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# '"…", says the statement by spokesman X' / 'said a statement from Mayor X': the words are X's
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'The ministry holds that cuts must be "first, deep; second, checked; and third, '
                'final", says the statement by spokesman for the Ministry Ivan Sorel.',
            ),
            [("first, deep; second,", "Ivan Sorel")],
        ),
        (
            (
                '"The port will stay open through the winter," said a statement from Mayor Lina Berg.',
            ),
            [("The port will", "Lina Berg")],
        ),
        (
            ('"We thank every volunteer who came," says a message from coach Ida Moen.',),
            [("We thank every", "Ida Moen")],
        ),
    ],
)
def test_a_statement_by_a_named_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# ... but "the Rev Ana Holt" is still a person: an honorific after "the" opens a name
def test_an_honorific_after_the_still_names_a_person() -> None:
    assert said('"We march on Monday," said the Rev Ana Holt.') == [("We march on", "Ana Holt")]


# "According to him, '…'": the person the pronoun means, as with "according to Lavrov"
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Foreign Minister Pavel Orlov met his counterpart on Monday.",
                'Orlov noted that "the situation is very serious." According to him, "no one '
                'wants escalation."',
            ),
            [("the situation is", "Pavel Orlov"), ("no one wants", "Pavel Orlov")],
        ),
        (
            (
                "Deputy Minister Ana Ruiz spoke on Monday.",
                'According to her, "the budget is already spent."',
            ),
            [("the budget is", "Ana Ruiz")],
        ),
        (
            (
                "Coach Ivan Petrov was upbeat.",
                'According to him, the team "has never been in better shape."',
            ),
            [("has never been", "Ivan Petrov")],
        ),
    ],
)
def test_according_to_a_pronoun(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected
