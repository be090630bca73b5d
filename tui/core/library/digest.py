"""What the index keeps of one document: its list row and searchable text, parsed in any process."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from tui.core.model import Briefing

#: Raised when the index's tables change shape; part of the parser fingerprint.
INDEX_SCHEMA = 3
FTS_COLUMNS = ("title", "summary", "quotes", "areas", "body")
__all__ = [
    "FTS_COLUMNS",
    "INDEX_SCHEMA",
    "Digest",
    "digest_entries",
    "digest_file",
    "digest_files",
    "parser_fingerprint",
    "searchable_text",
]

#: What the index stores for one file: (id, title, date, place, error, searchable text).
#: A plain tuple, so results cross from parse worker processes cheaply.
Digest = tuple[str | None, str, str | None, str | None, str | None, tuple[str, ...]]


_NO_TEXT = ("",) * len(FTS_COLUMNS)


def parser_fingerprint() -> str:
    """A string that changes when the code deciding a parse's result may have changed.

    It hashes the package version, the index schema and the *content* of every core module
    outside the stores (the loader, parsers, extractor, model and this digest), in every
    subfolder: an edited parser never serves rows parsed by the old code, and two installs
    of one version sharing a cache agree (module mtimes would make them wipe each other).
    """
    import hashlib

    from tui import __version__

    core = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    h = hashlib.blake2b(f"{INDEX_SCHEMA}|{__version__}".encode(), digest_size=16)
    for folder, dirs, files in os.walk(core):
        dirs[:] = sorted(d for d in dirs if d not in _NOT_PARSING)
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                h.update(os.path.relpath(path, core).encode())
                try:
                    with open(path, "rb") as fh:
                        h.update(fh.read())
                except OSError:
                    h.update(b"?")
    return h.hexdigest()


#: Core subfolders whose code cannot change a parse's result.
_NOT_PARSING = frozenset({"stores", "__pycache__"})


def searchable_text(doc: Briefing) -> tuple[str, str, str, str, str]:
    """The text the full-text index holds, one string per column of ``FTS_COLUMNS``.

    It is :func:`tui.core.searchable.searchable` (what ``/`` finds in an open briefing) laid
    out in columns: the place joins the summary, the comments join the body. ``body`` is
    every section's text, so a quoted sentence and its speaker are found even in a light
    parse (whose quotes are empty; TOML/JSON quotes are given, so kept).
    """
    from tui.core.searchable import searchable

    s = searchable(doc)
    return (
        s.title,
        "\n".join(s.summary),
        "\n".join(s.quotes),
        "\n".join(s.areas),
        "\n".join((*s.body, *s.comments)),
    )


def digest_file(
    path: str, head: bool = False, cancelled: Callable[[], bool] | None = None
) -> Digest:
    """Parse one file into what the index stores (an error row if it cannot be read).

    ``head=True``: only the list row, from the document's opening (no searchable text).
    A parse that fails unexpectedly or takes too long is an error row too; ``cancelled()``
    turning true abandons a long parse (``Cancelled`` is raised).
    """
    from tui.core.load.guard import load_guarded

    try:
        # The light parse: the list and the search need no quotes, facts or people, which
        # are ~half of a parse; quoted words and speakers are still in the section text.
        doc = load_guarded(path, cancelled=cancelled, extract=False, head=head)
    except BriefingError as exc:
        return _error(path, exc)
    return _digest(doc, head)


def _error(path: str, exc: BriefingError) -> Digest:
    return (None, os.path.basename(path), None, None, exc.message, _NO_TEXT)


def _digest(doc: Briefing, head: bool) -> Digest:
    date = doc.date.isoformat() if doc.date else None
    text = _NO_TEXT if head else searchable_text(doc)
    return (doc.id, doc.title, date, doc.place, None, text)


def digest_entries(
    path: str, head: bool = False, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, Digest]]:
    """``(locator, digest)`` for every briefing in one file: the file itself for most
    formats, ``feed.rss#1``, ``feed.rss#2`` … for a feed or mailbox (one error row, under
    the file's own path, when it cannot be read at all). Guarded as ``digest_file``."""
    from tui.core.load.guard import load_entries_guarded
    from tui.core.load.registry import spec_for

    if not spec_for(path).multi:
        return [(path, digest_file(path, head, cancelled))]
    try:
        docs = load_entries_guarded(path, cancelled=cancelled, extract=False, head=head)
    except BriefingError as exc:
        return [(path, _error(path, exc))]
    return [(doc.source, _digest(doc, head)) for doc in docs]


def digest_files(paths: list[str], head: bool = False) -> list[list[tuple[str, Digest]]]:
    """``digest_entries`` for a chunk of paths (one round trip to a worker process)."""
    return [digest_entries(p, head) for p in paths]


# Han, kana and Hangul: FTS5's unicode61 tokenizer keeps a run of them as one token, so
# "서울에서" and "清浄水素" never match "서울" or "水素". Documents holding such text also go,
# with each run cut into overlapping pairs of characters ("서울 울에 에서"), into a second
# table searched the same way (``fts.search_cjk``): any word of two characters or more is
# found wherever it stands, the usual approach of CJK search engines (the trigram tokenizer
# cannot find two-character words, which most Korean and Chinese words are).
CJK_TABLE = "cjk"
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Han, kana or Hangul."""
    return not text.isascii() and _CJK_RUN.search(text) is not None


def _pairs(m: re.Match[str]) -> str:
    run = m.group()
    if len(run) == 1:
        return f" {run} "
    return " " + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " "


def cjk_pairs(text: str) -> str:
    """``text`` with each Han, kana or Hangul run written as its overlapping character pairs."""
    return _CJK_RUN.sub(_pairs, text)
