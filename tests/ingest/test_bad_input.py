"""Bad input gets a clear message naming the file and the problem; nothing crashes."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from desktop_app.errors import IngestError
from desktop_app.ingest import read_file
from desktop_app.ingest.decode import MAX_TEXT_BYTES

LETTER = ("Den Haag, 4 november 2022\n\nIk zal uw Kamer voor de zomer informeren over de "
          "coördinatoren en de financiën.\n")


def encrypted_pdf() -> bytes:
    """A minimal PDF with a Standard security handler (password protected)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    ident = b"<00112233445566778899aabbccddeeff>"
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\nstartxref\n%d\n"
            b"%%%%EOF\n" % (len(objs) + 1, ident, ident, xref))
    return bytes(out)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("junk.txt", bytes(range(256)) * 40, "binary"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "damaged or not a PDF"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "damaged or not a PDF"),
        ("locked.pdf", encrypted_pdf(), "encrypted"),
        ("letter.docx", b"PK\x03\x04 whatever", "unsupported file type '.docx'"),
        ("noext", b"text", "unsupported file type 'no extension'"),
        ("broken.xml", b"<kamerstuk><al>open", "not well-formed"),
        ("other.xml", b"<rss><channel/></rss>", "not a Kamerstuk"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(IngestError, match="does not exist"):
        read_file(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="folder"):
        read_file(folder)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(LETTER, encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", deny)
    with pytest.raises(IngestError, match="permission denied"):
        read_file(path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing to read
    assert path.stat().st_size > MAX_TEXT_BYTES
    with pytest.raises(IngestError, match="larger than the 20 MB limit"):
        read_file(path)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_read(tmp_path, encoding):
    path = tmp_path / "oud.txt"
    path.write_bytes(LETTER.encode(encoding))
    letter = read_file(path)
    assert "coördinatoren en de financiën" in letter.text
    assert letter.metadata.date == "2022-11-04"
    assert any("UTF-8" in w for w in letter.warnings)


def test_invalid_utf8_in_the_middle(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(LETTER.encode("utf-8") + b"\nDe co\xf6rdinator zal dat doen.\n")
    letter = read_file(path)  # falls back to cp1252 for the whole file, still readable
    assert "De coördinator zal dat doen." in letter.text


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LETTER.encode("utf-8"))
    assert not read_file(path).text.startswith("\ufeff")


# -- the letter size limit (issue 16 item 14) ---------------------------------------------------

def _paragraphs(chars: int, first: int = 1) -> str:
    """Letter text of at least ``chars`` characters: numbered real-looking paragraphs."""
    paragraph = ("{n}. De Minister zal uw Kamer voor de zomer informeren over de voortgang van "
                 "de plannen voor de opvang en de financiën van de gemeenten.\n\n")
    count = chars // len(paragraph) + 1
    return "Den Haag, 4 november 2022\n\n" + "".join(paragraph.format(n=n)
                                                   for n in range(first, first + count))


def test_a_text_letter_over_the_limit_is_refused_with_size_limit_and_what_to_do(tmp_path):
    from desktop_app.ingest import MAX_LETTER_CHARS

    path = tmp_path / "bijlage.txt"
    path.write_text(_paragraphs(MAX_LETTER_CHARS + 1_000), encoding="utf-8")
    with pytest.raises(IngestError) as info:
        read_file(path)
    error = info.value
    limit = f"{MAX_LETTER_CHARS / 1_000_000:g}"
    assert error.code == "too-long"
    assert error.params["limit_mb"] == limit
    assert float(error.params["size_mb"]) > MAX_LETTER_CHARS / 1_000_000
    message = str(error)
    assert str(path) in message
    assert f"more than the {limit} MB one letter may have" in message
    assert f"Split the file into parts of at most {limit} MB" in message


@pytest.mark.parametrize(("chars", "size"), [(2_000_001, "2.1"), (2_300_000, "2.3"),
                                             (4_000_000, "4")])
def test_the_size_in_the_message_is_never_rounded_down_to_the_limit(tmp_path, monkeypatch,
                                                                    chars, size):
    import desktop_app.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_LETTER_CHARS", 2_000_000)
    with pytest.raises(IngestError) as info:
        ingest.check_length(chars, "x.txt")
    assert info.value.params == {"size_mb": size, "limit_mb": "2"}


def test_a_letter_at_the_limit_is_read(tmp_path, monkeypatch):
    import desktop_app.ingest as ingest

    text = _paragraphs(3_000)
    monkeypatch.setattr(ingest, "MAX_LETTER_CHARS", len(text))
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    assert "financiën van de gemeenten" in read_file(path).text


def test_the_limit_counts_the_letter_text_of_html_not_its_markup(tmp_path, monkeypatch):
    import desktop_app.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_LETTER_CHARS", 3_000)
    def page(chars: int) -> str:
        paragraphs = _paragraphs(chars).split("\n\n")
        markup = "".join(f'<p class="alinea" style="margin:0">{"<span></span>" * 40}{p}</p>'
                         for p in paragraphs if p)
        return f"<html><body>{markup}</body></html>"

    small = tmp_path / "small.html"
    small.write_text(page(2_000), encoding="utf-8")
    assert small.stat().st_size > 3_000  # the file is larger than the limit, its text is not
    assert "financiën van de gemeenten" in read_file(small).text
    large = tmp_path / "large.html"
    large.write_text(page(6_000), encoding="utf-8")
    with pytest.raises(IngestError) as info:
        read_file(large)
    assert info.value.code == "too-long"


def test_importing_a_folder_skips_a_letter_over_the_limit_and_imports_the_rest(tmp_path,
                                                                             monkeypatch):
    import desktop_app.ingest as ingest
    from desktop_app.library import Library

    monkeypatch.setattr(ingest, "MAX_LETTER_CHARS", 50_000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_bijlage.txt").write_text(_paragraphs(60_000), encoding="utf-8")
    (folder / "b_brief.txt").write_text(LETTER, encoding="utf-8")
    with Library(tmp_path / "data", seed=False) as library:
        report = library.import_paths([folder])
        (error,) = report.errors
        assert error.code == "too-long" and error.source.endswith("a_bijlage.txt")
        assert len(report.added) == 1
        (only,) = library.summaries()
        assert "coördinatoren" in library.letter(only.id).text
        # nothing of the refused file was kept: no letter, no copy of the original
        assert [p.name.startswith(only.id) for p in (tmp_path / "data" / "originals")
                .iterdir()] == [True]


def test_a_bundle_repeating_its_signatures_names_each_signer_once():
    from desktop_app.ingest.textreader import parse_text

    part = ("Ik zal uw Kamer voor de zomer informeren over de voortgang van de plannen.\n\n"
            "De Minister van Justitie en Veiligheid, F.B.J. Grapperhaus\n\n"
            "Wij verwachten dat de regeling in het voorjaar in werking treedt.\n\n"
            "De Staatssecretaris van Justitie en Veiligheid, A. Broekers-Knol\n\n")
    letter = parse_text("Den Haag, 4 november 2022\n\n" + part * 3, "bundel.txt")
    assert letter.metadata.signatory == "F.B.J. Grapperhaus; A. Broekers-Knol"
    assert letter.metadata.signatory_role == ("Minister van Justitie en Veiligheid; "
                                              "Staatssecretaris van Justitie en Veiligheid")


# -- hostile files in an import (issue 16 items 7 and 12) --------------------------------

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
GOOD = ("Geachte voorzitter,\n\nIk zeg toe dat ik uw Kamer voor 1 juni 2025 zal informeren "
        "over de voortgang van het programma.\n")


def test_xml_nested_a_thousand_levels_deep_is_refused_with_a_message(tmp_path):
    with pytest.raises(IngestError) as info:
        read_file(HOSTILE / "letter_nested_1200_levels.xml")
    assert info.value.code == "xml-too-deep"
    assert "nested more than 200 levels deep" in str(info.value)
    deeper = tmp_path / "deeper.xml"  # far past Python's recursion limit
    deeper.write_text("<kamerstuk>" + "<al>" * 50_000 + "x" + "</al>" * 50_000
                      + "</kamerstuk>", encoding="utf-8")
    with pytest.raises(IngestError, match="nested more than 200"):
        read_file(deeper)


def test_an_unexpected_failure_of_a_reader_becomes_that_files_error(tmp_path, monkeypatch):
    import desktop_app.ingest.xml as xml_reader

    def broken(root, source):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(xml_reader, "_check_depth", broken)
    path = HOSTILE / "letter_nested_1200_levels.xml"
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert (info.value.source, info.value.code) == (str(path), "too-deep")
    assert "could not be read: its structure is nested too deeply" in str(info.value)
    monkeypatch.setattr(xml_reader, "_check_depth", lambda root, source: 1 / 0)
    with pytest.raises(IngestError, match=r"could not be read \(ZeroDivisionError"):
        read_file(path)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                    reason="file names there are Unicode; any bytes only on Linux")
def test_an_import_with_a_non_utf8_name_and_a_deep_xml_imports_the_others(tmp_path):
    import io

    from desktop_app.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(HOSTILE / "letter_nested_1200_levels.xml", folder / "deep.xml")
    odd = os.fsdecode(b"brief-\xff\xfe.txt")  # Latin-1 bytes: not UTF-8
    (folder / odd).write_text(GOOD, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD.replace("1 juni", "1 juli"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(tmp_path / "data"), "import", str(folder)], out=out, err=err)
    assert code == 1  # one file failed: not 70, the code of a bug
    assert "2 added, 0 updated, 0 unchanged, 1 failed" in out.getvalue()
    assert f"error: {folder / 'deep.xml'}: the XML is nested more than 200" in err.getvalue()
    out = io.StringIO()
    assert main(["--data-dir", str(tmp_path / "data"), "letters", "--json"], out=out) == 0
    sources = sorted(Path(r["source"]).name for r in json.loads(out.getvalue())
                     if r["source"].startswith(str(folder)))
    assert sources == ["brief-\\xff\\xfe.txt", "good.txt"]  # printable, and stored
    assert b"\xff" not in out.getvalue().encode("utf-8", "surrogateescape")


def test_a_file_quoting_a_kamerstuk_number_in_prose_does_not_take_it(tmp_path):
    from desktop_app.ingest.ids import letter_id

    parsed = read_file(Path(__file__).resolve().parents[1] / "data" / "real-letters"
                       / "SOURCES.md")
    assert (parsed.metadata.dossier, parsed.metadata.number) == (None, None)
    assert letter_id(parsed.metadata, parsed.text).startswith("txt-")
    # the same header as a line of its own, as the real page has it, still counts
    page = tmp_path / "page.txt"
    page.write_text("Tweede Kamer der Staten-Generaal2018-201934293 nr. 49\n\n" + GOOD,
                    encoding="utf-8")
    assert read_file(page).id == "kst-34293-49"
