"""The candidate the cold scan's pool was measured against (``pool.py`` runs it).

The same contract as ``tui.core.library.pool.parse_many``, built on
``concurrent.futures.ProcessPoolExecutor``: the workers run at a lower CPU priority (an
initializer), answers come back in the order asked, and a worker that dies (or a pool that
cannot start) leaves the remaining files to be parsed in the calling process. It lost (see
the README's "Performance"), so it lives here, not in the package.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: Set when a scan had to finish in the calling process (the benchmark then says so).
FELL_BACK = False
#: Files per task sent to a worker.
CHUNK = 48
#: Tasks queued per worker, so none idles while the caller is busy and few wait unused.
AHEAD = 8
#: How much lower the workers' CPU priority is than the app's.
NICENESS = 10
#: How workers start. "forkserver" forks each worker from a clean single-threaded server
#: (forking the app itself, which has threads, is unsafe); "spawn" where there is no fork.
START_METHOD = "forkserver" if hasattr(os, "fork") else "spawn"
#: What the fork server imports once, so that each worker starts with it loaded.
PRELOAD = ("tui.core.library.digest", "tui.core.load.loader", "tui.core.parse.text")


def init_worker() -> None:
    """Worker start: lower this process's priority and load the parser before the first task."""
    if hasattr(os, "nice"):
        # Parsing is background work: the app's own process keeps the CPU first, so its
        # first paint and keystrokes are not slowed by a cold scan.
        os.nice(NICENESS)
    import tui.core.library.digest  # noqa: F401  (the import is the work)


def install(start_method: str) -> None:
    """Make the library scan use this pool, its workers started by ``start_method``."""
    import tui.core.library.pool

    global START_METHOD
    START_METHOD = start_method
    tui.core.library.pool.parse_many = parse_many


def _executor(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        # Workers fork from a server that has the parser loaded, rather than each loading it.
        context.set_forkserver_preload(list(PRELOAD))
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_worker)


def parse_many(
    paths: list[str],
    workers: int,
    digest_file: Callable[[str, bool], Any],
    *,
    head: bool = False,
) -> Iterator[Any]:
    """Digests of ``paths``, in order, from ``workers`` worker processes.

    ``digest_file(path, head)`` parses one path in this process when the workers cannot;
    ``head`` asks for a head parse (the list row only). Closing the iterator early cancels
    the tasks not yet started and waits for the workers to exit.
    """
    global FELL_BACK
    from concurrent.futures.process import BrokenProcessPool

    from tui.core.library.digest import digest_files

    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    try:
        pool = _executor(min(workers, len(chunks)))
    except (OSError, ValueError, ImportError, NotImplementedError):
        # No process support here (a sandbox, a platform without semaphores).
        FELL_BACK = True
        yield from (digest_file(p, head) for p in paths)
        return
    pending: deque[Future[list[Any]]] = deque()
    done = 0  # chunks answered and yielded
    try:
        try:
            for chunk in chunks[: workers * AHEAD]:
                pending.append(pool.submit(digest_files, chunk, head))
            while done < len(chunks):
                result = pending.popleft().result()
                if len(result) != len(chunks[done]):
                    raise BrokenProcessPool("a worker answered the wrong task")
                ahead = done + len(pending) + 1
                if ahead < len(chunks):
                    pending.append(pool.submit(digest_files, chunks[ahead], head))
                done += 1
                yield from result
        except (BrokenProcessPool, OSError, EOFError):
            # A worker died or could not start: finish in this process.
            FELL_BACK = True
            for chunk in chunks[done:]:
                yield from (digest_file(p, head) for p in chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
