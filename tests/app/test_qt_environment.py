"""Qt can draw text here: without fonts it silently renders boxes."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo


def test_a_real_font_family_is_available(qapp):
    families = QFontDatabase.families()
    assert any(f.startswith("DejaVu") for f in families), families
    info = QFontInfo(qapp.font())
    assert info.family() and info.family() in families
