"""Shared fixtures. Qt runs offscreen; no test touches the real user profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from testdata import REAL_DIR, SEED_DIR

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory, monkeypatch):
    """Point the data folder and Qt settings at temporary folders for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KAMERBRIEVEN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED_DIR


@pytest.fixture(scope="session")
def real_dir() -> Path:
    return REAL_DIR
