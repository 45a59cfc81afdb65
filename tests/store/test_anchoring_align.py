"""Anchored word alignment and the context rule for a quote found away from its old place."""

from __future__ import annotations

import pytest

from desktop_app.anchoring import Selector, make_selector, reanchor, reanchor_all
from desktop_app.anchoring.align import matching_blocks, moved_blocks
from desktop_app.anchoring.diff import TextChange

ALIGN_CASES = [
    # (name, old words, new words, expected blocks without the final sentinel)
    ("unchanged", "a b c", "a b c", [(0, 0, 3)]),
    ("insertion", "a b c d", "a b x y c d", [(0, 0, 2), (2, 4, 2)]),
    ("unique words anchor, not the longest common run", "p de q r de s", "de s p de q r",
     [(0, 2, 4)]),
    ("no unique words: difflib inside the gap", "de de het", "de het", [(0, 0, 1), (2, 1, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "old", "new", "expected"), ALIGN_CASES)
def test_matching_blocks(name, old, new, expected):
    a, b = old.split(), new.split()
    blocks = matching_blocks(a, b)
    assert blocks[-1] == (len(a), len(b), 0), name
    assert blocks[:-1] == expected, name
    for i, j, n in blocks:
        assert a[i : i + n] == b[j : j + n]


def test_moved_paragraph_is_found_around_its_unique_words():
    a = "begin . Vergaderjaar 2016 . midden lange tekst hier met veel woorden . slot".split()
    b = "begin . midden lange tekst hier met veel woorden . Vergaderjaar 2016 . slot".split()
    moved = moved_blocks(a, b, matching_blocks(a, b))
    assert moved == [(2, 10, 2)]  # "Vergaderjaar 2016"; the "." after it is aligned already


def test_unique_word_in_inserted_text_is_no_move_of_a_lost_word():
    # "blijft" was deleted and reappears inside an inserted sentence: one shared word
    # (plus "het") is too little to call it moved text.
    old = "Daarom blijft het kabinet werken aan maatregelen. Dat is alles voor nu."
    new = "Daarom werken aan maatregelen. In de tussentijd blijft het beleid. Dat is alles."
    start = old.index("blijft")
    sel = Selector(start, start + 6, *make_selector(old, start, start + 6))
    assert reanchor_all([sel], new, old_text=old) == [None]


def test_short_piece_beyond_an_insertion_needs_unbroken_old_context():
    # The inserted sentence contains "ik uw Kamer" too: which "ik" is the quote's is a guess.
    old = "Deze documenten zal ik uw Kamer volgende week sturen, samen met de rest."
    new = old.replace("zal ik uw Kamer", "zal Daarnaast wil ik uw Kamer informeren. ik "
                      "Dit geldt ook voor de gemeenten. uw Kamer")  # fmt: skip
    start = old.index("zal ik")
    sel = Selector(start, start + 6, *make_selector(old, start, start + 6))
    placed = reanchor_all([sel], new, old_text=old)[0]
    assert placed is None


def test_lost_edge_with_its_remnant_beside_is_orphaned():
    # "Tweede" lost "Twee": the "de" left before "Kamer" may be the quote's own remnant.
    old = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal te Den Haag."
    new = old.replace("Aan de Voorzitter van de Twee", "DE MINISTER ")
    start = old.index("Tweede Kamer der")
    sel = Selector(start, start + 16, *make_selector(old, start, start + 16))
    assert reanchor_all([sel], new, old_text=old) == [None]


CONTEXT_OLD = (
    "In de eerste alinea staat de zin over de voortgang van het programma.\n\n"
    "Verderop herhalen wij de voortgang van het programma voor de volledigheid."
)


def context_selector(quote: str) -> Selector:
    start = CONTEXT_OLD.index(quote)
    end = start + len(quote)
    return Selector(start, end, *make_selector(CONTEXT_OLD, start, end))


def test_copy_away_from_the_old_place_with_other_context_is_not_taken():
    sel = context_selector("de voortgang van het programma")
    new = CONTEXT_OLD.replace("staat de zin over de voortgang van het programma", "is gewijzigd")
    assert reanchor(sel, new) is None


def test_copy_away_from_the_old_place_with_its_own_context_is_taken():
    sel = context_selector("de voortgang van het programma")
    new = "Een nieuwe inleidende alinea.\n\n" + CONTEXT_OLD
    placed = reanchor(sel, new)
    assert placed is not None and placed.status == "moved"
    assert new[placed.start : placed.end] == sel.quote
    assert new[: placed.start].endswith("staat de zin over ")


def test_short_quote_aligned_to_a_moved_copy_of_its_word_is_orphaned():
    # The paragraph "De tweede alinea …" moves in front of "De reactie …": the diff may align
    # the quote "De" to the moved paragraph's "De", whose neighbour on the line is another word.
    old = ("Inleiding van deze brief over het beleid.\n\n"
           "De reactie van het kabinet volgt hieronder in drie delen.\n\n"
           "De tweede alinea gaat over iets heel anders en blijft staan.\n\n"
           "Slot van de brief.")  # fmt: skip
    first = "De reactie van het kabinet volgt hieronder in drie delen.\n\n"
    second = "De tweede alinea gaat over iets heel anders en blijft staan.\n\n"
    new = old.replace(first + second, second + first)
    start = old.index("De reactie")
    sel = Selector(start, start + 2, *make_selector(old, start, start + 2))
    placed = reanchor_all([sel], new, old_text=old)[0]
    assert placed is None or new[placed.start :].startswith("De reactie")


# A title repeated in the letter's first lines; deletions cut into the first copy, leaving
# "…ructurele weerbaarheid van de me…" as text the diff cannot align.
ECHO_OLD = (
    "Brief regering : Uitstel toezending reactie op verzoek commissie over een reactie op de "
    "Initiatiefnota van het lid Veldman over structurele weerbaarheid van de medische industrie "
    "in crisistijd\n35 537 Initiatiefnota van het lid Veldman over structurele weerbaarheid van "
    "de medische industrie in crisistijd\nNr. 3 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, "
)
ECHO_NEW = (
    "Brief regering : Uitstel toezending reactie op verzoek commissie over een reactie op de "
    "Iructurele weerbaarheid van de meustrie in cris het lid Veldman over structurele "
    "weerbaarheid van de medische industrie in crisistijOOR MEDISCHE ZORG\nAan de Voorzitter v"
)


def test_quote_echoed_by_unaligned_text_nearby_is_orphaned():
    # The first title's "structurele weerbaarheid van" survives in the unaligned remnant; the
    # diff aligned it to the second copy. Which copy is the quote's is a guess: orphan.
    start = ECHO_OLD.index("structurele weerbaarheid van")
    end = start + len("structurele weerbaarheid van")
    sel = Selector(start, end, *make_selector(ECHO_OLD, start, end))
    assert reanchor_all([sel], ECHO_NEW, old_text=ECHO_OLD) == [None]


def test_quote_of_the_surviving_copy_is_placed_when_nothing_echoes_it():
    # The first title deleted whole, with no remnant: the second copy's quote is placed.
    new = ECHO_OLD.replace(ECHO_OLD[: ECHO_OLD.index("35 537")], "Brief regering\n")
    start = ECHO_OLD.index("Veldman over structurele weerbaarheid", 150)
    end = start + len("Veldman over structurele weerbaarheid")
    sel = Selector(start, end, *make_selector(ECHO_OLD, start, end))
    placed = reanchor_all([sel], new, old_text=ECHO_OLD)[0]
    assert placed is not None
    assert new[placed.start : placed.end] == sel.quote


@pytest.mark.parametrize(
    ("piece", "quote", "lost", "expected"),
    [
        ("x de voortgang van de aanpak y", "over de voortgang van de aanpak",
         "de voortgang van de aanpak wordt", True),
        ("x de voortgang van de aanpak y", "over de voortgang van de aanpak", "iets anders", False),
        ("x de voortgang van de aanpak y", "iets anders", "de voortgang van de aanpak", False),
        # words at the piece's edges may be fragments cut by a deletion: left out
        ("ortgang van de aanp", "de voortgang van de aanpak", "de voortgang van de aanpak", False),
        # shorter than a short quote: no evidence
        ("x van de y", "van de", "van de", False),
    ],
)  # fmt: skip
def test_repeats(piece, quote, lost, expected):
    assert TextChange._repeats(piece, quote, lost) is expected
