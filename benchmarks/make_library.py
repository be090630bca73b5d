"""Write N varied synthetic briefings into DIR, deterministically (same N and seed, same files).

Usage: python benchmarks/make_library.py N DIR [--seed S]

The mix follows what a reader's folder holds: mostly plain text, then Markdown (some with
TOML front matter), TOML and JSON; lengths from a short wire item to a long report; every
dash in datelines, every quote style the spec lists, apostrophes inside and outside quotes,
areas in several bullet styles, and comments with different headers. Files are spread over
year/month folders, as an archive would be.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

CITIES = [
    ("Seoul", "South Korea"), ("Rome", "Italy"), ("Hanoi", "Vietnam"), ("Abuja", "Nigeria"),
    ("Manila", "Philippines"), ("Lisbon", "Portugal"), ("Buenos Aires", "Argentina"),
    ("Ankara", "Turkey"), ("Nairobi", "Kenya"), ("Oslo", "Norway"), ("Lima", "Peru"),
    ("Jakarta", "Indonesia"), ("Warsaw", "Poland"), ("Rabat", "Morocco"), ("Santiago", "Chile"),
    ("Canberra", "Australia"), ("Ottawa", "Canada"), ("Accra", "Ghana"), ("Tbilisi", "Georgia"),
    ("Montevideo", "Uruguay"), ("Dakar", "Senegal"), ("Helsinki", "Finland"),
]  # fmt: skip
FIRST = ["Amina", "Jon", "Selin", "Martín", "Rosa", "Carmela", "Kwame", "Ingrid", "Tran",
         "Lucía", "Omar", "Hana", "Pieter", "Aroha", "Dmitri", "Fatou", "Mei", "Rafael"]  # fmt: skip
LAST = ["Diallo", "Berg", "Aydoğan", "Correa", "Tavares", "Dizon", "Mensah", "Solberg",
        "Minh Khoa", "Beltrán", "Haddad", "Kim", "de Vries", "Ngata", "Volkov", "Sarr",
        "Chen", "O'Farrill"]  # fmt: skip
ROLES = ["President", "Prime Minister", "Foreign Minister", "Trade Minister",
         "Minister of Energy", "Defence Secretary", "Ambassador", "Deputy Prime Minister"]  # fmt: skip
TOPICS = ["artificial intelligence", "space", "shipbuilding", "grain trade", "offshore wind",
          "critical minerals", "semiconductors", "fisheries", "civil aviation", "vaccines",
          "cyber security", "rail freight", "water management", "tourism", "higher education",
          "green hydrogen", "port logistics", "satellite imaging", "disaster response"]  # fmt: skip
VERBS = ["said", "stated", "noted", "told reporters", "added", "stressed", "argued"]
QUOTES = [("'", "'"), ('"', '"'), ("\u2018", "\u2019"), ("\u201c", "\u201d"), ("\u00ab", "\u00bb")]
DASHES = ["\u2013", "\u2014", "-", "--"]
BULLETS = ["- ", "* ", "\u2022 ", "{n}. "]
COMMENT_HEADS = ["{n} Comments", "Comments ({n})", "Comments"]
AUTHORS = ["Comandante", "Bella Ciao", "Mariposa", "jun_delacruz", "Old Hand", "K. Osei",
           "watcher42", "Mar Atlântico", "policy_nerd", "Anon"]  # fmt: skip
FILLER = [
    "Officials from both sides described the talks as frank and productive",
    "Analysts said the agreement builds on years of quieter contacts between ministries",
    "The delegations also reviewed progress on earlier memoranda and agreed to meet again",
    "Trade between the two countries has grown steadily, though it remains modest",
    "Observers in the region will watch whether the funding promised is actually delivered",
    "Several companies have already signalled interest in joint ventures under the framework",
    "Opposition lawmakers questioned the cost and asked for the texts to be published",
    "The visit was the first at this level in nearly two decades",
    "Diplomats said a follow-up meeting of technical teams is planned before the summer",
    "Business chambers welcomed the move but warned that visas remain a bottleneck",
    "A joint commission will report on implementation every year",
    "The talks were overshadowed by a dispute over tariffs on steel and aluminium",
    "Environmental groups urged both governments to publish impact assessments",
    "Universities in both countries signed exchange agreements on the sidelines",
    "Security cooperation was discussed behind closed doors, officials said",
    "Markets reacted calmly, with the currency little changed after the announcement",
]


def _person(r: random.Random) -> tuple[str, str]:
    return f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(ROLES)


def _sentence(r: random.Random) -> str:
    s = r.choice(FILLER).strip().rstrip(".")
    return s + "."


def _quote(r: random.Random, name: str, role: str, topic: str) -> str:
    open_, close = r.choice(QUOTES)
    words = r.choice(
        [
            f"we will expand cooperation in {topic} based on each side's strengths",
            f"this is a new chapter for {topic} and for our people",
            f"nobody's interests are served by delay on {topic}",
            f"the partnership on {topic} will create jobs within a year",
            "our countries' ties have never been stronger",
        ]
    )
    if r.random() < 0.5:
        return f"{role} {name} {r.choice(VERBS)} that {open_}{words}.{close}"
    return f"{open_}{words.capitalize()},{close} {name} {r.choice(VERBS)}."


def _parts(r: random.Random, n: int) -> dict:
    city, country = r.choice(CITIES)
    other = r.choice([c for c in CITIES if c[1] != country])[1]
    day = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(0, 8 * 365))
    topics = r.sample(TOPICS, r.randint(2, 6))
    people = [_person(r) for _ in range(r.randint(1, 4))]
    size = r.choices([1, 2, 4, 8, 20], weights=[25, 35, 25, 12, 3])[0]
    title = f"{country} and {other} Agree on {topics[0].title()} ({n})"
    lead = (
        f"{country} and {other} agreed to cooperate on {', '.join(topics)} at talks held on "
        f"{day:%A}, {day:%B} {day.day}, {day.year}, in {city}."
    )
    sections = []
    for i in range(size):
        heading = r.choice(["Background", "Statements", "Outlook", f"On {topics[i % len(topics)]}"])
        paras = []
        for _ in range(r.randint(1, 3)):
            name, role = r.choice(people)
            body = " ".join(_sentence(r) for _ in range(r.randint(2, 5)))
            if r.random() < 0.6:
                body += " " + _quote(r, name, role, r.choice(topics))
            if r.random() < 0.3:
                body += f" Trade reached ${r.randint(1, 90)}.{r.randint(0, 9)} billion in {day.year - 1}."
            paras.append(body)
        sections.append((heading, paras))
    areas = [(t.title(), t[:3].upper() if r.random() < 0.5 else None, _sentence(r)) for t in topics]
    comments = [(r.choice(AUTHORS), _sentence(r)) for _ in range(r.randint(0, 6))]
    return {
        "title": title, "city": city, "country": country, "day": day, "lead": lead,
        "sections": sections, "areas": areas, "comments": comments, "people": people,
        "topics": topics,
    }  # fmt: skip


def as_text(r: random.Random, p: dict) -> str:
    """A plain-text briefing in the seed's shape."""
    dash = r.choice(DASHES)
    lines = [p["title"], f"{p['city']}, {p['country']} {dash} {p['lead']}"]
    lines += p["sections"][0][1]
    lines.append("Key Areas of Cooperation")
    lines.append("The agreement names several fields:")
    bullet = r.choice(BULLETS)
    for i, (name, short, text) in enumerate(p["areas"], 1):
        mark = bullet.format(n=i)
        lines.append(f"{mark}{name} ({short}): {text}" if short else f"{mark}{name}: {text}")
    for heading, paras in p["sections"][1:]:
        lines.append(heading)
        lines += paras
    if p["comments"]:
        lines.append(r.choice(COMMENT_HEADS).format(n=len(p["comments"])))
        for author, text in p["comments"]:
            lines += [author, text]
    return "\n".join(lines) + "\n"


def as_markdown(r: random.Random, p: dict) -> str:
    """A Markdown briefing, half of them with TOML front matter."""
    out = []
    if r.random() < 0.5:
        out += [
            "+++",
            f"title = {json.dumps(p['title'], ensure_ascii=False)}",
            f"date = {p['day'].isoformat()}",
            f"place = {json.dumps(p['city'] + ', ' + p['country'], ensure_ascii=False)}",
            f"tags = {json.dumps(p['topics'][:3], ensure_ascii=False)}",
            "+++",
            "",
        ]
    out += [f"# {p['title']}", "", p["lead"], ""]
    out += ["## Areas of cooperation", ""]
    for name, short, text in p["areas"]:
        out.append(f"* {name} ({short}): {text}" if short else f"* {name}: {text}")
    out.append("")
    for heading, paras in p["sections"]:
        out += [f"## {heading}", ""]
        for para in paras:
            out += [para, ""]
        name, role = r.choice(p["people"])
        out += [f"> {_sentence(r)}", f"\u2014 {name}, {role}", ""]
    if p["comments"]:
        out += ["## Comments", ""]
        for author, text in p["comments"]:
            out += [f"**{author}**", text, ""]
    return "\n".join(out)


def as_mapping(r: random.Random, p: dict) -> dict:
    """The contract's fields for a TOML or JSON briefing (optional keys sometimes left out)."""
    quotes = []
    for heading, paras in p["sections"]:
        for para in paras:
            name, role = r.choice(p["people"])
            q = {"text": para.split(". ")[0], "speaker": name, "role": role, "context": para}
            quotes.append(q if r.random() < 0.8 else {"text": q["text"], "context": para})
        del heading
    return {
        "schema": 1,
        "title": p["title"],
        "place": f"{p['city']}, {p['country']}",
        "date": p["day"],
        "summary": p["lead"],
        "sections": [{"heading": h, "paragraphs": ps} for h, ps in p["sections"]],
        "areas": [{"name": n, "text": t, **({"short": s} if s else {})} for n, s, t in p["areas"]],
        "quotes": quotes,
        "comments": [{"author": a, "text": t} for a, t in p["comments"]],
        "comment_count_declared": len(p["comments"]),
        "people": [{"name": n, "role": role} for n, role in p["people"]],
        "warnings": [],
    }


def render(r: random.Random, n: int) -> tuple[str, str]:
    """The suffix and text of briefing number ``n``."""
    p = _parts(r, n)
    kind = r.choices(["txt", "md", "toml", "json"], weights=[60, 20, 10, 10])[0]
    if kind == "txt":
        return ".txt", as_text(r, p)
    if kind == "md":
        return ".md", as_markdown(r, p)
    data = as_mapping(r, p)
    if kind == "json":
        data["date"] = data["date"].isoformat()
        return ".json", json.dumps(data, ensure_ascii=False, indent=1)
    import tomli_w

    return ".toml", tomli_w.dumps(data)


def make_library(count: int, folder: Path, seed: int = 20260119) -> list[Path]:
    """Write ``count`` briefings under ``folder``; return their paths."""
    r = random.Random(seed)
    written = []
    for n in range(count):
        suffix, text = render(r, n)
        year = 2019 + n % 8
        sub = folder / str(year) / f"{year}-{n % 12 + 1:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"briefing-{n:05d}{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``make_library.py N DIR [--seed S]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=20260119)
    args = ap.parse_args(argv)
    paths = make_library(args.count, args.folder, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} briefings, {total / 1e6:.1f} MB, in {args.folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
