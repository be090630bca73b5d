"""config.toml: defaults, reading, bad input, and saving a theme or a folder keeping the user's file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tui.core.stores import Config, ConfigStore


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


def test_missing_file_gives_defaults(path: Path) -> None:
    cfg = ConfigStore(path).load()
    assert cfg == Config() and cfg.message is None
    assert cfg.theme is None and cfg.library == () and cfg.keys == {}
    assert not path.exists()


def test_reads_theme_library_and_keys(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/reader")
    path.write_text(
        'version = 1\ntheme = "nord"\nlibrary = ["~/briefs", "/srv/shared"]\n'
        '[keys]\n"bookmarks-delete" = "delete"\n"reader-next" = ["right", "l"]\n',
        encoding="utf-8",
    )
    cfg = ConfigStore(path).load()
    assert cfg.theme == "nord"
    assert cfg.library == ("/home/reader/briefs", "/srv/shared")
    assert cfg.keys == {"bookmarks-delete": "delete", "reader-next": "right,l"}
    assert cfg.message is None


@pytest.mark.parametrize(
    "content",
    [b"theme = = nord", b"\xff\xfe garbage", b'[keys\n"x" = "y"'],
)
def test_invalid_toml_gives_defaults_and_a_message_and_is_left_alone(
    path: Path, content: bytes
) -> None:
    path.write_bytes(content)
    cfg = ConfigStore(path).load()
    assert (cfg.theme, cfg.library, cfg.keys) == (None, (), {})
    assert cfg.message and str(path) in cfg.message and "\n" not in cfg.message
    assert path.read_bytes() == content
    assert list(path.parent.iterdir()) == [path]


def test_wrong_types_are_ignored_with_a_message(path: Path) -> None:
    path.write_text('theme = 3\nlibrary = "~/one"\n[keys]\nquit = 5\nhelp = "f1"\n')
    cfg = ConfigStore(path).load()
    assert cfg.theme is None
    assert len(cfg.library) == 1 and cfg.library[0].endswith("one")
    assert not cfg.library[0].startswith("~")
    assert cfg.keys == {"help": "f1"}
    assert cfg.message and "theme" in cfg.message and "quit" in cfg.message


def test_save_theme_creates_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    assert ConfigStore(path).save_theme("gruvbox") is None
    assert ConfigStore(path).load().theme == "gruvbox"
    assert tomllib.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_save_theme_keeps_other_keys_and_comments(path: Path) -> None:
    original = (
        "# my settings\n"
        "version = 1\n"
        'theme = "nord"  # dark\n'
        'library = ["~/briefs"]\n'
        "\n"
        "[keys]\n"
        '"bookmarks-delete" = "delete"   # I prefer delete\n'
    )
    path.write_text(original, encoding="utf-8")
    assert ConfigStore(path).save_theme("textual-light") is None
    text = path.read_text(encoding="utf-8")
    assert "# my settings" in text and "# I prefer delete" in text
    data = tomllib.loads(text)
    assert data == {
        "version": 1,
        "theme": "textual-light",
        "library": ["~/briefs"],
        "keys": {"bookmarks-delete": "delete"},
    }


def test_save_theme_adds_theme_above_tables(path: Path) -> None:
    path.write_text('library = ["/a"]\n\n[keys]\nquit = "ctrl+q"\n', encoding="utf-8")
    ConfigStore(path).save_theme("dracula")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"library": ["/a"], "theme": "dracula", "keys": {"quit": "ctrl+q"}}


def test_save_theme_never_touches_an_invalid_file(path: Path) -> None:
    path.write_bytes(b"theme = = broken")
    message = ConfigStore(path).save_theme("nord")
    assert message and "not saved" in message
    assert path.read_bytes() == b"theme = = broken"


def test_save_theme_unwritable_folder_is_a_message(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.write_text('theme = "nord"\n', encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    import tui.core.stores.safefile

    monkeypatch.setattr(tui.core.stores.safefile, "atomic_write_bytes", denied)
    message = ConfigStore(path).save_theme("dracula")
    assert message == f"theme not saved: {path.parent} is read-only"
    assert ConfigStore(path).load().theme == "nord"


@pytest.mark.parametrize(
    "content",
    [
        "version = 1\nx = " + "[" * 600 + "]" * 600 + "\n",
        "version = 1\nx = " + "{a = " * 600 + "1" + "}" * 600 + "\n",
    ],
    ids=["deep arrays", "deep tables"],
)
def test_nesting_too_deep_gives_defaults_and_a_message(path: Path, content: str) -> None:
    path.write_text(content, encoding="utf-8")
    cfg = ConfigStore(path).load()
    assert (cfg.theme, cfg.library, cfg.keys) == (None, (), {})
    assert cfg.message is not None and str(path) in cfg.message
    assert ConfigStore(path).save_theme("nord") is not None  # refused, file untouched
    assert path.read_text(encoding="utf-8") == content


def test_a_utf8_bom_is_accepted(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + b'version = 1\ntheme = "nord"\n')
    cfg = ConfigStore(path).load()
    assert cfg.message is None and cfg.theme == "nord"
    assert ConfigStore(path).save_theme("gruvbox") is None
    assert ConfigStore(path).load().theme == "gruvbox"


def test_save_theme_keeps_a_symlinked_file_a_link(path: Path, tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "config.toml"
    real.parent.mkdir()
    real.write_text('version = 1\ntheme = "nord"\n', encoding="utf-8")
    path.symlink_to(real)
    assert ConfigStore(path).save_theme("gruvbox") is None
    assert path.is_symlink()
    assert ConfigStore(real).load().theme == "gruvbox"


def test_a_config_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "cfg-file"
    folder.write_text("not a folder", encoding="utf-8")
    cfg = ConfigStore(folder / "config.toml").load()
    assert cfg.message is not None and f"{folder} is a file, not a folder" in cfg.message


# --- add_library: a folder added from the app --------------------------------------------


def test_add_library_creates_the_file(path: Path) -> None:
    assert ConfigStore(path).add_library("~/briefs") is None
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "version": 1,
        "library": ["~/briefs"],
    }


def test_add_library_appends_keeping_comments_and_other_keys(path: Path) -> None:
    original = (
        "# my settings\n"
        "version = 1\n"
        'theme = "nord"  # dark\n'
        "library = [\n"
        '  "~/briefs",\n'
        '  "/srv/shared",\n'
        "]\n"
        "\n"
        "# rebinding\n"
        "[keys]\n"
        'quit = "ctrl+q"\n'
    )
    path.write_text(original, encoding="utf-8")
    assert ConfigStore(path).add_library("/data/more") is None
    text = path.read_text(encoding="utf-8")
    assert text.startswith('# my settings\nversion = 1\ntheme = "nord"  # dark\n')
    assert text.endswith('\n# rebinding\n[keys]\nquit = "ctrl+q"\n')
    assert tomllib.loads(text) == {
        "version": 1,
        "theme": "nord",
        "library": ["~/briefs", "/srv/shared", "/data/more"],
        "keys": {"quit": "ctrl+q"},
    }
    assert ConfigStore(path).load().theme == "nord"  # and the theme can still be saved
    assert ConfigStore(path).save_theme("dracula") is None
    assert ConfigStore(path).load().library[-1] == "/data/more"


def test_add_library_turns_a_single_folder_into_a_list(path: Path) -> None:
    path.write_text('library = "/a"\n', encoding="utf-8")
    assert ConfigStore(path).add_library("/b") is None
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"library": ["/a", "/b"]}


def test_add_library_without_a_library_keeps_the_environments(path: Path) -> None:
    path.write_text('theme = "nord"\n', encoding="utf-8")
    assert ConfigStore(path).add_library("/b", start=("~/env-a", "/env-b")) is None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"theme": "nord", "library": ["~/env-a", "/env-b", "/b"]}


def test_add_library_never_lists_a_folder_twice(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", "/home/reader")
    path.write_text('library = ["~/briefs"]  # mine\n', encoding="utf-8")
    before = path.read_bytes()
    assert ConfigStore(path).add_library("/home/reader/briefs/") is None
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "why"),
    [("library = = [", "not valid TOML"), ("library = 5\n", "not a list of folders")],
)
def test_add_library_leaves_a_file_it_cannot_extend_alone(
    path: Path, content: str, why: str
) -> None:
    path.write_text(content, encoding="utf-8")
    message = ConfigStore(path).add_library("/b")
    assert message is not None and message.startswith("folder not saved") and why in message
    assert path.read_text(encoding="utf-8") == content
