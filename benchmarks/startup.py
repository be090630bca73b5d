"""Speed and size of ``briefing``, measured whole-process, printed side by side with targets.

Usage: python benchmarks/startup.py [--runs 5] [--cold-runs 3] [--sizes 100,1000,10000]
                                     [--work DIR] [--no-ui] [--only paint,filter]

Every figure is the median over several fresh processes. The app runs in a pseudo-terminal
(``pty.fork``, 120×40, TERM=xterm-256color) and the clock stops when its output, escape
sequences removed, shows the awaited text:

* first paint: for the bare app, its one line of text; for ``briefing``, as the issue
  defines it, the first moment a briefing title of the library is on screen (the newest
  rows come from the metadata index when it exists, before any file is read);
* first frame: ``briefing``'s first frame with 20 or more visible characters (its layout;
  on a cold start, before the scan has listed anything);
* listed: the library header reads ``Library · N`` (the scan's progress is gone); a cold
  library is listed from a quick scan that reads each document's opening;
* indexed: after that quick scan the whole library is parsed and indexed while the filter
  hint shows ``· index N%`` (a library search waits for it); the clock stops when it goes;
* filter keystroke: the library is listed, ``f`` focuses the filter, then each typed or
  erased character of "Oslo" is timed until the last frame it causes (the screen then
  stays quiet for 150 ms);
* CPU used: user + system time of the app process (all threads) from ``/proc`` when the
  text appeared; unlike wall time it hardly changes when other work loads the machine;
* peak RSS: the app *and* its helper processes (the parse workers of a cold scan) together:
  their resident memory summed, sampled every 50 ms from ``/proc`` while the run waits, or
  the app's own ``ru_maxrss`` if that is more.

Both apps run as an installed package would: with bytecode (``PYTHONDONTWRITEBYTECODE`` is
dropped, so the first run writes it for an editable checkout).

Each row says the state of the metadata index: "warm index" (filled by an earlier run) or
"empty index" (the cache was deleted before each run; "fresh HOME" also means an empty home
folder with no config, as a new user's first launch). The OS file cache is warm in every
row: the documents were read before (by the library generator or an earlier run). The parse and
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
TIMEOUT = 180.0
SETTLE = 0.15
#: How often the app's and its helpers' memory is sampled while waiting for output.
RSS_EVERY = 0.05
#: The 1-minute load average when the run began: other work on the machine skews figures.
LOAD_AT_START = os.getloadavg()[:1] if hasattr(os, "getloadavg") else ()
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
    #: Peak of the app's and its helpers' resident memory summed, sampled while waiting.
    tree_rss_mb: float = 0.0
    _sampled: float = 0.0
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

    def sample_rss(self) -> None:
        """Note the resident memory of the app and its helper processes together (Linux)."""
        now = time.perf_counter()
        if now - self._sampled < RSS_EVERY:
            return
        self._sampled = now
        self.tree_rss_mb = max(self.tree_rss_mb, tree_rss_mb(self.pid))

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
            self.sample_rss()
            got = self._read(min(deadline - time.perf_counter(), RSS_EVERY))
            if not got and (time.perf_counter() >= deadline or not self.alive()):
                return None

    def alive(self) -> bool:
        """Whether the app process is still running (not gone, not a zombie; Linux)."""
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return not Path("/proc").exists()
        return state != "Z"

    def cpu(self) -> float | None:
        """CPU seconds (user + system, all threads) the app has used so far (Linux)."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def send(self, keys: str) -> tuple[float, int]:
        """Type ``keys``; return the time and where the text stood at that moment."""
        self.drain()
        mark = len(self.text)
        now = time.perf_counter()
        os.write(self.fd, keys.encode())
        return now, mark

    def settle(self) -> tuple[float, float] | None:
        """Read until the screen is quiet for SETTLE seconds: (first, last) output times."""
        first = last = None
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            self.sample_rss()
            if not self._read(SETTLE):
                break
            last = time.perf_counter()
            first = first or last
        return None if first is None or last is None else (first, last)

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
        self.rss_mb = max(usage.ru_maxrss / 1024, self.tree_rss_mb)
        os.close(self.fd)


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and every process descended from it, in MB (Linux)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for name in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status", encoding="ascii", errors="replace") as fh:
                status = fh.read()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parent[int(name)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(name)] = int(fields.get("VmRSS", "0 kB").split()[0] or 0)
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += rss[pid]
    return total / 1024


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


#: The filter hint without its "· index N%": indexing after a quick scan is over.
indexed = seen(r"filter \(f\)(?! · index)")


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
    elif row.unit == "×":
        val = f"{row.value:.2f}×"
    else:
        val = f"{row.value:,.0f} {row.unit}"
    verdict = "" if row.ok is None else ("ok" if row.ok else "MISSED")
    return f"| {row.what:<62} | {val:>10} | {row.spread:>15} | {row.target:<22} | {verdict:<6} |"


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
    # Both apps run with bytecode, as an installed package has it (pip compiles on install);
    # without this an editable checkout would be recompiled on every start, Textual not.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        COLUMNS=str(COLS),
        LINES=str(ROWS),
        BRIEFING_CONFIG_DIR=str(work / "config"),
        BRIEFING_CACHE_DIR=str(work / cache),
        BRIEFING_STATE_DIR=str(work / "state"),
    )
    return env


def fresh_home_env(work: Path, name: str) -> tuple[dict[str, str], Callable[[], None]]:
    """A new user's environment: an empty HOME, no config, no index, no XDG overrides.

    Returns the environment and the function that empties that HOME before each run.
    """
    home = work / f"home-{name}"
    env = app_env(work, "unused")
    for key in [k for k in env if k.startswith(("BRIEFING_", "XDG_"))]:
        del env[key]
    env["HOME"] = str(home)

    def prepare() -> None:
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)

    return env, prepare


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


def keystrokes(child: Child, typed: str = "Oslo") -> list[tuple[float, float]] | None:
    """Latencies of typing ``typed`` into the library filter, then erasing it, key by key.

    For each key: (first output, last frame of the burst it causes — the screen is then
    quiet for SETTLE seconds), in seconds from writing the key.
    """
    child.send("f")  # focus the filter; not timed
    child.settle()
    out: list[tuple[float, float]] = []
    for key in [*typed, *"\x7f" * len(typed)]:
        sent, _mark = child.send(key)
        burst = child.settle()
        if burst is None:
            return None
        out.append((burst[0] - sent, burst[1] - sent))
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
from tui.core.load import load_briefing
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
# The light parse the index uses (no quotes, facts or people), per file, by format.
light = {{}}
for p in paths:
    t = time.perf_counter()
    try: load_briefing(p, extract=False)
    except Exception: continue
    light.setdefault(os.path.splitext(p)[1] or ".txt", []).append(time.perf_counter() - t)
every = [x for xs in light.values() for x in xs]
print(json.dumps({{"seed": seed, "big": big, "docs_s": len(paths) / dt, "mb_s": size / 1e6 / dt,
                  "light": statistics.median(every),
                  "light_by": {{k: statistics.median(v) for k, v in sorted(light.items())}},
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
c2 = time.process_time()
tq, cq = time.perf_counter(), time.process_time()
nq = sum(1 for _ in scan(paths, quick=True))  # what the app lists first; writes nothing
t2, c2 = time.perf_counter(), time.process_time()
kq = resource.getrusage(resource.RUSAGE_CHILDREN)
n = sum(1 for _ in scan(paths))
t3 = time.perf_counter()
c3 = time.process_time()
kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the parse helpers, waited for by now
from tui.core.library import search
found = {{}}
for word in ("the", "Solberg"):  # in every document / in about one in ten
    t = time.perf_counter()
    hits = search(word, limit=n, within=paths)
    found[word] = (time.perf_counter() - t, len(hits))
print(json.dumps({{"import": t1 - t0, "discover": tq - t1, "scan": t3 - t2, "n": n,
                  "quick": t2 - tq, "quick_cpu": c2 - cq + kq.ru_utime + kq.ru_stime,
                  "scan_cpu": c3 - c2,
                  "helpers_cpu": kids.ru_utime + kids.ru_stime - kq.ru_utime - kq.ru_stime,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "search": found}}))
"""
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache))
    return py(code, env)


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
    from tui.core.library import Index, discover, scan
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
    ap.add_argument(
        "--only",
        help="a quick pass: just these app figures (paint: bare vs samples vs the largest "
        "size, wall and CPU; filter: keystrokes at the largest size); no parse or scan figures",
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    work = args.work or Path(tempfile.gettempdir()) / "briefing-bench"
    work.mkdir(parents=True, exist_ok=True)
    (work / "config").mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    big_n = max(sizes)
    rows: list[Row] = []
    if args.only:
        big_n = max(sizes)
        parts = {p.strip() for p in args.only.split(",") if p.strip()}
        return report(quick_figures(args, work, ensure_library(work, big_n), big_n, parts), args)
    libs = {n: ensure_library(work, n) for n in sizes}

    from documents import SEED as seed
    from documents import build_large

    big = work / "one-megabyte.txt"  # the same document bench_parse.py times
    big.write_text(build_large(), encoding="utf-8")
    pf = parse_figures(seed, big, libs[min(sizes, key=lambda n: abs(n - 1000))])
    rows += [
        Row(f"parse a seed-sized document ({pf['seed_kb']:.0f} KB)", pf["seed"], "ms", "< 1 ms",
            pf["seed"] < 0.001),
        Row(f"parse a {pf['big_kb'] / 1024:.1f} MB document", pf["big"], "ms", "< 500 ms",
            pf["big"] < 0.5),
        Row("parse throughput (synthetic library)", pf["docs_s"], "docs/s",
            spread=f"{pf['mb_s']:.1f} MB/s"),
        Row("light parse for the index, per file (synthetic library)", pf["light"], "ms",
            spread=" ".join(f"{k}:{v * 1000:.2f}" for k, v in pf["light_by"].items())),
    ]  # fmt: skip

    cache = work / f"cache-scan-{big_n}"
    cold = [scan_figures(libs[big_n], cache, cold=True) for _ in range(args.cold_runs)]
    warm = [scan_figures(libs[big_n], cache, cold=False) for _ in range(args.runs)]
    rows += [
        Row(f"discover() {big_n:,} files", median([r["discover"] for r in warm]), "ms",
            spread=spread([r["discover"] for r in warm])),
        Row(f"quick scan {big_n:,}, cold: rows listed (Python)",
            median([r["quick"] for r in cold]), "ms", "< 3 s",
            (median([r["quick"] for r in cold]) or 9) < 3, spread([r["quick"] for r in cold])),
        Row(f"quick scan {big_n:,}, cold: CPU (process + helpers)",
            median([r["quick_cpu"] for r in cold]), "ms"),
        Row(f"scan() {big_n:,}, cold: parse and index all (Python)",
            median([r["scan"] for r in cold]), "ms", spread=spread([r["scan"] for r in cold])),
        Row(f"scan() {big_n:,}, cold: CPU used (process + helpers)",
            median([r["scan_cpu"] + r["helpers_cpu"] for r in cold]), "ms",
            spread=f"{median([r['scan_cpu'] for r in cold]):.1f} s + "
            f"{median([r['helpers_cpu'] for r in cold]):.1f} s"),
        Row(f"scan() {big_n:,}, warm index (Python)", median([r["scan"] for r in warm]), "ms",
            spread=spread([r["scan"] for r in warm])),
        Row("import tui.core.library.sync", median([r["import"] for r in warm]), "ms",
            spread=spread([r["import"] for r in warm])),
        *[
            Row(f"library search, {word!r} ({warm[0]['search'][word][1]:,} hits)",
                median([r["search"][word][0] for r in warm]), "ms",
                spread=spread([r["search"][word][0] for r in warm]))
            for word in ("the", "Solberg")
        ],
    ]  # fmt: skip

    from importlib.util import find_spec

    if args.no_ui or find_spec("tui.app") is None or find_spec("textual") is None:
        why = "--no-ui" if args.no_ui else "tui.app is not there yet"
        rows.append(Row(f"(app figures skipped: {why})", None, ""))
        return report(rows, args)

    rows += app_figures(args, work, libs, sizes)
    return report(rows, args)


@dataclass
class Scenario:
    """One way of starting the app, and what to time in each run."""

    name: str
    argv: list[str]
    env: dict[str, str]
    steps: list[Callable[[Child], object]]
    runs: list[tuple[list, float]] = field(default_factory=list)
    #: Run before every start (e.g. a fresh HOME, so the index is empty).
    prepare: Callable[[], None] | None = None

    def run(self) -> None:
        """Start the app once and record the step times and peak RSS."""
        if self.prepare is not None:
            self.prepare()
        self.runs.append(run_app(self.argv, self.env, self.steps))

    def times(self, i: int) -> list[float | None]:
        """Step ``i`` of every run (None where it did not finish)."""
        return [r[0][i] if len(r[0]) > i else None for r in self.runs]

    def rss(self) -> float | None:
        """Median peak RSS in MB."""
        return median([r[1] for r in self.runs])


def app_figures(
    args: argparse.Namespace, work: Path, libs: dict[int, Path], sizes: list[int]
) -> list[Row]:
    """First paint, listing, keystrokes and RSS of the app, beside a bare Textual app.

    Runs are interleaved (bare, samples, each size, bare, …) so that a busy machine
    slows every scenario alike.
    """
    exe = sys.executable
    app = [exe, "-m", "tui"]
    width = 12
    big_n = max(sizes)
    bare = Scenario("bare", [exe, str(HERE / "hello_app.py")], app_env(work, "cache-bare"),
                    [lambda c: c.wait_for(first_paint), Child.cpu])  # fmt: skip
    sample_titles = warm_samples_index(work, width)
    samples = Scenario("samples, warm index", app, app_env(work, "cache-samples"), [
        lambda c: c.wait_for(first_paint),
        lambda c: c.wait_for(any_title(sample_titles, width)),
    ])  # fmt: skip
    samples_cpu = Scenario("samples, warm index", app, app_env(work, "cache-samples"), [
        lambda c: c.wait_for(any_title(sample_titles, width)),
        Child.cpu,  # read as soon as the first title is seen
    ])  # fmt: skip
    fresh_env, fresh_prepare = fresh_home_env(work, "samples")
    samples_fresh = Scenario("samples, empty index, fresh HOME", app, fresh_env, [
        lambda c: c.wait_for(first_paint),
        lambda c: c.wait_for(any_title(sample_titles, width)),
    ], prepare=fresh_prepare)  # fmt: skip
    small = min(sizes)
    small_titles = title_prefixes(libs[small], width)
    small_env, small_prepare = fresh_home_env(work, f"lib-{small}")
    small_fresh = Scenario(f"{small:,}, empty index, fresh HOME", [*app, str(libs[small])],
                           small_env, [
        lambda c: c.wait_for(first_paint),
        lambda c: c.wait_for(any_title(small_titles, width)),
        lambda c: c.wait_for(listed(small)),
    ], prepare=small_prepare)  # fmt: skip
    scenarios = [bare, samples, samples_cpu]
    for n in sizes:
        lib = libs[n]
        argv, env = [*app, str(lib)], app_env(work, f"cache-app-{n}")
        run_app(argv, env, [lambda c, n=n: c.wait_for(listed(n))])  # fill the index
        titles = title_prefixes_from_index(work / f"cache-app-{n}", lib, width)
        steps = [
            lambda c: c.wait_for(first_paint),
            lambda c, t=titles: c.wait_for(any_title(t, width)),
            lambda c, n=n: c.wait_for(listed(n)),
        ]
        if n == big_n:
            steps.append(keystrokes)
        scenarios.append(Scenario(f"{n:,}, warm index", argv, env, steps))
    for _ in range(args.runs):
        for sc in [*scenarios, samples_fresh, small_fresh]:
            sc.run()
    cold_env = app_env(work, f"cache-cold-{big_n}")
    big_titles = title_prefixes_from_index(work / f"cache-app-{big_n}", libs[big_n], width)
    cold = Scenario(f"{big_n:,}, empty index", [*app, str(libs[big_n])], cold_env, [
        lambda c: c.wait_for(first_paint),
        lambda c: c.wait_for(any_title(big_titles, width)),
        lambda c: c.wait_for(listed(big_n)),
        Child.cpu,  # the app process only: the parse helpers are not its threads
        lambda c: c.wait_for(indexed, since=len(c.text)),
    ])  # fmt: skip
    for _ in range(args.cold_runs):
        shutil.rmtree(work / f"cache-cold-{big_n}", ignore_errors=True)
        cold.run()

    base = median(bare.times(0))
    limit = (base or 0) * 1.25
    paint_target = f"≤ 1.25× bare ({limit * 1000:.0f} ms)"

    def paint_row(sc: Scenario) -> Row:
        """First paint as the issue defines it: until a briefing's title is on screen."""
        value = median(sc.times(1))
        ok = value is not None and value <= limit
        return Row(f"briefing, {sc.name}: first paint (a title on screen)", value, "ms",
                   paint_target, ok, spread(sc.times(1)))  # fmt: skip

    def ratio_row(sc: Scenario) -> Row:
        """First paint ÷ the bare app's, run by run (runs are interleaved, so run i of each
        scenario met the same load): median and range of the ratios."""
        pairs = zip(bare.times(0), sc.times(1), strict=False)
        ratios = [s / b for b, s in pairs if b and s]
        value = statistics.median(ratios) if ratios else None
        return Row(f"briefing, {sc.name}: first paint ÷ bare, run by run", value, "×",
                   "≤ 1.25", value is not None and value <= 1.25,
                   f"{min(ratios):.2f}–{max(ratios):.2f}" if ratios else "")  # fmt: skip

    def frame_row(sc: Scenario) -> Row:
        return Row(f"briefing, {sc.name}: first frame (layout)", median(sc.times(0)), "ms",
                   spread=spread(sc.times(0)))  # fmt: skip

    def rss_row(sc: Scenario, label: str) -> Row:
        value = sc.rss()
        return Row(f"{label}: peak RSS", value, "MB", "< 250 MB", value is not None and value < 250)

    base_cpu = median(bare.times(1))
    cpu_limit = (base_cpu or 0) * 1.25
    paint_cpu = median(samples_cpu.times(1))
    rows = [
        Row("bare Textual app: first paint", base, "ms", "baseline", None, spread(bare.times(0))),
        Row("bare Textual app: CPU used by first paint", base_cpu, "ms", "baseline", None,
            spread(bare.times(1))),
        Row("bare Textual app: peak RSS", bare.rss(), "MB"),
        frame_row(samples),
        paint_row(samples),
        ratio_row(samples),
        Row(f"briefing, {samples.name}: CPU used by first paint", paint_cpu, "ms",
            f"≤ 1.25× bare ({cpu_limit * 1000:.0f} ms)",
            paint_cpu is not None and paint_cpu <= cpu_limit, spread(samples_cpu.times(1))),
        rss_row(samples, f"briefing, {samples.name}"),
        frame_row(samples_fresh),
        paint_row(samples_fresh),
        ratio_row(samples_fresh),
        rss_row(samples_fresh, f"briefing, {samples_fresh.name}"),
        frame_row(small_fresh),
        paint_row(small_fresh),
        ratio_row(small_fresh),
        Row(f"briefing, {small_fresh.name}: all listed", median(small_fresh.times(2)), "ms",
            spread=spread(small_fresh.times(2))),
        rss_row(small_fresh, f"briefing, {small_fresh.name}"),
    ]  # fmt: skip
    for sc in scenarios[3:]:
        rows += [
            frame_row(sc),
            paint_row(sc),
            ratio_row(sc),
            Row(f"briefing, {sc.name}: all listed", median(sc.times(2)), "ms",
                spread=spread(sc.times(2))),
            rss_row(sc, f"briefing, {sc.name}"),
        ]  # fmt: skip
        if len(sc.steps) > 3:
            keys = [k for r in sc.runs if len(r[0]) > 3 and r[0][3] for k in r[0][3]]
            echo = [k[0] for k in keys]
            done = [k[1] for k in keys]
            value = median(done) if done else None
            rows += [
                Row(f"briefing, {big_n:,}: filter key → first output", median(echo) if echo else None, "ms", spread=spread(echo)),
                Row(f"briefing, {big_n:,}: filter key → screen settled", value, "ms",
                    "< 50 ms", value is not None and value < 0.05, spread(done)),
            ]  # fmt: skip
    c_listed = median(cold.times(2))
    rows += [
        frame_row(cold),
        Row(f"briefing, {cold.name}: a title on screen", median(cold.times(1)), "ms",
            spread=spread(cold.times(1))),
        Row(f"briefing, {cold.name}: all listed", c_listed, "ms", "< 3 s",
            c_listed is not None and c_listed < 3, spread(cold.times(2))),
        Row(f"briefing, {cold.name}: app process CPU until listed",
            median(cold.times(3)), "ms", spread=spread(cold.times(3))),
        Row(f"briefing, {cold.name}: indexed, search ready",
            median(cold.times(4)), "ms", spread=spread(cold.times(4))),
        rss_row(cold, f"briefing, {cold.name}"),
    ]  # fmt: skip
    return rows


def quick_figures(
    args: argparse.Namespace, work: Path, lib: Path, n: int, parts: set[str]
) -> list[Row]:
    """``--only``: first paint (bare, samples, ``n`` warm; wall and CPU) and/or keystrokes."""
    exe = sys.executable
    app = [exe, "-m", "tui"]
    width = 12
    argv, env = [*app, str(lib)], app_env(work, f"cache-app-{n}")
    run_app(argv, env, [lambda c: c.wait_for(listed(n))])  # fill the index
    titles = title_prefixes_from_index(work / f"cache-app-{n}", lib, width)

    def paint(names: set[str] | None) -> list[Callable[[Child], object]]:
        """Until the bare app's line (``None``) or a title of ``names`` shows, then CPU."""
        done = first_paint if names is None else any_title(names, width)
        return [lambda c: c.wait_for(done), Child.cpu]

    scenarios: list[Scenario] = []
    if "paint" in parts:
        scenarios += [
            Scenario("bare", [exe, str(HERE / "hello_app.py")], app_env(work, "cache-bare"),
                     paint(None)),
            Scenario("samples, warm index", app, app_env(work, "cache-samples"),
                     paint(warm_samples_index(work, width))),
            Scenario(f"{n:,}, warm index", argv, env, paint(titles)),
        ]  # fmt: skip
        fresh_env, fresh_prepare = fresh_home_env(work, "samples")
        small = ensure_library(work, 100)
        small_env, small_prepare = fresh_home_env(work, "lib-100")
        scenarios += [
            Scenario("samples, empty index, fresh HOME", app, fresh_env,
                     paint(title_prefixes(None, width)), prepare=fresh_prepare),
            Scenario("100, empty index, fresh HOME", [*app, str(small)], small_env,
                     paint(title_prefixes(small, width)), prepare=small_prepare),
        ]  # fmt: skip
    if "filter" in parts:
        scenarios.append(
            Scenario(f"{n:,} filter", argv, env, [lambda c: c.wait_for(listed(n)), keystrokes])
        )
    for _ in range(args.runs):
        for sc in scenarios:
            sc.run()
    rows: list[Row] = []
    base = base_cpu = None
    bare_runs = scenarios[0]  # "bare" runs first
    for sc in scenarios:
        if sc.name.endswith("filter"):
            keys = [k for r in sc.runs if len(r[0]) > 1 and r[0][1] for k in r[0][1]]
            done = [k[1] for k in keys]
            value = median(done) if done else None
            rows += [
                Row(f"briefing, {n:,}: filter key → first output",
                    median([k[0] for k in keys]) if keys else None, "ms",
                    spread=spread([k[0] for k in keys])),
                Row(f"briefing, {n:,}: filter key → screen settled", value, "ms", "< 50 ms",
                    value is not None and value < 0.05, spread(done)),
            ]  # fmt: skip
            continue
        wall, cpu = median(sc.times(0)), median(sc.times(1))
        if sc.name == "bare":
            base, base_cpu = wall, cpu
            bare_runs = sc
        ratio = (
            f"{wall / base:.2f}× / {cpu / base_cpu:.2f}× CPU"
            if wall and cpu and base and base_cpu and sc.name != "bare"
            else "baseline"
        )
        ok = None if ratio == "baseline" else (wall or 9) <= 1.25 * (base or 0)
        rows += [
            Row(f"{sc.name}: first paint", wall, "ms", ratio, ok, spread(sc.times(0))),
            Row(f"{sc.name}: CPU used by first paint", cpu, "ms", "", None, spread(sc.times(1))),
        ]
        if sc.name != "bare":
            # Run i of every scenario ran back to back, under the same load: pair them.
            pairs = zip(bare_runs.times(0), sc.times(0), strict=False)
            ratios = [s / b for b, s in pairs if b and s]
            if ratios:
                value = statistics.median(ratios)
                rows.append(Row(f"{sc.name}: first paint ÷ bare, run by run", value, "×",
                                "≤ 1.25", value <= 1.25,
                                f"{min(ratios):.2f}–{max(ratios):.2f}"))  # fmt: skip
    return rows


def title_prefixes_from_index(cache: Path, lib: Path, width: int) -> set[str]:
    """Title prefixes of a big library, read from its (warm) index rather than parsed."""
    from tui.core.library import DB_NAME, Index, discover_paths, scan

    with Index(cache / DB_NAME) as idx:
        return {e.title[:width] for e in scan(discover_paths([lib]), index=idx) if e.title}


def warm_samples_index(work: Path, width: int) -> set[str]:
    """Fill the samples' index completely (the app, stopped at its first title, never
    finishes indexing them) and return their title prefixes."""
    from tui.core.paths import samples_dir

    return title_prefixes_from_index(work / "cache-samples", samples_dir(), width)


def report(rows: list[Row], args: argparse.Namespace) -> int:
    """Print the table (Markdown, so it can go in the README as is)."""
    import platform

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " / ".join(f"{x:.1f}" for x in LOAD_AT_START + os.getloadavg()[:1])
    print(
        f"\nbriefing benchmarks — {platform.python_implementation()} {platform.python_version()},"
        f" {cpus} CPUs, {platform.system()}; median of {args.runs} runs"
        f" ({args.cold_runs} for cold), terminal {COLS}×{ROWS};"
        f" load average at start / end: {load}\n"
    )
    print(f"| {'measurement':<62} | {'median':>10} | {'min–max':>15} | {'target':<22} | {'':<6} |")
    print(f"|{'-' * 64}|{'-' * 11}:|{'-' * 17}|{'-' * 24}|{'-' * 8}|")
    for row in rows:
        print(fmt(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
