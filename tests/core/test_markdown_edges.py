"""Markdown that is not content: HTML comments, and a comments heading given twice."""

from __future__ import annotations

from tui.core.parse import parse_markdown


def test_html_comments_are_not_shown_as_text() -> None:
    doc = parse_markdown(
        "# Port Talks\n\n<!-- draft: remove before sending -->\n\nDelegates met again.\n\n"
        "<!--\nnote to self\n-->\n\nMore text.\n",
        origin="talks.md",
    )
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    assert paragraphs == ["Delegates met again.", "More text."]
    assert doc.summary == "Delegates met again."


def test_the_first_declared_comment_count_is_kept() -> None:
    doc = parse_markdown(
        "# Port Talks\n\nLead.\n\n## Comments (2)\n\n**Ana**\n\nGood.\n\n**Jon**\n\nBad.\n\n"
        "## Comments (5)\n\n**Kim**\n\nOk.\n",
        origin="talks.md",
    )
    assert doc.comment_count_declared == 2
    assert [c.author for c in doc.comments] == ["Ana", "Jon", "Kim"]
