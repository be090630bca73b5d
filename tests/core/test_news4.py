"""Speakers in real reports nobody on the team wrote (issue 10, the fourth set): each case a
short report of our own, with invented people, in the shape a real one took."""

from __future__ import annotations

import pytest

from tests.core.said import said
from tui.core.parse.text import parse_text


# an object pronoun is never the subject of its own clause: "Voss criticised Mayor Lena Ott,
# calling her …" leaves "he" meaning Voss, not Ott
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Chancellor Arno Voss says he is against the harbour plan.",
                "Voss criticised Mayor Lena Ott in an interview, calling her “reckless.”",
                "Voss taped the interview on Friday. He says: “Nobody should build on that"
                " shore until the survey is done.”",
            ),
            [("Nobody should build", "Arno Voss")],
        ),
        (
            (
                "Commissioner Pia Laine opened the hearing.",
                "Laine thanked Director Omar Brandt for his report and asked him to stay.",
                "She said: “We will need the figures again next month.”",
            ),
            [("We will need", "Pia Laine")],
        ),
        (
            (
                "Governor Tomas Reyes met the strikers.",
                "Reyes praised the union's chair, Ida Norr, and told her that talks would go on.",
                "“There is a deal to be had here,” he said.",
            ),
            [("There is a", "Tomas Reyes")],
        ),
    ],
)
def test_an_object_pronoun_is_not_its_clause_subject(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a name in the possessive ("Kerr's team") is named in passing: "he said" after it still
# means the person the sentence was about
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The cabinet met on Tuesday, led by Prime Minister Aldo Kerr.",
                "Ministers kept quiet, save for Culture Minister Ivo Brandl, who ran Kerr's"
                " campaign. “I expect a change by spring,” he said.",
            ),
            [("I expect a", "Ivo Brandl")],
        ),
        (
            (
                "Coach Ben Ruddock was fired on Monday.",
                "Assistant coach Tim Sholl took the session, using Ruddock's old drills."
                " “The players know what to do,” he said.",
            ),
            [("The players know", "Tim Sholl")],
        ),
    ],
)
def test_a_possessive_name_does_not_take_the_pronoun(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# words that describe the person before a name ("Civil rights attorney Jo Fenn") leave the
# name the sentence's subject, whom "he"/"she" then means
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "“You are right,” said Councillor Wes Arden. “We will deal with that.”",
                "Civil rights attorney Jo Fenn spoke first, and he denounced the vote. He said"
                " the council could not talk of openness “when you start out with none.”",
            ),
            [
                ("You are right,", "Wes Arden"),
                ("We will deal", "Wes Arden"),
                ("when you start", "Jo Fenn"),
            ],
        ),
        (
            (
                "“It was a fair count,” said Mayor Ruth Calder.",
                "Former county clerk Nadia Perl disagreed. She said the count was “done in a"
                " hurry and behind closed doors.”",
            ),
            [("It was a", "Ruth Calder"), ("done in a", "Nadia Perl")],
        ),
    ],
)
def test_a_description_before_the_name_keeps_it_the_subject(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a surname alone later in the paragraph that introduced the full name is that person
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Paul Lund, a former candidate, organised a protest. When he ran out of time,"
                " Lund said, “You are in the pocket of the builders.”",
            ),
            [("You are in", "Paul Lund")],
        ),
        (
            (
                "Harbour pilot Maren Oddsen, who has worked the strait for years, was angry."
                " Asked about the new rules, Oddsen said: “They were written by people who"
                " never sailed.”",
            ),
            [("They were written", "Maren Oddsen")],
        ),
    ],
)
def test_a_surname_after_its_full_name_in_one_paragraph(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Gov. Ana Ruiz" makes her the governor, so a later "the governor added" is hers; and an
# office no one was named with ("the Prime Minister said") is the subject's, named without it
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The state's first cases prompted Gov. Ana Ruiz to declare an emergency.",
                "“It is here,” Ruiz said at a news conference.",
                "“I have signed an order to slow the spread,” the governor added.",
            ),
            [("It is here,", "Ana Ruiz"), ("I have signed", "Ana Ruiz")],
        ),
        (
            (
                "Sen. Bo Lindqvist filed the bill on Monday.",
                "“This is about clean water,” the senator said.",
            ),
            [("This is about", "Bo Lindqvist")],
        ),
        (
            (
                "The country will never bow to threats, Oskar Hale vowed, as he condemned the"
                " attack.",
                "“Tonight our thoughts are with the families,” the Prime Minister said.",
            ),
            [("Tonight our thoughts", "Oskar Hale")],
        ),
    ],
)
def test_an_office_resolves_to_its_holder(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Ms Kerr was speaking at a news conference …": a quotation standing alone next is hers
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Ms Dalby was speaking at a press conference in Oslo with the visiting"
                " minister Tor Hamre, but confirmed she would fly home tonight to chair the"
                " crisis committee.",
                "“I have been briefed by the police about this appalling attack.”",
            ),
            [("I have been", "Dalby")],
        ),
        (
            (
                "Mayor Ken Abara was speaking outside the town hall after the vote, flanked by"
                " the council's two deputies and the city engineer, Rosa Lind.",
                "“The bridge will reopen on Monday, and not a day later.”",
            ),
            [("The bridge will", "Ken Abara")],
        ),
    ],
)
def test_a_person_speaking_then_a_quotation(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a name's boundaries: an owner before it ("Acme's Dana Kerr") or the country of an office
# ("the envoy for Arcadia Dana Kerr") is not part of the person's name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Acme’s Elon Moss took questions on the call.",
                "“My apologies for the last call,” Moss said, as he took the first question.",
            ),
            [("My apologies for", "Elon Moss")],
        ),
        (
            (
                "The police department’s Doug Nieman, deputy chief of the bureau, gave details.",
                "Nieman also said “this event was not like others we have seen.”",
            ),
            [("this event was", "Doug Nieman")],
        ),
        (
            (
                "The regime's ambassador to Arcadia Liu Wenbo said: “They are already there.”",
                "“We will not sit on our hands,” Liu said.",
            ),
            [("They are already", "Liu Wenbo"), ("We will not", "Liu Wenbo")],
        ),
    ],
)
def test_a_name_does_not_take_the_word_before_it(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# attribution verbs in other shapes: "was quoted as saying", "testified"
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The paper profiled Mene Palos, the head of research. In it, Palos was quoted"
                " as saying: “Our chief has a lot of years ahead of him.”",
            ),
            [("Our chief has", "Mene Palos")],
        ),
        (
            (
                "Aide Dana Holm appeared before the committee on Thursday.",
                "“I then heard the president ask about the inquiry,” Holm testified.",
            ),
            [("I then heard", "Dana Holm")],
        ),
        (
            ("Former envoy Kurt Vollmer testified that he had “rejected any such link.”",),
            [("rejected any such", "Kurt Vollmer")],
        ),
    ],
)
def test_other_attribution_verbs(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a quotation run on into the next paragraph, attributed after its closing mark there
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "“I am disappointed by the council’s vote. We worked for a compromise.",
                "I was elected to run this city, and we will do our best,” said Mayor Dennis"
                " P. Wolde.",
            ),
            [("I am disappointed", "Dennis P. Wolde")],
        ),
        (
            (
                "“The river has never been this low. We are asking everyone to save water.",
                "The next two weeks will decide it,” the utility’s director, Ana Ferro, said.",
            ),
            [("The river has", "Ana Ferro")],
        ),
    ],
)
def test_a_run_on_quotation_attributed_in_the_next_paragraph(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a short sentence standing alone right after a speaker's quote is theirs ('"Thank you."')
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("“I appreciate that,” said analyst Toni Sacco, in response. “Thank you.”",),
            [("I appreciate that,", "Toni Sacco"), ("Thank you.", "Toni Sacco")],
        ),
        (
            ("“Are we done here?” Judge Ama Osei asked. “Good.”",),
            [("Are we done", "Ama Osei"), ("Good.", "Ama Osei")],
        ),
    ],
)
def test_a_short_sentence_after_a_quote_goes_on(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "0 Comment(s)": a comment count written with "(s)" is the block's header and declared count
@pytest.mark.parametrize(
    ("tail", "declared", "authors"),
    [
        ("0 Comment(s)", 0, []),
        (
            "2 Comment(s)\n\nAnna Kel\nGood news at last.\n\nLi Wen\nAbout time.",
            2,
            ["Anna Kel", "Li Wen"],
        ),
        ("Comment(s) (1)\n\nTomas B\nWe waited long enough.", 1, ["Tomas B"]),
    ],
)
def test_a_comment_count_with_an_optional_plural(
    tail: str, declared: int, authors: list[str]
) -> None:
    text = (
        "Ministers meet on trade\n\nLONDON, May 3 -- Ministers met on Tuesday.\n\n"
        "“We agreed on most points,” said Trade Minister Lan Feng.\n\n" + tail + "\n"
    )
    doc = parse_text(text, origin="trade.txt")
    assert doc.comment_count_declared == declared
    assert [c.author for c in doc.comments] == authors
    assert [q.speaker for q in doc.quotes] == ["Lan Feng"]


# what the person is, capitalised before the name ("Resident Sandy Moll", "City Manager Gary
# Butts"), is not part of the name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Resident Sanna Moll said she had prepared for a foot of water.",
                "“I’m seething,” she said.",
            ),
            [("I’m seething,", "Sanna Moll")],
        ),
        (
            ("“It will take days for the water to recede,” City Manager Gary Bottis said.",),
            [("It will take", "Gary Bottis")],
        ),
        (
            (
                "Wild defenseman Rolf Sutter, who joked about Parvin's sticks, could see the"
                " frustration on his friend’s face.",
                "“He is used to scoring goals,” he said.",
            ),
            [("He is used", "Rolf Sutter")],
        ),
    ],
)
def test_what_the_person_is_before_the_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a sentence that opens on its speech verb: 'Added Senator Dana Kerr (D-Ore.), "…"'
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Added Caucus Vice Chairman Carl Shoemer (N.Y.), “We can’t keep going on forever.”",),
            [("We can’t keep", "Carl Shoemer")],
        ),
        (
            ("Replied Transport Minister Ivana Pols, “The trains will run on time.”",),
            [("The trains will", "Ivana Pols")],
        ),
    ],
)
def test_a_sentence_opening_on_its_verb(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Kerr's full statement:" over a quotation: hers
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Press Secretary Jana Pell said the office was “confident” of a vote.",
                "Pell's full statement:",
                "“After months of talks, the framework is ready and the votes are there.”",
            ),
            [("After months of", "Jana Pell")],
        ),
        (
            (
                "Mayor Tobias Renn answered the auditors on Friday. Renn's written response:",
                "“The figures were checked twice and they stand.”",
            ),
            [("The figures were", "Tobias Renn")],
        ),
    ],
)
def test_a_named_statement_announced_with_a_colon(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# '"…," Vogel said.': a capitalised word alone, never met before, then "said" is who spoke
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Coach Ilse Brandt praised her team.",
                "Vogt has put the ball in the captain's hands on offense.",
                "“He is just playing terrific football,” Vogt said. “It is remarkable.”",
            ),
            [("He is just", "Vogt"), ("It is remarkable.", "Vogt")],
        ),
        (
            ("“The deal is done,” Acmecorp said, without giving figures.",),
            [("The deal is", "Acmecorp")],
        ),
        (
            # (a place or a body's word is no one: "City", "Reuters")
            ("“The roads are closed,” Police said.", "“Stay home tonight,” Reuters added."),
            [("The roads are", None), ("Stay home tonight,", None)],
        ),
    ],
)
def test_a_lone_name_then_said(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# the last sentence of a paragraph about people names whom "he"/"she" means next
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Barely a week ago, Parvin, 35, had scored once in ten games. Veteran defender"
                " Rolf Sutter could see the frustration on his friend's face.",
                "“He is used to scoring goals,” he said.",
            ),
            [("He is used", "Rolf Sutter")],
        ),
        (
            (
                "Mayor Lena Ruiz opened the meeting at noon. Councillor Ada Pryce then read"
                " the motion aloud.",
                "“This is long overdue,” she said.",
            ),
            [("This is long", "Ada Pryce")],
        ),
    ],
)
def test_the_last_sentence_subject_is_the_pronouns(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "LONDON (Reuters) -Acme said …": a hyphen touching the next word still ends the dateline
@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("LONDON (Reuters) -Acmecorp played down talk of a new chief on Monday.", "London"),
        ("OSLO (NTB) -The harbour reopened on Tuesday after the storm.", "Oslo"),
    ],
)
def test_a_dateline_dash_touching_the_text(lead: str, place: str) -> None:
    doc = parse_text(f"Harbour news\n\nBy Ana Lind\n\n{lead}\n", origin="wire.txt")
    assert doc.place == place


# a paper's edition line under the title ("WEST END FINAL") names no place
@pytest.mark.parametrize("edition", ["WEST END FINAL", "LATE EDITION", "City Final"])
def test_an_edition_line_is_no_place(edition: str) -> None:
    text = (
        "Minister vows the port will stay open\n\nPhoto agency\n23 May 2013\n"
        f"{edition}\n\nThe port will stay open, Transport Minister Ole Brandt said on Thursday.\n"
    )
    doc = parse_text(text, origin="paper.txt")
    assert doc.place is None
    assert doc.date is not None and doc.date.isoformat() == "2013-05-23"


# a photo caption with its own date under the title, then "Published: …": the page's date
@pytest.mark.parametrize(
    ("caption", "published", "date"),
    [
        (
            "Governor Ana Voss sits for an interview on Thursday, Dec. 19, 2019.(KTV)",
            "Published: Mar. 12, 2020 at 11:02 AM CDT",
            "2020-03-12",
        ),
        (
            "The mayor at the opening of the bridge on June 2, 2018. (City Hall photo)",
            "Published: 4 July 2021",
            "2021-07-04",
        ),
    ],
)
def test_a_published_line_after_a_caption(caption: str, published: str, date: str) -> None:
    text = (
        f"Emergency declared\n\n{caption}\n{published}\nShare this\n\n"
        "A public health emergency was declared on Thursday by the governor.\n"
    )
    doc = parse_text(text, origin="page.txt")
    assert doc.date is not None and doc.date.isoformat() == date


# an office named before the person: "the ambassador to the union, Gordon Sand," then "the
# ambassador said"; "said the company's lawyer, Dana Kerr"; "said a man who …, Charles Njora"
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The ambassador to the union, Gordon Sand, arrived late.",
                "“I followed the orders,” the ambassador said.",
            ),
            [("I followed the", "Gordon Sand")],
        ),
        (
            ("“We will appeal,” said the company’s lawyer, Dana Kerr.",),
            [("We will appeal,", "Dana Kerr")],
        ),
        (
            ("“It is terrible,” said a man who ran from the scene, Charles Njora.",),
            [("It is terrible,", "Charles Njora")],
        ),
    ],
)
def test_an_office_or_description_before_the_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# ranks abbreviated before a name ("Lt. Gen. Mark Salter") are not the name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("“We are ready,” said Lt. Gen. Mark Salter, the commander.",),
            [("We are ready,", "Mark Salter")],
        ),
        (("Maj. Ines Ordo said: “The road is open again.”",), [("The road is", "Ines Ordo")]),
    ],
)
def test_military_ranks_before_a_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a lone surname never met before: 'said Salter, 54,' and 'Reyes said flatly when …'
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("“We are ready,” said Salter, 54, a veteran of two wars.",),
            [("We are ready,", "Salter")],
        ),
        (
            ("“No,” Reyes said flatly when asked if she would resign.",),
            [("No,", "Reyes")],
        ),
        (
            ("“Prices are falling,” said Porto, the second city of the region.",),
            [("Prices are falling,", None)],
        ),
    ],
)
def test_a_lone_surname_around_said(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# a given name tells "she" from "he": Max Bell is not whom "she" means
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Max Bell, who leads the union, met President Ana Vero. “We have a deal,” she said.",),
            [("We have a", "Ana Vero")],
        ),
        (
            ("Gretchen Hale, who runs the port, met Governor Tom Reyes. “We agreed,” he said.",),
            [("We agreed,", "Tom Reyes")],
        ),
    ],
)
def test_a_given_name_tells_the_pronoun(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# '"…," said another man, who gave no name. He said …': "he" is that man, not one met before
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "“It is terrible,” said Charles Njora, who ran from the scene.",
                "“I have been hiding,” said another man, who did not give his name. He said he"
                " hid in an office. “I didn't see an attacker.”",
            ),
            [("It is terrible,", "Charles Njora"), ("I have been", None), ("I didn't see", None)],
        ),
        (
            (
                "Mayor Ada Linde toured the market.",
                "“We lost everything,” a woman said. She said her stall burned. “Nobody came"
                " to help us.”",
            ),
            [("We lost everything,", None), ("Nobody came to", None)],
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# an age or a party and state set off by commas between the name and its verb
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Lars Moen took over the firm last year.",
                "Moen, 52, who took over last year, said: “We are growing again.”",
            ),
            [("We are growing", "Lars Moen")],
        ),
        (
            ("Sen. Ida Rossi, D-Ore., said the bill was “dead on arrival in this chamber.”",),
            [("dead on arrival", "Ida Rossi")],
        ),
        (
            ("Rep. Tom Wexley, R-Texas, said: “We will not vote for it.”",),
            [("We will not", "Tom Wexley")],
        ),
    ],
)
def test_an_age_or_party_between_name_and_verb(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# the sentence's subject, not the nearest name: a name in an aside or in the account the
# subject gives ("Moe testified that Berg told him '…'") is not who speaks
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Karl Moe, who served under President Ola Berg, said the plan “failed from the start.”",
            ),
            [("failed from the", "Karl Moe")],
        ),
        (
            ("Karl Moe testified that Ola Berg told him the plan was “a done deal by spring.”",),
            [("a done deal", "Karl Moe")],
        ),
        (
            ("Lena Hart said Ivo Sand told her the file was “closed for good.”",),
            [("closed for good.", "Lena Hart")],
        ),
    ],
)
def test_the_subject_not_the_nearest_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# whom "he" means next: the name the sentence opens on, even after an object or an owner
# ("A former aide to Ola Berg, Karl Moe, …", "Ola Berg's former aide Karl Moe"), and not a
# name in a clause hung on it ("…, where Berg had testified")
@pytest.mark.parametrize(
    "first",
    [
        "A former aide to Ola Berg, Karl Moe, appeared before the panel.",
        "Ola Berg's former aide Karl Moe appeared before the panel.",
        "Karl Moe appeared before the panel, where Ola Berg had testified a day earlier.",
        "Karl Moe, a former aide to Ola Berg, appeared before the panel.",
    ],
)
def test_the_subject_is_whom_he_means(first: str) -> None:
    assert said(first, "“I was told to stay quiet,” he said.") == [("I was told", "Karl Moe")]
