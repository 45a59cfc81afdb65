"""The Qt model of the search hits, each a marked snippet as rich text."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.model import LetterSummary, SearchHit
from desktop_app.render import summary_title
from desktop_app.ui.letters.models import letter_tooltip
from desktop_app.ui.safe_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """The hits of the latest search; the display role is HTML with the matched words marked."""

    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.titles: dict[str, str] = {}  # letter id -> its title in the letter list
        self.summaries: dict[str, LetterSummary] = {}  # letter id -> its row, for tooltips

    def set_letters(self, rows: Iterable[LetterSummary]) -> None:
        """The library's letters: hits are titled and described as in the letter list."""
        self.summaries = {r.id: r for r in rows}
        self.titles = {r.id: summary_title(r) for r in self.summaries.values()}
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))

    def set_hits(self, hits: Iterable[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # the letter list's title, so a hit is recognised as the same letter there
            return hit_html(hit, self.titles.get(hit.id) or hit.title or self.tr("(no subject)"))
        if role == Qt.ItemDataRole.ToolTipRole and hit.id in self.summaries:
            return letter_tooltip(self.summaries[hit.id])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " · ".join(x for x in (self.titles.get(hit.id) or hit.title, hit.date,
                                          hit.id) if x)
            # a title that looks like HTML would be rich text in a tooltip: keep it text
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == self.HIT_ROLE:
            return hit
        return None


def hit_html(hit: SearchHit, title: str) -> str:
    """A hit as rich text: title, date and dossier, then the snippets with words in bold."""
    meta = " · ".join(html.escape(x) for x in (hit.date, hit.dossier, hit.signatory) if x)
    parts = [f"<b>{html.escape(title)}</b>"]
    if meta:
        parts.append(f"<br><small>{meta}</small>")
    for snippet in hit.snippets[:2]:
        text, out, pos = snippet.text, [], 0
        for s, e in snippet.highlights:
            a, b = s - snippet.start, e - snippet.start
            if a < pos or b > len(text):
                continue
            out += [html.escape(text[pos:a]), "<b><u>", html.escape(text[a:b]), "</u></b>"]
            pos = b
        out.append(html.escape(text[pos:]))
        parts.append("<br>…" + "".join(out).replace("\n", " ") + "…")
    return "".join(parts)
