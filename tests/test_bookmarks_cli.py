"""``briefing bookmarks``: listing, exports that read back, errors and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import summit_bookmark
from tui.bookmarks_cli import main
from tui.core.stores.bookmarks import Bookmark, BookmarkStore, bookmark_from_dict, loads

REPO_ROOT = Path(__file__).resolve().parents[1]
T0 = dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def cfg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config dir, also set as ``$BRIEFING_CONFIG_DIR`` so nothing reaches the real one."""
    folder = tmp_path / "cfg"
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(folder))
    monkeypatch.setenv("COLUMNS", "300")
    return folder


SAMPLES = [
    summit_bookmark(
        "quote",
        "q-1",
        'based on each side\'s strengths.\n“Second” line with """ and 대한민국',
        speaker="President Lee Jae Myung",
        note="key line\nfor the memo",
        tags=("italy", "korea"),
        created=T0,
    ),
    summit_bookmark("area", "a-1", "Space (ASI): launchers", created=T0 + dt.timedelta(minutes=1)),
    Bookmark(
        kind="comment",
        briefing_id="b-other",
        briefing_title="[bold]Other[/bold] brief",
        source="/docs/other.md",
        target_id="c-1",
        text="Great \x1b[31mnews",
        speaker="reader42",
        created=T0 + dt.timedelta(minutes=2),
    ),
]


def fill(cfg: Path) -> None:
    store = BookmarkStore(cfg / "bookmarks.toml")
    for bm in SAMPLES:
        assert store.add(bm).ok


def test_empty_list(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out.strip() == "No bookmarks yet."
    assert not cfg.exists()


def test_list_shows_a_table_with_the_text_literal(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(cfg)
    assert main(["--config-dir", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "3 bookmarks in 2 briefings" in out
    for word in ("quote", "area", "comment", "President Lee Jae Myung", "2026-01-19", "italy"):
        assert word in out
    assert "[bold]Other[/bold]" in out  # markup in a title is shown, not applied
    assert "\x1b" not in out


def test_list_shows_markup_in_every_column_literally(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = BookmarkStore(cfg / "bookmarks.toml")
    bm = summit_bookmark(
        "quote",
        "q-m",
        "The [bold]tide[/bold] turns",
        speaker="Ada [red]Quill[/red]",
        note="see [link=http://e]annex[/link]",
        tags=("[b]x[/b]",),
        created=T0,
    )
    assert store.add(bm).ok
    assert main(["--config-dir", str(cfg)]) == 0
    out = capsys.readouterr().out
    for literal in ("The [bold]tide[/bold] turns", "Ada [red]Quill[/red]", "[b]x[/b]"):
        assert literal in out, literal
    assert "[link=http://e]annex" in out


def test_config_dir_after_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "elsewhere"
    fill(folder)
    assert main(["export", "--format", "json", "--config-dir", str(folder)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["--config-dir", "DIR", "bookmarks", "export", "--format", "json"],
        ["--config-dir=DIR", "bookmarks", "export", "--format", "json"],
        ["bookmarks", "--config-dir", "DIR", "export", "--format", "json"],
        ["bookmarks", "export", "--format", "json", "--config-dir", "DIR"],
    ],
    ids=["before", "before=", "between", "after"],
)
def test_config_dir_before_or_after_the_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    from tui.cli import main as briefing

    folder = tmp_path / "elsewhere"
    fill(folder)
    argv = [a.replace("DIR", str(folder)) for a in argv]
    assert briefing(argv) == 0, capsys.readouterr().err
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_config_dir_before_parse_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main as briefing

    seed = REPO_ROOT / "briefings" / "korea-italy-summit.txt"
    assert briefing(["--config-dir", "anywhere", "parse", str(seed)]) == 0
    assert json.loads(capsys.readouterr().out)["title"]


def test_markdown_export(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(cfg)
    assert main(["export", "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert "## Korea–Italy summit (2026-01-19)" in md
    assert "> based on each side's strengths." in md
    assert "> — President Lee Jae Myung" in md
    assert "Note: key line" in md and "Tags: italy, korea" in md
    assert "## [bold]Other[/bold] brief" in md
    assert "\x1b" not in md
    # grouped: both summit bookmarks come before the other briefing's heading
    assert md.index("Space (ASI)") < md.index("## [bold]Other")


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_export_round_trip(cfg: Path, tmp_path: Path, fmt: str) -> None:
    fill(cfg)
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    back = [bookmark_from_dict(d) for d in json.loads(text)] if fmt == "json" else loads(text)
    assert back == SAMPLES


def test_toml_export_is_a_valid_store(cfg: Path, tmp_path: Path) -> None:
    fill(cfg)
    other = tmp_path / "other-cfg"
    other.mkdir()
    assert main(["export", "--format", "toml", "-o", str(other / "bookmarks.toml")]) == 0
    assert BookmarkStore(other / "bookmarks.toml").load().bookmarks == tuple(SAMPLES)


def test_format_from_suffix(cfg: Path, tmp_path: Path) -> None:
    fill(cfg)
    out = tmp_path / "x.json"
    assert main(["export", "-o", str(out)]) == 0
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)


def test_usage_errors_exit_2(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "xml"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0
    assert "invalid choice" in capsys.readouterr().err


def test_unwritable_output_exits_1(cfg: Path, tmp_path: Path, capsys) -> None:
    fill(cfg)
    assert main(["export", "-o", str(tmp_path / "missing" / "x.md")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefing: ") and "missing" in err and "\n" not in err
    assert main(["export", "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


CORRUPT = {
    "syntax": (b"version = 1\ngarbage = = here\n", 2),
    "encoding": (b"version = 1\n# caf\xe9\n", 2),
}
#: One entry that cannot be read among good ones: the good ones are listed, the bad one is
#: named (file and line) and left in the file as written.
BAD_ENTRY = {
    "syntax": (
        b'version = 1\n\n[[bookmarks]]\nkind = "quote"\nbriefing_id = "b"\ntarget_id = "q"\n'
        b'text = "kept words"\ncreated = 2026-01-20T09:30:00Z\n\n[[bookmarks]]\ntext = = "x"\n',
        10,
    ),
    "shape": (
        b'version = 1\n\n[[bookmarks]]\nkind = "quote"\nbriefing_id = "b"\ntarget_id = "q"\n'
        b'text = "kept words"\ncreated = 2026-01-20T09:30:00Z\n\n[[bookmarks]]\nkind = "poem"\n',
        10,
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_ENTRY))
@pytest.mark.parametrize("argv", [[], ["export", "--format", "json"]], ids=["list", "export"])
def test_one_bad_entry_is_named_and_the_rest_listed(
    cfg: Path, capsys: pytest.CaptureFixture[str], case: str, argv: list[str]
) -> None:
    content, line = BAD_ENTRY[case]
    cfg.mkdir()
    store = cfg / "bookmarks.toml"
    store.write_bytes(content)
    assert main(argv) == 0
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and err.startswith("briefing: ") and f"line {line}" in err
    assert "kept words" in captured.out
    assert sorted(p.name for p in cfg.iterdir()) == ["bookmarks.toml"]
    assert store.read_bytes() == content


@pytest.mark.parametrize("case", sorted(CORRUPT))
@pytest.mark.parametrize(
    "argv",
    [[], ["export", "--format", "json"], ["export", "-o", "OUT"]],
    ids=["list", "export", "export-o"],
)
def test_corrupt_store_is_reported_and_left_alone(
    cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, argv: list[str]
) -> None:
    """Listing and exporting never move or write files: one line naming file and line, exit 1."""
    content, line = CORRUPT[case]
    cfg.mkdir()
    store = cfg / "bookmarks.toml"
    store.write_bytes(content)
    out = tmp_path / "notes.md"
    argv = [str(out) if a == "OUT" else a for a in argv]
    assert main(argv) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and err.startswith("briefing: ")
    assert f"{store}, line {line}:" in err
    assert captured.out == ""
    assert sorted(p.name for p in cfg.iterdir()) == ["bookmarks.toml"]
    assert store.read_bytes() == content
    assert not out.exists()


def test_a_change_still_moves_a_corrupt_store_aside(cfg: Path) -> None:
    cfg.mkdir()
    (cfg / "bookmarks.toml").write_text("not = = toml", encoding="utf-8")
    result = BookmarkStore(cfg / "bookmarks.toml").add(SAMPLES[0])
    assert result.ok and result.message and "moved to" in result.message
    assert len(list(cfg.glob("bookmarks.toml.corrupt-*"))) == 1


def test_export_never_replaces_a_file_without_force(
    cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(cfg)
    out = tmp_path / "notes.md"
    out.write_text("my own notes\n", encoding="utf-8")
    assert main(["export", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    assert main(["export", "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Bookmarks")
    assert "wrote 3 bookmarks to" in capsys.readouterr().err


def test_counts_say_bookmark_in_the_right_number(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    BookmarkStore(cfg / "bookmarks.toml").add(SAMPLES[0])
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "1 bookmark in 1 briefing" in out and "(s)" not in out


def test_cli_never_imports_textual(cfg: Path) -> None:
    fill(cfg)
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        "rc = main(['bookmarks'])\n"
        "rc2 = main(['bookmarks', 'export', '--format', 'json'])\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
        "sys.exit(rc or rc2)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_json_has_every_key(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(cfg)
    main(["export", "--format", "json"])
    first = json.loads(capsys.readouterr().out)[2]
    assert first["briefing_date"] is None and first["created"] == "2026-01-20T09:32:00Z"
    assert list(first) == [
        "kind",
        "briefing_id",
        "briefing_title",
        "briefing_date",
        "source",
        "target_id",
        "text",
        "speaker",
        "note",
        "tags",
        "created",
    ]


def test_toml_export_starts_with_version(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(cfg)
    main(["export", "--format", "toml"])
    out = capsys.readouterr().out
    assert out.startswith("version = 1\n")
    assert len(tomllib.loads(out)["bookmarks"]) == 3


def test_list_fits_a_narrow_terminal_with_wide_characters() -> None:
    import io

    from tui.bookmarks_cli import cell_width, print_table

    out = io.StringIO()
    long_korean = Bookmark(
        kind="quote",
        briefing_id="b-ko",
        briefing_title="청정수소 협력",
        source="/docs/ko.txt",
        target_id="q-1",
        text="양국은청정수소인증과공급망협력을확대하기로합의했다" * 3 + " and a tail",
        speaker="이재명 대통령",
        note="follow up",
        created=T0,
    )
    print_table([*SAMPLES, long_korean], out=out, width=40)
    lines = out.getvalue().splitlines()
    assert lines, "nothing printed"
    assert all(cell_width(line) <= 40 for line in lines), [
        line for line in lines if cell_width(line) > 40
    ]
    text = " ".join(line.strip() for line in lines)  # the wrapped lines read as one
    assert "— 이재명 대통령 · note: follow up" in text
    assert "— President Lee Jae Myung · tags: italy, korea · note: key line for the memo" in text
    # every character of the long text is printed, over several lines, none lost
    body = "".join(line.strip() for line in lines if "합의" in line or "양국" in line)
    assert body.count("합의했다") == 3


def test_wrap_cells_breaks_at_spaces_and_cuts_words_wider_than_a_line() -> None:
    from tui.bookmarks_cli import wrap_cells

    assert wrap_cells("one two three four", 9) == ["one two", "three", "four"]
    assert wrap_cells("a" * 20, 8) == ["a" * 8, "a" * 8, "a" * 4]
    assert wrap_cells("한국어문장", 8) == ["한국어문", "장"]
