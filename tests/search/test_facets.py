"""Per-segment tables (facet values, scopes, bit masks, field lengths) are kept beside the
segments, read back by the next session, and remade when missing or damaged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from testdata import SEED_DIR, record_calls

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex, facets, searching

QUERIES = ("asiel", "migr*", '"de staatssecretaris"', "soort:toezegging", "datum:2021")


def _letters():
    letters = [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))]
    return [replace(letter, id=f"{letter.id}-{i}") for i in range(3) for letter in letters]


def _results(index: SearchIndex) -> list:
    out = []
    for query in QUERIES:
        for scope in ("letters", "all"):
            r = index.search(query, limit=100, scope=scope)
            out.append((query, scope, r.total, r.facets,
                        [(h.id, h.kind, round(h.score, 6)) for h in r.hits]))
    return out


@pytest.fixture()
def built(tmp_path):
    root = tmp_path / "index"
    index = SearchIndex(root)
    assert index.rebuild(_letters(), library_state="s", procs=2)  # two segments
    expected = _results(index)
    index.close()
    return root, expected


def _count_tables(monkeypatch) -> list:
    return record_calls(monkeypatch, searching, "_segment_table")


def _kept(root):
    return sorted(root.glob("gen-*/kbtables-*.marshal"))


def test_the_next_session_reads_the_kept_tables(built, monkeypatch):
    root, expected = built
    assert len(_kept(root)) == 2  # one per segment, written by the first session
    made = _count_tables(monkeypatch)
    again = SearchIndex(root)
    assert _results(again) == expected
    assert made == []  # no segment read for its tables
    again.close()


def test_a_damaged_or_missing_table_is_made_again(built, monkeypatch):
    root, expected = built
    damaged, missing = _kept(root)
    damaged.write_bytes(b"\x00not a table")
    missing.unlink()
    made = _count_tables(monkeypatch)
    again = SearchIndex(root)
    assert _results(again) == expected
    assert len(made) == 2
    assert len(_kept(root)) == 2 and facets.load_segment_table(
        damaged.parent, damaged.name[len("kbtables-"):-len(".marshal")]) is not None
    again.close()


def test_a_folder_that_cannot_be_written_only_costs_time(built, monkeypatch):
    root, expected = built
    for path in _kept(root):
        path.unlink()

    def refuse(self, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(root), "write_bytes", refuse)
    again = SearchIndex(root)
    assert _results(again) == expected
    assert _kept(root) == []
    again.close()


def test_tables_of_segments_merged_away_are_removed(built):
    root, _expected = built
    gone, kept = _kept(root)
    key = kept.name[len("kbtables-"):-len(".marshal")]
    table = facets.load_segment_table(kept.parent, key)
    # a merge made a new segment: saving its table removes the table of one merged away
    facets.save_segment_table(kept.parent, "MAIN_new", table, live={key, "MAIN_new"})
    assert {p.name for p in _kept(root)} == {kept.name, "kbtables-MAIN_new.marshal"}
    assert not gone.exists()
    assert facets.load_segment_table(kept.parent, "MAIN_new") == table


def test_facet_values_are_read_and_joined_a_chunk_at_a_time(built, monkeypatch):
    """Each chunk is one short step of the worker (the window's thread runs in between)."""
    root, expected = built
    for path in _kept(root):
        path.unlink()
    monkeypatch.setattr(facets, "FACET_CHUNK", 4)
    chunked = SearchIndex(root)
    assert _results(chunked) == expected  # made in chunks
    chunked.close()
    again = SearchIndex(root)
    assert _results(again) == expected  # read back in chunks
    again.close()
    for path in _kept(root):
        table = facets.load_segment_table(path.parent, path.name[len("kbtables-"):-8])
        chunks = table["year"]
        assert len(chunks) > 2 and all(len(chunk) <= 4 for chunk in chunks)


def test_a_rebuild_keeps_the_tables_of_its_segments(tmp_path):
    """The first session after a rebuild finds them too (the rebuild's worker made them)."""
    root = tmp_path / "index"
    index = SearchIndex(root)
    assert index.rebuild(_letters(), library_state="s", procs=2)  # no search yet
    index.close()
    generation = (root / "CURRENT").read_text().strip()
    kept = {p.name for p in (root / generation).glob("kbtables-*")}
    other = SearchIndex(root)
    live = {f"kbtables-{r.segment().segment_id()}.marshal"
            for r, _ in other._searcher().reader().leaf_readers()}
    other.close()
    assert kept == live and len(live) == 2
