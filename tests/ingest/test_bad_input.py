"""Bad input gets a clear message naming the file and the problem; nothing crashes."""

from __future__ import annotations

import os

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
