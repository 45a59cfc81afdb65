"""A small library for export tests: three seed letters, annotated passages, a collection."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from testdata import SEED_002_ID

LETTERS = ("004_3134c7e4b499cdc3.txt", "003_9849f2dbca5ad71f.txt", "002_0c0b669893b9a50c.txt")
# (letter id, the passage's opening words, note, tags); a passage runs to its sentence's end
PASSAGES = (
    ("kst-19637-2764", "Ik onderschrijf de analyse en zie dat een aantal",
     "Kern: de **analyse** wordt gedeeld.", ("cursus/asiel", "ind")),
    ("kst-19637-2764", "Het versterken van de resultaatgerichte sturing", "",
     ("cursus/asiel",)),
    ("kst-35925-VI-38", "Met een cultuurscan in 2021 wordt", "PRIVÉ-NOTITIE over de scan",
     ("cursus/cultuur",)),
    (SEED_002_ID, "Ik vind het van groot belang dat ook binnen",
     "Menselijke maat; vraag 3", ("cursus/asiel", "maat")),
)


@dataclass
class Sample:
    """The annotated library and what was put in it."""

    library: object
    annotations: list = field(default_factory=list)
    collection: object = None


def sentence_span(text: str, opening: str) -> tuple[int, int]:
    """From ``opening`` to the end of its sentence or its line, whichever comes first."""
    start = text.index(opening)
    ends = [i + 1 for i in (text.find(". ", start),) if i >= 0]
    ends += [i for i in (text.find("\n", start), len(text)) if i >= 0]
    return start, min(ends)


@pytest.fixture(scope="session")
def _template(tmp_path_factory, seed_dir) -> Path:
    from desktop_app.library import Library

    folder = tmp_path_factory.mktemp("export-library") / "data"
    with Library(folder, seed=False) as library:
        library.import_paths([seed_dir / name for name in LETTERS])
        library.letters.set_meta("seeded", "1")  # the command line must not add the bundle
    return folder


@pytest.fixture
def sample(_template, tmp_path) -> Sample:
    """Annotations on the three letters and a collection with two sections."""
    from desktop_app.library import Library

    target = tmp_path / "data"
    shutil.copytree(_template, target)
    library = Library(target, seed=False)
    out = Sample(library)
    for letter_id, opening, note, tags in PASSAGES:
        text = library.letter(letter_id).text
        start, end = sentence_span(text, opening)
        out.annotations.append(library.annotations.add(letter_id, text, start, end, note=note,
                                                       tags=tags, author="trainer"))
    store = library.annotations
    coll = store.create_collection("Asiel en cultuur", "Lees de *passages* vooraf.")
    a = out.annotations
    store.add_to_collection(coll.id, annotation_id=a[3].id)  # before any heading
    store.add_to_collection(coll.id, heading="De IND")
    for ann in (a[0], a[1]):
        store.add_to_collection(coll.id, annotation_id=ann.id)
    store.add_to_collection(coll.id, heading="Cultuur")
    store.add_to_collection(coll.id, annotation_id=a[2].id)
    out.collection = store.collection(coll.id)
    yield out
    library.close()
