"""Export problems: each has a code the window can translate, a clear English message for the
command line, and never leaves a half-written file (also for a PDF on a full disk)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.errors import NotFound, UserError
from desktop_app.export import atomic, export_pack, w3c
from desktop_app.export.errors import CollectionNotFound, ExportError, NothingToExport
from desktop_app.export.pack import (
    CoursePack,
    Passage,
    Section,
    pack_from_annotations,
    pack_from_collection,
    pack_from_tag,
)

ROOT = Path(__file__).resolve().parents[2]


def _refuse_mkstemp(exc: OSError):
    def refuse(*args, **kwargs):
        raise exc

    return refuse


@pytest.mark.parametrize(("exc", "code", "words"), [
    (PermissionError(errno.EACCES, "Permission denied"), "permission", "permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk-full", "the disk is full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk-full", "the disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only", "the disk is read-only"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "cannot-create",
     "files cannot be created in"),
    (OSError(errno.EIO, "Input/output error"), "os-error", "Input/output error"),
])
def test_each_os_problem_has_a_code_and_says_what_to_do(tmp_path, monkeypatch, exc, code,
                                                        words):
    monkeypatch.setattr(atomic.tempfile, "mkstemp", _refuse_mkstemp(exc))
    target = tmp_path / "pakket.md"
    with pytest.raises(ExportError) as info:
        atomic.write_text(target, "x")
    assert info.value.code == code
    assert info.value.params["path"] == target
    assert str(info.value).startswith(f"Cannot write {target}: ") and words in str(info.value)
    assert isinstance(info.value, UserError)  # the command line prints it as an error


def test_a_full_disk_while_writing_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "toezeggingen.csv"
    target.write_text("old")

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync", full)
    with pytest.raises(ExportError) as info:
        atomic.write_text(target, "new")
    assert info.value.code == "disk-full"
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_file_where_a_folder_should_be(tmp_path):
    blocker = tmp_path / "brief.txt"
    blocker.write_text("x")
    target = blocker / "sub" / "pakket.md"
    with pytest.raises(ExportError) as info:
        atomic.write_text(target, "x")
    assert info.value.code == "not-a-folder" and info.value.params["folder"] == blocker
    assert f"{blocker} is a file, not a folder" in str(info.value)


def test_missing_folder_and_folder_codes(tmp_path):
    with pytest.raises(ExportError) as info:
        atomic.write_text(tmp_path / "nope" / "x.md", "x")
    assert info.value.code == "no-folder" and info.value.params["folder"] == tmp_path / "nope"
    with pytest.raises(ExportError) as info:
        atomic.write_text(tmp_path, "x")
    assert info.value.code == "is-folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_device_or_pipe_is_never_replaced(tmp_path):
    # as root, os.replace would swap /dev/full (or /dev/null) for a regular file
    pipe = tmp_path / "pijp.ics"
    os.mkfifo(pipe)
    with pytest.raises(ExportError) as info:
        atomic.write_text(pipe, "x")
    assert info.value.code == "not-a-file" and "not an ordinary file" in str(info.value)
    assert pipe.is_fifo() and [p.name for p in tmp_path.iterdir()] == ["pijp.ics"]


def test_unknown_format_has_a_code(tmp_path):
    with pytest.raises(ExportError) as info:
        export_pack(CoursePack(title="T"), "odt", tmp_path / "x.odt")
    assert info.value.code == "unknown-format" and info.value.params["fmt"] == "odt"


# -- nothing to export -----------------------------------------------------------------------

class _Store:
    def collections(self):
        return []

    def annotations(self, **filters):
        return []


class _Library:
    annotations = _Store()


def test_nothing_to_export_has_codes():
    with pytest.raises(CollectionNotFound) as info:
        pack_from_collection(_Library(), "Weg")
    assert info.value.code == "no-collection" and info.value.params == {"name": "Weg"}
    assert isinstance(info.value, NotFound)  # still a NotFound for callers that catch that
    with pytest.raises(NothingToExport) as info:
        pack_from_tag(_Library(), "cursus")
    assert info.value.code == "no-tag-annotations" and info.value.params == {"tag": "cursus"}
    assert "No annotations have the tag 'cursus'" in str(info.value)
    with pytest.raises(NothingToExport) as info:
        pack_from_annotations(_Library(), [], title="x")
    assert info.value.code == "no-selection"


# -- W3C annotation files ------------------------------------------------------------------

def test_annotation_export_is_atomic_and_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "map.json"
    folder.mkdir()
    with pytest.raises(ExportError) as info:
        w3c.write_file([], folder)
    assert info.value.code == "is-folder"
    with pytest.raises(ExportError) as info:
        w3c.write_file([], tmp_path / "nope" / "a.json")
    assert info.value.code == "no-folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]  # no ".partial" file
    assert w3c.write_file([], tmp_path / "a.json") == 0
    assert json.loads((tmp_path / "a.json").read_text())["total"] == 0


@pytest.mark.parametrize(("content", "words"), [
    (None, "the file does not exist"),
    (b"\xff\xfe\x00junk\x9c", "is not an annotation file: it is not JSON text"),
    ("folder", "it is a folder"),
])
def test_reading_a_bad_annotation_file_says_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "a.json"
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(w3c.ImportRejected) as info:
        w3c.read_file(path)
    assert words in str(info.value)
    assert "Errno" not in str(info.value) and "codec" not in str(info.value)


# -- a PDF on a disk that fills up ---------------------------------------------------------

PDF_ON_FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from desktop_app.export.errors import ExportError
    from desktop_app.export.pack import CoursePack, Passage, Section
    from desktop_app.export.pdf import write_pdf, ensure_gui_app

    ensure_gui_app()  # fonts are read before the limit
    passage = Passage("a1", "kst-1", "Ik zal de Kamer informeren. " * 40, "Kamerstuk 1", "Brief")
    pack = CoursePack(title="Groot", sections=(Section("Kern", (passage,) * 30),))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
    out = Path(sys.argv[1])
    try:
        write_pdf(pack, out)
    except ExportError as exc:
        print("ExportError", exc.code)
    else:
        print("written", out.stat().st_size)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_pdf_that_cannot_be_written_whole_is_an_error_not_a_truncated_file(tmp_path):
    # QPdfWriter ignores write errors: the PDF must reach the disk through Python
    out = tmp_path / "pakket.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", PDF_ON_FULL_DISK, str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["ExportError", "os-error"]
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_is_still_written_whole(tmp_path, qapp):  # a QApplication, not only QGuiApp
    passage = Passage("a1", "kst-1", "Ik zal de Kamer informeren.", "Kamerstuk 1", "Brief")
    out = tmp_path / "pakket.pdf"
    export_pack(CoursePack(title="Klein", sections=(Section("Kern", (passage,)),)), "pdf", out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
