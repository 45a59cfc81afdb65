"""Regenerate the example exports in this folder from the repository's seed letters.

    /work/venv/bin/python docs/examples/make_examples.py [--png]

Builds a throw-away library in a temporary folder, annotates a few passages, groups them
in a collection, and writes the course pack in every format plus the commitment list as
CSV and iCalendar. With ``--png`` the first pages of the PDF and the DOCX (through
LibreOffice, ``soffice --headless``) are rendered to PNG for a visual check.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from desktop_app.export import export_pack
from desktop_app.export.ical import write_commitments_ics
from desktop_app.export.pack import pack_from_collection
from desktop_app.export.spreadsheet import letter_metadata, write_commitments_csv
from desktop_app.library import Library

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "tests" / "data" / "seed-letters"
# (section heading or None, letter id, quote start, note, tags); a letter id of None: the
# letter holding the quote (a text letter's id is derived from its content)
PASSAGES = [
    ("Sturing op de IND", None, None, None, None),
    (None, "kst-19637-2764", "Ik onderschrijf de analyse en zie dat een aantal",
     "Kern van de reactie: de **analyse** wordt gedeeld.\n\nVraag voor de groep: welke "
     "thema's waren *al* onderkend?", ["cursus/asiel", "ind"]),
    (None, "kst-19637-2764", "Het versterken van de ambtelijke",
     "Let op de rol van de bekostiging.", ["cursus/asiel", "sturing"]),
    ("De keten als geheel", None, None, None, None),
    (None, "kst-19637-2764", "Definieer een ketendoelstelling en vertaal deze door",
     "- eerste handelingsperspectief\n- vergelijk met de vier thema's", ["cursus/asiel"]),
    (None, "kst-35925-VI-38", "Met een cultuurscan in 2021 wordt in beeld gebracht",
     "", ["cursus/cultuur"]),
    ("Menselijke maat", None, None, None, None),
    (None, None, "Ik vind het van groot belang dat ook binnen het",
     "Brief zonder Kamerstuknummer: de bron noemt datum, ondertekenaar en kenmerk.",
     ["cursus/asiel", "menselijke-maat"]),
]
INTRODUCTION = ("Deze reader hoort bij de cursus *Kamerbrieven lezen*. Lees per passage het "
                "citaat en de bron, en bespreek de vragen in de notities.\n\n"
                "- bijeenkomst 1: sturing op de IND\n- bijeenkomst 2: de keten als geheel")


def sentence_span(text: str, opening: str) -> tuple[int, int]:
    """From ``opening`` to the end of its sentence or its paragraph, whichever comes first."""
    start = text.index(opening)
    ends = [i + 1 for i in (text.find(". ", start),) if i >= 0]
    ends += [i for i in (text.find("\n", start), len(text)) if i >= 0]
    return start, min(ends)


def holding(library: Library, opening: str) -> str:
    """The id of the one letter whose text holds ``opening``."""
    [found] = [s.id for s in library.summaries() if opening in library.letter(s.id).text]
    return found


def build(library: Library) -> str:
    """Annotate the passages and collect them; returns the collection's title."""
    store = library.annotations
    coll = store.create_collection("Sturing in de asielketen", INTRODUCTION)
    for heading, letter_id, opening, note, tags in PASSAGES:
        if heading:
            store.add_to_collection(coll.id, heading=heading)
            continue
        letter_id = letter_id or holding(library, opening)
        text = library.letter(letter_id).text
        start, end = sentence_span(text, opening)
        ann = store.add(letter_id, text, start, end, note=note, tags=tags, author="trainer")
        store.add_to_collection(coll.id, annotation_id=ann.id)
    return coll.title


def export_all(library: Library, title: str) -> list[Path]:
    pack = pack_from_collection(library, title)
    out = [export_pack(pack, fmt, HERE / f"course-pack.{fmt}") for fmt in ("docx", "pdf",
                                                                          "html", "md")]
    rows = library.commitment_rows()
    meta = letter_metadata(library)
    out.append(write_commitments_csv(rows, meta, HERE / "commitments.csv", delimiter=";"))
    stamp = datetime(2025, 1, 1, tzinfo=timezone.utc)
    out.append(write_commitments_ics(rows, meta, HERE / "commitments.ics", now=stamp))
    return out


def render_pngs() -> None:
    """First pages of the PDF and DOCX as PNG (needs pdftoppm and LibreOffice)."""
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2",
                    str(HERE / "course-pack.pdf"), str(HERE / "course-pack-pdf")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(HERE / "course-pack.docx")], check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2",
                        str(Path(tmp) / "course-pack.pdf"), str(HERE / "course-pack-docx")],
                       check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", action="store_true", help="render first pages to PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Library(tmp, seed=False) as library:
        library.import_paths([SEED])
        for path in export_all(library, build(library)):
            print(path.relative_to(HERE.parent.parent))
    if args.png:
        if not (shutil.which("pdftoppm") and shutil.which("soffice")):
            print("pdftoppm and soffice are needed for --png", file=sys.stderr)
            return 1
        render_pngs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
