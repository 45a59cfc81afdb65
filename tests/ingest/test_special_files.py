"""Pipes and devices are refused before they are opened; empty PDFs are empty; UTF-16 without
a byte order mark is read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.errors import IngestError
from desktop_app.ingest import read_file
from desktop_app.ingest.decode import decode_text, utf16_without_bom

LETTER = ("Den Haag, 4 november 2022\n\nIk zal uw Kamer voor de zomer informeren over de "
          "coördinatoren en de financiën.\n")


def read_in_thread(path: Path, seconds: float = 10.0) -> BaseException | object:
    """``read_file(path)``'s result or exception, in a thread so that a hang fails the test."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(read_file(path))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"read_file({path.name}) did not return within {seconds} s"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "letter.txt"
    os.mkfifo(pipe)
    error = read_in_thread(pipe)
    assert isinstance(error, IngestError), error
    assert error.code == "not-a-file"
    assert str(error) == (f"{pipe}: this is not an ordinary file (a pipe or a device), so it "
                          "cannot be read as a letter. Import the letter file itself.")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_link_to_a_device_is_refused_without_reading(tmp_path):
    link = tmp_path / "letter.txt"
    link.symlink_to("/dev/zero")  # reading it would never end
    error = read_in_thread(link)
    assert isinstance(error, IngestError), error
    assert error.code == "not-a-file"


def test_a_regular_file_behind_a_link_is_read(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(LETTER, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert "coördinatoren" in read_file(link).text


@pytest.mark.parametrize("name", ["empty.pdf", "empty.xml", "empty.html", "empty.txt"])
@pytest.mark.parametrize("content", [b"", b" \n\t\n"])
def test_an_empty_file_is_called_empty_in_every_format(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == "empty"
    assert str(caught.value) == (f"{path}: the file is empty. Choose a file that contains a "
                                 "letter.")


@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
@pytest.mark.parametrize("ext", [".txt", ".md"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, encoding, order, ext):
    path = tmp_path / f"brief{ext}"
    path.write_bytes(LETTER.encode(encoding))
    letter = read_file(path)
    assert "coördinatoren en de financiën" in letter.text
    assert f"no byte order mark; read as UTF-16 ({order})" in letter.warnings


def test_utf16_detection_needs_the_nul_pattern():
    assert utf16_without_bom(LETTER.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(LETTER.encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(LETTER.encode("utf-8")) is None
    assert utf16_without_bom(b"\x01\x00\x02\x00" * 200) is None  # control characters
    assert utf16_without_bom(bytes(range(256)) * 40) is None
    assert utf16_without_bom("日本語のテキスト".encode("utf-16-le")) is None  # not mostly Latin


@pytest.mark.parametrize("data", [
    b"\x01\x00\x02\x00" * 200,  # NULs in the UTF-16 places, but control characters
    bytes(range(256)) * 40,
    LETTER.encode("utf-16-le") + b"x",  # an odd number of bytes is no UTF-16
])
def test_binary_data_is_still_refused(data):
    with pytest.raises(IngestError) as caught:
        decode_text(data, "x.txt")
    assert caught.value.code == "binary"


def test_utf16_of_only_spaces_is_empty():
    with pytest.raises(IngestError) as caught:
        decode_text(" \n \n  ".encode("utf-16-le"), "x.txt")
    assert caught.value.code == "empty"
