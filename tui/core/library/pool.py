"""Parsing many files at once in helper processes, for a cold library scan.

Each helper is ``python -c`` running :func:`serve`: it reads one JSON request per line on
stdin (``{"head": bool, "paths": [...]}``) and answers with a length-prefixed ``marshal`` blob of their digests. Helpers are
plain subprocesses (not ``multiprocessing``), so they never re-import the caller's
``__main__``, and starting them from a worker thread is safe. Any failure (a helper that
cannot start or dies) finishes the remaining files in this process instead.
"""

from __future__ import annotations

import json
import marshal
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any

#: Files per request to a helper.
CHUNK = 48
#: Requests queued per helper, so it never idles while the caller is busy.
AHEAD = 8
#: How much lower the helpers' CPU priority is than the app's.
NICENESS = 10
_BOOT = "from tui.core.library.pool import serve; serve()"


def cpus() -> int:
    """Processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def serve() -> None:
    """Helper main loop: digest each requested chunk and write the answer back."""
    if hasattr(os, "nice"):
        # Parsing is background work: the app's own process keeps the CPU first, so its
        # first paint and keystrokes are not slowed by a cold scan.
        os.nice(NICENESS)
    from tui.core.library.digest import digest_files

    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        request = json.loads(line)
        blob = marshal.dumps(digest_files(request["paths"], bool(request.get("head"))))
        out.write(len(blob).to_bytes(8, "little"))
        out.write(blob)
        out.flush()


def _start(count: int) -> list[subprocess.Popen[bytes]]:
    import tui

    # The folder holding the ``tui`` package, wherever it is installed.
    here = os.path.dirname(os.path.dirname(os.path.abspath(tui.__file__)))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    return [
        subprocess.Popen(
            [sys.executable, "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # a terminal's signals are for the app, not helpers
        )
        for _ in range(count)
    ]


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if data is None or len(data) != size:
        raise EOFError("helper closed its output")
    return data


def _drain(stream: IO[bytes], answers: queue.SimpleQueue[bytes | None]) -> None:
    """Reader thread: move a helper's answers into a queue as they come, so the helper
    never waits on a busy caller (reads release the GIL); ``None`` marks the end."""
    try:
        while True:
            size = int.from_bytes(_read_exactly(stream, 8), "little")
            answers.put(_read_exactly(stream, size))
    except (OSError, EOFError, ValueError):
        answers.put(None)
    finally:
        stream.close()


def parse_many(
    paths: list[str],
    workers: int,
    digest_file: Callable[[str, bool, Callable[[], bool] | None], Any],
    *,
    head: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Any]:
    """Digests of ``paths``, in order, from ``workers`` helper processes.

    ``digest_file(path, head, cancelled)`` parses one path in this process when the helpers
    cannot; ``head`` asks for a head parse (the list row only). When ``cancelled()`` turns
    true the digests stop (the helpers are killed) within a fraction of a second.
    """

    def local(batch: list[str]) -> Iterator[Any]:
        for p in batch:
            if cancelled is not None and cancelled():
                return
            yield digest_file(p, head, cancelled)

    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    try:
        procs = _start(min(workers, len(chunks)))
    except OSError:
        yield from local(paths)
        return
    answers: list[queue.SimpleQueue[bytes | None]] = []
    for proc in procs:
        answers.append(queue.SimpleQueue())
        reader = threading.Thread(
            target=_drain, args=(proc.stdout, answers[-1]), name="parse-pool-reader", daemon=True
        )
        reader.start()
    sent = 0
    done = 0  # chunks answered and yielded

    def send_until(limit: int) -> None:
        nonlocal sent
        while sent < min(limit, len(chunks)):
            proc = procs[sent % len(procs)]
            assert proc.stdin is not None
            request = {"head": head, "paths": chunks[sent]}
            proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            proc.stdin.flush()
            sent += 1

    try:
        try:
            send_until(len(procs) * AHEAD)
            while done < len(chunks):
                blob = _next_answer(answers[done % len(procs)], cancelled)
                if blob is _CANCELLED:
                    return
                if not isinstance(blob, bytes):
                    raise EOFError("helper closed its output")
                result = marshal.loads(blob)
                if len(result) != len(chunks[done]):
                    raise EOFError("helper answered the wrong request")
                done += 1
                send_until(done + len(procs) * AHEAD)
                yield from result
        except (OSError, EOFError, ValueError, TypeError):
            # A helper died or garbled its answer: finish in this process.
            for chunk in chunks[done:]:
                yield from local(chunk)
    finally:
        for proc in procs:
            _stop(proc, finished=done >= len(chunks))


_CANCELLED = object()  # what ``_next_answer`` returns once the caller has cancelled


def _next_answer(
    answers: queue.SimpleQueue[bytes | None], cancelled: Callable[[], bool] | None
) -> bytes | object | None:
    """The next answer of one helper; ``_CANCELLED`` once ``cancelled()`` turns true."""
    if cancelled is None:
        return answers.get()
    while True:
        try:
            return answers.get(timeout=0.1)
        except queue.Empty:
            if cancelled():
                return _CANCELLED


def _stop(proc: subprocess.Popen[bytes], finished: bool) -> None:
    """Close a helper's input so it exits (at once if its work is no longer wanted)."""
    try:
        if proc.stdin is not None:
            proc.stdin.close()
    except OSError:
        pass  # already broken: the helper is gone
    if not finished:
        proc.kill()
    try:
        proc.wait(timeout=1)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
