"""Counts in messages say "1 bookmark" and "3 bookmarks", never "bookmark(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import summit_bookmark
from tui.core.stores import bookmarks as bmod
from tui.core.stores.bookmarks import BookmarkStore
from tui.core.stores.records import counted


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [(0, "bookmark", "0 bookmarks"), (1, "bookmark", "1 bookmark"), (2, "briefing", "2 briefings")],
)
def test_counted(n: int, noun: str, said: str) -> None:
    assert counted(n, noun) == said


@pytest.mark.parametrize(("changes", "said"), [(1, "1 earlier bookmark change "), (2, "2 earlier")])
def test_saving_earlier_changes_counts_them_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: int, said: str
) -> None:
    store = BookmarkStore(tmp_path / "bookmarks.toml")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    real = bmod.atomic_write_bytes
    monkeypatch.setattr(bmod, "atomic_write_bytes", denied)
    for n in range(changes):
        assert not store.add(summit_bookmark("quote", f"q-{n}", f"words {n}")).ok
    monkeypatch.setattr(bmod, "atomic_write_bytes", real)
    result = store.retry_pending()
    assert result.ok and result.message and "(s)" not in result.message
    assert f"saved {said}" in result.message
