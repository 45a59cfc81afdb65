"""The reader's lineage panel (issue 20): a clicked commitment's proposals with Confirm and
Reject through the undo stack, "Fulfilled by →" after confirming, Ctrl+Z, the later letter
opened at its sentence, and "Fulfils ←" at that sentence."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from testdata import (
    CHAIN_FULFILMENT,
    CHAIN_POSTPONEMENT,
    CHAIN_PROMISE,
    CHAIN_PROMISE_START,
    click_promise,
)

from desktop_app.lineage.service import service_for

PROMISE, POSTPONEMENT, FULFILMENT = CHAIN_PROMISE, CHAIN_POSTPONEMENT, CHAIN_FULFILMENT
PROMISE_START = CHAIN_PROMISE_START


def line_with(panel, words: str) -> int:
    return next(n for n, line in enumerate(panel.lines) if words in line)


def test_a_clicked_promise_shows_its_proposals_and_confirm_makes_it_fulfilled(
        chain_window, chain_library, qtbot, tmp_path):
    window, panel = chain_window, chain_window.reader.lineage_panel
    assert not panel.isVisible()
    click_promise(window)
    assert panel.isVisible()
    fulfils = line_with(panel, "Likely fulfilled by →")
    assert "names the letter (Kamerstuk 31016, nr. 58)" in panel.lines[fulfils]
    assert panel.lines[fulfils].endswith("Confirm · Reject")
    postpones = line_with(panel, "Likely postponed in →")
    assert "(new due 2020-02-29)" in panel.lines[postpones]
    window.grab().save(str(tmp_path / "lineage-proposals.png"))

    assert panel.activate(fulfils, "Confirm")
    qtbot.waitUntil(lambda: any(line.startswith("Fulfilled by →") for line in panel.lines),
                    timeout=5000)
    first = service_for(chain_library).lineage(PROMISE, incoming=False).commitments
    promise = next(c for c in first if c.row.commitment.text.startswith(PROMISE_START))
    assert (promise.status, promise.fulfilled_by) == ("fulfilled", FULFILMENT)
    assert not any("Likely fulfilled by" in line for line in panel.lines)
    assert any("Likely postponed in" in line for line in panel.lines)  # still to judge
    window.grab().save(str(tmp_path / "lineage-fulfilled.png"))

    # Ctrl+Z takes the link back: the proposal is offered again
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: any("Likely fulfilled by" in line for line in panel.lines),
                    timeout=5000)
    assert not any(line.startswith("Fulfilled by") for line in panel.lines)
    promise = next(c for c in service_for(chain_library).lineage(
        PROMISE, incoming=False).commitments if c.row.commitment.text.startswith(PROMISE_START))
    assert (promise.status, promise.fulfilled_by) == ("open", None)


def test_reject_hides_the_proposal_and_undo_brings_it_back(chain_window, qtbot):
    window, panel = chain_window, chain_window.reader.lineage_panel
    click_promise(window)
    assert panel.activate(line_with(panel, "Likely postponed in"), "Reject")
    qtbot.waitUntil(lambda: any(line.startswith("Not linked (rejected)")
                                for line in panel.lines), timeout=5000)
    assert not any("Likely postponed in" in line for line in panel.lines)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: any("Likely postponed in" in line for line in panel.lines),
                    timeout=5000)


def test_the_later_letter_opens_at_its_sentence_which_says_what_it_fulfils(chain_window,
                                                                           qtbot):
    window, reader, panel = chain_window, chain_window.reader, chain_window.reader.lineage_panel
    click_promise(window)
    fulfils = line_with(panel, "Likely fulfilled by →")
    assert panel.activate(fulfils, panel.lines[fulfils].split("→ ")[1].split(":")[0])
    assert reader.letter.id == FULFILMENT
    selected = reader.view.textCursor().selectedText()
    assert selected.startswith("Hierbij")
    qtbot.waitUntil(lambda: any(line.startswith("Likely fulfils ←") and PROMISE_START in line
                                for line in panel.lines), timeout=5000)
    line = line_with(panel, "“" + PROMISE_START)
    assert panel.lines[line].startswith("Likely fulfils ← ")
    # confirming from the later letter links the earlier letter's commitment
    assert panel.activate(line, "Confirm")
    qtbot.waitUntil(lambda: any(line.startswith("Fulfils ←") for line in panel.lines),
                    timeout=5000)
    # its letter link goes back to the promise
    line = line_with(panel, "Fulfils ←")
    assert panel.activate(line, panel.lines[line].split("← ")[1].split(":")[0])
    assert reader.letter.id == PROMISE
    assert reader.view.textCursor().selectedText().startswith(PROMISE_START)
    # Back (Alt+Left) returns to the later letter
    window.actions.back.trigger()
    assert reader.letter.id == FULFILMENT


def test_the_panel_leaves_when_the_caret_leaves_the_commitment(chain_window):
    window, reader, panel = chain_window, chain_window.reader, chain_window.reader.lineage_panel
    click_promise(window)
    assert panel.isVisible()
    reader.view.moveCursor(reader.view.textCursor().MoveOperation.End)
    assert not panel.isVisible()
    assert panel.lines == []


def test_the_last_letter_proposes_nothing_later_only_what_it_answers(chain_window):
    window, reader = chain_window, chain_window.reader
    assert window.open_letter(FULFILMENT)
    for index, c in enumerate(reader.letter.commitments):
        assert reader.select_span(c.start, c.start + 5)
        reader.view.anchorClicked.emit(QUrl(f"#commitment-{index}"))
        assert all("←" in line for line in reader.lineage_panel.lines)  # no "→": none later


def test_a_sentence_answering_many_promises_shows_the_best_few_and_the_rest_on_demand(qtbot):
    """A later sentence that names an earlier letter can be proposed for each of its
    commitments: the panel under the letter shows the best proposals, not a line per promise
    that pushes the letter out of sight, and "Show all" lists the rest."""
    from desktop_app.lineage.linker import Promise, Proposal
    from desktop_app.lineage.references import Reference
    from desktop_app.lineage.service import Incoming
    from desktop_app.ui.reader.lineage_panel import MAX_PROPOSALS, LineagePanel

    panel = LineagePanel()
    qtbot.addWidget(panel)
    later = Reference("later", 10, 60, "Met deze brief informeer ik u over de uitvoering.")
    incoming = [Incoming("earlier", f"Toezegging nummer {i} over de uitvoering.",
                         proposal=Proposal(Promise("earlier", i * 100, i * 100 + 40,
                                                   f"Toezegging nummer {i}"),
                                           later, "fulfils", score=i / 10, reasons=()))
                for i in range(9)]
    panel.show_lineage(None, incoming, lambda letter_id: f"Brief {letter_id}")
    proposed = [line for line in panel.lines if line.startswith("Possibly fulfils ←")]
    assert len(proposed) == MAX_PROPOSALS
    assert [int(line.split("nummer ")[1][0]) for line in proposed] == [8, 7, 6]  # best first
    more = line_with(panel, "more earlier promise")
    assert panel.lines[more].startswith(f"← {9 - MAX_PROPOSALS} more")
    assert panel.activate(more, "Show all")
    assert sum(line.startswith("Possibly fulfils ←") for line in panel.lines) == 9
    assert not any("more earlier promise" in line for line in panel.lines)


def test_a_proposal_with_direct_evidence_reads_likely_one_only_ranked_possibly(qtbot):
    """The linker's direct evidence (the letter named, the promise's words said again) is what
    its measured proposals are; a candidate it only ranks says so ("Possibly")."""
    from desktop_app.lineage.linker import Promise, Proposal
    from desktop_app.lineage.references import Reference
    from desktop_app.lineage.service import Incoming
    from desktop_app.ui.reader.lineage_panel import LineagePanel

    panel = LineagePanel()
    qtbot.addWidget(panel)
    later = Reference("later", 10, 60, "Zoals toegezegd informeer ik u over de uitvoering.")

    def incoming(i: int, direct: bool) -> Incoming:
        promise = Promise("earlier", i * 100, i * 100 + 40, f"Toezegging nummer {i}")
        return Incoming("earlier", f"Toezegging nummer {i}.", proposal=Proposal(
            promise, later, "postpones", score=5 - i, reasons=(), direct=direct))

    panel.show_lineage(None, [incoming(1, True), incoming(2, False)], lambda lid: lid)
    assert any(line.startswith("Likely postpones ←") and "nummer 1" in line
               for line in panel.lines)
    assert any(line.startswith("Possibly postpones ←") and "nummer 2" in line
               for line in panel.lines)
    summary = panel.incoming_summary(incoming(1, True), lambda lid: lid)
    assert summary.startswith("Likely postpones ←")
