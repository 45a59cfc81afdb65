"""Letter details corrected by hand: a person's title, date, reference … of a letter (a store
mixin).

What the parser read from a letter (``library.db``) is derived data: it is read again on every
re-import and when ``library.db`` is rebuilt from the originals. A correction is user data, so
it lives in ``annotations.db`` beside the annotations, keyed by the letter id: it survives a
re-import of the letter, a rebuilt ``library.db`` and a letter deleted and imported again
under the same id. Each field is corrected on its own; a field without a correction shows what
the letter says (clearing a correction brings the parsed value back). Every change is one
recorded, undoable step, like every other change to user data.

The facade (:class:`desktop_app.library.Library`) applies the corrections wherever letter
details are read (:func:`apply_edit`).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop_app.errors import NotFound, UserError
from desktop_app.model import METADATA_FIELDS, Metadata
from desktop_app.store import history
from desktop_app.store.limits import MAX_TITLE_CHARS, text_problem

# Every detail of a letter may be corrected (model.METADATA_FIELDS, in that order).
EDITABLE_FIELDS = METADATA_FIELDS
MAX_FIELD_CHARS = MAX_TITLE_CHARS  # a title, a name, a reference: one line of at most 500
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class LetterEdit:
    """The corrected details of one letter: ``fields`` maps a metadata field to its value."""

    letter_id: str
    fields: dict[str, str] = field(default_factory=dict)
    author: str = ""
    created: str = ""
    modified: str = ""


def apply_edit(metadata: Metadata, edit: LetterEdit | None) -> Metadata:
    """The letter's details with the corrections applied.

    A corrected title is what the letter is called: the lists show a letter's subject before
    its title, so a subject the parser found (and the person did not correct) gives way to
    it; otherwise the corrected title would not show.
    """
    if edit is None or not edit.fields:
        return metadata
    changes: dict[str, Any] = dict(edit.fields)
    if "title" in changes and "subject" not in changes:
        changes["subject"] = None
    return replace(metadata, **changes)


def problem_code(name: str, value: str) -> str | None:
    """What is wrong with ``value`` as the corrected field ``name`` (stripped, not empty), as
    a code the window words itself: "too-long", "not-text", "control", "date-format",
    "date-invalid"; None when it can be stored."""
    if len(value) > MAX_FIELD_CHARS:
        return "too-long"
    if text_problem(value, "text", MAX_FIELD_CHARS):
        return "not-text"  # a lone UTF-16 surrogate: not encodable
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in value):
        return "control"
    if name == "date":
        if not _DATE.fullmatch(value):
            return "date-format"
        try:
            date.fromisoformat(value)
        except ValueError:
            return "date-invalid"
    return None


def field_problem(name: str, value: str) -> str | None:
    """Why ``value`` (stripped, not empty) cannot be the corrected field ``name``, in
    English with what to do, or None."""
    code = problem_code(name, value)
    what = _LABELS.get(name, name)
    if code in ("too-long", "not-text"):
        return text_problem(value, f"The {what}", MAX_FIELD_CHARS)
    if code == "control":
        bad = next(ch for ch in value if unicodedata.category(ch) in ("Cc", "Zl", "Zp"))
        return (f"The {what} contains a control character (U+{ord(bad):04X}, e.g. a line "
                "break or a tab); write it on one line")
    if code == "date-format":
        return f"The date {value[:40]!r} is not written as YYYY-MM-DD; write it like 2021-07-12"
    if code == "date-invalid":
        return f"The date {value} does not exist; give a real date such as 2021-07-12"
    return None


_LABELS = {"signatory_role": "signatory's role", "vergaderjaar": "parliamentary year",
           "reference": "reference (kenmerk)", "number": "number"}


def clean_changes(changes: Mapping[str, str | None]) -> dict[str, str | None]:
    """The changes with values stripped, an empty value as None (clear the correction);
    refuses an unknown field or a value the store cannot keep (:class:`UserError`)."""
    cleaned: dict[str, str | None] = {}
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise UserError(f"'{name}' is not a letter detail that can be edited. Choose one "
                            f"of: {', '.join(EDITABLE_FIELDS)}.", code="bad-letter-field",
                            field=name)
        if value is not None and not isinstance(value, str):
            raise UserError(f"The {name} must be text.", code="bad-letter-edit", field=name,
                            problem=f"The {name} must be text")
        text = (value or "").strip()
        problem = field_problem(name, text) if text else None
        if problem:
            raise UserError(f"{problem}. Nothing was saved.", code="bad-letter-edit",
                            field=name, problem=problem, reason=problem_code(name, text),
                            limit=MAX_FIELD_CHARS)
        cleaned[name] = text or None
    return cleaned


def _edit(row: dict[str, Any]) -> LetterEdit:
    fields = {name: row[name] for name in EDITABLE_FIELDS if row.get(name) is not None}
    return LetterEdit(row["letter_id"], fields, row["author"], row["created"], row["modified"])


class LetterEditOps:
    """Letter-detail verbs of :class:`AnnotationStore`; every change is recorded and undoable."""

    # provided by AnnotationStore, which mixes this class in
    _write: Callable[[str], Any]
    _select: Callable[..., list[dict[str, Any]]]

    def edit_letter(self, letter_id: str, changes: Mapping[str, str | None], *,
                    author: str | None = None) -> LetterEdit | None:
        """Correct some details of a letter; a value of None or "" clears that field's
        correction (the letter's own value shows again). Fields not named keep theirs.

        One transaction and one undo step; nothing is written when nothing changes. Returns
        the letter's corrections, or None when none are left.
        """
        if not isinstance(letter_id, str) or not letter_id.strip():
            raise UserError("Name the letter whose details to edit (its id, as `desktop-app "
                            "letters` lists it).", code="bad-letter-id")
        cleaned = clean_changes(changes)
        stamp = history.now()
        with self._write("Edit letter details") as rec:
            row = rec.get("letter_edits", letter_id)
            old = _edit(row) if row is not None else None
            fields = dict(old.fields) if old else {}
            for name, value in cleaned.items():
                if value is None:
                    fields.pop(name, None)
                else:
                    fields[name] = value
            if fields == (old.fields if old else {}):
                return old
            if not fields:
                rec.delete("letter_edits", letter_id)
                return None
            from desktop_app.store.annotations import default_author

            new = {"letter_id": letter_id, **{n: fields.get(n) for n in EDITABLE_FIELDS},
                   "author": author or default_author(),  # who changed them last
                   "created": row["created"] if row else stamp, "modified": stamp}
            rec.put("letter_edits", new)
        return _edit(new)

    def reset_letter_edit(self, letter_id: str) -> None:
        """Clear every correction of a letter (one undo step); NotFound when it has none."""
        with self._write("Reset letter details") as rec:
            if rec.delete("letter_edits", letter_id) is None:
                raise NotFound(f"The letter '{letter_id}' has no edited details.")

    def letter_edit(self, letter_id: str) -> LetterEdit | None:
        """The corrections of one letter, or None."""
        rows = self._select("SELECT * FROM letter_edits WHERE letter_id = ?", [letter_id])
        return _edit(rows[0]) if rows else None

    def letter_edits(self) -> dict[str, LetterEdit]:
        """The corrections of every letter that has some, by letter id."""
        rows = self._select("SELECT * FROM letter_edits ORDER BY letter_id")
        return {r["letter_id"]: _edit(r) for r in rows}

    def letters_edited_in(self, entry_id: int) -> list[str]:
        """The letters whose corrections history entry ``entry_id`` changed (after an undo or
        redo, their index documents are replaced)."""
        rows = self._select("SELECT changes FROM history WHERE id = ?", [entry_id])
        changes = json.loads(rows[0]["changes"]) if rows else []
        return list(dict.fromkeys(c["key"] for c in changes if c["table"] == "letter_edits"))

    def letter_edit_stamps(self) -> dict[str, str]:
        """letter id -> when its corrections last changed (cheap: to notice a change)."""
        rows = self._select("SELECT letter_id, modified FROM letter_edits")
        return {r["letter_id"]: r["modified"] for r in rows}

    def letter_edits_token(self) -> str:
        """"" without corrections; else a short token that changes with any of them (the
        search index records it: its letter documents carry the corrected details)."""
        stamps = sorted(self.letter_edit_stamps().items())
        if not stamps:
            return ""
        return hashlib.sha1(repr(stamps).encode("utf-8")).hexdigest()[:12]
