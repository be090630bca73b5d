"""Properties (hypothesis): parsers never raise, the loader only raises BriefingError,
and the JSON/TOML contract round-trips exactly."""

from __future__ import annotations

import json
import string
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.errors import BriefingError
from tui.core.load import load_briefing
from tui.core.model import Area, Briefing, Comment, Fact, Person, Quote, Section
from tui.core.parse import parse_markdown, parse_text
from tui.core.serialize import FACT_KINDS, from_mapping, to_dict, to_json, to_toml

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real briefings, so generated text reaches the parser's interesting paths.
FRAGMENTS = [
    "Historic Summit Bolsters Bilateral Relations",
    "Seoul, South Korea – South Korea and Italy agreed to expand cooperation.",
    "NAIROBI, Kenya (Briefing Wire) — Kenya and Ethiopia will double trade",
    "Valparaíso, Chile - The pact was signed on Tuesday, June 24, 2025, in Valparaíso.",
    "President Lee Jae Myung stated that the two nations would 'further expand cooperation.'",
    "He also highlighted the intent to 'pursue cooperation based on each side's strengths.'",
    '"We did not fly here to sign and go home," she said, "we came to build."',
    "Minister Fuenzalida called it «a bridge between the world's oceans».",
    "She called it “the backbone of everything else we’re trying to do.”",
    "Key Areas of Expanded Cooperation",
    "- Artificial Intelligence (AI): Both countries committed to strengthening ties.",
    "• Grid Operations (GO): A joint control room",
    "1. Off-Grid Solar (OGS): Swedish guarantees will back mini-grids.",
    "* Seafarer Training: 1,200 deck officers",
    "Bilateral trade reached $12.6 billion in 2024, up from $8.08 billion in 2012.",
    "A new bilateral action plan for 2026-2030 is expected, with 40 percent by March 2027.",
    "5 Comments",
    "Comments (3)",
    "3 comments",
    "Comments",
    "## Comments",
    "**Mar Atlântico**",
    "> Our sailors have shared these waters for five hundred years.",
    "— Rosa Tavares Lima, Minister of the Sea",
    "+++",
    'title = "Front Matter"',
    "date = 2026-04-22",
    "# A Title",
    "## A Section",
    "Cortina d'Ampezzo and Italy's O'Farrill",
    "'",
    '"',
    "«",
    "“",
    "[bold]not markup[/bold] [link=x]y[/link]",
    "",
    "   ",
]

texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map(
        "\n".join
    ),
)


def _check_briefing(doc: Briefing, fmt: str) -> None:
    assert isinstance(doc, Briefing)
    assert doc.format == fmt
    assert isinstance(doc.title, str)
    quote_ids = [q.id for q in doc.quotes]
    comment_ids = [c.id for c in doc.comments]
    assert all(quote_ids) and len(set(quote_ids)) == len(quote_ids)
    assert all(comment_ids) and len(set(comment_ids)) == len(comment_ids)
    assert next(iter(json.loads(to_json(doc)))) == "schema"


@FAST
@given(texts)
def test_parse_text_never_raises(source: str) -> None:
    doc = parse_text(source, origin="any.txt")
    _check_briefing(doc, "text")
    assert to_dict(parse_text(source, origin="any.txt")) == to_dict(doc)  # deterministic


@FAST
@given(texts)
def test_parse_markdown_never_raises(source: str) -> None:
    doc = parse_markdown(source, origin="any.md")
    _check_briefing(doc, "markdown")
    assert to_dict(parse_markdown(source, origin="any.md")) == to_dict(doc)


# --- the loader on arbitrary bytes ----------------------------------------------------------

CONTRACT_FIELDS = [
    "schema", "id", "source", "url", "format", "title", "place", "date", "summary", "sections",
    "areas", "quotes", "comments", "comment_count_declared", "facts", "people", "warnings",
    "heading", "paragraphs", "name", "short", "text", "speaker", "role", "context", "author",
    "kind", "tags",
]  # fmt: skip
keys = st.one_of(st.sampled_from(CONTRACT_FIELDS), st.text(max_size=8))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.dates().map(lambda d: d.isoformat()),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)
json_docs = st.dictionaries(keys, json_values, max_size=8)


def _no_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _no_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_no_none(v) for v in value if v is not None]
    return value


toml_docs = json_docs.map(_no_none)
encoded_texts = st.tuples(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace")
)
any_bytes = st.one_of(
    st.binary(max_size=2000),
    encoded_texts,
    json_docs.map(lambda d: json.dumps(d).encode()),
    toml_docs.map(lambda d: tomli_w.dumps(d).encode()),
)

SUFFIXES = [".txt", "", ".md", ".toml", ".json"]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bytes")


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=any_bytes)
def test_load_any_bytes_gives_briefing_or_briefing_error(
    scratch: Path, suffix: str, data: bytes
) -> None:
    path = scratch / f"doc{suffix}"
    path.write_bytes(data)
    try:
        doc = load_briefing(path)
    except BriefingError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    assert doc.source
    if suffix not in (".toml", ".json"):  # structured files may name their own source
        assert doc.source == str(path)
    tomllib.loads(to_toml(doc))
    json.loads(to_json(doc))


# --- exact JSON -> TOML -> JSON round trip ----------------------------------------------------

opt_text = st.none() | st.text(max_size=20)
ids = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)


@st.composite
def briefings(draw: st.DrawFn) -> Briefing:
    quote_ids = draw(st.lists(ids, unique=True, max_size=4))
    comment_ids = draw(st.lists(ids, unique=True, max_size=4))
    comments = tuple(Comment(i, draw(st.text(max_size=15)), draw(st.text())) for i in comment_ids)
    declared = draw(st.sampled_from([None, len(comments)]))
    return Briefing(
        id=draw(ids),
        source=draw(st.text(min_size=1, max_size=30).filter(str.strip)),  # never blank
        format=draw(st.sampled_from(["text", "markdown", "toml", "json"])),
        title=draw(st.text(min_size=1).map(str.strip).filter(bool)),
        place=draw(opt_text),
        date=draw(st.none() | st.dates()),
        summary=draw(st.text()),
        sections=tuple(
            draw(st.lists(st.builds(Section, opt_text, st.lists(st.text()).map(tuple)), max_size=3))
        ),
        areas=tuple(
            draw(st.lists(st.builds(Area, st.text(max_size=20), opt_text, st.text()), max_size=3))
        ),
        quotes=tuple(
            Quote(i, draw(st.text()), draw(opt_text), draw(opt_text), draw(st.text()))
            for i in quote_ids
        ),
        comments=comments,
        comment_count_declared=declared,
        facts=tuple(
            draw(
                st.lists(
                    st.builds(Fact, st.sampled_from(FACT_KINDS), st.text(max_size=15), st.text()),
                    max_size=3,
                )
            )
        ),
        people=tuple(
            draw(
                st.lists(st.builds(Person, st.text(min_size=1, max_size=20), opt_text), max_size=3)
            )
        ),
        warnings=tuple(draw(st.lists(st.text(max_size=30), unique=True, max_size=3))),
    )


@settings(max_examples=150, deadline=None)
@given(briefings())
def test_json_toml_json_round_trip_is_exact(doc: Briefing) -> None:
    as_json = to_json(doc)
    from_json = from_mapping(json.loads(as_json), origin="x.json", fmt="json")
    assert to_json(from_json) == as_json
    from_toml = from_mapping(tomllib.loads(to_toml(from_json)), origin="y.toml", fmt="toml")
    assert to_json(from_toml) == as_json
