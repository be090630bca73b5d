"""Article view benchmark (a script, not a test): ``python benchmarks/bench_article.py``.

Opens the generated 1 MB briefing (``documents.build_large``, the one ``bench_parse.py`` and
``startup.py`` use) in the app, headless at 120×40, and times what a reader waits for:

- ``v`` to first frame: from the key to the Article view drawn with its text laid out
  (issue target: under 300 ms);
- a page down (``space``) and a jump to the end (``G``): from the key to the frame after it;
- a search (``/`` then a word): from the last letter to the frame with every hit marked.

"The frame" ends when the view last drew a line for it (Pilot's own waits for the app to go
idle afterwards are not counted).

Each figure is the median (and slowest) of several runs, each in a fresh app on a fresh
config, cache and state folder; the document's own parse is done before the clock starts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from documents import build_large  # noqa: E402  (beside this script)


async def one_run(folder: Path, work: Path, pages: int, prepared: bool) -> dict[str, list[float]]:
    """One app: open the document, then time v, page downs, G and a search."""
    from tui.app import make_app
    from tui.screens.article import ArticleScreen
    from tui.screens.reader import ReaderScreen
    from tui.widgets.article import ArticleText

    # When the view last drew a line: the end of the frame a key caused (Pilot's own waits
    # for the app to go idle after it are not the reader's).
    drawn: list[float] = [0.0]
    real_render_line = ArticleText.render_line

    def render_line(self: ArticleText, y: int) -> object:
        strip = real_render_line(self, y)
        drawn[0] = time.perf_counter()
        return strip

    ArticleText.render_line = render_line  # type: ignore[method-assign,assignment]

    async def timed(*keys: str) -> float:
        start = time.perf_counter()
        await pilot.press(*keys)
        await pilot.pause(0)
        await pilot.pause(0.05)  # (nothing more is drawn; the frame's time is kept)
        return drawn[0] - start

    app = make_app(work / "config", targets=(str(folder),))
    times: dict[str, list[float]] = {"v": [], "page": [], "end": [], "search": []}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        while screen.briefing is None:
            await pilot.pause(0.02)
        if prepared:  # as a reader would: a few seconds in the panes before v
            while screen._article is None:
                await pilot.pause(0.02)

        times["v"].append(await timed("v"))
        assert isinstance(app.screen, ArticleScreen) and app.screen.article.lines
        for _ in range(pages):
            times["page"].append(await timed("space"))
        times["end"].append(await timed("G"))
        await pilot.press("g", "slash", *"harbo")
        await pilot.pause(0.05)
        times["search"].append(await timed("u"))
        await pilot.press("escape", "escape", "escape")
    ArticleText.render_line = real_render_line  # type: ignore[method-assign]
    return times


def main() -> int:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="fresh apps (default 5)")
    ap.add_argument("--pages", type=int, default=20, help="page downs per run (default 20)")
    ap.add_argument(
        "--cold",
        action="store_true",
        help="press v at once, before the reader has laid the briefing out in the background",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-article-") as tmp:
        root = Path(tmp)
        folder = root / "lib"
        folder.mkdir()
        doc = folder / "large.txt"
        doc.write_text(build_large(), encoding="utf-8")
        size_mb = doc.stat().st_size / 1e6
        totals: dict[str, list[float]] = {}
        for run in range(args.runs):
            work = root / f"run-{run}"
            os.environ.update(
                BRIEFING_CONFIG_DIR=str(work / "config"),
                BRIEFING_CACHE_DIR=str(work / "cache"),
                BRIEFING_STATE_DIR=str(work / "state"),
                BRIEFING_WATCH="0",
            )
            prepared = not args.cold
            for key, values in asyncio.run(one_run(folder, work, args.pages, prepared)).items():
                totals.setdefault(key, []).extend(values)
    when = "at once (cold)" if args.cold else "once laid out in the background"
    print(f"Article view on a {size_mb:.2f} MB briefing, 120x40, {args.runs} fresh apps, v {when}")
    print(f"{'':<28}{'median':>10}{'slowest':>10}{'runs':>6}")
    labels = {
        "v": "v to the first frame",
        "page": "page down (space)",
        "end": "to the end (G)",
        "search": "search, every hit counted",
    }
    for key, label in labels.items():
        values = [v * 1000 for v in totals[key]]
        print(
            f"{label:<28}{statistics.median(values):>8.1f} ms{max(values):>7.1f} ms{len(values):>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
