"""The linker's general evidence about where a promise comes from and what it hands over
(issue 20, K7), each on small made-up letters: a later sentence that keeps a promise of a
debate or motion is no proposal for a letter's promise; a later letter about other years of
the same thing is not the promised one; a later letter whose subject or handing-over sentence
names the promised deliverable is a proposal, and fulfils it."""

from __future__ import annotations

import functools

import pytest
from testdata import filler_letters, one_block_letter

from desktop_app.lineage import linker, references
from desktop_app.lineage.linker import Library, Promise, propose
from desktop_app.model import Block, Letter, Metadata

_letter = functools.partial(one_block_letter, dossier="32733", subject=None)


def _best(promise: Letter, later: Letter, due: str | None = None):
    lib = Library.of([promise, later, *filler_letters(12)])
    found = propose(lib, Promise(promise.id, 0, len(promise.text), promise.text, due),
                    top=1, at_least=float("-inf"))
    (best,) = found
    assert best.reference.letter_id == later.id
    return best


@pytest.mark.parametrize(("text", "found"), [
    ("Tijdens het algemeen overleg over het Herbeleggingsplan Vastgoed Defensie (HVD) op 22 "
     "november jl. heb ik een overzicht toegezegd.",
     ("Tijdens het algemeen overleg over het Herbeleggingsplan Vastgoed Defensie (HVD) op 22 "
      "november jl",)),
    ("Conform de toezegging in het commissiedebat Regio’s en grensoverschrijdende samenwerking "
     "van 5 februari 2025, zal ik ingaan op casussen.",
     ("in het commissiedebat Regio’s en grensoverschrijdende samenwerking van 5 februari 2025",)),
    ("Dit overzicht is zoals verzocht in de motie-Flach/Zeedijk.", ("de motie-Flach/Zeedijk",)),
    ("Met deze brief doe ik de toezeggingen gestand die ik heb gedaan tijdens het overleg van "
     "19 september en geef ik een toelichting.", ("tijdens het overleg van 19 september",)),
    ("Ik zal u in het voorjaar informeren over de uitkomsten.", ()),
])
def test_the_origin_a_sentence_names(text, found):
    assert references.origins(text) == found


def test_origins_are_kept_with_the_derived_references():
    text = "Tijdens het AO van 19 september heb ik toegezegd u te informeren over de kosten."
    (ref,) = [r for r in references.references(_letter("b", "2011-10-27", text)) if r.origins]
    assert references.reference_from_dict("b", references.reference_to_dict(ref)) == ref


@pytest.mark.parametrize(("text", "thing"), [
    ("Ik zal de Kamer in augustus informeren over dit Integraal Herbeleggingsplan Vastgoed "
     "Defensie.", "dit Integraal Herbeleggingsplan Vastgoed Defensie"),
    ("De Kamerbrief stand spreiding rijkswerkgelegenheid 2024–2028 zal kort na de behandeling "
     "van de begroting aan uw Kamer worden aangeboden.",
     "De Kamerbrief stand spreiding rijkswerkgelegenheid 2024–2028"),
    ("Ik informeer u voor de zomer over de uitkomsten van het onderzoek naar de kosten.",
     "de uitkomsten van het onderzoek naar de kosten"),
    ("Voor de zomer ontvangt u het rapport van de commissie.", "het rapport van de commissie"),
    ("Ik vind het waardevol de ministerraad eerst te horen.", None),
])
def test_the_deliverable_a_promise_names(text, thing):
    assert linker.deliverable(text) == thing


HVD = ("Ik zal de Kamer in augustus informeren over dit Integraal Herbeleggingsplan Vastgoed "
       "Defensie.")


def test_a_sentence_keeping_a_promise_of_a_debate_is_no_proposal_for_a_letters_promise():
    """The later letter keeps a promise made in a debate on the same plan, around the due
    date ('Met deze brief doe ik mijn toezegging gestand'): the plan's words name the debate,
    not what it hands over."""
    promise = _letter("a", "2011-06-28", HVD, number="36")
    later = _letter("b", "2011-09-20", "Tijdens het algemeen overleg over het Integraal "
                    "Herbeleggingsplan Vastgoed Defensie op 22 november jl. heb ik een overzicht "
                    "van alle defensielocaties toegezegd, dat ik u hierbij stuur.", number="53")
    best = _best(promise, later, due="2011-08-31")
    assert not best.direct
    assert ("but keeps a promise of Tijdens het algemeen overleg over het Integraal "
            "Herbeleggingsplan Vastgoed Defensie op 22 november jl") in best.reasons
    assert not any(r.startswith("says ") for r in best.reasons)


def test_a_promise_of_the_same_debate_kept_later_is_still_a_proposal():
    """The promise itself was made in that debate: naming it is no evidence against."""
    promise = _letter("a", "2011-09-25", "Tijdens het AO van 19 september heb ik toegezegd u "
                      "te informeren over de kosten van de kazernesluiting in Ermelo.")
    later = _letter("b", "2011-10-27", "Tijdens het AO van 19 september heb ik toegezegd u te "
                    "informeren over de kosten van de kazernesluiting in Ermelo; hierbij doe ik "
                    "dat.")
    best = _best(promise, later)
    assert best.direct
    assert not any(r.startswith("but keeps") for r in best.reasons)


def test_a_motion_named_keeps_the_promise_words_it_restates_outside_the_motion():
    """The promise's own object said outside the motion's name still proposes."""
    promise = _letter("a", "2011-06-28", HVD, number="36")
    later = _letter("b", "2011-08-25", "Zoals verzocht in de motie-Eijsink bied ik u hierbij het "
                    "Integraal Herbeleggingsplan Vastgoed Defensie aan.", number="40")
    best = _best(promise, later, due="2011-08-31")
    assert best.direct and best.kind == "fulfils"


SPREIDING = ("De Kamerbrief stand spreiding rijkswerkgelegenheid 2024–2028 zal kort na de "
             "behandeling van de begroting aan uw Kamer worden aangeboden.")


def test_a_later_letter_about_other_years_of_the_promised_thing_is_not_it():
    promise = _letter("a", "2024-10-08", SPREIDING, dossier="31490", number="346")
    later = _letter("b", "2025-09-19", "Voor de spreiding van rijkswerkgelegenheid wordt "
                    "periodiek de stand opgemaakt en hierover aan uw Kamer gerapporteerd.",
                    dossier="31490", number="390",
                    subject="Stand spreiding rijkswerkgelegenheid 2025 - 2029")
    best = _best(promise, later)
    assert not best.direct
    assert "but 2025-2029, not 2024-2028" in best.reasons


def test_a_later_letter_whose_subject_names_the_deliverable_hands_it_over():
    """The subject says what the letter hands over; its opening hands over without the
    promise's words."""
    promise = _letter("a", "2024-10-08", SPREIDING, dossier="31490", number="346")
    later = _letter("b", "2024-10-25", "Met deze brief informeer ik u over de stand van de "
                    "werkgelegenheid bij de Rijksoverheid op 1 januari 2024.", dossier="31490",
                    number="347", subject="Stand spreiding rijkswerkgelegenheid 2024 - 2028")
    best = _best(promise, later)
    assert best.direct and best.kind == "fulfils"
    assert "hands over rijkswerkgelegenheid, spreiding, stand" in best.reasons


def _signed(lid: str, date: str, text: str, dossier: str, signatory: str, role: str) -> Letter:
    return Letter(id=lid, metadata=Metadata(date=date, dossier=dossier, number="1",
                                            signatory=signatory, signatory_role=role),
                  text=text, blocks=(Block("paragraph", 0, len(text)),))


LOOKS_BACK = ("In mijn brief van 4 maart 2011 heb ik toegezegd u te informeren over de "
              "uitkomsten; hierbij informeer ik u daarover.")


@pytest.mark.parametrize(("signatory", "role", "dossier", "named"), [
    ("U. Rosenthal", "Minister van Buitenlandse Zaken", "40000", True),  # the same signer
    ("B. Knapen", "Staatssecretaris van Buitenlandse Zaken", "40000", True),  # same ministry
    ("H. Bleker", "Staatssecretaris van Economische Zaken", "21501-20", True),  # same dossier
    ("H. Bleker", "Staatssecretaris van Economische Zaken", "40000", False),  # another hand
])
def test_a_letter_named_by_its_date_is_only_one_of_the_same_hand(signatory, role, dossier,
                                                                 named):
    """'Mijn brief van 4 maart 2011' means the writer's own letter: another ministry's letter
    of the same day is not it (a library holds many letters of one day)."""
    promise = _signed("p", "2011-03-04", "Ik zal u voor de zomer informeren over de uitkomsten.",
                      "21501-20", "U. Rosenthal", "Minister van Buitenlandse Zaken")
    later = _signed("l", "2011-04-13", LOOKS_BACK, dossier, signatory, role)
    lib = Library.of([promise, later, *filler_letters(12)])
    (ref,) = [r for r in references.references(later) if "4 maart" in r.text]
    assert (linker._names(lib, promise, ref) is not None) is named
