"""The review verbs on commitments, shared by the overview's buttons and the reader's context
menu: Confirm, Reject, Mark done…, Reopen and Set deadline… each become the review fields of
one ``review_requested`` intent (the window stores them as one undoable step).

The words are those of the overview (translation context ``CommitmentsView``), so both places
say the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.overview import CommitmentRow
from desktop_app.ui.annotations.annotation_dialogs import ask_deadline, ask_text

CONTEXT = "CommitmentsView"
Emit = Callable[[list, dict], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def done_fields(parent: QWidget, rows: Sequence[CommitmentRow], ask=None) -> dict | None:
    """Ask how a commitment was done (optional); the fields of "Mark done", None on Cancel.

    ``ask`` is the dialog (``ask_text``; a caller passes its own name for it)."""
    if not rows:
        return None
    note = (ask or ask_text)(parent, _tr("Mark as done"), _tr("How was it done? (optional)"),
                    rows[0].note, multiline=True)
    return None if note is None else {"status": "done", "note": note}


def deadline_fields(parent: QWidget, rows: Sequence[CommitmentRow], ask=None) -> dict | None:
    """Ask for a corrected deadline; "" clears the correction (the detected one counts again).
    None on Cancel. ``ask`` is the dialog (``ask_deadline``)."""
    if not rows:
        return None
    first = rows[0]
    value = (ask or ask_deadline)(parent, _tr("Correct the deadline"), first.deadline_to,
                         corrected=any(r.deadline_corrected for r in rows),
                         detected=first.commitment.deadline_text or "")
    return None if value is None else {"deadline": value or None}


def review_actions(menu: QWidget, rows: list[CommitmentRow], emit: Emit,
                   dialog_parent: QWidget | None = None) -> list[QAction]:
    """Actions reviewing ``rows`` (a commitment of the letter shown), owned by ``menu``.

    Each action emits ``emit(rows, fields)``; one that would change nothing is disabled
    (Confirm on a confirmed commitment, Reopen on an open one without a verdict). The
    dialogs of "Mark done…" and "Set deadline…" open over ``dialog_parent``.
    """
    parent = dialog_parent or menu
    row = rows[0]

    def action(text: str, fields: Callable[[], dict | None], enabled: bool = True) -> QAction:
        act = QAction(text, menu)
        act.setEnabled(enabled)
        act.triggered.connect(lambda: _emit_if(emit, rows, fields()))
        return act

    reviewed = row.status != "open" or row.verdict is not None
    return [
        action(_tr("&Confirm"), lambda: {"verdict": "confirmed"},
               row.verdict != "confirmed"),
        action(_tr("Re&ject"), lambda: {"verdict": "rejected"}, row.status != "rejected"),
        action(_tr("Mark &done…"), lambda: done_fields(parent, rows)),
        action(_tr("Reo&pen"), lambda: {"verdict": None, "status": "open"}, reviewed),
        action(_tr("Set dead&line…"), lambda: deadline_fields(parent, rows)),
    ]


def _emit_if(emit: Emit, rows: list, fields: dict | None) -> None:
    if fields is not None:
        emit(rows, fields)
