"""E-mail: one message (``.eml``) or a mailbox of them (``.mbox``), read with the stdlib ``email``.

The subject is the title (``Fwd:``/``Re:`` removed), the ``Date`` header the date, the
``From`` header is kept at the top of the full text. The HTML part goes through the web-page
path, else the plain-text part through the plain-text parser; a newsletter's wrapping
("View in browser", "Unsubscribe", a ``-- `` signature, a forwarding header) is left out
first, so it never becomes the summary or an area. Attachments are not read (a warning
names them). A message id, when there is one, is the briefing's id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from tui.core.errors import BriefingError

if TYPE_CHECKING:
    from email.message import EmailMessage, MIMEPart

    from tui.core.model import Briefing

__all__ = ["parse_eml", "parse_mbox", "parse_mhtml"]

_REPLY_PREFIX = re.compile(r"^(?:\s*(?:fwd?|fw|re|aw|tr|wg)\s*:\s*)+", re.IGNORECASE)
_FORWARD_MARK = re.compile(
    r"^\s*-{2,}\s*(?:forwarded message|original message|begin forwarded message)\s*-{0,}\s*$|"
    r"^\s*begin forwarded message:\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*(?:from|date|sent|subject|to|cc)\s*:", re.IGNORECASE)
#: The start of each message in an mbox: a ``From `` line at the start of the file or after
#: a blank line (lines in a body starting ``From `` are escaped as ``>From ``).
_MBOX_FROM = re.compile(rb"(?:\A|\n\n|\r\n\r\n)From [^\n]*\n")


def _title(msg: EmailMessage) -> str | None:
    subject = str(msg.get("subject") or "").strip()
    return _REPLY_PREFIX.sub("", subject).strip() or None


def _date(msg: EmailMessage) -> dt.date | None:
    header = msg.get("date")
    when = getattr(header, "datetime", None)
    return when.date() if isinstance(when, dt.datetime) else None


def _clean_plain(text: str) -> str:
    """A plain-text part without its signature, forwarding header and newsletter wrapping."""
    from tui.core.parse.html import is_noise

    lines = text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    skipping_header = False
    for line in lines:
        if line.rstrip() == "--":
            break  # "-- " opens the signature: the rest is not the message
        if _FORWARD_MARK.match(line):
            skipping_header = True
            continue
        if skipping_header:
            if not line.strip() or _HEADER_LINE.match(line):
                continue
            skipping_header = False
        if line.startswith(">From "):
            line = line[1:]
        out.append("" if is_noise(line) else line)
    return "\n".join(out)


def _attachments(msg: EmailMessage) -> list[str]:
    return [part.get_filename() or part.get_content_type() for part in msg.iter_attachments()]


def _message(msg: EmailMessage, *, origin: str, extract: bool) -> Briefing:
    """One message as a briefing."""
    from tui.core.parse.html import page_from_html, parse_page, plain_briefing

    if not msg.keys():
        raise BriefingError(origin, "not an e-mail message (no headers)")
    title, date = _title(msg), _date(msg)
    key = str(msg.get("message-id") or "").strip() or None
    attached = _attachments(msg)
    warnings = (f"attachments not read: {', '.join(attached)}",) if attached else ()
    sender = str(msg.get("from") or "").strip()
    top = f"From: {sender}\n\n" if sender else ""
    part = msg.get_body(preferencelist=("html", "plain"))
    if part is None:
        what = f" (only attachments: {', '.join(attached)})" if attached else ""
        raise BriefingError(origin, f"no text part in this e-mail{what}")
    try:
        content = _content(part)
    except (LookupError, ValueError, AssertionError) as exc:  # an unknown charset or encoding
        raise BriefingError(origin, f"e-mail text cannot be decoded ({exc})") from exc
    if not isinstance(content, str) or not content.strip():
        raise BriefingError(origin, "no text in this e-mail")
    if part.get_content_type() == "text/html":
        page = page_from_html(content, fragment=True)
        if page.blocks:
            doc = parse_page(
                page,
                origin=origin,
                fmt="email",
                extract=extract,
                title=title,
                date=date,
                url=None,
                id_key=key,
                warnings=warnings,
            )
            return dataclasses.replace(doc, body=top + doc.body)
        content = "\n\n".join(text for _, text in page.blocks) or content
    doc = plain_briefing(
        _clean_plain(content),
        origin=origin,
        fmt="email",
        extract=extract,
        title=title,
        date=date,
        id_key=key,
        warnings=warnings,
    )
    return dataclasses.replace(doc, body=top + doc.body)


def _content(part: MIMEPart) -> object:
    """A text part's text; ISO-8859-1 is read as Windows-1252, as mail readers and browsers do
    (its dashes and curly quotes otherwise come out as control characters)."""
    charset = (part.get_content_charset() or "").lower()
    if part.get_content_maintype() == "text" and charset in _LATIN1:
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            return payload.decode("cp1252", errors="replace")
    return part.get_content()


_LATIN1 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"})


def _read(data: bytes) -> EmailMessage:
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.default)
    return msg  # policy.default makes an EmailMessage


def parse_eml(
    data: bytes,
    *,
    origin: str,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> Briefing:
    """One e-mail message (``head`` and ``only`` change nothing: a message is parsed whole)."""
    return _message(_read(data), origin=origin, extract=extract)


def parse_mhtml(
    data: bytes,
    *,
    origin: str,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> Briefing:
    """A web page saved by a browser as one MIME file (``.mhtml``): its HTML, read as a page.

    Raises:
        BriefingError: no HTML inside.
    """
    from tui.core.parse.html import parse_html

    msg = _read(data)
    part = next((p for p in msg.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise BriefingError(origin, "no web page inside this .mhtml file")
    content = _content(part)
    if not isinstance(content, str) or not content.strip():
        raise BriefingError(origin, "no web page inside this .mhtml file")
    doc = parse_html(content, origin=origin, extract=extract)
    if doc.url is None:
        where = str(msg.get("snapshot-content-location") or part.get("content-location") or "")
        if where.startswith(("http://", "https://")):
            doc = dataclasses.replace(doc, url=where)
    return doc


def parse_mbox(
    data: bytes,
    *,
    origin: str,
    extract: bool = True,
    head: bool = False,
    only: int | None = None,
) -> list[Briefing]:
    """Every message of an mbox mailbox, or just message ``only`` (1-based).

    A message that cannot be read becomes a briefing whose warning says why, so the
    others still open and keep their numbers.
    """
    marks = list(_MBOX_FROM.finditer(data))
    if not marks:
        raise BriefingError(origin, "not an mbox mailbox (no 'From ' line starts a message)")
    ends = [*(m.start() for m in marks[1:]), len(data)]
    chunks = [(m.end(), end) for m, end in zip(marks, ends, strict=True)]
    if only is not None:
        if not 1 <= only <= len(chunks):
            raise BriefingError(origin, f"no message {only} (the mailbox has {len(chunks)})")
        chunks = [chunks[only - 1]]
    out = []
    for start, end in chunks:
        msg = _read(data[start:end])
        try:
            out.append(_message(msg, origin=origin, extract=extract))
        except BriefingError as exc:
            title = _title(msg) or "Unreadable message"
            from tui.core.parse.html import plain_briefing

            out.append(
                plain_briefing(
                    "",
                    origin=origin,
                    fmt="email",
                    extract=False,
                    title=title,
                    date=_date(msg),
                    warnings=(exc.message,),
                )
            )
    return out
