"""The commitments overview: detected commitments joined with people's reviews, filtered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.model import Commitment, CommitmentReview


@dataclass(frozen=True)
class CommitmentRow:
    """One commitment as the overview shows it: detection corrected by its review."""

    letter_id: str
    letter_date: str | None
    letter_title: str | None
    dossier: str | None
    commitment: Commitment
    kind: str  # corrected kind if reviewed, else detected
    deadline_from: str | None
    deadline_to: str | None
    status: str  # "open" | "done" | "rejected"
    verdict: str | None
    note: str
    deadline_corrected: bool = False  # the deadline is a person's correction, not detected
    # the key of the row's review, or of the review a first verdict creates
    # (``AnnotationStore.review_row``)
    review_key: str = ""
    # a review whose commitment is no longer detected in the letter (its wording or the
    # detector changed too much): listed with the text it had, never dropped
    orphan: bool = False
    # when what the row says last changed (ISO, UTC): the letter's detection or the review
    modified: str = ""

    def identity(self) -> tuple[str, int, int, str]:
        """Tells rows apart within one listing: a letter's commitments never share a span;
        orphan reviews, which may, differ in their key."""
        c = self.commitment
        return self.letter_id, c.start, c.end, self.review_key if self.orphan else ""

    def to_dict(self) -> dict:
        c = self.commitment
        return {
            "letter_id": self.letter_id, "letter_date": self.letter_date,
            "letter_title": self.letter_title, "dossier": self.dossier,
            "start": c.start, "end": c.end, "text": c.text, "kind": self.kind,
            "detected_kind": c.kind, "actor": c.actor, "deadline_text": c.deadline_text,
            "deadline": ({"from": self.deadline_from, "to": self.deadline_to}
                         if self.deadline_to or self.deadline_from else None),
            "cue": c.cue, "status": self.status, "verdict": self.verdict, "note": self.note,
            "orphan": self.orphan, "confidence": self.confidence,
        }

    @property
    def confidence(self) -> str:
        """"high" or "possible": the detector's confidence, "high" once a person confirmed
        the commitment (and for an orphan review: user data is never hidden as unsure)."""
        if self.verdict == "confirmed" or self.orphan:
            return "high"
        return self.commitment.confidence or "high"

    @property
    def due(self) -> str | None:
        """The day the commitment is due (ISO; the end of its range), or None."""
        return self.deadline_to or self.deadline_from

    def overdue(self, today: date) -> bool:
        due = self.deadline_to
        return self.status == "open" and bool(due) and due < today.isoformat()

    def due_within(self, today: date, days: int) -> bool:
        """The deadline falls from today up to ``days`` days ahead (overdue ones do not)."""
        due = self.deadline_to
        return bool(due) and today.isoformat() <= due <= (today + timedelta(days=days)).isoformat()


def make_row(letter: dict, commitment: Commitment, review: CommitmentReview | None,
             review_key: str = "", *, orphan: bool = False) -> CommitmentRow:
    """Apply a review (if any) to a detected commitment."""
    deadline = commitment.deadline or {}
    d_from, d_to = deadline.get("from"), deadline.get("to")
    kind, status, verdict, note = commitment.kind, "open", None, ""
    corrected = False
    if review is not None:
        kind = review.kind or kind
        if review.deadline:
            d_from = d_to = review.deadline
            corrected = True
        verdict, note = review.verdict, review.note
        status = "rejected" if review.verdict == "rejected" else review.status
    title = letter.get("subject") or letter.get("title")
    key = review.key if review is not None else review_key
    times = [letter.get("updated_at"), letter.get("imported_at"),
             review.modified if review is not None else None]
    modified = max((t for t in times if t), default="")
    return CommitmentRow(letter["id"], letter.get("date"), title, letter.get("dossier"),
                         commitment, kind, d_from, d_to, status, verdict, note, corrected,
                         key, orphan, modified)


def orphan_row(letter: dict, review: CommitmentReview) -> CommitmentRow:
    """A review whose commitment is no longer detected, with the text it was made on.

    Its span is empty, at the place the commitment was (the reader shows where it was)."""
    at = review.start if review.start is not None else 0
    commitment = Commitment(at, at, review.quote, review.detected_kind or "", None, None,
                            None, "")
    return make_row(letter, commitment, review, orphan=True)


def filter_rows(rows: Iterable[CommitmentRow], *, kind: str | None = None,
                letter: str | None = None, status: str | None = None,
                due_before: str | None = None, dossier: str | None = None,
                actor: str | None = None, overdue_on: date | None = None,
                due_within: tuple[date, int] | None = None, confidence: str | None = None,
                due_month: str | None = None) -> list[CommitmentRow]:
    """Keep rows matching every given filter (None means: any).

    ``confidence`` "high" keeps the commitments the detector is sure of (and those a person
    confirmed), "possible" the others. ``due_month`` ("2026-03") keeps the rows due in that
    month, as the deadline timeline counts them (rejected ones are not due).

    ``due_before`` keeps every deadline before a date (overdue ones too); ``due_within``
    ``(today, days)`` keeps deadlines from today up to ``days`` ahead, not overdue ones.
    ``overdue_on`` and ``due_within`` together keep a row that is either (what needs
    attention): the two windows never overlap, so requiring both would keep nothing.
    """
    out = []
    for row in rows:
        if kind and row.kind != kind:
            continue
        if letter and row.letter_id != letter:
            continue
        if status and row.status != status:
            continue
        if dossier and row.dossier != dossier:
            continue
        if confidence and row.confidence != confidence:
            continue
        if due_month and not (row.status != "rejected" and (row.due or "")[:7] == due_month):
            continue
        if actor and (row.commitment.actor or "").lower().find(actor.lower()) < 0:
            continue
        if due_before and not (row.deadline_to and row.deadline_to < due_before):
            continue
        windows = []  # the deadline filters given: a row in any of them is kept
        if overdue_on:
            windows.append(row.overdue(overdue_on))
        if due_within:
            windows.append(row.due_within(*due_within))
        if windows and not any(windows):
            continue
        out.append(row)
    return out
