"""Reading PDF letters by their page geometry: pages per second on one core (issue 15).

Usage: python benchmarks/bench_pdf.py [--reps 5] [--json] [PDF ...]

Each PDF (by default the real ministry PDFs in tests/data/real-pdfs) is read ``--reps`` times
with :func:`desktop_app.ingest.pdf.parse_pdf` (PDFium's characters and boxes, the layout
rules, the header and signature rules; not the commitment detection, which has its own
benchmark). CPU time of this process is measured (``time.process_time``), so other work on
the machine does not count; the figure is the median over the repetitions of pages per CPU
second, per file and for all files together.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import pypdfium2 as pdfium

    from desktop_app.ingest.pdf import parse_pdf

    files = args.pdfs or sorted((ROOT / "tests" / "data" / "real-pdfs").glob("*.pdf"))
    results = {}
    total_pages, total_times = 0, [0.0] * args.reps
    for path in files:
        data = path.read_bytes()
        pages = len(pdfium.PdfDocument(data))
        times = []
        for rep in range(args.reps):
            start = time.process_time()
            parse_pdf(data, str(path))
            times.append(time.process_time() - start)
            total_times[rep] += times[-1]
        total_pages += pages
        median = statistics.median(times)
        results[path.name] = {"pages": pages, "seconds": round(median, 4),
                              "pages_per_second": round(pages / median, 1)}
    overall = total_pages / statistics.median(total_times)
    if args.json:
        print(json.dumps({"files": results, "pages_per_second": round(overall, 1)}, indent=2))
    else:
        for name, r in results.items():
            print(f"{name:45} {r['pages']:3} pages  {r['seconds'] * 1000:7.1f} ms  "
                  f"{r['pages_per_second']:6.1f} pages/s")
        print(f"{'all':45} {total_pages:3} pages  {overall:6.1f} pages/s (one core, CPU time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
