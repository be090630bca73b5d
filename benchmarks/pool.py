"""The cold scan's worker pool, measured: which way of parsing in other processes is faster.

Usage: python benchmarks/pool.py [--size 10000] [--runs 5] [--old-rev REV] [--work DIR]

Each run is a fresh interpreter scanning a synthetic library (``make_library.py``) with an
empty metadata index (the OS file cache is warm: the library was read before): first the
quick scan that lists a cold library (head parse), then the full scan that parses and indexes
every file. Variants run interleaved, run by run, so a change in the machine's load hits all.

* ``subprocess pool``: the package's own pool (``tui/core/library/pool.py``): ``python -c``
  helpers fed paths on stdin, answering with length-prefixed ``marshal`` blobs;
* ``executor/forkserver``, ``executor/spawn``: ``executor_pool.py`` beside this script, a
  ``concurrent.futures.ProcessPoolExecutor`` with the same contract (workers at lower CPU
  priority, results in order, in-process fallback), its workers forked from a fork server
  or spawned as fresh interpreters;
* ``@REV`` (``--old-rev``): the package's pool as it was at git revision REV.

Printed per variant: wall time of each scan (median and range) and CPU time of the scan
process and every helper process together. The harness makes itself the "child subreaper"
(Linux), so helpers orphaned when the scan process exits are still waited for and counted.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

SCAN = """
import json, sys, time
t0 = time.perf_counter()
from tui.core.library import discover, scan
if {start!r}:
    import executor_pool
    executor_pool.install({start!r})
paths = discover([{lib!r}])
t1 = time.perf_counter()
listed = sum(1 for _ in scan(paths, quick=True))
t2 = time.perf_counter()
indexed = sum(1 for _ in scan(paths))
t3 = time.perf_counter()
fell_back = {start!r} and executor_pool.FELL_BACK
print(json.dumps({{"quick": t2 - t1, "full": t3 - t2, "n": indexed, "fell_back": fell_back}}))
"""


def become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux ``PR_SET_CHILD_SUBREAPER``), so their CPU counts."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_orphans(timeout: float = 5.0) -> None:
    """Wait for every adopted descendant (helpers still exiting after the scan process)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.01)


def children_cpu() -> float:
    """CPU seconds of every descendant waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def old_tree(rev: str, into: Path) -> Path:
    """The ``tui`` package as it was at ``rev``, unpacked under ``into``."""
    blob = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "tui"], capture_output=True, check=True
    ).stdout
    target = into / f"tree-{rev}"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(target, filter="data")
    return target


def run_once(tree: Path, start: str, lib: Path, cache: Path) -> dict[str, float]:
    """One cold scan in a fresh interpreter; wall times from inside, CPU from outside."""
    shutil.rmtree(cache, ignore_errors=True)
    # The tree first, then this folder (``executor_pool``, also for the pool's workers).
    path = os.pathsep.join([str(tree), str(HERE)])
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache), PYTHONPATH=path)
    before = children_cpu()
    out = subprocess.run(
        [sys.executable, "-c", SCAN.format(start=start, lib=str(lib))],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=True,
    )
    reap_orphans()
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    if figures.pop("fell_back"):
        raise SystemExit(f"{start} pool fell back to parsing in one process: not measured")
    figures["cpu"] = children_cpu() - before
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the variants interleaved and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--size", type=int, default=10000, help="briefings in the library")
    ap.add_argument("--runs", type=int, default=5, help="runs per variant (median shown)")
    ap.add_argument("--old-rev", help="also measure the package as it was at this revision")
    ap.add_argument("--work", type=Path, help="where libraries and caches go")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.gettempdir()) / "briefing-bench"
    work.mkdir(parents=True, exist_ok=True)
    lib = work / f"lib-{args.size}"
    if not (lib / ".complete").exists():
        shutil.rmtree(lib, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "make_library.py"), str(args.size), str(lib)], check=True
        )
        (lib / ".complete").write_text("ok")
    subreaper = become_subreaper()
    variants: list[tuple[str, Path, str]] = [
        ("subprocess pool", REPO, ""),
        ("executor/forkserver", REPO, "forkserver"),
        ("executor/spawn", REPO, "spawn"),
    ]
    if args.old_rev:
        variants.append((f"pool @{args.old_rev}", old_tree(args.old_rev, work), ""))
    for _name, tree, start in variants:  # warm-up: bytecode written, file cache filled
        run_once(tree, start, lib, work / "cache-pool")
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _t, _s in variants}
    for _ in range(args.runs):
        for name, tree, start in variants:
            results[name].append(run_once(tree, start, lib, work / "cache-pool"))
    print(
        f"cold scan of {args.size:,} briefings, empty index, warm OS file cache; "
        f"{args.runs} runs each, interleaved; {os.cpu_count()} CPUs; "
        f"load average at the end {os.getloadavg()[0]:.1f}"
        + ("" if subreaper else "; CPU misses helpers that outlived the scan process")
    )
    header = f"{'variant':<34} {'quick scan (listed)':>22} {'full scan (indexed)':>22} {'CPU, all processes':>19}"
    print(header)
    print("-" * len(header))
    for name, runs in results.items():
        cells = []
        for key in ("quick", "full"):
            values = [r[key] * 1000 for r in runs]
            cells.append(
                f"{statistics.median(values):7.0f} ms ({min(values):.0f}–{max(values):.0f})"
            )
        cpu = statistics.median(r["cpu"] * 1000 for r in runs)
        print(f"{name:<34} {cells[0]:>22} {cells[1]:>22} {cpu:>16.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
