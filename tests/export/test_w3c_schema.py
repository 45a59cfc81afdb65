"""The W3C export checked against the JSON schemas of the W3C annotation-model test suite.

The suite's MUST tests (``annotationMusts.test``, ``collectionMusts.test``, ``pageMusts.test``)
list assertion schemas that an annotation, a collection or a page must satisfy
(``expectedResult: valid``). They and the shared ``definitions/*.json`` are copied under
``tests/data/schemas/w3c-annotation-model`` (see the README there) and resolved from disk:
no test touches the network. Formats ``uri`` and ``date-time`` are checked (rfc3986 and
rfc3339 validators from the test extras).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

import jsonschema
import pytest
import referencing
from referencing.jsonschema import DRAFT4
from testdata import DATA

from desktop_app.export import w3c
from desktop_app.model import Annotation
from desktop_app.store.annotations import AnnotationStore

SUITE = DATA / "schemas" / "w3c-annotation-model"
BASE = "https://annotation-model.tests.invalid/"  # where the suite's relative ids resolve
TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan¹."


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _registry():
    resources = [(BASE + p.name, DRAFT4.create_resource(_load(p)))
                 for p in sorted((SUITE / "definitions").glob("*.json"))]
    return referencing.Registry().with_resources(resources)


@cache
def _assertions(test_file: str) -> tuple[tuple[str, dict], ...]:
    """The MUST assertion schemas a ``.test`` file of the suite lists."""
    listed = _load(SUITE / test_file)["assertions"]
    out = []
    for name in listed:
        schema = _load(SUITE / name)
        assert schema["expectedResult"] == "valid"
        out.append((name, schema))
    return tuple(out)


def _violations(instance: dict, test_file: str) -> list[str]:
    """The assertions of ``test_file`` that ``instance`` fails, with the suite's message."""
    failed = []
    for name, schema in _assertions(test_file):
        # registered at its own address, so its relative refs ("id.json#/…") reach the
        # definitions (draft 4 ignores an "id" beside "$ref")
        uri = BASE + Path(name).name
        registry = _registry().with_resource(uri, DRAFT4.create_resource(schema))
        validator = jsonschema.Draft4Validator(
            {"$ref": uri}, registry=registry,
            format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
        if not validator.is_valid(instance):
            failed.append(f"{name}: {schema.get('errorMessage', '')}")
    return failed


@pytest.fixture
def document() -> dict:
    """An export with every body kind we write: note, tags, several motivations, other ids."""
    s = AnnotationStore(None)
    s.add("kst-35925-VI-38", TEXT, 4, 11, note="**Let op**", tags=["thema/asiel", "ind"])
    s.add("txt-0f21a9001eaf", TEXT, 0, 3, color="vraag")
    ann = s.add("kst-19637-2764", TEXT, 76, 81, author="acct:alice@hypothes.is")
    theirs = replace(ann, id="https://hypothes.is/a/AbC123", motivation="bookmarking questioning")
    anns = s.annotations() + [theirs]
    s.close()
    return w3c.export_document(anns)


def test_the_suite_is_complete_and_its_checks_can_fail():
    """The copied suite holds every listed assertion, and a broken annotation is caught."""
    assert len(_assertions("annotations/annotationMusts.test")) == 54
    assert len(_assertions("collections/collectionMusts.test")) == 10
    assert len(_assertions("collections/pages/pageMusts.test")) == 15
    bad = {"@context": w3c.W3C_CONTEXT, "id": "not an iri", "type": "Annotation",
           "created": "2024-05-01 10:00", "body": {"type": "TextualBody"},
           "bodyValue": "both", "target": {"source": "x y"}}
    failed = " ".join(_violations(bad, "annotations/annotationMusts.test"))
    for broken in ("3.1-annotationIdValidated", "3.3.1-annotationCreatedValidated",
                   "3.2.5-notBodyBodyValue"):
        assert broken in failed


def test_every_exported_annotation_meets_the_annotation_musts(document):
    items = document["first"]["items"]
    assert len(items) == 4
    for item in items:
        # an annotation in a page takes the collection's context; alone it needs its own
        alone = {"@context": document["@context"], **item}
        assert _violations(alone, "annotations/annotationMusts.test") == [], item["id"]


def test_the_collection_meets_the_collection_musts(document):
    assert _violations(document, "collections/collectionMusts.test") == []


def test_the_page_meets_the_page_musts(document):
    # pageMusts takes "a single Annotation Page or an Annotation Collection with an embedded
    # Page"; ours is embedded. (Alone, a page whose partOf is the collection's IRI fails the
    # suite's partOf checks, which expect an object there, although the model allows an IRI.)
    assert _violations(document, "collections/pages/pageMusts.test") == []


def test_the_written_file_meets_the_musts(tmp_path):
    s = AnnotationStore(None)
    s.add("kst-35925-VI-38", TEXT, 4, 11, note="é ë ¹", tags=["thema/asiel"])
    out = tmp_path / "export.jsonld"
    assert w3c.write_file(s.annotations(), out) == 1
    s.close()
    written = _load(out)
    assert _violations(written, "collections/collectionMusts.test") == []
    item = {"@context": written["@context"], **written["first"]["items"][0]}
    assert _violations(item, "annotations/annotationMusts.test") == []


@pytest.mark.parametrize(("color", "palette", "css"), [
    ("vraag", None, ".vraag { background-color: #30dce8; }"),  # the default palette
    ("vraag", {"vraag": "#123456"}, ".vraag { background-color: #123456; }"),
    ("eigen kleur", {"eigen kleur": "#abc"}, ".eigen\\20 kleur { background-color: #abc; }"),
    ("1e", {"1e": "red; } body { x"}, ".\\31 e { }"),  # not a hex value: no declaration
])
def test_the_style_class_comes_with_its_stylesheet(color, palette, css):
    ann = Annotation("a1", "kst-1-2", 0, 3, "Het", color=color)
    data = w3c.to_w3c(ann, palette)
    assert data["target"]["styleClass"] == color
    assert data["stylesheet"] == {"type": "CssStylesheet", "value": css}
