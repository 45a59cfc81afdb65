"""Why the linker proposes a later letter, in the window's language (issue 20): the reader's
lineage panel and the chain view word each coded reason in Dutch in the Dutch window and as
the linker's English in the English one (the letter's own words and dates stay as written)."""

from __future__ import annotations

import pytest
from testdata import CHAIN_FULFILMENT, click_promise

from desktop_app.errors import Message
from desktop_app.ui.reader.lineage_panel import reasons_text

WORDS = "onderzoek, ruimtevaartsubsidies, uitkomsten"  # the letters' own words
REASONS = {
    "en": ["names the letter (Kamerstuk 31016, nr. 58)", "same dossier (31016)",
           f"says {WORDS}", f"hands over {WORDS}", "looks back at a promise",
           "around the due date"],
    "nl": ["noemt de brief (Kamerstuk 31016, nr. 58)", "zelfde dossier (31016)",
           f"zegt {WORDS}", f"levert {WORDS}", "blikt terug op een toezegging",
           "rond de termijn"],
}
FULFILLED_BY = {"en": "Likely fulfilled by →", "nl": "Waarschijnlijk nagekomen in →"}
SHOW_CHAIN = {"en": "Show the chain across letters", "nl": "De keten over brieven tonen"}



def test_the_lineage_panel_words_the_reasons_in_the_windows_language(chain_window, lang):
    panel = chain_window.reader.lineage_panel
    click_promise(chain_window)
    line = next(text for text in panel.lines if text.startswith(FULFILLED_BY[lang]))
    assert "; ".join(REASONS[lang]) in line
    if lang == "nl":
        assert not any(english in line for english in REASONS["en"][2:])


def test_the_chain_view_words_the_reasons_in_the_windows_language(chain_window, lang, qtbot):
    window, panel = chain_window, chain_window.reader.lineage_panel
    click_promise(window)
    line = next(n for n, text in enumerate(panel.lines) if SHOW_CHAIN[lang] in text)
    assert panel.activate(line, SHOW_CHAIN[lang])
    chain = window.lineage.chain_view
    qtbot.waitUntil(lambda: chain.chain is not None, timeout=10_000)
    model = chain.proposals
    row = next(n for n, r in enumerate(model.rows) if r.letter_id == CHAIN_FULFILMENT)
    assert model.index(row, 5).data() == "; ".join(REASONS[lang])


@pytest.mark.parametrize(("reason", "english", "dutch"), [
    (Message("3 weeks later in the dossier", "lineage-weeks-later", n=3),
     "3 weeks later in the dossier", "3 weken later in het dossier"),
    (Message("1 weeks later in the dossier", "lineage-weeks-later", n=1),
     "1 week later in the dossier", "1 week later in het dossier"),
    (Message("5 months later in the dossier", "lineage-months-later", n=5),
     "5 months later in the dossier", "5 maanden later in het dossier"),
    (Message("1 months later in the dossier", "lineage-months-later", n=1),
     "1 month later in the dossier", "1 maand later in het dossier"),
    (Message("5 years later", "lineage-years-later", n=5), "5 years later", "5 jaar later"),
    (Message("names the letter of 16 maart 2022", "lineage-names-date", date="16 maart 2022"),
     "names the letter of 16 maart 2022", "noemt de brief van 16 maart 2022"),
    (Message("but 2025-2029, not 2024-2028", "lineage-other-years", theirs="2025-2029",
             ours="2024-2028"),
     "but 2025-2029, not 2024-2028", "maar 2025-2029, niet 2024-2028"),
    (Message("but about 17 februari, not the promised one", "lineage-other-day",
             day="17 februari"),
     "but about 17 februari, not the promised one", "maar over 17 februari, niet de toegezegde"),
    (Message("but the derde, not the tweede", "lineage-other-ordinal", theirs="derde",
             ours="tweede"),
     "but the derde, not the tweede", "maar de derde, niet de tweede"),
    (Message("but keeps a promise of de motie-Flach", "lineage-elsewhere",
             origin="de motie-Flach"),
     "but keeps a promise of de motie-Flach", "maar komt een toezegging na van de motie-Flach"),
    (Message("but recalls another promise: een stand-van-zakenbrief", "lineage-other-promise",
             thing="een stand-van-zakenbrief"),
     "but recalls another promise: een stand-van-zakenbrief",
     "maar noemt een andere toezegging: een stand-van-zakenbrief"),
    (Message("but recalls Kamerstuk 29659, nr. 66", "lineage-cites-other", dossier="29659",
             number="66"),
     "but recalls Kamerstuk 29659, nr. 66", "maar blikt terug op Kamerstuk 29659, nr. 66"),
    (Message("on spreiding", "lineage-on", words="spreiding"), "on spreiding",
     "over spreiding"),
    (Message("but its own letter keeps it", "lineage-settled-kept"),
     "but its own letter keeps it", "maar de brief zelf komt haar na"),
    (Message("but a refusal: nothing to fulfil", "lineage-settled-refusal"),
     "but a refusal: nothing to fulfil", "maar een weigering: er valt niets na te komen"),
    (Message("but the detector is unsure it is a commitment", "lineage-settled-unsure"),
     "but the detector is unsure it is a commitment",
     "maar de detector twijfelt of het een toezegging is"),
    (Message("but it is kept in a meeting with the Kamer", "lineage-settled-meeting"),
     "but it is kept in a meeting with the Kamer",
     "maar die wordt in een overleg met de Kamer nagekomen"),
    (Message("but a measure: its words said again do not say it was taken",
             "lineage-action-words"),
     "but a measure: its words said again do not say it was taken",
     "maar een maatregel: dat de woorden terugkomen zegt niet dat die is genomen"),
])
def test_each_reason_is_worded_with_its_count_in_both_languages(lang, reason, english, dutch):
    assert reasons_text([reason]) == (english if lang == "en" else dutch)
