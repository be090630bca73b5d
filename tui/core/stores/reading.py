"""What the reader has read, and where they stopped: ``reading.json`` in the state folder.

```json
{"version": 1,
 "settings": {"sort": "newest"},
 "briefings": {"<briefing id>": {"read": true, "pane": "quotes", "item": 2,
                                   "article": 14, "changed": 1767225600.0}}}
```

Keyed by briefing id, so a renamed or moved file keeps its marks. Every save happens under
the file's lock and merges with what is on disk: for each briefing (and each setting) the
newer change wins, so two windows marking different briefings both keep their marks. The
file is written atomically; one that cannot be read is moved aside with a one-line notice
and reading starts afresh; one that cannot be written keeps the changes in memory, to be
saved by a later attempt.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from tui.core.stores.safefile import atomic_write_bytes, describe_os_error, locked

FILE_NAME = "reading.json"
VERSION = 1

__all__ = ["FILE_NAME", "Place", "ReadingStore"]


@dataclass(frozen=True, slots=True)
class Place:
    """One briefing's state: read or not, the focused pane and item, the Article view's place."""

    read: bool = False
    pane: str | None = None
    item: int | None = None
    article: int = 0
    changed: float = 0.0


def _place(raw: object) -> Place | None:
    if not isinstance(raw, dict):
        return None
    pane = raw.get("pane")
    item = raw.get("item")
    article = raw.get("article", 0)
    changed = raw.get("changed", 0.0)
    return Place(
        read=raw.get("read") is True,
        pane=pane if isinstance(pane, str) else None,
        item=item if isinstance(item, int) and not isinstance(item, bool) and item >= 0 else None,
        article=article if isinstance(article, int) and article >= 0 else 0,
        changed=float(changed) if isinstance(changed, int | float) else 0.0,
    )


class ReadingStore:
    """Read marks, places and list settings, kept in memory and saved by merging."""

    def __init__(self, path: Path, *, lock_timeout: float = 5.0) -> None:
        self.path = path
        self.lock_timeout = lock_timeout
        self._places: dict[str, Place] = {}
        self._settings: dict[str, tuple[str, float]] = {}
        self._dirty: set[str] = set()  # briefing ids changed since the last save
        self._dirty_settings: set[str] = set()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> str | None:
        """Read the file (changes not saved yet stay); returns a one-line notice, or None."""
        try:
            places, settings = self._read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            return f"reading marks not read: {describe_os_error(self.path.parent, exc)}"
        except ValueError as exc:
            return self._set_aside(exc)
        self._merge(places, settings)
        return None

    def _read(self) -> tuple[dict[str, Place], dict[str, tuple[str, float]]]:
        raw = json.loads(self.path.read_bytes().decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        places: dict[str, Place] = {}
        briefings = raw.get("briefings", {})
        if isinstance(briefings, dict):
            for key, value in briefings.items():
                place = _place(value)
                if isinstance(key, str) and place is not None:
                    places[key] = place
        settings: dict[str, tuple[str, float]] = {}
        stored = raw.get("settings", {})
        changed = raw.get("settings_changed", {})
        if isinstance(stored, dict):
            for key, value in stored.items():
                if isinstance(key, str) and isinstance(value, str):
                    at = changed.get(key, 0.0) if isinstance(changed, dict) else 0.0
                    settings[key] = (value, float(at) if isinstance(at, int | float) else 0.0)
        return places, settings

    def _set_aside(self, exc: Exception) -> str:
        aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return f"{self.path.name} is unreadable ({exc}); read marks start afresh"
        return f"{self.path.name} was unreadable ({exc}); moved to {aside.name}"

    def _merge(self, places: dict[str, Place], settings: dict[str, tuple[str, float]]) -> None:
        """Take what is on disk, except where this window has a newer change."""
        for key, place in places.items():
            mine = self._places.get(key)
            if key in self._dirty and mine is not None and mine.changed >= place.changed:
                continue  # changed here, after the change on disk
            self._places[key] = place
        for key, value in settings.items():
            own = self._settings.get(key)
            if key in self._dirty_settings and own is not None and own[1] >= value[1]:
                continue
            self._settings[key] = value

    def get(self, briefing_id: str) -> Place:
        """The briefing's state (unread, no place, when nothing is known)."""
        return self._places.get(briefing_id) or Place()

    def is_read(self, briefing_id: str) -> bool:
        """Whether the briefing is marked read."""
        place = self._places.get(briefing_id)
        return place is not None and place.read

    def setting(self, key: str, default: str) -> str:
        """A list setting (the sort order)."""
        value = self._settings.get(key)
        return value[0] if value else default

    @property
    def unsaved(self) -> int:
        """Changes not on disk yet."""
        return len(self._dirty) + len(self._dirty_settings)

    # -- changing (memory; ``save`` writes) -----------------------------------------------

    def update(self, briefing_id: str, **changes: Any) -> None:
        """Change a briefing's state: ``read``, ``pane``, ``item``, ``article``."""
        place = replace(self.get(briefing_id), **changes, changed=time.time())
        if place == replace(self.get(briefing_id), changed=place.changed):
            return  # nothing new
        self._places[briefing_id] = place
        self._dirty.add(briefing_id)

    def set_setting(self, key: str, value: str) -> None:
        """Change a list setting."""
        self._settings[key] = (value, time.time())
        self._dirty_settings.add(key)

    def save(self) -> str | None:
        """Merge with the file and write it; a one-line reason when it could not be written.

        Changes that could not be written are kept and go with the next save.
        """
        if not self.unsaved:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with locked(self.path, self.lock_timeout):
                try:
                    places, settings = self._read()
                except FileNotFoundError:
                    places, settings = {}, {}
                except ValueError as exc:
                    self._set_aside(exc)
                    places, settings = {}, {}
                self._merge(places, settings)
                data = {
                    "version": VERSION,
                    "settings": {k: v for k, (v, _at) in self._settings.items()},
                    "settings_changed": {k: at for k, (_v, at) in self._settings.items()},
                    "briefings": {k: asdict(p) for k, p in self._places.items()},
                }
                text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                atomic_write_bytes(self.path, text.encode("utf-8"))
        except OSError as exc:
            return f"read marks not saved: {describe_os_error(self.path.parent, exc)}"
        self._dirty.clear()
        self._dirty_settings.clear()
        return None
