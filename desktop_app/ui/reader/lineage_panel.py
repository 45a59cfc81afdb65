"""Under the letter: where a clicked commitment went in later letters (issue 20).

The panel only renders what :mod:`desktop_app.lineage.service` found (a commitment's links
and open proposals, the links and proposals pointing at a sentence) and emits intent: open a
letter at a sentence, confirm or reject a proposal, remove a link. The window wires them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.lineage.service import CommitmentLineage, Incoming, PlacedLink
from desktop_app.ui.lineage_words import incoming_label, proposal_label
from desktop_app.ui.models import short
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.widgets import fill

MAX_PROPOSALS = 3  # the linker's best few; the command line lists them all


@dataclass(frozen=True)
class LinkRequest:
    """Confirm (or reject) that sentence ``[start, end)`` of ``later_id`` is ``kind`` of
    commitment ``span`` of ``letter_id`` (the window finds its number)."""

    letter_id: str
    span: tuple[int, int]
    later_id: str
    start: int
    end: int
    kind: str


class LineagePanel(QLabel):
    """"Fulfilled by → …", "Possibly postponed in → … Confirm · Reject", "Fulfils ← …"."""

    open_requested = Signal(str, int, int)  # letter id, start, end
    link_requested = Signal(object, bool)  # LinkRequest, reject
    unlink_requested = Signal(str)  # link id
    chain_requested = Signal(str, int, int)  # a commitment's letter id, start, end

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lineage-panel")
        self.setWordWrap(True)
        self.setContentsMargins(8, 0, 8, 4)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setAccessibleName(self.tr("Commitment lineage"))
        self.linkActivated.connect(self._on_link)
        self._targets: list[tuple[str, object]] = []  # what each href "#n" stands for
        self._shown: tuple = (None, (), str)  # what show_lineage was last given
        self.lines: list[str] = []  # the lines shown, as plain text (for tests and a11y)
        self.hide()

    # -- content -------------------------------------------------------------------------
    def clear_lineage(self) -> None:
        self._targets, self.lines = [], []
        self.setText("")
        self.hide()

    def show_waiting(self) -> None:
        """While the lineage is read in the background."""
        self._targets = []
        text = self.tr("Looking for later letters…")
        self.lines = [text]
        self.setText(html.escape(text))
        self.show()

    def show_lineage(self, commitment: CommitmentLineage | None, incoming: Sequence[Incoming],
                     title: Callable[[str], str], every_proposal: bool = False) -> None:
        """A commitment's links and proposals and what points at the caret's sentence: every
        link, and the best :data:`MAX_PROPOSALS` proposals pointing at it unless
        ``every_proposal`` (a sentence that names an earlier letter may be proposed for each
        of its commitments: a line per promise would push the letter out of sight)."""
        self._targets, self.lines = [], []
        self._shown = (commitment, incoming, title)
        rows: list[str] = []
        if commitment is not None:
            rows += self._commitment_rows(commitment, title)
        proposed = sorted((item for item in incoming if item.link is None),
                          key=lambda item: -item.proposal.score)  # type: ignore[union-attr]
        shown = proposed if every_proposal else proposed[:MAX_PROPOSALS]
        for item in [item for item in incoming if item.link is not None] + shown:
            rows.append(self._incoming_row(item, title))
        if len(shown) < len(proposed):
            more = self.tr("%n more earlier promise(s) this sentence may answer", "",
                           len(proposed) - len(shown))
            rows.append(self._row("← " + html.escape(more),
                                  [(self.tr("Show all"), ("all", None))]))
        if not rows:
            self.clear_lineage()
            return
        self.setText("<br>".join(rows))
        self.show()

    def _commitment_rows(self, c: CommitmentLineage, title: Callable[[str], str]) -> list[str]:
        rows = []
        for placed in c.links:
            rows.append(self._link_row(placed, title))
        if c.due_history:
            rows.append(self._row(fill(self.tr("Earlier due dates: %1"),
                                       ", ".join(c.due_history)), []))
        row = c.row
        for p in c.proposals[:MAX_PROPOSALS]:
            ref = p.reference
            where = self._open(ref.letter_id, ref.start, ref.end, title)
            text = proposal_label(p) + " → " + where
            if p.new_due:
                text += " " + html.escape(fill(self.tr("(new due %1)"), p.new_due))
            if p.reasons:  # the linker's evidence, in the user's language
                text += ": " + html.escape(reasons_text(p.reasons))
            request = LinkRequest(row.letter_id, (row.commitment.start, row.commitment.end),
                                  ref.letter_id, ref.start, ref.end, p.kind)
            rows.append(self._row(text, [(self.tr("Confirm"), ("confirm", request)),
                                         (self.tr("Reject"), ("reject", request))]))
        if rows:  # the whole chain, across letters, in its own window
            span = (row.letter_id, row.commitment.start, row.commitment.end)
            rows.append(self._row("", [(self.tr("Show the chain across letters"),
                                        ("chain", span))]))
        return rows

    def _link_row(self, placed: PlacedLink, title: Callable[[str], str]) -> str:
        link = placed.link
        if link.state == "rejected":
            label = self.tr("Not linked (rejected)")
        else:
            label = {"fulfils": self.tr("Fulfilled by"), "postpones": self.tr("Postponed in"),
                     "repeats": self.tr("Repeated in"),
                     "changes": self.tr("Changed in")}.get(link.kind, link.kind)
        start = placed.later_start if placed.found else -1
        end = placed.later_end if placed.found else -1
        text = label + " → " + self._open(link.later_letter_id, start, end, title)
        if link.state == "confirmed" and link.kind == "postpones" and link.new_due:
            text += " " + html.escape(fill(self.tr("(new due %1)"), link.new_due))
        if not placed.found:
            text += " " + html.escape(self.tr("(the sentence is no longer found)"))
        return self._row(text, [(self.tr("Remove link"), ("unlink", link.id))])

    def _incoming_row(self, item: Incoming, title: Callable[[str], str]) -> str:
        promise = html.escape("“" + short(item.promise_text, 90) + "”")
        if item.link is not None:
            link = item.link.link
            if link.state == "rejected":
                label = self.tr("Not linked (rejected) ←")
            else:
                label = {"fulfils": self.tr("Fulfils ←"), "postpones": self.tr("Postpones ←"),
                         "repeats": self.tr("Repeats ←"),
                         "changes": self.tr("Changes ←")}.get(link.kind, link.kind)
            where = self._open(item.promise_letter_id, link.promise_start, link.promise_end,
                               title)
            chain = (item.promise_letter_id, link.promise_start, link.promise_end)
            return self._row(f"{label} {where}: {promise}",
                             [(self.tr("Remove link"), ("unlink", link.id)),
                              (self.tr("Show chain"), ("chain", chain))])
        p = item.proposal
        assert p is not None
        label = incoming_label(p)
        where = self._open(item.promise_letter_id, p.promise.start, p.promise.end, title)
        request = LinkRequest(item.promise_letter_id, (p.promise.start, p.promise.end),
                              p.reference.letter_id, p.reference.start, p.reference.end, p.kind)
        return self._row(f"{label} {where}: {promise}",
                         [(self.tr("Confirm"), ("confirm", request)),
                          (self.tr("Reject"), ("reject", request))])

    def incoming_summary(self, item: Incoming, title: Callable[[str], str]) -> str:
        """What a later letter's marked sentence does, as plain text (its tooltip)."""
        if item.link is not None:
            label = {"fulfils": self.tr("Fulfils ←"), "postpones": self.tr("Postpones ←"),
                     "repeats": self.tr("Repeats ←"),
                     "changes": self.tr("Changes ←")}.get(item.link.link.kind,
                                                          item.link.link.kind)
        else:
            assert item.proposal is not None
            label = incoming_label(item.proposal)
        return f"{label} {title(item.promise_letter_id)}: “{short(item.promise_text, 90)}”"

    # -- links ---------------------------------------------------------------------------
    def _href(self, verb: str, value: object) -> str:
        self._targets.append((verb, value))
        return f"#{len(self._targets) - 1}"

    def _open(self, letter_id: str, start: int, end: int, title: Callable[[str], str]) -> str:
        name = title(letter_id)
        href = self._href("open", (letter_id, start, end))
        return f"<a href='{href}'>{html.escape(name)}</a>"

    def _row(self, text: str, actions: list[tuple[str, tuple[str, object]]]) -> str:
        """One line; ``text`` is escaped rich text; the actions are links after it."""
        links = [f"<a href='{self._href(*target)}'>{html.escape(label)}</a>"
                 for label, target in actions]
        line = text + ("  " if text and links else "") + " · ".join(links)
        self.lines.append(_plain(line))
        return line

    def activate(self, line: int, label: str) -> bool:
        """Follow the link ``label`` of line ``line`` (what a click does; for tests and
        keyboard users' scripts)."""
        rows = self.text().split("<br>")
        if not 0 <= line < len(rows):
            return False
        for href, text in re.findall(r"<a href='(#\d+)'>(.*?)</a>", rows[line]):
            if html.unescape(text) == label:
                self._on_link(href)
                return True
        return False

    def _on_link(self, href: str) -> None:
        index = href.removeprefix("#")
        if not index.isdigit() or int(index) >= len(self._targets):
            return
        verb, value = self._targets[int(index)]
        if verb == "open":
            letter_id, start, end = value  # type: ignore[misc]
            self.open_requested.emit(letter_id, start, end)
        elif verb in ("confirm", "reject"):
            self.link_requested.emit(value, verb == "reject")
        elif verb == "unlink":
            self.unlink_requested.emit(value)
        elif verb == "chain":
            letter_id, start, end = value  # type: ignore[misc]
            self.chain_requested.emit(letter_id, start, end)
        elif verb == "all":
            self.show_lineage(*self._shown, every_proposal=True)


def reasons_text(reasons: Sequence[object]) -> str:
    """A proposal's reasons in the user's language, as plain text ("a; b")."""
    return "; ".join(message_text(reason) for reason in reasons)


def _plain(rich: str) -> str:
    """A line of the panel as plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich))
