"""The lean segment writer of full rebuilds writes the segment Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from testdata import SEED_DIR
from whoosh import index as whoosh_index
from whoosh.fields import TEXT, Schema
from whoosh.writing import SegmentWriter

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex, build_schema, letter_documents
from desktop_app.search.documents import annotation_documents
from desktop_app.search.segments import LeanSegmentWriter


def _documents() -> list[dict]:
    letters = [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))]
    docs = [doc for letter in letters for doc in letter_documents(letter)]
    notes = [{"id": i, "quote": letters[0].text[i * 40:i * 40 + 60],
              "note": f"Notitie {i} over de asielprocedure", "tags": ["asiel", f"tag{i % 3}"],
              "start": i * 40, "end": i * 40 + 60} for i in range(30)]
    docs += annotation_documents(letters[0].id, notes, {"title": "Brief", "date": "2024-05-01"})
    return docs


def _segment_files(folder: Path) -> dict[str, bytes]:
    """Each file of the one segment in ``folder`` by its extension (segment names differ)."""
    files = {}
    for path in folder.iterdir():
        if path.name.startswith("MAIN_") and path.name != "MAIN_WRITELOCK":
            files[path.name.split(".", 1)[1]] = path.read_bytes()
    return files


def _build(folder: Path, writer_class, docs: list[dict], pool_limit: int | None = None,
           **options) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = writer_class(ix, compound=False, limitmb=256, **options)
    if pool_limit:
        writer.pool.limit = pool_limit
    for doc in docs:
        writer.add_document(**doc)
    pool = writer.pool
    writer.commit()
    ix.close()
    return {"files": _segment_files(folder), "runs": getattr(pool, "spilled", 0)}


def test_the_segment_is_the_same_bytes_as_whooshs(tmp_path):
    docs = _documents()
    whoosh_built = _build(tmp_path / "whoosh", SegmentWriter, docs)
    lean = _build(tmp_path / "lean", LeanSegmentWriter, docs)
    assert lean["runs"] == 0
    assert {"trm", "pst", "_stored.col", "_body_len.col"} <= set(lean["files"])
    assert lean["files"].keys() == whoosh_built["files"].keys()
    for ext, data in whoosh_built["files"].items():
        assert lean["files"][ext] == data, ext


def test_through_run_files_the_index_reads_back_the_same(tmp_path):
    """Postings that went through run files come back as separate (equal) value objects, so
    a block pickles a little differently; what the index reads back is the same."""
    docs = _documents()
    _build(tmp_path / "whoosh", SegmentWriter, docs)
    assert _build(tmp_path / "lean", LeanSegmentWriter, docs, pool_limit=1_500)["runs"] >= 5
    read = _read_back(tmp_path, ("whoosh", "lean"))
    assert read["lean"] == read["whoosh"]
    assert len(read["lean"][0]) > 4000


def test_postings_blocks_at_another_compression_read_back_the_same(tmp_path):
    docs = _documents()
    whoosh_built = _build(tmp_path / "whoosh", SegmentWriter, docs)
    fast = _build(tmp_path / "fast", LeanSegmentWriter, docs, compression=1)
    assert fast["files"]["pst"] != whoosh_built["files"]["pst"]  # the level was applied
    read = _read_back(tmp_path, ("whoosh", "fast"))
    assert read["fast"] == read["whoosh"]


def _read_back(root: Path, names: tuple[str, ...]) -> dict[str, tuple[dict, list]]:
    """Every term's postings (docnum, weight, value) and every stored document, per index."""
    read = {}
    for name in names:
        ix = whoosh_index.open_dir(str(root / name))
        with ix.reader() as reader:
            postings = {}
            for fieldname, text in reader.all_terms():
                m = reader.postings(fieldname, text)
                postings[fieldname, text] = found = []
                while m.is_active():
                    found.append((m.id(), m.weight(), m.value()))
                    m.next()
            read[name] = (postings, [reader.stored_fields(d) for d in range(reader.doc_count())])
        ix.close()
    return read


def test_a_schema_it_cannot_write_is_refused(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), Schema(body=TEXT(vector=True)))
    with pytest.raises(ValueError, match="body"):
        LeanSegmentWriter(ix)
    ix.close()


def test_a_rebuild_in_worker_processes_finds_what_one_process_finds(tmp_path):
    letters = [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))]
    many = [letter for _ in range(3) for letter in letters]
    many = [type(letter)(**{**letter.__dict__, "id": f"{letter.id}-{i}"})
            for i, letter in enumerate(many)]
    results = {}
    for procs in (1, 2):
        index = SearchIndex(tmp_path / f"p{procs}")
        assert index.rebuild(many, library_state="s", procs=procs)
        results[procs] = {
            query: sorted((hit.id, hit.kind, hit.ref, round(hit.score, 6), hit.matches)
                          for hit in index.search(query, limit=500).hits)
            for query in ("asiel", '"de staatssecretaris"', "datum:2021", "soort:toezegging",
                          "migr*")}
    assert results[2] == results[1]
    assert all(len(hits) >= 3 for hits in results[1].values()), results[1]
