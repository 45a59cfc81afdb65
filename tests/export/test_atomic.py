"""Atomic writes: a file is replaced whole or not at all; clear messages for the user."""

from __future__ import annotations

import os

import pytest

from desktop_app.export import atomic
from desktop_app.export.atomic import ExportError


def test_replaces_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic.write_text(target, "nieuw ✓")
    assert target.read_text(encoding="utf-8") == "nieuw ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failing_writer_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old content")

    def half_then_fail(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        atomic.write_with(target, half_then_fail)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_new_file_gets_ordinary_permissions_and_keeps_existing_ones(tmp_path):
    fresh = atomic.write_bytes(tmp_path / "a.bin", b"x")
    assert fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "b.bin"
    kept.write_bytes(b"old")
    os.chmod(kept, 0o600)
    atomic.write_bytes(kept, b"new")
    assert kept.stat().st_mode & 0o777 == 0o600


def test_permission_error_says_what_to_do(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError, match="permission denied. Choose a folder you can write to"):
        atomic.write_text(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_permission_error_creating_the_temporary_file(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="permission denied"):
        atomic.write_text(tmp_path / "x.md", "x")


@pytest.mark.parametrize(("name", "message"), [
    ("missing/out.md", "the folder .*missing does not exist"),
    (".", "it is a folder"),
])
def test_unwritable_places(tmp_path, name, message):
    with pytest.raises(ExportError, match=message):
        atomic.write_text(tmp_path / name, "x")
