"""How extraction time grows with one document's length: a long transcript-like text (a press briefing's paragraphs,
each naming its speakers again, written here, no corpus needed) extracted at 200, 400, 800 and 1,500 paragraphs.
Linear growth doubles the time with the length; each step prints the ratio to the step before.

    .venv/bin/python bench/long_document.py [--json]

Not in `make bench`: a check on how the rules scale (a rule that reads the whole document for every statement makes
a 500 KB text take minutes), run when a rule of that kind changes.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARAGRAPH = (
    "JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan tahap kedua akan disalurkan kepada {n} juta "
    "keluarga pada bulan depan. \u201cKami sudah siapkan anggarannya untuk semua keluarga penerima,\u201d kata "
    "Saifullah di Jakarta, Senin.\n\nJuru bicara Kementerian Keuangan Deni Surjantoro menyatakan anggaran {n} triliun "
    "rupiah sudah dicairkan.\n"
)


def main() -> int:
    from claimtrack.extract import extract
    from claimtrack.ingest.document import Document

    rows, before = [], None
    extract(Document(text=PARAGRAPH.format(n=1), language="id", published=date(2025, 10, 5)))  # (lexicons loaded)
    for paragraphs in (200, 400, 800, 1500):
        text = "\n".join(PARAGRAPH.format(n=1000 + k) for k in range(paragraphs))
        started = time.perf_counter()
        found = extract(Document(text=text, language="id", published=date(2025, 10, 5))).statements
        seconds = time.perf_counter() - started
        rows.append(
            {"paragraphs": paragraphs, "kb": len(text) // 1000, "statements": len(found), "s": round(seconds, 2)}
        )
        ratio = (
            f" ({seconds / before:.1f}x the step before, {paragraphs / rows[-2]['paragraphs']:.1f}x the text)"
            if before
            else ""
        )
        if "--json" not in sys.argv:
            print(
                f"{paragraphs:>5} paragraphs, {len(text) // 1000:>4} KB, {len(found):>5} statements: "
                f"{seconds:6.2f} s{ratio}"
            )
        before = seconds
    if "--json" in sys.argv:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
