"""W3C Web Annotation JSON-LD export that other tools accept, lossless for our annotations.

Each annotation becomes an ``Annotation`` with a ``TextQuoteSelector`` and a
``TextPositionSelector``. The target's ``source`` is the published letter
(``https://zoek.officielebekendmakingen.nl/kst-….html``) when its Kamerstuk id is known, else
the app's URN (``urn:x-kamerbrief:<letter id>``); the URN always travels as ``kb:letter`` so
our own round trip finds the letter whatever the source says. The note is a ``commenting``
body (Markdown), each tag a ``tagging`` body, the palette colour the target's
``styleClass`` (with the ``CssStylesheet`` the model requires beside a ``styleClass``: the
colour's hex from the palette when known); the anchor status has no W3C term and travels as
``kb:anchorStatus``.
Times are UTC with ``Z``; ids are kept (ours are ``urn:uuid:…``, other tools' as they came).
A file holds an ``AnnotationCollection`` (with an ``id``) whose first page lists them.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop_app.export import atomic
from desktop_app.export.citation import PUBLISHED_URL, kamerstuk_of_id
from desktop_app.model import Annotation
from desktop_app.store.limits import parse_time

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KB = "urn:x-kamerbrieven:"
CONTEXT = [W3C_CONTEXT, {"kb": KB}]
SOURCE_PREFIX = "urn:x-kamerbrief:"
ID_PREFIX = "urn:uuid:"
LETTER_KEY = "kb:letter"
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")


def is_iri(value: str) -> bool:
    """True for a string with a scheme ("https:…", "urn:…", "acct:…"): kept as it came."""
    return bool(_IRI.match(value))


def export_id(annotation_id: str) -> str:
    """The ``id`` of an annotation in a file: ours as ``urn:uuid:``, other tools' unchanged."""
    return annotation_id if is_iri(annotation_id) else ID_PREFIX + annotation_id


def utc_z(value: str) -> str:
    """An ISO 8601 time as UTC with ``Z`` (microseconds kept); unreadable text unchanged."""
    stamp = parse_time(value)
    if stamp is None:
        return value
    spec = "microseconds" if stamp.microsecond else "seconds"
    return stamp.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def letter_source(letter_id: str) -> str:
    """The target source: the published letter's address for a Kamerstuk, else our URN."""
    if kamerstuk_of_id(letter_id):
        return PUBLISHED_URL.format(letter_id.strip())
    return SOURCE_PREFIX + letter_id


def default_motivation(ann: Annotation) -> str:
    """The motivation we give an annotation that came without one of its own."""
    return "commenting" if ann.note else "highlighting"


def _creator(author: str) -> dict[str, Any]:
    if is_iri(author):  # acct:alice@hypothes.is, https://…/users/alice
        return {"type": "Person", "id": author}
    return {"type": "Person", "name": author}


def _css_class(name: str) -> str:
    """``name`` as a CSS class selector (characters outside [A-Za-z0-9_-] escaped)."""
    escaped = "".join(c if c.isascii() and (c.isalnum() or c in "_-") else f"\\{ord(c):x} "
                      for c in name)
    if escaped[:1].isdigit():  # a class cannot start with a digit: 1x becomes \31 x
        escaped = f"\\3{escaped[0]} {escaped[1:]}"
    return "." + escaped


def stylesheet(color: str, palette: Mapping[str, str] | None = None) -> dict[str, str]:
    """The embedded ``CssStylesheet`` for a ``styleClass`` (model 4.4: an annotation whose
    resources have a ``styleClass`` MUST have a ``stylesheet``)."""
    from desktop_app.store.annotation_schema import DEFAULT_PALETTE

    colours = {name: hex_ for name, hex_, _ in DEFAULT_PALETTE} | dict(palette or {})
    rule = f"background-color: {colours[color]}; " if re.fullmatch(
        r"#[0-9A-Fa-f]{3,8}", colours.get(color, "")) else ""
    return {"type": "CssStylesheet", "value": f"{_css_class(color)} {{ {rule}}}"}


def to_w3c(ann: Annotation, palette: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (JSON-LD object); ``palette`` maps colour
    names to hex values for the stylesheet (default: the default palette)."""
    body: list[dict[str, Any]] = []
    if ann.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note,
                     "format": "text/markdown"})  # fmt: skip
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags]
    motivations = ann.motivation.split() or [default_motivation(ann)]
    data: dict[str, Any] = {
        "id": export_id(ann.id),
        "type": "Annotation",
        "motivation": motivations[0] if len(motivations) == 1 else motivations,
        "created": utc_z(ann.created),
        "modified": utc_z(ann.modified),
        "creator": _creator(ann.author),
        "kb:anchorStatus": ann.status,
        "stylesheet": stylesheet(ann.color, palette),
        "target": {
            "source": letter_source(ann.letter_id),
            LETTER_KEY: SOURCE_PREFIX + ann.letter_id,
            "styleClass": ann.color,
            "selector": [
                {"type": "TextQuoteSelector", "exact": ann.quote, "prefix": ann.prefix,
                 "suffix": ann.suffix},
                {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
            ],
        },  # fmt: skip
    }
    if body:
        data["body"] = body
    return data


def export_document(annotations: Iterable[Annotation], label: str = "Annotaties",
                    palette: Mapping[str, str] | None = None) -> dict:
    """An ``AnnotationCollection`` document (with ids, as the model requires) of
    ``annotations``."""
    items = [to_w3c(a, palette) for a in annotations]
    collection_id = ID_PREFIX + str(uuid.uuid4())
    page_id = ID_PREFIX + str(uuid.uuid5(uuid.NAMESPACE_URL, collection_id + "/page/0"))
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"id": page_id, "type": "AnnotationPage", "partOf": collection_id,
                  "startIndex": 0, "items": items},  # fmt: skip
    }


def write_file(annotations: Iterable[Annotation], path: Path,
               palette: Mapping[str, str] | None = None) -> int:
    """Write the export to ``path`` (atomically: a temporary file then a rename)."""
    document = export_document(annotations, palette=palette)
    atomic.write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return document["total"]
