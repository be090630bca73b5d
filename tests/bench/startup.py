"""Speed and size of ``briefing``, measured whole-process, printed side by side with targets.

Usage: python tests/bench/startup.py [--runs 5] [--cold-runs 3] [--sizes 100,1000,10000]
                                     [--work DIR] [--no-ui]

Every figure is the median over several fresh processes. The app runs in a pseudo-terminal
(``pty.fork``, 120×40, TERM=xterm-256color) and the clock stops when its output, escape
sequences removed, shows the awaited text:

* first paint: the first frame with 20 or more visible characters (for the bare app: its
  one line of text; for ``briefing``: the layout, before the scan has listed anything);
* first title: the first moment any briefing title of the library is on screen;
* listed: the library header reads ``Library · N`` (the scan's progress is gone);
* filter keystroke: the library is listed, ``f`` focuses the filter, then each typed or
  erased character is timed until the header's ``showing N`` count appears or goes;
* peak RSS: ``ru_maxrss`` of the app process from ``wait4``.

"Warm" means the metadata index was filled by an earlier run; "cold" means the cache dir
was deleted before the run (the OS file cache stays warm either way). The parse and
``scan()`` figures come from ``python -c`` subprocesses, also whole-process.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import pty
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLS, ROWS = 120, 40
TIMEOUT = 60.0
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1bP[^\x1b]*\x1b\\"  # DCS
    r"|\x1b[@-Z\\-_=>78]"  # other two-byte sequences
    r"|\x1b[()][0-9A-Za-z]"
)


@dataclass
class Child:
    """An app running in a pseudo-terminal; ``text`` is what it has shown, escapes removed."""

    argv: list[str]
    env: dict[str, str]
    pid: int = 0
    fd: int = -1
    start: float = 0.0
    text: str = ""
    rss_mb: float = 0.0
    _pending: str = ""
    _decoder: codecs.IncrementalDecoder = field(
        default_factory=lambda: codecs.getincrementaldecoder("utf-8")("replace")
    )

    def spawn(self) -> None:
        """Fork into a new pty of COLS×ROWS and exec the app."""
        self.start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child
            import fcntl
            import struct
            import termios

            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execve(self.argv[0], self.argv, self.env)
        self.pid, self.fd = pid, fd

    def _feed(self, chunk: bytes) -> None:
        """Add output to ``text``, holding back an escape sequence cut off mid-way."""
        pending = self._pending + self._decoder.decode(chunk)
        cut = pending.rfind("\x1b")
        if cut >= 0 and not _ESCAPES.match(pending, cut):
            self._pending = pending[cut:]
            pending = pending[:cut]
        else:
            self._pending = ""
        self.text += _ESCAPES.sub("", pending)

    def _read(self, timeout: float) -> bool:
        """Read one chunk of output (False on timeout or end)."""
        if not select.select([self.fd], [], [], max(timeout, 0))[0]:
            return False
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        if not chunk:
            return False
        self._feed(chunk)
        return True

    def wait_for(self, done: Callable[[str, int], bool], since: int = 0) -> float | None:
        """Seconds since spawn until ``done(text, look_from)``; None on timeout.

        ``look_from`` is where text not yet looked at begins (with some overlap), so a
        check need not rescan everything shown so far.
        """
        deadline = time.perf_counter() + TIMEOUT
        pos = since
        while True:
            if done(self.text, pos):
                return time.perf_counter() - self.start
            pos = max(pos, len(self.text) - 256)
            if not self._read(deadline - time.perf_counter()):
                return None

    def send(self, keys: str) -> tuple[float, int]:
        """Type ``keys``; return the time and where the text stood at that moment."""
        self.drain()
        mark = len(self.text)
        now = time.perf_counter()
        os.write(self.fd, keys.encode())
        return now, mark

    def drain(self) -> None:
        """Read whatever output is already waiting."""
        while self._read(0):
            pass

    def stop(self) -> None:
        """End the app and record its peak RSS."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while True:
            self.drain()
            pid, _status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
            time.sleep(0.02)
        self.rss_mb = usage.ru_maxrss / 1024
        os.close(self.fd)


def first_paint(text: str, _pos: int) -> bool:
    """A frame with real content is on screen."""
    return len(text) >= 20 and len(re.sub(r"\s", "", text)) >= 20


def any_title(prefixes: set[str], width: int) -> Callable[[str, int], bool]:
    """True once any of these title prefixes is on screen."""

    def check(text: str, pos: int) -> bool:
        return any(text[i : i + width] in prefixes for i in range(pos, len(text) - width + 1))

    return check


def seen(pattern: str) -> Callable[[str, int], bool]:
    """True once text matching ``pattern`` appears (after the look-from point)."""
    compiled = re.compile(pattern)
    return lambda text, pos: compiled.search(text, pos) is not None


def listed(count: int) -> Callable[[str, int], bool]:
    """True once the library header shows the final count."""
    return seen(rf"Library · {count}\b")


def median(values: list[float | None]) -> float | None:
    """Median of the runs that finished (None if none did)."""
    got = [v for v in values if v is not None]
    return statistics.median(got) if got else None


@dataclass
class Row:
    """One line of the report."""

    what: str
    value: float | None
    unit: str
    target: str = ""
    ok: bool | None = None
    spread: str = ""


def fmt(row: Row) -> str:
    """The row as text."""
    if row.value is None:
        val = "n/a"
    elif row.unit == "ms":
        ms = row.value * 1000
        val = f"{ms:.2f} ms" if ms < 10 else f"{ms:.0f} ms"
    elif row.unit == "MB":
        val = f"{row.value:.0f} MB"
    else:
        val = f"{row.value:,.0f} {row.unit}"
    verdict = "" if row.ok is None else ("ok" if row.ok else "MISSED")
    return f"| {row.what:<46} | {val:>10} | {row.spread:>15} | {row.target:<22} | {verdict:<6} |"


def spread(values: list[float | None], unit: str = "ms") -> str:
    """min–max of the runs, for the report."""
    got = [v for v in values if v is not None]
    if not got:
        return ""
    scale = 1000 if unit == "ms" else 1
    return f"{min(got) * scale:.0f}–{max(got) * scale:.0f}"


# -- runs ------------------------------------------------------------------------------


def app_env(work: Path, cache: str) -> dict[str, str]:
    """Environment of an app run: private config and cache, a plain 256-colour terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "TEXTUAL"))}
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        COLUMNS=str(COLS),
        LINES=str(ROWS),
        BRIEFING_CONFIG_DIR=str(work / "config"),
        BRIEFING_CACHE_DIR=str(work / cache),
    )
    return env


def run_app(argv: list[str], env: dict[str, str], steps: list) -> tuple[list, float]:
    """Spawn once, wait for each step's condition in turn; return the times and the RSS."""
    child = Child(argv, env)
    child.spawn()
    times: list = []
    try:
        for step in steps:
            times.append(step(child))
            if times[-1] is None:
                break
    finally:
        child.stop()
    return times, child.rss_mb


def keystrokes(child: Child, count: int, rounds: int) -> list[float] | None:
    """Latencies of typing and erasing one character in the library filter."""
    t, mark = child.send("f")
    time.sleep(0.3)  # let focus settle; not timed
    out: list[float] = []
    shown = seen(r"showing \d+")
    back = seen(rf"Library · {count}(?! · showing)")
    for ch in "aeoPnr"[:rounds]:
        t, mark = child.send(ch)
        if child.wait_for(shown, mark) is None:
            return None
        out.append(time.perf_counter() - t)
        time.sleep(0.15)
        t, mark = child.send("\x7f")
        if child.wait_for(back, mark) is None:
            return None
        out.append(time.perf_counter() - t)
        time.sleep(0.15)
    return out


def py(code: str, env: dict[str, str] | None = None) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def parse_figures(seed: Path, big: Path, lib: Path) -> dict:
    """Parse time of a seed-sized and a 1 MB document, and throughput over a library."""
    code = f"""
import json, time, statistics, os
from tui.core.formats import load_briefing
from tui.core.library import discover_paths
def best(path, n):
    ts = []
    for _ in range(n):
        t = time.perf_counter(); load_briefing(path); ts.append(time.perf_counter() - t)
    return statistics.median(ts)
seed = best({str(seed)!r}, 300)
big = best({str(big)!r}, 3)
paths = discover_paths([{str(lib)!r}])
size = sum(os.path.getsize(p) for p in paths)
t = time.perf_counter()
for p in paths:
    try: load_briefing(p)
    except Exception: pass
dt = time.perf_counter() - t
print(json.dumps({{"seed": seed, "big": big, "docs_s": len(paths) / dt, "mb_s": size / 1e6 / dt,
                  "seed_kb": os.path.getsize({str(seed)!r}) / 1024,
                  "big_kb": os.path.getsize({str(big)!r}) / 1024}}))
"""
    return py(code)


def scan_figures(lib: Path, cache: Path, cold: bool) -> dict:
    """discover + scan of a library from Python, in a fresh process."""
    if cold:
        shutil.rmtree(cache, ignore_errors=True)
    code = f"""
import json, time, resource
t0 = time.perf_counter()
from tui.core.library import discover, scan
t1 = time.perf_counter()
paths = discover([{str(lib)!r}])
t2 = time.perf_counter()
n = sum(1 for _ in scan(paths))
t3 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "discover": t2 - t1, "scan": t3 - t2, "n": n,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache))
    return py(code, env)


def make_big(seed_text: str, path: Path, size: int = 1 << 20) -> None:
    """A ~1 MB plain-text briefing: the seed's lead, then its body repeated under headings."""
    lines = seed_text.splitlines()
    head, body = lines[:3], lines[3:]
    out = list(head)
    n = 0
    while sum(len(x) + 1 for x in out) < size:
        n += 1
        out.append(f"Part {n} of the Record")
        out.extend(body[:-12])  # leave the comments for the end
    out.extend(body[-12:])
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def ensure_library(work: Path, n: int) -> Path:
    """The synthetic library of ``n`` briefings (made once, reused)."""
    folder = work / f"lib-{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "make_library.py"), str(n), str(folder)], check=True
        )
        stamp.write_text("ok")
    return folder


def title_prefixes(lib: Path | None, width: int) -> set[str]:
    """The first ``width`` characters of every title in the library (or the samples)."""
    from tui.core.index import Index
    from tui.core.library import discover, scan
    from tui.core.paths import samples_dir

    folder = lib if lib is not None else samples_dir()
    return {
        e.title[:width]
        for e in scan(discover([folder]), index=Index(None))
        if len(e.title) >= width
    }


# -- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run everything and print one table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    ap.add_argument("--cold-runs", type=int, default=3, help="runs of the cold 10,000 scan")
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--work", type=Path, help="where libraries and caches go (kept)")
    ap.add_argument("--no-ui", action="store_true", help="only the core figures")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent.parent))
    work = args.work or Path(tempfile.gettempdir()) / "briefing-bench"
    work.mkdir(parents=True, exist_ok=True)
    (work / "config").mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    big_n = max(sizes)
    rows: list[Row] = []
    libs = {n: ensure_library(work, n) for n in sizes}

    from tui.core.paths import samples_dir

    seed = samples_dir() / "korea-italy-summit.txt"
    if not seed.exists():
        seed = next(p for p in sorted(samples_dir().iterdir()) if p.suffix == ".txt")
    big = work / "one-megabyte.txt"
    make_big(seed.read_text(encoding="utf-8"), big)
    pf = parse_figures(seed, big, libs[min(sizes, key=lambda n: abs(n - 1000))])
    rows += [
        Row(f"parse a seed-sized document ({pf['seed_kb']:.0f} KB)", pf["seed"], "ms", "< 1 ms",
            pf["seed"] < 0.001),
        Row(f"parse a {pf['big_kb'] / 1024:.1f} MB document", pf["big"], "ms", "< 500 ms",
            pf["big"] < 0.5),
        Row("parse throughput (synthetic library)", pf["docs_s"], "docs/s",
            spread=f"{pf['mb_s']:.1f} MB/s"),
    ]  # fmt: skip

    cache = work / f"cache-scan-{big_n}"
    cold = [scan_figures(libs[big_n], cache, cold=True) for _ in range(args.cold_runs)]
    warm = [scan_figures(libs[big_n], cache, cold=False) for _ in range(args.runs)]
    rows += [
        Row(f"discover() {big_n:,} files", median([r["discover"] for r in warm]), "ms",
            spread=spread([r["discover"] for r in warm])),
        Row(f"scan() {big_n:,}, cold index (Python)", median([r["scan"] for r in cold]), "ms",
            "< 3 s", (median([r["scan"] for r in cold]) or 9) < 3,
            spread([r["scan"] for r in cold])),
        Row(f"scan() {big_n:,}, warm index (Python)", median([r["scan"] for r in warm]), "ms",
            spread=spread([r["scan"] for r in warm])),
        Row("import tui.core.library", median([r["import"] for r in warm]), "ms",
            spread=spread([r["import"] for r in warm])),
    ]  # fmt: skip

    from importlib.util import find_spec

    if args.no_ui or find_spec("tui.app") is None or find_spec("textual") is None:
        why = "--no-ui" if args.no_ui else "tui.app is not there yet"
        rows.append(Row(f"(app figures skipped: {why})", None, ""))
        return report(rows, args)

    py_exe = sys.executable
    hello = [py_exe, str(HERE / "hello_app.py")]
    env = app_env(work, "cache-samples")
    bare = [run_app(hello, env, [lambda c: c.wait_for(first_paint)]) for _ in range(args.runs)]
    bare_t = median([t[0][0] for t in bare])
    rows.append(Row("bare Textual app: first paint", bare_t, "ms", "baseline",
                    spread=spread([t[0][0] for t in bare])))  # fmt: skip
    rows.append(Row("bare Textual app: peak RSS", median([t[1] for t in bare]), "MB"))

    width = 12
    sample_titles = title_prefixes(None, width)
    app = [py_exe, "-m", "tui"]
    run_app(app, env, [lambda c: c.wait_for(any_title(sample_titles, width))])  # warm the index
    runs = [
        run_app(app, env, [
            lambda c: c.wait_for(first_paint),
            lambda c: c.wait_for(any_title(sample_titles, width)),
        ])
        for _ in range(args.runs)
    ]  # fmt: skip
    paint = median([r[0][0] for r in runs])
    limit = (bare_t or 0) * 1.25
    rows += [
        Row("briefing, samples: first paint", paint, "ms", f"≤ 1.25× bare ({limit * 1000:.0f} ms)",
            paint is not None and paint <= limit, spread([r[0][0] for r in runs])),
        Row("briefing, samples: first title on screen", median([r[0][-1] for r in runs]), "ms",
            spread=spread([r[0][-1] for r in runs])),
        Row("briefing, samples: peak RSS", median([r[1] for r in runs]), "MB"),
    ]  # fmt: skip

    for n in sizes:
        lib = libs[n]
        env = app_env(work, f"cache-app-{n}")
        titles = title_prefixes(lib, width) if n <= 1000 else None
        argv_n = [*app, str(lib)]
        run_app(argv_n, env, [lambda c, n=n: c.wait_for(listed(n))])  # warm the index
        if titles is None:
            titles = title_prefixes_from_index(work / f"cache-app-{n}", lib, width)
        steps = [
            lambda c: c.wait_for(first_paint),
            lambda c, t=titles: c.wait_for(any_title(t, width)),
            lambda c, n=n: c.wait_for(listed(n)),
        ]
        if n == big_n:
            steps.append(lambda c, n=n: keystrokes(c, n, 3))
        runs = [run_app(argv_n, env, steps) for _ in range(args.runs)]
        p = median([r[0][0] for r in runs])
        rows += [
            Row(f"briefing, {n:,} warm: first paint", p, "ms",
                f"≤ 1.25× bare ({limit * 1000:.0f} ms)", p is not None and p <= limit,
                spread([r[0][0] for r in runs])),
            Row(f"briefing, {n:,} warm: first title", median([_at(r, 1) for r in runs]), "ms",
                spread=spread([_at(r, 1) for r in runs])),
            Row(f"briefing, {n:,} warm: all listed", median([_at(r, 2) for r in runs]), "ms",
                spread=spread([_at(r, 2) for r in runs])),
            Row(f"briefing, {n:,} warm: peak RSS", median([r[1] for r in runs]), "MB",
                "< 250 MB", median([r[1] for r in runs]) is not None
                and (median([r[1] for r in runs]) or 0) < 250),
        ]  # fmt: skip
        if n == big_n:
            keys = [k for r in runs if len(r[0]) > 3 and r[0][3] for k in r[0][3]]
            km = median(keys) if keys else None
            rows.append(Row(f"briefing, {n:,}: filter keystroke → screen", km, "ms", "< 50 ms",
                            km is not None and km < 0.05, spread(keys)))  # fmt: skip

    n = big_n
    lib = libs[n]
    cold_runs = []
    for _ in range(args.cold_runs):
        shutil.rmtree(work / f"cache-cold-{n}", ignore_errors=True)
        env = app_env(work, f"cache-cold-{n}")
        cold_runs.append(run_app([*app, str(lib)], env, [
            lambda c: c.wait_for(first_paint),
            lambda c: c.wait_for(listed(n)),
        ]))  # fmt: skip
    c_paint = median([r[0][0] for r in cold_runs])
    c_listed = median([_at(r, 1) for r in cold_runs])
    rows += [
        Row(f"briefing, {n:,} cold: first paint", c_paint, "ms",
            f"≤ 1.25× bare ({limit * 1000:.0f} ms)", c_paint is not None and c_paint <= limit,
            spread([r[0][0] for r in cold_runs])),
        Row(f"briefing, {n:,} cold: all listed", c_listed, "ms", "< 3 s",
            c_listed is not None and c_listed < 3, spread([_at(r, 1) for r in cold_runs])),
        Row(f"briefing, {n:,} cold: peak RSS", median([r[1] for r in cold_runs]), "MB",
            "< 250 MB", (median([r[1] for r in cold_runs]) or 999) < 250),
    ]  # fmt: skip
    return report(rows, args)


def _at(run: tuple[list, float], i: int) -> float | None:
    times = run[0]
    return times[i] if len(times) > i else None


def title_prefixes_from_index(cache: Path, lib: Path, width: int) -> set[str]:
    """Title prefixes of a big library, read from its (warm) index rather than parsed."""
    from tui.core.index import DB_NAME, Index
    from tui.core.library import discover_paths, scan

    with Index(cache / DB_NAME) as idx:
        return {e.title[:width] for e in scan(discover_paths([lib]), index=idx)}


def report(rows: list[Row], args: argparse.Namespace) -> int:
    """Print the table (Markdown, so it can go in the README as is)."""
    import platform

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"\nbriefing benchmarks — {platform.python_implementation()} {platform.python_version()},"
        f" {cpus} CPUs, {platform.system()}; median of {args.runs} runs"
        f" ({args.cold_runs} for cold), terminal {COLS}×{ROWS}\n"
    )
    print(f"| {'measurement':<46} | {'median':>10} | {'min–max':>15} | {'target':<22} | {'':<6} |")
    print(f"|{'-' * 48}|{'-' * 12}:|{'-' * 17}|{'-' * 24}|{'-' * 8}|")
    for row in rows:
        print(fmt(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
