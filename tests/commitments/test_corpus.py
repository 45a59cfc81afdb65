"""The labelled corpus of real letters (tests/data/commitments/corpus): its integrity.

The corpus is for measuring the detector on letters nobody tuned it for, so it must never hold
a letter reserved for the independent check (``shared/commitments/excluded.txt``) nor a letter
that is also in another letter folder of the project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.commitments.labels import (
    CORPUS_DIR,
    CORPUS_LETTER_DIRS,
    LETTER_DIRS,
    load_set,
    load_sources,
    parse_annotations,
)

EXCLUDED = Path(__file__).resolve().parents[3] / "shared" / "commitments" / "excluded.txt"
MINISTRIES = {"AZ", "BZ", "BZK", "Def", "EZK", "Fin", "IenW", "JenV", "LNV", "OCW", "SZW", "VWS"}
KST = re.compile(r"kst-?(\d+(?:-[0-9A-Z]+)*?)-(\d+)(?:\.|$|_)", re.I)


def _corpus_letters() -> dict[str, tuple[str, list]]:
    return {n: v for n, v in parse_annotations().items() if v[0] == "corpus"}


def test_every_corpus_letter_has_its_file_and_its_source() -> None:
    letters = _corpus_letters()
    sources = load_sources()
    assert letters, "the corpus has no labelled letters"
    for name in letters:
        assert any((d / name).is_file() for d in CORPUS_LETTER_DIRS), name
        source = sources[name]
        assert source.ministry in MINISTRIES, (name, source.ministry)
        assert re.fullmatch(r"(?:20[12]\d)-\d\d-\d\d", source.date), (name, source.date)
        assert source.complete in ("yes", "opening")
        assert source.url.startswith(("http://", "https://"))
    assert set(sources) == set(letters)  # no source row without labels, and the reverse
    # every letter file of the corpus folder is labelled (the lineage folder also holds letters
    # before 2010, which are not)
    assert set(p.name for p in CORPUS_DIR.glob("*.txt") if not p.name.startswith("labels-")) \
        == {name for name in letters if (CORPUS_DIR / name).is_file()}


def test_every_snippet_labels_exactly_one_sentence() -> None:
    rows = load_set("corpus")
    by_letter: dict[str, list[str]] = {}
    for row in rows:
        by_letter.setdefault(row.letter, []).append(" ".join(row.text.split()))
    for name, (_, notes) in _corpus_letters().items():
        sentences = by_letter.get(name, [])
        for note in notes:
            assert sum(note.snippet in s for s in sentences) == 1, (name, note.snippet)


def test_no_corpus_letter_is_elsewhere_in_the_project() -> None:
    others = {p.name for d in LETTER_DIRS if d not in CORPUS_LETTER_DIRS for p in d.glob("*")}
    in_both = {p.name for p in CORPUS_DIR.glob("*")} & {
        p.name for d in CORPUS_LETTER_DIRS[1:] for p in d.glob("*")}
    assert not in_both
    assert not others & set(_corpus_letters())


@pytest.mark.skipif(not EXCLUDED.is_file(), reason="the shared folder is not beside the repo")
def test_no_letter_reserved_for_the_independent_check_is_in_the_corpus() -> None:
    reserved = [line.strip() for line in EXCLUDED.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    reserved_ids = {_document_id(url) for url in reserved} - {None}
    for name, source in load_sources().items():
        assert source.url not in reserved, name
        assert _document_id(source.url) not in reserved_ids, (name, source.url)
        assert _document_id(name) not in reserved_ids, name


def _document_id(text: str) -> str | None:
    """The kst number ("34785-80") or the Kamer's document id ("2025D29263") a URL names."""
    if m := re.search(r"\b(20\d\dD\d{5})\b", text):
        return m.group(1)
    if m := re.search(r"kamerstuk/(\d+(?:-[0-9A-Z]+)?)/(\d+)", text):
        return f"{m.group(1)}-{m.group(2)}"
    found = KST.findall(text)  # "kst-32827-124.html/kst-23432-347.html" is the last one
    return f"{found[-1][0]}-{found[-1][1]}" if found else None
