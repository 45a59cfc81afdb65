"""Where things live: bundled resources and letters (source or frozen bundle), user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "KAMERBRIEVEN_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding resources/ and letters/: the repo root, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def bundled_letters_dir() -> Path:
    return bundle_root() / "letters"


def default_data_dir() -> Path:
    """The user data folder: $KAMERBRIEVEN_DATA_DIR, else the platform's user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Kamerbrieven", "Kamerbrieven"))
