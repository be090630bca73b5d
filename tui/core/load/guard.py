"""Loading a document without risking a hang or a crash: a time bound and an abandonable wait.

A parse runs in a daemon thread while the caller waits in short slices, so the caller can
give up when its work is cancelled (the app is quitting) or the parse takes too long; the
interpreter never waits for a daemon thread at exit. Any unexpected exception from a parser
becomes a ``BriefingError`` naming the file, so one hostile document is one error row.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["PARSE_SECONDS", "THREAD_BYTES", "Cancelled", "load_entries_guarded", "load_guarded"]

#: A parse that takes longer than this is abandoned and reported as an error.
PARSE_SECONDS = 15.0
#: Files at least this large parse in a thread of their own even without a ``cancelled``
#: callback (a linear parser needs well under a second below this size).
THREAD_BYTES = 256 * 1024
_SLICE = 0.05


class Cancelled(Exception):
    """The caller's work was cancelled while a parse was still running."""


def _load(path: str, kwargs: dict[str, Any]) -> Any:
    """``load_briefing`` (or, with ``every=True``, ``load_entries``), any failure a
    ``BriefingError``."""
    from tui.core.load.loader import load_briefing, load_entries

    every = kwargs.pop("every", False)
    try:
        return load_entries(path, **kwargs) if every else load_briefing(path, **kwargs)
    except BriefingError:
        raise
    except RecursionError as exc:
        raise BriefingError(path, "could not be parsed (nested too deeply)") from exc
    except Exception as exc:  # any parser bug: one error row, not a crash
        raise BriefingError(path, f"could not be parsed ({type(exc).__name__})") from exc


def load_guarded(
    path: str | os.PathLike[str],
    *,
    cancelled: Callable[[], bool] | None = None,
    seconds: float | None = None,
    **kwargs: Any,
) -> Briefing:
    """``load_briefing(path, **kwargs)`` that never crashes and never outlasts ``seconds``
    (``PARSE_SECONDS`` by default).

    Raises:
        BriefingError: the file cannot be read, the parser failed, or it took too long.
        Cancelled: ``cancelled()`` turned true while the parse was running.
    """
    origin = os.fspath(path)
    if cancelled is None:
        try:
            small = os.stat(origin).st_size < THREAD_BYTES
        except (OSError, ValueError):
            small = True  # the loader says what is wrong with it
        if small:
            return _load(origin, kwargs)  # type: ignore[no-any-return]
    result: list[Any] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(_load(origin, kwargs))
        except BaseException as exc:  # handed to the waiting caller
            error.append(exc)

    thread = threading.Thread(target=run, name="briefing-parse", daemon=True)
    thread.start()
    seconds = PARSE_SECONDS if seconds is None else seconds
    deadline = time.monotonic() + seconds
    while thread.is_alive():
        thread.join(_SLICE)
        if cancelled is not None and cancelled():
            raise Cancelled(origin)
        if time.monotonic() >= deadline and thread.is_alive():
            raise BriefingError(origin, f"took over {seconds:g} s to parse; skipped")
    if error:
        raise error[0]
    return result[0]  # type: ignore[no-any-return]


def load_entries_guarded(
    path: str | os.PathLike[str],
    *,
    cancelled: Callable[[], bool] | None = None,
    seconds: float | None = None,
    **kwargs: Any,
) -> list[Briefing]:
    """``load_entries`` under the same guard as ``load_guarded`` (every briefing a feed or
    mailbox holds)."""
    found: list[Briefing] = load_guarded(
        path, cancelled=cancelled, seconds=seconds, every=True, **kwargs
    )  # type: ignore[assignment]
    return found
