"""Commitment lineage links: a person's confirmed or rejected link from a commitment (the
promise) to a sentence of a later letter that fulfils, postpones, repeats or changes it
(issue 20); a store mixin.

A link is user data, kept like a commitment review: both sentences are remembered as an
annotation remembers its passage (the quote, the span and 32 characters of context), so the
link follows them when detection or a letter's wording changes (``desktop_app.lineage.service``
matches them again each time). Links are never deleted implicitly: a link whose sentences are
no longer found is still listed.

Every verb writes one history entry, so one undo takes it back. A confirmed "fulfils" also
marks the commitment done (its review: status done, a note naming the later letter), and a
confirmed "postpones" makes the new due date the commitment's (the review's deadline
correction) while the link keeps the old one (``old_due``): the confirmed postponements of a
commitment are its deadline history. Both happen in the link's history entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from desktop_app import anchoring
from desktop_app.errors import NotFound, UserError
from desktop_app.model import Commitment
from desktop_app.store import history
from desktop_app.store.reviews import review_in

LINK_KINDS = ("fulfils", "postpones", "repeats", "changes")
LINK_STATES = ("confirmed", "rejected")


@dataclass(frozen=True)
class LineageLink:
    """A person's verdict on a link from a commitment to a later letter's sentence."""

    id: str
    letter_id: str  # the promise's letter
    promise_key: str  # the key of the commitment's review when the link was made
    promise_start: int
    promise_end: int
    promise_quote: str
    promise_prefix: str
    promise_suffix: str
    later_letter_id: str
    later_start: int
    later_end: int
    later_quote: str
    later_prefix: str
    later_suffix: str
    kind: str  # fulfils | postpones | repeats | changes
    new_due: str | None  # a postponement's new due date (ISO)
    old_due: str | None  # the due date the commitment had before a confirmed postponement
    state: str  # confirmed | rejected
    note: str
    author: str
    created: str
    modified: str

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class LinkTarget:
    """The commitment a link starts from, as the overview shows it (``CommitmentRow``):
    its letter, its review's key, the detected commitment, whether it is an orphan (a review
    whose commitment is no longer detected), its current due date, and the letter's text
    (for the context of the anchor)."""

    letter_id: str
    review_key: str
    commitment: Commitment
    letter_text: str
    due: str | None = None
    orphan: bool = False

    @classmethod
    def of_row(cls, row: Any, letter_text: str) -> LinkTarget:
        """The target of an overview row (``overview.CommitmentRow``)."""
        return cls(row.letter_id, row.review_key, row.commitment, letter_text, row.due,
                   row.orphan)

    @property
    def start(self) -> int:
        return self.commitment.start

    @property
    def end(self) -> int:
        return self.commitment.end

    @property
    def text(self) -> str:
        return self.commitment.text


class LinkProblem(UserError):
    """A link that cannot be made as asked (a wrong kind, an empty sentence …)."""

    code = "bad-link"


def _anchor(text: str, start: int, end: int, side: str) -> dict[str, Any]:
    """The quote and context columns of one side of a link."""
    if not (0 <= start < end <= len(text)):
        raise LinkProblem(f"The sentence of the {side} letter must be a non-empty part of its "
                          f"text (characters 0 to {len(text)}), not {start}-{end}.",
                          code="bad-link-span", start=start, end=end, length=len(text))
    quote, prefix, suffix = anchoring.make_selector(text, start, end)
    return {f"{side}_start": start, f"{side}_end": end, f"{side}_quote": quote,
            f"{side}_prefix": prefix, f"{side}_suffix": suffix}


def _check(kind: str, new_due: str | None) -> str | None:
    if kind not in LINK_KINDS:
        raise LinkProblem(f"A link's kind must be one of {', '.join(LINK_KINDS)}, not "
                          f"'{kind}'.", code="unknown-link-kind", kind=kind)
    if new_due is None or kind != "postpones":
        return None
    try:
        return date.fromisoformat(new_due).isoformat()
    except ValueError as exc:
        raise LinkProblem(f"A new due date must be a date like 2025-12-31, not '{new_due}'.",
                          code="bad-link-due", due=new_due) from exc


def evidence_note(later_letter_id: str) -> str:
    """The line a confirmed "fulfils" adds to the commitment's review note."""
    return f"Fulfilled by letter {later_letter_id}."


class LineageLinkOps:
    """Lineage-link verbs of :class:`AnnotationStore`; every change is one undo step."""

    # provided by AnnotationStore, which mixes this class in
    _write: Callable[[str], Any]
    _select: Callable[..., list[dict[str, Any]]]

    def confirm_link(self, target: LinkTarget, later_letter_id: str, later_text: str,
                     later_start: int, later_end: int, *, kind: str,
                     new_due: str | None = None, note: str = "",
                     author: str | None = None) -> LineageLink:
        """Confirm that a later letter's sentence fulfils, postpones, repeats or changes a
        commitment; one undo step. "fulfils" marks the commitment done with that letter as
        evidence; "postpones" with ``new_due`` makes that its due date (the old one stays on
        the link). A link to the same later letter that was already there is replaced."""
        return self._put_link(target, later_letter_id, later_text, later_start, later_end,
                              kind=kind, new_due=new_due, note=note, author=author,
                              state="confirmed")

    def reject_link(self, target: LinkTarget, later_letter_id: str, later_text: str,
                    later_start: int, later_end: int, *, kind: str, note: str = "",
                    author: str | None = None) -> LineageLink:
        """Record that a proposed link is wrong (it is not proposed again); one undo step."""
        return self._put_link(target, later_letter_id, later_text, later_start, later_end,
                              kind=kind, new_due=None, note=note, author=author,
                              state="rejected")

    def _put_link(self, target: LinkTarget, later_letter_id: str, later_text: str,
                  later_start: int, later_end: int, *, kind: str, new_due: str | None,
                  note: str, author: str | None, state: str) -> LineageLink:
        new_due = _check(kind, new_due)
        if later_letter_id == target.letter_id:
            raise LinkProblem("A commitment is linked to a later letter, not to its own "
                              "letter.", code="link-same-letter", letter=later_letter_id)
        promise = _promise_anchor(target)
        later = _anchor(later_text, later_start, later_end, "later")
        from desktop_app.store.annotations import default_author

        stamp = history.now()
        label = {"confirmed": "Confirm link", "rejected": "Reject link"}[state]
        with self._write(f"{label} to {later_letter_id}") as rec:
            old = self._same_link(target, later_letter_id)
            row = {
                "id": old["id"] if old else str(uuid.uuid4()), "letter_id": target.letter_id,
                "promise_key": target.review_key, **promise,
                "later_letter_id": later_letter_id, **later, "kind": kind,
                "new_due": new_due, "old_due": None, "state": state, "note": note,
                "author": author or default_author(),
                "created": old["created"] if old else stamp, "modified": stamp,
            }  # fmt: skip
            if old is not None and old["state"] == "confirmed":
                _take_back(rec, old)  # what the replaced link did to the review
                target = _refreshed(rec, target, old)
            if state == "confirmed":
                row["old_due"] = _apply(rec, row, target)
            rec.put("lineage_links", row)
        return LineageLink(**row)

    def _same_link(self, target: LinkTarget, later_letter_id: str) -> dict[str, Any] | None:
        """The link of this commitment to this later letter, if one exists (a commitment has
        one link per later letter: confirming a rejected proposal replaces the rejection)."""
        for row in self._select(
                "SELECT * FROM lineage_links WHERE letter_id = ? AND later_letter_id = ? "
                "ORDER BY created", [target.letter_id, later_letter_id]):
            if (row["promise_key"] == target.review_key
                    or (row["promise_start"], row["promise_end"]) == (target.start, target.end)
                    or row["promise_quote"] == target.text):
                return row
        return None

    def unlink(self, link_id: str) -> LineageLink:
        """Remove a link, explicitly; one undo step. What a confirmed link did to its
        commitment is taken back while it still holds: a "fulfils" link's commitment is open
        again (unless another letter fulfils it), a "postpones" link's due date the old one."""
        with self._write("Unlink") as rec:
            row = rec.get("lineage_links", link_id)
            if row is None:
                raise NotFound(f"There is no lineage link {link_id}. List the links with "
                               "`desktop-app lineage`.", code="link-not-found", link=link_id)
            if row["state"] == "confirmed":
                _take_back(rec, row)
            rec.delete("lineage_links", link_id)
        return LineageLink(**row)

    def link(self, link_id: str) -> LineageLink:
        """One link; raises NotFound."""
        rows = self._select("SELECT * FROM lineage_links WHERE id = ?", [link_id])
        if not rows:
            raise NotFound(f"There is no lineage link {link_id}. List the links with "
                           "`desktop-app lineage`.", code="link-not-found", link=link_id)
        return LineageLink(**rows[0])

    def links(self, letter_id: str | None = None) -> list[LineageLink]:
        """Every link, or those where a letter is either side (the promise's letter or the
        later one); oldest first."""
        if letter_id is None:
            rows = self._select("SELECT * FROM lineage_links ORDER BY created, id")
        else:
            rows = self._select(
                "SELECT * FROM lineage_links WHERE letter_id = ? OR later_letter_id = ? "
                "ORDER BY created, id", [letter_id, letter_id])
        return [LineageLink(**r) for r in rows]


def _promise_anchor(target: LinkTarget) -> dict[str, Any]:
    """The promise side's columns; an orphan commitment (no longer detected) keeps its quote
    without context."""
    text = target.letter_text
    if 0 <= target.start < target.end <= len(text) \
            and text[target.start:target.end] == target.text:
        return _anchor(text, target.start, target.end, "promise")
    if not target.text.strip():
        raise LinkProblem("A link needs the commitment's sentence.", code="bad-link-span",
                          start=target.start, end=target.end, length=len(text))
    return {"promise_start": target.start, "promise_end": max(target.end, target.start),
            "promise_quote": target.text, "promise_prefix": "", "promise_suffix": ""}


def _apply(rec: history.Recorder, row: dict[str, Any], target: LinkTarget) -> str | None:
    """What a confirmed link does to its commitment's review; returns the old due date of a
    postponement (kept on the link)."""
    key = target.review_key or None
    if row["kind"] == "fulfils":
        review = rec.get("commitment_reviews", key) if key else None
        note = (review or {}).get("note") or ""
        line = evidence_note(row["later_letter_id"])
        if line not in note:
            note = f"{note}\n{line}" if note else line
        _review(rec, target, key, status="done", note=note)
        return None
    if row["kind"] == "postpones" and row["new_due"]:
        _review(rec, target, key, deadline=row["new_due"])
        return target.due
    return None


def _review(rec: history.Recorder, target: LinkTarget, key: str | None, **given: Any) -> None:
    """Change the commitment's review in the link's write (an orphan's keeps its anchor)."""
    review_in(rec, target.letter_id, None if target.orphan else target.commitment, key=key,
              letter_text=target.letter_text, **given)


def _take_back(rec: history.Recorder, row: dict[str, Any]) -> None:
    """Undo what a confirmed link did to its commitment's review, where that still holds
    (a person may have changed the review since: then it is left as it is)."""
    key = row["promise_key"]
    review = rec.get("commitment_reviews", key) if key else None
    if review is None:
        return
    changed = dict(review)
    if row["kind"] == "fulfils":
        line = evidence_note(row["later_letter_id"])
        lines = [ln for ln in (review["note"] or "").split("\n") if ln != line]
        changed["note"] = "\n".join(lines)
        others = [r for r in _confirmed_fulfils(rec, row) if r != row["id"]]
        if review["status"] == "done" and not others:
            changed["status"] = "open"
    elif row["kind"] == "postpones" and row["new_due"] and review["deadline"] == row["new_due"]:
        changed["deadline"] = row["old_due"]
    if changed != review:
        changed["modified"] = history.now()
        rec.put("commitment_reviews", changed)


def _confirmed_fulfils(rec: history.Recorder, row: dict[str, Any]) -> list[str]:
    """The ids of the confirmed "fulfils" links of the same commitment (its review key)."""
    cursor = rec.db.execute(
        "SELECT id FROM lineage_links WHERE promise_key = ? AND kind = 'fulfils' "
        "AND state = 'confirmed'", [row["promise_key"]])
    return [r[0] for r in cursor.fetchall()]


def _refreshed(rec: history.Recorder, target: LinkTarget, old: dict[str, Any]) -> LinkTarget:
    """The target after a replaced link was taken back: its due date as the review now has
    it (a postponement confirmed again records the due date before the first)."""
    from dataclasses import replace

    if old["kind"] == "postpones" and old["new_due"] and target.due == old["new_due"]:
        return replace(target, due=old["old_due"])
    return target
