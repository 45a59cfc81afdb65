"""Every real letter parses; metadata matches the hand-labelled ground truth."""

from __future__ import annotations

import pytest
from testdata import REAL_DIR

from desktop_app.ingest import read_file
from desktop_app.ingest.evaluate import evaluate

REAL_FILES = sorted(p.name for p in REAL_DIR.glob("*.txt"))


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_letter_parses(name):
    letter = read_file(REAL_DIR / name)
    assert letter.text.strip()
    assert all(letter.text[b.start:b.end].strip() for b in letter.blocks)
    assert "\n\n".join(letter.text[b.start:b.end] for b in letter.blocks) == letter.text
    for junk in ("Naar boven", "P agina", "Ondertekenaars", "[overzicht]", "Retouradres"):
        assert junk not in letter.text


def test_metadata_accuracy_per_field():
    scores, errors = evaluate()
    for field, (ok, total) in scores.items():
        assert total == 40
        assert ok / total >= 0.95, (field, errors)


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("okb_kst-21501-02-2174_truncated.txt", "dossier", "21501-02"),
        ("okb_kst-35925-XV-22.txt", "dossier", "35925-XV"),
        ("rijksbegroting_kst222290.txt", "dossier", "34300-J"),
        ("okb_kst-35704-S_EersteKamer_truncated.txt", "number", "S"),
        ("okb_kst-35704-S_EersteKamer_truncated.txt", "chamber", "Eerste Kamer"),
        ("okb_kst-34293-49.txt", "vergaderjaar", "2018-2019"),
        ("pdf_ienw_2023_circulaire_economie.txt", "reference", "IENW/BSK-2023/33017"),
        ("pdf_ienw_2023_circulaire_economie.txt", "signatory", "V.L.W.A. Heijnen"),
        ("okb_kst-19637-2775.txt", "signatory", "F.B.J. Grapperhaus; A. Broekers-Knol"),
        ("tk_2021D26137_truncated.txt", "signatory_role",
         "Minister van Economische Zaken en Klimaat; Minister van Financiën; Minister van "
         "Sociale Zaken en Werkgelegenheid; Staatssecretaris van Economische Zaken en Klimaat; "
         "Staatssecretaris van Financiën"),
        ("tkconv_2024D34636_truncated.txt", "signatory", "D.M. van Weel; T.H.D. Struycken"),
        ("klimaatweb_kamerbrief_2022_eindverslag_vgo.txt", "signatory", "R.A.A. Jetten"),
        ("1848_parlementair-item-1674_truncated.txt", "date", "2015-02-27"),
        ("tk_2024D39756.txt", "subject", "Reactie op verzoek commissie over de brief Stichting "
         "Urgenda m.b.t. lelieteelt als rustgewassen in 7e Actieprogramma Nitraatrichtlijn"),
    ],
)
def test_real_metadata_examples(name, field, value):
    assert getattr(read_file(REAL_DIR / name).metadata, field) == value


def test_pdf_text_letter_structure():
    letter = read_file(REAL_DIR / "pdf_ienw_2023_circulaire_economie.txt")
    text = letter.text
    assert text.startswith("Geachte voorzitter,\n\nMet deze Kamerbrief bied ik u")
    assert "Inf rastructuur" not in text and "Kenmerk" not in text and "Postbus" not in text
    assert "grondstoffen¹. Versnellen van de transitie" in text
    assert [f.marker for f in letter.footnotes] == ["1", "2", "3", "4", "5", "6"]  # 4: mark lost
    bullets = [b for b in letter.blocks if b.kind == "list_item" and b.label == "•"]
    assert len(bullets) >= 10
