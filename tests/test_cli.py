"""``briefing parse``: output on stdout, one-line errors on stderr, and exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import CONTRACT_KEYS, run_as_a_user
from tui import __version__
from tui.cli import main
from tui.core.load import MAX_BYTES
from tui.core.serialize import from_mapping, to_dict

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "briefings" / "korea-italy-summit.txt"
SAMPLES = sorted(p for p in (REPO / "briefings").iterdir() if p.is_file())


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m tui ARGS`` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


# --- success -------------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [["--json"], []], ids=["--json", "default"])
def test_parse_json_subprocess(flags: list[str]) -> None:
    done = run("parse", str(SEED), *flags)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert list(data) == CONTRACT_KEYS
    assert data["source"] == str(SEED)
    assert data["format"] == "text"
    assert data["title"] == "Historic Summit Bolsters Bilateral Relations"
    assert done.stdout.endswith("}\n")


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_parse_json_in_process(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    if isinstance(data, list):  # a feed: one object per entry, each sourced to its entry
        assert [d["source"] for d in data] == [f"{path}#{n}" for n in range(1, len(data) + 1)]
        data = data[0]
    else:
        assert data["source"] == str(path)
    assert list(data) == CONTRACT_KEYS
    assert data["title"]


def test_source_is_the_path_as_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["parse", "briefings/korea-italy-summit.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "briefings/korea-italy-summit.txt"


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_parse_toml_reads_back_as_the_json(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = ["--entry", "2"] if path.suffix == ".rss" else []  # a feed: one entry at a time
    assert main(["parse", str(path), "--toml", *entry]) == 0
    toml_out = capsys.readouterr().out
    assert main(["parse", str(path), "--json", *entry]) == 0
    json_out = json.loads(capsys.readouterr().out)
    back = from_mapping(tomllib.loads(toml_out), origin="elsewhere.toml", fmt="toml")
    assert to_dict(back) == json_out


def test_feed_as_toml_needs_an_entry(capsys: pytest.CaptureFixture[str]) -> None:
    feed = REPO / "briefings" / "pacific-desk-weekly.rss"
    assert main(["parse", str(feed), "--toml"]) == 2
    assert "--entry N" in capsys.readouterr().err
    assert main(["parse", str(SEED), "--entry", "1"]) == 2
    assert main(["parse", str(feed), "--entry", "9"]) == 1
    assert capsys.readouterr().err.strip().endswith("no entry 9 (the feed has 3)")


def test_parse_toml_subprocess() -> None:
    done = run("parse", str(SEED), "--toml")
    assert done.returncode == 0, done.stderr
    data = tomllib.loads(done.stdout)
    assert data["schema"] == 1 and data["format"] == "text"
    assert data["place"] == "Seoul, South Korea" and str(data["date"]) == "2026-01-19"
    assert (
        data["quotes"][0]["speaker"] == "Lee Jae Myung" and data["quotes"][0]["role"] == "President"
    )


@pytest.mark.parametrize("flag", ["--json", "--toml"])
def test_output_survives_an_ascii_only_stdout(flag: str) -> None:
    path = REPO / "briefings" / "busan-marseille-port-cities.txt"
    reference = run("parse", str(path), "--json")
    done = run("parse", str(path), flag, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    data = json.loads(done.stdout) if flag == "--json" else tomllib.loads(done.stdout)
    assert data["title"] == json.loads(reference.stdout)["title"]
    assert "Traceback" not in done.stderr


# --- unreadable input: exit 1, one line on stderr -------------------------------------------


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    cases: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        cases[name] = tmp / name
        cases[name].write_bytes(data)

    cases["missing.txt"] = tmp / "missing.txt"
    cases["folder"] = tmp / "folder"
    cases["folder"].mkdir()
    put("empty.txt", b"")
    put("blank.md", b"  \n\n\t \r\n")
    put("nul.txt", b"Title\n\x00\x00\x00binary")
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
    put("noise.txt", bytes(range(1, 256)) * 8)
    put("broken.toml", b"title = 'x\n")
    put("broken.json", b'{"title": }')
    put("list.json", b'["not", "an", "object"]')
    huge = tmp / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    cases["huge.txt"] = huge
    return cases


BAD_NAMES = [
    "missing.txt",
    "folder",
    "empty.txt",
    "blank.md",
    "nul.txt",
    "image.txt",
    "noise.txt",
    "broken.toml",
    "broken.json",
    "list.json",
    "huge.txt",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_unreadable_input_exit_1_in_process(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad_inputs(tmp_path)[name]
    assert main(["parse", str(path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert str(path) in err
    assert err.startswith("briefing: ")


def test_unreadable_input_exit_1_subprocess(tmp_path: Path) -> None:
    for name, path in _bad_inputs(tmp_path).items():
        for flag in ("--json",) if name != "broken.toml" else ("--toml",):
            done = run("parse", str(path), flag)
            assert done.returncode == 1, (name, done.stderr)
            assert done.stdout == "", name
            lines = done.stderr.splitlines()
            assert len(lines) == 1, (name, done.stderr)
            assert str(path) in lines[0], name
            assert "Traceback" not in done.stderr


def test_unreadable_permissions_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Title\nBody.\n", encoding="utf-8")
    path.chmod(0)
    try:  # root too: the child gives up the power to read any file
        done = run_as_a_user(
            "from tui.cli import main; raise SystemExit(main())", "parse", str(path)
        )
    finally:
        path.chmod(0o600)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and str(path) in done.stderr
    assert "permission denied" in done.stderr


# --- usage errors: exit 2 -------------------------------------------------------------------


USAGE_ERRORS = [
    pytest.param(["parse"], "FILE", id="no-file"),
    pytest.param(["parse", str(SEED), "--xml"], "--xml", id="unknown-flag"),
    pytest.param(["parse", str(SEED), "--json", "--toml"], "not allowed", id="json-and-toml"),
    pytest.param(["parse", str(SEED), str(SEED)], "unrecognized", id="two-files"),
]


@pytest.mark.parametrize(("argv", "fragment"), USAGE_ERRORS)
def test_usage_errors_exit_2_in_process(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: briefing parse" in err and fragment in err


@pytest.mark.parametrize(("argv", "fragment"), USAGE_ERRORS)
def test_usage_errors_exit_2_subprocess(argv: list[str], fragment: str) -> None:
    done = run(*argv)
    assert done.returncode == 2
    assert done.stdout == ""
    assert fragment in done.stderr and "Traceback" not in done.stderr


# --- --version, --help ----------------------------------------------------------------------


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"briefing {__version__}"


def test_help_lists_parse() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert "usage: briefing" in done.stdout
    assert "briefing parse FILE" in done.stdout


def test_parse_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: briefing parse" in out and "--json" in out and "--toml" in out


def test_console_script_entry_point() -> None:
    script = Path(sys.executable).with_name("briefing")
    if not script.exists():
        pytest.skip("the package is not installed with its console script")
    done = subprocess.run(
        [str(script), "parse", str(SEED), "--json"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert list(json.loads(done.stdout)) == CONTRACT_KEYS
    missing = subprocess.run(
        [str(script), "parse", "no-such-briefing.txt"], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 1
    assert missing.stderr == "briefing: no-such-briefing.txt: no such file\n"
