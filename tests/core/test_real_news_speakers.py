"""Speakers in the shapes real news reports take (issue 10): each case a short report of our own."""

from __future__ import annotations

import pytest

from tests.core.said import said


# "Sen.", "Sgt.", "Gov.": an abbreviated title before a name makes a person of it
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The case was taken over by Det. Hana Sule after the weekend.",
                "The family had asked for a new team.",
                '"We owe them answers, and we will find them," she said.',
            ),
            [("We owe them", "Hana Sule")],
        ),
        (
            (
                "A letter signed by Rep. Corin Walde reached the agency on Monday.",
                "The agency has not replied.",
                '"Silence is an answer of sorts," he said.',
            ),
            [("Silence is an", "Corin Walde")],
        ),
        (
            (
                "The pier was shut by Sgt. Ruth Abara.",
                "Officers stood by all night.",
                '"We will keep the boats in until the wind drops," she said.',
            ),
            [("We will keep", "Ruth Abara")],
        ),
    ],
)
def test_an_abbreviated_title_introduces_a_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a given name shared with someone met before does not make the new person that one
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Majority Whip John Ferrer called the vote for Thursday.",
                "Former nominee John Albright dismissed the plan as a stunt.",
                '"I rarely take advice from the whip on anything," Albright told the paper.',
            ),
            [("I rarely take", "John Albright")],
        ),
        (
            (
                "Coach Maria Telles named her squad on Monday.",
                "Her predecessor Maria Gunnarsdottir was in the stands.",
                '"The girls are ready for this, more than ever," Gunnarsdottir said.',
            ),
            [("The girls are", "Maria Gunnarsdottir")],
        ),
        (
            (
                "Mayor Peter Vance opened the bridge.",
                "The engineer, Peter Oduya, watched from the bank.",
                '"It took us three winters to get here," Oduya said.',
            ),
            [("It took us", "Peter Oduya")],
        ),
    ],
)
def test_a_shared_given_name_is_not_the_same_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Brightwater Inc.": a company, not a person, even when its name opens with a given name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Will Brightwater Inc. survive another winter of losses?",
                "Brightwater spokeswoman Ines Haldane played down the filing.",
                '"This language is standard in any such filing," she said.',
            ),
            [("This language is", "Ines Haldane")],
        ),
        (
            (
                "Could Dorrance Kettle Ltd. be sold?",
                "Dorrance spokesman Piet Alders would not say.",
                '"We never comment on rumours of that kind," he said.',
            ),
            [("We never comment", "Piet Alders")],
        ),
        (
            (
                "Shares in Corvin Alder Corp. fell.",
                "Corvin chairman Ivo Mansell blamed the weather.",
                '"Nobody could have planned for that summer," he said.',
            ),
            [("Nobody could have", "Ivo Mansell")],
        ),
    ],
)
def test_a_company_is_not_a_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a quote attributed to a name after it never goes on with the previous paragraph's speaker
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "On Tuesday, spokesman Anders Kjell said the ministry needed more time.",
                '"We do not take orders from the ministry here," Vrana told the radio.',
            ),
            [("We do not", None)],
        ),
        (
            (
                "The chair, Lena Osei, said the committee would meet again.",
                '"That is simply not going to happen this year," Kuyper wrote on Friday.',
            ),
            [("That is simply", "Kuyper")],
        ),
        (
            (
                "Director Hal Sorensen said the budget was final.",
                '"We will see about that in the spring," Tovey said.',
            ),
            # (a surname alone straight before "said" ends the clause: that person spoke)
            [("We will see", "Tovey")],
        ),
    ],
)
def test_a_name_after_the_quote_is_not_the_last_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# attribution verbs reports use besides "said"
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('"We are working with every family tonight," Police Chief Dora Amsel shared.',),
            [("We are working", "Dora Amsel")],
        ),
        (
            (
                "Minister Tomas Ruiz met the farmers on Monday.",
                '"We will buy every last sack as agreed," Ruiz clarified.',
            ),
            [("We will buy", "Tomas Ruiz")],
        ),
        (
            (
                "Professor Ada Lindqvist disagreed with the board.",
                '"The numbers simply do not add up," she retorted.',
            ),
            [("The numbers simply", "Ada Lindqvist")],
        ),
    ],
)
def test_more_attribution_verbs(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# ''…'' (two apostrophes, a wire's typewriter double mark) encloses a quotation
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("''Strength is what we build together, not what we break,'' Minister Osei said.",),
            [("Strength is what", "Osei")],
        ),
        (
            (
                "Trade Secretary Ilse Varga spoke in Vienna.",
                "''We must find new partners on every continent,'' she said at the dinner.",
            ),
            [("We must find", "Ilse Varga")],
        ),
        (
            ("Coach Rami Sato said: ''Nobody in this room expected to win the cup.''",),
            [("Nobody in this", "Rami Sato")],
        ),
    ],
)
def test_two_apostrophes_as_quotation_marks(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a job title before a name is the role, not part of the name: "Chief Anchor Dana Reyes"
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('"That is what the rules say," responded Network 9\'s Chief Anchor Dana Reyes.',),
            [("That is what", "Dana Reyes")],
        ),
        (
            ('"The count will take days, not hours," said Senior Correspondent Omar Haddi.',),
            [("The count will", "Omar Haddi")],
        ),
        (
            ('"Readers deserve to know who paid," Managing Editor Lucia Brandt wrote on Sunday.',),
            [("Readers deserve to", "Lucia Brandt")],
        ),
    ],
)
def test_a_newsroom_title_is_not_part_of_the_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Mayor Hodges released a statement on Sunday." then a paragraph of quotation: hers
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Mayor Rita Solberg released a statement about the fire on Sunday.",
                '"Tonight we grieve with every family on Harbour Street."',
            ),
            [("Tonight we grieve", "Rita Solberg")],
        ),
        (
            (
                "The club's chairman, Emeka Obi, issued a short statement after the match.",
                '"The referee will have to answer for what happened today."',
            ),
            [("The referee will", "Emeka Obi")],
        ),
        (
            (
                "Governor Lena Park later sent a letter to every household.",
                '"Stay indoors until the all-clear is given by the police."',
            ),
            [("Stay indoors until", "Lena Park")],
        ),
    ],
)
def test_a_statement_announced_before_its_words(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# “…,“ he said: the opening mark typed again to close; the next paragraph's quote stays its own
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Speaker Ravi Menon said he had asked for the doors to be opened.",
                "“I asked them to open the doors for every member,“ he said on Monday.",
                "“Then there would have been no crowd at all,” said Asha Pillai of the opposition.",
            ),
            [("I asked them", "Ravi Menon"), ("Then there would", "Asha Pillai")],
        ),
        (
            (
                "“We counted every ballot twice,“ said returning officer Tomas Berg.",
                "“Nobody was turned away from the hall,” Berg added.",
            ),
            [("We counted every", "Tomas Berg"), ("Nobody was turned", "Tomas Berg")],
        ),
        (
            (
                "Minister Elif Kaya answered the question.",
                "“The rules were followed to the letter,“ she said. “Nothing more can be done.”",
            ),
            [("The rules were", "Elif Kaya"), ("Nothing more can", "Elif Kaya")],
        ),
    ],
)
def test_an_opening_mark_used_to_close(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "… by Secretary Hewitt, Chancellor Brown said:": the name right before the verb speaks
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Speaking at a dinner co-hosted by Trade and Industry Secretary Mara Voss, "
                "Chancellor Aldo Reyes said:",
                '"Every town deserves a bank that lends to it."',
            ),
            [("Every town deserves", "Aldo Reyes")],
        ),
        (
            (
                "At an event opened by Mayor Ines Corra, Cllr Tom Hale said,",
                '"This hall has stood here for a hundred years."',
            ),
            [("This hall has", "Tom Hale")],
        ),
        (
            (
                "In a hall lent by Governor Petra Lind, Senator Omar Diaz told the crowd:",
                '"We will not be moved from this valley."',
            ),
            [("We will not", "Omar Diaz")],
        ),
    ],
)
def test_the_name_the_verb_follows_speaks(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# in a whole document: a paragraph closed by “…,“ does not swallow the next paragraph's quote
@pytest.mark.parametrize(
    "closing",
    ["too,“ he said.", "too,“ the speaker said.", 'too," he said.“'],
)
def test_a_mistyped_closing_mark_keeps_the_next_quote(closing: str) -> None:
    from tui.core.parse.text import parse_text

    doc = parse_text(
        "Doors stay shut\n\nHALLTOWN: Speaker Ravi Menon said he had asked for the doors to be "
        f"opened.\n\n“We asked for every member to be let in, and that was granted {closing}\n\n"
        "“Then there would have been no crowd at all,” said Asha Pillai of the opposition.\n",
        origin="doc.txt",
    )
    assert [(q.text.split()[0], q.speaker) for q in doc.quotes][-1] == ("Then", "Asha Pillai")


# "…," aides said: people left unnamed; the last paragraph's speaker does not go on
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("President Ana Ruiz spoke first.", '"The border stays open," aides said.'),
            [("The border stays", None)],
        ),
        (
            (
                "Governor Carl Boone said the dam was safe.",
                '"Nobody told us to leave our homes," residents told the radio station.',
            ),
            [("Nobody told us", None)],
        ),
        (
            (
                "Minister Eva Stern answered questions for an hour.",
                '"The talks will resume in the spring," senior officials said on Friday.',
            ),
            [("The talks will", None)],
        ),
    ],
)
def test_unnamed_people_after_a_quote_leave_it_unattributed(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


def test_a_new_sentence_after_a_quote_is_not_its_attribution() -> None:
    assert said(
        "Minister Ana Ruiz said on Monday:",
        '"The border stays open." Witnesses said the gates were shut.',
    ) == [("The border stays", "Ana Ruiz")]


# a common given name tells whom he or she means when no title does
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Mayor Petr Novak hosted Minister Sol Vega at the town hall.",
                '"We will rebuild the bridge before winter," she said.',
            ),
            [("We will rebuild", "Sol Vega")],
        ),
        (
            (
                "Maria Lopes thanked Governor Carl Boone for the aid.",
                '"It came just in time for the harvest," he said.',
            ),
            [("It came just", "Carl Boone")],
        ),
        (
            (
                "Sen. Lisa Okafor was not happy to hear Governor Brand say he would sign it.",
                '"It is not what I would have done," she said.',
            ),
            [("It is not", "Lisa Okafor")],
        ),
    ],
)
def test_a_given_name_tells_whom_a_pronoun_means(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Ana Lima (Green Alliance)" on a line of its own introduces the quotation below it
@pytest.mark.parametrize(
    ("line", "quote", "speaker"),
    [
        (
            "Ana Lima (Green Alliance)",
            '"This deal will keep the lights on for a decade."',
            "Ana Lima",
        ),
        (
            "Tomas Berg, Chamber of Industry",
            "“Our members have waited years for this.”",
            "Tomas Berg",
        ),
        ("South Korea", '"A good day for all of us who work here."', None),
    ],
)
def test_a_name_line_introduces_the_quote_below(line: str, quote: str, speaker: str | None) -> None:
    from tui.core.parse.text import parse_text

    doc = parse_text(
        "Reactions to the grid deal\n\nThe deal drew quick responses from Minister Ivo Rask.\n\n"
        '"We are pleased with the outcome," Rask said.\n\n'
        f"{line}\n\n{quote}\n",
        origin="doc.txt",
    )
    assert doc.quotes[-1].speaker == speaker


# "Energy Minister Adeyemi was upbeat." then a quotation standing alone: his words
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Energy Minister Kelechi Adeyemi was upbeat.",
                '"We have waited years for this. Today the waiting ends."',
            ),
            [("We have waited", "Kelechi Adeyemi")],
        ),
        (
            (
                "Coach Dana Whitfield was less forgiving after the match.",
                '"We gave them two goals and you cannot do that in a final."',
            ),
            [("We gave them", "Dana Whitfield")],
        ),
        (
            (
                "Mayor Ivo Rask struck a cautious note.",
                '"The river is still rising," a council engineer said on Friday.',
            ),
            [("The river is", None)],
        ),
    ],
)
def test_a_quotation_standing_after_a_sentence_about_its_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# '"…?" a woman stood at the lectern': someone new and unnamed, not the last speaker
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                '"We have two proclamations tonight," Mayor Jim Ostrow said.',
                '"How do you move forward after that?" a woman stood up at the back to ask.',
            ),
            [("We have two", "Jim Ostrow"), ("How do you", None)],
        ),
        (
            (
                '"The school will stay open," Principal Ada Kern said.',
                '"And who pays for the heating?" one father shouted from the door.',
            ),
            [("The school will", "Ada Kern"), ("And who pays", None)],
        ),
        (
            (
                '"We are proud of this team," Coach Lina Berg said.',
                '"Proud is not enough," a banner in the away end read.',
            ),
            [("We are proud", "Lina Berg"), ("Proud is not", None)],
        ),
    ],
)
def test_an_unnamed_newcomer_after_a_quote(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# 'He frowned. "Will this never end?"': a quotation that is a sentence of its own
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Mayor Jim Ostrow read the names.", 'He frowned deeply. "Will this ever end for us?"'),
            [("Will this ever", "Jim Ostrow")],
        ),
        (
            ("Minister Ada Kern left the room.", 'She came back an hour later. "We have a deal."'),
            [("We have a", "Ada Kern")],
        ),
        (
            (
                "Captain Lina Berg lifted the cup.",
                'Then she turned to the crowd. "This one is for all of you."',
            ),
            [("This one is", "Lina Berg")],
        ),
    ],
)
def test_a_quotation_as_its_own_sentence(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected
