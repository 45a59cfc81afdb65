"""The deadline timeline above the commitments overview: open commitments per deadline
month as bars; a click on a month's bar asks to list that month's commitments."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.overview import CommitmentRow
from desktop_app.render import KIND_COLOURS

MAX_MONTHS = 120  # the timeline draws at most ten years; deadlines beyond are counted


class DeadlineTimeline(QWidget):
    """Open commitments per deadline month as bars; overdue months in red.

    The months run from the earliest deadline (or today) to the latest (or today). When that
    is more than :data:`MAX_MONTHS`, the ten years around today holding the most deadlines
    are drawn and the deadlines before and after them are counted at the edges, so one
    far-off date ("in 2050") does not squeeze every bar into a sliver.

    A click on a month's bar asks to list that month's commitments (``month_clicked``); the
    month chosen is outlined (``selected``).
    """

    month_clicked = Signal(str)  # yyyy-mm

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[tuple[str, int, bool]] = []  # (yyyy-mm, count, has overdue)
        self.selected = ""  # the month the table is filtered to ("" none)
        self.counts: Counter[str] = Counter()  # deadlines per month, drawn or not
        self.earlier = 0  # deadlines before the months drawn
        self.later = 0  # deadlines after them
        self._today_month = ""
        self.setMinimumHeight(86)
        self.setAccessibleName(self.tr("Deadlines by month"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, 96)

    def set_rows(self, rows: list[CommitmentRow], today: date) -> None:
        counts: Counter[str] = Counter()
        late: set[str] = set()
        for r in rows:
            due = r.due
            if not due or r.status == "rejected":
                continue
            counts[due[:7]] += 1
            if r.overdue(today):
                late.add(due[:7])
        self.counts = counts
        self._today_month = today.isoformat()[:7]
        first, last = _drawn_range(counts, self._today_month)
        self.months = [(m, counts[m], m in late) for m in _months_between(first, last)]
        self.earlier = sum(n for m, n in counts.items() if first and m < first)
        self.later = sum(n for m, n in counts.items() if last and m > last)
        self.setToolTip(self._tooltip(counts, first, last))
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.months
                       else Qt.CursorShape.ArrowCursor)
        self.update()

    def set_selected(self, month: str) -> None:
        """Outline ``month`` ("" none): the month the table is filtered to."""
        self.selected = month
        self.update()

    def _layout(self) -> tuple[float, float, float, float, int]:
        """Where the bars go: left edge, width of a month, top, bottom, label height."""
        fm = self.fontMetrics()
        label_h = fm.height() + 2
        left_note, right_note = self._notes()
        left = 4 + (fm.horizontalAdvance(left_note) + 8 if left_note else 0)
        right = self.width() - 4 - (fm.horizontalAdvance(right_note) + 8 if right_note else 0)
        width = max(1.0, (right - left) / max(1, len(self.months)))
        return left, width, 4 + label_h, self.height() - label_h - 2, label_h

    def _notes(self) -> tuple[str, str]:
        left = ("◀ " + self.tr("%n earlier", "", self.earlier)) if self.earlier else ""
        right = (self.tr("%n later", "", self.later) + " ▶") if self.later else ""
        return left, right

    def month_rect(self, month: str) -> QRectF:
        """The column of ``month`` (its bar, count and label); empty when it is not drawn."""
        names = [m for m, _, _ in self.months]
        if month not in names:
            return QRectF()
        left, width, _top, _bottom, _label_h = self._layout()
        return QRectF(left + names.index(month) * width, 0, width, self.height())

    def month_at(self, x: float) -> str:
        """The month drawn at ``x`` ("" outside the bars)."""
        if not self.months:
            return ""
        left, width, *_ = self._layout()
        i = int((x - left) // width)
        return self.months[i][0] if x >= left and 0 <= i < len(self.months) else ""

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        month = self.month_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and self.counts.get(month):
            self.month_clicked.emit(month)
            event.accept()
            return
        super().mousePressEvent(event)

    def _tooltip(self, counts: Counter[str], first: str, last: str) -> str:
        lines = [f"{m}: {n}" for m, n, _ in self.months if n]
        if lines:
            lines.append(self.tr("Click a month to list its commitments."))
        if self.earlier:
            lines.insert(0, self.tr("%n deadline(s) before %1:", "", self.earlier)
                         .replace("%1", first) + " "
                         + ", ".join(f"{m} ({n})" for m, n in sorted(counts.items())
                                     if m < first))
        if self.later:
            lines.append(self.tr("%n deadline(s) after %1:", "", self.later)
                         .replace("%1", last) + " "
                         + ", ".join(f"{m} ({n})" for m, n in sorted(counts.items())
                                     if m > last))
        return "\n".join(lines)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.months:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No deadlines among the commitments shown."))
            return
        left_note, right_note = self._notes()
        left, width, top, bottom, label_h = self._layout()
        right = left + width * len(self.months)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        centred = Qt.AlignmentFlag.AlignVCenter
        if left_note:  # deadlines before the months drawn
            painter.drawText(QRectF(4, top, left - 8, bottom - top),
                             centred | Qt.AlignmentFlag.AlignLeft, left_note)
        if right_note:  # and after them
            painter.drawText(QRectF(right + 4, top, self.width() - right - 8, bottom - top),
                             centred | Qt.AlignmentFlag.AlignRight, right_note)
        self._paint_bars(painter, text, left, width, top, bottom, label_h)

    def _paint_bars(self, painter: QPainter, text: QColor, left: float, width: float,
                    top: float, bottom: float, label_h: int) -> None:
        fm = self.fontMetrics()
        most = max(n for _, n, _ in self.months) or 1
        step = max(1, int(fm.horizontalAdvance("2026-00 ") // width) + 1)
        gap = min(1.0, width / 4)  # between bars, even when a month is a pixel or two wide
        names = [m for m, _, _ in self.months]
        if self._today_month in names:
            x = left + names.index(self._today_month) * width + width / 2
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(top - label_h), int(x), int(bottom))
            label = self.tr("today")
            room = fm.horizontalAdvance(label) + 6
            if x + room > self.width():  # today is the last month: label left of the line
                painter.drawText(QRectF(x - room, 2, room - 3, label_h),
                                 Qt.AlignmentFlag.AlignRight, label)
            else:
                painter.drawText(QRectF(x + 3, 2, room, label_h), Qt.AlignmentFlag.AlignLeft,
                                 label)
        for i, (month, n, late) in enumerate(self.months):
            x = left + i * width
            h = (bottom - top) * n / most
            painter.fillRect(QRectF(x + gap, bottom - h, max(1.0, width - 2 * gap), h),
                             QColor("#e57373" if late else KIND_COLOURS["promise"]).darker(110))
            painter.setPen(text)
            if n and width >= fm.horizontalAdvance(str(n)) + 2:  # a count that fits
                painter.drawText(QRectF(x, bottom - h - label_h, width, label_h),
                                 Qt.AlignmentFlag.AlignCenter, str(n))
            if i % step == 0:
                painter.drawText(QRectF(x, bottom + 2, width * step, label_h),
                                 Qt.AlignmentFlag.AlignLeft, month)
            if month == self.selected:  # the month the table lists
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(QRectF(x + 1, top - label_h + 1, max(2.0, width - 2),
                                        bottom - top + label_h))


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (yyyy-mm), both included."""
    if not first:
        return []
    return [_month_name(i) for i in range(_month_index(first), _month_index(last) + 1)]


def _drawn_range(counts: Counter[str], today: str) -> tuple[str, str]:
    """The first and last month to draw: every deadline and today, at most MAX_MONTHS.

    Longer spans keep the MAX_MONTHS window around today that holds the most deadlines
    (the latest such window on a tie), trimmed to the deadlines in it and today.
    """
    if not counts:
        return "", ""
    now = _month_index(today)
    months = {_month_index(m): n for m, n in counts.items()}
    lo, hi = min(min(months), now), max(max(months), now)
    if hi - lo < MAX_MONTHS:
        return _month_name(lo), _month_name(hi)
    best, best_start = -1, now
    for start in range(now - MAX_MONTHS + 1, now + 1):
        held = sum(n for i, n in months.items() if start <= i < start + MAX_MONTHS)
        if held >= best:
            best, best_start = held, start
    inside = [i for i in months if best_start <= i < best_start + MAX_MONTHS] + [now]
    return _month_name(min(inside)), _month_name(max(inside))
