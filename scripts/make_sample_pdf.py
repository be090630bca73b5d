"""Write the bundled two-page sample PDF (``briefings/danube-river-ports-brief.pdf``).

Run ``python scripts/make_sample_pdf.py`` after editing the text below (needs ``fpdf2``,
installed with the test extras). The page carries what real reports carry and the reader
must see past: a running header, a page-number footer, and a word hyphenated at a line's end.
``build_pdf`` is also used by the tests and the PDF benchmark to make PDFs of any length.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HEADER = "Centre for Danube Studies | Policy Brief No. 7"
TITLE = "Austria and Romania Plan a Shared Danube Ports Corridor"

PAGES: list[list[str]] = [
    [
        TITLE,
        "",
        "Vienna, Austria - Austria and Romania signed a memorandum on Tuesday, April 21,",
        "2026, to run the Danube ports of Linz and Constanta as one freight corridor, with",
        "a joint dredging plan and a EUR 240 million fund for cranes, rail sidings and infra-",
        "structure along the river.",
        "",
        'Austrian Chancellor Lukas Brandstetter said the corridor would "let a barge',
        'leave Linz on Monday and reach the Black Sea by Friday." He added that low',
        "water had halted traffic for 38 days last summer.",
        "",
        "Areas of cooperation",
        "",
        "- Dredging (DR): A shared schedule keeps a depth of 2.5 metres all year.",
        "- Rail Links: Sidings at Linz, Vienna and Giurgiu connect barges to trains.",
        "- Customs: One electronic declaration covers the whole journey.",
    ],
    [
        "Reactions in Bucharest and Vienna",
        "",
        'Romanian Prime Minister Ioana Dumitrescu said that "a river is a railway that',
        'needs no tracks, only attention." She noted that Constanta handled about 12',
        "percent more Danube cargo in 2025 than a year earlier.",
        "",
        "Shipping firms welcomed the plan but asked for a timetable. The fund will open",
        "its first call for projects in September 2026, and works are due to run from",
        "2027 to 2030.",
    ],
]


def build_pdf(
    out: Path,
    pages: list[list[str]],
    *,
    title: str | None = None,
    header: str | None = HEADER,
    numbered: bool = True,
) -> None:
    """Write ``pages`` (lists of lines) to a PDF, one text line per line, with a running
    header and a ``Page N of M`` footer on every page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(auto=False)
    pdf.set_creation_date(dt.datetime(2026, 4, 21, tzinfo=dt.UTC))  # same bytes each run
    if title:
        pdf.set_title(title)
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, header)
        pdf.set_font("Helvetica", size=11)
        y = 25.0
        for line in lines:
            pdf.set_xy(20, y)
            pdf.cell(0, 6, line)
            y += 6.5
        if numbered:
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(20, 285)
            pdf.cell(0, 5, f"Page {n} of {len(pages)}")
    pdf.output(str(out))


def main() -> int:
    """Write the sample next to the other bundled briefings."""
    out = Path(__file__).resolve().parents[1] / "briefings" / "danube-river-ports-brief.pdf"
    build_pdf(out, PAGES, title=TITLE)
    sys.stdout.write(f"wrote {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
