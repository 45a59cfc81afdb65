"""The letter list sorted by annotations: when a count changes, the rows read before and the
pages read after come from one order (no letter twice, none missing), and the selected
letter stays selected. Also for letter details another program corrected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop_app.library import Library, detector_version
from desktop_app.model import Letter, Metadata
from desktop_app.ui.letters import models
from desktop_app.ui.letters.models import LetterTableModel

TEXT = "De minister zegt toe de Kamer voor de zomer te informeren over de voortgang."
ANNOTATIONS = 5


@pytest.fixture
def library(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(models, "BATCH", 5)
    lib = Library(tmp_path / "data", seed=False)
    for i in range(12):
        letter = Letter(id=f"k{i:02d}", metadata=Metadata(subject=f"Brief {i:02d}",
                                                          date=f"2020-01-{i + 1:02d}"),
                        text=TEXT)
        lib.letters.save(letter, fingerprint=f"f{i}", source_hash=f"h{i}", original="",
                         detector_version=detector_version())
    for i in range(1, 12):  # k01 … k11: 1 … 11 annotations; k00 none
        for _ in range(i):
            lib.annotations.add(f"k{i:02d}", TEXT, 3, 11)
    yield lib
    lib.close()


def _all_ids(model: LetterTableModel) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, 0).data(LetterTableModel.ID_ROLE) for r in range(model.rowCount())]


def _sorted_by_annotations(library, qtmodeltester) -> tuple[LetterTableModel, QTableView]:
    model = LetterTableModel()
    model.set_library(library)
    model.sort(ANNOTATIONS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    view = QTableView()
    view.setModel(model)
    return model, view


def test_an_annotated_letter_moves_without_a_duplicate_or_a_gap(library, qtmodeltester):
    model, view = _sorted_by_annotations(library, qtmodeltester)
    first = [model.index(r, 0).data(LetterTableModel.ID_ROLE) for r in range(5)]
    assert first == ["k11", "k10", "k09", "k08", "k07"]  # the first page is read
    view.setCurrentIndex(model.index(4, 0))  # k07 selected
    for _ in range(20):  # k00 now has the most annotations
        library.annotations.add("k00", TEXT, 3, 11)
    model.update_annotation_counts(library.annotations.counts_by_letter(["k00"]))
    ids = _all_ids(model)
    assert sorted(ids) == sorted(library.letters.ids())  # each letter once
    assert ids[:3] == ["k00", "k11", "k10"]
    assert view.currentIndex().data(LetterTableModel.ID_ROLE) == "k07"
    assert view.currentIndex().row() == 5


def test_refreshed_counts_move_rows_the_same_way(library, qtmodeltester):
    model, view = _sorted_by_annotations(library, qtmodeltester)
    view.setCurrentIndex(model.index(1, 0))  # k10
    for _ in range(20):
        library.annotations.add("k00", TEXT, 3, 11)
    model.set_annotation_counts(library.annotation_counts())  # after another program
    ids = _all_ids(model)
    assert sorted(ids) == sorted(library.letters.ids()) and ids[0] == "k00"
    assert view.currentIndex().data(LetterTableModel.ID_ROLE) == "k10"


def test_a_letter_corrected_by_another_program_moves_without_a_duplicate(library, tmp_path,
                                                                         qtmodeltester):
    model = LetterTableModel()
    model.set_library(library)  # by date, newest first: k11 … k07 read
    qtmodeltester.check(model)
    assert model.index(0, 0).data(LetterTableModel.ID_ROLE) == "k11"
    with Library(tmp_path / "data", seed=False) as other:
        other.annotations.edit_letter("k11", {"date": "2019-01-01"})  # now the oldest
    model.set_annotation_counts(library.annotation_counts())  # the refresh after it
    ids = _all_ids(model)
    assert sorted(ids) == sorted(library.letters.ids())
    assert ids[0] == "k10" and ids[-1] == "k11"


def test_unchanged_order_keeps_the_pages_read(library, qtmodeltester, monkeypatch):
    model, _view = _sorted_by_annotations(library, qtmodeltester)
    model.index(0, 0).data()
    pages = dict(model._pages)
    model.set_annotation_counts(library.annotation_counts())  # nothing changed
    assert model._pages == pages


def test_a_row_deleted_by_another_program_selects_no_letter(library, tmp_path, qtbot):
    from desktop_app.ui.letters.letter_list import LetterListPane

    pane = LetterListPane()
    qtbot.addWidget(pane)
    pane.set_library(library)  # 12 rows counted, the first page read (BATCH is 5)
    pane.model.fetchMore(QModelIndex())
    pane.model.fetchMore(QModelIndex())
    with Library(tmp_path / "data", seed=False) as other:
        for i in range(6):
            other.delete(f"k{i:02d}")  # the oldest: the last rows of the list
    selected: list[object] = []
    pane.letter_selected.connect(selected.append)
    pane.table.setCurrentIndex(pane.model.index(11, 0))  # that row's letter is gone
    assert pane.table.currentIndex().row() == 11 and selected == []
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    assert selected == ["k11"]
