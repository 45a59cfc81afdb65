"""Commitment lineage of a library (issue 20): the linker's proposals and people's links.

:class:`LineageService` joins the linker (:mod:`desktop_app.lineage.linker`, derived data)
with the links people confirmed or rejected (``store/lineage_links.py``, user data). Per
commitment of a letter it gives its links, re-anchored to the letter's current commitments
and text, and the proposals nobody judged yet (a rejected link is never proposed again); per
letter, the links and proposals pointing at it as the later letter. ``link`` and ``unlink``
are the verbs the command line and the window use.

The linker's view of the library (every letter's looking-back sentences and word rarities) is
built lazily and kept while the library's letters and their corrected details stay the same
(``Library._index_state()``, the token the search index is kept by).
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop_app import anchoring
from desktop_app.errors import NotFound, UserError
from desktop_app.lineage import linker
from desktop_app.lineage.linker import Promise, Proposal, propose
from desktop_app.lineage.references import (
    REFERENCES_VERSION,
    Reference,
    reference_from_dict,
    reference_to_dict,
    references,
)
from desktop_app.model import CommitmentReview, Letter, Metadata
from desktop_app.overview import CommitmentRow
from desktop_app.progress import Cancelled, not_cancelled
from desktop_app.store import lineage_derived
from desktop_app.store.lineage_links import LineageLink, LinkTarget
from desktop_app.store.reviews import match_reviews

LINEAGE_STATUSES = ("open", "done", "fulfilled", "postponed", "rejected")
# what the derived rows were found with: the reference finder's and the word finder's
DERIVED_VERSION = f"refs{REFERENCES_VERSION}.words1"


class LineageCancelled(Exception):  # noqa: N818 - not an error: the reader asked to stop
    """A read stopped because its ``cancelled()`` said so (the window closed, a newer read)."""


def _stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise LineageCancelled


class LineageProblem(UserError):
    """A link asked for on the command line (or in the window) that cannot be made."""

    code = "no-such-commitment"


@dataclass(frozen=True)
class PlacedLink:
    """A link with its later sentence where it stands now in the later letter (``None``
    when that letter is gone or the sentence is no longer found in it)."""

    link: LineageLink
    later_start: int | None
    later_end: int | None

    @property
    def found(self) -> bool:
        return self.later_start is not None

    def to_dict(self) -> dict[str, Any]:
        link = self.link
        return {"id": link.id, "kind": link.kind, "state": link.state,
                "later_letter_id": link.later_letter_id, "later_start": self.later_start,
                "later_end": self.later_end, "later_sentence": link.later_quote,
                "later_found": self.found, "new_due": link.new_due, "old_due": link.old_due,
                "note": link.note, "author": link.author, "modified": link.modified}


def proposal_dict(p: Proposal) -> dict[str, Any]:
    """A proposal as JSON: kind, score, why, the later letter and its sentence."""
    ref = p.reference
    return {"kind": p.kind, "score": p.score, "direct": p.direct, "reasons": list(p.reasons),
            "later_letter_id": ref.letter_id, "later_start": ref.start, "later_end": ref.end,
            "later_sentence": ref.text, "new_due": p.new_due}


@dataclass(frozen=True)
class CommitmentLineage:
    """One commitment of a letter: its links, the open proposals and where it stands."""

    number: int  # #N within its letter, as `desktop-app commitments` numbers it
    row: CommitmentRow
    links: tuple[PlacedLink, ...]  # confirmed and rejected, oldest first
    proposals: tuple[Proposal, ...]  # best first; none to a letter a link already judged
    status: str  # open | done | fulfilled | postponed | rejected
    fulfilled_by: str | None  # the later letter of the (latest) confirmed "fulfils" link
    due_history: tuple[str, ...]  # the earlier due dates, oldest first (postponements)

    @property
    def due(self) -> str | None:
        """The current due date (a confirmed postponement's, else the detected one)."""
        return self.row.due

    def to_dict(self) -> dict[str, Any]:
        c = self.row.commitment
        return {"number": self.number, "start": c.start, "end": c.end, "text": c.text,
                "kind": self.row.kind, "status": self.status, "due": self.due,
                "due_history": list(self.due_history), "fulfilled_by": self.fulfilled_by,
                "orphan": self.row.orphan, "links": [p.to_dict() for p in self.links],
                "proposals": [proposal_dict(p) for p in self.proposals]}


@dataclass(frozen=True)
class Incoming:
    """A link or a proposal pointing at a letter from an earlier letter's commitment."""

    promise_letter_id: str
    promise_text: str
    link: PlacedLink | None = None
    proposal: Proposal | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"promise_letter_id": self.promise_letter_id,
                                "promise_text": self.promise_text}
        if self.link is not None:
            data["link"] = self.link.to_dict()
        if self.proposal is not None:
            data["proposal"] = proposal_dict(self.proposal)
        return data


@dataclass(frozen=True)
class LetterLineage:
    """The lineage of one letter: its commitments, links whose commitment is no longer
    detected (user data: listed, never dropped), and what points at it."""

    letter_id: str
    commitments: tuple[CommitmentLineage, ...]
    orphan_links: tuple[PlacedLink, ...]
    incoming: tuple[Incoming, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"letter_id": self.letter_id,
                "commitments": [c.to_dict() for c in self.commitments],
                "orphan_links": [p.to_dict() for p in self.orphan_links],
                "pointing_at": [i.to_dict() for i in self.incoming]}


@dataclass(frozen=True)
class RowLineage:
    """What an export says of a commitment's lineage."""

    status: str  # open | done | fulfilled | postponed | rejected
    fulfilled_by: str | None = None
    due_history: tuple[str, ...] = ()
    postponed_in: str | None = None  # the later letter of the latest confirmed postponement


@dataclass(frozen=True)
class ChainStep:
    """A later letter in a commitment's chain: a person's link from one of its commitments."""

    link: PlacedLink
    letter_date: str | None  # the later letter's date
    answers: int  # the commitment it links from (its place in ``Chain.commitments``)


@dataclass(frozen=True)
class ChainProposal:
    """A possible link of the chain: the linker's proposal for one of its commitments."""

    proposal: Proposal
    number: int  # the commitment's #N in its letter (what ``link`` takes)
    letter_date: str | None  # the later letter's date


@dataclass(frozen=True)
class Chain:
    """One commitment across letters: the promise, the later letters people linked (each
    later letter's own commitment that answers it followed on), the rejected links and the
    open proposals."""

    commitments: tuple[CommitmentLineage, ...]  # the promise first, then those followed
    steps: tuple[ChainStep, ...]  # confirmed links, in date order
    rejected: tuple[ChainStep, ...]
    proposals: tuple[ChainProposal, ...]  # best first per commitment, the promise's first

    @property
    def promise(self) -> CommitmentLineage:
        return self.commitments[0]

    @property
    def due_history(self) -> tuple[str, ...]:
        """The earlier due dates of the chain, oldest first."""
        return tuple(s.link.link.old_due for s in self.steps
                     if s.link.link.kind == "postpones" and s.link.link.new_due
                     and s.link.link.old_due)


MAX_CHAIN = 50  # commitments followed at most (a loop of links is never walked round)


_SERVICES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def service_for(library: Any) -> LineageService:
    """The library's lineage service (one per library, so its linker view is shared)."""
    service = _SERVICES.get(library)
    if service is None:
        service = _SERVICES[library] = LineageService(library)
    return service


class LineageService:
    """Links and proposals of a library's commitments (no Qt; the window calls it in a
    background job: the first call reads every letter)."""

    def __init__(self, library: Any):
        self.library = library
        self._linker: linker.Library | None = None
        self._state: str | None = None
        self.builds = 0  # how often the linker's view was built (tests, benchmarks)
        # asked between letters by the long reads (the view's build, "points at"); a
        # background read sets it for its run and they stop with LineageCancelled
        self.cancelled: Cancelled = not_cancelled

    # --- the linker's view of the library ---------------------------------------------

    def linker_library(self) -> linker.Library:
        """The linker's view of every letter, built once per library state from the derived
        data kept per letter (:func:`derived_parts`: only letters new or changed since are
        read again). Stops with :class:`LineageCancelled` when :attr:`cancelled` says so."""
        state = self.library._index_state()
        if self._linker is None or state != self._state:
            parts = derived_parts(self.library, cancelled=self.cancelled)
            _stop_if(self.cancelled)
            self._linker = linker.Library.of_parts(parts)
            self._state = state
            self.builds += 1
        return self._linker

    # --- reading ------------------------------------------------------------------------

    def lineage(self, letter_id: str, *, incoming: bool = True) -> LetterLineage:
        """Per commitment of a letter its links and open proposals; and (``incoming``) the
        links and proposals pointing at the letter (see :meth:`pointing_at` for its cost)."""
        rows = self.library.commitment_rows(letter=letter_id)  # NotFound for an unknown id
        text = self._text(letter_id) or ""
        links = [k for k in self.library.annotations.links(letter_id)
                 if k.letter_id == letter_id]
        placed, orphans = self._match(letter_id, rows, links, text)
        texts: dict[str, str | None] = {}
        lib = self.linker_library()
        out = []
        for index, row in enumerate(rows):
            _stop_if(self.cancelled)
            mine = [self._place_later(k, texts) for k in placed.get(index, [])]
            out.append(self._commitment(index + 1, row, mine, lib))
        return LetterLineage(letter_id, tuple(out),
                             tuple(self._place_later(k, texts) for k in orphans),
                             tuple(self.pointing_at(letter_id)) if incoming else ())

    def _commitment(self, number: int, row: CommitmentRow, links: list[PlacedLink],
                    lib: linker.Library) -> CommitmentLineage:
        judged = {p.link.later_letter_id for p in links}
        proposals: tuple[Proposal, ...] = ()
        if not row.orphan and row.status != "rejected" and row.letter_id in lib.letters:
            found = propose(lib, self._promise(row))
            proposals = tuple(self._with_due(p, lib) for p in found
                              if p.reference.letter_id not in judged)
        state = _row_lineage(row, [p.link for p in links])
        return CommitmentLineage(number, row, tuple(links), proposals, state.status,
                                 state.fulfilled_by, state.due_history)

    def pointing_at(self, letter_id: str) -> list[Incoming]:
        """The links and proposals pointing at a letter as the later letter.

        Cost: it scans every commitment of the library. Each is first scored against this
        letter's sentences only (cheap), and only a commitment this letter answers is ranked
        against the whole library (to show it only where it is among the top proposals).
        """
        out: list[Incoming] = []
        texts: dict[str, str | None] = {}
        linked: set[tuple[str, str]] = set()
        for link in self.library.annotations.links(letter_id):
            if link.later_letter_id == letter_id:
                out.append(Incoming(link.letter_id, link.promise_quote,
                                    link=self._place_later(link, texts)))
                linked.add((link.letter_id, link.promise_quote))
        lib = self.linker_library()
        if letter_id not in lib.letters:
            return out
        only_here = replace(lib, refs={letter_id: lib.refs.get(letter_id, [])})
        for row in self.library.commitment_rows():
            _stop_if(self.cancelled)
            if (row.letter_id == letter_id or row.orphan or row.status == "rejected"
                    or (row.letter_id, row.commitment.text) in linked
                    or row.letter_id not in lib.letters):
                continue
            promise = self._promise(row)
            # cheap first: most commitments have no evidence in this letter at all
            if not linker.may_answer(lib, promise, letter_id) \
                    or not propose(only_here, promise, top=1):
                continue
            for p in propose(lib, promise):
                if p.reference.letter_id == letter_id:
                    out.append(Incoming(row.letter_id, row.commitment.text,
                                        proposal=self._with_due(p, lib)))
        return out

    def row_lineage(self, rows: Iterable[CommitmentRow]) -> dict[tuple, RowLineage]:
        """Per overview row (by ``CommitmentRow.identity()``) its lineage status, the letter
        that fulfils it and its earlier due dates: what the exports carry. Only links are
        read (no proposals), per letter that has any."""
        rows = list(rows)
        by_letter: dict[str, list[LineageLink]] = {}
        for link in self.library.annotations.links():
            by_letter.setdefault(link.letter_id, []).append(link)
        out: dict[tuple, RowLineage] = {}
        for letter_id in dict.fromkeys(r.letter_id for r in rows):
            links = by_letter.get(letter_id, [])
            if not links:
                continue
            letter_rows = self.library.commitment_rows(letter=letter_id)
            placed, _ = self._match(letter_id, letter_rows, links,
                                    self._text(letter_id) or "")
            for index, row in enumerate(letter_rows):
                out[row.identity()] = _row_lineage(row, placed.get(index, []))
        return {r.identity(): out.get(r.identity()) or _row_lineage(r, []) for r in rows}

    def chain(self, letter_id: str, span: tuple[int, int]) -> Chain:
        """The chain of the commitment at ``span`` of a letter: from the promise it answers
        (followed back along confirmed links) through every later letter linked to it, a
        later letter's own commitment that answers it followed on (a postponement promises
        again), with the open proposals of each commitment. Reads the linker's view."""
        found = self._row_at(letter_id, span)
        if found is None:
            raise NotFound(f"Letter {letter_id} has no commitment at {span[0]}-{span[1]}.")
        c = found[1][found[0]].commitment
        letter_id, span = self._chain_root(letter_id, (c.start, c.end))
        todo, seen = [(letter_id, span)], set()
        commitments: list[CommitmentLineage] = []
        steps: list[ChainStep] = []
        rejected: list[ChainStep] = []
        proposals: list[ChainProposal] = []
        dates: dict[str, str | None] = {}
        while todo and len(commitments) < MAX_CHAIN:
            lid, where = todo.pop(0)
            if (lid, where) in seen:
                continue
            seen.add((lid, where))
            c = self._one(lid, where)
            if c is None:
                continue
            commitments.append(c)
            for placed in c.links:
                later = placed.link.later_letter_id
                step = ChainStep(placed, self._date(later, dates), len(commitments) - 1)
                if placed.link.state != "confirmed":
                    rejected.append(step)
                    continue
                steps.append(step)
                todo += [(later, s) for s in self._answering(placed)]
            proposals += [ChainProposal(p, c.number, self._date(p.reference.letter_id, dates))
                          for p in c.proposals]
        in_chain = {c.row.letter_id for c in commitments}
        in_chain |= {s.link.link.later_letter_id for s in steps + rejected}
        shown: set[tuple[str, int, int]] = set()
        kept = []
        for item in proposals:  # a letter already in the chain is not proposed again
            ref = item.proposal.reference
            if ref.letter_id in in_chain or (ref.letter_id, ref.start, ref.end) in shown:
                continue
            shown.add((ref.letter_id, ref.start, ref.end))
            kept.append(item)
        steps.sort(key=lambda s: (s.letter_date or "", s.link.later_start or 0))
        return Chain(tuple(commitments), tuple(steps), tuple(rejected), tuple(kept))

    def _one(self, letter_id: str, span: tuple[int, int]) -> CommitmentLineage | None:
        """The lineage of one commitment of a letter (found by its span), or None."""
        found = self._row_at(letter_id, span)
        if found is None:
            return None
        index, rows = found
        links = [k for k in self.library.annotations.links(letter_id)
                 if k.letter_id == letter_id]
        placed, _ = self._match(letter_id, rows, links, self._text(letter_id) or "")
        texts: dict[str, str | None] = {}
        mine = [self._place_later(k, texts) for k in placed.get(index, [])]
        return self._commitment(index + 1, rows[index], mine, self.linker_library())

    def _row_at(self, letter_id: str, span: tuple[int, int]
                ) -> tuple[int, list[CommitmentRow]] | None:
        """The commitment at ``span`` of a letter (else one overlapping it: a link's stored
        span) as its index among the letter's rows, and the rows; None when there is none."""
        try:
            rows = self.library.commitment_rows(letter=letter_id)
        except UserError:  # the letter was deleted meanwhile
            return None
        index = next((i for i, r in enumerate(rows)
                      if (r.commitment.start, r.commitment.end) == tuple(span)), None)
        if index is None:
            index = next((i for i, r in enumerate(rows) if not r.orphan
                          and r.commitment.start < span[1] and span[0] < r.commitment.end),
                         None)
        return None if index is None else (index, rows)

    def _answering(self, placed: PlacedLink) -> list[tuple[int, int]]:
        """The commitments of a link's later letter that answer it: those in its sentence,
        and for a postponement or a change the one right after it ("…; ik verwacht u voor 1
        maart te informeren")."""
        if not placed.found:
            return []
        start, end = placed.later_start, placed.later_end
        assert start is not None and end is not None
        follows = placed.link.kind in ("postpones", "changes")
        try:
            rows = self.library.commitment_rows(letter=placed.link.later_letter_id)
        except UserError:
            return []
        out = []
        for row in rows:
            c = row.commitment
            if row.orphan:
                continue
            if (c.start < end and start < c.end) or (follows and end <= c.start <= end + 3):
                out.append((c.start, c.end))
        return out

    def _chain_root(self, letter_id: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
        """The promise a commitment answers, followed back along confirmed links (a later
        letter's sentence, or the one right after a postponement)."""
        seen = {(letter_id, tuple(span))}
        for _ in range(MAX_CHAIN):
            back = self._answered(letter_id, span)
            if back is None or back in seen:
                break
            seen.add(back)
            letter_id, span = back
        return letter_id, tuple(span)  # type: ignore[return-value]

    def _answered(self, letter_id: str, span: tuple[int, int]
                  ) -> tuple[str, tuple[int, int]] | None:
        """The commitment whose confirmed link points at this one, or None."""
        texts: dict[str, str | None] = {}
        for link in self.library.annotations.links(letter_id):
            if link.later_letter_id != letter_id or link.state != "confirmed":
                continue
            if tuple(span) not in self._answering(self._place_later(link, texts)):
                continue
            try:
                rows = self.library.commitment_rows(letter=link.letter_id)
            except UserError:
                continue
            placed, _ = self._match(link.letter_id, rows, [link],
                                    self._text(link.letter_id) or "")
            for index in placed:
                c = rows[index].commitment
                return link.letter_id, (c.start, c.end)
        return None

    def _date(self, letter_id: str, dates: dict[str, str | None]) -> str | None:
        if letter_id not in dates:
            try:
                dates[letter_id] = self.library.letter(letter_id).metadata.date
            except UserError:
                dates[letter_id] = None
        return dates[letter_id]

    # --- verbs --------------------------------------------------------------------------

    def link(self, letter_id: str, number: int, later_id: str, *, kind: str | None = None,
             sentence: str | None = None, span: tuple[int, int] | None = None,
             due: str | None = None, note: str = "", reject: bool = False) -> LineageLink:
        """Confirm (or with ``reject`` reject) a link from commitment ``#number`` of a letter
        to a sentence of a later letter: the given ``sentence`` or ``span``, else the
        sentence the linker finds best in that letter. The kind is the given one, else the
        linker's; a postponement's new due date the given ``due``, else the latest date the
        sentence (or the next) names. One undo step."""
        row = self.commitment(letter_id, number)
        later = self.library.letter(later_id)  # NotFound for an unknown letter
        proposal = None
        if span is None and sentence is not None:
            span = _locate(later.text, sentence, later_id)
        if span is None:
            proposal = self._best_in(row, later_id)
            span = (proposal.reference.start, proposal.reference.end)
        kind = kind or (proposal.kind if proposal else self._kind_at(later_id, span))
        target = LinkTarget.of_row(row, self._text(letter_id) or "")
        store = self.library.annotations
        if reject:
            return store.reject_link(target, later_id, later.text, *span, kind=kind, note=note)
        if kind == "postpones" and due is None:
            due = new_due(later.text, span, later.metadata.date, row.due)
        return store.confirm_link(target, later_id, later.text, *span, kind=kind, new_due=due,
                                  note=note)

    def unlink(self, link_id: str) -> LineageLink:
        """Remove a link (what it did to its commitment is taken back); one undo step."""
        return self.library.annotations.unlink(link_id)

    def commitment(self, letter_id: str, number: int) -> CommitmentRow:
        """Commitment ``#number`` of a letter, numbered as `desktop-app commitments`."""
        rows = self.library.commitment_rows(letter=letter_id)
        if not 1 <= number <= len(rows):
            raise LineageProblem(
                f"Letter {letter_id} has {len(rows)} commitments; N must be between 1 and "
                f"{len(rows)}. List them with: desktop-app lineage --letter {letter_id}"
                if rows else f"Letter {letter_id} has no detected commitments.",
                code="no-such-commitment", letter=letter_id, count=len(rows))
        return rows[number - 1]

    # --- helpers ------------------------------------------------------------------------

    def _text(self, letter_id: str) -> str | None:
        return (self.library.letters.row(letter_id) or {}).get("text")

    @staticmethod
    def _promise(row: CommitmentRow) -> Promise:
        c = row.commitment
        return Promise(row.letter_id, c.start, c.end, c.text, row.due, row.kind, row.confidence)

    def _best_in(self, row: CommitmentRow, later_id: str) -> Proposal:
        """The linker's best sentence of one later letter for a commitment."""
        lib = self.linker_library()
        found = []
        if row.letter_id in lib.letters and later_id in lib.letters and not row.orphan:
            only = replace(lib, refs={later_id: lib.refs.get(later_id, [])})
            found = propose(only, self._promise(row), top=1, at_least=float("-inf"))
        if not found:
            raise LineageProblem(
                f"No sentence of letter {later_id} looks back at this commitment (or the "
                "letter is not later). Name the sentence with --sentence TEXT or "
                "--start/--end.", code="no-proposal", letter=later_id)
        return found[0]

    def _kind_at(self, later_id: str, span: tuple[int, int]) -> str:
        """The kind the linker reads from the later letter's sentence at ``span``."""
        refs = self.linker_library().refs.get(later_id, [])
        for ref in refs:
            if ref.start < span[1] and span[0] < ref.end:
                return linker._kind(ref)
        return "fulfils"

    def _with_due(self, p: Proposal, lib: linker.Library) -> Proposal:
        """A postponement proposal with its new due date as an ISO date."""
        if p.kind != "postpones":
            return p
        later = lib.letters.get(p.reference.letter_id)
        text = self._text(p.reference.letter_id) if later is not None else None
        if later is None or text is None:
            return p
        ref = p.reference
        return replace(p, new_due=new_due(text, (ref.start, ref.end),
                                          later.metadata.date, p.promise.due))

    def _place_later(self, link: LineageLink, texts: dict[str, str | None]) -> PlacedLink:
        """Where a link's later sentence stands now in its letter."""
        lid = link.later_letter_id
        if lid not in texts:
            texts[lid] = self._text(lid)
        text = texts[lid]
        if not text:
            return PlacedLink(link, None, None)
        selector = anchoring.Selector(link.later_start, link.later_end, link.later_quote,
                                      link.later_prefix, link.later_suffix)
        placed = anchoring.reanchor(selector, text)
        return PlacedLink(link, *((placed.start, placed.end) if placed else (None, None)))

    def _match(self, letter_id: str, rows: Sequence[CommitmentRow],
               links: Sequence[LineageLink], text: str
               ) -> tuple[dict[int, list[LineageLink]], list[LineageLink]]:
        """Give each link of a letter its commitment row (index), or leave it an orphan.

        A link goes to the row of the review it changed or was made beside (the review
        follows its commitment, see ``store.reviews``); else it is re-anchored as a review
        would be (its quote and context in the current text, onto a detected commitment that
        overlaps and says nearly the same).
        """
        placed: dict[int, list[LineageLink]] = {}
        orphans = []
        reviewed = {r.key for r in self.library.annotations.reviews(letter_id)}
        by_key = {row.review_key: i for i, row in enumerate(rows) if row.review_key in reviewed}
        detected = [(i, row) for i, row in enumerate(rows) if not row.orphan]
        commitments = [row.commitment for _, row in detected]
        for link in links:
            index = by_key.get(link.promise_key)
            if index is None and commitments:
                pseudo = CommitmentReview(
                    key=link.id, letter_id=letter_id, quote=link.promise_quote,
                    start=link.promise_start, end=link.promise_end,
                    prefix=link.promise_prefix, suffix=link.promise_suffix)
                found = match_reviews(letter_id, commitments, [pseudo], lambda: text)
                hit = [n for n, r in enumerate(found.reviews) if r is not None]
                index = detected[hit[0]][0] if hit else None
            if index is None:
                orphans.append(link)
            else:
                placed.setdefault(index, []).append(link)
        return placed, orphans


def derived_parts(library: Any, *, cancelled: Cancelled = not_cancelled
                  ) -> list[tuple[Letter, list[Reference], list[str]]]:
    """Per letter (details with the person's corrections, no text) its referring sentences
    and distinct content words: read from library.db's derived table, and found again (then
    kept) for the letters whose row is missing or stale. ``cancelled()`` is asked between
    letters (:class:`LineageCancelled`; the rows found so far are kept)."""
    edits = library.annotations.letter_edits()
    store = library.letters
    parts: list[tuple[Letter, list[Reference], list[str]]] = []
    stale: dict[int, str] = {}  # place in parts -> version to keep
    for n, row in enumerate(lineage_derived.letters_with_derived(store)):
        if n % 500 == 0:
            _stop_if(cancelled)
        lid = row["id"]
        letter = library._edited(Letter(lid, Metadata.from_dict(row), ""), edits.get(lid))
        version = lineage_derived.letter_key(row, DERIVED_VERSION)
        if row["derived_version"] == version:
            refs = [reference_from_dict(lid, d) for d in json.loads(row["derived_refs"])]
            parts.append((letter, refs, row["derived_words"].split()))
        else:
            stale[len(parts)] = version
            parts.append((letter, [], []))
    kept: list[tuple[str, str, str, str]] = []
    try:
        for at, version in stale.items():
            _stop_if(cancelled)
            _find_again(store, parts, at, version, kept)
    finally:  # a cancelled build keeps what it found: the next one reads the rest only
        _keep(store, kept)
    return parts


def _find_again(store: Any, parts: list, at: int, version: str, kept: list) -> None:
    """A letter's referring sentences and words found from its text (into ``parts[at]``),
    and its derived row to keep (into ``kept``)."""
    full = store.get(parts[at][0].id)
    if full is None:  # deleted meanwhile
        return
    refs = references(full)
    words = sorted(linker.letter_words(full.text))
    parts[at] = (parts[at][0], refs, words)
    kept.append((full.id, version, json.dumps([reference_to_dict(r) for r in refs],
                                              ensure_ascii=False), " ".join(words)))


def _keep(store: Any, kept: list[tuple[str, str, str, str]]) -> None:
    if kept:
        try:
            lineage_derived.save(store, kept)
        except UserError:  # a read-only folder, a locked database: found again next time
            pass


def _row_lineage(row: CommitmentRow, links: Sequence[LineageLink]) -> RowLineage:
    """Where a commitment stands given its links."""
    confirmed = [k for k in links if k.state == "confirmed"]
    fulfils = [k for k in confirmed if k.kind == "fulfils"]
    history = tuple(k.old_due for k in confirmed
                    if k.kind == "postpones" and k.new_due and k.old_due)
    fulfilled_by = fulfils[-1].later_letter_id if fulfils else None
    postponed = [k.later_letter_id for k in confirmed if k.kind == "postpones"]
    if row.status == "rejected":
        status = "rejected"
    elif fulfils and row.status == "done":
        status = "fulfilled"
    elif row.status == "done":
        status = "done"
    elif any(k.kind == "postpones" for k in confirmed):
        status = "postponed"
    else:
        status = "open"
    return RowLineage(status, fulfilled_by, history, postponed[-1] if postponed else None)


_CLAUSE_END = re.compile(r"(?<=[.;:])\s+")


def new_due(text: str, span: tuple[int, int], letter_date: str | None,
            old_due: str | None = None) -> str | None:
    """A postponement's new due date (ISO): the latest deadline named in the sentence at
    ``span`` or the one after it ("Dit is niet binnen de termijn gelukt; ik verwacht u voor
    1 maart te informeren"), later than ``old_due``; None when none is named."""
    from desktop_app.commitments.deadlines import find_deadline, normalise_deadline

    window = text[span[0]:min(len(text), span[1] + 400)]
    pieces = _CLAUSE_END.split(window)
    best = None
    for piece in pieces[:4]:
        phrase = find_deadline(piece, letter_date)
        due = (normalise_deadline(phrase, letter_date) or {}).get("to") if phrase else None
        if due and (old_due is None or due > old_due) and (best is None or due > best):
            best = due
    return best


def _locate(text: str, sentence: str, letter_id: str) -> tuple[int, int]:
    """Where a sentence (as copied, line breaks and spacing aside) stands in a letter."""
    wanted = sentence.strip()
    at = text.find(wanted) if wanted else -1
    if at >= 0:
        return at, at + len(wanted)
    words = [re.escape(w) for w in wanted.split()]
    match = re.search(r"\s+".join(words), text) if words else None
    if match is None:
        raise LineageProblem(f"Letter {letter_id} does not contain the sentence '{wanted}'. "
                             "Copy it from `desktop-app show " + letter_id + "`.",
                             code="sentence-not-found", letter=letter_id)
    return match.start(), match.end()

