"""More shapes of real news reports (issue 10), found on reports the rules were not tuned on.

Each case is a short report of our own that reproduces the shape.
"""

from __future__ import annotations

import pytest

from tests.core.said import said


# "After meeting X, Y said that '…'": Y, the name straight before the verb, speaks; X is
# not given the words through an aside that is really the next clause's subject
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "After talks with Senator Odo Pellam, Marwood said that "
                '"the bridge will be rebuilt by spring."',
            ),
            [("the bridge will", None)],
        ),
        (
            (
                "Asked about striker Jonas Albeck, Reyes said "
                '"he trains harder than anyone I have had."',
            ),
            [("he trains harder", None)],
        ),
        (
            (
                "Speaking beside Mayor Ruth Okonjo, Dalvik told the crowd "
                '"this park belongs to all of you."',
            ),
            [("this park belongs", None)],
        ),
    ],
)
def test_a_name_before_the_verb_speaks_not_the_one_before_the_comma(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Daniel arap Moi": a lower-case name particle keeps the name whole, so "Moi said" is his
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "President Kiprop arap Tanui opened the fair on Friday.",
                'Beside envoy Lena Voss, Tanui said that "farmers are the country."',
            ),
            [("farmers are the", "Kiprop arap Tanui")],
        ),
        (
            (
                "The village elder, Samuel arap Keino, spoke first.",
                '"We planted before the rains," Keino said.',
            ),
            [("We planted before", "Samuel arap Keino")],
        ),
        (
            (
                "The late Joseph arap Biwott was remembered by Chief Ann Were.",
                '"He built the school," Were said.',
            ),
            [("He built the", "Ann Were")],
        ),
    ],
)
def test_a_lower_case_name_particle_keeps_the_name_whole(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "…, the ministry's spokesman said:" over a quoted paragraph: nobody named speaks it, not the
# person the introducing sentence mentions
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Asked about remarks by Trade Minister Ola Brandt, who was quoted as saying "
                "the port would close, the ministry's spokesman said:",
                '"We have seen no such decision and we expect none."',
            ),
            [("We have seen", None)],
        ),
        (
            (
                "After Councillor Dev Amani criticised the budget on Tuesday, a spokeswoman "
                "for the mayor said:",
                '"The budget was passed by the whole council."',
            ),
            [("The budget was", None)],
        ),
        (
            (
                'Judge Mara Lind had called the delay "regrettable", and the court clerk added:',
                '"The hearing will resume when the files arrive."',
            ),
            [("The hearing will", None)],
        ),
    ],
)
def test_an_unnamed_speaker_before_a_colon_speaks_the_quote_below(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs)[-1:] == expected


def quoted(source: str) -> list[tuple[str, str | None]]:
    """Each quote's first words and its speaker, in a whole document."""
    from tui.core.parse.text import parse_text

    doc = parse_text(source, origin="case.txt")
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in doc.quotes]


# a heading naming a person (shouted, with a role after a comma) speaks the quotation under
# it, also after a short lead-in ending in a colon ("On the budget: “…”")
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Voices from the summit\n\nWhat the guests said on the first day.\n\n"
            "MARTA OSEI, CHAIR OF THE PORT AUTHORITY\n\n"
            "“We will double the cargo we handle by the end of the decade.”\n\n"
            "LUKAS BREM, MAYOR OF TALLO\n\n"
            "On the new ferry line: “It brings the islands an hour closer.”\n",
            [("We will double", "Marta Osei"), ("It brings the", "Lukas Brem")],
        ),
        (
            "Quotes of the week\n\nFive things said in parliament.\n\n"
            "IRENE VAAL, FINANCE SPOKESWOMAN\n\n"
            "On the tax plan: “Nobody on a low wage will pay a cent more.”\n",
            [("Nobody on a", "Irene Vaal")],
        ),
        (
            "Panel notes\n\nThe panel met on Friday.\n\n"
            "Sanjay Rao, Harbour Trust\n\n"
            "On dredging: “The channel silts up faster every year.”\n",
            [("The channel silts", "Sanjay Rao")],
        ),
    ],
)
def test_a_heading_naming_a_person_speaks_the_quote_below(
    source: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quoted(source) == expected


# "Name: “…”" opening a paragraph or a list item: the words are that person's
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Week in review\n\nNotes from the week.\n\n"
            "- Paolo Renzi: “The station will open in June, not before.”\n"
            "- The river rose by a metre on Tuesday.\n",
            [("The station will", "Paolo Renzi")],
        ),
        (
            "Reactions\n\nThe vote was close.\n\n"
            'Hanne Solberg: "We lost by four votes and we will be back."\n',
            [("We lost by", "Hanne Solberg")],
        ),
        (
            "Reading list\n\nA few links.\n\n"
            "* A long read on rail fares.\n"
            "* Omar Haddad: “Cheap tickets fill trains, trains fill towns.”\n",
            [("Cheap tickets fill", "Omar Haddad")],
        ),
    ],
)
def test_a_name_and_a_colon_introduce_the_quote(
    source: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quoted(source) == expected


# '"…," said Hanna, the think-tank expert': one name, known as a person by the job after it
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('"Nobody asked the farmers," said Okoro, the co-operative director, on Monday.',),
            [("Nobody asked the", "Okoro")],
        ),
        (
            (
                'The plan drew doubts. "It will cost twice as much," said Brandis, an '
                "economist at the chamber, who has studied such schemes.",
            ),
            [("It will cost", "Brandis")],
        ),
        (
            (
                '"Prices are falling at last," said Ferreira, the bank\'s chief analyst. '
                '"The drop is not the same in every town," said Porto, the second city.',
            ),
            [("Prices are falling", "Ferreira"), ("The drop is", None)],
        ),
    ],
)
def test_a_single_name_with_a_job_after_it_is_a_person(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


def where_when(source: str) -> tuple[str | None, str | None]:
    from tui.core.parse.text import parse_text

    doc = parse_text(source, origin="case.txt")
    return doc.place, (doc.date.isoformat() if doc.date else None)


# places and dates in the forms wires, ministries and press offices write them
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a shouted place ended by a full stop: "CITY. Month D (Agency) -"
        (
            "12 Mar 2021 09:40\n\nPort strike ends\n\n"
            "ODESSA. March 12 (Interfax) - Dock workers went back to work on Friday, "
            "the union said.\n",
            ("Odessa", "2021-03-12"),
        ),
        (
            "Grain deal signed\n\nKIGALI. June 3, 2019 (Xinhua) - The two countries signed "
            "a grain deal on Monday, officials said.\n",
            ("Kigali", "2019-06-03"),
        ),
        (
            "Snow closes pass\n\nBERN. Jan. 9 (dpa) - Heavy snow closed the pass for a third "
            "day, police said.\n\nPublished: 09.01.2020\n",
            ("Bern", "2020-01-09"),
        ),
        # "(City, Month D, YYYY)" on a line of its own under a press office's heading
        (
            "Daily Press Briefing\n\nStatements by the spokesperson\n\n(Lyon, May 4, 2011)\n\n"
            "The ministry welcomes the agreement signed this morning.\n",
            ("Lyon", "2011-05-04"),
        ),
        (
            "Press statement\n\n(Nairobi, 2 March 2015)\n\n"
            "The embassy will be closed on Monday for the holiday.\n",
            ("Nairobi", "2015-03-02"),
        ),
        (
            "Weekly note\n\nFrom the office of the envoy\n\n(Geneva, October 30, 2018)\n\n"
            "The envoy met both delegations today.\n",
            ("Geneva", "2018-10-30"),
        ),
        # a labelled release date, a date after "Source:", one near "published … on"
        (
            "Breadcrumb\n\nHome\n\nRemarks at the opening\n\nRelease Date: April 2, 2016\n\n"
            "Good morning and welcome.\n",
            (None, "2016-04-02"),
        ),
        (
            "Flood aid arrives\n\nSource: Xinhua | 03-14-2012 10:05\n\n"
            "Aid reached the flooded valley on Wednesday.\n",
            (None, "2012-03-14"),
        ),
        (
            "Minister welcomes talks\n\nThe following statement was published by the Ministry "
            "of Trade on Sept. 14, 2009. It is reproduced below.\n\nThe minister welcomed "
            "the talks.\n",
            (None, "2009-09-14"),
        ),
        # a site's menu, one shouted word a line, is no place
        (
            "Daily News\nHOME\nWORLD\nSCI-TECH\nSPORTS\n\nBridge reopens\n\n"
            "The bridge reopened on Monday after repairs.\n",
            (None, None),
        ),
        (
            "Site\nNEWS\nPOLITICS\nGOSSIP\n\nCouncil meets\n\nThe council met on Monday.\n",
            (None, None),
        ),
        (
            "Menu\nLOCAL\nTRAVEL\n\nFerry delayed\n\nThe ferry left two hours late.\n",
            (None, None),
        ),
        # a place and a date ending the title, as ministries write them
        (
            "Briefing by the Foreign Ministry Spokesman, Minsk, June 11, 2024\n\n"
            "Table of contents\n\n1. The minister's visit\n",
            ("Minsk", "2024-06-11"),
        ),
        (
            "Remarks by the Minister at the forum, Astana, March 3, 2022\n\n"
            "Colleagues, thank you for coming.\n",
            ("Astana", "2022-03-03"),
        ),
        (
            "Interview of the Deputy Minister to the press, Baku, 5 May 2023\n\n"
            "Question: How were the talks?\n",
            ("Baku", "2023-05-05"),
        ),
    ],
)
def test_places_and_dates_as_wires_and_ministries_write_them(
    source: str, expected: tuple[str | None, str | None]
) -> None:
    assert where_when(source) == expected


def quotes_of(source: str) -> list[tuple[str, str, str | None]]:
    """Each quote's first and last words and its speaker, in a whole document."""
    from tui.core.parse.text import parse_text

    doc = parse_text(source, origin="case.txt")
    out = []
    for q in doc.quotes:
        words = q.text.rstrip("”’\"' ").split()
        out.append((" ".join(words[:3]), " ".join(words[-2:]), q.speaker))
    return out


# British style: single marks outermost, a quotation over paragraphs opens each with ‘ and
# closes only at its end (with ’, or with a double mark typed by mistake)
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Statement on the floods\n\nThe council issued this on Monday.\n\n"
            "‘We have opened three shelters in the north of the city tonight.\n\n"
            "‘Crews will work through the weekend until the water goes down.’\n",
            [("We have opened", "goes down.", None)],
        ),
        (
            "Note to the press\n\nThe embassy said on Friday.\n\n"
            "‘Two of our staff were hurt in the crash this morning.\n\n"
            "‘Both are now in hospital and their families have been told.”\n",
            [("Two of our", "been told.", None)],
        ),
        (
            "Club statement\n\nThe club wrote to members.\n\n"
            "‘The ground’s roof will be mended before the new season starts.\n\n"
            "‘Season tickets bought already stay valid for every home match.’\n\n"
            "Members can ask questions at the meeting.\n",
            [("The ground’s roof", "home match.", None)],
        ),
    ],
)
def test_a_single_marked_quote_runs_over_paragraphs(
    source: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes_of(source) == expected


# "I will read the statement made by Minister X on Monday:" then the words: X's
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Daily briefing\n\nThe spokesman opened the briefing.\n\n"
            "I will read the statement made by Health Minister Clara Dunne on Monday, May 3:\n\n"
            "“The new hospital will open its doors to patients in the autumn.”\n",
            [("The new hospital", "the autumn.", "Clara Dunne")],
        ),
        (
            "Briefing notes\n\nFirst item.\n\n"
            "Here is the message from Ambassador Tomas Ek:\n\n"
            "“Our embassy stays open and our staff stay at their posts.”\n",
            [("Our embassy stays", "their posts.", "Tomas Ek")],
        ),
        (
            "Briefing notes\n\nSecond item.\n\n"
            "I will read the statement made on Saturday, April 28:\n\n"
            "“The talks will resume next week in the capital.”\n",
            [("The talks will", "the capital.", None)],
        ),
    ],
)
def test_a_statement_read_out_is_its_authors(
    source: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes_of(source) == expected


# "Separately, the House Finance Committee Chairman X asked …" then "he added": X, the
# subject, though the body his office belongs to stands before his name
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                '"The budget is sound," Finance Minister Rula Haddad told reporters.',
                "Separately, the House of Delegates Speaker Omar Bekele asked members to wait.",
                "He reminded them of the last vote.",
                '"We must read it before we pass it," he added.',
            ),
            [("The budget is", "Rula Haddad"), ("We must read", "Omar Bekele")],
        ),
        (
            (
                '"Rates will stay where they are," central bank governor Ines Moro said.',
                "Meanwhile, the Union of Shipowners chairman Piet Lund called for a cut.",
                '"Firms cannot borrow at these prices," he said.',
            ),
            [("Rates will stay", "Ines Moro"), ("Firms cannot borrow", "Piet Lund")],
        ),
        (
            (
                '"The roads are clear," police chief Arno Veld said on Monday.',
                "Later, the Red Cross regional director Maud Stein visited the shelters.",
                '"People need blankets more than food," she said.',
            ),
            [("The roads are", "Arno Veld"), ("People need blankets", "Maud Stein")],
        ),
    ],
)
def test_an_office_holder_after_the_body_of_the_office_is_the_subject(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


def title_of(source: str) -> str:
    from tui.core.parse.text import parse_text

    return parse_text(source, origin="case.txt").title


BODY = "The council voted on the plan on Tuesday, officials said.\n\nMore was to follow.\n"


# what a copied web page puts above the headline is not the title
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a photo caption and its alt text, one under the other
        (
            "Back To Top\nNational\n\nHarbour tax scrapped\n\nBy Ana Reis\n"
            "The mayor speaks to reporters on Monday. (Photo)\n"
            "The mayor speaks to reporters on Monday. (Photo)\n\n" + BODY,
            "Harbour tax scrapped",
        ),
        (
            "Menu\n\nA ferry crosses the bay at dawn in the winter light\n"
            "A ferry crosses the bay at dawn in the winter light\n\n"
            "Ferry fares to rise in spring\n\n" + BODY,
            "Ferry fares to rise in spring",
        ),
        (
            "Home\n\nSchool year to start later\n\nPupils queue at the gate in the rain.\n"
            "Pupils queue at the gate in the rain.\n\n" + BODY,
            "School year to start later",
        ),
        # the headline with the site's name, then the headline alone
        (
            "Tracker\nTrams return to the old town – City Daily\n\n"
            "Trams return to the old town\n\n" + BODY,
            "Trams return to the old town",
        ),
        (
            "Ads\nWater prices frozen for a year | The Courier\n\n"
            "Water prices frozen for a year\n\n" + BODY,
            "Water prices frozen for a year",
        ),
        # a site's menu glued into one line, a menu of languages, a row of labels
        (
            "NewsSportBusinessWeather TravelCulture HealthScience PoliticsWorld\n"
            "May 4, 2015 / 9:10 AM\n\nPort reopens after strike\n\n" + BODY,
            "Port reopens after strike",
        ),
        (
            "English Français Русский العربية 中文\n\nPress conference on 3 May\n\n" + BODY,
            "Press conference on 3 May",
        ),
        (
            "Source : Gazette Date : Page : 4 Author : NA\n\nBudget notes\n\n" + BODY,
            "Budget notes",
        ),
        # a blog's name over the date line over the headline
        (
            "Valley Watch\n\nMonday, March 2, 2015\n\nCouncil Cuts Library Hours\n\n" + BODY,
            "Council Cuts Library Hours",
        ),
        (
            "Notes from the Coast\n\nJune 9, 2018\n\nThe ferry that never came\n\n" + BODY,
            "The ferry that never came",
        ),
        (
            "Budget approved\n\nMarch 3, 2020\n\nThe council approved the budget.\n",
            "Budget approved",
        ),
        # labels and buttons: a release's kicker, "close", "2 mins to read"
        (
            "News release\n\n15 April 2014\nMinister opens new ward\n\n" + BODY,
            "Minister opens new ward",
        ),
        (
            "close\nMENU\n2 mins to read\n\nRail link delayed again\n\n" + BODY,
            "Rail link delayed again",
        ),
        (
            "select languages\n\nMedia release\n\nNew bridge named\n\n" + BODY,
            "New bridge named",
        ),
    ],
)
def test_page_chrome_above_the_headline_is_not_the_title(source: str, expected: str) -> None:
    assert title_of(source) == expected


# a speaker's words reported in a short sentence that names no one, then a quotation with no
# attribution: still theirs; a sentence naming someone else ends that
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                '"We will build the school this year," Mayor Lina Koss said.',
                "She said the money was already there.",
                "Parents had waited long enough.",
                '"The children deserve a roof that does not leak."',
            ),
            [("We will build", "Lina Koss"), ("The children deserve", "Lina Koss")],
        ),
        (
            (
                "Coach Ben Aldo spoke after the match.",
                "He said the team had played its best half of the season.",
                "The second half was another story.",
                '"We stopped running and they punished us for it."',
            ),
            [("We stopped running", "Ben Aldo")],
        ),
        (
            (
                '"Prices will fall," said Finance Minister Eva Lund.',
                "She said the winter had been hard.",
                "Economist Tom Reid disagreed with the forecast.",
                '"Nothing in the figures says so."',
            ),
            [("Prices will fall,", "Eva Lund"), ("Nothing in the", "Tom Reid")],
        ),
    ],
)
def test_reported_speech_naming_no_one_keeps_the_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


GOV = (
    "U.S. flag\n\nAn official website of the United States government\n\n"
    "Official websites use .gov\nA .gov website belongs to an official government "
    "organization in the United States.\n\nSecure .gov websites use HTTPS\n\n"
)


# a government site's banner, a numbered trail of links, and a release's place line
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            GOV + "Remarks by the Secretary at the Port Summit\n\nRelease Date: May 2, 2016\n\n"
            "Baltimore, Md.\n\nThank you all for coming.\n",
            ("Remarks by the Secretary at the Port Summit", "Baltimore, Md.", "2016-05-02"),
        ),
        (
            GOV + "Breadcrumb\n\n  1. Home\n  2. News\n  3. Statement on the storm\n\n"
            "Statement on the storm\n\nRelease Date: August 30, 2017\n\n"
            "Houston, Texas\n\nOur teams are on the ground.\n",
            ("Statement on the storm", "Houston, Texas", "2017-08-30"),
        ),
        (
            "  1. Home\n  2. Press\n\nAgency opens new office\n\nPublished: 4 June 2019\n\n"
            "Denver, Colo.\n\nThe office opens on Monday.\n",
            ("Agency opens new office", "Denver, Colo.", "2019-06-04"),
        ),
    ],
)
def test_a_government_page_keeps_its_title_date_and_place(
    source: str, expected: tuple[str, str | None, str | None]
) -> None:
    from tui.core.parse.text import parse_text

    doc = parse_text(source, origin="case.txt")
    assert (doc.title, doc.place, doc.date.isoformat() if doc.date else None) == expected
