"""Wires the reader's lineage panel to the library's lineage service (issue 20).

A click on a commitment shows its links and open proposals; the caret in a sentence of a
later letter that a commitment's link or proposal points at shows "Fulfils ← …". Confirm,
Reject and Remove link run through the window's undo stack (one step each, Ctrl+Z undoes).

The letter's lineage is read in the background (:mod:`lineage_jobs`: what points at a letter
scans every commitment, and the linker's view of a large library takes long to build) and kept
until the letter or the store changes; meanwhile a clicked commitment shows "Looking for later
letters…". The sentences of the letter that later letters' links and proposals point at are
marked in the letter (underlined), so they show without the caret in them. "Show chain" opens
the chain view of a commitment (:mod:`desktop_app.ui.commitments.chain_view`), read in the
background too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.errors import NotFound, UserError
from desktop_app.lineage.service import (
    CommitmentLineage,
    Incoming,
    LetterLineage,
    LineageProblem,
    service_for,
)
from desktop_app.ui.commitments.chain_view import ChainView
from desktop_app.ui.models import short
from desktop_app.ui.reader.lineage_jobs import LineageJobs
from desktop_app.ui.reader.lineage_panel import LineagePanel, LinkRequest


class LineageControl(QObject):
    """The reader's lineage panel over ``service_for(library)``."""

    open_requested = Signal(str, int, int)  # letter id, start, end (the window opens it)
    failed = Signal(object)  # a UserError

    def __init__(self, library: Any, reader: Any, undo: Any, parent: QObject | None = None,
                 *, jobs: LineageJobs | None = None):
        super().__init__(parent)
        self.library = library
        self.reader = reader
        self.undo = undo
        self.jobs = jobs or LineageJobs(library, self, synchronous=True)
        self.panel: LineagePanel = reader.lineage_panel
        self._lineage: LetterLineage | None = None  # of the open letter, while it holds
        self._asked: str | None = None  # the letter whose lineage is being read
        self._request = 0  # the newest read of the open letter's lineage
        self._clicked: tuple[int, int] | None = None  # span of the commitment clicked
        self._shown: tuple | None = None  # what the panel shows (not drawn again)
        self._titles: dict[str, tuple[str, str]] = {}
        self.chain_view: ChainView | None = None
        self._chain_of: tuple[str, tuple[int, int]] | None = None
        self._chain_request = 0
        reader.commitment_clicked.connect(self.show_commitment)
        reader.view.cursorPositionChanged.connect(self._on_caret)
        reader.letter_shown.connect(self._on_letter_shown)
        self.panel.open_requested.connect(self.open_requested)
        self.panel.link_requested.connect(self.link)
        self.panel.unlink_requested.connect(self.unlink)
        self.panel.chain_requested.connect(self.show_chain)
        self.jobs.ready.connect(self._on_ready)
        self.jobs.failed.connect(self._on_failed)
        undo.changed.connect(self.refresh)

    @property
    def service(self):
        return service_for(self.library)

    # -- reading -------------------------------------------------------------------------
    def lineage(self) -> LetterLineage | None:
        """The open letter's lineage when it has been read; else it is asked for (in the
        background) and None is returned meanwhile."""
        letter = self.reader.letter
        if letter is None:
            return None
        if self._lineage is not None and self._lineage.letter_id == letter.id:
            return self._lineage
        if self._asked != letter.id:
            self._ask(letter.id)
        return self._lineage if self._lineage and self._lineage.letter_id == letter.id \
            else None

    def _ask(self, letter_id: str) -> None:
        self._asked = letter_id
        self._request = -1  # an inline read answers inside read()
        request = self.jobs.read(lambda service: _read_lineage(service, letter_id),
                                 topic="letter")
        if self._request == -1:
            self._request = request

    def _on_ready(self, request: int, result: object) -> None:
        if _current(request, self._chain_request) and not isinstance(result, tuple):
            self._on_chain(result)
            return
        if not _current(request, self._request) or not isinstance(result, tuple):
            return  # an older read, or one dropped for a newer
        letter_id, lineage = result
        self._asked = None
        letter = self.reader.letter
        if letter is None or letter.id != letter_id:
            return
        if lineage is None:  # the letter is gone
            self.panel.clear_lineage()
            self.reader.set_lineage_marks([])
            return
        self._lineage = lineage
        self._mark(lineage)
        if self._clicked is not None or self._shown:
            self._show(force=True)

    def _on_failed(self, request: int, message: object) -> None:
        if _current(request, self._request) or _current(request, self._chain_request):
            self._asked = None
            self.failed.emit(message)

    def _mark(self, lineage: LetterLineage) -> None:
        """Mark the sentences later letters' links and proposals point at."""
        marks = []
        for item in lineage.incoming:
            start, end = _later_span(item)
            if start is None or end is None or (
                    item.link is not None and item.link.link.state == "rejected"):
                continue
            marks.append((start, end, self.panel.incoming_summary(item, self.title)))
        self.reader.set_lineage_marks(marks)

    def show_commitment(self, index: int) -> None:
        """A commitment of the open letter was clicked: show where it went."""
        c = self.reader.letter.commitments[index]
        self._clicked = (c.start, c.end)
        self._show(force=True)

    def refresh(self) -> None:
        """The store changed (a link, an undo, another program): read the lineage again
        (what the panel shows stays until the new reading arrives)."""
        self._titles.clear()
        letter = self.reader.letter
        if letter is not None:
            self._ask(letter.id)
        self._read_chain()

    def _on_letter_shown(self) -> None:
        self._lineage, self._clicked, self._shown, self._asked = None, None, None, None
        self.panel.clear_lineage()
        self.reader.lineage_marks = []  # painted with the new letter (no marks yet)
        if self.reader.letter is not None:
            self._ask(self.reader.letter.id)

    def _on_caret(self) -> None:
        if self.reader.letter is None or getattr(self.reader, "_repainting", False):
            return
        self._show()

    def _caret_offset(self) -> int | None:
        return self.reader.text_offset(self.reader.view.textCursor().position())

    def _show(self, force: bool = False) -> None:
        lineage = self.lineage()
        if lineage is None:
            if self._clicked is not None and self._asked is not None:
                self.panel.show_waiting()
                self._shown = ("waiting",)
            else:
                self.panel.clear_lineage()
            return
        offset = self._caret_offset()
        commitment = self._commitment(lineage, offset)
        incoming = [i for i in lineage.incoming if _covers(_later_span(i), offset)]
        key = (lineage.letter_id, self._clicked if commitment else None,
               tuple(id(i) for i in incoming))
        if key == self._shown and not force:
            return
        self._shown = key if (commitment or incoming) else None
        self.panel.show_lineage(commitment, incoming, self.title)

    def _commitment(self, lineage: LetterLineage, offset: int | None
                    ) -> CommitmentLineage | None:
        """The clicked commitment's lineage while the caret stays in it."""
        if self._clicked is None:
            return None
        start, end = self._clicked
        if offset is not None and not start <= offset <= end:
            self._clicked = None
            return None
        for c in lineage.commitments:
            if (c.row.commitment.start, c.row.commitment.end) == self._clicked:
                return c
        return None

    def title(self, letter_id: str) -> str:
        """A letter as the panel names it: its date and title."""
        date, name = self._title(letter_id)
        return f"{date} {name}" if date else name

    def name(self, letter_id: str) -> str:
        """A letter as the chain view names it (its date has a column of its own)."""
        return self._title(letter_id)[1]

    def _title(self, letter_id: str) -> tuple[str, str]:
        if letter_id not in self._titles:
            try:
                meta = self.library.letter(letter_id).metadata
                name = short(meta.subject or meta.title or letter_id, 70)
                self._titles[letter_id] = (meta.date or "", name)
            except (NotFound, UserError):
                self._titles[letter_id] = ("", letter_id)
        return self._titles[letter_id]

    # -- the chain view --------------------------------------------------------------------
    def show_chain(self, letter_id: str, start: int, end: int) -> ChainView:
        """Open (or bring forward) the chain view of a commitment; read in the background."""
        if self.chain_view is None:
            self.chain_view = ChainView(self.name, self.reader.window())
            self.chain_view.open_requested.connect(self.open_requested)
            self.chain_view.link_requested.connect(self.link)
            self.chain_view.unlink_requested.connect(self.unlink)
        self._chain_of = (letter_id, (start, end))
        self.chain_view.show_waiting()
        self.chain_view.show()
        self.chain_view.raise_()
        self.chain_view.activateWindow()
        self._read_chain()
        return self.chain_view

    def _read_chain(self) -> None:
        if self._chain_of is None or self.chain_view is None \
                or not self.chain_view.isVisible():
            return
        letter_id, span = self._chain_of
        self.chain_view.show_waiting()
        self._chain_request = -1
        request = self.jobs.read(lambda service: _read_chain(service, letter_id, span),
                                 topic="chain")
        if self._chain_request == -1:
            self._chain_request = request

    def _on_chain(self, chain: object) -> None:
        view = self.chain_view
        if view is None:
            return
        if chain is None:
            view.show_gone()
        else:
            view.show_chain(chain)  # type: ignore[arg-type]
            promise = view.chain.promise.row if view.chain else None
            if promise is not None:  # the chain's root: read again from it
                self._chain_of = (promise.letter_id,
                                  (promise.commitment.start, promise.commitment.end))

    def close(self) -> None:
        """The window closes: stop the background reads."""
        self.jobs.close()

    # -- verbs ---------------------------------------------------------------------------
    def link(self, request: LinkRequest, reject: bool) -> object:
        """Confirm or reject a proposal: one undoable step."""
        try:
            number = self._number(request.letter_id, request.span)
        except UserError as exc:
            self.failed.emit(exc)
            return None
        label = self.tr("Reject link") if reject else self.tr("Confirm link")
        return self.undo.run(label, lambda: self.service.link(
            request.letter_id, number, request.later_id, kind=request.kind,
            span=(request.start, request.end), reject=reject))

    def unlink(self, link_id: str) -> object:
        return self.undo.run(self.tr("Remove link"), lambda: self.service.unlink(link_id))

    def _number(self, letter_id: str, span: tuple[int, int]) -> int:
        """The commitment's #N in its letter (as the service numbers them)."""
        rows = self.library.commitment_rows(letter=letter_id)
        for n, row in enumerate(rows, 1):
            if (row.commitment.start, row.commitment.end) == span:
                return n
        raise LineageProblem(f"Letter {letter_id} no longer has this commitment.",
                             code="no-such-commitment", letter=letter_id, count=len(rows))


def _later_span(item: Incoming) -> tuple[int | None, int | None]:
    if item.link is not None:
        return item.link.later_start, item.link.later_end
    assert item.proposal is not None
    return item.proposal.reference.start, item.proposal.reference.end


def _covers(span: tuple[int | None, int | None], offset: int | None) -> bool:
    start, end = span
    return offset is not None and start is not None and end is not None \
        and start <= offset <= end


def _read_lineage(service: Any, letter_id: str) -> tuple[str, LetterLineage | None]:
    """In the worker: a letter's lineage (None when the letter is gone)."""
    try:
        return letter_id, service.lineage(letter_id)
    except NotFound:
        return letter_id, None


def _read_chain(service: Any, letter_id: str, span: tuple[int, int]) -> object:
    """In the worker: a commitment's chain (None when the commitment is gone)."""
    try:
        return service.chain(letter_id, span)
    except NotFound:
        return None


def _current(request: int, newest: int) -> bool:
    """Whether a read's result is the newest asked for (-1: asked, answered inline)."""
    return newest != 0 and (request == newest or newest == -1)
