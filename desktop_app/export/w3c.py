"""W3C Web Annotation JSON-LD export and import, lossless for our annotations.

Each annotation becomes an ``Annotation`` with a ``TextQuoteSelector`` and a
``TextPositionSelector`` on the letter (``urn:x-kamerbrief:<letter id>``); the note is a
``commenting`` body (Markdown), each tag a ``tagging`` body, the palette colour the target's
``styleClass``. The anchor status has no W3C term and travels as ``kb:anchorStatus``.
A file holds an ``AnnotationCollection`` whose first page lists the annotations; a single
annotation or a plain list is accepted on import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop_app.errors import UserError
from desktop_app.export import atomic
from desktop_app.model import ANCHOR_STATUSES, Annotation
from desktop_app.store.limits import MAX_NOTE_CHARS, MAX_TAG_CHARS, offset_problem, text_problem

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KB = "urn:x-kamerbrieven:"
CONTEXT = [W3C_CONTEXT, {"kb": KB}]
SOURCE_PREFIX = "urn:x-kamerbrief:"
ID_PREFIX = "urn:uuid:"
MAX_FILE_BYTES = 50 * 1024 * 1024  # import-annotations reads files of at most 50 MB


class ImportRejected(UserError):
    """An annotation file is malformed; nothing was imported."""

    code = "annotation-file-rejected"


def to_w3c(ann: Annotation) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (JSON-LD object)."""
    body: list[dict[str, Any]] = []
    if ann.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note,
                     "format": "text/markdown"})  # fmt: skip
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags]
    data: dict[str, Any] = {
        "id": ID_PREFIX + ann.id,
        "type": "Annotation",
        "motivation": "commenting" if ann.note else "highlighting",
        "created": ann.created,
        "modified": ann.modified,
        "creator": {"type": "Person", "name": ann.author},
        "kb:anchorStatus": ann.status,
        "target": {
            "source": SOURCE_PREFIX + ann.letter_id,
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


def export_document(annotations: Iterable[Annotation], label: str = "Annotaties") -> dict:
    """An ``AnnotationCollection`` document holding ``annotations``."""
    items = [to_w3c(a) for a in annotations]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_file(annotations: Iterable[Annotation], path: Path) -> int:
    """Write the export to ``path`` (atomically: a temporary file then a rename)."""
    document = export_document(annotations)
    atomic.write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return document["total"]


def _items(document: Any) -> list[Any]:
    """The annotation objects of a collection, page, list or single annotation."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ImportRejected("The file does not hold a JSON object or list of annotations.")
    kind = document.get("type")
    if kind == "AnnotationCollection":
        first = document.get("first")
        items = first.get("items") if isinstance(first, dict) else None
    elif kind == "AnnotationPage":
        items = document.get("items")
    elif kind == "Annotation":
        items = [document]
    else:
        raise ImportRejected(f"Unknown document type {kind!r}: expected an Annotation, "
                             "AnnotationPage or AnnotationCollection.")  # fmt: skip
    if not isinstance(items, list):
        raise ImportRejected("The annotation collection has no list of items.")
    return items


def _selector(target: dict, kind: str) -> dict:
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    for sel in selectors:
        if isinstance(sel, dict) and sel.get("type") == kind:
            return sel
    raise ValueError(f"no {kind}")


def _text(value: Any, what: str, allow_empty: bool = True, limit: int = MAX_NOTE_CHARS) -> str:
    if not isinstance(value, str) or (not allow_empty and not value):
        raise ValueError(f"{what} must be a {'non-empty ' if not allow_empty else ''}string")
    problem = text_problem(value, what, limit)
    if problem:
        raise ValueError(problem)
    return value


def from_w3c(data: Any) -> Annotation:
    """One annotation from its W3C form; raises ValueError naming what is wrong."""
    if not isinstance(data, dict) or data.get("type") != "Annotation":
        raise ValueError("not an object of type Annotation")
    ann_id = _text(data.get("id"), "id", allow_empty=False).removeprefix(ID_PREFIX)
    target = data.get("target")
    if not isinstance(target, dict):
        raise ValueError("target must be an object with source and selectors")
    source = _text(target.get("source"), "target.source", allow_empty=False)
    quote_sel = _selector(target, "TextQuoteSelector")
    pos_sel = _selector(target, "TextPositionSelector")
    start, end = pos_sel.get("start"), pos_sel.get("end")
    problem = offset_problem(start, end)
    if problem:
        raise ValueError(f"TextPositionSelector: {problem}")
    note, tags = "", []
    bodies = data.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if not isinstance(body, dict):
            raise ValueError("every body must be an object")
        if body.get("purpose") == "commenting":
            note = _text(body.get("value"), "the note (commenting body value)")
        elif body.get("purpose") == "tagging":
            tags.append(_text(body.get("value"), "tagging body value", allow_empty=False,
                              limit=MAX_TAG_CHARS))
    status = data.get("kb:anchorStatus", "ok")
    if status not in ANCHOR_STATUSES:
        raise ValueError(f"kb:anchorStatus must be one of {', '.join(ANCHOR_STATUSES)}")
    creator = data.get("creator")
    return Annotation(
        id=ann_id, letter_id=source.removeprefix(SOURCE_PREFIX), start=start, end=end,
        quote=_text(quote_sel.get("exact"), "TextQuoteSelector.exact", allow_empty=False),
        prefix=_text(quote_sel.get("prefix", ""), "prefix"),
        suffix=_text(quote_sel.get("suffix", ""), "suffix"),
        color=_text(target.get("styleClass", "belangrijk"), "styleClass", allow_empty=False),
        note=note, tags=tuple(tags),
        author=_text(creator.get("name", "") if isinstance(creator, dict) else "", "creator"),
        created=_text(data.get("created"), "created", allow_empty=False),
        modified=_text(data.get("modified", data.get("created")), "modified", allow_empty=False),
        status=status,
    )  # fmt: skip


def parse_document(text: str, source: str = "the file") -> list[Annotation]:
    """Every annotation of a W3C document; ImportRejected names the first problems."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(f"{source} is not valid JSON: {exc}. Nothing was imported.") from exc
    except RecursionError as exc:
        raise ImportRejected(f"{source} is not an annotation file: its JSON is nested far too "
                             "deeply (an export of export-annotations is a few levels deep). "
                             "Nothing was imported.") from exc
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise ImportRejected(f"{source} cannot be read as annotations: {exc}. Nothing was "
                             "imported.") from exc
    try:
        items = _items(document)
    except ImportRejected as exc:
        raise ImportRejected(f"{source} was rejected, nothing was imported: {exc}") from exc
    problems, annotations = [], []
    for number, item in enumerate(items, start=1):
        try:
            annotations.append(from_w3c(item))
        except ValueError as exc:
            ident = item.get("id", "without id") if isinstance(item, dict) else "not an object"
            # the id is shown as given: keep a hostile one printable and short
            ident = str(ident)[:80].encode("utf-8", "backslashreplace").decode("utf-8")
            problems.append(f"annotation {number} ({ident}): {exc}")
    ids = [a.id for a in annotations]
    if len(ids) != len(set(ids)):
        problems.append("the same annotation id occurs more than once")
    if problems:
        shown = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        raise ImportRejected(f"{source} was rejected, nothing was imported: {shown}.")
    return annotations


def read_file(path: Path) -> list[Annotation]:
    """Parse a W3C annotation file."""
    path = Path(path)
    try:
        if path.exists() and not path.is_file():
            kind = "a folder" if path.is_dir() else "not an ordinary file"
            raise ImportRejected(f"Cannot read {path}: it is {kind}. Choose an annotation "
                                 "file (.json) made with export-annotations.")
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # never more, whatever the file claims
        if len(data) > MAX_FILE_BYTES:
            raise ImportRejected(
                f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, the most "
                "import-annotations reads. Export fewer annotations per file (export-"
                "annotations --tag or --letter) and import those files one by one. Nothing "
                "was imported.", code="import-too-large", limit_mb=MAX_FILE_BYTES >> 20)
        text = data.decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise ImportRejected(f"Cannot read {path}: the file does not exist.") from exc
    except PermissionError as exc:
        raise ImportRejected(f"Cannot read {path}: permission denied.") from exc
    except OSError as exc:
        raise ImportRejected(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise ImportRejected(f"{path} is not an annotation file: it is not JSON text (UTF-8). "
                             "Choose a .json file made with export-annotations; nothing was "
                             "imported.") from exc
    return parse_document(text, str(path))
