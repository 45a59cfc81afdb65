"""Reading W3C Web Annotation files of any tool, item by item.

Accepted: an ``AnnotationCollection`` (embedded pages), an ``AnnotationPage``, one
``Annotation`` or a list of them, Hypothesis's API search result (``rows``) and its export
(``annotations``). Per annotation: targets as object, IRI or list; ``type`` as text or list;
``TextQuoteSelector`` (with or without prefix/suffix), ``TextPositionSelector`` and
``FragmentSelector`` ``char=a,b`` (positions: a hint beside a quote), ``RangeSelector`` of
positions, selector lists and ``refinedBy``; bodies as objects, IRIs, ``bodyValue`` or a
``Choice``; a ``TextualBody`` without ``purpose`` is a note; tags as ``TextualBody`` or
``SpecificResource`` with purpose ``tagging``; every motivation; creators as objects or IRIs.
One bad item is rejected with its reason and never blocks the others; malformed JSON
imports nothing. Which letter an annotation belongs to is decided by the library from
:class:`LetterRefs` (:func:`letter_refs`); where it sits in the text by :func:`place`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import anchoring
from desktop_app.errors import UserError
from desktop_app.export.w3c_export import (
    ID_PREFIX,
    LETTER_KEY,
    SOURCE_PREFIX,
    default_motivation,
    is_iri,
)
from desktop_app.model import ANCHOR_STATUSES, Annotation
from desktop_app.store.limits import MAX_OFFSET, annotation_problem, parse_time

MAX_FILE_BYTES = 50 * 1024 * 1024  # import-annotations reads files of at most 50 MB
HYPOTHESIS_ID = "https://hypothes.is/a/"


class ImportRejected(UserError):
    """An annotation file is malformed; nothing was imported."""

    code = "annotation-file-rejected"


@dataclass(frozen=True)
class LetterRefs:
    """What a target says about its letter: letter ids to try, Tweede Kamer document ids."""

    ids: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()  # "2024D12345": found in a letter's source file name


@dataclass(frozen=True)
class Incoming:
    """One annotation read from a file, before it is matched with a letter here.

    ``annotation.letter_id`` is the best guess (the app's id or a Kamerstuk id, else the
    source as given); ``positions_only`` is True when no quote came (the positions decide).
    """

    annotation: Annotation
    refs: LetterRefs
    source: str
    positions_only: bool = False

    def to_json(self) -> str:
        """The pending form (kept in the annotations store until the letter arrives)."""
        data = {"annotation": asdict(self.annotation), "refs": asdict(self.refs),
                "source": self.source, "positions_only": self.positions_only}  # fmt: skip
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Incoming:
        data = json.loads(text)
        ann = data["annotation"]
        ann["tags"] = tuple(ann["tags"])
        refs = LetterRefs(tuple(data["refs"]["ids"]), tuple(data["refs"]["documents"]))
        return cls(Annotation(**ann), refs, data["source"], data["positions_only"])

    @classmethod
    def of(cls, ann: Annotation) -> Incoming:
        """An annotation that already names its letter (our own, read elsewhere)."""
        return cls(ann, LetterRefs((ann.letter_id,)), SOURCE_PREFIX + ann.letter_id)


class ParsedFile(list):
    """The annotations read from a file (a list, as before), with ``items`` (their
    :class:`Incoming` form) and ``rejected``: (id or "item N", reason) per bad item."""

    def __init__(self, items: list[Incoming], rejected: list[tuple[str, str]]):
        super().__init__(i.annotation for i in items)
        self.items = items
        self.rejected = rejected


# --- letters ------------------------------------------------------------------------------

_KST = re.compile(r"kst-\d+(?:-[A-Za-z0-9]+)?-[A-Za-z0-9]+", re.IGNORECASE)
_DID = re.compile(r"(?<![0-9A-Za-z])(\d{4}D\d{3,6})(?![0-9])", re.IGNORECASE)
_OPENKAMER = re.compile(r"openkamer\.org/.*?(\d{5}(?:-[A-Za-z0-9]{1,5})?)[/-]"
                        r"([A-Za-z0-9]{1,4})/?(?:[?#]|$)", re.IGNORECASE)  # fmt: skip


def letter_refs(iris: list[str]) -> LetterRefs:
    """The letter ids and document ids named by target IRIs: the app's URN, a Kamerstuk id
    anywhere (officielebekendmakingen.nl), an openkamer.org Kamerstuk, tweedekamer.nl's
    ``did=2024D12345`` (or a download's document id)."""
    ids: list[str] = []
    documents: list[str] = []
    for iri in iris:
        if iri.startswith(SOURCE_PREFIX):
            ids.append(iri[len(SOURCE_PREFIX):])
        ids += [m.group(0) for m in _KST.finditer(iri)]
        found = _OPENKAMER.search(iri)
        if found:
            ids.append(f"kst-{found.group(1)}-{found.group(2)}")
        if "tweedekamer.nl" in iri.lower():
            documents += [m.group(1).upper() for m in _DID.finditer(iri)]
    return LetterRefs(tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(documents)))


# --- placing ------------------------------------------------------------------------------

# A footnote mark: superscript digits, or up to three digits glued to the end of a word
# ("Eustatius1" on a web page where our text has "Eustatius¹").
_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[^\W\d_])\d{1,3}(?!\w)")
MIN_LOOSE_QUOTE = 3  # a unique quote shorter than this (folded) is not placed by itself


def _loose(text: str) -> tuple[str, list[int]]:
    """Canonical text without footnote marks, and each kept character's index in ``text``."""
    canon, index = anchoring.canonical(text)
    chars: list[str] = []
    kept: list[int] = []
    pos = 0
    for match in _MARK.finditer(canon):
        chars.append(canon[pos:match.start()])
        kept.extend(index[pos:match.start()])
        pos = match.end()
    chars.append(canon[pos:])
    kept.extend(index[pos:])
    return "".join(chars), kept


def _unique_span(text: str, quote: str) -> tuple[int, int] | None:
    """The one place of ``quote`` in ``text`` up to whitespace, hyphenation and footnote
    marks; None when it is not there or there more than once."""
    needle = _loose(quote)[0].strip()
    if len(needle) < MIN_LOOSE_QUOTE:
        return None
    folded, index = _loose(text)
    first = folded.find(needle)
    if first == -1 or folded.find(needle, first + 1) != -1:
        return None
    return index[first], index[first + len(needle) - 1] + 1


def _same_words(a: str, b: str) -> bool:
    return anchoring.canonical(a)[0].strip() == anchoring.canonical(b)[0].strip()


def place(ann: Annotation, text: str, positions_only: bool = False) -> Annotation:
    """``ann`` placed in its letter's ``text``: by its quote (with its context when it has
    one; its positions only as a hint), a quote that occurs once anywhere, or, with no quote,
    by its positions. What cannot be placed is an orphan that keeps what it came with."""
    valid = 0 <= ann.start < ann.end <= len(text)
    span: tuple[int, int] | None = None
    if positions_only:
        span = (ann.start, ann.end) if valid else None
    elif valid and _same_words(text[ann.start:ann.end], ann.quote):
        span = (ann.start, ann.end)
    else:
        hint = (ann.start, ann.end) if valid else (0, 0)
        placed = anchoring.reanchor(
            anchoring.Selector(*hint, ann.quote, ann.prefix, ann.suffix), text)
        span = (placed.start, placed.end) if placed else _unique_span(text, ann.quote)
    if span is None:
        return replace(ann, status="orphan")
    quote, prefix, suffix = anchoring.make_selector(text, *span)
    status = "ok" if positions_only or _same_words(quote, ann.quote) else "moved"
    return replace(ann, start=span[0], end=span[1], quote=quote, prefix=prefix,
                   suffix=suffix, status=status)  # fmt: skip


# --- reading one annotation ---------------------------------------------------------------

def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(data: dict) -> set[str]:
    found = _as_list(data.get("type", data.get("@type")))
    return {t.removeprefix("oa:") for t in found if isinstance(t, str)}


def _iri(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("id", value.get("@id"))
    return value if isinstance(value, str) and value.strip() else None


def _selectors(target: dict) -> list[dict]:
    """Every selector of a target, a selector list and ``refinedBy`` chains flattened."""
    out: list[dict] = []
    todo = list(_as_list(target.get("selector")))
    while todo:
        sel = todo.pop(0)
        if isinstance(sel, dict):
            out.append(sel)
            todo += _as_list(sel.get("refinedBy"))
    return out


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


_CHAR = re.compile(r"char=(\d+),(\d+)")


def _positions(sel: dict) -> tuple[int, int] | None:
    kinds = _types(sel)
    start = end = None
    if "TextPositionSelector" in kinds:
        start, end = _int(sel.get("start")), _int(sel.get("end"))
    elif "FragmentSelector" in kinds and isinstance(sel.get("value"), str):
        found = _CHAR.search(sel["value"])
        if found:
            start, end = int(found.group(1)), int(found.group(2))
    elif "RangeSelector" in kinds:
        first, last = sel.get("startSelector"), sel.get("endSelector")
        a = _positions(first) if isinstance(first, dict) else None
        b = _positions(last) if isinstance(last, dict) else None
        if a and b:
            start, end = a[0], b[1]
    if start is None or end is None or not 0 <= start < end <= MAX_OFFSET:
        return None  # a position that cannot be one is no hint at all
    return start, end


def _target(data: dict) -> tuple[dict, list[str]]:
    """The target that selects a passage (else the first) and every IRI naming the letter."""
    targets = _as_list(data.get("target"))
    if not targets:
        raise ValueError("it has no target (the letter and passage it is about)")
    objects = [t if isinstance(t, dict) else {"source": t} for t in targets]
    if not all(isinstance(t.get("source", t.get("id")), (str, dict)) for t in objects):
        raise ValueError("its target names no source (the letter)")
    chosen = next((t for t in objects if _selectors(t)), objects[0])
    iris = [_iri(chosen.get(key)) for key in (LETTER_KEY, "source", "scope", "sameAs", "id")]
    return chosen, [i for i in iris if i]


def _tag_of(body: dict, value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    label = body.get("label")
    if isinstance(label, str) and label.strip():
        return label.strip()
    iri = _iri(body.get("source")) or _iri(body)
    if iri:  # http://example.org/cities/paris → paris
        return re.split(r"[/#:]", iri.rstrip("/#"))[-1] or None
    return None


def _bodies(data: dict) -> tuple[str, tuple[str, ...]]:
    """(note, tags) from ``bodyValue`` and the bodies."""
    notes: list[str] = []
    tags: list[str] = []
    if isinstance(data.get("bodyValue"), str):
        notes.append(data["bodyValue"])
    for body in _as_list(data.get("body")):
        if isinstance(body, str):
            notes.append(f"<{body}>" if is_iri(body) else body)
            continue
        if not isinstance(body, dict):
            raise ValueError("a body must be an object, an IRI or text")
        if "Choice" in _types(body) and _as_list(body.get("items")):
            body = _as_list(body["items"])[0]
            if not isinstance(body, dict):
                continue
        value = body.get("value", body.get("rdf:value"))
        if "tagging" in _as_list(body.get("purpose")):
            tag = _tag_of(body, value)
            if tag:
                tags.append(tag)
        elif isinstance(value, str):
            if value.strip():
                notes.append(value)
        elif _iri(body.get("source")) or _iri(body):
            notes.append(f"<{_iri(body.get('source')) or _iri(body)}>")
    return "\n\n".join(notes), tuple(tags)


def _creator(value: Any) -> str:
    names = []
    for one in _as_list(value):
        if isinstance(one, str):
            names.append(one)
        elif isinstance(one, dict):
            name = one.get("name") or one.get("nickname") or _iri(one)
            if isinstance(name, str):
                names.append(name)
    return "; ".join(n.strip() for n in names if n.strip())


def _time(value: Any, fallback: str) -> str:
    """A time as our store writes it (UTC, microseconds); unreadable text kept, to be
    rejected with its value; a missing one is ``fallback``."""
    if value is None or value == "":
        return fallback
    stamp = parse_time(value)
    return stamp.isoformat(timespec="microseconds") if stamp else str(value)


def _from_hypothesis(row: dict) -> dict:
    """A Hypothesis API annotation (search row, export item) in its W3C shape."""
    ident = row.get("id")
    body: list[dict] = []
    if isinstance(row.get("text"), str) and row["text"].strip():
        body.append({"type": "TextualBody", "value": row["text"], "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": t, "purpose": "tagging"}
             for t in _as_list(row.get("tags")) if isinstance(t, str)]  # fmt: skip
    targets = []
    for target in _as_list(row.get("target")):
        target = dict(target) if isinstance(target, dict) else {"source": target}
        target.setdefault("source", row.get("uri"))
        targets.append(target)
    return {
        "type": "Annotation",
        "id": HYPOTHESIS_ID + ident if isinstance(ident, str) and not is_iri(ident) else ident,
        "created": row.get("created"), "modified": row.get("updated"),
        "creator": row.get("user"), "body": body, "target": targets or row.get("uri"),
    }  # fmt: skip


def _is_hypothesis(item: Any) -> bool:
    return isinstance(item, dict) and "type" not in item and ("uri" in item or "user" in item)


def read_item(data: Any, fallback_time: str) -> Incoming:
    """One annotation in any of the accepted shapes; ValueError says what is wrong."""
    if _is_hypothesis(data):
        data = _from_hypothesis(data)
    if not isinstance(data, dict) or "Annotation" not in _types(data):
        raise ValueError("it is not an object of type Annotation")
    ident = data.get("id", data.get("@id"))
    if not isinstance(ident, str) or not ident.strip():
        raise ValueError("its id must be a non-empty string")
    target, iris = _target(data)
    quote_sel, positions = None, None
    for sel in _selectors(target):
        if quote_sel is None and "TextQuoteSelector" in _types(sel) and sel.get("exact"):
            quote_sel = sel
        positions = positions or _positions(sel)
    if quote_sel is None and positions is None:
        raise ValueError("it selects no passage (no TextQuoteSelector, TextPositionSelector "
                         "or FragmentSelector char=…); a note on a whole page is not kept")
    quote_sel = quote_sel or {}
    note, tags = _bodies(data)
    created = _time(data.get("created"), fallback_time)
    refs = letter_refs(iris)
    ann = Annotation(
        id=ident.removeprefix(ID_PREFIX), letter_id=(refs.ids or (iris[0],))[0],
        start=positions[0] if positions else 0, end=positions[1] if positions else 0,
        quote=quote_sel.get("exact", ""), prefix=quote_sel.get("prefix") or "",
        suffix=quote_sel.get("suffix") or "",
        color=target.get("styleClass") if isinstance(target.get("styleClass"), str)
        and target["styleClass"].strip() else "belangrijk",
        note=note, tags=tags, author=_creator(data.get("creator")), created=created,
        modified=_time(data.get("modified"), created),
        status=data.get("kb:anchorStatus") if data.get("kb:anchorStatus") in ANCHOR_STATUSES
        else "ok",
    )  # fmt: skip
    motivation = " ".join(m for m in _as_list(data.get("motivation")) if isinstance(m, str))
    if motivation and motivation != default_motivation(ann):
        ann = replace(ann, motivation=motivation)
    problem = annotation_problem(ann)
    if problem:
        raise ValueError(problem)
    return Incoming(ann, refs, iris[0], positions_only=not ann.quote)


# --- reading a file -----------------------------------------------------------------------

def _items(document: Any) -> list[Any]:
    """The annotation objects of a collection, page, list, single annotation or Hypothesis
    file."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ImportRejected("The file does not hold a JSON object or list of annotations.")
    kinds = _types(document)
    if isinstance(document.get("rows"), list):  # Hypothesis API search result
        return document["rows"]
    if isinstance(document.get("annotations"), list):  # Hypothesis export
        return document["annotations"]
    if "AnnotationCollection" in kinds:
        items, page = [], document.get("first")
        if not isinstance(page, dict):
            raise ImportRejected("The annotation collection does not hold its pages (its "
                                 "'first' page is not in the file).")
        while isinstance(page, dict):
            items += _as_list(page.get("items"))
            page = page.get("next")
        return items
    if "AnnotationPage" in kinds:
        return _as_list(document.get("items"))
    if "Annotation" in kinds or _is_hypothesis(document):
        return [document]
    kind = document.get("type")
    raise ImportRejected(f"Unknown document type {kind!r}: expected an Annotation, "
                         "AnnotationPage or AnnotationCollection (or a Hypothesis export).")


def _printable(value: Any) -> str:
    return str(value)[:80].encode("utf-8", "backslashreplace").decode("utf-8")


def _document_time(document: Any) -> str:
    """The file's own time (for annotations that carry none), else now."""
    if isinstance(document, dict):
        for key in ("generated", "modified", "created", "export_date"):
            stamp = parse_time(document.get(key))
            if stamp:
                return stamp.isoformat(timespec="microseconds")
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_document(text: str, source: str = "the file") -> ParsedFile:
    """Every annotation of a document; a bad item is listed in ``rejected``, never fatal.
    ImportRejected (nothing imported) only when the file itself cannot be read."""
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
        raw_items = _items(document)
    except ImportRejected as exc:
        raise ImportRejected(f"{source} was rejected, nothing was imported: {exc}") from exc
    fallback = _document_time(document)
    items: list[Incoming] = []
    rejected: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_items, start=1):
        ident = raw.get("id", raw.get("@id")) if isinstance(raw, dict) else None
        name = f"annotation {number}" + (f" ({_printable(ident)})" if ident else "")
        try:
            item = read_item(raw, fallback)
        except (ValueError, TypeError, RecursionError) as exc:
            rejected.append((name, str(exc)))
            continue
        if item.annotation.id in seen:
            rejected.append((name, "the same annotation id occurs more than once in the file"))
            continue
        seen.add(item.annotation.id)
        items.append(item)
    return ParsedFile(items, rejected)


def read_file(path: Path) -> ParsedFile:
    """Parse an annotation file (W3C or Hypothesis)."""
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


__all__ = ["MAX_FILE_BYTES", "ImportRejected", "Incoming", "LetterRefs", "ParsedFile",
           "letter_refs", "parse_document", "place", "read_file", "read_item"]
