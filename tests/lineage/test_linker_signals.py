"""The linker's signals (issue 20), each on small made-up letters: what names the promise's
letter, what shows a later sentence is about another thing, what is not evidence, and the kind
read from the sentence and its neighbours. The chain-set figures are in evaluate.py."""

from __future__ import annotations

import pytest
from testdata import filler_letters, one_block_letter

from desktop_app.lineage.evaluate import evaluate, load, select
from desktop_app.lineage.linker import Library, Promise, content_words, propose
from desktop_app.lineage.references import letter_days, named_days, object_days
from desktop_app.model import Letter

_letter = one_block_letter


def _proposals(promise_letter: Letter, later: list[Letter], due: str | None = None, **kw):
    lib = Library.of([promise_letter, *later, *filler_letters(12)])
    text = promise_letter.text
    return propose(lib, Promise(promise_letter.id, 0, len(text), text, due), **kw)


@pytest.mark.parametrize(("text", "days"), [
    ("In mijn brief van 27 mei jl. heb ik aangegeven", {(27, 5)}),
    ("In mijn brief van 25 januari1 jl. heb ik u toegezegd", {(25, 1)}),  # footnote mark
    ("Hierover heb ik u geïnformeerd in mijn brieven van 1 en 10 juni.", {(1, 6), (10, 6)}),
    # a date in the sentence that is not the letter's: the team stopped on 3 July
    ("In de brief van 10 juli is gemeld dat het team per 3 juli is opgeschort.", {(10, 7)}),
    ("Het overleg van 27 mei is verplaatst.", set()),  # no letter named
])
def test_a_letter_named_by_day_and_month(text, days):
    assert letter_days(text) == days


def test_a_later_letter_naming_the_promise_letter_by_day_and_month_is_proposed():
    promise = _letter("a", "2011-05-27", "Ik zal u de visie op het mestbeleid in september "
                      "toesturen.", dossier="28385", number="208")
    later = _letter("b", "2011-08-25", "In mijn brief van 27 mei jl. heb ik aangegeven dat ik "
                    "met de sector wil komen tot een visie.", dossier="28385", number="213")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert best.reference.letter_id == "b" and best.direct
    assert "names the letter of 27 mei 2011" in best.reasons


def test_a_bare_citation_without_looking_back_is_only_a_possible_link():
    """The later letter cites the promise's letter as the baseline of another report: it does
    not look back at the promise, hand it over or say its words."""
    promise = _letter("a", "2020-09-15", "Deze brieven zullen uw Kamer waarschijnlijk kort "
                      "voor het Kerstreces bereiken.", dossier="27830", number="313")
    later = _letter("b", "2021-05-19", "Deze afwijkingsrapportage geeft de afwijkingen weer "
                    "ten opzichte van het projectenoverzicht dat in september (Kamerstuk 27 830,"
                    " nr. 313) aan uw Kamer is verzonden.", dossier="27830", number="338")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert "names the letter (Kamerstuk 27830, nr. 313)" in best.reasons
    assert not best.direct


def test_the_promise_letter_named_in_a_sentence_that_looks_back_is_proposed():
    promise = _letter("a", "2020-09-15", "Deze brieven zullen uw Kamer waarschijnlijk kort "
                      "voor het Kerstreces bereiken.", dossier="27830", number="313")
    later = _letter("b", "2020-12-10", "Zoals aangekondigd in Kamerstuk 27 830, nr. 313 stuur "
                    "ik u hierbij de brieven.", dossier="27830", number="320")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert best.direct


@pytest.mark.parametrize(("text", "days"), [
    ("Het verslag van de Eurogroep en Ecofinraad van 4 en 5 december zal ik u sturen",
     {(4, 12), (5, 12)}),
    ("Ik zal u voor 14 februari informeren", set()),  # a term, not what it is about
    ("In mijn brief van 28 oktober heb ik gemeld", set()),  # a letter's date
])
def test_the_date_of_what_a_promise_is_about(text, days):
    assert object_days(text) == days


def test_named_days_of_a_later_sentence_skip_terms_and_letters():
    assert named_days("Verslag Eurogroep 16 maart 2020") == {(16, 3)}
    assert named_days("Op 5 oktober bent u per brief geïnformeerd") == set()


def test_a_report_of_another_meeting_is_not_proposed():
    """Recurring agenda words (Eurogroep, verslag) in the same dossier, but the report of
    another meeting: a possible link at most, with the reason shown."""
    promise = _letter("a", "2019-12-09", "Het gehele verslag van de Eurogroep en Ecofinraad "
                      "van 4 en 5 december zal ik u binnenkort toesturen.", dossier="21501-07",
                      number="1642")
    other = _letter("b", "2020-02-21", "Hierbij zend ik u het verslag van de Eurogroep en "
                    "Ecofinraad van 17 en 18 februari 2020.", dossier="21501-07", number="1655")
    same = _letter("c", "2019-12-20", "Hierbij zend ik u het verslag van de Eurogroep en "
                   "Ecofinraad van 4 en 5 december 2019.", dossier="21501-07", number="1650")
    by_id = {p.reference.letter_id: p for p in _proposals(promise, [other, same], at_least=0)}
    assert by_id["c"].direct
    assert not by_id["b"].direct
    assert any(r.startswith("but about 17 februari") for r in by_id["b"].reasons)


def test_a_report_counted_otherwise_is_not_proposed():
    promise = _letter("a", "2020-07-03", "Een beleidsreactie op de monitor ontvangt u in de "
                      "tweede voortgangsrapportage van het programma ouderenzorg.",
                      dossier="34104", number="299")
    later = _letter("b", "2021-03-08", "Hierbij bied ik u de derde voortgangsrapportage van "
                    "het programma ouderenzorg aan.", dossier="34104", number="320")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert not best.direct
    assert "but the derde, not the tweede" in best.reasons


def test_time_words_are_not_what_a_promise_is_about():
    assert content_words("Daarna informeer ik u zo spoedig mogelijk, uiterlijk dit najaar.") \
        == []


def test_looking_back_around_the_due_date_in_another_dossier_is_no_proposal():
    promise = _letter("a", "2013-02-04", "Ik zal u de spooragenda voor 14 februari sturen.",
                      dossier="29984", number="381")
    other = _letter("b", "2013-02-14", "In bijgaande brief informeer ik u hierover zoals is "
                    "toegezegd in de brief van maart 2012.", dossier="31322", number="200")
    (best,) = _proposals(promise, [other], due="2013-02-13", at_least=0, top=1)
    assert "around the due date" in best.reasons and not best.direct


def test_the_next_letter_of_the_dossier_ranks_above_an_unrelated_look_back():
    """An implicit fulfilment shares only the dossier, the subject and the time with its
    promise; that puts it above a letter of another dossier that merely looks back."""
    promise = _letter("a", "2012-05-22", "Daarna informeer ik u zo spoedig mogelijk.",
                      dossier="32144", number="13", subject="Stages van vreemdelingen")
    implicit = _letter("b", "2012-06-13", "Het vonnis over de stages van vreemdelingen wordt "
                       "nog bestudeerd.", dossier="32144", number="14",
                       subject="Stages van vreemdelingen")
    unrelated = _letter("c", "2012-06-01", "Zoals toegezegd informeer ik u over de begroting.",
                        dossier="30000", number="5")
    ranked = [p.reference.letter_id for p in _proposals(promise, [implicit, unrelated],
                                                          at_least=0)]
    assert ranked[0] == "b"
    best = _proposals(promise, [implicit, unrelated], at_least=0)[0]
    assert "3 weeks later in the dossier" in best.reasons and not best.direct


KIND_CASES = [
    # a delivery still to come with a new term
    ("Ik zal u voor het einde van dit jaar mijn reactie sturen.", "2013-12-31",
     "Zoals ik in mijn brief van 28 oktober 2013 heb aangekondigd stuur ik u in januari 2014 "
     "mijn reactie.", "postpones"),
    # handed over
    ("Ik zal u voor het einde van dit jaar mijn reactie sturen.", "2013-12-31",
     "Hierbij treft u zoals aangekondigd in mijn brief van 28 oktober 2013 mijn reactie aan.",
     "fulfils"),
    # the same term said again
    ("Ik zal u deze visie in september toesturen.", "2013-09-30",
     "Zoals aangekondigd in mijn brief van 28 oktober 2013 streef ik nog steeds naar "
     "toezending van de visie in september.", "repeats"),
    # a standing promise: every later instalment restates it
    ("Elk half jaar informeer ik u over het goederenvervoer.", None,
     "Hierbij informeer ik u, zoals aangekondigd in mijn brief van 28 oktober 2013, over het "
     "goederenvervoer.", "repeats"),
    # progress on what was promised: still open
    ("Ik zal u een plan van aanpak voor de zoönosen sturen.", None,
     "Met deze brief informeer ik u over de voortgang op het plan van aanpak voor de zoönosen, "
     "zoals aangekondigd in mijn brief van 28 oktober 2013.", "repeats"),
]


@pytest.mark.parametrize(("promise_text", "due", "later_text", "kind"), KIND_CASES)
def test_the_kind_is_read_from_the_referring_sentence(promise_text, due, later_text, kind):
    promise = _letter("a", "2013-10-28", promise_text, number="58")
    later = _letter("b", "2013-12-04", later_text, number="60")
    (best,) = _proposals(promise, [later], due=due, at_least=0, top=1)
    assert best.kind == kind


def test_a_delay_named_in_a_letter_that_hands_the_report_over_fulfils():
    promise = _letter("a", "2018-12-12", "Zo spoedig mogelijk daarna zend ik u de tweede "
                      "voortgangsrapportage.", dossier="34293", number="49")
    later = _letter("b", "2019-02-27", "Hierbij bied ik u de tweede voortgangsrapportage aan. "
                    "Zoals ik in de brief van 12 december 2018 (Kamerstuk 34 293, nr. 49) heb "
                    "laten weten, liep deze rapportage vertraging op.", dossier="34293",
                    number="50")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert best.kind == "fulfils"


@pytest.mark.parametrize(("spec", "chains"), [
    ("c01-c03", ["c01", "c02", "c03"]),
    ("c02,c05-c06", ["c02", "c05", "c06"]),
    ("odd", ["c01", "c03", "c05"]),
    ("even", ["c02", "c04", "c06"]),
    (None, ["c01", "c02", "c03", "c04", "c05", "c06"]),
])
def test_chains_are_selected_by_id(spec, chains):
    rows = [{"chain": f"c{i:02d}"} for i in range(1, 7)]
    assert [r["chain"] for r in select(rows, spec)] == chains


def test_the_evaluation_reads_another_data_folder(tmp_path):
    """A tests/data-shaped folder: its chains, its letters, scored per kind."""
    letters = tmp_path / "lineage" / "letters"
    letters.mkdir(parents=True)
    (letters / "a.txt").write_text(
        "31 016 Ziekenhuiszorg\n\nNr. 58 BRIEF VAN DE MINISTER\n\nDen Haag, 28 oktober "
        "2013\n\nIk zal u voor het einde van dit jaar mijn reactie op het rapport sturen.\n",
        encoding="utf-8")
    (letters / "b.txt").write_text(
        "31 016 Ziekenhuiszorg\n\nNr. 65 BRIEF VAN DE MINISTER\n\nDen Haag, 7 februari "
        "2014\n\nHierbij treft u zoals aangekondigd in mijn brief van 28 oktober 2013, met "
        "Kamerstuk 31 016, nr. 58, mijn reactie op het rapport aan.\n", encoding="utf-8")
    header = "chain\tstep\tpromise_file\tpromise_snippet\tlater_file\tlater_snippet\tkind\n"
    (tmp_path / "lineage" / "chains.tsv").write_text(
        header + "c31\t1\tlineage/letters/a.txt\tmijn reactie op het rapport sturen\t"
        "lineage/letters/b.txt\tmijn reactie op het rapport aan\tfulfils\n", encoding="utf-8")
    rows, found, library = load(data=tmp_path, extra=())
    result = evaluate(rows, found, library)
    assert result["true_links"] == 1 and result["in_top1"] == 1.0
    assert result["per_kind"] == {"fulfils": {"links": 1, "in_top3": 1, "kind_right": 1}}
    assert result["wrong_top1"] == 0.0


def test_on_the_chains_it_was_written_against_the_bar_holds():
    """The issue's bar on chains c01-c30, which the signals and weights were set on (see the
    held-out figures of `evaluate --held-out` for what they are worth elsewhere)."""
    rows, letters, library = load()
    result = evaluate(select(rows, "c01-c30"), letters, library)
    assert result["true_links"] >= 19
    assert result["in_top3"] >= 0.8
    assert result["wrong_top1"] <= 0.1


def test_on_every_labelled_chain_the_figures_hold():
    """All chains, including those added after the linker was written (c31 and up, each batch
    scored blind once before anything changed for it): 82 chains, 58 true links, top 3 0.931
    (>= 0.8; 0.948 before 20 more letters of the same dossiers joined the library). Each
    promise is given the kind and confidence the detector gives it in the window: since
    settled promises get no likely proposal (a detection marked possible, a sentence about
    its own letter), 2 wrong top-1 of 19 proposals (0.105). Plural verbs of handing over
    ('Hierbij bieden de ministers u …') and the earliest letter first among direct evidence
    give 1 wrong of 20 (0.05; these rules were written after the two wrong ones were read:
    not blind). Four more chains (c300-c303, four new letter pairs of other dossiers) were
    then scored blind once: 3 of 4 true links in the top 3, 1 proposal, right. All chains:
    62 true links, top 3 0.919, 1 wrong top-1 of 21; 1 of 20 with detector 2.5, which keeps
    a rule's promise the scorer doubts as a possible one (settled: no likely link). 1 of 19
    since a sentence that looks back at another cited letter is no direct evidence (c170's
    later letter recalls the letter that answered the promise); 1 of 20 with detectors 2.7
    and 2.8. The linker must still propose (a linker that proposes nothing has no wrong
    proposals). What a user meets is measured in test_evaluate (the links shown first)."""
    rows, letters, library = load()
    result = evaluate(rows, letters, library)
    assert result["true_links"] >= 62
    assert result["in_top3"] >= 0.91
    assert result["wrong_top1"] <= 0.1
    assert result["top1_proposals"] >= 19
    assert result["in_top1"] >= 0.72


# --- K5: fewer wrong proposals (issue 20) -------------------------------------------------


def test_the_promise_words_restated_without_looking_back_or_handing_over_are_no_proposal():
    """A later letter that only mentions the promised thing again ('ik zal dit betrekken in
    mijn visie op de megastallen') neither delivers nor looks back: a possible link only."""
    promise = _letter("a", "2011-02-11", "Verder heb ik toegezegd om in oktober 2011 mijn visie "
                      "op megastallen en dierenwelzijn aan de Kamer te sturen.", dossier="28973")
    later = _letter("b", "2011-09-23", "Ik zal de inhoud van deze rapportage betrekken in mijn "
                    "visie op de megastallen en het dierenwelzijn.", dossier="28973")
    (best,) = _proposals(promise, [later], due="2011-10-31", at_least=0, top=1)
    assert best.reference.letter_id == "b"
    assert any(r.startswith("says ") for r in best.reasons)
    assert not best.direct


def test_the_promise_words_restated_in_a_delivering_sentence_are_a_proposal():
    promise = _letter("a", "2011-02-11", "Verder heb ik toegezegd om in oktober 2011 mijn visie "
                      "op megastallen en dierenwelzijn aan de Kamer te sturen.", dossier="28973")
    later = _letter("b", "2011-11-23", "Hierbij bied ik u mijn visie op megastallen en het "
                    "dierenwelzijn aan.", dossier="28973")
    (best,) = _proposals(promise, [later], due="2011-10-31", at_least=0, top=1)
    assert best.direct and best.kind == "fulfils"


def test_a_date_after_dd_is_what_the_sentence_is_about():
    assert named_days("het verslag van de bezoeken aan Israël d.d. 7–9 december 2013") == {
        (7, 12), (9, 12)}


def test_a_report_of_a_later_visit_is_not_the_promised_report():
    """'verslag … van mijn bezoek aan de regio, van 16–19 juni' is not met by the report of the
    visits 'd.d. 7–9 december'."""
    promise = _letter("a", "2013-06-24", "Ik zal Uw Kamer spoedig schriftelijk verslag doen van "
                      "mijn bezoek aan de regio, van 16–19 juni jl.", dossier="23432")
    later = _letter("b", "2013-12-19", "Hierbij bied ik u het verslag aan van de bezoeken aan de "
                    "Palestijnse Gebieden en Israël d.d. 7–9 december 2013.", dossier="23432")
    (best,) = _proposals(promise, [later], at_least=float("-inf"), top=1)
    assert not best.direct
    assert "but about 7 december, not the promised one" in best.reasons


def test_a_summary_page_that_says_the_letter_hands_over_delivers():
    from desktop_app.lineage.references import references

    text = ("Kamerbrief waarin staatssecretaris Bleker zijn visie op de veehouderij in Nederland "
            "aanbiedt aan de Tweede Kamer.")
    (ref,) = references(_letter("p", "2011-11-23", text))
    assert ref.delivers and not ref.announces


@pytest.mark.parametrize("text", [
    "Hierbij bieden de ministers van BZK en VWS u het rapport over de brandveiligheid aan.",
    "Hierbij sturen wij u de tweede voortgangsrapportage.",
    "Met deze brief informeren wij uw Kamer over de uitkomsten van het onderzoek.",
])
def test_handing_over_in_the_plural_delivers(text):
    from desktop_app.lineage.references import references

    (ref,) = references(_letter("p", "2012-02-07", text))
    assert ref.delivers and not ref.announces


def test_naming_the_letter_for_another_promised_thing_is_no_direct_evidence():
    """The letter promised a «beleids- en uitvoeringsbrief»; the later one names it but
    recalls its other promise, a stand-van-zakenbrief: not this promise's link."""
    promise = _letter("a", "2022-03-16", "Om u als Kamer goed te betrekken in dit proces ben ik "
                      "voornemens u voor het zomerreces een «beleids- en uitvoeringsbrief» te "
                      "sturen.", dossier="31066", number="986")
    later = _letter("b", "2022-09-02", "In mijn brief van 16 maart 2022 heb ik uw Kamer "
                    "toegezegd voor het eerstvolgende commissiedebat Belastingdienst een "
                    "stand-van-zakenbrief te sturen.", dossier="31066", number="1100")
    (best,) = _proposals(promise, [later], at_least=float("-inf"), top=1)
    assert not best.direct
    assert "but recalls another promise: een stand-van-zakenbrief" in best.reasons
    assert "names the letter of 16 maart 2022" in best.reasons  # shown, but not counted


_WADDEN_PROMISE = ("Zodra Staatsbosbeheer en de Waddengemeenten tot overeenstemming zijn "
                   "gekomen, zal ik uw Kamer hierover informeren.")


@pytest.mark.parametrize(("cited", "direct"), [
    # another letter of the dossier: the sentence recalls what that letter said
    ("van 3 maart 2011 (Tweede Kamer, vergaderjaar 2010–2011, 29 659, nr. 66)", False),
    ("van 20 december 2010 (Kamerstuk 29 659, nr. 64)", True),  # the promise's own letter
    ("van 3 maart 2011", True),  # no document cited: the words said again are evidence
])
def test_looking_back_at_another_cited_letter_is_no_direct_evidence(cited, direct):
    """'Ik heb in mijn brief van 3 maart 2011 (…, nr. 66) aangegeven dat Staatsbosbeheer en de
    Waddengemeenten een bestuurlijk akkoord hebben bereikt' recalls letter 66 (which answered
    the promise of letter 64): the promise's words said again there are not this link."""
    promise = _letter("a", "2010-12-20", _WADDEN_PROMISE, dossier="29659", number="64")
    later = _letter("b", "2011-06-20", f"Ik heb in mijn brief {cited} aan uw "
                    "Kamer aangegeven dat Staatsbosbeheer en de Waddengemeenten een bestuurlijk "
                    "akkoord hebben bereikt.", dossier="29659", number="67")
    (best,) = _proposals(promise, [later], at_least=float("-inf"), top=1)
    assert best.direct is direct
    assert ("but recalls Kamerstuk 29659, nr. 66" in best.reasons) is (not direct)


def test_a_document_the_promise_cites_itself_is_no_other_letter():
    """Both sentences cite the debate's report where the promise was made: the later one
    looks back at the same promise."""
    promise = _letter("a", "2010-12-20", "Tijdens het algemeen overleg (Kamerstuk 29 659, nr. "
                      "60) heb ik toegezegd dat ik, zodra Staatsbosbeheer en de Waddengemeenten "
                      "tot overeenstemming zijn gekomen, uw Kamer zal informeren.",
                      dossier="29659", number="64")
    later = _letter("b", "2011-06-20", "Zoals toegezegd in het algemeen overleg (Kamerstuk "
                    "29 659, nr. 60) meld ik u dat Staatsbosbeheer en de Waddengemeenten een "
                    "bestuurlijk akkoord hebben bereikt.", dossier="29659", number="67")
    (best,) = _proposals(promise, [later], at_least=float("-inf"), top=1)
    assert best.direct
    assert not any(str(r).startswith("but recalls Kamerstuk") for r in best.reasons)


@pytest.mark.parametrize(("text", "delivers"), [
    ("Hierbij is verzocht om specifiek in te gaan op de vragen van de commissie.", False),
    ("Hierbij vraagt de commissie het kabinet om in te gaan op het rapport.", False),
    ("De Minister van Justitie zal hierbij ook een terugkoppeling geven.", False),
    ("Hierbij gaan wij in op de vragen van de commissie.", True),
])
def test_a_plural_delivers_only_right_after_hierbij(text, delivers):
    """Further on, "gaan" or "geven" is an infinitive, no handing over."""
    from desktop_app.lineage.references import references

    refs = references(_letter("p", "2012-02-07", text))
    assert any(r.delivers for r in refs) is delivers


def test_the_earliest_direct_answer_does_not_push_the_strongest_out():
    """Two early letters name the promise's letter and say little more; a late one names it
    and hands the report over. All three have direct evidence: of the two shown, the earliest
    comes first, and the strongest is still shown."""
    promise = _letter("a", "2013-10-28", "Ik zal uw Kamer voor 1 december informeren over de "
                      "evaluatie van de ruimtevaartsubsidies.", dossier="31016", number="58")
    early = [_letter(f"r{k}", f"2014-0{k}-10", "Zoals toegezegd in mijn brief van 28 oktober "
                     "2013 kom ik later op het onderwerp terug.", dossier="31016",
                     number=str(60 + k)) for k in (1, 2)]
    naming = _letter("n", "2014-09-01", "Hierbij ontvangt u, zoals toegezegd in mijn brief van "
                     "28 oktober 2013 (Kamerstuk 31 016, nr. 58), de evaluatie van de "
                     "ruimtevaartsubsidies.", dossier="31016", number="70")
    everything = _proposals(promise, [*early, naming], at_least=0, top=3)
    assert all(p.direct for p in everything)
    assert max(everything, key=lambda p: p.score).reference.letter_id == "n"
    shown = _proposals(promise, [*early, naming], at_least=0, top=2)
    assert [p.reference.letter_id for p in shown] == ["r1", "n"]


@pytest.mark.parametrize("recalled", [
    "een «beleids- en uitvoeringsbrief» te sturen",  # the same thing
    # the same thing, with a time last before "te sturen"
    "u de «beleids- en uitvoeringsbrief» voor de begrotingsbehandeling te sturen",
    "een brief te sturen",  # a thing every promise may be called
    "u te informeren",  # no thing
])
def test_naming_the_letter_for_the_same_or_an_unnamed_thing_stays_direct(recalled):
    promise = _letter("a", "2022-03-16", "Om u als Kamer goed te betrekken in dit proces ben ik "
                      "voornemens u voor het zomerreces een «beleids- en uitvoeringsbrief» te "
                      "sturen.", dossier="31066", number="986")
    later = _letter("b", "2022-09-02", "In mijn brief van 16 maart 2022 heb ik uw Kamer "
                    f"toegezegd {recalled}.", dossier="31066", number="1100")
    (best,) = _proposals(promise, [later], at_least=float("-inf"), top=1)
    assert best.direct
    assert not any(str(r).startswith("but recalls") for r in best.reasons)


def test_among_direct_evidence_the_earliest_letter_comes_first():
    """Both later letters name the promise's letter; the one that sent the reaction six weeks
    on comes before the one that, a year later, cites it with more of its words."""
    promise = _letter("a", "2011-12-23", "Het streven is uw Kamer deze kabinetsreactie zo "
                      "spoedig mogelijk na het reces te doen toekomen.", dossier="32757",
                      number="32")
    first = _letter("b", "2012-02-07", "Hierbij bieden de ministers u hun reactie aan op het "
                    "rapport (Kamerstuk 32 757, nr. 32).", dossier="32757", number="34")
    again = _letter("c", "2013-04-04", "In de kabinetsreactie op dit rapport (Kamerstuk 32 757, "
                    "nr. 32) is vervolgonderzoek aangekondigd naar de kabinetsreactie.",
                    dossier="32757", number="60")
    found = _proposals(promise, [again, first], at_least=0, top=2)
    assert [p.reference.letter_id for p in found] == ["b", "c"]
    assert all(p.direct for p in found)
    assert found[1].score > found[0].score  # the order is not the score's


def test_words_most_letters_of_a_dossier_use_are_no_evidence_within_it():
    """In a dossier of Eurogroup letters, 'eurogroep' and 'ecofinraad' are in every letter:
    a later letter of the dossier that says only them again restates nothing."""
    common = "de Eurogroep en de Ecofinraad"
    dossier = [_letter(f"d{i}", f"2020-0{i}-10", f"Hierbij zend ik u de agenda voor {common} "
                       f"over onderwerp {i}.", dossier="21501-07", number=str(i))
               for i in range(1, 6)]
    promise = _letter("a", "2020-03-05", f"Ik zal u een verslag van {common} over de "
                      "bankenunie sturen.", dossier="21501-07", number="1656")
    later = _letter("b", "2020-04-01", f"Hierbij zend ik u het verslag van {common} over het "
                    "herstelfonds.", dossier="21501-07", number="1680")
    lib = Library.of([promise, later, *dossier, *filler_letters(40)])
    assert {"eurogroep", "ecofinraad"} <= lib.dossier_words("21501-07")
    found = propose(lib, Promise("a", 0, len(promise.text), promise.text), top=10,
                    at_least=float("-inf"))
    (best,) = [p for p in found if p.reference.letter_id == "b"]
    said = next((r for r in best.reasons if r.startswith("says ")), "")
    assert "eurogroep" not in said and "ecofinraad" not in said
    assert not best.direct


def test_the_evidence_cache_gives_the_same_proposals_and_is_reused():
    promise = _letter("a", "2013-10-28", "Ik zal u voor het einde van dit jaar mijn reactie op "
                      "het rapport over de hartchirurgie sturen.", number="58")
    later = _letter("b", "2014-02-07", "Hierbij treft u zoals aangekondigd mijn reactie op het "
                    "rapport over de hartchirurgie aan.", number="65")
    lib = Library.of([promise, later, *filler_letters(12)])
    p = Promise("a", 0, len(promise.text), promise.text, "2013-12-31")
    cache: dict = {}
    first = propose(lib, p, cache=cache)
    assert first == propose(lib, p) == propose(lib, p, cache=cache)
    assert any(isinstance(v, list) for v in cache.values())


def _chain_folder(tmp_path, later_head: str):
    letters = tmp_path / "lineage" / "letters"
    letters.mkdir(parents=True)
    (letters / "a.txt").write_text(
        "31 016 Ziekenhuiszorg\n\nNr. 58 BRIEF VAN DE MINISTER\n\nDen Haag, 28 oktober "
        "2013\n\nDe Inspectie heeft mij het rapport gestuurd. Ik zal u voor het einde van dit "
        "jaar mijn reactie op het rapport over de hartchirurgie sturen.\n", encoding="utf-8")
    (letters / "b.txt").write_text(
        later_head + "Hierbij bied ik u mijn reactie op het rapport over de hartchirurgie "
        "aan.\n", encoding="utf-8")
    header = "chain\tstep\tpromise_file\tpromise_snippet\tlater_file\tlater_snippet\tkind\n"
    (tmp_path / "lineage" / "chains.tsv").write_text(
        header + "c31\t1\tlineage/letters/a.txt\tvoor het einde van dit jaar mijn reactie\t"
        "lineage/letters/b.txt\tmijn reactie op het rapport\tfulfils\n", encoding="utf-8")
    return tmp_path


def test_the_evaluation_dates_a_stored_page_from_its_sources(tmp_path):
    """A summary page has no date in its text; SOURCES.tsv has it (the app would read it from
    the page): without it the later letter is never a candidate."""
    data = _chain_folder(tmp_path, "Reactie op het rapport\n\n")
    (data / "lineage" / "SOURCES.tsv").write_text(
        "file\turl\tsite\tministry\tdate\tdossier\tcomplete\n"
        "b.txt\thttps://example.org/b\trijksoverheid\tVWS\t2014-02-07\t31016\topening\n",
        encoding="utf-8")
    rows, found, library = load(data=data, extra=())
    assert found["lineage/letters/b.txt"].metadata.date == "2014-02-07"
    assert found["lineage/letters/b.txt"].metadata.dossier == "31016"
    result = evaluate(rows, found, library)
    assert result["in_top1"] == 1.0


def test_the_evaluation_links_the_whole_sentence_of_the_promise(tmp_path):
    """The chain names part of the promise; the app links the detected sentence, whose words
    (here 'hartchirurgie') are the evidence."""
    from desktop_app.lineage.evaluate import _sentence

    data = _chain_folder(tmp_path, "31 016 Ziekenhuiszorg\n\nNr. 65 BRIEF VAN DE MINISTER\n\n"
                         "Den Haag, 7 februari 2014\n\n")
    rows, found, library = load(data=data, extra=())
    letter = found["lineage/letters/a.txt"]
    i = letter.text.index("voor het einde")
    start, end = _sentence(letter, (i, i + 10))
    assert letter.text[start:end].startswith("Ik zal u voor het einde")
    assert letter.text[start:end].rstrip(".").endswith("hartchirurgie sturen")


def test_held_out_pools_the_folds_per_kind(tmp_path):
    from desktop_app.lineage.evaluate import held_out

    data = _chain_folder(tmp_path, "31 016 Ziekenhuiszorg\n\nNr. 65 BRIEF VAN DE MINISTER\n\n"
                         "Den Haag, 7 februari 2014\n\n")
    rows, found, library = load(data=data, extra=())
    out = held_out(rows, found, library)
    lodo = out["leave one dossier out"]
    assert lodo["true_links"] == 1 and lodo["in_top3"] == 1.0
    assert lodo["per_kind"] == {"fulfils": {"links": 1, "in_top3": 1, "kind_right": 1}}


# --- what a person judged wrong among the links shown first (docs/lineage/shown-links-2026-12)


@pytest.mark.parametrize(("promise_date", "promise_dossier", "later_text", "later_dossier"), [
    # the Kamerstuk right after the date is another document of that day
    ("2013-02-13", "29984", "In mijn brief van 13 februari 2013 (Kamerstuk 33 400 A, nr. 103) "
     "informeerde ik u over de bezuinigingen op het Infrastructuurfonds.", "29984"),
    # a day no letter word names is the day of the document cited after it in the clause: the
    # report sent, not the letter of another dossier of that day (a new letter of c44 took a
    # chain's first place this way)
    ("2018-12-20", "29477", "Op 20 december 2018 heb ik u het onderzoeksrapport «Balans in de "
     "huisartsenzorg» (Kamerstuk 33 578, nr. 60) toegezonden.", "33578"),
])
def test_a_date_with_another_kamerstuk_after_it_names_that_document_not_the_promise_letter(
        promise_date, promise_dossier, later_text, later_dossier):
    promise = _letter("a", promise_date, "Ik zal u voor de zomer informeren over de "
                      "spoorambities.", dossier=promise_dossier, number="384")
    later = _letter("b", "2019-04-23", later_text, dossier=later_dossier, number="400")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert not any(r.startswith("names the letter") for r in best.reasons)


def test_a_date_followed_by_the_promise_letters_own_number_names_it():
    promise = _letter("a", "2013-02-13", "Ik zal u voor de zomer informeren over de "
                      "spoorambities.", dossier="29984", number="384")
    later = _letter("b", "2013-06-07", "In mijn brief van 13 februari 2013 (Kamerstuk 29 984, "
                    "nr. 384) heb ik toegezegd u te informeren.", dossier="29984", number="400")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert "names the letter (Kamerstuk 29984, nr. 384)" in best.reasons and best.direct


def test_a_kamerstuk_at_the_end_of_the_sentence_leaves_the_date_naming_the_letter():
    """'Bij brief van 10 april 2015 heb ik u geïnformeerd over … de motie-Slob (Kamerstuk
    34 000 VI, nr. 72)': the number is the motion's, the day the letter's."""
    promise = _letter("a", "2015-04-10", "Ik zal u informeren over de onderzoeksopdracht naar "
                      "de schikking.", dossier="34000-VI", number="78")
    later = _letter("b", "2015-06-01", "Bij brief van 10 april 2015 heb ik uw Kamer geïnformeerd "
                    "over de wijze waarop ik uitvoering zou geven aan de motie-Slob inzake de "
                    "schikking (Kamerstuk 34 000 VI, nr. 72).", dossier="34000-VI", number="84")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert "names the letter of 10 april 2015" in best.reasons and best.direct


def test_a_day_named_in_another_dossier_needs_the_promises_words_to_be_proposed():
    """'In de brief van 10 juli 2020 is gemeld dat het CAF-team is opgeschort' (Financiën) is
    not the OCW letter of that day, although both ministers may be unknown."""
    promise = _letter("a", "2020-07-10", "Ik zal uw Kamer voor de zomer informeren over de "
                      "lerarenopleidingen.", dossier="35300-VIII", number="212")
    other = _letter("b", "2021-01-27", "In de brief van 10 juli 2020 is aan uw Kamer gemeld dat "
                    "het team is opgeschort.", dossier="31066", number="807")
    same = _letter("c", "2021-01-28", "In de brief van 10 juli 2020 heb ik toegezegd u te "
                   "informeren over de lerarenopleidingen.", dossier="31066", number="808")
    found = {p.reference.letter_id: p for p in _proposals(promise, [other, same], at_least=0)}
    assert not found["b"].direct
    assert found["c"].direct


@pytest.mark.parametrize(("text", "kind", "confidence", "settled"), [
    # its own letter keeps it
    ("Hierbij doe ik u namens het kabinet het rapport over de lerarenopleidingen toekomen.",
     "promise", "high", True),
    ("Met deze brief doe ik de toezegging over de lerarenopleidingen gestand.",
     "earlier", "high", True),
    ("Tijdens het algemeen overleg heb ik toegezegd u te informeren over de "
     "lerarenopleidingen.", "earlier", "high", True),
    # something is still to come
    ("Tijdens het algemeen overleg heb ik toegezegd u voor 1 juni te informeren over de "
     "lerarenopleidingen.", "earlier", "high", False),
    ("Zoals toegezegd zal ik u informeren over de lerarenopleidingen.", "earlier", "high",
     False),
    ("Het is niet mogelijk gebleken om binnen de termijn de brief over de lerarenopleidingen "
     "te sturen.", "earlier", "high", False),  # a postponement: the letter is still due
    ("Deze brief over de lerarenopleidingen zal in samenwerking met de scholen worden "
     "voorbereid.", "promise", "high", False),  # a letter still to come
    # a decision not to act; a detection the detector is unsure of
    ("Ik maak het rapport over de lerarenopleidingen niet openbaar.", "refusal", "high", True),
    ("Ik zal u informeren over de lerarenopleidingen.", "promise", "possible", True),
    ("Ik zal u informeren over de lerarenopleidingen.", "promise", "high", False),
    ("Ik zal u informeren over de lerarenopleidingen.", None, None, False),  # not known
    # said of the letter itself with "ga"/"wil" in the present: kept here too
    ("In deze brief ga ik in op de lerarenopleidingen.", "promise", "high", True),
    # a day before the letter is no time still to come
    ("Tijdens het debat op 12 februari 2020 heb ik toegezegd u te informeren over de "
     "lerarenopleidingen.", "earlier", "high", True),
    # kept in a meeting with the Kamer, which no letter records; a talk with others is
    # reported in a letter, and so is a letter for the debate
    ("Over de lerarenopleidingen zal ik dan graag het gesprek met u voeren.", "action", "high",
     True),
    ("De vragen over de lerarenopleidingen zal ik beantwoorden tijdens mijn termijn van het "
     "debat.", "promise", "high", True),
    ("Ik ga in gesprek met de scholen over de lerarenopleidingen.", "action", "high", False),
    ("Ik zal u voor het debat per brief informeren over de lerarenopleidingen.", "promise",
     "high", False),
])
def test_no_later_letter_is_proposed_with_confidence_for_a_settled_promise(
        text, kind, confidence, settled):
    promise_letter = _letter("a", "2020-03-02", text, dossier="31293", number="500")
    later = _letter("b", "2020-06-01", "Zoals toegezegd in mijn brief van 2 maart 2020 "
                    "(Kamerstuk 31 293, nr. 500) informeer ik u hierbij over de "
                    "lerarenopleidingen.", dossier="31293", number="510")
    lib = Library.of([promise_letter, later, *filler_letters(12)])
    promise = Promise("a", 0, len(text), text, None, kind, confidence)
    (best,) = propose(lib, promise, at_least=0, top=1)
    assert best.reference.letter_id == "b"  # still the best candidate, shown as possible
    assert best.direct is not settled
    # the reasons say why it is no likely link
    assert any(r.code.startswith("lineage-settled") for r in best.reasons) is settled


def test_the_dossiers_words_said_again_years_later_are_no_direct_evidence():
    promise = _letter("a", "2016-07-12", "Ik zal u informeren over de personeelstekorten bij de "
                      "justitiële jeugdinrichtingen.", dossier="24587", number="660")
    soon = _letter("b", "2017-01-10", "Eerder heb ik u geïnformeerd over de "
                   "personeelstekorten bij de justitiële jeugdinrichtingen.", dossier="24587",
                   number="700")
    late = _letter("c", "2024-03-15", "Eerder heb ik u geïnformeerd over de "
                   "personeelstekorten bij de justitiële jeugdinrichtingen.", dossier="24587",
                   number="937")
    found = {p.reference.letter_id: p for p in _proposals(promise, [soon, late], at_least=0)}
    assert found["b"].direct
    assert not found["c"].direct


def test_a_measures_words_said_again_in_its_dossier_are_no_direct_evidence():
    """A later letter of the dossier reports on a measure in its words whether or not it was
    taken ("Ik ga mij de komende jaren inzetten om het welzijn van gezelschapsdieren …" and a
    progress letter on gezelschapsdieren): for an action only naming its letter or handing
    over what it promised is direct; a promise to inform stays direct by its words."""
    text = "Ik ga de handel in gezelschapsdieren via internet aan banden leggen."
    later = _letter("b", "2021-06-01", "Zoals aangekondigd ga ik in deze brief in op de handel "
                    "in gezelschapsdieren via internet.", dossier="28286", number="1300")
    named = _letter("c", "2021-07-01", "In mijn brief van 2 maart 2021 (Kamerstuk 28 286, "
                    "nr. 1200) heb ik aangekondigd de handel in gezelschapsdieren aan banden "
                    "te leggen.", dossier="28286", number="1310")
    lib = Library.of([_letter("a", "2021-03-02", text, dossier="28286", number="1200"),
                      later, named, *filler_letters(12)])

    def found(kind: str) -> dict:
        promise = Promise("a", 0, len(text), text, None, kind, "high")
        return {p.reference.letter_id: p for p in propose(lib, promise, at_least=0)}

    as_action, as_promise = found("action"), found("promise")
    assert as_promise["b"].direct and not as_action["b"].direct
    assert "but a measure: its words said again do not say it was taken" in \
        as_action["b"].reasons
    assert as_action["c"].direct  # its letter named: still direct
    assert not any(str(r).startswith("but a measure") for r in as_action["c"].reasons)


def test_the_promise_letters_number_with_another_day_beside_it_is_another_letter():
    """'bij brief van 31 december jl. (Kamerstukken 28 286 en 25 295, nr. 1166)' read as the
    nr. 1166 of 25 295 of 23 April: the day says it is another letter (judged blind)."""
    promise = _letter("a", "2021-04-23", "Ik zal uw Kamer zo spoedig mogelijk een reactie "
                      "sturen op het advies over gevaccineerde personen.", dossier="25295",
                      number="1166")
    later = _letter("b", "2021-06-30", "Bij brief van 31 december jl. (Kamerstukken 28 286 en "
                    "25 295, nr. 1166) heb ik u toegezegd het rapport van de expertgroep te "
                    "sturen.", dossier="25295", number="1357")
    same_day = _letter("c", "2021-07-01", "Bij brief van 23 april jl. (Kamerstuk 25 295, "
                       "nr. 1166) heb ik u toegezegd te reageren.", dossier="25295",
                       number="1358")
    found = {p.reference.letter_id: p for p in _proposals(promise, [later, same_day],
                                                           at_least=0)}
    assert not any(r.startswith("names the letter") for r in found["b"].reasons)
    assert "names the letter (Kamerstuk 25295, nr. 1166)" in found["c"].reasons


@pytest.mark.parametrize("citation", [
    "(Kamerstukken 29 984 en 33 400, nr. 384)",  # two dossiers: not read whole
    "(Kamerstuk 29 984, nrs. 384 en 385)",  # two numbers
    "(naar aanleiding van de motie-Smit, Kamerstuk 29 984, nr. 300)",  # what it answered
])
def test_a_date_with_a_citation_that_is_not_one_plain_number_still_names_the_letter(
        citation):
    promise = _letter("a", "2013-02-13", "Ik zal u voor de zomer informeren over de "
                      "spoorambities.", dossier="29984", number="384")
    later = _letter("b", "2013-06-07", f"In mijn brief van 13 februari 2013 {citation} heb "
                    "ik toegezegd u te informeren over de spoorambities.", dossier="29984",
                    number="400")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert any(r.startswith("names the letter") for r in best.reasons) and best.direct


def test_a_day_without_its_year_followed_by_another_kamerstuk_names_that_document():
    promise = _letter("a", "2013-02-13", "Ik zal u voor de zomer informeren over de "
                      "spoorambities.", dossier="29984", number="384")
    later = _letter("b", "2013-06-07", "In mijn brief van 13 februari jl. (Kamerstuk 33 400 A, "
                    "nr. 103) informeerde ik u over de bezuinigingen op het Infrastructuurfonds.",
                    dossier="29984", number="400")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert not any(r.startswith("names the letter") for r in best.reasons)


def test_a_day_close_to_the_letters_own_beside_its_number_still_names_it():
    """A page may date a letter by the day it was sent or published: a day or two apart."""
    promise = _letter("a", "2021-04-23", "Ik zal uw Kamer zo spoedig mogelijk een reactie "
                      "sturen op het advies.", dossier="25295", number="1166")
    later = _letter("b", "2021-06-30", "Bij brief van 22 april jl. (Kamerstuk 25 295, nr. 1166) "
                    "heb ik u toegezegd te reageren op het advies.", dossier="25295",
                    number="1357")
    (best,) = _proposals(promise, [later], at_least=0, top=1)
    assert "names the letter (Kamerstuk 25295, nr. 1166)" in best.reasons
