"""Stable ids: derived from content, never from paths or positions."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise(text: str) -> str:
    """Fold case, Unicode form and whitespace so cosmetic edits keep an id."""
    # split/join folds runs of white space like a regex would, at a fraction of the cost
    if text.isascii():  # (NFKC leaves ASCII as it is, and casefold is lower there)
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def digest(*parts: str, length: int = 10) -> str:
    """A short hex digest of the normalised parts."""
    joined = "\x1f".join(normalise(p) for p in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()[:length]


def briefing_id(title: str, date: str | None, place: str | None) -> str:
    """The id of a briefing: its title, date and place, so renaming the file keeps it."""
    return "b-" + digest(title, date or "", place or "")


class IdMaker:
    """Hands out ids from content, adding ``-2``, ``-3`` … to repeats within one document."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._seen: dict[str, int] = {}

    def make(self, *parts: str) -> str:
        """An id for these parts, unique within this maker."""
        base = f"{self._prefix}-{digest(*parts)}"
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{base}-{count}"
