"""The loader: encodings, line endings, and one-line refusals for input it cannot read."""

from __future__ import annotations

import json
import os
import random
import struct
import threading
import zlib
from pathlib import Path

import pytest

from tests.conftest import run_as_a_user
from tui.core.errors import BriefingError
from tui.core.load import decode, format_for, load_briefing
from tui.core.load import read as formats

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "briefings").iterdir())

TEXT = (
    "Café Diplomacy in Zürich\n"
    "\n"
    "Zürich, Switzerland – Ministers met on Monday, March 2, 2026, and agreed a €40 million\n"
    "fund. “It’s a start,” said one of them; «assez» said another.\n"
)


def _assert_one_line_naming(exc: BriefingError, path: str) -> None:
    message = str(exc)
    assert "\n" not in message and "\r" not in message
    assert message.isprintable()
    assert message.startswith(path + ": ") or message.startswith(repr(path)[1:-1] + ": ")
    assert exc.path == path


# --- encodings and line endings ------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(TEXT.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16-bom-native"),
        pytest.param(b"\xff\xfe" + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(TEXT.encode("utf-32"), id="utf-32-bom"),
        pytest.param(TEXT.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(TEXT.replace("\n", "\r").encode("utf-8"), id="lone-cr"),
        pytest.param(TEXT.replace("\n", "\r\n").encode("utf-16"), id="utf-16-crlf"),
    ],
)
def test_decode_unicode_and_line_endings(data: bytes) -> None:
    text, warnings = decode(data, "doc.txt")
    assert text == TEXT
    assert warnings == []


def test_decode_mixed_line_endings() -> None:
    text, _ = decode(b"Title\r\nOne\rTwo\nThree\r\n\r\nFour", "doc.txt")
    assert text == "Title\nOne\nTwo\nThree\n\nFour"


def test_decode_legacy_windows_1252_with_warning() -> None:
    text, warnings = decode(TEXT.encode("cp1252"), "old.txt")
    assert text == TEXT
    assert warnings == ["not UTF-8; decoded as Windows-1252"]


def test_decode_legacy_latin_1_with_warning() -> None:
    # 0x81 is undefined in Windows-1252, so only Latin-1 can decode this file.
    body = "Accord signé à Genève.\n" * 40
    data = ("Réunion à Genève\n\n" + body).encode("latin-1") + b"\x81\n"
    text, warnings = decode(data, "old.txt")
    assert text.startswith("Réunion à Genève\n")
    assert warnings == ["not UTF-8; decoded as Latin-1"]


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        (".txt", TEXT.encode("utf-8-sig")),
        (".txt", TEXT.encode("utf-16")),
        ("", TEXT.replace("\n", "\r\n").encode("utf-8")),
        (".md", ("# " + TEXT).encode("utf-16")),
    ],
)
def test_load_unicode_variants_without_warnings(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    doc = load_briefing(path)
    assert doc.title.lstrip("# ") == "Café Diplomacy in Zürich"
    assert "\ufeff" not in doc.title
    assert not any("UTF-8" in w for w in doc.warnings)
    assert doc.source == str(path)


def test_load_legacy_file_opens_with_warning_first(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("cp1252"))
    doc = load_briefing(path)
    assert doc.title == "Café Diplomacy in Zürich"
    assert doc.warnings[0] == "not UTF-8; decoded as Windows-1252"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a.TXT", "text"),
        ("README", "text"),
        ("a.text", "text"),
        ("a.md", "markdown"),
        ("a.Markdown", "markdown"),
        ("a.toml", "toml"),
        ("a.JSON", "json"),
        ("archive.tar.json", "json"),
    ],
)
def test_format_by_suffix(name: str, expected: str) -> None:
    assert format_for(Path(name)) == expected


def test_uppercase_suffix_is_parsed_as_that_format(tmp_path: Path) -> None:
    path = tmp_path / "DOC.JSON"
    path.write_text(json.dumps({"title": "Upper Case"}), encoding="utf-8")
    doc = load_briefing(path)
    assert (doc.format, doc.title) == ("json", "Upper Case")


# --- refusals --------------------------------------------------------------------------------


def _png() -> bytes:
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))


def _random(seed: int, size: int = 4096, *, nul: bool = True) -> bytes:
    rng = random.Random(seed)
    data = rng.randbytes(size)
    return data if nul else data.replace(b"\x00", b"\x01")


BAD_BYTES = [
    pytest.param(".txt", b"", "empty", id="empty"),
    pytest.param(".txt", b"  \n\t\r\n   \r", "empty", id="whitespace-only"),
    pytest.param(".md", b"\xef\xbb\xbf\r\n", "empty", id="bom-and-newline-only"),
    pytest.param(".txt", b"Title\nSome text\x00\x00\x00more", "binary", id="nul-bytes"),
    pytest.param(".txt", b"\xff\xfeT\x00i\x00t", "undecodable UTF-16", id="utf-16-odd-length"),
    pytest.param(
        ".txt", b"\xff\xfeT\x00\x00\xd8x\x00", "undecodable UTF-16", id="utf-16-surrogate"
    ),
    pytest.param(".txt", _png(), "PNG", id="png"),
    pytest.param(".md", b"\x89PNG\r\n\x1a\n", "binary", id="png-header-only"),
    pytest.param(".txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", id="pdf"),
    pytest.param(".txt", _random(1), "binary", id="random-1"),
    pytest.param("", _random(2), "binary", id="random-2-no-suffix"),
    pytest.param(".txt", _random(3, nul=False), "binary", id="random-without-nul"),
    pytest.param(".json", _random(4, 600, nul=False), "binary", id="random-json"),
    pytest.param(".toml", b"title = \n[[x", "invalid TOML", id="bad-toml"),
    pytest.param(".toml", b"a = " + b"[" * 50_000, "invalid TOML", id="toml-nested-deep"),
    pytest.param(".json", b'{"title": "x",}', "invalid JSON", id="bad-json"),
    pytest.param(".json", b"[1, 2, 3]", "object", id="json-array"),
    pytest.param(".json", b'"just a string"', "object", id="json-string"),
    pytest.param(".json", b"null", "object", id="json-null"),
    pytest.param(".json", b"[" * 100_000, "invalid JSON", id="json-nested-deep"),
    # Shallow enough for the JSON/TOML reader, too deep to walk afterwards.
    pytest.param(".json", b'{"title": "x", "a": ' + b'{"a": ' * 700 + b"0" + b"}" * 701,
                 "invalid JSON", id="json-deep-after-decoding"),
    pytest.param(".toml", b'title = "x"\na = ' + b"[" * 700 + b"]" * 700,
                 "invalid TOML", id="toml-deep-after-decoding"),
]  # fmt: skip


@pytest.mark.parametrize(("suffix", "data", "fragment"), BAD_BYTES)
def test_unreadable_content_is_one_line_error(
    tmp_path: Path, suffix: str, data: bytes, fragment: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    _assert_one_line_naming(info.value, str(path))
    assert fragment in str(info.value)


def test_over_size_limit_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(formats.MAX_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    _assert_one_line_naming(info.value, str(path))
    assert "too large" in str(info.value) and "20 MB" in str(info.value)


def test_size_limit_boundary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_BYTES", 64)
    at_limit = tmp_path / "at.txt"
    at_limit.write_bytes(b"Title\n" + b"x" * 58)
    assert load_briefing(at_limit).title == "Title"
    over = tmp_path / "over.txt"
    over.write_bytes(b"Title\n" + b"x" * 59)
    with pytest.raises(BriefingError, match="too large"):
        load_briefing(over)


def _stat_lying_about(path: Path, size: int, real_stat):  # type: ignore[no-untyped-def]
    """An ``os.stat`` that reports ``size`` for ``path``, as if the file grew afterwards."""

    def fake(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        st = real_stat(target, *args, **kwargs)
        if os.fspath(target) != str(path):
            return st
        fields = list(st)
        fields[6] = size  # st_size
        return os.stat_result(fields)

    return fake


def test_file_grown_since_stat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_text("Growing Title\n\n" + "More text arrived. " * 20 + "\n", encoding="utf-8")
    monkeypatch.setattr(formats.os, "stat", _stat_lying_about(path, 5, os.stat))
    doc = load_briefing(path)
    assert doc.title == "Growing Title"
    assert "More text arrived." in doc.summary


def test_file_grown_past_limit_since_stat_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"Title\n" + b"x" * 200)
    monkeypatch.setattr(formats, "MAX_BYTES", 100)
    monkeypatch.setattr(formats.os, "stat", _stat_lying_about(path, 10, os.stat))
    with pytest.raises(BriefingError, match="too large"):
        load_briefing(path)


def test_folder_refused(tmp_path: Path) -> None:
    folder = tmp_path / "briefings.txt"
    folder.mkdir()
    with pytest.raises(BriefingError) as info:
        load_briefing(folder)
    _assert_one_line_naming(info.value, str(folder))
    assert "folder" in str(info.value)


@pytest.mark.parametrize("name", ["missing.txt", "no/such/folder/doc.md"])
def test_missing_file_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    _assert_one_line_naming(info.value, str(path))
    assert "no such file" in str(info.value)


def test_relative_path_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BriefingError) as info:
        load_briefing("gone.txt")
    assert str(info.value) == "gone.txt: no such file"


def test_dangling_symlink_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "target-that-was-deleted.txt")
    with pytest.raises(BriefingError, match="no such file"):
        load_briefing(link)


_LOAD_SCRIPT = """
import sys
from tui.core.errors import BriefingError
from tui.core.load import load_briefing
try:
    load_briefing(sys.argv[1])
except BriefingError as exc:
    print(exc)
else:
    print("read")
"""


def test_unreadable_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\nBody.\n", encoding="utf-8")
    path.chmod(0)
    try:
        done = run_as_a_user(_LOAD_SCRIPT, str(path))  # root too: the child cannot read it
    finally:
        path.chmod(0o600)
    assert done.returncode == 0, done.stderr
    message = done.stdout.rstrip("\n")
    assert "\n" not in message and message.startswith(str(path))
    assert "permission denied" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    outcome: list[BaseException | object] = []

    def attempt() -> None:
        try:
            outcome.append(load_briefing(pipe))
        except BriefingError as exc:
            outcome.append(exc)

    # Opening a pipe for reading blocks until a writer comes; a thread keeps a
    # regression from hanging the whole suite.
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert outcome, "load_briefing blocked on a named pipe"
    assert isinstance(outcome[0], BriefingError)
    assert "not a regular file" in str(outcome[0])


def test_nul_in_path_is_briefing_error(tmp_path: Path) -> None:
    path = str(tmp_path / "bad\x00name.txt")
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    assert "\x00" not in str(info.value)
    assert "\\x00" in str(info.value)


def test_newline_in_file_name_keeps_message_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    assert "\n" not in str(info.value)
    assert "two\\nlines.txt: empty file" in str(info.value)
    assert info.value.path == str(path)


# --- the shipped samples -------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_sample_loads(path: Path) -> None:
    doc = load_briefing(path)
    assert doc.title.strip()
    assert doc.format == format_for(path)
    # a feed opens at its first entry
    assert doc.source == (f"{path}#1" if path.suffix == ".rss" else str(path))
    assert not any("decoded as" in w for w in doc.warnings)


def test_samples_cover_every_format(samples_dir: Path) -> None:
    found = {format_for(p) for p in samples_dir.iterdir() if p.is_file()}
    assert found == {"text", "markdown", "toml", "json", "html", "email", "feed", "pdf"}
    assert len([p for p in samples_dir.iterdir() if p.is_file()]) >= 8


@pytest.mark.parametrize("path", [p for p in SAMPLES if p.suffix in (".toml", ".json")])
def test_structured_samples_have_no_warnings(path: Path) -> None:
    doc = load_briefing(path)
    assert doc.warnings == ()
    assert doc.date is not None and doc.place
    assert doc.comment_count_declared == len(doc.comments)


def _samples(samples_dir: Path) -> dict[str, object]:
    return {p.name: load_briefing(p) for p in sorted(samples_dir.iterdir()) if p.is_file()}


def test_sample_library_shows_dates_across_two_years(samples_dir: Path) -> None:
    docs = _samples(samples_dir)
    dated = [d for d in docs.values() if d.date is not None]
    assert len(dated) >= len(docs) - 1  # one analyst brief is deliberately undated
    assert {d.date.year for d in dated} == {2025, 2026}
    assert len({d.date for d in dated}) == len(dated)  # newest-first order is unambiguous
    assert all(d.place for d in dated)


def test_sample_without_dateline_areas_or_comments(samples_dir: Path) -> None:
    doc = load_briefing(samples_dir / "arctic-shipping-outlook.txt")
    assert (doc.place, doc.date, doc.areas, doc.comments) == (None, None, (), ())
    assert doc.comment_count_declared is None
    assert doc.summary.startswith("Every summer brings")
    assert [s.heading for s in doc.sections if s.heading] == [
        "Distance Is Not Time",
        "Insurance and Rescue",
        "Politics",
        "What to Watch",
    ]


def test_sample_comment_count_mismatch_is_a_warning(samples_dir: Path) -> None:
    doc = load_briefing(samples_dir / "morocco-spain-desalination.txt")
    assert doc.comment_count_declared == 6
    assert len(doc.comments) == 4
    assert any("6" in w and "4" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("name", "header", "count"),
    [
        ("kenya-ethiopia-power-trade.txt", "Comments (3)", 3),
        ("chile-norway-ocean-monitoring.txt", "3 comments", 3),
        ("busan-marseille-port-cities.txt", "Comments", None),
        ("korea-italy-summit.txt", "5 Comments", 5),
    ],
)
def test_sample_comment_headers(
    samples_dir: Path, name: str, header: str, count: int | None
) -> None:
    doc = load_briefing(samples_dir / name)
    assert header in (samples_dir / name).read_text(encoding="utf-8").splitlines()
    assert doc.comment_count_declared == count
    assert len(doc.comments) == (count or 3)
    assert not any(header in c.author or header in c.text for c in doc.comments)


def test_sample_markup_and_hangul_kept_as_text(samples_dir: Path) -> None:
    doc = load_briefing(samples_dir / "busan-marseille-port-cities.txt")
    authors = [c.author for c in doc.comments]
    assert "해운대주민" in authors
    texts = " ".join(c.text for c in doc.comments)
    assert "[bold]Bravo[/bold]" in texts and "[link=x]where do we apply[/link]" in texts
    body = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "[link=https://example.org/busan-charter]" in body
    assert "Busan (부산)" in doc.summary


@pytest.mark.parametrize(
    ("name", "marks"),
    [
        ("kenya-ethiopia-power-trade.txt", "“”"),
        ("chile-norway-ocean-monitoring.txt", "«»"),
        ("busan-marseille-port-cities.txt", "‘’"),
    ],
)
def test_sample_quote_marks_are_removed(samples_dir: Path, name: str, marks: str) -> None:
    doc = load_briefing(samples_dir / name)
    assert len(doc.quotes) >= 3
    text = " ".join((samples_dir / name).read_text(encoding="utf-8").split())
    for quote in doc.quotes:
        assert marks[0] + quote.text + marks[1] in text
        assert quote.text[0] not in marks and quote.text[-1] not in marks


def test_a_month_written_with_a_long_s_is_read_not_a_crash(tmp_path: Path) -> None:
    # The date pattern ignores case the Unicode way: "ſept" matches as "sept" does.
    path = tmp_path / "old-print.txt"
    path.write_text("Talks in Rome\n\nRome, Italy - Talks on 19 ſept 2026 went well.\n")
    assert str(load_briefing(path).date) == "2026-09-19"
