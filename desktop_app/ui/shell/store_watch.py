"""Notices annotations changed by another process (the command line, a second window).

The window's own changes refresh the views through the undo stack; another process's do
not reach it. Every few seconds, while the window shows, this asks the store for a cheap
change token (SQLite's ``data_version``, which moves only when another connection commits)
and emits ``changed`` when it moved. Coming back to the window asks at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class StoreWatch(QObject):
    """Polls ``store.change_token()`` while ``window`` is visible; ``changed`` on a change."""

    changed = Signal()
    INTERVAL_MS = 2000

    def __init__(self, store, window: QWidget, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.store = store
        self.window = window
        self._token = store.change_token()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        window.installEventFilter(self)
        if window.isVisible():
            self.timer.start()

    def poll(self) -> bool:
        """Ask the store once; True (and ``changed``) when another process wrote since."""
        token = self.store.change_token()
        if token is None or token == self._token:
            return False
        self._token = token
        self.changed.emit()
        return True

    def _tick(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.poll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.timer.start()
        elif kind == QEvent.Type.Hide:
            self.timer.stop()
        elif kind == QEvent.Type.WindowActivate:  # back from the terminal: show it at once
            self.poll()
        return False
