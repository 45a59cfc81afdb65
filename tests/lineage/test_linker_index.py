"""The linker's index (issue 20 at library scale): a promise is ranked against the letters
that can answer it, not against every letter, and the proposals stay the same."""

from __future__ import annotations

import pytest
from testdata import record_calls

from desktop_app.commitments import detect
from desktop_app.lineage import evaluate, linker
from desktop_app.lineage.linker import Promise, propose


@pytest.fixture(scope="module")
def labelled():
    """The labelled chains' library (264 letters) and a promise per detected commitment."""
    rows, letters, library = evaluate.load()
    promises = []
    for letter in list(library.letters.values())[::3]:  # a third of the letters: fast enough
        for c in detect(letter.text)[:4]:
            promises.append(Promise(letter.id, c.start, c.end, c.text,
                                    evaluate._due(c.text, letter.metadata.date)))
    return rows, letters, library, promises


def _scanned(monkeypatch, lib, promise, **kwargs):
    """The proposals when every later letter is read (as before the index)."""
    with monkeypatch.context() as m:
        m.setattr(linker, "SCAN_BELOW", 10**9)
        return propose(lib, promise, **kwargs)


def test_the_index_gives_the_proposals_reading_every_letter_gives(labelled, monkeypatch):
    _, _, lib, promises = labelled
    assert len(lib.letters) >= linker.SCAN_BELOW and len(promises) > 100
    read = record_calls(monkeypatch, linker, "_evidence", lambda *args: args[3].letter_id)
    scanned = [_scanned(monkeypatch, lib, p) for p in promises]
    read_all = len(read)
    read.clear()
    indexed = [propose(lib, p) for p in promises]
    assert indexed == scanned
    assert sum(map(len, indexed)) > 50  # many proposals compared, not empty lists
    assert len(read) < read_all / 4  # far fewer sentences weighed


def test_the_index_keeps_the_low_threshold_and_the_cache_exact(labelled, monkeypatch):
    _, _, lib, promises = labelled
    for p in promises[:40]:
        assert propose(lib, p, at_least=1.5) == _scanned(monkeypatch, lib, p, at_least=1.5)
        # at or below what a look back alone scores, every later letter is read
        assert propose(lib, p, top=20, at_least=0.5) == \
            _scanned(monkeypatch, lib, p, top=20, at_least=0.5)
        assert propose(lib, p, cache={}) == propose(lib, p)


def test_may_answer_is_true_for_every_letter_proposed(labelled):
    _, _, lib, promises = labelled
    for p in promises:
        for proposal in propose(lib, p, top=10):
            assert linker.may_answer(lib, p, proposal.reference.letter_id)


def test_the_evaluation_figures_stay(labelled):
    rows, letters, lib, _ = labelled
    result = evaluate.evaluate(rows, letters, lib)
    assert (result["in_top3"], result["wrong_top1_count"], result["top1_proposals"]) == \
        (0.919, 1, 19)  # 62 true links of 86 chains: see test_linker_signals for the bar
