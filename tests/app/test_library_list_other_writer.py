"""The letter list's corrected rows follow library.db when another window or program saves a
corrected letter (they hold its stored fields with the correction applied)."""

from __future__ import annotations

from desktop_app.library import Library, detector_version
from desktop_app.model import Letter, Metadata
from desktop_app.store.letter_pages import LetterQuery

TEXT = "De minister zegt toe de Kamer voor de zomer te informeren."


def _save(lib: Library, subject: str) -> None:
    letter = Letter(id="kst-001", metadata=Metadata(subject=subject, date="2020-01-01"),
                    text=TEXT, source="/files/a.txt")
    lib.letters.save(letter, fingerprint=subject, source_hash=subject, original="",
                     detector_version=detector_version())


def test_a_corrected_letter_saved_by_another_library_is_listed_as_saved(tmp_path):
    data = tmp_path / "data"
    with Library(data, seed=False) as window, Library(data, seed=False) as other:
        _save(window, "Oud onderwerp")
        window.annotations.edit_letter("kst-001", {"date": "2021-05-05"})
        assert window.letter_count(LetterQuery(text="oud")) == 1  # the rows are read now
        _save(other, "Nieuw onderwerp")  # the correction token is unchanged
        assert window.letter_count(LetterQuery(text="nieuw")) == 1
        assert window.letter_count(LetterQuery(text="oud")) == 0
        [row] = window.letter_page(LetterQuery(), 0, 10)
        assert (row.metadata.subject, row.metadata.date) == ("Nieuw onderwerp", "2021-05-05")
        assert window.letter_facets()[0] == ["2021"]
