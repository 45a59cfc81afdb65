"""The annotation table model finds and updates a row without a pass over every row (issue 17:
an id -> row dict built from all 100,000 rows on every change cost ~18 ms per table)."""

from __future__ import annotations

import random

import pytest

from desktop_app.model import Annotation
from desktop_app.ui.annotations.models import AnnotationTableModel, annotation_sort_key

LETTERS = ["kst-a", "kst-b", "kst-c"]
ORDER = {lid: n for n, lid in enumerate(LETTERS)}


def _ann(n: int, letter: str = "kst-a", start: int = 0, *, created: str = "",
         modified: str = "", color: str = "geel") -> Annotation:
    stamp = created or f"2024-01-01T00:00:{n % 60:02d}.{n:06d}+00:00"
    return Annotation(id=f"ann-{n:05d}", letter_id=letter, start=start, end=start + 5,
                      quote="quote", prefix="", suffix="", color=color, note="", tags=(),
                      author="me", created=stamp, modified=modified or stamp, status="ok")


class _CountingList(list):
    """A list that counts the passes over it (a loop, a comprehension, ``enumerate``)."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def _model(anns: list[Annotation], by: str = "position") -> AnnotationTableModel:
    key = annotation_sort_key(by, ORDER)
    model = AnnotationTableModel()
    model.set_rows(sorted(anns, key=key), key)
    return model


def _ids(model: AnnotationTableModel) -> list[str]:
    return [model.annotation(r).id for r in range(model.rowCount())]


def _many(count: int, seed: int = 3) -> list[Annotation]:
    rng = random.Random(seed)
    return [_ann(n, rng.choice(LETTERS), rng.randrange(0, 5000)) for n in range(count)]


@pytest.mark.parametrize("by", ["position", "date"])
def test_rows_stay_in_order_after_inserts_changes_moves_and_removals(by, qtmodeltester):
    anns = _many(300)
    model = _model(anns, by)
    key = annotation_sort_key(by, ORDER)
    rng = random.Random(5)
    current = {a.id: a for a in anns}
    for step in range(40):
        new = [_ann(1000 + step * 3 + k, rng.choice(LETTERS), rng.randrange(0, 5000))
               for k in range(2)]
        moved = [_ann(int(i[4:]), rng.choice(LETTERS), rng.randrange(0, 5000),
                      modified=f"2025-02-{step % 28 + 1:02d}T00:00:00+00:00")
                 for i in rng.sample(sorted(current), 3)]
        recoloured = [Annotation(**{**vars(current[i]), "color": "rood"})
                      for i in rng.sample(sorted(current), 2)]
        removed = set(rng.sample(sorted(current.keys() - {a.id for a in moved + recoloured}),
                                 2))
        model.update_rows(new + moved + recoloured, removed, key)
        for i in removed:
            del current[i]
        current.update({a.id: a for a in new + moved + recoloured})
        assert _ids(model) == [a.id for a in sorted(current.values(), key=key)]
        assert all(model.row_of(i) == _ids(model).index(i) for i in rng.sample(
            sorted(current), 10))
        assert all(model.row_of(i) < 0 for i in removed)
    assert {model.annotation(model.row_of(a.id)).color for a in recoloured} == {"rood"}
    qtmodeltester.check(model)


def test_rows_with_the_same_place_and_time_are_each_found():
    """Imported annotations may share letter, start and creation time: the id tells them
    apart, so bisection still finds each (and changes the right one)."""
    same = [_ann(n, "kst-b", 40, created="2024-05-05T10:00:00+00:00") for n in range(100, 106)]
    model = _model(same + _many(50))
    key = annotation_sort_key("position", ORDER)
    for a in same:
        assert model.annotation(model.row_of(a.id)).id == a.id
    changed = Annotation(**{**vars(same[3]), "note": "nieuw"})
    model.update_rows([changed], [same[1].id], key)
    assert model.annotation(model.row_of(same[3].id)).note == "nieuw"
    assert model.row_of(same[1].id) == -1 and model.rowCount() == 55


def test_a_change_makes_no_pass_over_the_rows():
    """Finding the rows of a change bisects; before, every change built an id -> row dict
    from every row (and ``row_of`` scanned them)."""
    anns = _many(5000)
    model = _model(anns)
    key = annotation_sort_key("position", ORDER)
    model._rows = _CountingList(model._rows)
    _CountingList.passes = 0
    added = _ann(9000, "kst-b", 77)
    changed = Annotation(**{**vars(anns[10]), "color": "rood"})
    moved = Annotation(**{**vars(anns[20]), "start": anns[20].start + 1})
    model.update_rows([added, changed, moved], [anns[30].id], key)
    assert model.row_of(added.id) >= 0 and model.row_of(anns[40].id) >= 0
    assert _CountingList.passes == 0
    assert model.annotation(model.row_of(changed.id)).color == "rood"
    assert model.annotation(model.row_of(moved.id)).start == anns[20].start + 1
    assert model.row_of(anns[30].id) == -1 and model.rowCount() == 5000


def test_rows_out_of_the_key_order_are_still_found():
    """After the letter order changed (an import) the rows are no longer in the order of the
    key: a row is then looked for row by row, never missed."""
    anns = _many(200)
    model = _model(anns)
    reordered = annotation_sort_key("position", {"kst-c": 0, "kst-b": 1, "kst-a": 2})
    victim, changed = anns[7], Annotation(**{**vars(anns[8]), "color": "rood"})
    model.update_rows([changed], [victim.id], reordered)
    assert model.row_of(victim.id) == -1 and model.rowCount() == 199
    assert model.annotation(model.row_of(changed.id)).color == "rood"
    assert all(model.annotation(model.row_of(a.id)).id == a.id for a in anns if a is not victim)


def test_rows_set_without_a_key_are_found_row_by_row():
    anns = _many(30)
    model = AnnotationTableModel()
    model.set_rows(anns)  # in the given order, no key
    assert [model.row_of(a.id) for a in anns] == list(range(30))
    assert model.row_of("nope") == -1


def _signals(model: AnnotationTableModel) -> list[str]:
    seen: list[str] = []
    model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.modelReset.connect(lambda *_: seen.append("reset"))
    return seen


def test_many_rows_moving_at_once_move_in_one_layout_change(qtmodeltester):
    """A recolour of many annotations in date order moves each to the top: one layout
    change (the selection follows its annotation), not a removal and insertion per row,
    each of which costs the views a pass over all their rows."""
    from PySide6.QtCore import QPersistentModelIndex

    anns = _many(400)
    model = _model(anns, "date")
    key = annotation_sort_key("date", ORDER)
    held = QPersistentModelIndex(model.index(model.row_of(anns[8].id), 2))  # moves
    seen = _signals(model)
    stamp = "2030-01-01T00:00:00.000000+00:00"
    moved = [Annotation(**{**vars(a), "color": "rood", "modified": stamp}) for a in anns[::4]]
    model.update_rows(moved, [], key)
    assert seen == ["layout"]
    assert _ids(model) == [a.id for a in sorted({**{a.id: a for a in anns},
                                                  **{a.id: a for a in moved}}.values(),
                                                 key=key)]
    assert {model.annotation(r).modified for r in range(len(moved))} == {stamp}
    assert held.row() == model.row_of(anns[8].id) and held.column() == 2
    assert model.annotation(held.row()).color == "rood"
    qtmodeltester.check(model)


def test_neighbouring_rows_are_removed_and_inserted_together():
    anns = _many(300)
    model = _model(anns)
    key = annotation_sort_key("position", ORDER)
    seen = _signals(model)
    ordered = _ids(model)
    model.update_rows([], ordered[100:160] + ordered[200:210], key)  # two runs
    assert seen == ["removed", "removed"] and model.rowCount() == 230
    assert _ids(model) == ordered[:100] + ordered[160:200] + ordered[210:]
    seen.clear()
    after = model.annotation(model.rowCount() - 1)
    new = [_ann(5000 + n, after.letter_id, after.start + 1 + n) for n in range(20)]
    model.update_rows(new, [], key)  # all go after the last row: one insertion
    assert seen == ["inserted"] and _ids(model)[-20:] == [a.id for a in new]
