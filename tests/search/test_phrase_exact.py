"""Phrase hits hold the phrase: word orders that fool a match on (pairs of) indexed words.

A phrase is the exact word sequence, stop words included ("van" is not "voor"); the words may
be inflected alike (the analysis stems them), and punctuation between them does not count.
"""

from __future__ import annotations

import pytest

from desktop_app.model import Letter, Metadata
from desktop_app.search import SearchIndex

PHRASE = '"minister van justitie en veiligheid"'

TEXTS = {
    # the phrase itself (twice), in another case
    "true1": "De Minister van Justitie en Veiligheid schrijft. De minister van justitie en "
             "veiligheid antwoordt.",
    # the phrase over a line break and a comma-free gap: still the same word sequence
    "true2": "Namens de minister van\nJustitie en Veiligheid deel ik mee dat de brief komt.",
    # another stop word inside: "voor" instead of "van", "of" instead of "en"
    "voor": "De minister voor Justitie en Veiligheid schrijft aan de Kamer.",
    "of": "De minister van Justitie of Veiligheid schrijft aan de Kamer.",
    # every pair of indexed words adjacent somewhere, never as one sequence
    "scattered": "Een brief van de minister. Justitie zwijgt. Over justitie, veiligheid en zorg.",
    # the words, in another order
    "reversed": "Veiligheid en justitie van de minister staan voorop.",
    # the stop words dropped
    "nostops": "De minister justitie veiligheid is geen zin.",
    # the phrase with a stop word too many
    "extra": "De minister van de justitie en veiligheid schrijft.",
}
TRUE = {"true1", "true2"}


def _letter(letter_id: str, text: str, title: str = "Brief") -> Letter:
    return Letter(id=letter_id, metadata=Metadata(title=title, date="2021-03-15"), text=text)


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    letters = [_letter(i, t) for i, t in TEXTS.items()]
    # titles: one holds the phrase, one only its indexed words with another stop word
    letters.append(_letter("title-true", "Een korte brief.",
                           title="Reactie minister van Justitie en Veiligheid"))
    letters.append(_letter("title-voor", "Een andere korte brief.",
                           title="Reactie minister voor Justitie en Veiligheid"))
    # one letter with the true phrase and a fake one: only the true one is marked
    letters.append(_letter("mixed", "De minister voor justitie en veiligheid zweeg. Later "
                                    "sprak de minister van justitie en veiligheid."))
    ix = SearchIndex(tmp_path_factory.mktemp("index"))
    ix.rebuild(letters, library_state="s1")
    yield ix
    ix.close()


def _ids(result) -> set[str]:
    return {h.id for h in result.hits}


def test_only_letters_with_the_phrase_are_found(index):
    result = index.search(PHRASE, limit=50)
    assert _ids(result) == TRUE | {"title-true", "mixed"}
    assert result.total == 4


def test_total_and_pages_count_only_true_hits(index):
    pages = [index.search(PHRASE, limit=1, offset=n) for n in range(5)]
    assert [p.total for p in pages] == [4] * 5
    seen = [h.id for p in pages for h in p.hits]
    assert len(seen) == 4 and set(seen) == TRUE | {"title-true", "mixed"}


@pytest.mark.parametrize(("query", "expected"), [
    ('"minister voor justitie"', {"voor", "title-voor", "mixed"}),
    ('"justitie of veiligheid"', {"of"}),
    ('"van de minister"', {"scattered", "reversed"}),
    ('"van de"', {"scattered", "reversed", "extra"}),  # stop words only
    ('"de minister van"', {"true1", "true2", "mixed", "extra", "of"}),  # leading stop word
    ('"justitie van de minister"', {"reversed"}),
    ('"minister justitie veiligheid"', {"nostops"}),
    ('"minister van de justitie"', {"extra"}),
])
def test_stop_words_are_part_of_the_phrase(index, query, expected):
    result = index.search(query, limit=50)
    assert _ids(result) == expected
    assert result.total == len(expected)


@pytest.mark.parametrize("negation", ["-", "NOT ", "NIET "])
def test_a_negated_phrase_excludes_only_letters_with_it(index, negation):
    result = index.search(f"justitie {negation}{PHRASE}", limit=50)
    assert _ids(result) == set(TEXTS) - TRUE | {"title-voor"}


def test_marks_cover_the_true_occurrence_only(index):
    hit = next(h for h in index.search(PHRASE, limit=50).hits if h.id == "mixed")
    text = TEXTS.get("mixed") or ("De minister voor justitie en veiligheid zweeg. Later sprak "
                                  "de minister van justitie en veiligheid.")
    marked = [text[s:e] for s, e in hit.matches]
    assert marked == ["minister", "van", "justitie", "en", "veiligheid"]
    assert hit.matches[0][0] == text.index("minister van")


def test_a_phrase_in_a_note_is_checked_too(tmp_path):
    ix = SearchIndex(tmp_path / "index")
    letter = _letter("a", "Tekst van de brief.")
    notes = [{"id": 1, "letter_id": "a", "quote": "Tekst", "note": "minister voor justitie",
              "tags": [], "start": 0, "end": 5},
             {"id": 2, "letter_id": "a", "quote": "brief", "note": "minister van justitie",
              "tags": [], "start": 13, "end": 18}]
    ix.rebuild([letter], library_state="s1", annotations=notes)
    try:
        result = ix.search('"minister van justitie"', scope="annotations")
        assert [h.ref for h in result.hits] == ["2"] and result.total == 1
    finally:
        ix.close()
