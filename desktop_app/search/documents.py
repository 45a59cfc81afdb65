"""The index documents of a letter, its commitments and its annotations.

A letter becomes one ``letter`` document and one ``commitment`` document per detected
commitment; annotations become ``annotation`` documents that carry their letter's metadata, so
field filters and date sorting work in every scope.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop_app.model import Letter
from desktop_app.search.schema import KIND_NAMES, _day_bound

# --------------------------------------------------------------------------- documents


def _year(date: str | None) -> str | None:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else None


def _dossier_terms(dossier: str | None) -> str | None:
    """Index "21501-02" also as "21501", so ``dossier:21501`` finds it."""
    if not dossier:
        return None
    value = dossier.replace(" ", "")
    main = value.split("-")[0]
    return value if main == value else f"{value} {main}"


def _signatories(letter: Letter) -> list[str]:
    return _distinct(letter.metadata.signatory)


def _distinct(raw: str | None) -> list[str]:
    """The distinct names of a "; "-separated list, in order.

    A long letter (a bundle of letters) can repeat its signature block hundreds of times;
    every commitment document carries these fields, so repeats made indexing quadratic.
    """
    return list(dict.fromkeys(name.strip() for name in (raw or "").split(";") if name.strip()))


def _common_fields(letter: Letter) -> dict[str, Any]:
    """Metadata fields every document of a letter carries, so field filters work in any scope."""
    meta = letter.metadata
    title = " — ".join(t for t in dict.fromkeys([meta.title, meta.subject]) if t)
    kinds = sorted({c.kind for c in letter.commitments})
    kind_words = [k for k in KIND_NAMES if KIND_NAMES[k] in kinds]
    doc = {
        "letter_id": letter.id,
        "title": title or None,
        "dossier": _dossier_terms(meta.dossier),
        "dossier_facet": meta.dossier.replace(" ", "") if meta.dossier else None,
        "number": meta.number,
        "signatory": "; ".join(_signatories(letter)) or None,
        "signatory_facet": ",".join(_signatories(letter)) or None,
        "role": "; ".join(_distinct(meta.signatory_role)) or None,
        "date": meta.date,
        "year": _year(meta.date),
        "day": _day_bound(meta.date, False) if _year(meta.date) else None,
        "vergaderjaar": meta.vergaderjaar,
        "kinds": " ".join(kind_words) or None,
    }
    return {k: v for k, v in doc.items() if v is not None}


def letter_documents(letter: Letter) -> Iterator[dict[str, Any]]:
    """The index documents of one letter: the letter itself and each commitment."""
    common = _common_fields(letter)
    yield {**common, "uid": letter.id, "kind": "letter", "group": f"L:{letter.id}",
           "body": letter.text, "pairs": letter.text, "start": 0, "end": len(letter.text)}
    for i, c in enumerate(letter.commitments):
        # Index the letter's own slice so postings offsets + start index Letter.text exactly.
        text = letter.text[c.start:c.end]
        yield {**common, "uid": f"{letter.id}#c{i}", "kind": "commitment",
               "group": f"L:{letter.id}", "body": text, "pairs": text,
               "start": c.start, "end": c.end, "ref": str(i)}


# Letter metadata copied onto annotation documents, so field filters and date sorting work in
# the annotations scope (commitment kinds are left out: they describe the letter's text).
_ANNOTATION_LETTER_FIELDS = ("title", "dossier", "dossier_facet", "number", "signatory",
                             "signatory_facet", "role", "date", "year", "day", "vergaderjaar")


def _letter_fields(common: dict[str, Any]) -> dict[str, Any]:
    """The letter metadata an annotation document carries, from :func:`_common_fields`."""
    return {k: common[k] for k in _ANNOTATION_LETTER_FIELDS if common.get(k) is not None}


def _letter_fields_from_stored(stored: dict[str, Any] | None) -> dict[str, Any]:
    """The same fields rebuilt from an indexed letter document's stored fields."""
    if not stored:
        return {}
    fields = {k: stored[k] for k in _ANNOTATION_LETTER_FIELDS if stored.get(k) is not None}
    names = [n.strip() for n in (stored.get("signatory") or "").split(";") if n.strip()]
    if names:
        fields["signatory_facet"] = ",".join(names)
    if _year(stored.get("date")):
        fields["day"] = _day_bound(stored["date"], False)
    return {k: v for k, v in fields.items() if v is not None}


def annotation_documents(letter_id: str, annotations: list[dict],
                         letter_fields: dict[str, Any] | None = None
                         ) -> Iterator[dict[str, Any]]:
    """Index documents for a letter's annotations (note, tags and quoted text).

    ``letter_fields`` (see :func:`_letter_fields`) adds the letter's title, date, dossier …
    """
    for a in annotations:
        quote = a.get("quote") or ""
        tags = [t.strip() for t in a.get("tags") or [] if t and t.strip()]
        doc = {**(letter_fields or {}),
               "uid": f"{letter_id}#a{a['id']}", "kind": "annotation", "group": f"A:{letter_id}",
               "letter_id": letter_id, "body": quote, "pairs": quote,
               "note": a.get("note") or None, "tags": ",".join(tags) or None,
               "start": int(a.get("start") or 0), "end": int(a.get("end") or 0),
               "ref": str(a["id"])}
        yield {k: v for k, v in doc.items() if v is not None}
