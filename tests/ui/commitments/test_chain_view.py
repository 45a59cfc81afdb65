"""The chain view of one commitment across letters (issue 20), on the three-letter chain
imported out of date order: opened from the overview and from the reader's lineage panel, the
promise then each linked later letter in date order, a later letter's own commitment followed
on, Confirm and Ctrl+Z, and a letter opened at its sentence."""

from __future__ import annotations

from testdata import (
    CHAIN_FULFILMENT,
    CHAIN_POSTPONEMENT,
    CHAIN_PROMISE,
    CHAIN_PROMISE_START,
    click_promise,
)

from desktop_app.lineage.service import service_for

PROMISE, POSTPONEMENT, FULFILMENT = CHAIN_PROMISE, CHAIN_POSTPONEMENT, CHAIN_FULFILMENT


def promise_number(library) -> int:
    return next(c.number for c in service_for(library).lineage(PROMISE, incoming=False)
                .commitments if c.row.commitment.text.startswith(CHAIN_PROMISE_START))


def link_the_chain(library) -> None:
    """The promise postponed in the second letter, whose new promise the third fulfils."""
    service = service_for(library)
    service.link(PROMISE, promise_number(library), POSTPONEMENT, kind="postpones")
    new_promise = next(c.number for c in service.lineage(POSTPONEMENT, incoming=False)
                       .commitments if "1 maart 2020" in c.row.commitment.text)
    service.link(POSTPONEMENT, new_promise, FULFILMENT, kind="fulfils")


def open_from_overview(window, qtbot):
    """Select the promise in the overview and press Chain…; wait for the chain."""
    view = window.commitments
    window.tabs.setCurrentWidget(view)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # any status
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 4).data().startswith(CHAIN_PROMISE_START))
    view.table.selectRow(row)
    assert view.chain_button.isEnabled()
    view.chain_button.click()
    chain = window.lineage.chain_view
    qtbot.waitUntil(lambda: chain.chain is not None, timeout=10_000)
    return chain


def shown(model) -> list[tuple]:
    return [(r.date, r.letter_id, r.kind, r.due) for r in model.rows]


def test_the_chain_lists_promise_postponement_and_fulfilment_in_date_order(
        chain_window, chain_library, qtbot, tmp_path):
    link_the_chain(chain_library)
    chain = open_from_overview(chain_window, qtbot)
    assert chain.isVisible()
    assert shown(chain.steps) == [
        ("2019-10-28", PROMISE, "Promise", "2019-11-30"),
        ("2019-11-25", POSTPONEMENT, "Postponed in", "2020-02-29"),
        ("2020-02-20", FULFILMENT, "Fulfilled by", ""),  # followed on from the new promise
    ]
    assert chain.steps.rows[0].sentence.startswith(CHAIN_PROMISE_START)
    assert chain.steps.rows[2].sentence.startswith("Hierbij informeer ik u")
    assert chain.steps.rows[1].who.split(",")[0]  # who confirmed it …
    assert chain.steps.rows[1].who.split(", ")[1][:4].isdigit()  # … and when
    assert chain.history_label.text() == "Earlier due dates: 2019-11-30"
    assert not chain.status_label.isVisible()
    assert chain.proposals.rows == []  # every later letter is in the chain already
    assert chain.proposals_empty.isVisible()
    chain.grab().save(str(tmp_path / "chain-view.png"))

    # Enter on a letter opens it in the reader at the sentence
    chain.select(chain.steps_table, 2)
    chain.open_button.click()
    reader = chain_window.reader
    assert reader.letter.id == FULFILMENT
    assert reader.view.textCursor().selectedText().startswith("Hierbij informeer ik u")


def test_the_chain_of_a_later_commitment_starts_at_the_promise(chain_window, chain_library,
                                                              qtbot):
    link_the_chain(chain_library)
    rows = chain_library.commitment_rows(letter=POSTPONEMENT)
    c = next(r.commitment for r in rows if "1 maart 2020" in r.commitment.text)
    chain = chain_window.lineage.show_chain(POSTPONEMENT, c.start, c.end)
    qtbot.waitUntil(lambda: chain.chain is not None, timeout=10_000)
    assert [r.letter_id for r in chain.steps.rows] == [PROMISE, POSTPONEMENT, FULFILMENT]


def test_confirm_in_the_chain_view_links_and_ctrl_z_takes_it_back(chain_window, chain_library,
                                                                 qtbot):
    window, panel = chain_window, chain_window.reader.lineage_panel
    click_promise(window)
    line = next(n for n, text in enumerate(panel.lines) if "Show the chain" in text)
    assert panel.activate(line, "Show the chain across letters")
    chain = window.lineage.chain_view
    qtbot.waitUntil(lambda: chain.chain is not None, timeout=10_000)
    assert [r.kind for r in chain.steps.rows] == ["Promise"]
    assert "No later letter is linked" in chain.status_label.text()
    fulfils = next(n for n, r in enumerate(chain.proposals.rows)
                   if r.kind == "Likely fulfilled by")
    assert chain.proposals.rows[fulfils].letter_id == FULFILMENT
    assert "names the letter" in chain.proposals.rows[fulfils].who  # why it is proposed
    chain.select(chain.proposals_table, fulfils)
    assert chain.confirm_button.isEnabled()
    chain.confirm_button.click()
    qtbot.waitUntil(lambda: [r.kind for r in chain.steps.rows] == ["Promise", "Fulfilled by"],
                    timeout=10_000)
    assert FULFILMENT not in [r.letter_id for r in chain.proposals.rows]
    promise = service_for(chain_library).lineage(PROMISE, incoming=False).commitments
    assert any(p.fulfilled_by == FULFILMENT for p in promise)

    window.actions.undo.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: [r.kind for r in chain.steps.rows] == ["Promise"], timeout=10_000)
    assert FULFILMENT in [r.letter_id for r in chain.proposals.rows]
    promise = service_for(chain_library).lineage(PROMISE, incoming=False).commitments
    assert not any(p.fulfilled_by for p in promise)


def test_remove_link_in_the_chain_view_is_undoable(chain_window, chain_library, qtbot):
    link_the_chain(chain_library)
    chain = open_from_overview(chain_window, qtbot)
    chain.select(chain.steps_table, 1)
    assert chain.remove_button.isEnabled()
    chain.remove_button.click()
    qtbot.waitUntil(lambda: [r.letter_id for r in chain.steps.rows] == [PROMISE],
                    timeout=10_000)
    chain_window.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(chain.steps.rows) == 3, timeout=10_000)


def test_the_chain_models_pass_the_model_tester(chain_window, chain_library, qtbot,
                                                qtmodeltester):
    link_the_chain(chain_library)
    chain = open_from_overview(chain_window, qtbot)
    qtmodeltester.check(chain.steps)
    qtmodeltester.check(chain.proposals)


def test_a_proposal_row_says_likely_with_direct_evidence_and_possibly_without(qtbot):
    from desktop_app.lineage.linker import Promise, Proposal
    from desktop_app.lineage.references import Reference
    from desktop_app.lineage.service import ChainProposal
    from desktop_app.ui.commitments.chain_view import ChainView

    view = ChainView(lambda letter_id: f"Brief {letter_id}")
    qtbot.addWidget(view)
    promise = Promise("a", 0, 40, "Ik zal u voor de zomer informeren.")
    later = Reference("b", 10, 60, "Hierbij informeer ik u, zoals toegezegd.")
    for direct, words in ((True, "Likely fulfilled by"), (False, "Possibly fulfilled by")):
        proposal = Proposal(promise, later, "fulfils", score=3.0, reasons=(), direct=direct)
        row = view._proposal_row(ChainProposal(proposal, 1, "2020-06-01"))
        assert row.kind == words
