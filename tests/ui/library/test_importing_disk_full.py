"""An import that runs out of disk space while keeping the original files stops with a
message that says so (the window showed a raw "OSError: [Errno 28]"), keeps the letters
imported before, and leaves nothing half-written. Found by the robustness review."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.library import Library

LETTERS = Path(__file__).resolve().parents[3] / "letters"


def _files(tmp_path: Path, count: int) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(p for p in LETTERS.iterdir() if p.suffix in (".txt", ".md"))[:count]
    for n, source in enumerate(sources):  # changed copies: new letters to any library
        text = source.read_text(encoding="utf-8") + f"\n\nBijlage {n}: kopie voor de test.\n"
        (folder / f"kopie {source.name}").write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def _fill_disk_after(monkeypatch, copies: int) -> None:
    real = shutil.copyfile
    done = []

    def copyfile(src, dst, *args, **kwargs):
        if len(done) >= copies:
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        done.append(src)
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr("desktop_app.library.shutil.copyfile", copyfile)


def test_a_full_disk_stops_the_import_with_a_clear_message(tmp_path, monkeypatch):
    files = _files(tmp_path, 3)
    with Library(tmp_path / "data", seed=False) as library:
        _fill_disk_after(monkeypatch, 2)
        with pytest.raises(UserError) as info:
            library.import_paths([files[0].parent])
        assert info.value.code == "import-disk-full"
        assert "is full" in str(info.value) and files[2].name in str(info.value)
        assert library.letters.count() == 2  # the letters before it stay
        originals = list((tmp_path / "data" / "originals").iterdir())
        assert len(originals) == 2 and not [p for p in originals if p.name.startswith(".")]


def test_the_window_says_the_disk_is_full(window, tmp_path, monkeypatch):
    files = _files(tmp_path, 2)
    _fill_disk_after(monkeypatch, 0)
    window.import_paths([str(files[0].parent)])
    text = window.message_bar.text()
    assert "is full" in text and "OSError" not in text and "Errno" not in text
