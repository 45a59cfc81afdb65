"""W3C Web Annotation export → import round trip, merge rules, malformed files."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop_app.export import w3c
from desktop_app.store.annotations import AnnotationStore

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."


@pytest.fixture
def store():
    s = AnnotationStore(None)
    s.add("L1", TEXT, 4, 11, note="**Let op**\n\n- punt", tags=["thema/asiel", "x"])
    s.add("L2", TEXT, 0, 3, color="vraag")
    return s


def test_round_trip_is_lossless(store, tmp_path):
    out = tmp_path / "export.jsonld"
    assert w3c.write_file(store.annotations(), out) == 2
    fresh = AnnotationStore(None)
    report = fresh.merge(w3c.read_file(out))
    assert len(report.added) == 2
    assert fresh.annotations() == store.annotations()


def test_export_uses_w3c_selectors_and_bodies(store):
    ann = store.annotations("L1")[0]
    data = w3c.to_w3c(ann)
    assert data["target"]["source"] == "urn:x-kamerbrief:L1"
    types = [s["type"] for s in data["target"]["selector"]]
    assert types == ["TextQuoteSelector", "TextPositionSelector"]
    purposes = [(b["purpose"], b["value"]) for b in data["body"]]
    assert purposes == [("commenting", ann.note), ("tagging", "thema/asiel"), ("tagging", "x")]
    document = w3c.export_document([ann])
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"


def test_import_updates_only_newer_and_never_duplicates(store):
    original = store.annotations("L1")[0]
    newer = replace(original, note="nieuwer", modified="9999-01-01T00:00:00+00:00")
    older = replace(original, note="ouder", modified="2000-01-01T00:00:00+00:00")
    report = store.merge([older])
    assert report.unchanged == (original.id,) and store.get(original.id).note == original.note
    report = store.merge([newer, store.annotations("L2")[0]])
    assert report.updated == (original.id,) and len(report.unchanged) == 1
    assert store.get(original.id).note == "nieuwer"
    assert len(store.annotations()) == 2


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["first"]["items"][1]["target"].pop("selector"), "TextQuoteSelector"),
        (lambda d: d["first"]["items"][1].update(id=None), "id must be"),
        (lambda d: d["first"]["items"][1]["target"]["selector"][1].update(start=-1), "start"),
        (lambda d: d["first"]["items"][1].update({"kb:anchorStatus": "lost"}), "anchorStatus"),
        (lambda d: d.update(type="Book"), "Unknown document type"),
        (lambda d: d["first"]["items"].append(d["first"]["items"][0]), "more than once"),
    ],
)
def test_malformed_file_is_rejected_whole_and_store_untouched(store, tmp_path, mutate, message):
    document = w3c.export_document(store.annotations())
    for item in document["first"]["items"]:
        item["id"] = item["id"] + "-other"  # would be new annotations if accepted
    mutate(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    before, history = store.annotations(), store.history()
    with pytest.raises(w3c.ImportRejected, match=message) as info:
        store.merge(w3c.read_file(bad))
    assert "nothing was imported" in str(info.value)
    assert store.annotations() == before and store.history() == history


def test_not_json_is_rejected(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    with pytest.raises(w3c.ImportRejected, match="not valid JSON"):
        w3c.read_file(bad)
