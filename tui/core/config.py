"""Settings in ``config.toml`` (placeholder: the real store replaces this)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Config:
    """What ``config.toml`` holds: theme, library folders, key overrides (binding id -> keys)."""

    theme: str | None = None
    library: tuple[str, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)


class ConfigStore:
    """Reads and writes ``config.toml``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Config:
        """The settings; defaults where the file is missing."""
        return Config()

    def save_theme(self, theme: str) -> None:
        """Remember the chosen theme."""
