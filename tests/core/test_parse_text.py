"""Plain-text briefings: one test per inference rule, over small varied documents."""

from __future__ import annotations

import datetime as dt

import pytest
from extractor_spy import ExtractorSpy
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.extract import extractor as extract
from tui.core.model import Briefing
from tui.core.parse import parse_text

LEAD = "The two governments signed a broad agreement on Monday, January 19, 2026, in the capital."


def parse(text: str) -> Briefing:
    return parse_text(text, origin="doc.txt")


def doc_with(lead: str, body: str = "") -> str:
    return f"A Title Line\n{lead}\n{body}"


# --- title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("Historic Summit\nSeoul – Leaders met.", "Historic Summit"),
        ("\n\n   Historic Summit   \nText.", "Historic Summit"),
        ("# Historic Summit\nText.", "Historic Summit"),
        ("Title: Historic Summit\nText.", "Historic Summit"),
        ("**Historic Summit**\nText.", "Historic Summit"),
        ("=== Historic Summit ===\nText.", "Historic Summit"),
        ("Historic Summit\n===============\nText.", "Historic Summit"),
        ("Date: 2026-01-19\nTitle: Historic Summit\n\nText.", "Historic Summit"),
    ],
)
def test_title_is_first_line_without_markup(source: str, title: str) -> None:
    assert parse(source).title == title


def test_giant_single_line_takes_first_sentence_as_title() -> None:
    line = "Leaders met in Seoul on January 19, 2026. " + "They talked about many things. " * 40
    doc = parse(line)
    assert doc.title == "Leaders met in Seoul on January 19, 2026"
    assert doc.summary.startswith("Leaders met in Seoul on January 19, 2026. They talked")
    assert any("title" in w for w in doc.warnings)
    assert doc.date == dt.date(2026, 1, 19)


@pytest.mark.parametrize(
    "first",
    [
        "Rome, Italy – Italy and Brazil agreed on Wednesday to cooperate on space. The deal was "
        "signed by ministers of both countries in the capital.",
        "ROME (Reuters) — Italy and Brazil agreed on Wednesday to cooperate on space.",
    ],
)
def test_datelined_lead_on_the_first_line_is_the_lead_not_the_title(first: str) -> None:
    doc = parse(f"{first}\nLater paragraph.\nNext Steps\nBody text.\n")
    assert doc.title == "Italy and Brazil agreed on Wednesday to cooperate on space"
    assert doc.place in ("Rome, Italy", "Rome")
    assert doc.summary.startswith("Italy and Brazil agreed on Wednesday to cooperate on space.")
    assert any("title" in w for w in doc.warnings)


def test_opening_sentence_is_not_cut_at_an_abbreviation() -> None:
    doc = parse(
        "Jakarta - Talks on Oct. 2, 2026, ended with a U.S. deal on nickel. More came later.\n"
    )
    assert doc.title == "Talks on Oct. 2, 2026, ended with a U.S. deal on nickel"


def test_short_datelined_headline_stays_the_title() -> None:
    assert parse("Seoul – Leaders Meet\nSeoul – Leaders met.\n").title == "Seoul – Leaders Meet"


def test_empty_document_is_titled_by_file_name() -> None:
    doc = parse_text("  \n\n ", origin="some/dir/my-brief.txt")
    assert doc.title == "my-brief"
    assert "empty document" in doc.warnings


def test_title_only_warns() -> None:
    doc = parse("Just A Title\n\n\n\n")
    assert doc.title == "Just A Title"
    assert doc.summary == ""
    assert doc.sections == ()
    assert "no text after the title" in doc.warnings


# --- dateline: place, and its removal from the summary ------------------------------------


@pytest.mark.parametrize(
    ("lead", "place", "rest"),
    [
        ("Seoul, South Korea – Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("Seoul, South Korea — Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("Seoul, South Korea―Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("Seoul, South Korea - Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("Seoul, South Korea -- Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("Seoul, South Korea—Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("SEOUL, South Korea (Reuters) — Leaders met.", "Seoul, South Korea", "Leaders met."),
        ("GENEVA — Talks resumed.", "Geneva", "Talks resumed."),
        ("GENEVA (AP) - Talks resumed.", "Geneva", "Talks resumed."),
        ("NEW DELHI: India and Japan agreed.", "New Delhi", "India and Japan agreed."),
        ("WASHINGTON, D.C. — Officials said.", "Washington, D.C.", "Officials said."),
        ("Rio de Janeiro, Brazil – Talks ended.", "Rio de Janeiro, Brazil", "Talks ended."),
        ("SEOUL, Jan 19 (Reuters) - Leaders met.", "Seoul", "Leaders met."),
        ("Brussels, 4 March 2026 — Ministers met.", "Brussels", "Ministers met."),
        ("Dar es Salaam, Tanzania – Talks ended.", "Dar es Salaam, Tanzania", "Talks ended."),
        ("Hong Kong SAR — Officials said.", "Hong Kong SAR", "Officials said."),
        ("DAR ES SALAAM, Tanzania — Talks ended.", "Dar es Salaam, Tanzania", "Talks ended."),
        ("RIO DE JANEIRO — Talks ended.", "Rio de Janeiro", "Talks ended."),
        ("LA PAZ, Bolivia — Talks ended.", "La Paz, Bolivia", "Talks ended."),
        ("Frankfurt (Oder), Germany – Talks ended.", "Frankfurt (Oder), Germany", "Talks ended."),
        ("GENEVA (Reuters), Jan 5 — Talks ended.", "Geneva", "Talks ended."),
    ],
)
def test_dateline_dash_variants(lead: str, place: str, rest: str) -> None:
    doc = parse(doc_with(lead))
    assert doc.place == place
    assert doc.summary == rest


@pytest.mark.parametrize(
    "lead",
    [
        "South Korea and Italy – two old partners – agreed to work together.",
        "President Lee Jae Myung – who hosted the talks – spoke first.",
        "Leaders met in Seoul on Monday to sign a deal.",
        "the talks – long delayed – finally began.",
        "BREAKING — Leaders met.",
    ],
)
def test_no_dateline_means_no_place_and_summary_untouched(lead: str) -> None:
    doc = parse(doc_with(lead))
    assert doc.place is None
    assert doc.summary == lead


# --- date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Monday, January 19, 2026",
        "January 19, 2026",
        "19 January 2026",
        "Jan. 19, 2026",
        "Jan 19 2026",
        "2026-01-19",
        "19th January 2026",
        "January 19th, 2026",
        "19th of January, 2026",
        "Mon., Jan. 19, 2026",
        "19/01/2026",
        "19-Jan-2026",
        "19 January, 2026",
        "the 19th of January 2026",
    ],
)
def test_date_forms_in_lead(written: str) -> None:
    doc = parse(doc_with(f"Seoul – The summit was held on {written} in Seoul."))
    assert doc.date == dt.date(2026, 1, 19)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sept. 3, 2026", dt.date(2026, 9, 3)),
        ("3 Sep 2026", dt.date(2026, 9, 3)),
        ("May 5, 2026", dt.date(2026, 5, 5)),
        ("December 31st, 2025", dt.date(2025, 12, 31)),
        ("05.01.2026", dt.date(2026, 1, 5)),  # dots: day first, as wherever dots are used
    ],
)
def test_more_date_forms(written: str, expected: dt.date) -> None:
    assert parse(doc_with(f"Talks ended on {written}.")).date == expected


@pytest.mark.parametrize(
    "lead",
    [
        "The plan for 2026-2030 was agreed.",  # a period, not a date
        "Trade grew in November 2023.",  # month and year only
        "The meeting was on February 30, 2026.",  # not a real day
        "The meeting was on 03/04/2026.",  # day-month or month-day? not guessed
    ],
)
def test_no_full_date_gives_null(lead: str) -> None:
    assert parse(doc_with(lead)).date is None


def test_date_never_comes_from_body_or_comments() -> None:
    source = (
        "Title Here\nSeoul – Leaders met to talk.\nBackground\n"
        "The first summit was on March 3, 2020.\n2 Comments\nann\nSee you on May 1, 2026.\n"
        "bob\nOk then.\n"
    )
    doc = parse(source)
    assert doc.date is None
    assert len(doc.comments) == 2


def test_lead_date_wins_over_dateline_date() -> None:
    doc = parse(doc_with("Brussels, 4 March 2026 — Ministers met on 2 March 2026 in secret."))
    assert doc.date == dt.date(2026, 3, 2)


def test_dateline_date_when_lead_has_none() -> None:
    doc = parse(doc_with("Brussels, 4 March 2026 — Ministers met in secret."))
    assert doc.date == dt.date(2026, 3, 4)


def test_header_fields_under_title() -> None:
    source = "A Title\nBy Jane Doe\nDate: 2026-01-19\nPlace: Seoul, South Korea\n\nLeaders met.\n"
    doc = parse(source)
    assert (doc.date, doc.place, doc.summary) == (
        dt.date(2026, 1, 19),
        "Seoul, South Korea",
        "Leaders met.",
    )


def test_date_line_under_title_is_a_fallback() -> None:
    doc = parse("A Title\nJanuary 19, 2026\nSeoul – Leaders met.\n")
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary == "Leaders met."


# --- paragraphs: one per line, hard-wrapped, mixed -----------------------------------------

WRAPPED = """Leaders Agree on Trade
Seoul, South Korea – South Korea and Italy agreed on Monday to expand
their cooperation across critical sectors, including artificial
intelligence and space. The deal was signed in Seoul.

Officials said the agreement would take effect next year and that a
joint committee would meet twice a year to review progress.

Key Areas

The two sides named three fields:

- Artificial Intelligence (AI): Both countries will share research
  and set up a joint lab in Milan.
- Space: A joint satellite programme is planned for
  the next decade.

The deal follows years of talks.
"""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    doc = parse(WRAPPED)
    assert doc.place == "Seoul, South Korea"
    assert doc.summary.split("\n\n") == [
        "South Korea and Italy agreed on Monday to expand their cooperation across critical "
        "sectors, including artificial intelligence and space. The deal was signed in Seoul.",
        "Officials said the agreement would take effect next year and that a joint committee "
        "would meet twice a year to review progress.",
    ]
    assert [s.heading for s in doc.sections] == [None, "Key Areas"]
    assert doc.sections[1].paragraphs[0] == "The two sides named three fields:"
    assert doc.sections[1].paragraphs[-1] == "The deal follows years of talks."
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        (
            "Artificial Intelligence",
            "AI",
            "Both countries will share research and set up a joint lab in Milan.",
        ),
        ("Space", None, "A joint satellite programme is planned for the next decade."),
    ]


def test_wrapped_without_blank_lines_breaks_on_short_sentence_end() -> None:
    source = (
        "Leaders Agree on Trade\n"
        "Seoul – South Korea and Italy agreed on Monday to expand their ties in\n"
        "several sectors, including space and defence, after a long day of talks.\n"
        "It was the first visit in two decades.\n"
        "Officials said a joint committee would meet twice a year to review the\n"
        "progress of the plan and report to both leaders.\n"
    )
    doc = parse(source)
    assert doc.sections[0].paragraphs == (
        "Seoul – South Korea and Italy agreed on Monday to expand their ties in several "
        "sectors, including space and defence, after a long day of talks. It was the first "
        "visit in two decades.",
        "Officials said a joint committee would meet twice a year to review the progress of "
        "the plan and report to both leaders.",
    )


def test_one_paragraph_per_line_is_kept_apart() -> None:
    p1 = "Seoul, South Korea – South Korea and Italy have agreed to expand cooperation. " * 2
    p2 = "During their discussions, both leaders emphasized a shared commitment. " * 2
    doc = parse(f"Title\n{p1.strip()}\n{p2.strip()}\n")
    assert len(doc.sections[0].paragraphs) == 2


def test_mixed_blank_lines_and_single_lines() -> None:
    source = (
        "Title\n\nSeoul – First paragraph is one line.\nSecond paragraph is one line too.\n\n"
        "Third paragraph after a blank line.\n"
    )
    doc = parse(source)
    assert doc.sections[0].paragraphs == (
        "Seoul – First paragraph is one line.",
        "Second paragraph is one line too.",
        "Third paragraph after a blank line.",
    )


@pytest.mark.parametrize(
    "source",
    [
        "Title\r\nSeoul – Leaders met.\r\nHeading Here\r\nBody text.\r\n",
        "Title  \nSeoul\u00a0– Leaders met.\t \nHeading Here \nBody text.   \n",
        "\ufeffTitle\n\tSeoul – Leaders met.\nHeading Here\n    Body text.\n",
    ],
)
def test_whitespace_oddities(source: str) -> None:
    doc = parse(source)
    assert doc.title == "Title"
    assert doc.place == "Seoul"
    assert doc.summary == "Leaders met."
    assert [s.heading for s in doc.sections] == [None, "Heading Here"]
    assert doc.sections[1].paragraphs == ("Body text.",)


# --- headings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Key Areas of Expanded Cooperation", "Key Areas of Expanded Cooperation"),
        ("KEY AREAS OF COOPERATION", "KEY AREAS OF COOPERATION"),
        ("Why it matters", "Why it matters"),
        ("Background:", "Background"),
        ("## Trade and Outlook", "Trade and Outlook"),
        ("**Trade and Outlook**", "Trade and Outlook"),
        ("2026 and Beyond", "2026 and Beyond"),
        ("What Comes Next?", "What Comes Next?"),
        ("Why does it matter?", "Why does it matter?"),
    ],
)
def test_heading_forms(line: str, heading: str) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\n{line}\nBody text follows here.\n")
    assert [s.heading for s in doc.sections] == [None, heading]
    assert doc.sections[1].paragraphs == ("Body text follows here.",)


@pytest.mark.parametrize(
    "line",
    [
        "This line ends with a period.",
        "Is this a question that goes on and on for a while?",
        "The two sides agreed on many things over a very long and tiring day of talks",
        "A line that ends with the",
        '"We are ready"',
        "January 20, 2026",
        "The talks were hard. Both sides",
    ],
)
def test_not_headings(line: str) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\n{line}\nBody text follows here.\n")
    assert all(s.heading is None for s in doc.sections)


def test_heading_needs_body_text_after_it() -> None:
    doc = parse("Title\nSeoul – Leaders met.\nClosing Words\n")
    assert [s.heading for s in doc.sections] == [None]
    assert doc.sections[0].paragraphs[-1] == "Closing Words"


def test_heading_followed_by_lowercase_is_a_wrapped_line() -> None:
    doc = parse("Title\nSeoul – Leaders met.\nThe Prime Minister\nsaid the talks went well.\n")
    assert all(s.heading is None for s in doc.sections)
    assert doc.sections[0].paragraphs[-1] == "The Prime Minister said the talks went well."


def test_subtitle_before_dateline_is_not_a_section() -> None:
    source = "Title\nLeaders agree on AI and space\nSeoul – Leaders met.\nMore text.\nNext\nBody.\n"
    doc = parse(source)
    assert doc.summary == "Leaders met.\n\nMore text."
    assert doc.place == "Seoul"
    assert [s.heading for s in doc.sections] == [None, "Next"]
    assert doc.sections[0].paragraphs[0] == "Leaders agree on AI and space"


def test_lead_is_first_paragraph_when_there_are_no_headings() -> None:
    doc = parse("Title\nSeoul – First.\nSecond.\nThird.\n")
    assert doc.summary == "First."
    assert doc.sections[0].paragraphs == ("Seoul – First.", "Second.", "Third.")


# --- areas ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bullet",
    [
        "- Renewable Energy (RE): Utilities will share data.",
        "* Renewable Energy (RE): Utilities will share data.",
        "• Renewable Energy (RE): Utilities will share data.",
        "– Renewable Energy (RE): Utilities will share data.",
        "· Renewable Energy (RE): Utilities will share data.",
        "+ Renewable Energy (RE): Utilities will share data.",
        "1. Renewable Energy (RE): Utilities will share data.",
        "1) Renewable Energy (RE): Utilities will share data.",
        "(1) Renewable Energy (RE): Utilities will share data.",
        "a) Renewable Energy (RE): Utilities will share data.",
        "- Renewable Energy (RE) — Utilities will share data.",
        "- Renewable Energy (RE) – Utilities will share data.",
        "- Renewable Energy (RE) - Utilities will share data.",
        "  - Renewable Energy (RE): Utilities will share data.",
    ],
)
def test_bullet_styles(bullet: str) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\nAreas\nThey named one field:\n{bullet}\n")
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Renewable Energy", "RE", "Utilities will share data.")
    ]


@pytest.mark.parametrize(
    ("bullet", "area"),
    [
        ("- Port Logistics: A new line.", ("Port Logistics", None, "A new line.")),
        ("- Port Logistics — A new line.", ("Port Logistics", None, "A new line.")),
        ("- Port logistics: A new line.", ("Port logistics", None, "A new line.")),
        ("- Off-Grid Solar (OGS): Mini-grids.", ("Off-Grid Solar", "OGS", "Mini-grids.")),
        ("- Artificial intelligence", ("Artificial intelligence", None, "")),
        ("- Artificial intelligence;", ("Artificial intelligence", None, "")),
        ("- Critical Minerals (CM)", ("Critical Minerals", "CM", "")),
        ("• **Port Expansion (PE):** New berths.", ("Port Expansion", "PE", "New berths.")),
    ],
)
def test_area_forms(bullet: str, area: tuple[str, str | None, str]) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\nAreas\nFields:\n{bullet}\n- Space\n")
    assert (doc.areas[0].name, doc.areas[0].short, doc.areas[0].text) == area


def test_sentence_bullets_are_not_areas_but_stay_in_text() -> None:
    bullet = "- Both countries said they would deepen their ties over the coming decade."
    doc = parse(f"Title\nSeoul – Leaders met.\nDetails\nNotes:\n{bullet}\n")
    assert doc.areas == ()
    assert bullet[2:] in doc.sections[1].paragraphs


@pytest.mark.parametrize(
    "point",
    [
        "Japan to lend $1.8 billion over six years.",
        "First berths due in 2027",
        "Talks resume at the next summit.",
    ],
)
def test_short_key_points_are_not_areas(point: str) -> None:
    doc = parse(f"Title\n• {point}\n• Renewable energy.\nSeoul – Leaders met.\n")
    assert [a.name for a in doc.areas] == ["Renewable energy"]


def test_area_bullets_stay_in_section_paragraphs() -> None:
    doc = parse("Title\nSeoul – Met.\nAreas\nFields:\n- Space: Satellites.\n- Energy: Wind.\n")
    assert doc.sections[1].paragraphs == ("Fields:", "Space: Satellites.", "Energy: Wind.")


def test_wrapped_bullets_join_in_single_spaced_text() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nAreas\nFields:\n"
        "- Space and Aviation: Building on existing cooperation, the partnership\n"
        "  will go deeper into Earth observation.\n"
        "- Energy: Wind farms.\n"
        "A closing paragraph that is not a bullet.\n"
    )
    doc = parse(source)
    assert [a.text for a in doc.areas] == [
        "Building on existing cooperation, the partnership will go deeper into Earth observation.",
        "Wind farms.",
    ]
    assert doc.sections[1].paragraphs[-1] == "A closing paragraph that is not a bullet."


def test_indented_numbered_list_with_wrapped_items() -> None:
    source = (
        "Title\n\nGENEVA -- Negotiators agreed on a framework for the waters of the\n"
        "Blue Nile after a decade of talks.\n\nWHAT THE DEAL COVERS\n\n"
        "The framework rests on three pillars:\n\n"
        "  1. Drought Management (DM): Minimum annual releases of 37 billion\n"
        "     cubic metres in dry years.\n"
        "  2. Data Sharing: Real-time flow data will be shared.\n"
        "  3. Dispute Resolution -- A panel will rule within 90 days.\n"
    )
    doc = parse(source)
    assert doc.place == "Geneva"
    assert [s.heading for s in doc.sections] == [None, "WHAT THE DEAL COVERS"]
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        (
            "Drought Management",
            "DM",
            "Minimum annual releases of 37 billion cubic metres in dry years.",
        ),
        ("Data Sharing", None, "Real-time flow data will be shared."),
        ("Dispute Resolution", None, "A panel will rule within 90 days."),
    ]


def test_area_list_chosen_by_its_intro_when_there_are_several_lists() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nKey Figures\nSome numbers:\n- Trade: $12.6 billion.\n"
        "- Visitors: 2 million.\nCooperation\nThe leaders named these areas of cooperation:\n"
        "- Space: Satellites.\n- Energy: Wind.\n"
    )
    assert [a.name for a in parse(source).areas] == ["Space", "Energy"]


def test_bullets_in_comments_are_not_areas() -> None:
    source = "Title\nSeoul – Leaders met.\nComments (1)\n- Ann: Space: great news.\n"
    doc = parse(source)
    assert doc.areas == ()
    assert [(c.author, c.text) for c in doc.comments] == [("Ann", "Space: great news.")]


# --- comments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "declared"),
    [
        ("5 Comments", 5),
        ("2 comments", 2),
        ("1 Comment", 1),
        ("Comments (2)", 2),
        ("Comments: 2", 2),
        ("Comments [2]", 2),
        ("Comments", None),
        ("COMMENTS", None),
        ("Reader comments (2)", 2),
        ("Reader Comments", None),
        ("--- Comments ---", None),
        ("2 Responses", 2),
        ("Comments · 2", 2),
        ("2 comments so far", 2),
        ("Showing 2 comments", 2),
    ],
)
def test_comment_headers(header: str, declared: int | None) -> None:
    source = f"Title\nSeoul – Leaders met.\n{header}\nAnn\nGood.\nBob\nBad.\n"
    doc = parse(source)
    assert doc.comment_count_declared == declared
    assert [(c.author, c.text) for c in doc.comments] == [("Ann", "Good."), ("Bob", "Bad.")]
    assert doc.summary == "Leaders met."
    assert doc.sections[-1].paragraphs[-1] == "Seoul – Leaders met."


@pytest.mark.parametrize(
    "block",
    [
        "Emre K.\nGood news for mills.\nel_tlacuache\nNot sure.\n",
        "Emre K.\n2 hours ago\nGood news for mills.\nel_tlacuache\nYesterday at 10:32\nNot sure.\n",
        "Emre K.\n\nGood news for mills.\n\nel_tlacuache\n\nNot sure.\n",
        "Emre K.\nGood news for mills.\n\nel_tlacuache\nNot sure.\n",
        "Emre K.: Good news for mills.\nel_tlacuache: Not sure.\n",
        "Emre K. · 2 hours ago\nGood news for mills.\nel_tlacuache (3h ago)\nNot sure.\n",
        "Emre K. says:\nGood news for mills.\nReply\nel_tlacuache wrote:\nNot sure.\nReply\n",
        "1. Emre K.\nGood news for mills.\n2. el_tlacuache\nNot sure.\n",
    ],
)
def test_comment_author_forms(block: str) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\nComments\n{block}")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Emre K.", "Good news for mills."),
        ("el_tlacuache", "Not sure."),
    ]
    assert doc.warnings == ()


def test_multi_line_comment_is_joined() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nComments (2)\nChidinma Okafor\n"
        "Off-grid solar kept my shop open.\nThe batteries are the expensive part.\n"
        "Lars Eklund\nGood to see.\n"
    )
    doc = parse(source)
    assert [(c.author, c.text) for c in doc.comments] == [
        (
            "Chidinma Okafor",
            "Off-grid solar kept my shop open. The batteries are the expensive part.",
        ),
        ("Lars Eklund", "Good to see."),
    ]


def test_declared_count_resolves_an_ambiguous_short_line() -> None:
    source = (
        "Title\nSeoul – Leaders met.\n2 Comments\nAnn\nWhat a deal.\nAgreed\nBob\nNot for me.\n"
    )
    doc = parse(source)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Ann", "What a deal. Agreed"),
        ("Bob", "Not for me."),
    ]


def test_count_mismatch_is_a_warning() -> None:
    doc = parse("Title\nSeoul – Leaders met.\n5 Comments\nAnn\nGood.\nBob\nBad.\n")
    assert doc.comment_count_declared == 5
    assert len(doc.comments) == 2
    assert "5 comments declared, 2 found" in doc.warnings


def test_no_comments_block() -> None:
    doc = parse("Title\nSeoul – Leaders met.\nMore text.\n")
    assert (doc.comments, doc.comment_count_declared, doc.warnings) == ((), None, ())


def test_comment_ids_are_stable_and_distinct() -> None:
    source = "Title\nSeoul – Met.\nComments\nAnn\nSame.\nAnn\nSame.\n"
    a, b = parse(source), parse(source)
    assert [c.id for c in a.comments] == [c.id for c in b.comments]
    assert len({c.id for c in a.comments}) == 2


# --- the Extractor gets body text in document order, never comments ------------------------


_Spy = ExtractorSpy


def test_extractor_is_fed_body_and_areas_in_order_not_comments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "Extractor", _Spy)
    source = (
        "Title\nSeoul – Lead 'one'.\nAreas\nFields:\n- Space (SP): Sat 'two'.\n- Energy\n"
        'Outlook\n"Never give up."\n— Lee Jae Myung, President\nEnd.\n'
        "Comments (1)\nAnn\nA 'comment'.\n"
    )
    parse(source)
    assert _Spy.fed == [
        ("feed", "Lead 'one'."),
        ("feed", "Fields:"),
        ("feed", "Sat 'two'."),
        ("block", "Never give up.", "Lee Jae Myung", "President"),
        ("feed", "End."),
    ]


# --- robustness -----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc, Briefing)
    assert doc.title
    assert doc.body == text


_PIECES = st.sampled_from(
    [
        "Title",
        "Seoul – ",
        "GENEVA —",
        "- ",
        "* Name (N): text",
        "1. ",
        "5 Comments",
        "Comments",
        "Ann",
        "\n",
        "\n\n",
        ":",
        "'",
        '"',
        "—",
        "January 19, 2026",
        "Heading Line",
        "A sentence.",
        "> ",
        "#",
        "\u00a0",
        "\t",
        "(",
        ")",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_structured_noise_parses(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc, Briefing)
    if doc.comment_count_declared is not None and doc.comment_count_declared != len(doc.comments):
        assert any("declared" in w for w in doc.warnings)


# --- more shapes ----------------------------------------------------------------------------


def test_dateline_with_parenthesised_date() -> None:
    doc = parse(doc_with("Seoul, South Korea (January 19, 2026) – Leaders met."))
    assert (doc.place, doc.date, doc.summary) == (
        "Seoul, South Korea",
        dt.date(2026, 1, 19),
        "Leaders met.",
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted by Jane Roe on January 20, 2026", "Jane Roe"),
        ("Jane Roe, January 20, 2026 at 10:32", "Jane Roe"),
        ("Jane Roe at 10:32 am", "Jane Roe"),
        ("Ji-woo (Seoul)", "Ji-woo (Seoul)"),
        ("@kim_lee", "@kim_lee"),
    ],
)
def test_author_lines_with_dates_and_places(line: str, author: str) -> None:
    doc = parse(f"Title\nSeoul – Met.\nComments\n{line}\nA fine piece.\nBob\nOk.\n")
    assert [c.author for c in doc.comments] == [author, "Bob"]


def test_comments_heading_over_prose_is_a_section() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nComments\n"
        "The move signals a shift in policy that analysts expect to last.\n"
    )
    doc = parse(source)
    assert doc.comments == ()
    assert [s.heading for s in doc.sections] == [None, "Comments"]
    assert doc.warnings == ()


def test_numbered_headings_over_paragraphs() -> None:
    source = (
        "Title\nSeoul – Leaders met.\n1. Background\nThe talks began in 2019.\n"
        "2. Outlook\nMore talks are planned.\n"
    )
    doc = parse(source)
    assert [s.heading for s in doc.sections] == [None, "Background", "Outlook"]
    assert doc.areas == ()


def test_unbulleted_name_description_paragraphs_are_areas() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nAreas of Cooperation\n"
        "Artificial Intelligence (AI): Joint research labs.\n"
        "Space and Aviation: Shared satellite data.\nOutlook\nMore talks.\n"
    )
    doc = parse(source)
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Artificial Intelligence", "AI", "Joint research labs."),
        ("Space and Aviation", None, "Shared satellite data."),
    ]


def test_labelled_paragraphs_without_an_area_cue_are_not_areas() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nAssessment\nBottom Line: The deal matters.\n"
        "Key Risk: Politics may intervene.\n"
    )
    assert parse(source).areas == ()


def test_page_furniture_is_dropped() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nAdvertisement\nMore text.\nShare this article\n"
        "2 Comments\nAnn\nYes.\nBob\nNo.\n© 2026 Example News\n"
    )
    doc = parse(source)
    assert doc.sections[0].paragraphs == ("Seoul – Leaders met.", "More text.")
    assert [(c.author, c.text) for c in doc.comments] == [("Ann", "Yes."), ("Bob", "No.")]


@pytest.mark.parametrize(
    "header",
    [
        "By Jane Doe | Reuters | January 19, 2026",
        "Published: January 19, 2026 | Updated: January 20, 2026",
        "Updated 19 January 2026, 10:32 GMT",
    ],
)
def test_byline_and_stamp_lines_give_a_fallback_date(header: str) -> None:
    doc = parse(f"A Title\n{header}\n\nLeaders met in Seoul.\n")
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary == "Leaders met in Seoul."


@pytest.mark.parametrize(
    "crumb", ["No comments yet.", "Be the first to comment!", "Leave a comment"]
)
def test_empty_comments_block(crumb: str) -> None:
    doc = parse(f"Title\nSeoul – Leaders met.\nComments\n{crumb}\n")
    assert doc.comments == ()
    assert [s.heading for s in doc.sections] == [None]
    assert doc.sections[0].paragraphs == ("Seoul – Leaders met.",)
    assert doc.warnings == ()


def test_comments_section_in_body_then_reader_comments() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nComments\n"
        "The move signals a shift in policy that analysts expect to last.\n"
        "2 Comments\nAnn\nYes.\nBob\nNo.\n"
    )
    doc = parse(source)
    assert [s.heading for s in doc.sections] == [None, "Comments"]
    assert [(c.author, c.text) for c in doc.comments] == [("Ann", "Yes."), ("Bob", "No.")]
    assert doc.comment_count_declared == 2


@pytest.mark.parametrize(
    "line",
    ["Seoul, South Korea, January 19, 2026", "SEOUL, Jan. 19, 2026 —", "Seoul, 19 January 2026"],
)
def test_dateline_on_its_own_line_under_the_title(line: str) -> None:
    doc = parse(f"A Title\n{line}\nLeaders met in Seoul.\nMore.\n")
    assert doc.place in ("Seoul, South Korea", "Seoul")
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary == "Leaders met in Seoul."


def test_headline_style_deck_with_comma_is_not_a_place() -> None:
    doc = parse("A Title\nTrade, Security Top Agenda\nLeaders met in Seoul.\nMore.\n")
    assert doc.place is None


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    doc = parse("A Title\nBy the end of the talks, both sides agreed.\nMore.\n")
    assert doc.summary == "By the end of the talks, both sides agreed."


def test_comments_signed_under_their_text() -> None:
    source = (
        "Title\nSeoul – Met.\nComments (2)\nGreat news for farmers.\nReally.\n— Wanjiru, Nakuru\n"
        "Not convinced.\n-- Pedro\n"
    )
    doc = parse(source)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Wanjiru, Nakuru", "Great news for farmers. Really."),
        ("Pedro", "Not convinced."),
    ]


def test_kicker_above_the_headline_is_not_the_title() -> None:
    doc = parse("ANALYSIS\nWhy the Deal Matters\nSeoul – Leaders met.\n")
    assert doc.title == "Why the Deal Matters"
    assert doc.place == "Seoul"


def test_lone_timestamps_before_authors_are_not_text() -> None:
    source = "Title\nSeoul – Met.\n2 Comments\n2 hours ago\nAnn\nYes.\n3 hours ago\nBob\nNo.\n"
    assert [(c.author, c.text) for c in parse(source).comments] == [("Ann", "Yes."), ("Bob", "No.")]


def test_numbered_area_headings_with_descriptions() -> None:
    source = (
        "Title\nSeoul – Leaders met.\nKey Areas of Cooperation\n1. Artificial Intelligence (AI)\n"
        "Joint research labs.\n2. Space\nShared satellite data.\nOutlook\nMore talks.\n"
    )
    doc = parse(source)
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Artificial Intelligence", "AI", "Joint research labs."),
        ("Space", None, "Shared satellite data."),
    ]
    assert [s.heading for s in doc.sections] == [
        None,
        "Key Areas of Cooperation",
        "Artificial Intelligence (AI)",
        "Space",
        "Outlook",
    ]


# --- generated briefings: every layout choice, known answers -------------------------------

_PLACES = [
    ("Seoul, South Korea", "Seoul, South Korea"),
    ("GENEVA", "Geneva"),
    ("Abuja, Nigeria", "Abuja, Nigeria"),
]
_DASHES = [" – ", " — ", " - ", " -- ", "—"]
_DATES = [
    "Monday, January 19, 2026",
    "19 January 2026",
    "Jan. 19, 2026",
    "2026-01-19",
    "January 19th, 2026",
]
_MARKERS = ["-", "*", "•", "1.", "·"]
_AREAS = [
    ("Artificial Intelligence", "AI", "Both countries will share research data and open labs."),
    ("Space and Aviation", None, "A joint satellite programme is planned for the decade."),
    ("Critical Minerals", "CM", "Supply chains for lithium and cobalt will be mapped."),
    ("Port Logistics", None, "A direct container line will open between the two ports."),
]
_AUTHORS = ["Comandante", "Emre K.", "el_tlacuache", "Bella Ciao", "Skeptic42"]
_TEXTS = [
    "Stronger ties are vital for security in today's world.",
    "Not sure I trust the intentions behind this partnership.",
    "More defense pacts? We need diplomacy and peace.",
    "Good news for our flour mills, as long as freight stays cheap.",
    "Another action plan. Let's see what is left of it by 2028.",
]


@st.composite
def _briefings(draw: st.DrawFn) -> tuple[str, dict]:
    import textwrap

    place, place_out = draw(st.sampled_from(_PLACES))
    agency = draw(st.sampled_from(["", " (Reuters)"]))
    lead = (
        f"{place}{agency}{draw(st.sampled_from(_DASHES))}The two governments agreed on "
        f"{draw(st.sampled_from(_DATES))} to expand their cooperation across several sectors, "
        "including artificial intelligence, space and the defence industry."
    )
    n_areas = draw(st.integers(2, 4))
    marker = draw(st.sampled_from(_MARKERS))
    with_short = draw(st.booleans())
    bullets = []
    for name, short, text in _AREAS[:n_areas]:
        label = f"{name} ({short})" if short and with_short else name
        sep = draw(st.sampled_from([": ", " — "]))
        bullets.append(f"{marker} {label}{sep}{text}")
    n_comments = draw(st.integers(1, 5))
    comments = [(_AUTHORS[i], _TEXTS[i]) for i in range(n_comments)]
    header = draw(
        st.sampled_from([f"{n_comments} Comments", f"Comments ({n_comments})", "Comments"])
    )
    stamps = draw(st.booleans())
    blocks = [
        "Leaders Agree to Expand Cooperation",
        lead,
        "Officials said a joint committee would meet twice a year to review the plan.",
        "Key Areas of Cooperation",
        "The summit named these fields of cooperation:",
        *bullets,
        "Outlook",
        "A new action plan for 2026-2030 is expected next year.",
        header,
    ]
    layout = draw(st.sampled_from(["lines", "blank", "wrapped"]))
    if layout == "wrapped":
        width = draw(st.integers(60, 80))
        blocks = [
            textwrap.fill(b, width, subsequent_indent="  " if b.startswith(marker + " ") else "")
            for b in blocks
        ]
    sep = "\n" if layout == "lines" else "\n\n"
    tail = []
    for author, text in comments:
        shown = textwrap.fill(text, 40) if layout == "wrapped" else text
        tail.append(author + ("\n2 hours ago" if stamps else "") + "\n" + shown)
    source = sep.join(blocks) + "\n" + sep.join(tail) + "\n"
    expected = {
        "place": place_out,
        "areas": [(n, s if with_short else None) for n, s, _ in _AREAS[:n_areas]],
        "area_texts": [t for _, _, t in _AREAS[:n_areas]],
        "comments": comments,
        "declared": None if header == "Comments" else n_comments,
    }
    return source, expected


@settings(max_examples=150, deadline=None)
@given(_briefings())
def test_generated_briefings(case: tuple[str, dict]) -> None:
    source, expected = case
    doc = parse(source)
    assert doc.title == "Leaders Agree to Expand Cooperation"
    assert doc.place == expected["place"]
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary.startswith("The two governments agreed on")
    assert [s.heading for s in doc.sections] == [None, "Key Areas of Cooperation", "Outlook"]
    assert [(a.name, a.short) for a in doc.areas] == expected["areas"]
    assert [a.text for a in doc.areas] == expected["area_texts"]
    assert [(c.author, c.text) for c in doc.comments] == expected["comments"]
    assert doc.comment_count_declared == expected["declared"]
    assert doc.warnings == ()


def test_block_quote_lines_with_a_speaker_line_are_a_quote() -> None:
    source = (
        "Title\nNairobi, Kenya — Ministers met on Tuesday.\n"
        "> Olkaria shows what Africa can do\n> when the finance is patient.\n"
        "— Claudia Brenner, Development Minister\n"
        "Areas\n- Geothermal (GE): Two new units.\n"
    )
    doc = parse(source)
    assert [(q.text, q.speaker, q.role) for q in doc.quotes] == [
        (
            "Olkaria shows what Africa can do when the finance is patient.",
            "Claudia Brenner",
            "Development Minister",
        )
    ]
    assert [a.name for a in doc.areas] == ["Geothermal"]


def test_unsigned_block_quote_has_no_speaker_and_is_not_summary() -> None:
    doc = parse("Title\nSeoul – Leaders met.\n\n> We will build it together.\n\nMore text.\n")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("We will build it together.", None)]
    assert doc.summary == "Leaders met."


def test_block_quote_reporting_a_sentence_goes_to_the_extractor() -> None:
    doc = parse('Title\nSeoul – Leaders met.\n> "We are ready," Prime Minister Kim Ji-ho said.\n')
    assert [q.text for q in doc.quotes] == ["We are ready,"]


@pytest.mark.parametrize(("op", "cl"), [('"', '"'), ("“", "”"), ("«", "»")])
def test_quotation_running_over_two_paragraphs_is_one_quote(op: str, cl: str) -> None:
    source = (
        "Title\n\nSantiago - Ministers met on Monday.\n\n"
        f"{op}We sold rock for years,{cl} Minister of Mining Valeria Soto said. {op}This is a\n"
        "chance to keep the chain at home.\n\n"
        f"{op}India understands what it means to build industry.{cl}\n\nMore text.\n"
    )
    doc = parse(source)
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("We sold rock for years,", "Valeria Soto"),
        (
            "This is a chance to keep the chain at home. "
            "India understands what it means to build industry.",
            "Valeria Soto",
        ),
    ]
    assert len(doc.sections[0].paragraphs) == 4  # the paragraphs themselves stay apart


def test_closed_quotation_does_not_pull_in_the_next_paragraph() -> None:
    source = 'Title\nSeoul – Met.\n"We are done here," Kim said.\n"We start again," Lee said.\n'
    assert [q.text for q in parse(source).quotes] == ["We are done here,", "We start again,"]


@pytest.mark.parametrize(
    "crumbs", ["World › Africa", "POLICY BRIEF | No. 14 | March 2026", "News > World > Africa"]
)
def test_breadcrumbs_and_mastheads_over_the_headline_are_not_the_title(crumbs: str) -> None:
    doc = parse(f"{crumbs}\nNigeria and Morocco Revive Pipeline Plan\nAbuja – Leaders met.\n")
    assert doc.title == "Nigeria and Morocco Revive Pipeline Plan"
    assert doc.place == "Abuja"


def test_a_title_with_a_site_name_after_a_bar_stays_the_title() -> None:
    doc = parse(
        "Pipeline Plan Revived | Daily Wire\nAbuja – Leaders met on Monday in the capital.\n"
    )
    assert doc.title == "Pipeline Plan Revived | Daily Wire"


def test_block_quote_signed_inside_the_block() -> None:
    source = "Title\nSeoul – Met.\n\n> We will build it together.\n> — Kim Ji-ho, Prime Minister\n"
    doc = parse(source)
    assert [(q.text, q.speaker, q.role) for q in doc.quotes] == [
        ("We will build it together.", "Kim Ji-ho", "Prime Minister")
    ]


def test_a_comment_in_two_paragraphs_keeps_its_second_paragraph() -> None:
    source = (
        "Title\nSeoul – Met.\nComments (2)\nWanjiku — 2 hours ago\nGood news for Nakuru.\n\n"
        "And for the whole Rift Valley.\nKenji\nJapanese technology is the best for this.\n"
    )
    doc = parse(source)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Wanjiku", "Good news for Nakuru. And for the whole Rift Valley."),
        ("Kenji", "Japanese technology is the best for this."),
    ]
    assert not doc.warnings


@pytest.mark.parametrize("first", ["SEOUL, Jan. 19, 2026", "Seoul, South Korea — 19 January 2026"])
def test_a_dateline_line_standing_first_is_not_the_title(first: str) -> None:
    doc = parse(
        f"{first}\nLeaders of South Korea and Italy met in Seoul. Talks went well.\nMore.\n"
    )
    assert doc.title == "Leaders of South Korea and Italy met in Seoul"
    assert doc.place in ("Seoul", "Seoul, South Korea")
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary.startswith("Leaders of South Korea and Italy met in Seoul. Talks")


def test_hard_wrapped_title_is_joined() -> None:
    source = (
        "Indonesia and Australia Agree on Nickel Processing, Coastal Patrols\n"
        "and Vocational Training\n\nJakarta - Indonesia and Australia agreed on Friday.\n"
    )
    doc = parse(source)
    assert doc.title == (
        "Indonesia and Australia Agree on Nickel Processing, Coastal Patrols and Vocational Training"
    )
    assert doc.summary == "Indonesia and Australia agreed on Friday."


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ABU DHABI, UAE — Ministers signed a ports deal on Monday.", "Abu Dhabi, UAE"),
        ("DUBAI, UAE (Reuters) — Ministers signed a ports deal on Monday.", "Dubai, UAE"),
        ("LONDON, UK — Ministers signed a ports deal on Monday.", "London, UK"),
        ("NEW DELHI, INDIA — Ministers signed a ports deal on Monday.", "New Delhi, India"),
    ],
)
def test_a_short_place_in_capitals_keeps_them(line: str, place: str) -> None:
    from tui.core.parse.dateline import normalise_place

    doc = parse_text(f"Ports Deal Signed\n\n{line}\n", origin="ports.txt")
    assert doc.place == place
    assert doc.summary == "Ministers signed a ports deal on Monday."
    assert normalise_place("UAE") == "UAE"
