"""Folding text for matching: case and accents ignored, one character for one character."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["find_spans", "fold"]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """``ch`` without case or accent, as exactly one character (``É`` → ``e``, ``ß`` → ``ß``)."""
    parts = unicodedata.normalize("NFKD", ch)
    # Only accents come off: a syllable that decomposes into letters (Hangul) stays whole.
    if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]):
        base = parts[0]
    else:
        base = parts if len(parts) == 1 else ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """``text`` with case and accents removed, the same length, so positions carry over."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def find_spans(text: str, words: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``words`` occurs in ``text`` (case and accents ignored), merged, in order."""
    hay = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        needle = fold(word)
        if not needle:
            continue
        start = hay.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = hay.find(needle, start + len(needle))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
