"""The Qt models checked with qtmodeltester, and their sorting, filtering and lazy loading."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.model import LetterSummary, Metadata, SearchHit, Snippet
from desktop_app.ui.letters.models import BATCH, LetterFilter, LetterTableModel
from desktop_app.ui.search.models import SearchHitModel


def _rows(n: int) -> list[LetterSummary]:
    return [
        LetterSummary(
            id=f"kst-{i}", commitment_count=i % 7, annotation_count=i % 3,
            metadata=Metadata(subject=f"Brief {i:05d}", date=f"{2015 + i % 10}-01-{1 + i % 28:02d}",
                              dossier=str(30000 + i % 5), number=str(i),
                              signatory="A. Minister; B. Staatssecretaris" if i % 4 == 0
                              else "C. Minister"))
        for i in range(n)
    ]


def test_letter_model_passes_the_model_tester(qtmodeltester):
    model = LetterTableModel()
    model.set_rows(_rows(50))
    qtmodeltester.check(model)


def test_letter_model_loads_lazily_and_sorts_every_row(qtmodeltester):
    model = LetterTableModel()
    model.set_rows(_rows(BATCH * 2 + 10))
    assert model.rowCount() == BATCH
    assert model.canFetchMore()
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 4)) == 6  # the largest count of all rows, not only loaded
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == BATCH * 2 + 10 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_letter_model_filters(qtmodeltester):
    model = LetterTableModel()
    model.set_rows(_rows(40))
    model.set_filter(LetterFilter(signatory="B. Staatssecretaris"))
    assert model.total() == 10
    model.set_filter(LetterFilter(text="BRIEF 00011", year="2016"))
    ids = {model.summary(r).id for r in range(model.rowCount())}
    assert ids == {"kst-11"}
    qtmodeltester.check(model)


def test_row_of_fetches_the_row_it_needs():
    model = LetterTableModel()
    model.set_rows(_rows(BATCH + 50))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    last = model.row_of(f"kst-{BATCH + 49}")
    assert last == BATCH + 49 and model.rowCount() == BATCH + 50


def test_hit_model_passes_the_model_tester(qtmodeltester):
    model = SearchHitModel()
    text = "de intervisie wordt uitgebreid"
    hits = [SearchHit(id=f"x{i}", title=f"Brief {i}", date="2021-01-01", score=1.0,
                      snippets=(Snippet(text, 100, 100 + len(text), ((103, 113),)),),
                      matches=((103, 113),)) for i in range(5)]
    model.set_hits(hits)
    qtmodeltester.check(model)
    html = model.data(model.index(0, 0))
    assert "<b><u>intervisie</u></b>" in html
    assert model.data(model.index(2, 0), SearchHitModel.HIT_ROLE) is hits[2]


def test_a_hit_tooltip_that_looks_like_html_stays_text(qapp):
    # a letter's title "<img src=…>" would be rich text in a tooltip, and load the file
    model = SearchHitModel()
    model.set_hits([SearchHit(id="x", title="<img src=/dev/zero>", date=None, score=1.0)])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<qt>&lt;img src=/dev/zero&gt; · x</qt>"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == (
        "<img src=/dev/zero> · x")


def _commitment_row(deadline_text, d_from, d_to, corrected=False):
    from desktop_app.model import Commitment
    from desktop_app.overview import CommitmentRow

    c = Commitment(0, 10, "Ik zal uw Kamer informeren.", "promise", "de minister",
                   deadline_text, {"from": d_from, "to": d_to} if d_to else None, "zal")
    return CommitmentRow("kst-1-1", "2025-12-08", "Brief", "1", c, "promise", d_from, d_to,
                         "open", None, "", corrected)


def test_commitment_deadline_column_shows_the_due_date_with_words_and_range_in_its_tip(
        qtmodeltester):
    from PySide6.QtCore import Qt

    from desktop_app.ui.commitments.models import CommitmentTableModel

    model = CommitmentTableModel()
    model.set_rows([
        _commitment_row("uiterlijk in het eerste kwartaal van 2026", "2025-12-08", "2026-03-31"),
        _commitment_row("zo spoedig mogelijk", None, None),
        _commitment_row("<b>voor de zomer</b>", "2025-12-08", "2026-07-02"),
    ])
    qtmodeltester.check(model)
    cell = model.index(0, 5)
    assert cell.data() == "2026-03-31"  # the due date, not the start of the range
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "uiterlijk in het eerste kwartaal van 2026" in tip and "2025-12-08" in tip
    assert model.index(1, 5).data() == "zo spoedig mogelijk"  # vague: the words, no date
    assert "No date" in model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole)
    hostile = model.index(2, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in hostile and "&lt;b&gt;" in hostile  # the letter's words are escaped


def test_a_heading_of_a_collection_is_never_an_annotation(qtmodeltester):
    # an annotation with an empty id (once importable) made every heading act as it
    from dataclasses import fields

    from PySide6.QtCore import Qt

    from desktop_app.model import Annotation, CollectionItem
    from desktop_app.store.annotations import AnnotationStore
    from desktop_app.ui.collections.models import CollectionItemsModel

    store = AnnotationStore(None)
    ann = store.add("L1", "Het kabinet zal de Kamer informeren.", 4, 11, note="geheim")
    hidden = Annotation(**{f.name: getattr(ann, f.name) for f in fields(Annotation)
                           if f.name != "id"}, id="")
    heading = CollectionItem(id="h1", position=0, heading="Week 1")
    model = CollectionItemsModel()
    model.set_items([heading], {"": hidden})
    qtmodeltester.check(model)
    assert model.annotation_of(0) is None
    assert model.index(0, 0).data() == "Week 1"
    assert "geheim" not in str(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
