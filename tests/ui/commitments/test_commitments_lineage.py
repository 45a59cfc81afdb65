"""The overview's Lineage column and its "still open, longest first" sort (issue 20), on the
three-letter chain imported out of date order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from testdata import (
    CHAIN_FULFILMENT,
    CHAIN_POSTPONEMENT,
    CHAIN_PROMISE,
    CHAIN_PROMISE_START,
)

from desktop_app.lineage.service import service_for
from desktop_app.ui.commitments.commitments_view import CommitmentsView
from desktop_app.ui.commitments.models import LINEAGE_COLUMN

PROMISE, POSTPONEMENT, FULFILMENT = CHAIN_PROMISE, CHAIN_POSTPONEMENT, CHAIN_FULFILMENT
PROMISE_START = CHAIN_PROMISE_START


@pytest.fixture
def view(qtbot, chain_library):
    view = CommitmentsView(chain_library)
    qtbot.addWidget(view)
    view.reload()
    return view


def _shown(view) -> list[tuple[str, str, str]]:
    """(letter date, text, lineage) of the rows in the order shown."""
    proxy = view.proxy
    return [(proxy.index(r, 0).data(), proxy.index(r, 4).data(),
             proxy.index(r, LINEAGE_COLUMN).data()) for r in range(proxy.rowCount())]


def _promise_cell(view) -> str:
    return next(lineage for _, text, lineage in _shown(view) if text.startswith(PROMISE_START))


@pytest.fixture
def linker_calls(monkeypatch):
    """Every build of the linker's view and every ranking of proposals, as they happen (the
    overview must need neither: on 2,000 letters they froze the window for minutes)."""
    from desktop_app.lineage import service as service_module

    calls: list[str] = []
    build, propose = service_module.LineageService.linker_library, service_module.propose

    def counted_build(self):
        calls.append("linker_library")
        return build(self)

    def counted_propose(*args, **kwargs):
        calls.append("propose")
        return propose(*args, **kwargs)

    monkeypatch.setattr(service_module.LineageService, "linker_library", counted_build)
    monkeypatch.setattr(service_module, "propose", counted_propose)
    return calls


def _promise_number(chain_library) -> int:
    rows = chain_library.commitment_rows(letter=PROMISE)
    return next(n for n, r in enumerate(rows, 1) if r.commitment.text.startswith(PROMISE_START))


def test_the_lineage_column_names_the_linked_letters_without_the_linker(
        qtbot, chain_library, linker_calls, qtmodeltester):
    view = CommitmentsView(chain_library)
    qtbot.addWidget(view)
    view.reload()
    qtmodeltester.check(view.model)
    assert view.model.headerData(LINEAGE_COLUMN, Qt.Orientation.Horizontal) == "Lineage"
    assert _promise_cell(view) == ""  # proposals are not ranked for the overview
    number = _promise_number(chain_library)
    service = service_for(chain_library)
    service.link(PROMISE, number, POSTPONEMENT)  # the linker finds the sentence (not
    linker_calls.clear()
    view.reload()
    assert _promise_cell(view) == f"postponed in {POSTPONEMENT}"
    service.link(PROMISE, number, FULFILMENT)  # counted: the overview's calls are)
    linker_calls.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # any status
    assert _promise_cell(view) == f"fulfilled by {FULFILMENT}"
    chain_library.annotations.undo()
    view.reload()
    assert _promise_cell(view) == f"postponed in {POSTPONEMENT}"
    view.open_longest_button.click()  # "still open, longest first" needs no proposals
    assert linker_calls == []


def test_still_open_longest_first_puts_the_oldest_open_commitment_on_top(view, chain_library):
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # any status
    shown = _shown(view)
    assert [d for d, _, _ in shown] == sorted((d for d, _, _ in shown), reverse=True)
    # the promise is fulfilled: it is no longer open, so it goes to the end
    service = service_for(chain_library)
    number = next(c.number for c in service.lineage(PROMISE, incoming=False).commitments
                  if c.row.commitment.text.startswith(PROMISE_START))
    service.link(PROMISE, number, FULFILMENT)
    view.reload()
    view.open_longest_button.click()
    shown = _shown(view)
    rows = [view.model.commitment_row(view.proxy.source_row(view.proxy.index(r, 0)))
            for r in range(view.proxy.rowCount())]
    open_dates = [r.letter_date for r in rows if r.status == "open"]
    assert open_dates == sorted(open_dates)  # oldest first
    assert [r.status == "open" for r in rows] == sorted(
        (r.status == "open" for r in rows), reverse=True)  # every open one before the rest
    assert shown[-1][1].startswith(PROMISE_START) and shown[-1][2] == f"fulfilled by {FULFILMENT}"
    assert rows[0].letter_id == PROMISE  # its other commitment: open since 2019-10-28
