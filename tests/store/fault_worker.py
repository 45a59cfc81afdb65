"""Child process of the fault-injection runs: one write path of the app in an endless loop.

Usage: python fault_worker.py PATH --data-dir DIR [--work DIR] [--seed N] [--offset N]

PATH is one of :data:`PATHS`. The process opens the library in DIR, prints ``{"ready": pid}``
and then, for every operation, an ``{"intent": {...}}`` line before the call (what it is about
to change) and an ``{"ack": {...}}`` line after the call returned: an acknowledged operation,
which must survive a SIGKILL at any later moment. Every line is flushed at once. The parent
(``fault_harness.py``) kills this process at a random moment and checks the data folder.

This generalises ``annotation_writer.py`` (annotate only, ids as plain lines) to every write
path; that script stays for the two-writers test in ``test_annotation_durability.py``.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.library import Library  # noqa: E402
from desktop_app.model import COMMITMENT_KINDS  # noqa: E402
from desktop_app.store.backup import list_backups  # noqa: E402
from desktop_app.store.reviews import review_key  # noqa: E402

PATHS = ("annotate", "bulk-edit", "import", "restore", "backup", "index-rebuild", "review")
REAL_DIR = Path(__file__).resolve().parents[1] / "data" / "real-letters"
MAX_SECONDS = 300  # a child whose parent vanished without killing it stops on its own


def emit(kind: str, data: object) -> None:
    """One protocol line, flushed so the parent sees it before anything else happens."""
    sys.stdout.write(json.dumps({kind: data}) + "\n")
    sys.stdout.flush()


def import_copy(index: int, folder: Path) -> Path:
    """The ``index``-th file to import: a real letter changed so that it is a new letter.

    The content depends only on ``index``, so a file whose import was killed is written
    again identically and imported again by the next child.
    """
    sources = _copyable()
    src = sources[index % len(sources)]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"copy-{index:05d}.txt"
    target.write_text(_changed(src, index), encoding="utf-8")
    return target


def _changed(src: Path, index: int) -> str:
    """A new kamerstuk number where the letter states one, and a unique word to search for."""
    text = src.read_text(encoding="utf-8").replace("Nr. ", f"Nr. {index + 1}0", 1)
    return text + f"\n\nFoutinjectie kopie {marker(index)} van {src.stem}.\n"


@functools.cache
def _copyable() -> list[Path]:
    """The real letters whose changed copies are new letters: an id of their own (not the
    original's Kamerstuk id, which would make every copy an update of one letter) and the
    marker in their text (a marker after web-page furniture is cut off with it, and copies
    with equal texts would be taken for one letter)."""
    from desktop_app.ingest import read_file

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.txt"
        for src in sorted(REAL_DIR.glob("*.txt")):
            copy.write_text(_changed(src, 0), encoding="utf-8")
            parsed = read_file(copy)
            if parsed.id != read_file(src).id and marker(0) in parsed.text:
                out.append(src)
    return out


def marker(index: int) -> str:
    """The unique word in import copy ``index`` (searchable after the import)."""
    return f"zzfout{index:05d}"


def backup_ids(path: Path) -> list[str]:
    """The annotation ids in a backup file (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT id FROM annotations"))
    finally:
        conn.close()


def annotation_values(ann) -> dict:
    """What the parent checks of an annotation."""
    return {"id": ann.id, "letter_id": ann.letter_id, "start": ann.start, "end": ann.end,
            "note": ann.note, "tags": list(ann.tags), "color": ann.color}


def random_annotation(lib: Library, rng: random.Random, letters: list, label: str):
    """Annotate a random word-started span of a random letter (the window's "mark" action)."""
    letter = rng.choice(letters)
    text = letter.text
    starts = [i for i in range(0, len(text) - 60, 7) if text[i].isalnum()] or [0]
    start = rng.choice(starts)
    end = start + rng.randint(5, 50)
    palette = [c.name for c in lib.annotations.palette()]
    note = f"fault note {label} " * rng.randint(1, 40)
    return lib.annotations.add(letter.id, text, start, end, note=note,
                               tags=[f"fault/{rng.randint(0, 4)}"], color=rng.choice(palette))


# --------------------------------------------------------------------------- the paths


def run_annotate(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    letters = list(lib.iter_letters())
    for n in _forever():
        emit("intent", {"op": "annotate"})
        ann = random_annotation(lib, rng, letters, f"{args.seed}-{n}")
        emit("ack", {"op": "annotate", **annotation_values(ann)})


def run_bulk_edit(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    """Recolour, tag or delete several annotations, as the window does for a multi-selection
    (``ui/annotations/annotating.py``: one store call, one transaction, one undo step)."""
    store = lib.annotations
    palette = [c.name for c in store.palette()]
    pool = [a.id for a in store.annotations()]
    for _ in _forever():
        verbs = ["recolour", "recolour", "tag", "tag", "delete"] if len(pool) > 20 else [
            "recolour", "tag"]
        verb = rng.choice(verbs)
        ids = rng.sample(pool, min(len(pool), rng.randint(1, 2 if verb == "delete" else 8)))
        op = {"op": "bulk-edit", "verb": verb, "ids": ids}
        if verb == "recolour":
            op["color"] = rng.choice(palette)
        elif verb == "tag":
            op["tag"] = f"bulk/{rng.randint(0, 9)}"
        emit("intent", op)
        if verb == "recolour":
            store.recolour_many(ids, op["color"])
        elif verb == "tag":
            store.tag_many(ids, add=[op["tag"]])
        else:
            store.delete_many(ids)
            pool = [i for i in pool if i not in ids]
        emit("ack", op)


def run_import(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    incoming = Path(args.work) / "incoming"
    for n in _forever():
        index = args.offset + n
        path = import_copy(index, incoming)
        emit("intent", {"op": "import", "index": index, "file": str(path)})
        report = lib.import_paths([path])
        if report.errors:
            raise RuntimeError(f"import of {path} failed: {report.errors}")
        ids = report.added + report.updated + report.unchanged
        outcome = "added" if report.added else "updated" if report.updated else "unchanged"
        emit("ack", {"op": "import", "index": index, "file": str(path), "id": ids[0],
                     "outcome": outcome})


def run_restore(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    """Annotate, back up and restore a backup (never the oldest one: see the H1 fix)."""
    store = lib.annotations
    letters = list(lib.iter_letters())
    for n in _forever():
        choices = list_backups(store.path)[1:]
        roll = rng.random()
        if roll < 0.5 or not choices:
            emit("intent", {"op": "annotate"})
            ann = random_annotation(lib, rng, letters, f"{args.seed}-{n}")
            emit("ack", {"op": "annotate", **annotation_values(ann)})
        elif roll < 0.75:
            emit("intent", {"op": "backup"})
            path = store.backup()
            emit("ack", {"op": "backup", "path": str(path), "ids": backup_ids(path)})
        else:
            source = rng.choice(choices)
            ids = backup_ids(source)
            emit("intent", {"op": "restore", "source": str(source), "ids": ids})
            safety = store.restore(source)
            emit("ack", {"op": "restore", "source": str(source), "ids": ids,
                         "safety": str(safety)})


def run_backup(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    for _ in _forever():
        emit("intent", {"op": "backup"})
        path = lib.annotations.backup()
        emit("ack", {"op": "backup", "path": str(path)})


def run_index_rebuild(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    """``Library.rebuild_index`` with worker processes, as for a library of 500+ letters."""
    index = lib.search_index()
    if "procs" in inspect.signature(index.rebuild).parameters:
        index.rebuild = functools.partial(index.rebuild, procs=2)
    for _ in _forever():
        emit("intent", {"op": "index-rebuild"})
        done = lib.rebuild_index()
        emit("ack", {"op": "index-rebuild", "done": done})


def run_review(lib: Library, rng: random.Random, args: argparse.Namespace) -> None:
    """Review commitments (the window's and the CLI's ``review_commitment``)."""
    rows = list(lib.letters.all_commitments())
    if not rows:
        raise RuntimeError("the library has no commitments to review")
    for n in _forever():
        letter, commitment = rng.choice(rows)
        fields = {
            "status": rng.choice(["open", "done"]),
            "verdict": rng.choice(["confirmed", "rejected", None]),
            "kind": rng.choice([*COMMITMENT_KINDS, None]),
            "deadline": rng.choice([None, f"2027-{rng.randint(1, 12):02d}-15"]),
            "note": f"review {args.seed}-{n} " * rng.randint(0, 20),
        }
        fields = dict(rng.sample(sorted(fields.items()), rng.randint(1, len(fields))))
        key = review_key(letter["id"], commitment.text)
        emit("intent", {"op": "review", "key": key, "fields": fields})
        review = lib.annotations.review_commitment(letter["id"], commitment, **fields)
        emit("ack", {"op": "review", "key": key,
                     "values": {name: getattr(review, name) for name in REVIEW_FIELDS}})


REVIEW_FIELDS = ("verdict", "kind", "deadline", "status", "note")
RUNNERS = {
    "annotate": run_annotate, "bulk-edit": run_bulk_edit, "import": run_import,
    "restore": run_restore, "backup": run_backup, "index-rebuild": run_index_rebuild,
    "review": run_review,
}


def _forever():
    """0, 1, 2 … until the parent is gone or the time is up (it normally kills us first)."""
    parent, until, n = os.getppid(), time.monotonic() + MAX_SECONDS, 0
    while os.getppid() == parent and time.monotonic() < until:
        yield n
        n += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", choices=PATHS)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--work", default=".", help="a folder outside the data folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--offset", type=int, default=0, help="import: the first copy's index")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    lib = Library(args.data_dir, seed=False)
    emit("ready", os.getpid())
    RUNNERS[args.path](lib, rng, args)
    lib.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
