"""Every user error carries a code, so the window can word it for a window user (and the command
line keeps the domain's English)."""

from __future__ import annotations

import sqlite3

import pytest
from error_codes import COMPUTED_CODES, raised, user_error_classes

from desktop_app.errors import IngestError, NotFound, UserError
from desktop_app.export.errors import ExportError
from desktop_app.store.history import _write_error, explain_code


def test_every_user_error_class_has_a_default_code():
    classes = user_error_classes()
    assert {"IngestError", "ExportError", "StoreError", "IndexCorrupt"} <= set(classes)
    missing = sorted(name for name, cls in classes.items()
                     if cls is not UserError and not cls.__dict__.get("code"))
    assert missing == []


def test_every_raise_of_a_user_error_names_its_code():
    """A raise passes ``code=``, or raises a class whose own default code says it all."""
    found = [r for r in raised() if issubclass(r.cls, UserError)]
    assert len(found) > 100  # the scan sees the domain's raises
    bare = [f"{r.where} {r.cls.__name__}" for r in found
            if r.code == "" and (r.cls is UserError or not r.cls.__dict__.get("code"))]
    assert bare == []
    computed = [r.where for r in found if r.code is None]
    assert all(w.rsplit(":", 1)[0] in COMPUTED_CODES for w in computed), computed


def test_a_subclass_keeps_its_default_code_unless_a_raise_names_one():
    assert NotFound("No letter x.").code == "not-found"
    assert NotFound("No letter x.", code="letter-gone").code == "letter-gone"
    assert ExportError("Cannot write x", "disk-full", path="x").code == "disk-full"
    assert ExportError("Cannot write x").code == "cannot-export"
    assert IngestError("a.txt", "empty").code == "cannot-read"
    assert IngestError("a.txt", "empty", "empty").params == {}
    assert UserError("x", code="csv-separator", limit=3).params == {"limit": 3}


@pytest.mark.parametrize(("message", "code"), [
    ("attempt to write a readonly database", "write-read-only"),
    ("database or disk is full", "write-disk-full"),
    ("database is locked", "write-busy"),
    ("disk I/O error", "write-failed"),
])
def test_a_failed_annotation_write_names_its_code(message, code, tmp_path):
    assert explain_code(sqlite3.OperationalError(message)) == code
    error = _write_error(sqlite3.OperationalError(message), tmp_path / "annotations.db")
    assert error.code == code or (code == "write-read-only"
                                  and error.code == "read-only-folder")
    assert error.params["path" if error.code != "read-only-folder" else "folder"]
