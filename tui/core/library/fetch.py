"""Fetching a page or a feed over HTTP(S) with httpx, within limits a reader can trust.

Every request has a clear User-Agent, connect/read timeouts and an overall deadline, follows
at most a few redirects, stops reading past 20 MB, and is refused when its content type is
not something ``briefing`` reads. Every failure is a ``BriefingError`` with one line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tui.core.errors import BriefingError
from tui.core.load.read import MAX_BYTES

__all__ = ["MAX_REDIRECTS", "TIMEOUT", "Fetched", "fetch", "suffix_for"]

#: Seconds to connect, and between two reads of the answer.
TIMEOUT = 10.0
#: Seconds a whole download may take (a server dripping bytes must not hang the command).
DEADLINE = 60.0
MAX_REDIRECTS = 5
#: What each content type is saved as; ``None``: decide by looking (XML may be a feed or not).
_TYPES: dict[str, str | None] = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/feed+xml": None,
    "application/xml": None,
    "text/xml": None,
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: its body (empty when not modified), type and cache validators."""

    url: str
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """The server said the copy we have is current (HTTP 304)."""
        return self.status == 304


def _agent() -> str:
    from tui import __version__

    return f"briefing/{__version__} (terminal reader for briefing documents)"


def suffix_for(content_type: str, content: bytes, url: str) -> str:
    """The file suffix a fetched document is saved with.

    Raises:
        BriefingError: a content type ``briefing`` does not read.
    """
    known = _TYPES.get(content_type, "")
    if known:
        return known
    if known is None:
        head = content[:2048].lower()
        if b"<rss" in head or b"<rdf:rdf" in head:
            return ".rss"
        if b"<feed" in head:
            return ".atom"
        raise BriefingError(url, "an XML document that is not an RSS or Atom feed")
    raise BriefingError(url, f"unsupported content type {content_type or '(none)'}")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
) -> Fetched:
    """GET ``url``; with ``etag``/``last_modified`` a conditional request (304 = unchanged).

    Raises:
        BriefingError: not http(s), unreachable, timed out, an HTTP error status, too many
            redirects, over 20 MB, or a content type ``briefing`` does not read.
    """
    import httpx

    if not url.lower().startswith(("http://", "https://")):
        raise BriefingError(url, "only http:// and https:// addresses can be fetched")
    headers = {"User-Agent": _agent(), "Accept": ", ".join(t for t in _TYPES) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limit = f"larger than {MAX_BYTES // 1048576} MB; not fetched"
    started = time.monotonic()
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(timeout),
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return Fetched(str(response.url), 304, b"", "", etag, last_modified)
            if response.status_code >= 400:
                raise BriefingError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise BriefingError(url, limit)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and content_type not in _TYPES:
                raise BriefingError(url, f"unsupported content type {content_type}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise BriefingError(url, limit)
                if time.monotonic() - started > deadline:
                    raise BriefingError(url, f"took longer than {deadline:.0f} s; stopped")
                chunks.append(chunk)
            return Fetched(
                str(response.url),
                response.status_code,
                b"".join(chunks),
                content_type,
                response.headers.get("etag"),
                response.headers.get("last-modified"),
            )
    except httpx.TooManyRedirects as exc:
        raise BriefingError(url, f"more than {MAX_REDIRECTS} redirects; stopped") from exc
    except httpx.TimeoutException as exc:
        raise BriefingError(url, f"no answer within {timeout:.0f} s") from exc
    except httpx.InvalidURL as exc:
        raise BriefingError(url, f"not a valid address ({exc})") from exc
    except httpx.HTTPError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BriefingError(url, f"cannot be fetched ({reason})") from exc
