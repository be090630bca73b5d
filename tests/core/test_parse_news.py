"""Reports as news sites, wires and blogs lay them out: headlines under page chrome, datelines
and dates in the wires' forms, blog comment blocks. Every document here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.model import Briefing
from tui.core.parse.text import parse_text

LEAD = "The two governments signed a grid agreement on Tuesday after months of talks."


def parse(source: str) -> Briefing:
    return parse_text(source, origin="doc.txt")


# The headline below menus, share buttons, stamps and mastheads a page copy keeps.
TITLE_CASES = [
    (
        "Pages\n\nMonday, March 2, 2026\n\nGrid deal signed in Lusaka\n\n" + LEAD,
        "Grid deal signed in Lusaka",
    ),
    ("Share\n\nGrid deal signed in Lusaka\n\n" + LEAD, "Grid deal signed in Lusaka"),
    (
        "Accessibility links\n\nBreaking News\n\nGrid deal signed in Lusaka\n\n" + LEAD,
        "Grid deal signed in Lusaka",
    ),
    (
        "Posted By : Ana Lima\n\n3/4/2026 10:32:38 AM\n\nGrid deal signed in Lusaka\n\n" + LEAD,
        "Grid deal signed in Lusaka",
    ),
    (
        "a year ago\nGrid deal signed in Lusaka\n#World News\n\n" + LEAD,
        "Grid deal signed in Lusaka",
    ),
    (
        "Notice\n\nCollapse\n\nGrid deal signed in Lusaka after long talks\n\nX\n\n"
        "  • Grid deal signed in Lusaka after long talks\n\n" + LEAD,
        "Grid deal signed in Lusaka after long talks",
    ),
    (
        "Kryeministria e Re\n\nWe will build the grid with our neighbours, says the prime "
        "minister before leaving for the summit\n\n" + LEAD,
        "We will build the grid with our neighbours, says the prime minister before leaving "
        "for the summit",
    ),
    (
        " date 2026-03-02 Other story of the day\nGrid deal signed in Lusaka\n\n" + LEAD,
        "Grid deal signed in Lusaka",
    ),
]


@pytest.mark.parametrize(("source", "title"), TITLE_CASES, ids=[c[0][:20] for c in TITLE_CASES])
def test_headline_under_page_chrome(source: str, title: str) -> None:
    doc = parse(source)
    assert doc.title == title
    assert doc.summary == LEAD


# Datelines as wires write them: place (and date) found, the dateline off the summary.
DATELINE_CASES = [
    ("MAPUTO, March 2. /AGENCY/. The talks resumed.", "Maputo", None),
    ("Windhoek (Namibia), March 8. /AGENCY/. The talks resumed.", "Windhoek, Namibia", None),
    ("LUSAKA, March 2 (ZNA): The talks resumed.", "Lusaka", None),
    ("Cape Town [South Africa], March 2 (SAPA): The talks resumed.", "Cape Town", None),
    ("United Nations, March 2: The talks resumed.", "United Nations", None),
    ("Gaborone (dpa) - The talks resumed.", "Gaborone", None),
    ("HARARE, 02.03.2026 (ZIM) - The talks resumed.", "Harare", dt.date(2026, 3, 2)),
]


@pytest.mark.parametrize(
    ("lead", "place", "date"), DATELINE_CASES, ids=[c[1] for c in DATELINE_CASES]
)
def test_wire_datelines(lead: str, place: str, date: dt.date | None) -> None:
    doc = parse(f"Talks resume on the grid\n\n{lead}\n\nMore text follows here.\n")
    assert doc.place == place
    assert doc.date == date
    assert doc.summary == "The talks resumed."


@pytest.mark.parametrize(
    "before",
    [
        "1 of 4. Engineers inspect a substation outside the capital on March 1, 2026.\n\n"
        "The best pictures of the week.",
        "Reporting by our staff.\n\nOne minute read.\n\nRead the full series on power.",
        "File: Photo\n\nMore pictures · Send us your stories.\n\nSign up for alerts today.",
    ],
)
def test_a_wire_dateline_below_captions_and_bylines(before: str) -> None:
    doc = parse(f"Grid deal signed\n\n{before}\n\nLUSAKA (ZNA) - {LEAD}\n\nMore text.\n")
    assert doc.place == "Lusaka"
    assert doc.summary == LEAD
    assert doc.date is None  # the caption's date is not the report's


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("ZNA / LUSAKA", "Lusaka"),
        ("Zambia News Agency\nZNA\nMarch 2, 2026\n\nBy Ana Lima\n\nLUSAKA", "Lusaka"),
        ("By Ana Lima\n\nNDOLA", "Ndola"),
    ],
)
def test_a_place_line_over_the_lead(header: str, place: str) -> None:
    doc = parse(f"Grid deal signed\n\n{header}\n\n{LEAD}\n")
    assert doc.place == place
    assert doc.summary == LEAD


# Dates: a date line (even repeated or stamped), a labelled date further down, a date
# ending the headline; a year-less dateline leaves the date to the document's metadata.
DATE_CASES = [
    ("Grid deal signed\n\n2 Mar, 2026 2 Mar, 2026\n\n" + LEAD, dt.date(2026, 3, 2)),
    ("Grid deal signed\nMarch 2, 2026 / 9:10 PM / a year ago\n\n" + LEAD, dt.date(2026, 3, 2)),
    (
        "Grid deal signed\n\nZambia News Agency\nMarch 2 2026\n\nLUSAKA, March 2 (ZNA) - " + LEAD,
        dt.date(2026, 3, 2),
    ),
    (
        "Grid deal signed\n\n"
        + LEAD
        + "\n\nNewsDesk (Lusaka) First published March 2, 2026: 1:28 AM",
        dt.date(2026, 3, 2),
    ),
    ("Grid deal signed - 2026-03-02\n\n" + LEAD, dt.date(2026, 3, 2)),
    ("Grid deal signed\n\nLast Update: 2026-03-02 13:22:00\n\n" + LEAD, dt.date(2026, 3, 2)),
    ("Grid deal signed\n\nLUSAKA, March 2 (ZNA) - " + LEAD, None),
]


@pytest.mark.parametrize(("source", "date"), DATE_CASES, ids=[c[0][17:40] for c in DATE_CASES])
def test_dates_as_pages_write_them(source: str, date: dt.date | None) -> None:
    doc = parse(source)
    assert doc.date == date
    assert doc.summary == LEAD


# Blog and news-site comment blocks.
def test_blog_comment_header_and_said_lines() -> None:
    doc = parse(
        "Grid deal signed\n\n" + LEAD + "\n\n2 comments:\n\nTom Reyes said...\n\n"
        'Good news at last. Call it "progress" if you like.\n\nAmina B said...\n\nAbout time.\n'
    )
    assert doc.comment_count_declared == 2
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Tom Reyes", 'Good news at last. Call it "progress" if you like.'),
        ("Amina B", "About time."),
    ]
    assert doc.quotes == ()  # a phrase quoted by a reader is no quote of the report


@pytest.mark.parametrize(
    "tail",
    [
        "No comments:\n\nPost a Comment",
        "No comments:\n\nPost a Comment\n\nThe Grid Blog",
        "No comments:",
    ],
)
def test_no_comments_declares_none(tail: str) -> None:
    doc = parse(f"Grid deal signed\n\n{LEAD}\n\n{tail}\n")
    assert doc.comment_count_declared == 0
    assert doc.comments == ()
    assert not any("declared" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "form",
    [
        "Name :\n\nE-mail :\n\nMessage :\n\nEnter This Code",
        "Leave a Reply\n\nYour name:\nYour email:\n\nPost my comment",
        "Login to comment or vote\n\nAdd a Comment",
    ],
)
def test_a_comment_form_is_not_comments(form: str) -> None:
    doc = parse(f"Grid deal signed\n\n{LEAD}\n\nUser Comments\n\n{form}\n")
    assert doc.comments == ()


@pytest.mark.parametrize("dash", ["-", "—", "–"])
def test_a_name_line_signs_the_quotation_above(dash: str) -> None:
    doc = parse(
        f'Grid deal signed\n\n{LEAD}\n\n"Light is a right, not a favour."\n\n{dash} Ana Lima\n\n'
        "More text follows.\n"
    )
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Light is a right, not a favour.", "Ana Lima")
    ]


def test_a_list_under_a_quotation_stays_a_list() -> None:
    doc = parse(
        f'Grid deal signed\n\n{LEAD}\n\n"Light is a right, not a favour."\n\n'
        "- Energy Security\n- Grid Links\n"
    )
    assert [q.speaker for q in doc.quotes] == [None]
    assert [a.name for a in doc.areas] == ["Energy Security", "Grid Links"]


@pytest.mark.parametrize(
    "furniture",
    [
        "You are here: Home › News › Africa",
        "Updated at: 2026-03-02 13:22",
        "–",
        "Home › World › Grid",
    ],
)
def test_the_summary_is_the_first_real_paragraph(furniture: str) -> None:
    doc = parse(f"Grid deal signed\n\n{furniture}\n\n{LEAD}\n\nMore text follows.\n")
    assert doc.summary == LEAD
    assert [s.heading for s in doc.sections] == [None]


@pytest.mark.parametrize("header", ["· 3 comments", "• 3 Comments", "3 comments:"])
def test_news_site_comment_counts(header: str) -> None:
    doc = parse(
        f"Grid deal signed\n\n{LEAD}\n\n{header}\n\nAli Musa (Kenya)\n\nGood deal for us.\n\n"
        "Jana Novak (Czechia)\n\nAbout time.\n\nLi Wei (China)\n\nWe will see.\n"
    )
    assert doc.comment_count_declared == 3
    assert [c.text for c in doc.comments] == ["Good deal for us.", "About time.", "We will see."]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Code 20417\nPublishDate: Monday, March 2, 2026 10:21", dt.date(2026, 3, 2)),
        ("Published on: 2026-03-02", dt.date(2026, 3, 2)),
        ("Updated at: 02.03.2026 13:31", dt.date(2026, 3, 2)),
    ],
)
def test_a_labelled_date_is_metadata_never_a_place(header: str, date: dt.date) -> None:
    doc = parse(f"{header}\n\nGrid deal signed in Lusaka\n\n{LEAD}\n")
    assert doc.title == "Grid deal signed in Lusaka"
    assert doc.place is None
    assert doc.date == date
    assert doc.summary == LEAD


@pytest.mark.parametrize(
    "top",
    [
        "Mon Mar 2, 2026\nWorld\n\nAFP\nMarch 2, 2026",
        "(ZNA)\nUpdated: 2026-03-02 10:29",
        "Home » Africa » Grid deal signed in Lusaka",
    ],
)
def test_agency_lines_and_breadcrumbs_above_the_headline(top: str) -> None:
    doc = parse(f"{top}\n\nGrid deal signed in Lusaka\n\n{LEAD}\n")
    assert doc.title == "Grid deal signed in Lusaka"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "LUSAKA (ZNA News / Wire - 02nd March, 2026) The two governments signed a deal.",
            "Lusaka",
        ),
        ("Lusaka: The two governments signed a deal, an official said on Monday.", "Lusaka"),
        ("NDOLA (Grid Wire) The two governments signed a grid deal on Monday.", "Ndola"),
    ],
)
def test_datelines_without_a_dash(lead: str, place: str) -> None:
    assert parse(f"Grid deal signed\n\n{lead}\n\nMore.\n").place == place


@pytest.mark.parametrize(
    "lead",
    [
        "Minister: The two governments signed a deal, an official said on Monday.",
        "Kerry: Good morning. I said we would meet and we did.",
        "Question: What did the minister say about the grid deal on Monday?",
    ],
)
def test_a_label_before_a_colon_is_no_place(lead: str) -> None:
    assert parse(f"Grid deal signed\n\n{lead}\n\nMore.\n").place is None


@pytest.mark.parametrize(
    "top",
    ["Skip to main content Skip to navigation", "Skip to content", "Skip to main content"],
)
def test_skip_links_are_not_the_title(top: str) -> None:
    doc = parse(
        f"{top}\n\nGrid deal signed in Lusaka\n\nand agencies\nTue 3 Mar 2026 09.43 EST\n\n{LEAD}\n"
    )
    assert doc.title == "Grid deal signed in Lusaka"
    assert doc.date == dt.date(2026, 3, 3)
