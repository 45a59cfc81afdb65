"""The lineage linker (issue 20): what later sentences cite and say, and the ranking of later
letters for a promise, on small letters and on the labelled chains."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from testdata import one_block_letter

from desktop_app.commitments import rules
from desktop_app.lineage.evaluate import evaluate, load
from desktop_app.lineage.linker import Library, Promise, content_words, propose
from desktop_app.lineage.references import (
    REFERENCES_VERSION,
    cited_dates,
    cited_kamerstukken,
    references,
)


@pytest.mark.parametrize(("text", "cites"), [
    ("In mijn brief van 28 oktober 2013 (Kamerstuk 31 016, nr. 58) heb ik toegezegd",
     {"31016-58"}),
    ("Kamerstukken II 2019/20, 21 501-07, nr. 1642", {"21501-07-1642"}),
    ("zie kst-33997-55", {"33997-55"}),
    ("geen verwijzing hier", set()),
])
def test_kamerstukken_named_in_a_sentence(text, cites):
    assert cited_kamerstukken(text) == cites


def test_dates_named_in_a_sentence():
    assert cited_dates("mijn brief van 28 oktober 2013 en die van 3-2-2014") == {
        "2013-10-28", "2014-02-03"}


@pytest.mark.parametrize(("text", "dates"), [
    # the date of a debate or meeting names no letter of that day
    ("Tijdens het notaoverleg van 12 maart 2019 heb ik toegezegd u te informeren.", set()),
    ("Bij de begrotingsbehandeling op 4 en 5 november 2020 vroeg uw Kamer om een brief.", set()),
    # a letter named after the meeting still is
    ("In het debat over mijn brief van 2 april 2019 zegde ik dit toe.", {"2019-04-02"}),
    ("In het AO van 3 maart 2015 en in mijn brief van 9 mei 2015 heb ik dit gemeld.",
     {"2015-05-09"}),
])
def test_the_date_of_a_meeting_names_no_letter(text, dates):
    assert cited_dates(text) == dates


_letter = one_block_letter


def test_the_kind_of_reference_is_read_from_the_sentence_and_the_next():
    later = _letter("b", "2014-01-10", "Geachte voorzitter, Zoals ik in mijn brief van 28 "
                    "oktober 2013 heb aangekondigd, zou ik u voor 1 december informeren over "
                    "het onderzoek. Dit is niet binnen de gestelde termijn mogelijk gebleken.")
    (ref,) = [r for r in references(later) if r.looks_back]
    assert ref.postpones and "2013-10-28" in ref.dates


def test_a_sentence_the_detector_reads_as_an_earlier_promise_looks_back():
    """The linker also reads the commitment detector's rules for an earlier promise (a blind
    labelled set, c18-c22, had such sentences the linker's own words missed); a postponement
    keeps its own flag."""
    later = _letter("b", "2014-01-10", "Het onderzoek is gestart. Ik heb daarin een "
                    "inhoudelijke reactie aangekondigd. In de kabinetsreactie op het rapport is "
                    "vervolgonderzoek aangekondigd. Dit is niet binnen de termijn gelukt.")
    refs = references(later)
    assert [r.text[:20] for r in refs if r.looks_back] == ["Ik heb daarin een in",
                                                            "In de kabinetsreacti"]
    assert refs[-1].postpones and not refs[-1].looks_back


def test_the_detectors_earlier_rules_are_part_of_the_references_version():
    """References are kept as derived data under REFERENCES_VERSION: a change to the rules
    they read must bump it (then update the digest here). The gate is a set: its order is
    only how fast it is checked."""
    read = (rules.EARLIER, sorted(rules._GATES["earlier"]), rules._FOOTNOTE_MARKS.pattern,
            rules._GLUED_DIGITS.pattern, rules._GLUED_BETWEEN.pattern)
    digest = hashlib.sha256(repr(read).encode()).hexdigest()[:16]
    assert (REFERENCES_VERSION, digest) == ("8", "400087068f60a618")


def test_a_later_letter_naming_the_promise_letter_is_proposed_first_with_its_reasons():
    promise_letter = _letter("a", "2013-10-28", "Ik zal uw Kamer voor 1 december informeren "
                             "over het onderzoek naar de ruimtevaartsubsidies.", number="58")
    naming = _letter("b", "2014-02-07", "Hierbij informeer ik u, zoals aangekondigd in mijn "
                     "brief van 28 oktober 2013 (Kamerstuk 31 016, nr. 58), over het onderzoek "
                     "naar de ruimtevaartsubsidies.", number="65")
    other = _letter("c", "2014-03-01", "Hierbij informeer ik u over de begroting van het "
                    "ministerie voor het komende jaar.", number="66")
    earlier = _letter("d", "2013-01-01", "Hierbij informeer ik u over het onderzoek naar de "
                      "ruimtevaartsubsidies.", number="40")
    lib = Library.of([promise_letter, naming, other, earlier])
    text = promise_letter.text
    proposals = propose(lib, Promise("a", 0, len(text), text, "2013-11-30"))
    assert [p.reference.letter_id for p in proposals][:1] == ["b"]
    best = proposals[0]
    assert best.direct and best.kind == "fulfils"
    assert "names the letter (Kamerstuk 31016, nr. 58)" in best.reasons
    assert "d" not in [p.reference.letter_id for p in proposals]  # not before the promise


def test_content_words_meet_across_inflection():
    assert set(content_words("de evaluaties")) == set(content_words("de evaluatie"))


def test_on_the_labelled_chains_true_links_are_mostly_in_the_top_three():
    """A floor for the figures reported in the closing note (measured, not tuned here)."""
    rows, letters, library = load()
    result = evaluate(rows, letters, library)
    assert result["true_links"] >= 11
    assert result["in_top3"] >= 0.7


def test_the_evaluation_library_holds_letters_not_the_corpus_label_files():
    """The commitments corpus folder also holds labels-*.txt; they were read as distractor
    letters until December 2026 (no link pointed at one, but they are no letters)."""
    _, _, library = load()
    assert not any(Path(letter.source or "x").name.startswith("labels-")
                   for letter in library.letters.values())


def test_reasons_name_the_words_as_the_later_letter_writes_them():
    promise_letter = _letter("a", "2013-10-28", "Ik zal uw Kamer informeren over de "
                             "ruimtevaartsubsidies en de satellietbedrijven.", number="58")
    later = _letter("b", "2014-02-07", "Hierbij informeer ik u over de ruimtevaartsubsidie "
                    "voor satellietbedrijven.", number="65")
    lib = Library.of([promise_letter, later])
    text = promise_letter.text
    (proposal,) = propose(lib, Promise("a", 0, len(text), text), at_least=0)
    says = next(r for r in proposal.reasons if r.startswith("says "))
    assert "ruimtevaartsubsidie" in says and "satellietbedrijven" in says
    assert "ruimtevaartsubsidi," not in says + ","


def test_the_words_of_promising_itself_say_nothing_of_what_was_promised():
    """'toegezegde' and 'toezeggingen' are as generic as 'toegezegd': a later letter of
    another dossier that says 'de toegezegde brief' restates no promise's object (a letter
    of a new corpus set outranked a true link on that word alone)."""
    assert content_words("De toegezegde informatie over toezeggingen en het spoorbeheerplan") \
        == ["informati", "spoorbeheerplan"]  # stems
