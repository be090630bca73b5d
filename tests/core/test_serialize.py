"""The ``briefing parse`` contract: key order, nulls, TOML/JSON round trips, stable ids."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from tests.conftest import CONTRACT_KEYS
from tui.core.errors import BriefingError
from tui.core.load import load_briefing
from tui.core.model import Area, Briefing, Comment, Fact, Person, Quote, Section
from tui.core.serialize import from_mapping, to_dict, to_json, to_toml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXAMPLES = HERE.parent / "fixtures" / "examples"
STRUCTURED = EXAMPLES / "structured.toml"

NESTED_KEYS = {
    "sections": ["heading", "paragraphs"],
    "areas": ["name", "short", "text"],
    "quotes": ["id", "text", "speaker", "role", "context"],
    "comments": ["id", "author", "text"],
    "facts": ["kind", "text", "context"],
    "people": ["name", "role"],
}
DOCUMENTS = sorted(
    [p for p in (REPO / "briefings").iterdir() if p.is_file()]
    + [p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".toml") and p.stem != "README"]
)


def _sparse() -> Briefing:
    """A briefing with every optional field empty or null."""
    return Briefing(
        id="b-0123456789",
        source="docs/x.txt",
        format="text",
        title="Only a Title",
        sections=(Section(None, ("One paragraph.",)),),
        areas=(Area("Fisheries", None, "Joint patrols."),),
        quotes=(Quote("q-1", "words", None, None, "Someone said 'words'."),),
        comments=(Comment("c-1", "anon", "Hm."),),
        facts=(Fact("percent", "5 percent", "up 5 percent"),),
        people=(Person("Ana Ruiz", None),),
    )


def _full() -> Briefing:
    return Briefing(
        id="b-abcdef0123",
        source="docs/full.md",
        format="markdown",
        title="Full “Briefing” — Zürich",
        place="Zürich, Switzerland",
        date=dt.date(2026, 2, 28),
        summary="Ministers met.\nThey agreed.",
        sections=(Section(None, ("Lead.",)), Section("Details", ("A.", 'B "quoted" C.'))),
        areas=(Area("Rail Freight", "RF", "Lines."), Area("Ports", None, "Quays.")),
        quotes=(Quote("q-a", "it's done,", "Ana Ruiz", "Foreign Minister", "ctx"),),
        comments=(Comment("c-a", "김민준", "[bold]no markup[/bold]"),),
        comment_count_declared=3,
        facts=(Fact("money", "€1.8 billion", "a €1.8 billion loan"),),
        people=(Person("Ana Ruiz", "Foreign Minister"),),
        warnings=("3 comments declared, 1 found",),
    )


# --- shape of the contract -------------------------------------------------------------------


@pytest.mark.parametrize("doc", [_sparse(), _full()], ids=["sparse", "full"])
def test_to_dict_key_order_matches_spec(doc: Briefing) -> None:
    data = to_dict(doc)
    assert list(data) == CONTRACT_KEYS
    for key, keys in NESTED_KEYS.items():
        assert data[key], key
        for item in data[key]:
            assert list(item) == keys


def test_json_text_keeps_key_order_and_characters() -> None:
    text = to_json(_full())
    assert list(json.loads(text)) == CONTRACT_KEYS
    assert "Zürich" in text and "김민준" in text  # not \u-escaped
    assert json.loads(text) == to_dict(_full())


def test_nulls_are_present_not_omitted() -> None:
    data = json.loads(to_json(_sparse()))
    for key in ("place", "date", "comment_count_declared"):
        assert key in data and data[key] is None
    assert data["sections"][0]["heading"] is None
    assert data["areas"][0]["short"] is None
    assert data["quotes"][0]["speaker"] is None and data["quotes"][0]["role"] is None
    assert data["people"][0]["role"] is None
    assert data["summary"] == "" and data["warnings"] == []
    assert data["schema"] == 1


def test_empty_collections_are_empty_lists() -> None:
    data = to_dict(Briefing(id="b-1", source="x", format="json", title="T"))
    for key in ("sections", "areas", "quotes", "comments", "facts", "people", "warnings"):
        assert data[key] == []


def test_date_is_iso_string_in_json_and_toml_date_in_toml() -> None:
    assert to_dict(_full())["date"] == "2026-02-28"
    assert tomllib.loads(to_toml(_full()))["date"] == dt.date(2026, 2, 28)


def test_toml_leaves_out_nulls() -> None:
    data = tomllib.loads(to_toml(_sparse()))
    assert "place" not in data and "date" not in data and "comment_count_declared" not in data
    assert "heading" not in data["sections"][0]
    assert "short" not in data["areas"][0]
    assert "speaker" not in data["quotes"][0]


@pytest.mark.parametrize("doc", [_sparse(), _full()], ids=["sparse", "full"])
def test_toml_and_json_round_trip_in_memory(doc: Briefing) -> None:
    from_toml = from_mapping(tomllib.loads(to_toml(doc)), origin="other.toml", fmt="toml")
    from_json = from_mapping(json.loads(to_json(doc)), origin="other.json", fmt="json")
    assert to_dict(from_toml) == to_dict(doc)
    assert to_dict(from_json) == to_dict(doc)


# --- round trips through files ---------------------------------------------------------------


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_toml_output_reads_back_to_the_same_json(path: Path, tmp_path: Path) -> None:
    original = load_briefing(path)
    out = tmp_path / "elsewhere" / "copy.toml"
    out.parent.mkdir()
    out.write_text(to_toml(original), encoding="utf-8")
    assert to_json(load_briefing(out)) == to_json(original)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_json_output_reads_back_to_the_same_json(path: Path, tmp_path: Path) -> None:
    original = load_briefing(path)
    out = tmp_path / "copy.json"
    out.write_text(to_json(original), encoding="utf-8")
    assert to_json(load_briefing(out)) == to_json(original)


# --- hand-written structured input ------------------------------------------------------------


def test_hand_written_toml_gets_id_source_and_format(tmp_path: Path) -> None:
    path = tmp_path / "structured.toml"
    shutil.copy(STRUCTURED, path)
    data = to_dict(load_briefing(path))
    expected = json.loads((EXAMPLES / "structured.expected.json").read_text(encoding="utf-8"))
    assert data["id"].startswith("b-") and len(data["id"]) > 2
    assert data["source"] == str(path)
    assert data["format"] == "toml"
    for key in ("title", "place", "date", "comment_count_declared"):
        assert data[key] == expected[key], key
    assert data["summary"].startswith(expected["summary_starts"])
    assert [{"name": a["name"], "short": a["short"]} for a in data["areas"]] == expected["areas"]
    assert [
        {"text": q["text"], "speaker": q["speaker"], "role": q["role"]} for q in data["quotes"]
    ] == expected["quotes"]
    assert [{"author": c["author"], "text": c["text"]} for c in data["comments"]] == expected[
        "comments"
    ]
    facts = [f["text"] for f in data["facts"]]
    assert all(any(want in f for f in facts) for want in expected["facts_include"])
    assert data["sections"][0]["heading"] is None
    assert '"a new stage between two emerging economies"' in data["quotes"][2]["context"]
    ids = [q["id"] for q in data["quotes"]] + [c["id"] for c in data["comments"]]
    assert all(ids) and len(set(ids)) == len(ids)
    assert data["warnings"] == []


def test_json_input_accepted(tmp_path: Path) -> None:
    source = tomllib.loads(STRUCTURED.read_text(encoding="utf-8"))
    source["date"] = source["date"].isoformat()
    path = tmp_path / "structured.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    from_json = to_dict(load_briefing(path))
    from_toml = to_dict(load_briefing(STRUCTURED))
    assert from_json["format"] == "json" and from_json["source"] == str(path)
    for key in CONTRACT_KEYS:
        if key not in ("source", "format"):
            assert from_json[key] == from_toml[key], key


def test_json_nulls_read_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "nulls.json"
    body = {
        "title": "T",
        "place": None,
        "date": None,
        "areas": [{"name": "A", "short": None, "text": "x"}],
        "quotes": [{"id": None, "text": "q", "speaker": None, "role": None, "context": "c"}],
        "comment_count_declared": None,
    }
    path.write_text(json.dumps(body), encoding="utf-8")
    doc = load_briefing(path)
    assert doc.place is None and doc.date is None and doc.comment_count_declared is None
    assert doc.areas[0].short is None and doc.quotes[0].speaker is None
    assert doc.quotes[0].id
    assert doc.warnings == ()


ODD_SHAPES: list[Any] = [
    pytest.param({"summary": "no title here"}, "no title", id="title-missing"),
    pytest.param({"title": 5}, "'title' should be a string", id="title-number"),
    pytest.param({"title": "T", "place": ["a"]}, "'place' should be a string", id="place-list"),
    pytest.param({"title": "T", "date": "soon"}, "'date'", id="date-word"),
    pytest.param({"title": "T", "date": 20260101}, "'date'", id="date-number"),
    pytest.param(
        {"title": "T", "sections": "text"}, "'sections' should be a list", id="sections-str"
    ),
    pytest.param(
        {"title": "T", "sections": [1, {"paragraphs": ["a"]}]}, "not tables", id="section-int"
    ),
    pytest.param(
        {"title": "T", "sections": [{"paragraphs": {"a": 1}}]}, "'paragraphs'", id="paras-table"
    ),
    pytest.param(
        {"title": "T", "sections": [{"paragraphs": [1, 2]}]}, "should be strings", id="paras-ints"
    ),
    pytest.param({"title": "T", "areas": [{"name": ["x"], "text": "y"}]}, "'name'", id="area-name"),
    pytest.param(
        {"title": "T", "areas": {"name": "x"}}, "'areas' should be a list", id="areas-table"
    ),
    pytest.param(
        {"title": "T", "facts": [{"kind": "rumour", "text": "x"}]}, "unknown kind", id="fact-kind"
    ),
    pytest.param({"title": "T", "facts": [{"kind": 7, "text": "x"}]}, "'kind'", id="fact-kind-int"),
    pytest.param(
        {"title": "T", "quotes": [{"text": 1.5}]}, "'text' should be a string", id="quote-text"
    ),
    pytest.param(
        {"title": "T", "quotes": [{"id": "q-x", "text": "a"}, {"id": "q-x", "text": "b"}]},
        "repeats",
        id="quote-id-repeated",
    ),
    pytest.param({"title": "T", "comment_count_declared": "three"}, "whole number", id="count-str"),
    pytest.param({"title": "T", "comment_count_declared": True}, "whole number", id="count-bool"),
    pytest.param({"title": "T", "comment_count_declared": 2.5}, "whole number", id="count-float"),
    pytest.param(
        {"title": "T", "comment_count_declared": 3, "comments": [{"author": "a", "text": "b"}]},
        "3 comments declared, 1 found",
        id="count-mismatch",
    ),
    pytest.param({"title": "T", "schema": 2}, "schema", id="schema-2"),
    pytest.param({"title": "T", "warnings": "odd"}, "odd", id="warnings-str"),
    pytest.param({"title": "T", "people": [{"name": "A", "role": 3}]}, "'role'", id="person-role"),
]


@pytest.mark.parametrize(("mapping", "warning"), ODD_SHAPES)
@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_odd_shapes_give_warnings_not_exceptions(
    tmp_path: Path, mapping: dict[str, Any], warning: str, suffix: str
) -> None:
    path = tmp_path / f"odd{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(mapping), encoding="utf-8")
    else:
        path.write_text(tomli_w.dumps(mapping), encoding="utf-8")
    doc = load_briefing(path)
    assert any(warning in w for w in doc.warnings), doc.warnings
    assert doc.title  # always something to show in the library
    data = json.loads(to_json(doc))  # and it still serialises
    assert list(data) == CONTRACT_KEYS
    tomllib.loads(to_toml(doc))


@pytest.mark.parametrize("given", ["", 7, None, ["a"]])
def test_unusable_source_falls_back_to_the_path(tmp_path: Path, given: object) -> None:
    path = tmp_path / "named.json"
    path.write_text(json.dumps({"title": "T", "source": given}), encoding="utf-8")
    assert load_briefing(path).source == str(path)


def test_written_source_is_kept_for_exact_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "copy.json"
    path.write_text(json.dumps({"title": "T", "source": "briefings/original.txt"}), "utf-8")
    assert load_briefing(path).source == "briefings/original.txt"


def test_missing_title_falls_back_to_file_name(tmp_path: Path) -> None:
    path = tmp_path / "untitled-brief.json"
    path.write_text("{}", encoding="utf-8")
    assert load_briefing(path).title == "untitled-brief"


def test_lone_surrogate_in_json_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text('{"title": "A\\ud800B", "summary": "ok \\ud83d\\ude00"}', encoding="utf-8")
    doc = load_briefing(path)
    assert doc.title == "A\ufffdB"
    assert doc.summary == "ok 😀"
    to_json(doc).encode("utf-8")
    to_toml(doc).encode("utf-8")


def test_structured_input_that_does_not_decode_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('title = "unterminated\n', encoding="utf-8")
    with pytest.raises(BriefingError, match="invalid TOML"):
        load_briefing(path)


# --- stable ids ---------------------------------------------------------------------------------


def _ids(doc: Briefing) -> tuple[str, list[str], list[str]]:
    return doc.id, [q.id for q in doc.quotes], [c.id for c in doc.comments]


#: Ids recorded from the samples and examples: a change in how ids are derived (which
#: would orphan every bookmark a user has) fails here, not just a change between two parses.
RECORDED_IDS = json.loads((HERE.parent / "fixtures" / "ids.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(RECORDED_IDS))
def test_ids_are_the_ones_recorded(name: str) -> None:
    doc = load_briefing(REPO / name)
    recorded = RECORDED_IDS[name]
    assert _ids(doc) == (recorded["id"], recorded["quotes"], recorded["comments"])
    assert _ids(load_briefing(REPO / name)) == _ids(doc)  # and parsing again changes nothing


def test_every_sample_and_example_has_recorded_ids() -> None:
    recorded = {REPO / name for name in RECORDED_IDS}
    assert recorded <= set(DOCUMENTS)
    assert len(recorded) >= 13


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_copy_or_rename_keeps_ids(path: Path, tmp_path: Path) -> None:
    moved = tmp_path / "some" / "other folder" / f"renamed{path.suffix}"
    moved.parent.mkdir(parents=True)
    shutil.copy(path, moved)
    assert _ids(load_briefing(moved)) == _ids(load_briefing(path))


def _quoted(doc: Briefing) -> dict[str, str]:
    return {q.text: q.id for q in doc.quotes}


PROSE = [p for p in DOCUMENTS if p.suffix in (".txt", ".md")]
QUOTE_MARKS = set("'\"‘’“”«»")


@pytest.mark.parametrize("path", PROSE, ids=[p.name for p in PROSE])
def test_unrelated_edit_keeps_quote_ids(path: Path, tmp_path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    before = load_briefing(path)
    if not before.quotes:
        pytest.skip("no quotes in this document")
    # A long body line with no quotation marks, after the lead: a paragraph no quote is in.
    target = next(
        i
        for i, line in enumerate(lines)
        if i > 2 and len(line) > 60 and not QUOTE_MARKS & set(line) and line[0] not in "-*•>1234"
    )
    lines[target] = lines[target].replace(" ", " newly ", 1) + " A sentence was added later."
    lines.insert(target, "An entirely new paragraph was inserted here, some time later.")
    copy = tmp_path / path.name
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    after = load_briefing(copy)
    assert after.id == before.id
    assert _quoted(after) == _quoted(before)


def test_unrelated_edit_keeps_quote_ids_in_structured_input(tmp_path: Path) -> None:
    data = tomllib.loads(STRUCTURED.read_text(encoding="utf-8"))
    before = from_mapping(data, origin="a.toml", fmt="toml")
    data["summary"] = "A rewritten summary."
    data["sections"][1]["paragraphs"].append("A new paragraph.")
    data["quotes"].insert(0, {"text": "a brand-new quote", "context": "new"})
    after = from_mapping(data, origin="b.toml", fmt="toml")
    assert after.id == before.id
    for text, qid in _quoted(before).items():
        assert _quoted(after)[text] == qid
    assert len(set(_quoted(after).values())) == len(after.quotes)


def test_blank_source_in_a_structured_file_falls_back_to_the_path(tmp_path: Path) -> None:
    doc_path = tmp_path / "hand.toml"
    doc_path.write_text('title = "A brief"\nsource = "  "\n', encoding="utf-8")
    assert load_briefing(doc_path).source == str(doc_path)
