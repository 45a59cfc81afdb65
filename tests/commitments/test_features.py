"""Clause features: clause type, subject class, finite-verb class, negation, reported frames."""

from __future__ import annotations

import pytest

from desktop_app.commitments.features import (
    _WORD,
    SentenceContext,
    _clause_features,
    sentence_features,
)


def _clauses(sentence: str, future: bool = False) -> set[str]:
    return _clause_features(_WORD.findall(sentence.lower()), future)


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # the writer's own future act in the main clause, subject after the verb or before it
        ("Voor de zomer zal ik uw Kamer informeren over de uitkomsten.",
         {"cl=main:fp:fut"}, {"cl=sub:fp:fut"}),
        ("Het kabinet zal de wet aanpassen.", {"cl=main:gov:fut"}, {"cl=main:other:fut"}),
        # a body outside government as the subject: not the government's act
        ("De Europese Commissie zal in het najaar een voorstel doen.",
         {"cl=main:other:fut"}, {"cl=main:gov:fut", "cl=main:fp:fut"}),
        # a promise reported from before: perfect of a reporting verb over a future clause
        ("In mijn brief van mei heb ik aangegeven dat ik uw Kamer voor de zomer zal informeren.",
         {"cl=main:fp:perf", "cl=sub:fp:fut", "frame=perf>fp:fut", "frame=reported>fp:fut"},
         set()),
        # a present tense with a lexical verb and a negation: a refusal's shape
        ("Het kabinet neemt deze aanbeveling niet over.",
         {"cl=main:gov:lex", "cl=main:neg:gov"}, {"cl=main:gov:fut"}),
        # "dat" after a preposition is a demonstrative; a fronted phrase puts the subject
        # after the verb
        ("In dat overleg heeft de Stichting van de Arbeid toegezegd u te informeren.",
         {"cl=main:other:perf", "promised_by_others"}, {"reported_promise", "cl=sub:np:perf"}),
        # clause marks and subordinators split clauses: "wanneer de Raad zal" is its own
        ("Daarnaast ga ik, zoals gevraagd, bekijken wanneer de Raad zal besluiten.",
         {"cl=main:fp:go", "cl=sub:other:fut"}, {"cl=main:other:fut"}),
    ],
)
def test_clause_features(sentence: str, present: set[str], absent: set[str]) -> None:
    found = _clauses(sentence)
    assert present <= found, sorted(found)
    assert not absent & found, sorted(found)


def test_a_future_time_marks_the_main_clause() -> None:
    sentence = "In het eerste kwartaal van 2026 ontvangt uw Kamer de evaluatie."
    assert "cl=main:parl:lex:fut" in _clauses(sentence, future=True)
    assert not any(f.endswith(":fut") and f.startswith("cl=main:parl:lex")
                   for f in _clauses(sentence, future=False))


def test_sentence_features_include_the_clauses_and_drop_clause_marks_from_words() -> None:
    text = "Ik zal, zoals toegezegd, de Kamer voor de zomer informeren."
    features = sentence_features(SentenceContext(0, len(text), text), "2024-01-10", None)
    assert "cl=main:fp:fut" in features
    assert "w=," not in features and "s01=ik_zal" in features


@pytest.mark.parametrize("number", ["12", "①", "₂"])
def test_every_number_a_word_can_be_is_one_feature(number) -> None:
    """Digits, circled and subscript numbers alike ("①" is no \\d, but a digit to str)."""
    text = f"{number} Het kabinet zal de Kamer voor de zomer informeren over de uitkomsten."
    features = sentence_features(SentenceContext(0, len(text), text), "2024-01-10", None)
    assert "s0=<num>" in features and f"w={number}" not in features
