"""Markdown briefings: front matter, headings, lists, block quotes, comments, inline markup."""

from __future__ import annotations

import datetime as dt

import pytest
from extractor_spy import ExtractorSpy
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.extract import extractor as extract
from tui.core.model import Briefing
from tui.core.parse import parse_markdown
from tui.core.parse.inline import strip_inline


def parse(text: str) -> Briefing:
    return parse_markdown(text, origin="doc.md")


# --- front matter ---------------------------------------------------------------------------

TOML_FM = """+++
title = "From Front Matter"
date = 2026-04-22
place = "Manila, Philippines"
tags = ["a", "b"]
+++

# From The Heading

Lead paragraph here.
"""


def test_toml_front_matter_wins_over_heading() -> None:
    doc = parse(TOML_FM)
    assert doc.title == "From Front Matter"
    assert doc.date == dt.date(2026, 4, 22)
    assert doc.place == "Manila, Philippines"
    assert doc.tags == ("a", "b")
    assert doc.summary == "Lead paragraph here."
    assert doc.format == "markdown"


@pytest.mark.parametrize(
    ("front", "date"),
    [
        ('date = "2026-04-22"', dt.date(2026, 4, 22)),
        ('date = "April 22, 2026"', dt.date(2026, 4, 22)),
        ("date = 2026-04-22T09:30:00Z", dt.date(2026, 4, 22)),
        ('date = "22 April 2026"', dt.date(2026, 4, 22)),
    ],
)
def test_front_matter_date_forms(front: str, date: dt.date) -> None:
    doc = parse(f'+++\ntitle = "T"\n{front}\n+++\nLead.\n')
    assert doc.date == date


def test_yaml_front_matter() -> None:
    source = (
        "---\ntitle: Yaml Title\ndate: 2026-01-19\nplace: 'Seoul, South Korea'\n"
        "tags: [x, y]\n---\n\nLead text.\n"
    )
    doc = parse(source)
    assert (doc.title, doc.date, doc.place, doc.tags) == (
        "Yaml Title",
        dt.date(2026, 1, 19),
        "Seoul, South Korea",
        ("x", "y"),
    )
    assert doc.summary == "Lead text."


def test_invalid_front_matter_warns_and_the_rest_parses() -> None:
    source = '+++\ntitle = "unclosed\n+++\n\n# Real Title\n\nSeoul – Lead.\n\n## Part\n\nBody.\n'
    doc = parse(source)
    assert any(w.startswith("invalid front matter") for w in doc.warnings)
    assert doc.title == "Real Title"
    assert doc.place == "Seoul"
    assert [s.heading for s in doc.sections] == [None, "Part"]


def test_unclosed_front_matter_is_read_as_text() -> None:
    doc = parse('+++\ntitle = "x"\n\n# Title\n\nLead.\n')
    assert any("not closed" in w for w in doc.warnings)
    assert doc.summary


# --- title, sections, lead -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("# Hash Title\n\nLead.", "Hash Title"),
        ("# **Bold** Title #\n\nLead.", "Bold Title"),
        ("Setext Title\n============\n\nLead.", "Setext Title"),
        ("Plain First Line\n\nLead.", "Plain First Line"),
        ("<!-- draft -->\n# After Comment\n\nLead.", "After Comment"),
    ],
)
def test_title_forms(source: str, title: str) -> None:
    doc = parse(source)
    assert doc.title == title
    assert doc.summary == "Lead."


def test_sections_and_lead_with_dateline() -> None:
    source = (
        "# Title\n\n**SEOUL, South Korea** — Leaders met on Monday, January 19, 2026.\n"
        "They talked.\n\nSecond lead paragraph.\n\n## First Part\n\nBody one.\n\n"
        "### Sub Part\n\nBody two.\n\nSetext Part\n-----------\n\nBody three.\n"
    )
    doc = parse(source)
    assert doc.place == "Seoul, South Korea"
    assert doc.date == dt.date(2026, 1, 19)
    assert doc.summary == (
        "Leaders met on Monday, January 19, 2026. They talked.\n\nSecond lead paragraph."
    )
    assert [(s.heading, s.paragraphs) for s in doc.sections[1:]] == [
        ("First Part", ("Body one.",)),
        ("Sub Part", ("Body two.",)),
        ("Setext Part", ("Body three.",)),
    ]


def test_one_paragraph_per_line_markdown_is_kept_apart() -> None:
    line1 = "The first paragraph is a single long line that ends with a full stop here. " * 2
    line2 = "The second paragraph is another single long line that also ends properly. " * 2
    doc = parse(f"# T\n\n{line1.strip()}\n{line2.strip()}\n")
    assert len(doc.sections[0].paragraphs) == 2


def test_bold_line_is_a_heading() -> None:
    doc = parse("# T\n\nLead.\n\n**Key Points**\n\nBody text.\n")
    assert [s.heading for s in doc.sections] == [None, "Key Points"]


# --- areas ----------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["-", "*", "+", "1.", "1)"])
def test_list_markers_give_areas(marker: str) -> None:
    source = (
        f"# T\n\nLead.\n\n## Areas\n\n{marker} **Renewable Energy (RE):** Shared data.\n"
        f"{marker} Port Logistics: A direct line\n  starting this year.\n{marker} Space\n"
    )
    doc = parse(source)
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Renewable Energy", "RE", "Shared data."),
        ("Port Logistics", None, "A direct line starting this year."),
        ("Space", None, ""),
    ]


def test_nested_items_are_not_areas() -> None:
    source = (
        "# T\n\nLead.\n\n## Areas\n\n- Energy: Wind and sun.\n  - offshore wind\n- Space: Sats.\n"
    )
    assert [a.name for a in parse(source).areas] == ["Energy", "Space"]


# --- block quotes ---------------------------------------------------------------------------


_Spy = ExtractorSpy


@pytest.mark.parametrize(
    ("block", "speaker", "role"),
    [
        ("> We will build.\n— Rosa Lima, Minister of the Sea", "Rosa Lima", "Minister of the Sea"),
        ("> We will build.\n-- Rosa Lima", "Rosa Lima", None),
        ("> We will build.\n― Rosa Lima (Minister)", "Rosa Lima", "Minister"),
        ("> We will build.\n>\n> — Rosa Lima, Minister", "Rosa Lima", "Minister"),
        ("> We will build.\n\n— Rosa Lima, Minister", "Rosa Lima", "Minister"),
        ("> We will build.\n*— Rosa Lima, Minister*", "Rosa Lima", "Minister"),
        ('> "We will build."\n— Rosa Lima', "Rosa Lima", None),
        ("> We will build.", None, None),
    ],
)
def test_block_quote_attribution(
    block: str, speaker: str | None, role: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "Extractor", _Spy)
    parse(f"# T\n\nLead.\n\n{block}\n\nAfter.\n")
    assert _Spy.fed == [
        ("feed", "Lead."),
        ("block", "We will build.", speaker, role),
        ("feed", "After."),
    ]


def test_multi_line_block_quote_is_one_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "Extractor", _Spy)
    parse("# T\n\nLead.\n\n> Our sailors shared\n> these waters.\n> It's **time**.\n— Ana Cruz\n")
    assert _Spy.fed[-1] == (
        "block",
        "Our sailors shared these waters. It's time.",
        "Ana Cruz",
        None,
    )


def test_block_quote_feeds_in_document_order_and_never_comments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "Extractor", _Spy)
    source = (
        "# T\n\nLead 'a'.\n\n## Areas\n\n* Space (SP): Sats 'b'.\n\n> Quote c.\n— Ann Lee\n\n"
        "End.\n\n## Comments\n\n**bob**\nA 'comment'.\n"
    )
    parse(source)
    assert _Spy.fed == [
        ("feed", "Lead 'a'."),
        ("feed", "Sats 'b'."),
        ("block", "Quote c.", "Ann Lee", None),
        ("feed", "End."),
    ]


# --- comments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "declared"),
    [("## Comments", None), ("## 2 Comments", 2), ("## Comments (2)", 2), ("# Comments", None)],
)
def test_comment_headers(header: str, declared: int | None) -> None:
    doc = parse(
        f"# T\n\nLead.\n\n{header}\n\n**Mar Atlântico**\nFinally.\n\n**jun_delacruz**\nHope so.\n"
    )
    assert doc.comment_count_declared == declared
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Mar Atlântico", "Finally."),
        ("jun_delacruz", "Hope so."),
    ]


@pytest.mark.parametrize(
    "block",
    [
        "**Ann Lee**\nGreat deal.\nReally.\n\n**bob_7**\nNo.\n",
        "### Ann Lee\n\nGreat deal.\nReally.\n\n### bob_7\n\nNo.\n",
        "**Ann Lee**: Great deal. Really.\n\n**bob_7:** No.\n",
        "- **Ann Lee**: Great deal. Really.\n- **bob_7**: No.\n",
        "Ann Lee\nGreat deal.\nReally.\nbob_7\nNo.\n",
        "Ann Lee: Great deal. Really.\nbob_7: No.\n",
        "**Ann Lee** · 2 hours ago\nGreat deal. Really.\n\n**bob_7** · yesterday\nNo.\n",
        "### Ann Lee\n*2 hours ago*\n\nGreat deal. Really.\n\n### bob_7\n_yesterday_\n\nNo.\n",
        "**Ann Lee** wrote:\nGreat deal. Really.\n\n**bob_7** says:\nNo.\n",
        "**Ann Lee**, January 20, 2026\nGreat deal. Really.\n\n**bob_7** (3h ago)\nNo.\n",
    ],
)
def test_comment_author_forms(block: str) -> None:
    doc = parse(f"# T\n\nLead.\n\n## Comments\n\n{block}")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Ann Lee", "Great deal. Really."),
        ("bob_7", "No."),
    ]


def test_comments_end_at_next_section() -> None:
    doc = parse("# T\n\nLead.\n\n## Comments\n\n**Ann**\nYes.\n\n## Related\n\nMore reading.\n")
    assert [c.author for c in doc.comments] == ["Ann"]
    assert doc.sections[-1].heading == "Related"


def test_declared_mismatch_warns() -> None:
    doc = parse("# T\n\nLead.\n\n## 3 Comments\n\n**Ann**\nYes.\n")
    assert "3 comments declared, 1 found" in doc.warnings


# --- inline markup ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and *em* and _em_", "bold and em and em"),
        ("a [link](https://x.org/a_(b)) here", "a link here"),
        ("an ![image](pic.png) here", "an image here"),
        ("`code *not em*` stays", "code *not em* stays"),
        ("snake_case_name and jun_delacruz stay", "snake_case_name and jun_delacruz stay"),
        ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
        (r"\*literal\* stars", "*literal* stars"),
        ("~~gone~~ kept", "gone kept"),
        ("<b>tag</b> removed, <https://x.org> kept", "tag removed, https://x.org kept"),
        ("***both***", "both"),
        ("a [ref][1] link", "a ref link"),
        ("Italy's 'quote' stays", "Italy's 'quote' stays"),
    ],
)
def test_strip_inline(markdown: str, plain: str) -> None:
    assert strip_inline(markdown) == plain


def test_fields_are_plain_text() -> None:
    source = (
        "# The **Big** Deal\n\n**Seoul** – Leaders signed a [deal](http://x).\n\n"
        "## Areas\n\n- **AI**: `Shared` labs.\n"
    )
    doc = parse(source)
    assert doc.title == "The Big Deal"
    assert doc.summary == "Leaders signed a deal."
    assert doc.place == "Seoul"
    assert (doc.areas[0].name, doc.areas[0].text) == ("AI", "Shared labs.")


# --- robustness -------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "+++",
        "---",
        "# ",
        "## ",
        "> ",
        "— ",
        "- ",
        "* ",
        "1. ",
        "**",
        "*",
        "_",
        "`",
        "[",
        "](",
        ")",
        "\n",
        "\n\n",
        "Comments",
        "title = ",
        '"',
        "2026-01-19",
        "Name",
        ":",
        "<!--",
        "-->",
        "```",
        "===",
        "\t",
        "\\",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_markdown_noise_parses(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc, Briefing)
    assert doc.title


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses_as_markdown(text: str) -> None:
    assert isinstance(parse(text), Briefing)


def test_reported_sentence_in_block_quote_goes_to_the_extractor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "Extractor", _Spy)
    parse('# T\n\nLead.\n\n> "We will build," the minister said.\n')
    assert _Spy.fed[-1] == ("feed", '"We will build," the minister said.')


@pytest.mark.parametrize("header", ["5 Comments", "**Comments (2)**", "Comments"])
def test_comment_header_as_a_plain_line(header: str) -> None:
    doc = parse(f"# T\n\nLead.\n\n{header}\n\n**Ann**\nYes.\n\n**Bob**\nNo.\n")
    assert [(c.author, c.text) for c in doc.comments] == [("Ann", "Yes."), ("Bob", "No.")]
    assert all("Ann" not in p for s in doc.sections for p in s.paragraphs)


def test_list_item_ends_at_an_unindented_line_after_a_full_stop() -> None:
    source = "# T\n\nLead.\n\n## Areas\n\n- Space: Satellites.\n- Energy: Wind\nfarms offshore.\nA closing line.\n"
    doc = parse(source)
    assert [a.text for a in doc.areas] == ["Satellites.", "Wind farms offshore."]
    assert doc.sections[-1].paragraphs[-1] == "A closing line."


def test_closing_hashes_and_hashtags() -> None:
    doc = parse("# Title #\n\nLead.\n\n## Part ##\n\n#hashtag stays text.\n")
    assert doc.title == "Title"
    assert [(s.heading, s.paragraphs) for s in doc.sections] == [
        (None, ("Lead.",)),
        ("Part", ("#hashtag stays text.",)),
    ]


def test_areas_as_subsections_of_an_areas_heading() -> None:
    source = (
        "# T\n\nLead.\n\n## Areas of Cooperation\n\n### Artificial Intelligence (AI)\n\n"
        "Joint labs.\n\nMore on labs.\n\n### Space\n\nSatellites.\n\n## Outlook\n\n### Next Steps\n\nTalks.\n"
    )
    doc = parse(source)
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Artificial Intelligence", "AI", "Joint labs."),
        ("Space", None, "Satellites."),
    ]
    assert [s.heading for s in doc.sections] == [
        None,
        "Areas of Cooperation",
        "Artificial Intelligence (AI)",
        "Space",
        "Outlook",
        "Next Steps",
    ]


def test_byline_and_date_under_the_title_are_metadata() -> None:
    doc = parse("# T\n\n*By Jane Doe*\n\n**Published:** January 19, 2026\n\nLeaders met.\n")
    assert doc.summary == "Leaders met."
    assert doc.date == dt.date(2026, 1, 19)


# --- generated Markdown briefings -----------------------------------------------------------

_MD_AREAS = [
    ("Artificial Intelligence", "AI", "Both countries will share research data."),
    ("Space and Aviation", None, "A joint satellite programme is planned."),
    ("Critical Minerals", "CM", "Supply chains will be mapped."),
]
_MD_COMMENTS = [
    ("Mar Atlântico", "Finally a deal about ships."),
    ("jun_delacruz", "I hope so."),
    ("Emre K.", "Cheap freight matters."),
]


@st.composite
def _md_briefings(draw: st.DrawFn) -> tuple[str, dict]:
    front = draw(st.booleans())
    parts = []
    if front:
        parts.append(
            '+++\ntitle = "Leaders Agree"\ndate = 2026-01-19\nplace = "Seoul, South Korea"\n+++\n'
        )
    title_style = draw(st.sampled_from(["atx", "setext"]))
    parts.append("# Leaders Agree\n" if title_style == "atx" else "Leaders Agree\n=============\n")
    lead = "The two governments agreed on January 19, 2026 to expand cooperation."
    parts.append(lead if front else f"**Seoul, South Korea** — {lead}")
    parts.append("## Areas of cooperation")
    marker = draw(st.sampled_from(["-", "*", "+", "1."]))
    bold = draw(st.booleans())
    items = []
    for name, short, text in _MD_AREAS:
        label = f"{name} ({short})" if short else name
        items.append(f"{marker} **{label}:** {text}" if bold else f"{marker} {label}: {text}")
    parts.append("\n".join(items))
    parts.append("## Statements")
    attribution = draw(
        st.sampled_from(
            ["— Rosa Lima, Minister", "-- Rosa Lima, Minister", "― Rosa Lima, Minister"]
        )
    )
    inside = draw(st.booleans())
    quote = "> We will build ships\n> together."
    parts.append(f"{quote}\n>\n> {attribution}" if inside else f"{quote}\n{attribution}")
    n = draw(st.integers(1, 3))
    style = draw(st.sampled_from(["bold", "h3", "colon"]))
    parts.append(draw(st.sampled_from(["## Comments", f"## {n} Comments", f"## Comments ({n})"])))
    for author, text in _MD_COMMENTS[:n]:
        if style == "bold":
            parts.append(f"**{author}**\n{text}")
        elif style == "h3":
            parts.append(f"### {author}\n\n{text}")
        else:
            parts.append(f"{author}: {text}")
    return "\n\n".join(parts) + "\n", {"n": n}


@settings(max_examples=150, deadline=None)
@given(_md_briefings())
def test_generated_markdown_briefings(case: tuple[str, dict]) -> None:
    source, expected = case
    doc = parse(source)
    assert doc.title == "Leaders Agree"
    assert (doc.place, doc.date) == ("Seoul, South Korea", dt.date(2026, 1, 19))
    assert doc.summary == "The two governments agreed on January 19, 2026 to expand cooperation."
    assert [(a.name, a.short, a.text) for a in doc.areas] == _MD_AREAS
    assert [s.heading for s in doc.sections] == [None, "Areas of cooperation", "Statements"]
    assert [(c.author, c.text) for c in doc.comments] == _MD_COMMENTS[: expected["n"]]
    assert doc.sections[2].paragraphs == ("We will build ships together. — Rosa Lima, Minister",)
    assert doc.warnings == ()


def test_datelined_lead_as_first_line_is_the_lead_not_the_title() -> None:
    doc = parse(
        "Rome, Italy – Italy and Brazil agreed on Wednesday to cooperate on space launches.\n\n"
        "## Areas\n\n- Space Launches (SL): Rockets.\n"
    )
    assert doc.title == "Italy and Brazil agreed on Wednesday to cooperate on space launches"
    assert doc.place == "Rome, Italy"
    assert doc.summary == "Italy and Brazil agreed on Wednesday to cooperate on space launches."


def test_numbered_subsections_with_short_forms_are_areas_under_any_heading() -> None:
    doc = parse(
        "# Pact\n\nTokyo — Leaders met.\n\n## The package\n\n### 1. Joint Exercises (JE)\n\n"
        "Troops will train.\n\n### 2. Disaster Relief\n\nAircraft will help.\n"
    )
    assert [(a.name, a.short, a.text) for a in doc.areas] == [
        ("Joint Exercises", "JE", "Troops will train."),
        ("Disaster Relief", None, "Aircraft will help."),
    ]


def test_plain_subsections_without_an_area_heading_are_not_areas() -> None:
    doc = parse(
        "# Pact\n\nTokyo — Leaders met.\n\n## Background\n\n### 1. History\n\nLong.\n\n"
        "### 2. Politics\n\nComplex.\n"
    )
    assert doc.areas == ()


def test_attribution_with_the_title_before_the_name() -> None:
    doc = parse(
        "# Pact\n\nLeaders met.\n\n> This pact makes us safer.\n>\n> — Defense Secretary Gilberto Reyes\n"
    )
    assert [(q.speaker, q.role) for q in doc.quotes] == [("Gilberto Reyes", "Defense Secretary")]
