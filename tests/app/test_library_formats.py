"""One letter, many formats (issue 15): recognised across PDF, text, markdown and HTML by
reference or date and a like text, its metadata merged field by field, every original kept,
the same merged letter rebuilt from originals/, and the import report saying what merged."""

from __future__ import annotations

import html
import io
import re
import shutil
from pathlib import Path

import pytest
from testdata import DATA, REAL_DIR, SEED_DIR

from desktop_app.cli import main
from desktop_app.ingest import read_file
from desktop_app.ingest.ids import same_letter
from desktop_app.library import LIBRARY_DB, Library

PDF = DATA / "real-pdfs" / "Kamerbrief_circulaire_economie.pdf"
TXT = REAL_DIR / "pdf_ienw_2023_circulaire_economie.txt"
SEED_002 = SEED_DIR / "002_0c0b669893b9a50c.txt"  # a markdown-like text: no Kamerstuk number
OLD_SUBJECT = ("Onderwerp Reactie op het bericht 'Behandeling migranten lijkt op die van\n"
               "slachtoffers toeslagenaffaire'")


def _as_html(text: str, path: Path) -> Path:
    """The letter saved as a plain HTML page (one paragraph per block of lines)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def _seed_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Seed letter 002 as markdown, and as HTML with another subject and no signatory."""
    md = tmp_path / "brief.md"
    shutil.copy(SEED_002, md)
    raw = SEED_002.read_text(encoding="utf-8")
    assert OLD_SUBJECT in raw and "Ankie Broekers-Knol" in raw
    changed = raw.replace(OLD_SUBJECT, "Onderwerp Reactie op de bundel Ongehoord onrecht")
    return md, _as_html(changed.replace("Ankie Broekers-Knol", ""), tmp_path / "brief.html")


def _originals(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "originals").iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("order", [(PDF, TXT), (TXT, PDF)], ids=["pdf-first", "text-first"])
def test_the_circulaire_pdf_and_its_text_are_one_letter(tmp_path, order):
    text = read_file(TXT)
    with Library(tmp_path, seed=False) as lib:
        first = lib.import_paths([order[0]])
        second = lib.import_paths([order[1]])
        assert lib.count() == 1
        (lid,) = first.added
        assert second.updated == [lid] and not second.added
        letter = lib.letter(lid)
        # the text's text is shown (text ranks above PDF), and its metadata won
        assert letter.text == text.text and letter.format == "text"
        md = letter.metadata
        assert md.subject == text.metadata.subject
        assert "(NPCE)" in md.subject  # not the PDF's "( NPCE)"
        assert (md.signatory, md.signatory_role) == (
            "V.L.W.A. Heijnen", "Staatssecretaris van Infrastructuur en Waterstaat")
        assert (md.date, md.reference) == ("2023-02-03", "IENW/BSK-2023/33017")
        assert _originals(tmp_path) == [f"{lid}.pdf", f"{lid}.txt"]
        (merged,) = second.merged
        assert (merged.letter_id, merged.formats, merged.text_format) == (
            lid, ("text", "pdf"), "text")
        assert merged.message().startswith(
            f"{display(order[1])}: merged with {lid} (text + PDF): text from text; ")


def display(path: Path) -> str:
    return str(path.resolve())


def test_a_chain_pdf_text_pdf_stays_one_letter_and_the_last_import_is_unchanged(tmp_path):
    with Library(tmp_path, seed=False) as lib:
        (lid,) = lib.import_paths([PDF]).added
        assert lib.import_paths([TXT]).updated == [lid]
        state = lib.letters.state()
        again = lib.import_paths([PDF])
        assert again.unchanged == [lid] and not again.merged
        assert lib.count() == 1 and lib.letters.state() == state
        assert lib.import_paths([TXT]).unchanged == [lid]
        assert _originals(tmp_path) == [f"{lid}.pdf", f"{lid}.txt"]


def test_metadata_is_merged_field_by_field_in_either_order(tmp_path):
    md, page = _seed_pair(tmp_path)
    results = []
    for n, order in enumerate([(md, page), (page, md)]):
        data = tmp_path / f"data{n}"
        with Library(data, seed=False) as lib:
            report = lib.import_paths(order)
            assert lib.count() == 1 and len(report.merged) == 1
            (lid,) = lib.letters.ids()
            letter = lib.letter(lid)
            results.append((letter.text, letter.metadata))
            assert _originals(data) == [f"{lid}.html", f"{lid}.md"]
            # HTML ranks above markdown: its subject and text; the signatory only the
            # markdown states is taken from it, with its role
            assert letter.format == "html"
            assert letter.metadata.subject == "Reactie op de bundel Ongehoord onrecht"
            assert letter.metadata.signatory == "Ankie Broekers-Knol"
            assert letter.metadata.signatory_role == "Staatssecretaris van Justitie en Veiligheid"
            assert letter.metadata.reference == "3290560"
            assert dict(report.merged[0].taken) == {"subject": "html", "signatory": "markdown"}
            assert report.merged[0].message().endswith(
                "text from HTML; subject from HTML, signatory from markdown")
    assert results[0] == results[1]


def test_the_persons_corrections_win_over_every_format(tmp_path):
    md, page = _seed_pair(tmp_path)
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([md]).added
        lib.edit_letter(lid, {"subject": "Mijn eigen onderwerp"})
        lib.import_paths([page])
        assert lib.letter(lid).metadata.subject == "Mijn eigen onderwerp"
        assert lib.parsed_metadata(lid).subject == "Reactie op de bundel Ongehoord onrecht"


def test_annotations_follow_when_the_shown_text_changes_to_the_better_format(tmp_path):
    md, page = _seed_pair(tmp_path)
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([md]).added
        text = lib.letter(lid).text
        start = text.index("menselijke maat en de mate")
        ann = lib.annotations.add(lid, text, start, start + len("menselijke maat"))
        lib.import_paths([page])
        new_text = lib.letter(lid).text
        assert new_text != text  # the HTML's text is shown now
        moved = lib.annotations.get(ann.id)
        assert new_text[moved.start:moved.end] == "menselijke maat"
        assert new_text[moved.start:].startswith("menselijke maat en de mate")


def test_a_rebuild_from_originals_gives_the_same_merged_letter(tmp_path):
    md, page = _seed_pair(tmp_path)
    data = tmp_path / "data"
    with Library(data, seed=False) as lib:
        lib.import_paths([md, page, PDF, TXT])
        before = {letter.id: letter for letter in lib.iter_letters()}
        lib.originals.mark_seeded()
    assert len(before) == 2
    (data / LIBRARY_DB).unlink()
    with Library(data) as lib:  # the lost library.db is rebuilt at the start
        after = {letter.id: letter for letter in lib.iter_letters()}
    assert after.keys() == before.keys()
    for lid, letter in before.items():
        assert after[lid].text == letter.text
        assert after[lid].metadata == letter.metadata
        assert after[lid].format == letter.format
        assert after[lid].commitments == letter.commitments


def test_two_letters_of_one_dossier_on_one_date_stay_two(tmp_path):
    # without their Kamerstuk numbers and given the same date, only their texts could join
    # them: 40% alike, far below the 60% one letter in two formats has at the least
    files = []
    for name in ("okb_kst-33529-467.txt", "okb_kst-33529-468.txt"):
        raw = (REAL_DIR / name).read_text(encoding="utf-8")
        raw = "\n".join(line for line in raw.splitlines()
                        if not re.search(r"(?i)\bnr\. 46[78]\b|^33 529 ", line))
        raw = raw.replace("Den Haag, 22 mei 2018", "Den Haag, 16 mei 2018")
        path = tmp_path / name.replace(".txt", ".md")
        path.write_text(raw, encoding="utf-8")
        parsed = read_file(path)
        assert parsed.id.startswith("txt-") and parsed.metadata.date == "2018-05-16"
        files.append(path)
    with Library(tmp_path / "data", seed=False) as lib:
        report = lib.import_paths(files)
        assert len(report.added) == 2 and not report.merged and lib.count() == 2


def test_like_texts_of_different_dates_are_never_joined(tmp_path):
    a = tmp_path / "a.md"
    shutil.copy(SEED_002, a)
    b = tmp_path / "b.md"
    b.write_text(SEED_002.read_text(encoding="utf-8").replace("8 juli 2021", "9 juli 2021")
                 .replace("3290560", "3290561")
                 .replace("In deze brief ga ik in op", "In deze tweede brief ga ik in op"),
                 encoding="utf-8")
    assert read_file(b).metadata.date == "2021-07-09"
    assert same_letter(read_file(a).text, read_file(b).text)[0]  # alike, yet not one letter
    with Library(tmp_path / "data", seed=False) as lib:
        report = lib.import_paths([a, b])
        assert len(report.added) == 2 and not report.merged


def test_an_htm_copy_is_replaced_by_a_later_html_copy_of_the_same_letter(tmp_path):
    md, page = _seed_pair(tmp_path)
    htm = page.with_suffix(".htm")
    page.rename(htm)
    with Library(tmp_path / "data", seed=False) as lib:
        lib.import_paths([md, htm])
        (lid,) = lib.letters.ids()
        assert _originals(tmp_path / "data") == [f"{lid}.htm", f"{lid}.md"]
        shutil.copy(htm, page)
        page.write_text(page.read_text(encoding="utf-8").replace(
            "Ongehoord onrecht</p>", "Ongehoord onrecht in het vreemdelingenrecht</p>", 1),
            encoding="utf-8")
        lib.import_paths([page])
        assert _originals(tmp_path / "data") == [f"{lid}.html", f"{lid}.md"]
        assert lib.originals_of(lid) == [tmp_path / "data" / "originals" / f"{lid}.html",
                                         tmp_path / "data" / "originals" / f"{lid}.md"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_reports_the_merge_and_prints_the_originals(tmp_path):
    data = str(tmp_path / "data")
    code, out, _ = run("--data-dir", data, "import", str(TXT))
    assert code == 0
    code, out, _ = run("--data-dir", data, "import", str(PDF))
    lid = read_file(TXT).id
    assert code == 0
    assert (f"{PDF.resolve()}: merged with {lid} (text + PDF): text from text; "
            in out)
    assert "1 updated" in out
    code, out, err = run("--data-dir", data, "letter-original", lid)
    originals = Path(data) / "originals"
    assert (code, out) == (0, f"{originals / (lid + '.txt')}\n{originals / (lid + '.pdf')}\n")
    code, out, _ = run("--data-dir", data, "letter-original", lid, "--format", "pdf")
    assert (code, out) == (0, f"{originals / (lid + '.pdf')}\n")
    (originals / f"{lid}.pdf").unlink()
    code, out, err = run("--data-dir", data, "letter-original", lid, "--format", "pdf")
    assert code == 1 and out == "" and "has no kept pdf original file" in err


def test_a_file_without_a_date_is_recognised_by_its_reference(tmp_path):
    md, _ = _seed_pair(tmp_path)
    raw = SEED_002.read_text(encoding="utf-8").replace("8 juli 2021", "")
    page = _as_html(raw, tmp_path / "zonder-datum.html")
    assert read_file(page).metadata.date is None
    assert read_file(page).metadata.reference == "3290560"
    with Library(tmp_path / "data", seed=False) as lib:
        (lid,) = lib.import_paths([md]).added
        report = lib.import_paths([page])
        assert report.updated == [lid] and lib.count() == 1
        assert lib.letter(lid).metadata.date == "2021-07-08"  # only the markdown states it
        assert ("date", "markdown") in report.merged[0].taken


def test_a_crash_after_the_copy_moved_in_but_before_the_commit_is_mended_by_importing_again(
        tmp_path, monkeypatch):
    """The text's copy reached originals/ but the merged row was never saved: importing the
    text again merges it (the kept copy is no proof the letter row has it)."""
    from desktop_app.originals import Originals

    with Library(tmp_path, seed=False) as lib:
        (lid,) = lib.import_paths([PDF]).added
    real = Originals.publish

    def crash(staged, target):
        real(staged, target)
        raise KeyboardInterrupt("killed after the copy was moved in")

    monkeypatch.setattr(Originals, "publish", staticmethod(crash))
    with pytest.raises(KeyboardInterrupt), Library(tmp_path, seed=False) as lib:
        lib.import_paths([TXT])
    monkeypatch.setattr(Originals, "publish", staticmethod(real))
    with Library(tmp_path, seed=False) as lib:
        assert lib.letter(lid).format == "pdf"  # the merge was not committed
        report = lib.import_paths([TXT])
        assert report.updated == [lid] and not report.unchanged
        assert lib.letter(lid).format == "text"
