"""Team sharing in the window: the Team Sharing dialog, syncs in the background (at start,
on Sync Now, and a few seconds after one's own annotation changes) and resolving conflicts.

Thin over ``store/sharing.py``: settings, status, conflicts and resolving are its verbs
(quick SQLite calls on the window's own store); a sync reads and writes the shared folder,
so it runs on :class:`~desktop_app.ui.sharing.share_jobs.SyncService`. A sync writes through
another connection: the window learns of it from the store's change token (``synced``; the
window asks its store watch at once).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.store import sharing
from desktop_app.ui.sharing.share_dialog import ShareDialog
from desktop_app.ui.sharing.share_jobs import SyncService
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.widgets import fill


class ShareController(QObject):
    """Owns the sync service, the debounce timer and the dialog; emits what to tell."""

    DEBOUNCE_MS = 4000  # after one's own last change: a burst of marking is one sync

    synced = Signal()  # a sync ended: the store changed through another connection
    error = Signal(str)  # for the message bar (worded from the catalogue)
    info = Signal(str)  # for the message bar

    def __init__(self, library, undo, dialog_parent: QWidget, *, synchronous: bool = False,
                 read_only: bool = False):
        super().__init__(dialog_parent)
        self.library = library
        self.store = library.annotations
        self.undo = undo  # the window's StoreUndoStack: resolving is one undoable step
        self.dialog_parent = dialog_parent
        self.read_only = read_only
        self.service = SyncService(Path(library.data_dir), self, synchronous=synchronous)
        self.service.started.connect(self._on_started)
        self.service.synced.connect(self._on_synced)
        self.service.failed.connect(self._on_failed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(self.DEBOUNCE_MS)
        self.debounce.timeout.connect(self._on_debounce)
        self.dialog: ShareDialog | None = None
        self._manual = False  # the running sync was asked for: say how it went
        self._last_error = ""  # an automatic sync repeats an error only when it changes

    def is_set(self) -> bool:
        """A shared folder is set (sharing is on)."""
        return sharing.settings(self.store).folder is not None

    # -- when to sync --------------------------------------------------------------------
    def start(self) -> None:
        """At start-up: sync once when a shared folder is set."""
        if self.is_set() and not self.read_only:
            self.sync(manual=False)

    def own_changed(self) -> None:
        """One's own annotations changed: sync a few seconds after the last such change."""
        if not self.read_only and self.is_set():
            self.debounce.start()  # restarted by each change

    def _on_debounce(self) -> None:
        self.sync(manual=False)

    def sync(self, manual: bool = True) -> bool:
        """Sync now in the background (Sync Now: ``manual``, the result is said)."""
        self.debounce.stop()
        self._manual = self._manual or manual
        return self.service.sync()

    # -- the dialog ----------------------------------------------------------------------
    def open_dialog(self) -> ShareDialog:
        """File → Team Sharing…"""
        if self.dialog is None:
            self.dialog = ShareDialog(self.dialog_parent)
            self.dialog.settings_requested.connect(self.set_settings)
            self.dialog.sync_requested.connect(self.sync)
            self.dialog.resolve_requested.connect(self.resolve)
        self.dialog.set_message("")
        self.refresh()
        self.dialog.set_syncing(self.service.running)
        self.dialog.open()
        return self.dialog

    def refresh(self) -> None:
        """Show the status and the open conflicts in the dialog (when it exists)."""
        if self.dialog is None:
            return
        self.dialog.set_status(sharing.status(self.store), self.last_sync())
        self.dialog.set_conflicts(sharing.conflicts(self.store))

    def last_sync(self) -> str:
        """When one's own pack was last written (UTC), "" when never."""
        pack = sharing.status(self.store).pack
        try:
            stamp = pack.stat().st_mtime if pack is not None else None
        except OSError:
            return ""
        return datetime.fromtimestamp(stamp, UTC).isoformat() if stamp else ""

    def set_settings(self, folder: str, name: str) -> bool:
        """Use ``folder`` (and ``name``) for sharing, then sync; False when refused."""
        try:
            if not folder:
                raise sharing.ShareError("No pack folder is set.", code="share-no-folder")
            sharing.set_folder(self.store, folder, name)
        except sharing.ShareError as exc:
            self._tell_dialog(message_text(exc), error=True)
            return False
        self._last_error = ""
        self.refresh()
        self.sync()
        return True

    def resolve(self, annotation_id: str, keep: str) -> None:
        """Keep Mine / Keep Theirs: one undoable step (the views update from the store)."""
        label = self.tr("Keep my version") if keep == "mine" else self.tr("Keep their version")
        done = self.undo.run(label, lambda: sharing.resolve(self.store, annotation_id, keep))
        if done is not None:
            self._tell_dialog(self.tr("Kept your version.") if keep == "mine"
                              else fill(self.tr("Kept the version of %1."), done.name))
        self.refresh()

    # -- results -------------------------------------------------------------------------
    def _tell_dialog(self, text: str, error: bool = False) -> None:
        if self.dialog is not None:
            self.dialog.set_message(text, error)

    def _on_started(self) -> None:
        if self.dialog is not None:
            self.dialog.set_syncing(True)

    def _on_synced(self, report: sharing.SyncReport) -> None:
        manual, self._manual = self._manual, False
        self._last_error = ""
        self.synced.emit()
        text = self.report_text(report)
        if self.dialog is not None:
            self.dialog.set_syncing(False)
            self._tell_dialog(text, error=bool(report.problems))
            self.refresh()
        new = sum(len(p.conflicts) for p in report.people)
        if new:
            self.info.emit(self.tr("%n annotation(s) changed both here and by a colleague. "
                                   "Open File → Team Sharing… to resolve them.", "", new))
        elif manual and (self.dialog is None or not self.dialog.isVisible()):
            self.info.emit(text)

    def _on_failed(self, error: object) -> None:
        manual, self._manual = self._manual, False
        text = message_text(error)
        if self.dialog is not None:
            self.dialog.set_syncing(False)
            self._tell_dialog(text, error=True)
        if manual or text != self._last_error:
            self.error.emit(text)
        self._last_error = text

    def report_text(self, report: sharing.SyncReport) -> str:
        """What a sync did, per colleague, in a line each (plain text)."""
        lines = []
        for p in report.people:
            parts = [self.tr("%n added", "", len(p.added)),
                     self.tr("%n changed", "", len(p.updated)),
                     self.tr("%n deleted", "", len(p.deleted))]
            if p.conflicts:
                parts.append(self.tr("%n new conflict(s)", "", len(p.conflicts)))
            if p.waiting:
                parts.append(self.tr("%n waiting for a letter not in the library", "",
                                     len(p.waiting)))
            lines.append(fill(self.tr("%1: %2"), p.name, ", ".join(parts)))
        if not report.people:
            lines.append(self.tr("Synced. No colleague's file is in the folder yet."))
        else:
            lines.insert(0, self.tr("Synced."))
        if report.problems:
            lines.append(self.tr("%n colleague file(s) could not be read.", "",
                                 len(report.problems)))
            lines += [message_text(problem) for problem in report.problems]
        return "\n".join(lines)

    def close(self) -> None:
        """On closing the window: no new sync; let a running one finish."""
        self.debounce.stop()
        self.service.close()
