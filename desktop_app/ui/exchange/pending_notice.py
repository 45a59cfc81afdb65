"""A line under the annotation browser: imported annotations that wait for a letter not in the
library (they attach when it is imported); the tooltip names the letters."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

MAX_NAMED = 12  # letters named in the tooltip


class PendingNotice(QLabel):
    """Hidden when nothing waits; ``reload`` reads the store's pending annotations again."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("pending-notice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the letters are named as written
        self.count = 0
        self.letters: list[str] = []
        self.hide()

    def reload(self) -> None:
        rows = self.store.pending()
        self.count = len(rows)
        self.letters = sorted({row["source"] for row in rows if row.get("source")})
        self.setVisible(bool(rows))
        if not rows:
            self.setText("")
            self.setToolTip("")
            return
        self.setText(self.tr("%n imported annotation(s) wait for letters not in the library",
                             "", self.count))
        named = self.letters[:MAX_NAMED]
        more = len(self.letters) - len(named)
        lines = [self.tr("They attach when these letters are imported:"), *named]
        if more > 0:
            lines.append(self.tr("… and %n more", "", more))
        # rich text, so the addresses are escaped (one with "<" is shown as written)
        self.setToolTip("<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>")
