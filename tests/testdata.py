"""Paths of the test data (importable from any test: pytest's pythonpath includes tests/)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEED_DIR = DATA / "seed-letters"
REAL_DIR = DATA / "real-letters"
LETTERS_DIR = ROOT / "letters"
