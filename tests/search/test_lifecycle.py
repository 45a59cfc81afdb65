"""The index rebuild: searches use the old generation while a new one is built, and the
rebuild's run files (postings that do not fit in memory) are compact and give the same index."""

from __future__ import annotations

import pickle
from dataclasses import replace

from testdata import SEED_DIR
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import PostingPool

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex, build_schema, letter_documents
from desktop_app.search.workers import CompactPool, compact_runs


def _seed_letters(n: int):
    return [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))[:n]]


def _with_word(letter, word: str):
    return replace(letter, text=f"{letter.text}\n\nHet woord {word} staat alleen hier.\n")


def test_searches_during_a_rebuild_use_the_old_generation(tmp_path):
    letters = _seed_letters(3)
    index = SearchIndex(tmp_path / "index")
    index.rebuild([_with_word(letters[0], "oudewoordx")], library_state="old", procs=1)
    other = SearchIndex(tmp_path / "index")  # another window or process on the same folder
    seen = []

    def new_letters():
        for i, letter in enumerate(letters):
            if i == 2:  # the new generation is half written: search now
                for ix in (index, other):
                    seen.append((ix.search("oudewoordx").total, ix.search("nieuwwoordx").total,
                                 ix.state()))
            yield _with_word(letter, "nieuwwoordx")

    assert index.rebuild(new_letters(), library_state="new", total=3, procs=1)
    assert seen == [(1, 0, "old"), (1, 0, "old")]
    for ix in (index, other):
        assert ix.search("oudewoordx").total == 0
        assert ix.search("nieuwwoordx").total == 3
        assert ix.state() == "new"
        ix.close()


def _items(n: int) -> list[tuple]:
    return [("body", f"term{i % 997:04d}".encode(), i, 1.0, pickle.dumps([i, i + 1]))
            for i in range(n)]


def _run_bytes(pool: PostingPool, items: list[tuple]) -> int:
    for item in items:
        pool.add(item)
    pool.save()
    return sum(pool.tempstore.file_length(path) for path in pool.runs)


def test_run_files_are_compact_and_read_back_in_order(tmp_path):
    items = _items(30_000)
    store = FileStorage(str(tmp_path / "runs")).create()
    plain = _run_bytes(PostingPool(store, None, limitmb=1), items)
    compact_pool = CompactPool(store, None, limitmb=1)
    compact = _run_bytes(compact_pool, items)
    assert len(compact_pool.runs) >= 3  # the limit made it write several runs
    assert compact < plain / 3
    assert list(compact_pool.items()) == sorted(items)


def _postings(path) -> dict:
    ix = whoosh_index.open_dir(str(path))
    with ix.reader() as reader:
        out = {}
        for fieldname, text in reader.all_terms():
            m = reader.postings(fieldname, text)
            out[fieldname, text] = found = []
            while m.is_active():
                found.append((m.id(), m.weight(), m.value()))
                m.next()
        stored = [reader.stored_fields(d) for d in range(reader.doc_count_all())]
    ix.close()
    return {"postings": out, "stored": stored}


def test_an_index_written_through_compact_runs_is_the_same(tmp_path):
    docs = [doc for letter in _seed_letters(12) for doc in letter_documents(letter)]
    built = {}
    for name, limitmb, compact in (("memory", 512, False), ("runs", 1, True)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), build_schema())
        writer = ix.writer(limitmb=limitmb, compound=False)
        if compact:
            compact_runs(writer)
        for doc in docs:
            writer.add_document(**doc)
        if compact:
            assert len(writer.pool.runs) >= 2  # the postings went through run files
        writer.commit()
        ix.close()
        built[name] = _postings(tmp_path / name)
    assert built["runs"] == built["memory"]
    assert len(built["runs"]["postings"]) > 1000
