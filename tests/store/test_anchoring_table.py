"""Re-anchoring cases: input text change → expected placement or orphan."""

from __future__ import annotations

import pytest

from desktop_app.anchoring import Selector, find_quote, make_selector, reanchor

OLD = (
    "Het kabinet zal de Kamer voor de zomer informeren over de voortgang.\n\n"
    "De minister verwacht dat de verantwoordelijkheid bij de gemeenten blijft. "
    "Het kabinet zal de Kamer voor de zomer informeren over de kosten.\n\n"
    "Tot slot: de Tweede Kamer ontvangt de evaluatie in 2025."
)


def selector(quote: str, occurrence: int = 0) -> Selector:
    start = -1
    for _ in range(occurrence + 1):
        start = OLD.index(quote, start + 1)
    return Selector(start, start + len(quote), *make_selector(OLD, start, start + len(quote)))


CASES = [
    # (name, quote, occurrence, new text, expected quote in new text or None, status)
    ("unchanged", "verantwoordelijkheid", 0, OLD, "verantwoordelijkheid", "ok"),
    ("insertion before", "verantwoordelijkheid", 0, "Inleiding.\n\n" + OLD,
     "verantwoordelijkheid", "moved"),
    ("reflowed whitespace", "dat de verantwoordelijkheid bij", 0,
     OLD.replace("dat de ", "dat\nde  "), "dat\nde  verantwoordelijkheid bij", "moved"),
    ("re-hyphenated", "verantwoordelijkheid", 0, OLD.replace("verantwoordelijkheid",
     "verantwoor-\ndelijkheid"), "verantwoor-\ndelijkheid", "moved"),
    ("repeated passage keeps its own occurrence", "de zomer informeren", 1,
     "Nieuw.\n\n" + OLD, "de zomer informeren", "moved"),
    ("paragraph moved", "evaluatie in 2025", 0,
     OLD.split("\n\n")[2] + "\n\n" + "\n\n".join(OLD.split("\n\n")[:2]),
     "evaluatie in 2025", "moved"),
    ("word edited inside quote", "De minister verwacht dat de verantwoordelijkheid", 0,
     OLD.replace("minister verwacht", "minister veronderstelt"),
     "De minister veronderstelt dat de verantwoordelijkheid", "moved"),
    ("quote deleted", "verantwoordelijkheid bij de gemeenten", 0,
     OLD.replace("dat de verantwoordelijkheid bij de gemeenten blijft", "niets"), None, None),
    ("short word not matched inside another word", "Tot", 0,
     OLD.replace("Tot slot: ", "Totaal: "), None, None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "quote", "occurrence", "new", "expected", "status"), CASES)
def test_reanchor(name, quote, occurrence, new, expected, status):
    old = selector(quote, occurrence)
    placed = reanchor(old, new)
    if expected is None:
        assert placed is None, name
        return
    assert placed is not None, name
    assert new[placed.start : placed.end] == expected
    assert placed.status == status
    if occurrence:  # the right one of several identical passages
        spans = [s for s, _ in find_quote(new, quote)]
        assert placed.start == spans[occurrence]


def test_make_selector_rejects_an_empty_span():
    with pytest.raises(ValueError):
        make_selector(OLD, 5, 5)


def test_find_quote_ignores_whitespace_and_hyphenation():
    text = "de verantwoor-\ndelijkheid  van\nhet Rijk"
    assert find_quote(text, "verantwoordelijkheid van het") == [(3, 34)]
