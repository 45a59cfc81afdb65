"""Commitment reviews: a person's verdict on a detected commitment (a store mixin).

A review is keyed by the letter id and a hash of the commitment's whitespace-normalised,
case-folded text, not by offsets or detector output, so it survives re-detection with a new
detector version and re-import of the letter. The quote is kept so a review whose
commitment is no longer detected can still be shown.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from desktop_app.errors import NotFound, UserError
from desktop_app.model import COMMITMENT_KINDS, Commitment, CommitmentReview
from desktop_app.store import history

VERDICTS = ("confirmed", "rejected")
REVIEW_STATUSES = ("open", "done")
_UNSET: Any = object()


def review_key(letter_id: str, text: str) -> str:
    """The stable key of a commitment: letter id + sha1 of its normalised text."""
    normalised = " ".join(text.split()).casefold()
    return f"{letter_id}:{hashlib.sha1(normalised.encode('utf-8')).hexdigest()}"


class ReviewOps:
    """Review verbs of :class:`AnnotationStore`; every change is recorded and undoable."""

    # provided by AnnotationStore, which mixes this class in
    _write: Callable[[str], Any]
    _select: Callable[..., list[dict[str, Any]]]

    def review_commitment(
        self,
        letter_id: str,
        commitment: Commitment,
        *,
        verdict: str | None = _UNSET,
        kind: str | None = _UNSET,
        deadline: str | None = _UNSET,
        status: str = _UNSET,
        note: str = _UNSET,
        author: str | None = None,
    ) -> CommitmentReview:
        """Create or update the review of a commitment; only the given fields change."""
        _validate(verdict, kind, status)
        key = review_key(letter_id, commitment.text)
        stamp = history.now()
        with self._write("Review commitment") as rec:
            row = rec.get("commitment_reviews", key) or {
                "key": key, "letter_id": letter_id, "quote": commitment.text, "verdict": None,
                "kind": None, "deadline": None, "status": "open", "note": "",
                "author": "", "created": stamp, "modified": stamp,
            }  # fmt: skip
            given = {"verdict": verdict, "kind": kind, "deadline": deadline,
                     "status": status, "note": note}  # fmt: skip
            row.update({k: v for k, v in given.items() if v is not _UNSET})
            row["quote"] = commitment.text
            row["modified"] = stamp
            if author is not None or not row["author"]:
                from desktop_app.store.annotations import default_author

                row["author"] = author or default_author()
            rec.put("commitment_reviews", row)
        return CommitmentReview(**row)

    def review(self, letter_id: str, commitment: Commitment | str) -> CommitmentReview | None:
        """The review of a commitment (or of a commitment text), or None."""
        text = commitment if isinstance(commitment, str) else commitment.text
        rows = self._select(
            "SELECT * FROM commitment_reviews WHERE key = ?", [review_key(letter_id, text)]
        )
        return CommitmentReview(**rows[0]) if rows else None

    def reviews(self, letter_id: str | None = None) -> list[CommitmentReview]:
        """All reviews, or those of one letter."""
        if letter_id is None:
            rows = self._select("SELECT * FROM commitment_reviews ORDER BY letter_id, created")
        else:
            rows = self._select(
                "SELECT * FROM commitment_reviews WHERE letter_id = ? ORDER BY created",
                [letter_id],
            )
        return [CommitmentReview(**r) for r in rows]

    def delete_review(self, key: str) -> None:
        """Delete a review explicitly; undoable."""
        with self._write("Delete commitment review") as rec:
            if rec.delete("commitment_reviews", key) is None:
                raise NotFound(f"No commitment review {key}.")


def _validate(verdict: Any, kind: Any, status: Any) -> None:
    if verdict is not _UNSET and verdict is not None and verdict not in VERDICTS:
        raise UserError(f"Verdict must be one of {', '.join(VERDICTS)}, not '{verdict}'.")
    if kind is not _UNSET and kind is not None and kind not in COMMITMENT_KINDS:
        raise UserError(f"Kind must be one of {', '.join(COMMITMENT_KINDS)}, not '{kind}'.")
    if status is not _UNSET and status not in REVIEW_STATUSES:
        raise UserError(f"Status must be one of {', '.join(REVIEW_STATUSES)}, not '{status}'.")
