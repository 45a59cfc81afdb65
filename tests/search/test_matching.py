"""Expansions (prefix, wildcard, fuzzy) score a letter by the whole index's counts."""

from __future__ import annotations

from dataclasses import replace

from testdata import SEED_DIR

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex


def test_a_prefix_scores_the_same_text_the_same_in_every_segment(tmp_path):
    letters = [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))]
    copies = [replace(letter, id=f"{letter.id}-{i}")
              for i in range(4) for letter in letters]
    index = SearchIndex(tmp_path / "index")
    # two worker processes: each writes its own segment, the copies land in both
    assert index.rebuild(copies, library_state="s", procs=2)
    assert len(index._searcher().reader().leaf_readers()) == 2
    for query in ("migr*", "asiel*", "vreemdeling~"):
        scores: dict[str, set[float]] = {}
        for hit in index.search(query, limit=500).hits:
            scores.setdefault(hit.id.rsplit("-", 1)[0], set()).add(round(hit.score, 6))
        assert len(scores) >= 2, query
        assert all(len(found) == 1 for found in scores.values()), (query, scores)
