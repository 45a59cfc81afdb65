"""Lineage links as user data (issue 20): each kind confirmed or rejected is one undo step;
a confirmed "fulfils" marks the commitment done, a confirmed "postpones" keeps the deadline
history; an m006 store upgrades to m007 with nothing lost."""

from __future__ import annotations

import pytest
import sqlite_utils

from desktop_app.model import Commitment
from desktop_app.store import history
from desktop_app.store.annotation_schema import migrations
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.lineage_links import LINK_KINDS, LinkProblem, LinkTarget
from desktop_app.store.reviews import review_key

PROMISE_TEXT = ("Geachte voorzitter, Ik zal uw Kamer voor 1 december 2019 informeren over het "
                "onderzoek. Met vriendelijke groet.")
SENTENCE = "Ik zal uw Kamer voor 1 december 2019 informeren over het onderzoek."
LATER_TEXT = ("Geachte voorzitter, Hierbij informeer ik u, zoals toegezegd, over het onderzoek. "
              "Ik verwacht u voor 1 maart 2020 het rapport te sturen.")
LATER = "Hierbij informeer ik u, zoals toegezegd, over het onderzoek."


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    yield s
    s.close()


def _target(store, due: str | None = "2019-11-30") -> LinkTarget:
    start = PROMISE_TEXT.index(SENTENCE)
    c = Commitment(start, start + len(SENTENCE), SENTENCE, "promise", "ik", "voor 1 december",
                   {"from": "2019-10-28", "to": "2019-11-30"}, "zal")
    # the due date as the overview shows it: a review's correction wins over detection
    review = store.review("A", c)
    return LinkTarget("A", review.key if review else review_key("A", SENTENCE), c,
                      PROMISE_TEXT, (review.deadline if review and review.deadline else due))


def _confirm(store, kind: str, later: str = "B", new_due: str | None = None, **options):
    start = LATER_TEXT.index(LATER)
    return store.confirm_link(_target(store), later, LATER_TEXT, start, start + len(LATER),
                              kind=kind, new_due=new_due, **options)


@pytest.mark.parametrize("kind", LINK_KINDS)
def test_each_kind_is_confirmed_as_one_undo_step_and_redone(store, kind):
    link = _confirm(store, kind, new_due="2020-02-29" if kind == "postpones" else None)
    assert (link.kind, link.state, link.later_quote) == (kind, "confirmed", LATER)
    assert link.promise_quote == SENTENCE and link.promise_prefix.endswith("voorzitter, ")
    assert [k.id for k in store.links("A")] == [link.id] == [k.id for k in store.links("B")]
    assert store.links("C") == []
    assert len(store.history()) == 1  # the link and its review change: one entry
    assert store.undo() is not None
    assert store.links() == [] and store.reviews("A") == []
    assert store.redo() is not None
    assert store.links() == [link]


@pytest.mark.parametrize("kind", ["repeats", "changes"])
def test_repeats_and_changes_leave_the_commitment_as_it_was(store, kind):
    _confirm(store, kind)
    assert store.reviews("A") == []


def test_a_confirmed_fulfils_marks_the_commitment_done_naming_the_letter_and_undo_opens_it(
        store):
    store.review_commitment("A", _target(store).commitment, letter_text=PROMISE_TEXT,
                            note="Eigen notitie")
    _confirm(store, "fulfils", later="kst-31016-65")
    (review,) = store.reviews("A")
    assert review.status == "done"
    assert review.note == "Eigen notitie\nFulfilled by letter kst-31016-65."
    store.undo()
    (review,) = store.reviews("A")
    assert (review.status, review.note) == ("open", "Eigen notitie")
    assert store.links() == []
    store.redo()
    assert store.reviews("A")[0].status == "done"


def test_confirmed_postponements_keep_the_deadline_history_and_undo_restores_each(store):
    first = _confirm(store, "postpones", later="B", new_due="2020-02-29")
    assert (first.old_due, first.new_due) == ("2019-11-30", "2020-02-29")
    assert store.reviews("A")[0].deadline == "2020-02-29"
    second = _confirm(store, "postpones", later="C", new_due="2020-06-30")
    assert (second.old_due, second.new_due) == ("2020-02-29", "2020-06-30")
    assert store.reviews("A")[0].deadline == "2020-06-30"
    history_ = [k.old_due for k in store.links("A") if k.kind == "postpones"]
    assert history_ == ["2019-11-30", "2020-02-29"]  # every earlier due date on record
    store.undo()
    assert store.reviews("A")[0].deadline == "2020-02-29"
    assert [k.later_letter_id for k in store.links()] == ["B"]
    store.undo()
    assert store.reviews("A") == [] and store.links() == []


def test_a_rejected_proposal_is_kept_and_confirming_it_later_replaces_the_rejection(store):
    rejected = store.reject_link(_target(store), "B", LATER_TEXT, 20, 40, kind="fulfils")
    assert rejected.state == "rejected" and store.reviews("A") == []  # nothing marked done
    confirmed = _confirm(store, "fulfils", later="B")
    assert confirmed.id == rejected.id and confirmed.created == rejected.created
    assert [(k.state, k.later_quote) for k in store.links()] == [("confirmed", LATER)]
    store.undo()
    assert [k.state for k in store.links()] == ["rejected"]
    assert store.reviews("A") == []


def test_unlinking_a_fulfilment_opens_the_commitment_again_and_undo_brings_both_back(store):
    link = _confirm(store, "fulfils")
    removed = store.unlink(link.id)
    assert removed.id == link.id and store.links() == []
    (review,) = store.reviews("A")
    assert (review.status, review.note) == ("open", "")
    store.undo()
    assert store.links() == [link] and store.reviews("A")[0].status == "done"


def test_unlinking_a_postponement_restores_the_old_due_date(store):
    link = _confirm(store, "postpones", new_due="2020-02-29")
    store.unlink(link.id)
    assert store.reviews("A")[0].deadline == "2019-11-30"


@pytest.mark.parametrize(("change", "code"), [
    ({"kind": "forgets"}, "unknown-link-kind"),
    ({"kind": "postpones", "new_due": "maart"}, "bad-link-due"),
    ({"later": "A"}, "link-same-letter"),
    ({"span": (30, 30)}, "bad-link-span"),
    ({"span": (0, 10_000)}, "bad-link-span"),
])
def test_a_link_that_cannot_be_made_changes_nothing(store, change, code):
    start = LATER_TEXT.index(LATER)
    span = change.get("span", (start, start + len(LATER)))
    with pytest.raises(LinkProblem) as info:
        store.confirm_link(_target(store), change.get("later", "B"), LATER_TEXT, *span,
                           kind=change.get("kind", "fulfils"), new_due=change.get("new_due"))
    assert info.value.code == code
    assert store.links() == [] and store.history() == []


def test_unlinking_an_unknown_link_says_so(store):
    with pytest.raises(Exception) as info:
        store.unlink("nope")
    assert getattr(info.value, "code", "") == "link-not-found"


def test_an_m006_store_upgrades_to_m007_with_nothing_lost(tmp_path):
    path = tmp_path / "annotations.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m007_lineage_links")
    review = {"key": "A:1", "letter_id": "A", "quote": SENTENCE, "verdict": "confirmed",
              "kind": None, "deadline": "2020-01-31", "status": "open", "note": "n",
              "author": "ik", "created": "2024-01-01T00:00:00+00:00",
              "modified": "2024-01-01T00:00:00+00:00", "start": 20, "end": 87, "prefix": "",
              "suffix": "", "detected_kind": "promise"}
    with history.write(db, path, "Review commitment") as rec:
        rec.put("commitment_reviews", review)
    with history.write(db, path, "Review commitment") as rec:
        rec.put("commitment_reviews", {**review, "status": "done"})
    db.execute("INSERT INTO share_settings (key, value) VALUES ('name', 'Anne')")
    db.close()

    store = AnnotationStore(path, auto_backup=False)
    try:
        names = [m.name for m in migrations.applied(store.db)]
        assert names[-2:] == ["m006_sharing", "m007_lineage_links"]
        (kept,) = store.reviews("A")
        assert (kept.status, kept.deadline, kept.note) == ("done", "2020-01-31", "n")
        assert store.db.execute("SELECT value FROM share_settings").fetchall() == [("Anne",)]
        assert store.links() == []
        assert store.undo().label == "Review commitment"  # the old history still undoes
        assert store.reviews("A")[0].status == "open"
        link = _confirm(store, "fulfils")  # and the new table takes links
        assert store.links() == [link]
    finally:
        store.close()
