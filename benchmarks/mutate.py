"""Plant realistic bugs one at a time and check that the tests notice each of them.

Each mutant in ``benchmarks/mutants.toml`` names a file, a snippet of its code, a
replacement and the tests to run. For every mutant this script copies the package into a
temporary folder (never touching the working tree), swaps the snippet, runs those tests
against the copy and records whether any failed (caught) or all passed (survived). A
mutant whose snippet is no longer in the file is reported as stale, not as caught: the
code moved, so the mutant needs updating.

    python benchmarks/mutate.py                 # every mutant; prints survivors and the score
    python benchmarks/mutate.py --only safefile-no-chmod --only ids-ignore-date
    python benchmarks/mutate.py --area stores --list
    python benchmarks/mutate.py --check         # only report stale or ambiguous snippets

Exit status: 0 when the score reaches ``--fail-under`` (default 90) and nothing is stale,
1 otherwise, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = Path(__file__).resolve().parent / "mutants.toml"
#: What the copy needs for the tests to run as they do in the working tree.
COPIED = ("tui", "tests", "briefings", "pyproject.toml", "README.md")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".mypy_cache")


@dataclass(frozen=True)
class Mutant:
    """One planted bug: ``original`` in ``file`` becomes ``replacement``."""

    id: str
    area: str
    file: str
    original: str
    replacement: str
    tests: tuple[str, ...]
    why: str = ""


@dataclass
class Outcome:
    """What happened to one mutant."""

    mutant: Mutant
    status: str  # caught, survived, stale, ambiguous, timeout
    seconds: float = 0.0
    detail: str = ""
    failed: list[str] = field(default_factory=list)


def load_mutants(path: Path = MUTANTS) -> list[Mutant]:
    """The mutants listed in ``path``, in file order; ids must be unique."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    out: list[Mutant] = []
    seen: set[str] = set()
    for raw in data.get("mutant", []):
        mutant = Mutant(
            id=raw["id"],
            area=raw["area"],
            file=raw["file"],
            original=raw["original"],
            replacement=raw["replacement"],
            tests=tuple(raw["tests"]),
            why=raw.get("why", ""),
        )
        if mutant.id in seen:
            raise SystemExit(f"mutants.toml: duplicate id {mutant.id!r}")
        if mutant.original == mutant.replacement:
            raise SystemExit(f"mutants.toml: {mutant.id!r} replaces a snippet with itself")
        seen.add(mutant.id)
        out.append(mutant)
    return out


def make_copy(root: Path) -> Path:
    """A throwaway copy of the package and its tests; returns its folder."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-mutants-"))
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, folder / name, ignore=IGNORED)
        elif src.exists():
            shutil.copy2(src, folder / name)
    return folder


def test_env(copy: Path) -> dict[str, str]:
    """The environment that makes Python import ``tui`` from the copy, never the tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(copy), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a restored file must not meet a mutant's .pyc
    env.pop("BRIEFING_LIBRARY", None)
    return env


def check_copy_is_imported(copy: Path) -> None:
    """Fail loudly if the tests would import the working tree instead of the copy."""
    out = subprocess.run(
        [sys.executable, "-c", "import tui; print(tui.__file__)"],
        cwd=copy,
        env=test_env(copy),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(out).resolve().is_relative_to(copy.resolve()):
        raise SystemExit(f"the tests would import {out}, not the copy in {copy}")


#: Tests that already fail on the unmutated copy (see ``baseline``): never run, so that a
#: test broken elsewhere cannot "catch" a mutant.
DESELECTED: list[str] = []


def run_tests(
    copy: Path, tests: tuple[str, ...], timeout: float, *, first_failure: bool = True
) -> tuple[int | None, str]:
    """Run pytest on ``tests`` in the copy; ``(exit code or None on timeout, output tail)``."""
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts="]
    if first_failure:
        cmd.append("-x")
    for node in DESELECTED:
        cmd += ["--deselect", node]
    try:
        done = subprocess.run(
            [*cmd, *tests],
            cwd=copy,
            env=test_env(copy),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, ""
    return done.returncode, (done.stdout + done.stderr)[-20000:]


def failed_tests(output: str) -> list[str]:
    """The ``FAILED``/``ERROR`` lines pytest printed."""
    return [
        line.split(" ", 1)[1].split(" - ")[0]
        for line in output.splitlines()
        if line.startswith(("FAILED ", "ERROR "))
    ]


def plant(copy: Path, mutant: Mutant) -> tuple[str | None, str]:
    """Swap the snippet in the copy; ``(original file text or None, problem)``."""
    target = copy / mutant.file
    if not target.exists():
        return None, "stale"
    text = target.read_text(encoding="utf-8")
    count = text.count(mutant.original)
    if count == 0:
        return None, "stale"
    if count > 1:
        return None, "ambiguous"
    target.write_text(text.replace(mutant.original, mutant.replacement), encoding="utf-8")
    return text, ""


def try_mutant(copy: Path, mutant: Mutant, timeout: float) -> Outcome:
    """Plant one mutant, run its tests, restore the file."""
    original, problem = plant(copy, mutant)
    if original is None:
        return Outcome(mutant, problem, detail=f"snippet not found once in {mutant.file}")
    start = time.monotonic()
    try:
        code, output = run_tests(copy, mutant.tests, timeout)
    finally:
        (copy / mutant.file).write_text(original, encoding="utf-8")
    seconds = time.monotonic() - start
    if code is None:
        return Outcome(mutant, "timeout", seconds, "the tests hung: counted as caught")
    if code == 0:
        return Outcome(mutant, "survived", seconds)
    if code in (1, 3):  # tests failed, or the test run itself broke on the mutant
        return Outcome(mutant, "caught", seconds, failed=failed_tests(output))
    return Outcome(mutant, "error", seconds, output.strip().splitlines()[-1] if output else "")


def baseline(copy: Path, mutants: list[Mutant], timeout: float) -> None:
    """Run the selected tests on the unmutated copy; those that fail are left out after.

    A test that fails without any mutant would count every mutant it meets as caught, so
    it is deselected from every later run and named here (fix it, then run again).
    """
    tests = tuple(dict.fromkeys(t for m in mutants for t in m.tests))
    code, output = run_tests(copy, tests, timeout * 4, first_failure=False)
    if code is None:
        raise SystemExit("baseline: the selected tests did not finish; nothing to compare")
    if code == 0:
        return
    broken = failed_tests(output)
    if not broken:
        print(output, file=sys.stderr)
        raise SystemExit("baseline: pytest failed without naming a test; fix that first")
    print("baseline: these tests fail without any mutant and are left out:", file=sys.stderr)
    for node in broken:
        print(f"  {node}", file=sys.stderr)
    DESELECTED.extend(broken)


def report(outcomes: list[Outcome]) -> float:
    """Print survivors, stale mutants, per-area figures and the score; returns the score."""
    live = [o for o in outcomes if o.status not in ("stale", "ambiguous")]
    caught = [o for o in live if o.status in ("caught", "timeout")]
    survived = [o for o in live if o.status == "survived"]
    errors = [o for o in live if o.status == "error"]
    stale = [o for o in outcomes if o.status in ("stale", "ambiguous")]
    print()
    areas = sorted({o.mutant.area for o in outcomes})
    for area in areas:
        mine = [o for o in live if o.mutant.area == area]
        got = sum(o.status in ("caught", "timeout") for o in mine)
        print(f"  {area:<10} {got:>3}/{len(mine):<3} caught")
    if survived:
        print("\nSurvivors (every test passed with the bug in place):")
        for o in survived:
            print(f"  {o.mutant.id}  [{o.mutant.file}]  {o.mutant.why}")
    if errors:
        print("\nErrors (pytest could not run; not counted as caught):")
        for o in errors:
            print(f"  {o.mutant.id}: {o.detail}")
    if stale:
        print("\nStale (snippet not found exactly once; update mutants.toml):")
        for o in stale:
            print(f"  {o.mutant.id}  [{o.mutant.file}]  {o.status}")
    if DESELECTED:
        print("\nLeft out (failing before any mutant was planted):")
        for node in DESELECTED:
            print(f"  {node}")
    score = 100.0 * len(caught) / len(live) if live else 0.0
    print(
        f"\nScore: {len(caught)}/{len(live)} caught ({score:.1f}%); "
        f"{len(survived)} survived, {len(errors)} errors, {len(stale)} stale"
    )
    return score


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the selected mutants, print the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], help="run this mutant id")
    parser.add_argument("--area", action="append", default=[], help="run mutants of this area")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--check", action="store_true", help="only look for stale snippets")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per mutant")
    parser.add_argument("--fail-under", type=float, default=90.0, help="minimum score (%%)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unmutated run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args(argv)

    mutants = load_mutants()
    if args.only:
        unknown = set(args.only) - {m.id for m in mutants}
        if unknown:
            parser.error(f"unknown mutant id(s): {', '.join(sorted(unknown))}")
        mutants = [m for m in mutants if m.id in args.only]
    if args.area:
        mutants = [m for m in mutants if m.area in args.area]
    if args.list:
        for m in mutants:
            print(f"{m.id:<34} {m.area:<8} {m.file}")
        print(f"{len(mutants)} mutant(s)")
        return 0

    copy = make_copy(ROOT)
    try:
        if args.check:
            outcomes = []
            for m in mutants:
                original, problem = plant(copy, m)
                if original is None:
                    outcomes.append(Outcome(m, problem))
                    print(f"{problem:<9} {m.id}")
                else:
                    (copy / m.file).write_text(original, encoding="utf-8")
            print(f"{len(outcomes)} of {len(mutants)} stale or ambiguous")
            return 1 if outcomes else 0
        check_copy_is_imported(copy)
        if not args.no_baseline:
            print(f"baseline: running the selected tests on the unmutated copy in {copy}")
            baseline(copy, mutants, args.timeout)
        outcomes = []
        for n, m in enumerate(mutants, 1):
            outcome = try_mutant(copy, m, args.timeout)
            outcomes.append(outcome)
            tail = f" by {outcome.failed[0]}" if outcome.failed else ""
            print(
                f"[{n:>3}/{len(mutants)}] {outcome.status:<9} {m.id:<34} "
                f"{outcome.seconds:5.1f}s{tail}",
                flush=True,
            )
        score = report(outcomes)
        stale = any(o.status in ("stale", "ambiguous") for o in outcomes)
        return 0 if score >= args.fail_under and not stale else 1
    finally:
        if args.keep:
            print(f"copy kept in {copy}")
        else:
            shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
