"""Inline Markdown to plain text: ``**bold**``, ``*em*``, ``[text](url)``, backticks, tags."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")
_CODE = re.compile(r"(`+)([^`]+?)\1")
_TOKEN = re.compile(r"\x00(\d+)\x00")
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\s?\[[^\]]*\]")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# Spans never contain their own marker character, so every scan stops at the next marker:
# linear time even on a megabyte of stray asterisks.
_STRONG = re.compile(r"\*\*(?=[^\s*])([^*]+?)(?<=\S)\*\*|__(?=[^\s_])([^_]+?)(?<=\S)__")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=[^\s~])([^~]+?)(?<=\S)~~")
_SPACES = re.compile(r"[ \t]{2,}")


def strip_inline(text: str) -> str:
    """Plain text of one line or paragraph of Markdown; text without markup is returned as is."""
    # plain substring tests, one per character, are far cheaper than a character-class scan
    if not (
        "*" in text
        or "_" in text
        or "`" in text
        or "[" in text
        or "<" in text
        or "\\" in text
        or "~" in text
        or "!" in text
    ):
        return text
    stash: list[str] = []

    def keep(value: str) -> str:
        stash.append(value)
        return f"\x00{len(stash) - 1}\x00"

    # Each pattern needs its marker character; a pattern whose marker is absent is skipped.
    s = _ESCAPE.sub(lambda m: keep(m.group(1)), text) if "\\" in text else text
    if "`" in s:
        s = _CODE.sub(lambda m: keep(m.group(2).strip()), s)
    if "<" in s:
        s = _AUTOLINK.sub(lambda m: keep(m.group(1)), s)
    if "[" in s:
        s = _IMAGE.sub(r"\1", s)
        s = _LINK.sub(r"\1", s)
        s = _REF_LINK.sub(r"\1", s)
        s = _FOOTNOTE.sub("", s)
    if "<" in s:
        s = _TAG.sub("", s)
    for _ in range(3):  # nested emphasis: ***both***, **bold _em_**
        before = s
        if "**" in s or "__" in s:
            s = _STRONG.sub(lambda m: m.group(1) or m.group(2), s)
        if "*" in s:
            s = _EM_STAR.sub(r"\1", s)
        if "_" in s:
            s = _EM_UNDER.sub(r"\1", s)
        if "~~" in s:
            s = _STRIKE.sub(r"\1", s)
        if s == before:
            break

    def restore(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return stash[n] if n < len(stash) else m.group(0)

    if stash:  # with nothing kept, every token would be put back as it was
        for _ in range(2):  # a code span may sit inside an escaped context and vice versa
            s = _TOKEN.sub(restore, s)
    return _SPACES.sub(" ", s).strip()
