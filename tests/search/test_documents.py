"""The index documents of a letter: what every document of a long letter carries."""

from __future__ import annotations

from desktop_app.model import Commitment, Letter, Metadata
from desktop_app.search import letter_documents


def test_repeated_signatories_are_indexed_once_on_every_document():
    """A bundle repeating its signature blocks must not copy every repeat onto each of its
    commitment documents: that made indexing a large letter quadratic."""
    text = "Ik zal de Kamer informeren. " * 3
    commitments = tuple(Commitment(i * 28, i * 28 + 27, "Ik zal de Kamer informeren.",
                                   "promise", "Minister van JenV", None, None, "zal: zal")
                        for i in range(3))
    letter = Letter(
        id="bundel", text=text, commitments=commitments,
        metadata=Metadata(subject="Bundel",
                          signatory="A. Minister; B. Staatssecretaris; A. Minister; "
                                    "B. Staatssecretaris; A. Minister",
                          signatory_role="Minister van JenV; Staatssecretaris van JenV; "
                                         "Minister van JenV"))
    docs = list(letter_documents(letter))
    assert [d["kind"] for d in docs] == ["letter"] + ["commitment"] * 3
    for doc in docs:
        assert doc["signatory"] == "A. Minister; B. Staatssecretaris"
        assert doc["signatory_facet"] == "A. Minister,B. Staatssecretaris"
        assert doc["role"] == "Minister van JenV; Staatssecretaris van JenV"


def test_a_single_signatory_is_indexed_as_written():
    letter = Letter(id="x", text="Tekst.", metadata=Metadata(
        subject="X", signatory="C. van Ark", signatory_role="Minister voor Medische Zorg"))
    (doc,) = letter_documents(letter)
    assert (doc["signatory"], doc["signatory_facet"], doc["role"]) == (
        "C. van Ark", "C. van Ark", "Minister voor Medische Zorg")
