"""Title, place and date lines of real wire and news-site copies (issue 10), as a third set of
real articles showed them; every document is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.model import Briefing
from tui.core.parse.text import parse_text


def parse(source: str) -> Briefing:
    return parse_text(source, origin="doc.txt")


# A date line under the title says when the report was written; a full date deep in the
# lead's prose ("the briefing from April 1") is only what happened then
@pytest.mark.parametrize(
    ("source", "date"),
    [
        (
            "Ministry thanks its partners\n\n6 Apr, 2011 02:49 / Updated 14 years ago\n\n"
            "The ministry is grateful for the messages it received after the floods in the "
            "north, its spokesman said.\n\nWe publish the full text of the briefing given on "
            "March 30, 2011 below.\n",
            dt.date(2011, 4, 6),
        ),
        (
            "Harbour plan approved\n\nTuesday 12 May 2020 10:15\n\nThe council approved the "
            "plan that the port authority first put forward at its meeting of January 8, 2019, "
            "after a long debate about the costs.\n",
            dt.date(2020, 5, 12),
        ),
        (
            "Rail strike ends\n\nPublished: 3 March 2022\n\nUnions and the operator signed a deal "
            "late on Wednesday, ending a dispute that began with a walkout on October 4, 2021 "
            "and cost the region dearly.\n",
            dt.date(2022, 3, 3),
        ),
        (
            "Mill sold\n\nNovember 20, 2019\n\nOn Nov. 18, 2019, the owners of the old mill "
            "agreed to sell it to the town.\n",
            dt.date(2019, 11, 20),
        ),
    ],
)
def test_a_date_line_beats_a_date_in_the_leads_prose(source: str, date: dt.date) -> None:
    assert parse(source).date == date


# "BY ANA LIMA - 11/18/19 11:04 PM EST": a byline with a two-digit-year date and a time
@pytest.mark.parametrize(
    ("source", "date"),
    [
        (
            "Man admits threats\n\nBY ANA LIMA - 11/18/19 11:04 PM EST\n\nA man admitted on "
            "Monday that he threatened a councillor.\n",
            dt.date(2019, 11, 18),
        ),
        (
            "Dam opens early\n\nBy Tom Reyes - 03/07/21 06:30 AM\n\nThe new dam opened a week "
            "ahead of plan.\n",
            dt.date(2021, 3, 7),
        ),
        (
            "Fares frozen\n\nBy Kim Osei, 25/01/23 14:05\n\nBus fares will not rise this year, "
            "the city said.\n",
            dt.date(2023, 1, 25),
        ),
    ],
)
def test_a_two_digit_year_in_a_byline(source: str, date: dt.date) -> None:
    assert parse(source).date == date


# "PTI, Washington," over the date line: the agency, then the place
@pytest.mark.parametrize(
    ("source", "place"),
    [
        (
            "Talks stall again\n\nPTI, Washington,\nUpdated: Nov 20 2019, 10:18 ist\n\n"
            "Negotiators left without a deal.\n",
            "Washington",
        ),
        (
            "Rupee steadies\n\nReuters, Mumbai\nMar 3 2021\n\nThe rupee held its ground on "
            "Wednesday.\n",
            "Mumbai",
        ),
        (
            "Quake felt in capital\n\nAFP, Lima,\n5 June 2018\n\nBuildings shook for a minute.\n",
            "Lima",
        ),
    ],
)
def test_an_agency_then_the_place(source: str, place: str) -> None:
    assert parse(source).place == place


# "Wednesday 20 November 2019 06:37, UK": the zone after the time is not a place, and
# "Site.Net - …" opening the lead names a website, not a place
@pytest.mark.parametrize(
    "source",
    [
        "Coach appointed\n\nWednesday 20 November 2019 06:37, UK\n\nThe club named its new "
        "coach on Wednesday.\n",
        "Storm warning\n\nFriday 3 January 2020 18:02, UK\n\nForecasters warned of gales.\n",
        "Rights group counts dead\n\nNewsRegion.Net - Verified footage shows the police firing "
        "on crowds in several towns, a rights group said on Tuesday.\n",
        "Fuel protests spread\n\nDailyPost.ge - Protests over fuel prices spread to a dozen towns "
        "on Sunday, witnesses said.\n",
    ],
)
def test_no_place_from_a_time_zone_or_a_website(source: str) -> None:
    assert parse(source).place is None


# "30/08/2024 | Press release | Distributed by X on 30/08/2024 17:45": a row of labels with a
# date is a date line, and a body's long name over it is not the title
@pytest.mark.parametrize(
    ("source", "title", "date"),
    [
        (
            "Results\n\nMinistry of Foreign Affairs of the Republic of Utopia\n\n"
            "30/08/2024 | Press release | Distributed by Public on 30/08/2024 17:45\n\n"
            "Weekly briefing by the spokesperson\n\nGood afternoon. The minister travels to "
            "Lisbon on 3rd September 2024.\n",
            "Weekly briefing by the spokesperson",
            dt.date(2024, 8, 30),
        ),
        (
            "Department of Water of the Northern Province\n\n24/02/2021 | Statement\n\n"
            "Dam levels return to normal\n\nLevels at all dams are back to normal, the "
            "department said after checks on 1 March 2021.\n",
            "Dam levels return to normal",
            dt.date(2021, 2, 24),
        ),
        (
            "Harbour fees to fall\n\nNov 20, 2019 | Business | 3 min read\n\nHarbour fees fall "
            "next year.\n",
            "Harbour fees to fall",
            dt.date(2019, 11, 20),
        ),
    ],
)
def test_a_row_of_labels_with_a_date(source: str, title: str, date: dt.date) -> None:
    doc = parse(source)
    assert (doc.title, doc.date) == (title, date)


# A blog post's comments with no header over them: "Name said..." (or "Blogger Name
# said...", the platform's icon label first), the words, then the time
@pytest.mark.parametrize(
    ("source", "authors"),
    [
        (
            "Saturday, March 7, 2009\n\nOn fences\n\nGood fences make good neighbours, or so "
            "they say.\n\nBlogger Mirela K. said...\n\nI could not agree more.\n\n12:13 PM\n",
            ["Mirela K."],
        ),
        (
            "Notes from the allotment\n\nThe beans failed again this year.\n\nTom Harker said..."
            "\n\nTry them in the shade next time.\n\n9:02 AM\n\nJune Abbot said...\n\nMine did "
            "the same!\n\n10:40 AM\n",
            ["Tom Harker", "June Abbot"],
        ),
        (
            "Why I walk\n\nEvery morning I walk to the river and back.\n\nanon said...\n\nSame "
            "here, rain or shine.\n\n7:15 PM\n",
            ["anon"],
        ),
    ],
)
def test_blog_comments_without_a_header(source: str, authors: list[str]) -> None:
    doc = parse(source)
    assert [c.author for c in doc.comments] == authors
    assert all("said" not in p for p in doc.summary.split("\n\n"))


# "By Ana Lima – LUSAKA (ZNA) – Zambia opened …" under the title: the lead with its byline
# first, not a byline line to drop
@pytest.mark.parametrize(
    ("source", "place", "summary"),
    [
        (
            "Dam opens\n\nBy Ana Lima – LUSAKA (ZNA) – Zambia opened the dam on Friday.\n\n"
            "More text here.\n",
            "Lusaka",
            "Zambia opened the dam on Friday.",
        ),
        (
            "Port strike\n\nBY TOM REYES - DURBAN (SAPA) - Dock workers walked out on Monday "
            "over pay.\n",
            "Durban",
            "Dock workers walked out on Monday over pay.",
        ),
        (
            "Bridge closed\n\nBy Mia Tork — KAUNAS, Lithuania (AP) — The old bridge was closed "
            "to traffic on Sunday.\n",
            "Kaunas, Lithuania",
            "The old bridge was closed to traffic on Sunday.",
        ),
    ],
)
def test_a_byline_before_the_dateline_opens_the_lead(source: str, place: str, summary: str) -> None:
    doc = parse(source)
    assert (doc.place, doc.summary) == (place, summary)


# "NEW YORK, March 12, 2024 /PRNewswire/ -- Acme …": the dash after the slashed agency goes
# with the dateline, not into the lead
@pytest.mark.parametrize(
    ("source", "place", "summary"),
    [
        (
            "Results out\n\nNEW YORK, March 12, 2024 /PRNewswire/ -- Acme Corp. announced its "
            "results.\n",
            "New York",
            "Acme Corp. announced its results.",
        ),
        (
            "Plant expands\n\nLONDON, May 2, 2023 /PRNewswire/ — The group said it would add a "
            "second line.\n",
            "London",
            "The group said it would add a second line.",
        ),
        (
            "Grant awarded\n\nTORONTO, Jan. 9, 2022 /CNW/ – The foundation awarded its first "
            "grant.\n",
            "Toronto",
            "The foundation awarded its first grant.",
        ),
    ],
)
def test_a_slashed_agency_then_a_dash(source: str, place: str, summary: str) -> None:
    doc = parse(source)
    assert (doc.place, doc.summary) == (place, summary)


# "Washington, DC, United States: Getting to …": a place named in parts, then a colon
@pytest.mark.parametrize(
    ("source", "place"),
    [
        (
            "Moon bids\n\nWashington, DC, United States: Getting there is hard.\n",
            "Washington, DC, United States",
        ),
        (
            "Blast\n\nKabul, Afghanistan: Two soldiers were killed on Monday.\n",
            "Kabul, Afghanistan",
        ),
        ("Museum\n\nParis, France: The museum reopened its doors.\n", "Paris, France"),
    ],
)
def test_a_place_in_parts_then_a_colon(source: str, place: str) -> None:
    assert parse(source).place == place
