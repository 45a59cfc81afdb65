"""The labelled sentence sets: building them from the annotation file and loading them.

``tests/data/commitments/annotations.txt`` says, per letter, which sentences are commitments
(by a snippet of each); building splits every letter's normalised text and writes one JSONL line
per sentence (letter, start, end, text, label, kind) to ``dev.jsonl`` / ``heldout.jsonl``.

The corpus (``tests/data/commitments/corpus/``) holds real letters collected for measuring on
letters nobody tuned for: the letters themselves, ``labels-*.txt`` in the same format (set
``corpus``) and ``sources-*.tsv`` saying per letter where it comes from (site), which ministry
signed it and when, so scores can be reported per group (see :func:`load_sources`).

Run ``python -m desktop_app.commitments.labels`` to rebuild after a splitter or ingest change.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_app.commitments.letters import load_letter
from desktop_app.commitments.sentences import split_sentences

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "tests" / "data" / "commitments"
ANNOTATIONS = DATA_DIR / "annotations.txt"
CORPUS_DIR = DATA_DIR / "corpus"
# The lineage chain set's own letters (tests/data/lineage/letters) are labelled as corpus sets
# too (c18-c22) where they stand, so that a corpus letter is kept in one folder only.
LINEAGE_LETTERS_DIR = REPO / "tests" / "data" / "lineage" / "letters"
CORPUS_LETTER_DIRS = (CORPUS_DIR, LINEAGE_LETTERS_DIR)
LETTER_DIRS = (
    REPO / "tests" / "data" / "seed-letters",  # byte-for-byte copies of the shared letters
    REPO / "tests" / "data" / "real-letters",
    REPO / "letters",
    *CORPUS_LETTER_DIRS,
)
SETS = ("dev", "heldout", "corpus")
SOURCE_FIELDS = ("file", "url", "site", "ministry", "date", "complete")


@dataclass(frozen=True)
class Annotation:
    """One annotated sentence, identified by a snippet of its text."""

    snippet: str
    label: str
    kind: str


@dataclass(frozen=True)
class LabelledSentence:
    """One line of a label set."""

    letter: str
    start: int
    end: int
    text: str
    label: str  # yes | borderline | no
    kind: str | None


@dataclass(frozen=True)
class Source:
    """Where a corpus letter comes from: the groups it is scored in."""

    file: str
    url: str
    site: str
    ministry: str
    date: str
    complete: str  # yes | opening

    @property
    def period(self) -> str:
        """The letter's period of five years ("2015-2019"), a coarse group of its own."""
        year = int(self.date[:4]) if self.date[:4].isdigit() else 0
        first = year - (year % 5)
        return f"{first}-{first + 4}" if year else "unknown"


def annotation_files() -> list[Path]:
    """The annotation files: the dev/heldout file and the corpus label files."""
    return [ANNOTATIONS, *sorted(CORPUS_DIR.glob("labels-*.txt"))]


def load_sources() -> dict[str, Source]:
    """Map corpus letter file name -> its :class:`Source` (from ``sources-*.tsv``)."""
    sources: dict[str, Source] = {}
    for path in sorted(CORPUS_DIR.glob("sources-*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header = tuple(lines[0].split("\t")) if lines else ()
        if header != SOURCE_FIELDS:
            raise ValueError(f"{path.name}: the header must be {' '.join(SOURCE_FIELDS)}")
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            values = line.split("\t")
            if len(values) != len(SOURCE_FIELDS):
                raise ValueError(f"{path.name}:{number}: expected {len(SOURCE_FIELDS)} columns")
            source = Source(*(v.strip() for v in values))
            sources[source.file] = source
    return sources


def parse_annotations(path: Path | None = None) -> dict[str, tuple[str, list[Annotation]]]:
    """Map letter file name -> (set name, annotations) from the annotation file(s)."""
    if path is None:
        merged: dict[str, tuple[str, list[Annotation]]] = {}
        for one in annotation_files():
            for name, entry in parse_annotations(one).items():
                if name in merged:
                    raise ValueError(f"{name} is labelled twice ({one.name})")
                merged[name] = entry
        return merged
    letters: dict[str, tuple[str, list[Annotation]]] = {}
    current: list[Annotation] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            set_name, name = line[2:].split()
            if name in letters:
                raise ValueError(f"{name} is labelled twice in {path.name}")
            current = []
            letters[name] = (set_name, current)
            continue
        head, snippet = (part.strip() for part in line.split("|", 1))
        label, kind = head.split()
        if current is None:
            raise ValueError(f"annotation before any letter: {line}")
        current.append(Annotation(snippet, label, kind))
    return letters


def is_label_file(path: Path) -> bool:
    """Whether a file of a letter folder is a corpus label file (``labels-*.txt``), no
    letter."""
    return path.name.startswith("labels-")


def letter_files() -> list[Path]:
    """Every plain-text letter of the known letter directories (not the corpus's label
    files), sorted: what the detection tests and the speed benchmark read."""
    return sorted(p for d in LETTER_DIRS if d.is_dir() for p in d.glob("*.txt")
                  if not is_label_file(p))


def find_letter(name: str) -> Path:
    """Locate a letter file by name in the known letter directories."""
    for directory in LETTER_DIRS:
        if (directory / name).exists():
            return directory / name
    raise FileNotFoundError(name)


def label_letter(name: str, annotations: list[Annotation],
                 strict: bool = False) -> list[LabelledSentence]:
    """Split one letter and label each sentence; every annotation must match exactly one.
    An annotation no sentence contains is warned about, or with ``strict`` a ValueError."""
    letter = load_letter(find_letter(name))
    rows = []
    used: set[str] = set()
    for start, end in split_sentences(letter.text, letter.blocks):
        text = letter.text[start:end]
        hits = [a for a in annotations if a.snippet in " ".join(text.split())]
        label, kind = (hits[0].label, hits[0].kind) if hits else ("no", None)
        used.update(a.snippet for a in hits)
        rows.append(LabelledSentence(name, start, end, text, label, kind))
    missing = [a.snippet for a in annotations if a.snippet not in used]
    if missing and strict:
        raise ValueError(f"{name}: no sentence contains {missing}")
    if missing:
        print(f"warning: {name}: no sentence contains {missing}", file=sys.stderr)
    return rows


def build(set_names: tuple[str, ...] = SETS) -> dict[str, int]:
    """Rebuild the JSONL label sets; returns sentence counts per set."""
    counts = {}
    letters = parse_annotations()
    for set_name in set_names:
        rows = []
        for name, (letter_set, notes) in letters.items():
            if letter_set == set_name:
                rows.extend(label_letter(name, notes))
        path = DATA_DIR / f"{set_name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row.__dict__, ensure_ascii=False) + "\n")
        counts[set_name] = len(rows)
    return counts


def load_set(set_name: str) -> list[LabelledSentence]:
    """Read one label set (``dev``, ``heldout`` or ``corpus``)."""
    path = DATA_DIR / f"{set_name}.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [LabelledSentence(**json.loads(line)) for line in lines if line.strip()]


if __name__ == "__main__":
    print(build())
