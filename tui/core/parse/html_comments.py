"""Reader comments of a web page, read from the page's own markup: who wrote each, and what.

trafilatura keeps the comments' words but not who wrote them, and misses comment blocks
made of ``div``s. Comment systems mark their parts in class names (``comment``,
``comment-author``, ``comment-content``, ``user``, ``text`` …), so each comment is an element
whose class says so; its author is the first part named like an author inside it, its text
the first part named like content (nested replies are comments of their own). Timestamps,
"Reply" links and avatars are never either. The heading over them gives the declared count
(``3 Comments``, ``Comments (3)``, ``4 thoughts on …``).
"""

from __future__ import annotations

import re
from typing import Any

from tui.core.parse.comments import clean_author, comments_header

__all__ = ["page_comments"]

#: Elements whose class or id mentions comments (found by lxml, in C, before any Python).
_MARKED = (
    "//*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')]"
)
_ITEM = re.compile(
    r"^(?:comment|comment-(?:item|entry|wrap|wrapper|container|thread-item)|single-comment|"
    r"user-comment|reader-comment|commentlist-item|c-comment|comment_item)$",
    re.IGNORECASE,
)
#: A list of comments whose items carry no class of their own.
_LIST = re.compile(r"^(?:comments?|comment-?list|comments-list|commentlist)$", re.IGNORECASE)
_AUTHOR = re.compile(
    r"(?:^|[-_])(?:author|user(?:name)?|name|fn|nick(?:name)?|commenter|poster)(?:$|[-_])",
    re.IGNORECASE,
)
_NOT_AUTHOR = re.compile(r"avatar|photo|img|url|link|role|badge", re.IGNORECASE)
_CONTENT = (
    re.compile(r"(?:^|[-_])content$", re.IGNORECASE),
    re.compile(r"(?:^|[-_])(?:text|message|comment-body-text)$", re.IGNORECASE),
    re.compile(r"(?:^|[-_])body$", re.IGNORECASE),
)
_SAYS = re.compile(r"\s*(?:says|said|wrote|writes)\s*:?\s*$", re.IGNORECASE)
_COUNTED = re.compile(
    r"(\d{1,6})\s+(?:comments?|thoughts?|responses?|replies|reactions|opinions)\b", re.IGNORECASE
)
_SPACE = re.compile(r"\s+")
_SKIP_TAGS = frozenset({"time", "script", "style", "button", "form", "img", "svg", "noscript"})


def _classes(el: Any) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".split()


def _text(el: Any) -> str:
    """The element's words, without timestamps, scripts or buttons inside it."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in _SKIP_TAGS:
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if isinstance(child.tag, str) and child.tag.lower() in ("p", "br", "div", "li"):
                parts.append(" ")
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    return _SPACE.sub(" ", "".join(parts)).strip()


def _is_item(el: Any) -> bool:
    return isinstance(el.tag, str) and any(_ITEM.match(c) for c in _classes(el))


def _own(item: Any) -> list[Any]:
    """The item's descendants that do not belong to a reply nested in it, in order."""
    out: list[Any] = []

    def walk(node: Any) -> None:
        for child in node:
            if not isinstance(child.tag, str) or _is_item(child):
                continue
            out.append(child)
            walk(child)

    walk(item)
    return out


def _author(parts: list[Any]) -> str | None:
    for el in parts:
        names = [*_classes(el), el.get("itemprop") or ""]
        if any(_AUTHOR.search(c) and not _NOT_AUTHOR.search(c) for c in names) or el.tag == "cite":
            name = _SAYS.sub("", _text(el)).strip()
            if 0 < len(name) <= 80:
                return clean_author(name) or name
    return None


def _content(parts: list[Any], author: str | None) -> str:
    for pattern in _CONTENT:
        for el in parts:
            if any(pattern.search(c) for c in _classes(el)):
                text = _text(el)
                if text and text != author:
                    return text
    paras = [_text(p) for p in parts if p.tag == "p"]
    return " ".join(p for p in paras if p and p != author)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _declared(root: Any, first: Any) -> int | None:
    """The count in the nearest heading before the first comment that states one."""
    headings: list[Any] = []
    for el in root.iter():
        if el is first:
            break
        if isinstance(el.tag, str) and el.tag.lower() in _HEADINGS:
            headings.append(el)
    for el in reversed(headings[-3:]):
        text = _text(el)
        found = comments_header(text) if len(text) <= 60 else None
        if found is not None and found[0] is not None:
            return found[0]
        counted = _COUNTED.search(text)
        if counted is not None:
            return int(counted.group(1))
    return None


def page_comments(root: Any) -> tuple[list[tuple[str, str]], int | None]:
    """The comments in a parsed page (an lxml tree) as ``(author, text)`` pairs, and the
    count its heading declares; ``([], None)`` when the page marks none."""
    marked = root.xpath(_MARKED)
    items = [el for el in marked if _is_item(el)]
    if not items:
        lists = [el for el in marked if any(_LIST.match(c) for c in _classes(el))]
        items = [
            child
            for found in lists
            for child in found
            if isinstance(child.tag, str) and child.tag.lower() in ("li", "article", "div")
        ]
    pairs: list[tuple[str, str]] = []
    for item in items:
        parts = _own(item)
        author = _author(parts)
        text = _content(parts, author)
        if author and text:
            pairs.append((author, text))
    if not pairs:
        return [], None
    return pairs, _declared(root, items[0])
