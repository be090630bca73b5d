"""Settings in ``config.toml``: theme, library folders and key overrides.

```toml
version = 1
theme = "nord"
library = ["~/briefings", "/srv/shared/briefs"]

[keys]                       # binding id -> key(s), passed to App.set_keymap
"bookmarks-delete" = "delete"
```

The file is the user's: it is only read, except by :meth:`ConfigStore.save_theme` and
:meth:`ConfigStore.add_library`, which rewrite it atomically and keep every other key and
the user's comments. An unreadable file gives the defaults and a one-line ``message``; it
is never moved or overwritten.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FILE_NAME = "config.toml"


@dataclass(frozen=True, slots=True)
class Config:
    """What ``config.toml`` holds: theme, library folders, key overrides (binding id -> keys).

    ``message`` is a one-line note when the file could not be used as written.
    """

    theme: str | None = None
    library: tuple[str, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)
    message: str | None = field(default=None, compare=False)


def _from_data(data: Mapping[str, Any], path: Path) -> Config:
    problems: list[str] = []
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append("'theme' is not text")
        theme = None
    library_raw = data.get("library", [])
    if isinstance(library_raw, str):
        library_raw = [library_raw]
    library: list[str] = []
    if isinstance(library_raw, list):
        for item in library_raw:
            if isinstance(item, str) and item.strip():
                library.append(os.path.expanduser(item.strip()))
            else:
                problems.append("'library' has an entry that is not a folder name")
    else:
        problems.append("'library' is not a list of folders")
    keys_raw = data.get("keys", {})
    keys: dict[str, str] = {}
    if isinstance(keys_raw, Mapping):
        for binding_id, key in keys_raw.items():
            if isinstance(key, list) and all(isinstance(k, str) for k in key):
                key = ",".join(key)  # Textual's keymap takes "a,b" for several keys
            if isinstance(key, str) and key.strip():
                keys[str(binding_id)] = key.strip()
            else:
                problems.append(f"key for {binding_id!r} is not text")
    else:
        problems.append("'keys' is not a table")
    message = f"{path}: ignored {'; '.join(problems)}" if problems else None
    return Config(theme=theme, library=tuple(library), keys=keys, message=message)


_TABLE = re.compile(r"^\s*\[")


def _key_line(key: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{re.escape(key)}\s*=")


def _value_end(lines: list[str], start: int, stop: int) -> int:
    """The line after the value that starts on ``lines[start]`` (an array may span lines)."""
    import tomllib

    for end in range(start + 1, stop + 1):
        try:
            tomllib.loads("\n".join(lines[start:end]))
        except tomllib.TOMLDecodeError:
            continue
        return end
    return start + 1


def _with_key(text: str, data: dict[str, Any], key: str, value: object) -> str:
    """``text`` with its top-level ``key`` set to ``value``, keeping comments and layout.

    The key's old value is replaced where it stands (all its lines, for an array written
    over several); a new key goes above the first table. Falls back to a plain rewrite of
    ``data`` if the edit would not read back as ``data``.
    """
    import tomllib

    import tomli_w

    new_line = tomli_w.dumps({key: value}).rstrip("\n")
    lines = text.splitlines()
    top_end = next((i for i, ln in enumerate(lines) if _TABLE.match(ln)), len(lines))
    pattern = _key_line(key)
    found = next((i for i in range(top_end) if pattern.match(lines[i])), None)
    if found is not None:
        lines[found : _value_end(lines, found, top_end)] = [new_line]
    else:
        at = top_end
        while at > 0 and not lines[at - 1].strip():
            at -= 1  # keep the blank line that separates top-level keys from tables
        lines.insert(at, new_line)
    edited = "\n".join(lines) + "\n"
    try:
        if tomllib.loads(edited) == data:
            return edited
    except tomllib.TOMLDecodeError:
        pass  # the careful edit failed; the plain rewrite below is still correct
    return tomli_w.dumps(data)


def _same_folder(a: str, b: str) -> bool:
    """Whether two library entries name the same folder (``~`` and trailing ``/`` aside)."""

    def norm(p: str) -> str:
        return os.path.normpath(os.path.abspath(os.path.expanduser(p.strip())))

    return norm(a) == norm(b)


class _Refused(Exception):
    """The file holds something the change cannot be made to (left as it is)."""


class ConfigStore:
    """Reads ``config.toml``; remembers the chosen theme and added library folders in it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> Config:
        """The settings; defaults where the file is missing, plus ``message`` if unreadable."""
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            return Config()  # the usual case: no TOML reader to import before first paint
        except OSError as exc:
            from tui.core.stores.problems import explain_os_error

            reason = explain_os_error(self.path, exc)
            return Config(message=f"{self.path.name} not read: {reason}; using defaults")
        import tomllib

        try:
            data = tomllib.loads(raw.decode("utf-8-sig"))  # (a BOM is fine)
        except RecursionError:
            return Config(message=f"{self.path}: nested too deeply to read; using defaults")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            reason = " ".join(str(exc).split())
            return Config(message=f"{self.path}: not valid TOML ({reason}); using defaults")
        return _from_data(data, self.path)

    def save_theme(self, theme: str) -> str | None:
        """Remember ``theme``, keeping the rest of the file; returns a message if it failed.

        An unreadable file is left alone (the theme then lasts for this session only).
        """

        def change(data: dict[str, Any]) -> object | None:
            return None if data.get("theme") == theme else theme

        return self._update("theme", change, "theme not saved")

    def add_library(self, folder: str, *, start: tuple[str, ...] = ()) -> str | None:
        """Add ``folder`` to ``library``, keeping the rest of the file; a message if it failed.

        ``start``: the folders the library stands for when the file names none (those of
        ``$BRIEFING_LIBRARY``), so that adding one does not drop them. A folder already
        listed is not added twice. An unreadable file is left alone.
        """

        def change(data: dict[str, Any]) -> object | None:
            current = data.get("library")
            if isinstance(current, str):
                current = [current]
            if current is None:
                current = list(start)
            if not isinstance(current, list):
                raise _Refused(f"'library' in {self.path.name} is not a list of folders")
            if any(isinstance(p, str) and _same_folder(p, folder) for p in current):
                return None
            return [*current, folder]

        return self._update("library", change, "folder not saved")

    def _update(
        self, key: str, change: Callable[[dict[str, Any]], object | None], failed: str
    ) -> str | None:
        """Set top-level ``key`` to ``change(data)`` (None: leave the file as it is).

        Under the file's lock the file is read again, so a change made meanwhile (another
        window, the user's editor) is kept; it is written atomically. Returns a one-line
        message starting with ``failed`` if it could not be done.
        """
        import tomllib

        from tui.core.stores.problems import explain_os_error
        from tui.core.stores.safefile import atomic_write_bytes, locked

        # A symlinked config.toml (dotfiles) stays a link: its target is what is written.
        target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        try:
            with locked(target):
                try:
                    text = target.read_text(encoding="utf-8-sig")
                    data = tomllib.loads(text)
                except FileNotFoundError:
                    text, data = "", {"version": 1}
                except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
                    return f"{failed}: {self.path} is not valid TOML; fix or remove it"
                try:
                    value = change(data)
                except _Refused as exc:
                    return f"{failed}: {exc}"
                if value is None:
                    return None
                data[key] = value
                atomic_write_bytes(target, _with_key(text, data, key, value).encode("utf-8"))
        except OSError as exc:
            return f"{failed}: {explain_os_error(self.path, exc)}"
        return None
