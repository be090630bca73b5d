"""Speed of the new formats (a script, not a test): ``python benchmarks/bench_formats.py``.

Prints median CPU times (``--wall``: wall-clock) for: extracting a generated ~100 KB news page (target: 30 ms or less for the
extraction, trafilatura's work, and the whole parse beside it), a generated 500-entry feed
(listed lightly, parsed whole, and one entry opened), and a generated 50-page PDF (whole,
and the quick listing of its opening pages). Every document is made here from the bundled
samples' own sentences, so no outside text is involved.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.core.load.loader import load_briefing, load_entries  # noqa: E402
from tui.core.parse.html import page_from_html  # noqa: E402

SEED = REPO / "briefings" / "korea-italy-summit.txt"


def _sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if len(line) > 80 and not line.startswith("-")]


def news_page(target: int = 100_000) -> str:
    """A news page of about ``target`` bytes: menus, an article, related links, comments."""
    paras = _sentences()
    nav = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(60))
    related = "".join(
        f"<li><a href='/r/{i}'>Related story number {i} about trade</a></li>" for i in range(40)
    )
    body: list[str] = []
    size = 0
    i = 0
    while size < target * 0.88:
        p = paras[i % len(paras)]
        chunk = f"<p>{p}</p>" if i % 7 else f"<h2>Part {i // 7 + 1}</h2><p>{p}</p>"
        body.append(chunk)
        size += len(chunk)
        i += 1
    comments = "".join(
        f"<div class='comment'><p class='author'>Reader {n}</p><p>I read this twice; part {n}"
        f" was the clearest.</p></div>"
        for n in range(20)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Historic Summit | Ledger"
        "</title><meta property='article:published_time' content='2026-01-19'>"
        "<link rel='canonical' href='https://ledger.example.org/summit'>"
        f"<style>{'.x{color:red}' * 200}</style></head><body><header><ul>{nav}</ul></header>"
        "<main><article><h1>Historic Summit Bolsters Bilateral Relations</h1>"
        f"{''.join(body)}</article><aside><ul>{related}</ul></aside>"
        f"<section id='comments'><h3>20 Comments</h3>{comments}</section></main>"
        "<footer><p>© 2026 Ledger</p></footer></body></html>"
    )


def feed(entries: int) -> str:
    """An RSS feed of ``entries`` items, each a few paragraphs of HTML."""
    paras = _sentences()
    items = []
    for n in range(entries):
        text = "".join(f"<p>{paras[(n + k) % len(paras)]}</p>" for k in range(3))
        items.append(
            f"<item><title>Briefing number {n}</title><guid>entry-{n}</guid>"
            f"<link>https://desk.example.org/{n}</link>"
            f"<pubDate>Mon, {1 + n % 28:02d} Jun 2026 10:00:00 +0000</pubDate>"
            f"<description><![CDATA[{text}]]></description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Desk</title>"
        f"{''.join(items)}</channel></rss>"
    )


def _median(fn: Callable[[], object], runs: int) -> float:
    """Median CPU time of ``fn`` in this process (on a busy machine wall time says little
    about the code; ``--wall`` measures that instead)."""
    clock = time.perf_counter if WALL else time.process_time
    fn()  # warm: imports and caches
    times = []
    for _ in range(runs):
        gc.collect()
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


WALL = False


def main() -> int:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = ap.parse_args()
    global WALL
    WALL = args.wall
    print(f"median {'wall' if WALL else 'CPU'} time of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        html = news_page()
        page = folder / "page.html"
        page.write_text(html, encoding="utf-8")
        print(f"HTML page: {len(html.encode()) / 1000:.0f} KB")
        extraction = _median(lambda: page_from_html(html), args.runs)
        print(f"  extraction (trafilatura)  {extraction * 1000:7.1f} ms   (target <= 30 ms)")
        whole = _median(lambda: load_briefing(page), args.runs)
        print(f"  whole parse               {whole * 1000:7.1f} ms")
        head = _median(lambda: load_briefing(page, head=True), args.runs)
        print(f"  quick scan (<head> only)  {head * 1000:7.1f} ms")

        rss = folder / "desk.rss"
        rss.write_text(feed(500), encoding="utf-8")
        print(f"500-entry feed: {rss.stat().st_size / 1000:.0f} KB")
        runs = max(3, args.runs // 3)
        print(
            f"  listing (head)            {_median(lambda: load_entries(rss, head=True), runs):7.2f} s"
        )
        print(
            f"  every entry, light parse  {_median(lambda: load_entries(rss, extract=False), runs):7.2f} s"
        )
        print(
            f"  open one entry            {_median(lambda: load_briefing(f'{rss}#250'), runs):7.2f} s"
        )

        spec = importlib.util.spec_from_file_location(
            "maker", REPO / "scripts" / "make_sample_pdf.py"
        )
        assert spec is not None and spec.loader is not None
        maker = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(maker)
        latin = [s.replace("–", "-").replace("’", "'") for s in _sentences()]
        latin = [s.encode("latin-1", "replace").decode("latin-1") for s in latin]
        lines = [s[i : i + 80] for s in latin for i in range(0, len(s), 80)]
        pages = [[lines[(p * 30 + k) % len(lines)] for k in range(30)] for p in range(50)]
        pdf = folder / "report.pdf"
        maker.build_pdf(pdf, pages, title="A Fifty-Page Report")
        print(f"50-page PDF: {pdf.stat().st_size / 1000:.0f} KB")
        print(f"  whole                     {_median(lambda: load_briefing(pdf), runs):7.2f} s")
        print(
            f"  quick scan (3 pages)      {_median(lambda: load_briefing(pdf, head=True), runs) * 1000:7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
