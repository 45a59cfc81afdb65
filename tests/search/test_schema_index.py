"""The Dutch text fields index exactly what Whoosh's own TEXT.index gives, only faster."""

from __future__ import annotations

import hashlib

from testdata import SEED_DIR
from whoosh.fields import TEXT

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import (
    SCHEMA_VERSION,
    annotation_documents,
    build_schema,
    letter_documents,
)
from desktop_app.search.common_terms import COMMON_TERMS
from desktop_app.search.schema import DutchText


def _documents():
    for path in sorted(SEED_DIR.glob("*.txt"))[:6]:
        letter = parsed_to_letter(read_file(path))
        yield from letter_documents(letter)
    yield from annotation_documents("x", [{
        "id": 1, "quote": "De minister van Justitie zegt toe dat het gebeurt.",
        "note": "Coördinatoren en coordinatoren: één woord, twee keer.", "tags": ["a"],
        "start": 0, "end": 10}])


def test_dutch_text_fields_index_what_whoosh_does():
    schema = build_schema()
    fields = [name for name in schema.names() if isinstance(schema[name], DutchText)]
    assert sorted(fields) == ["body", "note", "pairs", "title"]
    compared = 0
    for doc in _documents():
        for name in fields:
            if doc.get(name) is None:
                continue
            field = schema[name]
            fast = list(field.index(doc[name]))
            assert fast == list(TEXT.index(field, doc[name])), name
            compared += len(fast)
    assert compared > 5000


def test_the_common_terms_are_part_of_the_schema_version():
    """Which pairs an index holds depends on the list: an index built with another list would
    miss phrases of two common words. Changing the list means a new SCHEMA_VERSION (which
    rebuilds every index); update both here together."""
    digest = hashlib.sha256(" ".join(sorted(COMMON_TERMS)).encode()).hexdigest()[:16]
    assert (SCHEMA_VERSION, digest) == (4, "c61345f577659a6d")


def test_pairs_are_indexed_where_a_stop_word_leads_or_both_words_are_common():
    schema = build_schema()
    text = "De minister van Justitie en de Tweede Kamer bespreken asiel opvang en Justitie."
    pairs = [term.decode() for term, *_ in schema["pairs"].index(text)]
    assert pairs == ["=de minister", "=van justitie", "=en =de", "=de twed", "twed kamer",
                     "=en justitie"]
    assert "minister" in COMMON_TERMS and "kamer" in COMMON_TERMS
    assert "asiel" not in COMMON_TERMS  # so "asiel opvang" is no pair: proved from the body
    body = {term.decode(): fmt for term, _f, _w, fmt in schema["body"].index(text)}
    positions = {t: schema["body"].format.decoder("positions")(v) for t, v in body.items()}
    assert positions["minister"] == [1] and positions["kamer"] == [7]  # every word counts
    title = {term.decode(): v for term, _f, _w, v in schema["title"].index(text)}
    assert schema["title"].format.decoder("positions")(title["kamer"]) == [3]  # no gaps


def test_positions_encode_as_whoosh_encodes_them():
    from whoosh.formats import Positions

    from desktop_app.search.schema import encode_positions

    for positions in ([0], [7], [3, 4], [1, 9, 200, 70_000], list(range(0, 90_000, 13))):
        assert encode_positions(positions) == Positions().encode(positions)


def test_match_offsets_from_the_text_are_every_written_form_of_the_terms():
    """Hits read their match offsets from the stored text, analysing only the words that may
    be written forms of the searched terms: on real letters (accents, capitals, superscript
    digits, Greek numerals) they are exactly the words a full analysis finds."""
    from desktop_app.search.hits import _term_offsets
    from desktop_app.search.schema import _scan

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*"))]
    texts.append("Coördinatoren, COORDINATOREN en coördinator¹; de ⁴ en ΙΧ. Tweede tweeden.")
    compared = 0
    for text in texts:
        full: dict[str, list[tuple[int, int]]] = {}
        for term, _pos, start, end in _scan(text)[0]:
            full.setdefault(term, []).append((start, end))
        assert _term_offsets({0: text}, full)[0] == full
        some = sorted(full)[::7]  # a few terms at a time find the same
        assert _term_offsets({0: text}, some)[0] == {t: full[t] for t in some}
        compared += sum(map(len, full.values()))
    assert compared > 4_000
