"""Wires the reader's lineage panel to the library's lineage service (issue 20).

A click on a commitment shows its links and open proposals; the caret in a sentence of a
later letter that a commitment's link or proposal points at shows "Fulfils ← …". Confirm,
Reject and Remove link run through the window's undo stack (one step each, Ctrl+Z undoes).

The letter's lineage is read on the GUI thread and kept until the letter or the store
changes: on the 25 bundled letters a letter's lineage with what points at it takes at most
~80 ms (the service keeps the linker's view of the library per library state).
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
from desktop_app.ui.models import short
from desktop_app.ui.reader.lineage_panel import LineagePanel, LinkRequest


class LineageControl(QObject):
    """The reader's lineage panel over ``service_for(library)``."""

    open_requested = Signal(str, int, int)  # letter id, start, end (the window opens it)
    failed = Signal(object)  # a UserError

    def __init__(self, library: Any, reader: Any, undo: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.reader = reader
        self.undo = undo
        self.panel: LineagePanel = reader.lineage_panel
        self._lineage: LetterLineage | None = None  # of the open letter, while it holds
        self._clicked: tuple[int, int] | None = None  # span of the commitment clicked
        self._shown: tuple | None = None  # what the panel shows (not drawn again)
        self._titles: dict[str, str] = {}
        reader.commitment_clicked.connect(self.show_commitment)
        reader.view.cursorPositionChanged.connect(self._on_caret)
        reader.letter_shown.connect(self._on_letter_shown)
        self.panel.open_requested.connect(self.open_requested)
        self.panel.link_requested.connect(self.link)
        self.panel.unlink_requested.connect(self.unlink)
        undo.changed.connect(self.refresh)

    @property
    def service(self):
        return service_for(self.library)

    # -- reading -------------------------------------------------------------------------
    def lineage(self) -> LetterLineage | None:
        """The open letter's lineage (read once per letter and store change)."""
        letter = self.reader.letter
        if letter is None:
            return None
        if self._lineage is None or self._lineage.letter_id != letter.id:
            try:
                self._lineage = self.service.lineage(letter.id)
            except NotFound:
                return None
        return self._lineage

    def show_commitment(self, index: int) -> None:
        """A commitment of the open letter was clicked: show where it went."""
        c = self.reader.letter.commitments[index]
        self._clicked = (c.start, c.end)
        self._show(force=True)

    def refresh(self) -> None:
        """The store changed (a link, an undo, another program): read the lineage again."""
        self._lineage = None
        self._titles.clear()
        if self._clicked is not None or self._shown:
            self._show(force=True)

    def _on_letter_shown(self) -> None:
        self._lineage, self._clicked, self._shown = None, None, None
        self.panel.clear_lineage()

    def _on_caret(self) -> None:
        if self.reader.letter is None or getattr(self.reader, "_repainting", False):
            return
        self._show()

    def _caret_offset(self) -> int | None:
        return self.reader.text_offset(self.reader.view.textCursor().position())

    def _show(self, force: bool = False) -> None:
        lineage = self.lineage()
        if lineage is None:
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
        if letter_id not in self._titles:
            try:
                meta = self.library.letter(letter_id).metadata
                name = short(meta.subject or meta.title or letter_id, 70)
                self._titles[letter_id] = f"{meta.date} {name}" if meta.date else name
            except (NotFound, UserError):
                self._titles[letter_id] = letter_id
        return self._titles[letter_id]

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
