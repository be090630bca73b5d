"""The documents the benchmarks parse, built one way for every script that needs them."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "briefings" / "korea-italy-summit.txt"
ONE_PER_LINE = [
    "korea-italy-summit.txt",
    "chile-norway-ocean-monitoring.txt",
    "morocco-spain-desalination.txt",
    "busan-marseille-port-cities.txt",
]


def _body_lines() -> list[str]:
    """Body lines (lead, headings, bullets, paragraphs) of the one-paragraph-per-line samples."""
    lines: list[str] = []
    for name in ONE_PER_LINE:
        text = (REPO / "briefings" / name).read_text(encoding="utf-8").splitlines()
        for line in text[2:]:  # skip the title and the dateline lead
            if line.strip().lower().endswith("comments") or line.strip() == "Comments":
                break
            if line.strip():
                lines.append(line.strip())
    return lines


def build_large(target: int = 1_000_000) -> str:
    """A ~1 MB briefing: the seed's opening, then varied sections, then comments."""
    seed = SEED.read_text(encoding="utf-8").splitlines()
    out = [seed[0], seed[1]]
    size = sum(len(s.encode()) + 1 for s in out)
    body = _body_lines()
    block = 0
    while size < target:
        block += 1
        year = str(2000 + block % 40)
        for line in body:
            varied = line.replace("2026", year).replace("2025", year)
            if len(varied) < 60 and not varied.endswith((".", ":", "?", "!")):
                varied = f"{varied} in Round {block}"  # a heading, made unique
            out.append(varied)
            size += len(varied.encode()) + 1
    out.append("12 Comments")
    for i in range(12):
        out += [f"reader_{i}", f"Comment number {i} on round {block}, with a 'quoted' word."]
    return "\n".join(out) + "\n"
