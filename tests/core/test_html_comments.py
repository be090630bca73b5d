"""Reader comments of web pages: author and text from the page's own markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.load import load_briefing

ARTICLE = (
    "<article><h1>Kenya and Uganda Agree on Rail Link</h1><p>Nairobi, Kenya – Kenya and"
    " Uganda agreed on Friday, May 1, 2026, to extend the railway to Kampala by 2030.</p>"
    '<p>Kenyan Transport Minister Peter Otieno said the line would "cut the cost of moving a'
    ' container by half."</p></article>'
)

WORDPRESS = """
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on "Rail"</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Wanjiru K.</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#c1"><time>May 2, 2026 at 10:00 am</time></a></div></footer>
<div class="comment-content"><p>Finally, a railway.</p><p>About time.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
<ol class="children"><li class="comment"><article class="comment-body">
<div class="comment-author vcard"><b class="fn">okello_d</b> <span class="says">says:</span></div>
<div class="comment-content"><p>Who pays back the loan?</p></div></article></li></ol></li>
<li class="comment"><article class="comment-body">
<div class="comment-author vcard"><b class="fn">Samuel Mwangi</b></div>
<div class="comment-content"><p>Good for Mombasa port.</p></div></article></li>
</ol></div>
"""

DIVS = """
<section class="comments"><h3>Comments (2)</h3>
<div class="comment"><span class="user">Pilar R.</span><span class="date">2 hours ago</span>
<div class="text">A cartel by another name.</div></div>
<div class="comment"><span class="user">jbaeza</span><span class="date">1 hour ago</span>
<div class="text">Nothing came of it before.</div></div></section>
"""

PLAIN_LIST = """
<h2>2 Comments</h2><ul class="comment-list">
<li><strong class="author">Ana</strong><p>Short and clear.</p></li>
<li><strong class="author">Bo Li</strong><p>I disagree with the cost estimate.</p></li></ul>
"""


@pytest.mark.parametrize(
    ("block", "expected", "declared"),
    [
        (
            WORDPRESS,
            [
                ("Wanjiru K.", "Finally, a railway. About time."),
                ("okello_d", "Who pays back the loan?"),
                ("Samuel Mwangi", "Good for Mombasa port."),
            ],
            3,
        ),
        (
            DIVS,
            [("Pilar R.", "A cartel by another name."), ("jbaeza", "Nothing came of it before.")],
            2,
        ),
        (
            PLAIN_LIST,
            [("Ana", "Short and clear."), ("Bo Li", "I disagree with the cost estimate.")],
            2,
        ),
    ],
    ids=["wordpress-with-a-reply", "divs", "unclassed-list-items"],
)
def test_comments_keep_their_authors(
    tmp_path: Path, block: str, expected: list[tuple[str, str]], declared: int
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Kenya and Uganda Agree on Rail Link</title></head><body>{ARTICLE}"
        f"{block}<footer>© 2026 Rail Weekly</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_briefing(path)
    assert [(c.author, c.text) for c in doc.comments] == expected
    assert doc.comment_count_declared == declared
    assert not any("comment" in w for w in doc.warnings)
    # comments are not mined for quotes, and do not leak into the article
    assert [q.speaker for q in doc.quotes] == ["Peter Otieno"]
    assert not any("Mombasa" in p or "cartel" in p for s in doc.sections for p in s.paragraphs)
