"""Where things live: the config folder, the cache folder, the library and the samples."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.stores.config import Config

APP_NAME = "briefing"
CONFIG_ENV = "BRIEFING_CONFIG_DIR"
LIBRARY_ENV = "BRIEFING_LIBRARY"
CACHE_ENV = "BRIEFING_CACHE_DIR"


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The config folder: ``--config-dir``, else ``$BRIEFING_CONFIG_DIR``, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


def cache_dir() -> Path:
    """The cache folder: ``$BRIEFING_CACHE_DIR``, else platformdirs' user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def library_folders(configured: tuple[str, ...] = ()) -> tuple[Path, ...]:
    """The user's library folders: config ``library``, else ``$BRIEFING_LIBRARY``; may be ``()``."""
    return tuple(Path(p).expanduser() for p in configured or env_library())


def env_library() -> tuple[str, ...]:
    """The folders ``$BRIEFING_LIBRARY`` names, as written (``~`` not expanded); may be ``()``."""
    env = os.environ.get(LIBRARY_ENV, "")
    return tuple(p for p in env.split(os.pathsep) if p.strip())


def samples_dir() -> Path:
    """The bundled sample briefings: inside the package when installed, else the repo's."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "briefings"
    if installed.is_dir():
        return installed
    return here.parent / "briefings"


def library_targets(config: Config) -> tuple[Path, ...]:
    """The library: config ``library``, else ``$BRIEFING_LIBRARY``, else the samples."""
    return library_folders(config.library) or (samples_dir(),)


STATE_ENV = "BRIEFING_STATE_DIR"


def state_dir() -> Path:
    """The state folder (read marks, places): ``$BRIEFING_STATE_DIR``, else platformdirs."""
    env = os.environ.get(STATE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME))
