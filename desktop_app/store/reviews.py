"""Commitment reviews: a person's verdict on a detected commitment (a store mixin).

A review remembers its commitment as an annotation remembers its passage: the quote, the
span (``start``/``end``) and 32 characters of context. Detection is derived data that is
recomputed on every re-import and detector change, so each time commitments are shown their
reviews are matched to them again (:func:`match_reviews`): a review whose commitment kept its
exact text goes to it (the nearest copy when a letter says the same thing twice); else the
review is re-anchored in the letter's text like an annotation, and goes to the detected
commitment that overlaps it and says (nearly) the same, which covers a changed word and a
moved sentence boundary. A review that fits no commitment is an orphan: it is still listed
(it is user data) and never deleted implicitly.

The key is the review's id: ``letter id:sha1`` of the text first reviewed (a ``-N`` suffix
for a second review of the same text), so reviews written before positions were stored
still work; those are matched by their exact quote until they are changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from desktop_app import anchoring
from desktop_app.errors import NotFound, UserError
from desktop_app.model import COMMITMENT_KINDS, Commitment, CommitmentReview
from desktop_app.store import history

VERDICTS = ("confirmed", "rejected")
REVIEW_STATUSES = ("open", "done")
_UNSET: Any = object()

# A re-anchored review goes to an overlapping commitment whose text is this similar
# (rapidfuzz ratio of the normalised texts, 0-100): a word or two changed …
SIMILAR_TEXT = 80
# … or, when a sentence boundary moved, one where the shorter of the two spans lies (almost)
# wholly inside the longer and makes up at least half of it.
INSIDE_SHARE = 0.9
LONGER_SHARE = 0.5


def review_key(letter_id: str, text: str) -> str:
    """The key a first review of a commitment gets: letter id + sha1 of its normalised text."""
    return f"{letter_id}:{hashlib.sha1(_norm(text).encode('utf-8')).hexdigest()}"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class LetterReviews:
    """The reviews of one letter matched to its detected commitments."""

    reviews: list[CommitmentReview | None]  # per commitment, in the order given
    keys: list[str]  # per commitment: its review's key, or the key a new review gets
    orphans: list[CommitmentReview]  # reviews whose commitment is no longer detected


def match_reviews(
    letter_id: str,
    commitments: Sequence[Commitment],
    reviews: Sequence[CommitmentReview],
    letter_text: Callable[[], str | None] = lambda: None,
) -> LetterReviews:
    """Give each detected commitment of a letter its review (see the module docstring).

    ``letter_text`` returns the letter's current text; it is called only when a review has
    no commitment with its exact text. A commitment gets one review and a review goes to one
    commitment; the closest pairs are made first.
    """
    matched: dict[int, int] = {}  # commitment index -> review index
    _assign(matched, _exact_pairs(commitments, reviews))
    rest = [i for i in range(len(reviews)) if i not in matched.values()]
    if rest and len(matched) < len(commitments):
        text = letter_text()
        if text:
            _assign(matched, _moved_pairs(commitments, reviews, rest, text, matched))
    per_commitment = [reviews[matched[i]] if i in matched else None
                      for i in range(len(commitments))]
    used = {r.key for r in reviews}
    keys = []
    for c, review in zip(commitments, per_commitment, strict=True):
        keys.append(review.key if review is not None else _fresh_key(letter_id, c.text, used))
    claimed = set(matched.values())
    orphans = sorted((r for i, r in enumerate(reviews) if i not in claimed),
                     key=lambda r: (r.start is None, r.start or 0, r.created))
    return LetterReviews(per_commitment, keys, orphans)


def _fresh_key(letter_id: str, text: str, used: set[str]) -> str:
    """The key of a new review: the text's key, numbered when a review already has it."""
    base = key = review_key(letter_id, text)
    n = 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return key


Pair = tuple[tuple, int, int]  # (rank: lower is closer, commitment index, review index)


def _assign(matched: dict[int, int], pairs: list[Pair]) -> None:
    """Pair commitments and reviews, closest first, each at most once."""
    taken = set(matched.values())
    for _, ci, ri in sorted(pairs):
        if ci not in matched and ri not in taken:
            matched[ci] = ri
            taken.add(ri)


def _exact_pairs(commitments: Sequence[Commitment],
                 reviews: Sequence[CommitmentReview]) -> list[Pair]:
    """Reviews and commitments with the same text, ranked by how far apart they are."""
    by_text: dict[str, list[int]] = {}
    for ci, c in enumerate(commitments):
        by_text.setdefault(_norm(c.text), []).append(ci)
    pairs = []
    for ri, r in enumerate(reviews):
        for ci in by_text.get(_norm(r.quote), ()):
            # without a position (an old review) the first copy in the text wins
            distance = abs(commitments[ci].start - r.start) if r.start is not None else ci
            pairs.append(((distance, ci), ci, ri))
    return pairs


def _moved_pairs(commitments: Sequence[Commitment], reviews: Sequence[CommitmentReview],
                 rest: list[int], text: str, matched: dict[int, int]) -> list[Pair]:
    """Reviews re-anchored in the text, paired with overlapping commitments that fit."""
    target = anchoring.TextIndex(text)
    pairs = []
    for ri in rest:
        span = _place(reviews[ri], target)
        if span is None:
            continue
        quote = _norm(reviews[ri].quote)
        for ci, c in enumerate(commitments):
            if ci not in matched:
                score = _fit(span, c, quote)
                if score is not None:
                    pairs.append(((-score, ci), ci, ri))
    return pairs


def _place(review: CommitmentReview, target: anchoring.TextIndex) -> tuple[int, int] | None:
    """Where a review's commitment text is now, or None (an orphan)."""
    start, end = review.start, review.end
    if start is not None and end is not None and (review.prefix or review.suffix):
        selector = anchoring.Selector(start, end, review.quote, review.prefix, review.suffix)
        placed = anchoring.reanchor(selector, target)
        return None if placed is None else (placed.start, placed.end)
    # no context (an old review, or one stored without the letter's text): only its exact
    # quote, at its old place or else the single copy in the letter
    if start is not None and end is not None and target.text[start:end] == review.quote:
        return start, end
    quote = anchoring.canonical(review.quote)[0].strip()
    found = target.occurrences(quote) if quote else []
    return target.to_raw(found[0], found[0] + len(quote)) if len(found) == 1 else None


def _fit(span: tuple[int, int], c: Commitment, quote: str) -> float | None:
    """How well a commitment fits a re-anchored review (higher is better), or None."""
    overlap = min(span[1], c.end) - max(span[0], c.start)
    if overlap <= 0:
        return None
    ratio = fuzz.ratio(quote, _norm(c.text))
    if ratio >= SIMILAR_TEXT:
        return ratio
    shorter, longer = sorted((span[1] - span[0], c.end - c.start))
    if overlap >= INSIDE_SHARE * shorter and overlap >= LONGER_SHARE * longer:
        return ratio  # a moved sentence boundary: the same sentence, more or less of it
    return None


def _anchor(commitment: Commitment, letter_text: str | None) -> dict[str, Any]:
    """The columns that say which commitment a review is of and where it was."""
    prefix = suffix = ""
    c = commitment
    if letter_text is not None and 0 <= c.start < c.end <= len(letter_text) \
            and letter_text[c.start:c.end] == c.text:
        _, prefix, suffix = anchoring.make_selector(letter_text, c.start, c.end)
    return {"quote": c.text, "start": c.start, "end": c.end, "prefix": prefix,
            "suffix": suffix, "detected_kind": c.kind}  # fmt: skip


class ReviewOps:
    """Review verbs of :class:`AnnotationStore`; every change is recorded and undoable."""

    # provided by AnnotationStore, which mixes this class in
    _write: Callable[[str], Any]
    _select: Callable[..., list[dict[str, Any]]]

    def review_commitment(
        self,
        letter_id: str,
        commitment: Commitment | None,
        *,
        key: str | None = None,
        letter_text: str | None = None,
        verdict: str | None = _UNSET,
        kind: str | None = _UNSET,
        deadline: str | None = _UNSET,
        status: str = _UNSET,
        note: str = _UNSET,
        author: str | None = None,
    ) -> CommitmentReview:
        """Create or update the review of a commitment; only the given fields change.

        ``key`` names the review (``CommitmentRow.review_key``: the review matched to the
        commitment, or the key a new one gets); without it the key follows from the text.
        The review is anchored to ``commitment`` (its text, span, and with ``letter_text``
        its context); ``commitment=None`` changes the fields of an existing review only
        (one whose commitment is no longer detected).
        """
        given = {"verdict": verdict, "kind": kind, "deadline": deadline,
                 "status": status, "note": note}  # fmt: skip
        with self._write("Review commitment") as rec:
            return review_in(rec, letter_id, commitment, key=key, letter_text=letter_text,
                             author=author, **given)

    def review_row(self, row: Any, *, letter_text: str | None = None,
                   **fields: Any) -> CommitmentReview:
        """Review the commitment of an overview row (``overview.CommitmentRow``): its own
        review is changed (or a new one made); an orphan row keeps its anchor."""
        commitment = None if row.orphan else row.commitment
        return self.review_commitment(row.letter_id, commitment, key=row.review_key or None,
                                      letter_text=letter_text, **fields)

    def review(self, letter_id: str, commitment: Commitment | str) -> CommitmentReview | None:
        """The review with a commitment's exact text (the nearest one), or None."""
        text = commitment if isinstance(commitment, str) else commitment.text
        start = None if isinstance(commitment, str) else commitment.start
        same = [r for r in self.reviews(letter_id) if _norm(r.quote) == _norm(text)]
        if same:
            return min(same, key=lambda r: abs((r.start or 0) - (start or 0)))
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


def review_in(rec: history.Recorder, letter_id: str, commitment: Commitment | None, *,
              key: str | None = None, letter_text: str | None = None,
              author: str | None = None, **given: Any) -> CommitmentReview:
    """Create or update a review inside a recorded write ``rec`` (what
    :meth:`ReviewOps.review_commitment` does in a write of its own; a lineage link changes
    the review of its commitment in the link's write, so one undo takes back both). Only the
    fields in ``given`` (verdict, kind, deadline, status, note) change."""
    given = {k: v for k, v in given.items() if v is not _UNSET}
    _validate(given.get("verdict", _UNSET), given.get("kind", _UNSET),
              given.get("status", _UNSET))
    if commitment is None and key is None:
        raise ValueError("review_commitment needs a commitment or the key of a review")
    key = key or review_key(letter_id, commitment.text)
    stamp = history.now()
    row = rec.get("commitment_reviews", key)
    if row is None and commitment is None:
        raise NotFound(f"No commitment review {key}.")
    row = row or {
        "key": key, "letter_id": letter_id, "verdict": None, "kind": None,
        "deadline": None, "status": "open", "note": "", "author": "",
        "created": stamp,
    }  # fmt: skip
    row.update(given)
    if commitment is not None:  # the review follows its commitment's current text
        row.update(_anchor(commitment, letter_text))
    row["modified"] = stamp
    if author is not None or not row["author"]:
        from desktop_app.store.annotations import default_author

        row["author"] = author or default_author()
    rec.put("commitment_reviews", row)
    return CommitmentReview(**row)


def _validate(verdict: Any, kind: Any, status: Any) -> None:
    if verdict is not _UNSET and verdict is not None and verdict not in VERDICTS:
        raise UserError(f"Verdict must be one of {', '.join(VERDICTS)}, not '{verdict}'.",
                        code="unknown-verdict", value=verdict)
    if kind is not _UNSET and kind is not None and kind not in COMMITMENT_KINDS:
        raise UserError(f"Kind must be one of {', '.join(COMMITMENT_KINDS)}, not '{kind}'.",
                        code="unknown-review-kind", value=kind)
    if status is not _UNSET and status not in REVIEW_STATUSES:
        raise UserError(f"Status must be one of {', '.join(REVIEW_STATUSES)}, not '{status}'.",
                        code="unknown-status", value=status)
