"""Library search with Korean and Japanese briefings: index build, size, and query times.

Usage: python benchmarks/cjk_search.py [--count 10000] [--share 0.2] [--work DIR]

Writes a library of ``count`` briefings (the synthetic mix of ``make_library.py``, with a
``share`` of them Korean and Japanese ones made from the word lists below), indexes it
cold, and prints the time and the index size, then the median time and the hit count of
each query (English, accented, Hangul of two and more syllables, Hangul with a particle,
Japanese). Run it on two checkouts to compare them.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import make_library

KO_PLACES = ["서울", "부산", "로마", "파리", "도쿄", "베를린", "마드리드", "리스본"]
KO_PEOPLE = [("이재명", "대통령"), ("김민정", "장관"), ("박서준", "대변인"), ("멜로니", "총리")]
KO_TOPICS = ["인공지능", "우주 항공", "청정수소", "방위산업", "반도체", "조선", "원자력", "문화"]
KO_VERBS = ["말했다", "밝혔다", "강조했다", "덧붙였다"]
JA_PLACES = ["東京", "大阪", "ソウル", "ローマ"]
JA_PEOPLE = [("高市", "首相"), ("山田太郎", "外相"), ("メローニ", "首相")]
JA_TOPICS = ["人工知能", "宇宙", "水素", "半導体", "造船"]

QUERIES = [
    "the",
    "Solberg",
    "senegal",
    "서울",
    "청정수소",
    "수소",
    "협력",
    "방위산업에서",
    "水素",
    "人工知能",
]


def korean(r: random.Random, n: int) -> str:
    """A short Korean briefing of our own words."""
    place = r.choice(KO_PLACES)
    name, role = r.choice(KO_PEOPLE)
    topics = r.sample(KO_TOPICS, 3)
    lines = [
        f"{topics[0]} 협력 확대 합의 {n}",
        f"({place}=연합뉴스) 김기자 기자 = 양국은 2026년 {r.randint(1, 12)}월 {r.randint(1, 28)}일 "
        f"{place}에서 회담을 열고 {topics[0]}와 {topics[1]} 분야의 협력을 확대하기로 했다.",
        f'{name} {role}은 "{topics[2]} 분야에서 협력의 지평을 넓혀 나갈 것"이라고 {r.choice(KO_VERBS)}.',
        "주요 협력 분야",
        *(f"- {t}: 공동 연구와 인력 교류를 강화한다." for t in topics),
        "댓글 1개",
        "서울시민",
        "기대됩니다.",
    ]
    return "\n".join(lines) + "\n"


def japanese(r: random.Random, n: int) -> str:
    """A short Japanese briefing of our own words."""
    place = r.choice(JA_PLACES)
    name, role = r.choice(JA_PEOPLE)
    topics = r.sample(JA_TOPICS, 2)
    return (
        f"{topics[0]}協力で合意 {n}\n"
        f"【{place}共同】両国は2026年{r.randint(1, 12)}月{r.randint(1, 28)}日、{place}で会談し、"
        f"{topics[0]}と{topics[1]}の分野で協力を拡大することで合意した。\n"
        f"{name}{role}は「{topics[1]}の協力を一層深めたい」と述べた。\n"
    )


def build(folder: Path, count: int, share: float) -> None:
    """The mixed library in ``folder`` (made once, reused)."""
    if (folder / ".done").exists():
        return
    shutil.rmtree(folder, ignore_errors=True)
    other = int(count * share)
    make_library(count - other, folder / "mix")
    r = random.Random(14)
    cjk = folder / "cjk"
    cjk.mkdir(parents=True)
    for i in range(other):
        text = korean(r, i) if i % 4 else japanese(r, i)
        (cjk / f"doc-{i:05d}.txt").write_text(text, encoding="utf-8")
    (folder / ".done").write_text("")


def main(argv: list[str] | None = None) -> int:
    """Build, index and search; print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--share", type=float, default=0.2)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-cjk")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    from tui.core.library.folders import discover
    from tui.core.library.index import Index

    lib = args.work / f"lib-{args.count}-{args.share}"
    build(lib, args.count, args.share)
    paths = [str(p) for p in discover([lib])]
    db = args.work / f"index-{os.getpid()}.sqlite3"
    t0 = time.perf_counter()
    index = Index(db)
    for _ in index.scan(paths):
        pass
    built = time.perf_counter() - t0
    size = sum(os.path.getsize(f"{db}{s}") for s in ("", "-wal") if os.path.exists(f"{db}{s}"))
    print(f"{len(paths)} briefings; cold index build {built:.2f} s; index {size / 1e6:.1f} MB")
    for q in QUERIES:
        times = []
        hits = []
        for _ in range(args.runs):
            t = time.perf_counter()
            hits = index.search(q, limit=10000)
            times.append((time.perf_counter() - t) * 1000)
        print(f"  search {q!r:16} {statistics.median(times):7.1f} ms  {len(hits):5} hits")
    index.close()
    for s in ("", "-wal", "-shm"):
        if os.path.exists(f"{db}{s}"):
            os.unlink(f"{db}{s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
