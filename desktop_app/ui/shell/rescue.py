"""At start-up, a damaged annotations database: say what happened and offer its latest
backup, in the window (a caseworker cannot run the command line's ``restore``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.store.annotations import restore_file
from desktop_app.store.backup import AnnotationsDamaged


def rescue_text(exc: AnnotationsDamaged, now: datetime | None = None) -> str:
    """What is wrong, how old the backup is and what restoring it means."""
    text = QApplication.translate("Rescue",
                                  "The annotations database cannot be used: it is damaged.")
    backup = exc.latest_backup
    if backup is None or not Path(backup).exists():
        return text + " " + QApplication.translate(
            "Rescue", "There is no backup of it yet. Keep the file as it is and ask your IT "
            "support for help; the letters are not affected.")
    made = datetime.fromtimestamp(Path(backup).stat().st_mtime)
    hours = max(0, round(((now or datetime.now()) - made).total_seconds() / 3600))
    return text + " " + QApplication.translate(
        "Rescue", "The latest backup is from %1 (%2 hours ago). Restoring it brings back the "
        "annotations as they were then; changes made after it are not in it. The damaged file "
        "is kept beside it (not deleted), so they can still be rescued."
    ).replace("%1", made.strftime("%Y-%m-%d %H:%M")).replace("%2", str(hours))


def offer_backup(exc: AnnotationsDamaged, db_path: Path, parent: QWidget | None = None,
                 ask=None) -> bool:
    """Ask whether to restore the latest backup and do it; True when it was restored.

    ``ask(box)`` runs the dialog and returns the button clicked (tests answer it).
    """
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, rescue_text(exc), parent=parent)
    # the file and the technical cause; never the domain's English, which is written for
    # the command line (its advice names command-line options)
    cause = exc.__cause__ or exc.__context__
    box.setDetailedText(str(db_path) + (f"\n{cause}" if cause is not None else ""))
    restore = None
    if exc.latest_backup is not None and Path(exc.latest_backup).exists():
        restore = box.addButton(QApplication.translate("Rescue", "&Restore the Backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Rescue", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    if ask is not None:
        clicked = ask(box)
    else:
        box.exec()
        clicked = box.clickedButton()
    if restore is None or clicked is not restore:
        return False
    restore_file(Path(db_path), Path(exc.latest_backup))
    return True
