"""The library's lineage service (issue 20): proposals for a chain of three letters imported
out of date order, links confirmed and rejected with undo, links that follow a re-import with
changed wording, and what the exports are told."""

from __future__ import annotations

from pathlib import Path

import pytest
from testdata import (
    CHAIN_FILES,
    CHAIN_FULFILMENT,
    CHAIN_POSTPONEMENT,
    CHAIN_PROMISE,
    import_chain,
)

from desktop_app.errors import UserError
from desktop_app.lineage.service import new_due, service_for

PROMISE, POSTPONEMENT, FULFILMENT = CHAIN_PROMISE, CHAIN_POSTPONEMENT, CHAIN_FULFILMENT
FILES = CHAIN_FILES


@pytest.fixture
def chain(tmp_path):
    """A library holding the chain, imported fulfilment first, the promise last but one."""
    with import_chain(tmp_path) as lib:
        yield lib, tmp_path / "files"


def _first(lib):
    return service_for(lib).lineage(PROMISE).commitments[0]


def test_a_chain_imported_out_of_date_order_gets_the_right_proposals(chain):
    lib, _ = chain
    first = _first(lib)
    assert first.row.commitment.text.startswith("Ik zal uw Kamer voor 1 december 2019")
    assert first.status == "open" and first.due == "2019-11-30" and first.links == ()
    proposed = {p.reference.letter_id: p for p in first.proposals}
    assert set(proposed) == {POSTPONEMENT, FULFILMENT}
    postponed, fulfilled = proposed[POSTPONEMENT], proposed[FULFILMENT]
    assert (postponed.kind, postponed.new_due) == ("postpones", "2020-02-29")
    assert fulfilled.kind == "fulfils" and fulfilled.direct
    assert "names the letter (Kamerstuk 31016, nr. 58)" in fulfilled.reasons
    incoming = service_for(lib).pointing_at(FULFILMENT)
    assert any(i.promise_letter_id == PROMISE and i.proposal.kind == "fulfils"
               and i.promise_text == first.row.commitment.text for i in incoming)


def test_only_a_later_letter_is_proposed(chain):
    lib, _ = chain
    for c in service_for(lib).lineage(FULFILMENT, incoming=False).commitments:
        assert {p.reference.letter_id for p in c.proposals} <= set()  # nothing came after


def test_confirming_the_chain_fulfils_and_keeps_the_deadline_history_undo_opens_it(chain):
    lib, _ = chain
    service = service_for(lib)
    postponement = service.link(PROMISE, 1, POSTPONEMENT)
    assert (postponement.kind, postponement.old_due, postponement.new_due) == (
        "postpones", "2019-11-30", "2020-02-29")
    fulfilment = service.link(PROMISE, 1, FULFILMENT)
    assert fulfilment.kind == "fulfils" and fulfilment.later_quote.startswith("Hierbij")
    first = _first(lib)
    assert (first.status, first.fulfilled_by, first.due, first.due_history) == (
        "fulfilled", FULFILMENT, "2020-02-29", ("2019-11-30",))
    assert first.proposals == ()  # both later letters are judged
    assert [p.link.kind for p in first.links] == ["postpones", "fulfils"]
    assert all(p.found for p in first.links)
    assert first.row.note == f"Fulfilled by letter {FULFILMENT}."
    lib.annotations.undo()
    first = _first(lib)
    assert (first.status, first.fulfilled_by, first.due) == ("postponed", None, "2020-02-29")
    assert [p.reference.letter_id for p in first.proposals] == [FULFILMENT]
    lib.annotations.undo()
    first = _first(lib)
    assert (first.status, first.due, first.due_history) == ("open", "2019-11-30", ())
    lib.annotations.redo()
    assert _first(lib).status == "postponed"


def test_a_rejected_proposal_is_not_proposed_again_until_undone(chain):
    lib, _ = chain
    service = service_for(lib)
    rejected = service.link(PROMISE, 1, FULFILMENT, reject=True)
    assert rejected.state == "rejected"
    first = _first(lib)
    assert FULFILMENT not in [p.reference.letter_id for p in first.proposals]
    assert [(p.link.state, p.link.later_letter_id) for p in first.links] == [
        ("rejected", FULFILMENT)]
    assert first.status == "open"
    lib.annotations.undo()
    assert FULFILMENT in [p.reference.letter_id for p in _first(lib).proposals]


def test_a_named_sentence_and_a_span_are_linked_and_wrong_ones_refused(chain):
    lib, _ = chain
    service = service_for(lib)
    text = lib.letter(FULFILMENT).text
    sentence = "Het onderzoek laat zien dat de subsidies doelmatig worden besteed."
    link = service.link(PROMISE, 1, FULFILMENT, sentence=sentence.replace(" ", "  "),
                        kind="fulfils")
    assert link.later_quote == sentence
    start = text.index("Hierbij")
    again = service.link(PROMISE, 1, FULFILMENT, span=(start, start + 20), kind="repeats")
    assert again.id == link.id and again.kind == "repeats"
    for call, code in [
        (lambda: service.link(PROMISE, 9, FULFILMENT), "no-such-commitment"),
        (lambda: service.link(PROMISE, 1, FULFILMENT, sentence="Staat er niet"),
         "sentence-not-found"),
        (lambda: service.link(FULFILMENT, 1, PROMISE), "no-proposal"),  # not later
        (lambda: service.link(PROMISE, 1, PROMISE, span=(0, 5)), "link-same-letter"),
    ]:
        with pytest.raises(UserError) as info:
            call()
        assert info.value.code == code


def _reword(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_links_follow_a_reimport_with_changed_wording(chain):
    lib, folder = chain
    service = service_for(lib)
    fulfils = service.link(PROMISE, 1, FULFILMENT)  # with a review (marked done)
    repeats = service.link(PROMISE, 2, POSTPONEMENT, kind="repeats",
                           sentence="Dit is niet binnen de gestelde termijn mogelijk gebleken")
    _reword(folder / FILES[PROMISE], "Het kabinet hecht aan",
            "Het kabinet hecht, zoals bekend, grote waarde aan")
    _reword(folder / FILES[PROMISE], "de regeling voor kleine satellietbedrijven evalueren",
            "de regeling voor kleine satellietbedrijven grondig evalueren")
    _reword(folder / FILES[FULFILMENT], "Hierbij informeer ik u,", "Met deze brief informeer "
            "ik u graag,")
    assert lib.import_paths([folder / FILES[PROMISE], folder / FILES[FULFILMENT]]).updated
    lineage = service.lineage(PROMISE)
    assert lineage.orphan_links == ()
    first, second = lineage.commitments[:2]
    assert [p.link.id for p in first.links] == [fulfils.id] and first.status == "fulfilled"
    assert [p.link.id for p in second.links] == [repeats.id]
    assert "grondig" in second.row.commitment.text  # the reworded commitment
    (placed,) = first.links
    later = lib.letter(FULFILMENT).text
    assert placed.found and later[placed.later_start:placed.later_end].startswith(
        "Met deze brief informeer ik u graag")
    (moved,) = second.links
    assert lib.letter(POSTPONEMENT).text[moved.later_start:moved.later_end] == (
        "Dit is niet binnen de gestelde termijn mogelijk gebleken")


def test_the_linker_view_is_built_once_per_library_state(chain):
    lib, folder = chain
    service = service_for(lib)
    assert service_for(lib) is service
    view = service.linker_library()
    assert service.linker_library() is view
    service.link(PROMISE, 1, FULFILMENT)  # user data: the letters did not change
    assert service.linker_library() is view
    lib.delete(POSTPONEMENT)
    fresh = service.linker_library()
    assert fresh is not view and POSTPONEMENT not in fresh.letters


def test_the_exports_are_told_status_fulfilling_letter_and_earlier_due_dates(chain):
    lib, _ = chain
    service = service_for(lib)
    rows = lib.commitment_rows()
    assert {v.status for v in service.row_lineage(rows).values()} == {"open"}
    service.link(PROMISE, 1, POSTPONEMENT)
    service.link(PROMISE, 1, FULFILMENT)
    rows = lib.commitment_rows()
    states = service.row_lineage(rows)
    first = next(r for r in rows if r.letter_id == PROMISE)
    found = states[first.identity()]
    assert (found.status, found.fulfilled_by, found.due_history) == (
        "fulfilled", FULFILMENT, ("2019-11-30",))
    assert first.due == "2020-02-29"


@pytest.mark.parametrize(("text", "old", "expected"), [
    ("Dit is niet binnen de termijn gelukt. Ik verwacht u voor 1 maart 2020 te informeren.",
     "2019-11-30", "2020-02-29"),
    ("Ik stuur u het rapport niet voor 1 december 2019 maar uiterlijk 15 april 2020.",
     "2019-11-30", "2020-04-15"),
    ("Dit is niet binnen de termijn gelukt.", "2019-11-30", None),
])
def test_a_postponements_new_due_date_is_the_latest_it_names(text, old, expected):
    assert new_due(text, (0, text.index(".") + 1), "2019-11-25", old) == expected


def test_the_linker_is_told_the_rows_kind_and_confidence_a_confirmation_makes_it_sure(chain):
    """A commitment the detector marks possible gets no confident proposal (the linker's
    'settled'); once a person confirms it, it is as sure as any."""
    from dataclasses import replace

    from desktop_app.lineage.service import LineageService

    lib, _ = chain
    row = _first(lib).row
    unsure = replace(row, commitment=replace(row.commitment, confidence="possible"),
                     verdict=None, kind="refusal")
    promise = LineageService._promise(unsure)
    assert (promise.kind, promise.confidence) == ("refusal", "possible")
    confirmed = LineageService._promise(replace(unsure, verdict="confirmed", kind="promise"))
    assert (confirmed.kind, confirmed.confidence) == ("promise", "high")
