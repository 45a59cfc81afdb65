"""The search pane says "about" when a total is estimated (a common phrase, issue 17)."""

from __future__ import annotations

from desktop_app.model import SearchResult
from desktop_app.ui.search.search_pane import SearchPane


def test_an_estimated_total_reads_about_and_an_exact_one_does_not(qtbot):
    pane = SearchPane()
    qtbot.addWidget(pane)
    pane.show_result(SearchResult(query='"tweede kamer"', total=8400, total_is_estimate=True))
    assert "About 8400 letter" in pane.status.text()
    pane.show_result(SearchResult(query='"tweede kamer"', total=8355))
    text = pane.status.text()
    assert "8355 letter" in text and "About" not in text
