"""The linker's reasons are coded messages (desktop_app/lineage/linker.py): each says what it
is as a ``code`` and ``params`` (the window words it in the user's language), and its ``str``
is the English the command line, the JSON and the evaluation have always shown."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.errors import Message
from desktop_app.lineage import linker
from desktop_app.lineage.linker import Evidence, _conflict, _reasons, _weeks
from desktop_app.lineage.references import Reference
from desktop_app.model import Block, Letter, Metadata


def _evidence(**changes) -> Evidence:
    fields = dict(named=None, cue=False, looks_back=False, hands=False, same_dossier=False,
                  dossier=None, similarity=0.0, shared=(), conflict=None, topic_similarity=0.0,
                  topic_shared=(), around_due=False, soon=None, years=None)
    fields.update(changes)
    return Evidence(**fields)


@pytest.mark.parametrize(("evidence", "english", "code", "params"), [
    (_evidence(same_dossier=True, dossier="31066"), "same dossier (31066)",
     "lineage-same-dossier", {"dossier": "31066"}),
    (_evidence(shared=("ruimtevaartsubsidi", "uitkomst"),
               text="de uitkomsten van het onderzoek naar ruimtevaartsubsidies"),
     "says ruimtevaartsubsidies, uitkomsten", "lineage-says",
     {"words": "ruimtevaartsubsidies, uitkomsten"}),
    (_evidence(elsewhere="het commissiedebat van 22 november jl"),
     "but keeps a promise of het commissiedebat van 22 november jl", "lineage-elsewhere",
     {"origin": "het commissiedebat van 22 november jl"}),
    (_evidence(handed=("herbeleggingsplan", "vastgoed"), same_dossier=True, dossier="34919",
               topic_text="Integraal Herbeleggingsplan Vastgoed Defensie"),
     "hands over herbeleggingsplan, vastgoed", "lineage-hands-over",
     {"words": "herbeleggingsplan, vastgoed"}),
    (_evidence(topic_shared=("spreiding",), topic_text="Stand spreiding"),
     "on spreiding", "lineage-on", {"words": "spreiding"}),
    (_evidence(named=Message("names the letter of 16 maart 2022", "lineage-names-date",
                             date="16 maart 2022"),
               other_promise="een stand-van-zakenbrief"),
     "but recalls another promise: een stand-van-zakenbrief", "lineage-other-promise",
     {"thing": "een stand-van-zakenbrief"}),
    (_evidence(cites_other="29659-66", shared=("waddengemeenten",),
               text="Staatsbosbeheer en de Waddengemeenten"),
     "but recalls Kamerstuk 29659, nr. 66", "lineage-cites-other",
     {"dossier": "29659", "number": "66"}),
    (_evidence(cites_other="34000-IV-46", shared=("metingen",), text="de metingen"),
     "but recalls Kamerstuk 34000-IV, nr. 46", "lineage-cites-other",
     {"dossier": "34000-IV", "number": "46"}),
    (_evidence(looks_back=True), "looks back at a promise", "lineage-looks-back", {}),
    (_evidence(around_due=True, soon=("weeks", 3)), "around the due date",
     "lineage-around-due", {}),
    (_evidence(soon=("weeks", 3)), "3 weeks later in the dossier", "lineage-weeks-later",
     {"n": 3}),
    (_evidence(soon=("months", 5)), "5 months later in the dossier", "lineage-months-later",
     {"n": 5}),
    (_evidence(years=5.4), "5 years later", "lineage-years-later", {"n": 5}),
    (_evidence(years=4.5), "4 years later", "lineage-years-later", {"n": 4}),  # as :.0f
    (_evidence(settled=linker._KEPT_HERE), "but its own letter keeps it",
     "lineage-settled-kept", {}),
    (_evidence(settled=linker._REFUSAL), "but a refusal: nothing to fulfil",
     "lineage-settled-refusal", {}),
    (_evidence(settled=linker._UNSURE), "but the detector is unsure it is a commitment",
     "lineage-settled-unsure", {}),
    (_evidence(settled=linker._IN_MEETING), "but it is kept in a meeting with the Kamer",
     "lineage-settled-meeting", {}),
    (_evidence(action=True, shared=("gezelschapsdier",), text="de gezelschapsdieren"),
     "but a measure: its words said again do not say it was taken", "lineage-action-words",
     {}),
])
def test_each_reason_is_coded_and_says_the_old_english(evidence, english, code, params):
    reason = {str(r): r for r in _reasons(evidence)}[english]
    assert isinstance(reason, Message)
    assert (str(reason), reason.code, reason.params) == (english, code, params)


def test_the_reasons_come_in_the_old_order_and_words():
    named = Message("names the letter of 16 maart 2022", "lineage-names-date",
                    date="16 maart 2022")
    conflict = Message("but the derde, not the tweede", "lineage-other-ordinal",
                       theirs="derde", ours="tweede")
    reasons = _reasons(_evidence(named=named, same_dossier=True, dossier="31066",
                                 conflict=conflict, looks_back=True, soon=("weeks", 3),
                                 years=3.6))
    assert [str(r) for r in reasons] == [
        "names the letter of 16 maart 2022", "same dossier (31066)",
        "but the derde, not the tweede", "looks back at a promise",
        "3 weeks later in the dossier", "4 years later"]


@pytest.mark.parametrize(("later", "earlier", "soon"), [
    (date(2020, 1, 22), date(2020, 1, 1), ("weeks", 3)),
    (date(2020, 4, 29), date(2020, 1, 1), ("weeks", 17)),  # 119 days
    (date(2020, 6, 1), date(2020, 1, 1), ("months", 5)),
])
def test_how_soon_is_a_unit_and_a_number(later, earlier, soon):
    assert _weeks(later, earlier) == soon


def _ref(text: str, **fields) -> Reference:
    return Reference("b", 0, len(text), text, **fields)


@pytest.mark.parametrize(("promise", "ref", "english", "code", "params"), [
    ("Ik stuur u de Stand spreiding rijkswerkgelegenheid 2024 - 2028.",
     _ref("Hierbij de Stand spreiding rijkswerkgelegenheid 2025 - 2029."),
     "but 2025-2029, not 2024-2028", "lineage-other-years",
     {"theirs": "2025-2029", "ours": "2024-2028"}),
    ("Ik stuur u het verslag van de Eurogroep van 4 en 5 december.",
     _ref("Hierbij het verslag van de Eurogroep van 17 en 18 februari.",
          of_days=((17, 2), (18, 2))),
     "but about 17 februari, not the promised one", "lineage-other-day",
     {"day": "17 februari"}),
    ("U ontvangt de tweede voortgangsrapportage van het programma.",
     _ref("Hierbij de derde voortgangsrapportage van het programma."),
     "but the derde, not the tweede", "lineage-other-ordinal",
     {"theirs": "derde", "ours": "tweede"}),
])
def test_a_conflict_is_coded_and_says_the_old_english(promise, ref, english, code, params):
    found = _conflict(promise, ref)
    assert isinstance(found, Message)
    assert (str(found), found.code, found.params) == (english, code, params)


def test_naming_the_letter_is_coded_with_the_letters_number_or_its_dutch_date():
    def letter(lid, day, dossier, number):
        md = Metadata(date=day, dossier=dossier, number=number)
        return Letter(id=lid, metadata=md, text="Tekst.", blocks=(Block("paragraph", 0, 6),))

    source = letter("a", "2022-03-16", "31066", "1000")
    later = letter("b", "2022-09-01", "31066", "1100")
    lib = linker.Library.of([source, later])
    by_number = linker._names(lib, source, _ref("Zie Kamerstuk 31066, nr. 1000.",
                                                cites=("31066-1000",)))
    assert (str(by_number), by_number.code, by_number.params) == (
        "names the letter (Kamerstuk 31066, nr. 1000)", "lineage-names-kamerstuk",
        {"dossier": "31066", "number": "1000"})
    by_date = linker._names(lib, source, _ref("Mijn brief van 16 maart 2022.",
                                              dates=("2022-03-16",)))
    assert (str(by_date), by_date.code, by_date.params) == (
        "names the letter of 16 maart 2022", "lineage-names-date", {"date": "16 maart 2022"})
