"""The W3C export other tools accept: the MUST rules of the Web Annotation Data Model.

The W3C annotation-model test suite's JSON schemas could not be fetched here (no network but
PyPI, and no jsonschema in the environment), so its MUST checks are written out below from
the model (sections 3.1-3.3, 4.1 and 5): context, ids (IRIs), types, target, UTC ``Z`` times.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from desktop_app.export import w3c
from desktop_app.store.annotations import AnnotationStore

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
Z_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


@pytest.fixture
def store():
    s = AnnotationStore(None)
    s.add("kst-35925-VI-38", TEXT, 4, 11, note="**Let op**", tags=["thema/asiel"])
    s.add("txt-0f21a9001eaf", TEXT, 0, 3, color="vraag")
    return s


def _musts(document: dict) -> list[str]:
    """Every MUST of the model the document breaks (empty when it conforms)."""
    broken = []
    context = document.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if w3c.W3C_CONTEXT not in contexts:
        broken.append("collection @context")
    for what, obj, kind in (("collection", document, "AnnotationCollection"),
                            ("page", document.get("first"), "AnnotationPage")):
        if not isinstance(obj, dict) or not IRI.match(str(obj.get("id", ""))):
            broken.append(f"{what} id")
        elif kind not in ([obj.get("type")] if isinstance(obj.get("type"), str)
                          else obj.get("type")):
            broken.append(f"{what} type")
    for item in document["first"]["items"]:
        if not IRI.match(str(item.get("id", ""))) or item.get("type") != "Annotation":
            broken.append(f"annotation id/type {item.get('id')}")
        targets = item.get("target")
        if not targets:
            broken.append("target")
        for target in targets if isinstance(targets, list) else [targets]:
            source = target if isinstance(target, str) else target.get("source")
            if not IRI.match(str(source)):
                broken.append(f"target source {source}")
            for sel in ([] if isinstance(target, str) else target.get("selector", [])):
                if sel["type"] == "TextQuoteSelector" and not isinstance(sel.get("exact"), str):
                    broken.append("TextQuoteSelector exact")
                if sel["type"] == "TextPositionSelector" and not (
                        isinstance(sel.get("start"), int) and isinstance(sel.get("end"), int)):
                    broken.append("TextPositionSelector start/end")
        for body in item.get("body", []):
            if body.get("type") == "TextualBody" and not isinstance(body.get("value"), str):
                broken.append("TextualBody value")
        for key in ("created", "modified"):
            if key in item and not Z_TIME.match(item[key]):
                broken.append(f"{key} {item[key]}")
    return broken


def test_the_export_keeps_every_must_of_the_model(store):
    document = w3c.export_document(store.annotations())
    assert _musts(document) == []
    assert document["first"]["partOf"] == document["id"] != document["first"]["id"]


def test_the_checks_catch_what_the_old_export_broke(store):
    document = w3c.export_document(store.annotations())
    del document["id"], document["first"]["id"]
    document["first"]["items"][0]["created"] = "2024-05-01T10:00:00+00:00"
    assert _musts(document) == ["collection id", "page id", "created 2024-05-01T10:00:00+00:00"]


def test_times_are_utc_with_z():
    assert w3c.utc_z("2024-05-01T12:00:00.250000+02:00") == "2024-05-01T10:00:00.250000Z"
    assert w3c.utc_z("2024-05-01T12:00:00+00:00") == "2024-05-01T12:00:00Z"


def test_a_kamerstuk_is_named_by_its_published_address_and_our_urn_travels_along(store):
    by_letter = {a.letter_id: w3c.to_w3c(a) for a in store.annotations()}
    kst = by_letter["kst-35925-VI-38"]["target"]
    assert kst["source"] == "https://zoek.officielebekendmakingen.nl/kst-35925-VI-38.html"
    assert kst["kb:letter"] == "urn:x-kamerbrief:kst-35925-VI-38"
    other = by_letter["txt-0f21a9001eaf"]["target"]
    assert other["source"] == "urn:x-kamerbrief:txt-0f21a9001eaf"


def test_other_tools_ids_and_motivations_are_exported_unchanged(store):
    ann = replace(store.annotations()[0], id="http://example.org/anno1",
                  motivation="bookmarking", author="acct:alice@hypothes.is")
    data = w3c.to_w3c(ann)
    assert data["id"] == "http://example.org/anno1"  # not urn:uuid:http://…
    assert data["motivation"] == "bookmarking"
    assert data["creator"] == {"type": "Person", "id": "acct:alice@hypothes.is"}
    assert w3c.to_w3c(store.annotations()[1])["id"].startswith("urn:uuid:")


def test_our_round_trip_is_lossless_with_the_published_address_as_source(store):
    document = w3c.export_document(store.annotations())
    import json

    parsed = w3c.parse_document(json.dumps(document))
    fresh = AnnotationStore(None)
    assert len(fresh.merge(parsed).added) == 2
    assert fresh.annotations() == store.annotations()
