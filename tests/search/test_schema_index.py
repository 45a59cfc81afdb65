"""The Dutch text fields index exactly what Whoosh's own TEXT.index gives, only faster."""

from __future__ import annotations

from testdata import SEED_DIR
from whoosh.fields import TEXT

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import annotation_documents, build_schema, letter_documents
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
