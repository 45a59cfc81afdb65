"""Fixtures for the window tests: a library of the seed letters, a window with inline jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _seed_library_template(tmp_path_factory, seed_dir) -> Path:
    """A data folder with the five seed letters imported and indexed (built once)."""
    from desktop_app.library import Library

    folder = tmp_path_factory.mktemp("seed-library") / "data"
    with Library(folder, seed=False) as library:
        library.import_paths([seed_dir])
        library.ensure_index()
    return folder


@pytest.fixture
def data_dir(_seed_library_template, tmp_path) -> Path:
    """A private copy of the seed library for one test."""
    target = tmp_path / "data"
    shutil.copytree(_seed_library_template, target)
    return target


@pytest.fixture
def library(data_dir):
    from desktop_app.library import Library

    lib = Library(data_dir, seed=False)
    yield lib
    lib.close()


@pytest.fixture
def settings(tmp_path):
    """Window settings in an INI file of the test, never the user's profile."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """Build a MainWindow on a library; jobs and searches run inline (synchronously)."""
    from desktop_app.ui.library.library_jobs import SearchService
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.tasks import JobRunner

    def make(lib, *, synchronous: bool = True):
        runner = JobRunner(max_threads=1, synchronous=synchronous)
        search = SearchService(lib.index_dir, synchronous=synchronous)
        window = MainWindow(lib, settings=settings, runner=runner, search=search)
        runner.setParent(window)
        search.setParent(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, library):
    return make_window(library)


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):
    """The app's translators for a language (as ``desktop-app --lang``), removed after."""
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        for t in translators:
            qapp.removeTranslator(t)


@pytest.fixture()
def lang_window(lang, make_window, library):
    """The window at its default size, in English and in Dutch (the app's translators)."""
    return make_window(library)


@pytest.fixture
def chain_library(tmp_path):
    """The three-letter lineage chain imported out of date order (the fulfilment first)."""
    from testdata import import_chain

    lib = import_chain(tmp_path)
    yield lib
    lib.close()


@pytest.fixture
def chain_window(make_window, chain_library):
    return make_window(chain_library)
