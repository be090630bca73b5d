"""Datelines, dates and leads in the forms real reports use (issue 10); every document is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.model import Briefing
from tui.core.parse.text import parse_text


def parse(source: str) -> Briefing:
    return parse_text(source, origin="doc.txt")


# "Mumbai, Apr 22 (PTI) Union Minister …": place, date and agency, then the text, no dash
@pytest.mark.parametrize(
    ("source", "place", "summary"),
    [
        (
            "Ferry fares to rise\n\nPune, Apr 22 (PTI) The state transport board on Friday "
            "raised ferry fares by a tenth across the coast.\n\nMore later.\n",
            "Pune",
            "The state transport board on Friday raised ferry fares by a tenth across the coast.",
        ),
        (
            "Minister hints at shift\n\nLONDON, July 13 (Reuters) A junior minister has "
            "suggested a change in course on fishing quotas this summer.\n",
            "London",
            "A junior minister has suggested a change in course on fishing quotas this summer.",
        ),
        (
            "Port reopens\n\nDurban, 4 March (Xinhua) Cargo ships were back at the quays of the "
            "southern port by noon on Wednesday.\n",
            "Durban",
            "Cargo ships were back at the quays of the southern port by noon on Wednesday.",
        ),
    ],
)
def test_place_date_and_agency_without_a_dash(source: str, place: str, summary: str) -> None:
    doc = parse(source)
    assert doc.place == place
    assert doc.summary == summary


# "New Delhi: Union Minister … on Saturday denied …": a place in mixed case before a colon,
# trusted when the lead tells when something happened
@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "New Delhi: The transport minister on Saturday denied reports of a fare rise.",
            "New Delhi",
        ),
        ("Lagos: Dock workers on Monday ended a strike that had lasted three weeks.", "Lagos"),
        ("Hanoi: The central bank cut its main rate yesterday for the second time.", "Hanoi"),
    ],
)
def test_a_mixed_case_place_before_a_colon(lead: str, place: str) -> None:
    assert parse(f"Fares stay put\n\n{lead}\n").place == place


def test_a_question_after_a_label_is_still_no_place() -> None:
    assert parse("Briefing notes\n\nQuestion: Will the fares rise on Monday?\n").place is None


# "New Delhi, September 8" on a line of its own over the lead; a date line below page chrome
@pytest.mark.parametrize(
    ("source", "place", "date"),
    [
        (
            "No reshuffle till the vote, says premier\nStaff Reporter\n\nNew Delhi, September 8\n"
            "The premier said today that this was the last change to his cabinet.\n",
            "New Delhi",
            None,
        ),
        (
            "Bridge shut for repairs\nBy Ana Lima\n\nKisumu, 12 May\n\nThe old lake bridge will "
            "be closed to lorries from Monday, engineers said.\n",
            "Kisumu",
            None,
        ),
        (
            "Market slips\n\nAgency News| Jun 13, 2020 07:26 PM IST\nMumbai, Jun 13 (PTI) "
            "Shares fell for a third day on Saturday as banks lost ground.\n",
            "Mumbai",
            dt.date(2020, 6, 13),
        ),
    ],
)
def test_a_dateline_on_its_own_line_and_a_stamp_above(
    source: str, place: str, date: dt.date | None
) -> None:
    doc = parse(source)
    assert (doc.place, doc.date) == (place, date)


# a photo caption is neither the dateline nor the summary; a wire dateline above one stays
@pytest.mark.parametrize(
    ("source", "place", "date", "summary_starts"),
    [
        (
            "Senators split on budget\n\nUNITED STATES - MAY 19: Senators leave the chamber "
            "after a vote, May 19, 2015. (Photo By Ana Reyes/Capitol Pool)\n\n"
            '"Foolish" is how one senator described the plan on Tuesday.\n',
            None,
            None,
            '"Foolish"',
        ),
        (
            "Iran deal holds\n\nLONDON (Reuters) —\nThe foreign secretary speaks to reporters "
            "outside the embassy on Sunday. (REUTERS/Dana Poole/Pool)\n\n"
            "The foreign secretary said on Monday the deal should be given a chance.\n",
            "London",
            None,
            "The foreign secretary speaks",
        ),
        (
            "Floods recede\n\nFILE - In this Oct. 24, 2019, file photo, rescuers wade through a "
            "street. (AP Photo/Lu Chen, File)\n\nWASHINGTON (AP) — Flood waters fell across the "
            "region on Wednesday as rain moved east.\n",
            "Washington",
            None,
            "Flood waters fell",
        ),
    ],
)
def test_a_photo_caption_is_not_the_dateline(
    source: str, place: str | None, date: dt.date | None, summary_starts: str
) -> None:
    doc = parse(source)
    assert (doc.place, doc.date) == (place, date)
    assert doc.summary.startswith(summary_starts)


# "RAJANPUR , (Agency / News - 22nd Apr, 2020 ) :Text": a place in capitals, the agency and
# the date in brackets, a colon; a label with a bar is never a place
@pytest.mark.parametrize(
    ("lead", "place", "date"),
    [
        (
            "MULTAN , (Point News - 22nd Apr, 2020 ) :The provincial health minister visited "
            "the quarantine centre on Wednesday.",
            "Multan",
            dt.date(2020, 4, 22),
        ),
        (
            "QUETTA, (City News / Agency - 3rd May, 2021 ): Schools will reopen next week, the "
            "education department said.",
            "Quetta",
            dt.date(2021, 5, 3),
        ),
        (
            "SUKKUR (Local Desk - 9th June, 2019) The river rose by two feet overnight, the "
            "irrigation office said.",
            "Sukkur",
            dt.date(2019, 6, 9),
        ),
    ],
)
def test_a_place_in_capitals_with_agency_and_date_in_brackets(
    lead: str, place: str, date: dt.date
) -> None:
    doc = parse(f"River rises\n\n{lead}\n")
    assert (doc.place, doc.date) == (place, date)


def test_a_date_line_below_page_chrome() -> None:
    doc = parse(
        "Minister rules out strikes\n\nFrom the free news site\nJump to navigation\n\n"
        "Tuesday, May 9, 2006\n\nThe new foreign minister today ruled out military action.\n"
    )
    assert doc.date == dt.date(2006, 5, 9)


# a caption closed by a bracketed credit ("[Lu Chen/Xinhua]") gives neither date nor summary
@pytest.mark.parametrize(
    "caption",
    [
        "Premier Dlamini delivers a speech at the regional business summit in Lusaka on Feb. 14, "
        "2012. [Xinhua]",
        "Delegates arrive at the two-day development forum in Accra, Ghana, March 22, 2010. "
        "[Ama Boateng/Xinhua]",
        "Rescue teams search the rubble of the old market in Quito on June 3, 2016. "
        "[Photo/Agencies]",
    ],
)
def test_a_caption_with_a_bracketed_credit(caption: str) -> None:
    doc = parse(
        f"Premier ready to help neighbours, says Dlamini\n\n{caption}\n\n"
        "The country is ready to help its neighbours, Premier Dlamini said on Tuesday.\n"
        "But the neighbours must act too, Dlamini said.\n"
        '"Our help is sincere and it is resolute," Dlamini said at a news conference.\n'
    )
    assert doc.date is None
    assert doc.summary.startswith("The country is ready")


# "08/29/2013 03:27 pm ET Updated Oct 29, 2013": published first, updated later
@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("08/29/2013 03:27 pm ET Updated Oct 29, 2013", dt.date(2013, 8, 29)),
        ("March 2, 2026 10:04 GMT | Updated: March 5, 2026", dt.date(2026, 3, 2)),
        ("14.02.2019, 09:12 · last updated 16.02.2019", dt.date(2019, 2, 14)),
    ],
)
def test_the_date_before_an_update_is_the_published_date(stamp: str, date: dt.date) -> None:
    doc = parse(f"Grid deal signed\n{stamp}\n\nThe two governments signed a grid deal.\n")
    assert doc.date == date


# "By Ana Lima – LUSAKA (ZNA) – …": a byline before the dateline
@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("By Ana Lima – LUSAKA (ZNA) – ", "Lusaka"),
        ("BY JONAS BERG and MARIA LOPES - OSLO (Reuters) - ", "Oslo"),
        ("By Staff Reporter — Kigali, Rwanda — ", "Kigali, Rwanda"),
    ],
)
def test_a_byline_before_the_dateline(head: str, place: str) -> None:
    lead = "The two governments signed a grid agreement after months of talks, officials said."
    doc = parse(f"Grid deal signed\n\n{head}{lead}\n")
    assert (doc.place, doc.summary) == (place, lead)


# "ZIZ News[28th August,2013] — …": a source with the date in brackets, no place
@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("ZIZ News[28th August,2013] — ", dt.date(2013, 8, 28)),
        ("Coast Radio[3rd May, 2021] – ", dt.date(2021, 5, 3)),
        ("Valley TV [9 June 2019] — ", dt.date(2019, 6, 9)),
    ],
)
def test_a_source_with_a_bracketed_date(head: str, date: dt.date) -> None:
    lead = "The prime minister has criticised the opposition over the state visit."
    doc = parse(f"PM criticises opposition\n\n{head}{lead}\n")
    assert (doc.place, doc.date, doc.summary) == (None, date, lead)
