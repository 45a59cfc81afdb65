"""A library of the two real letters the W3C test files are about (tests/data/w3c/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

W3C_DIR = Path(__file__).resolve().parents[2] / "data" / "w3c"
GRONINGEN = "kst-33529-468"  # okb_kst-33529-468.txt
URGENDA = "kst-27858-675"  # tk_2024D39756.txt: found by its Tweede Kamer document id


@pytest.fixture(scope="session")
def _w3c_template(tmp_path_factory, real_dir) -> Path:
    from desktop_app.library import Library

    folder = tmp_path_factory.mktemp("w3c-library") / "data"
    with Library(folder, seed=False) as library:
        report = library.import_paths([real_dir / "okb_kst-33529-468.txt",
                                       real_dir / "tk_2024D39756.txt"])
        assert sorted(report.added) == sorted([GRONINGEN, URGENDA])
        library.ensure_index()
    return folder


@pytest.fixture
def w3c_folder(_w3c_template, tmp_path):
    """A fresh copy of the two-letter data folder (call with a name for a second one)."""

    def make(name: str = "data") -> Path:
        target = tmp_path / name
        shutil.copytree(_w3c_template, target)
        return target

    return make


@pytest.fixture
def w3c_library(w3c_folder):
    from desktop_app.library import Library

    lib = Library(w3c_folder(), seed=False)
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def english(qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def choose_files(monkeypatch):
    """Answer File → Import Annotations…'s file dialog with the given paths."""

    def answer_with(*paths):
        def answer(parent, folder):
            return [str(p) for p in paths]

        monkeypatch.setattr(
            "desktop_app.ui.exchange.annotation_import.choose_annotation_files", answer)

    return answer_with
