"""The reader's choices about people in ``people.toml``: names never merged with others.

```toml
version = 1
apart = ["Lee", "Kim"]
```
Read with ``tomllib``; written under the stores' lock with an atomic replace.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from tui.core.stores.safefile import atomic_write_bytes, locked

__all__ = ["FILE_NAME", "PeoplePrefs"]

FILE_NAME = "people.toml"


class PeoplePrefs:
    """``people.toml``: the speaker names the reader set apart from merges."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[frozenset[str], str | None]:
        """The names set apart, and a one-line problem when the file cannot be read."""
        try:
            data = tomllib.loads(self.path.read_bytes().decode("utf-8-sig"))
        except FileNotFoundError:
            return frozenset(), None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
            return frozenset(), f"{self.path}: not read ({type(exc).__name__}); merges as usual"
        apart = data.get("apart", [])
        if not isinstance(apart, list):
            return frozenset(), f"{self.path}: 'apart' is not a list of names"
        return frozenset(a for a in apart if isinstance(a, str) and a.strip()), None

    def set_apart(self, names: Iterable[str], *, apart: bool = True) -> frozenset[str]:
        """Add (or, with ``apart=False``, remove) names; returns what the file now holds.

        Raises:
            OSError: the file cannot be written.
        """
        import tomli_w

        with locked(self.path):
            current, _ = self.load()
            updated = current | set(names) if apart else current - set(names)
            data = {"version": 1, "apart": sorted(updated)}
            atomic_write_bytes(self.path, tomli_w.dumps(data).encode("utf-8"))
        return updated
